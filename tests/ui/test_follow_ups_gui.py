"""Issue 10, where the coordinator does it: an own follow-up added by keyboard, closing with the open follow-ups
dropped in one step, and the aangifte track's fields (aangifte or melding, VPT code, the ELA warnings)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tests.support.incidents import incident_draft, make_people
from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.incidents import FollowUpStatus, IncidentStatus, PerpetratorType, Track
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services import verify
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.incidents.close_dialog import CloseIncidentDialog
from veiligbestuur_desktop.ui.incidents.detail import IncidentDetailDialog
from veiligbestuur_desktop.ui.incidents.follow_up import FollowUpEditor, NewFollowUpDialog
from veiligbestuur_desktop.ui.kit.changes import publish


def _shown(parent, cls):
    found = [w for w in parent.findChildren(cls) if w.isVisible()]
    assert found, f"no visible {cls.__name__}"
    return found[-1]


def _child(parent, cls, name):
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def _tab_to(widget, limit=40):
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def _choose(combo: QComboBox, code: str) -> None:
    """Pick a choice with the arrow keys, as a user does."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(code)


@pytest.fixture
def incident(workspace):
    people = make_people(workspace)
    reg = IncidentService(workspace).register(incident_draft(people))
    return reg.id


@pytest.fixture
def detail(qtbot, app, workspace, incident):
    dlg = IncidentDetailDialog(IncidentService(workspace), PersonService(workspace), incident)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    return dlg


def test_an_own_follow_up_of_any_kind_is_added_by_keyboard_and_is_on_the_timeline(
    qtbot, detail, workspace, incident
):
    detail.tabs.setCurrentIndex(2)  # Opvolging
    add = _child(detail, QPushButton, "addFollowUp")
    add.setFocus()
    QTest.keyClick(add, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in detail.findChildren(NewFollowUpDialog)))
    dlg = _shown(detail, NewFollowUpDialog)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    kind = _child(dlg, QComboBox, "track")
    assert kind.currentData() == Track.OVERIG.value  # a note unless another kind is chosen
    _choose(kind, Track.NAZORG.value)
    _tab_to(_child(dlg, QLineEdit, "title"))
    type_text(QApplication.focusWidget(), "Nazorg voor de getuige")
    _tab_to(_child(dlg, QLineEdit, "owner"))
    type_text(QApplication.focusWidget(), "Griffier")
    deadline = date.today() + timedelta(days=10)
    _tab_to(_child(dlg, QLineEdit, "deadline"))
    type_text(QApplication.focusWidget(), format_date(deadline))
    _tab_to(_child(dlg, QLineEdit, "for_whom"))  # the nazorg track's own fields follow the kind
    type_text(QApplication.focusWidget(), "getuige (bode)")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dlg.isVisible())

    added = next(f for f in detail.fu_model.rows if f.title == "Nazorg voor de getuige")  # the view reloaded
    assert (added.track, added.owner, added.deadline, added.kind) == (
        Track.NAZORG,
        "Griffier",
        deadline,
        "extra",
    )
    assert added.details["for_whom"] == "getuige (bode)"
    assert "Opvolging toegevoegd: Nazorg voor de getuige" in detail.timeline.toPlainText()

    # a note: its own text field, multi-line; a wrong date keeps the dialog open with a Dutch message
    detail.add_follow_up()
    dlg = _shown(detail, NewFollowUpDialog)
    type_text(_child(dlg, QLineEdit, "title"), "Burgemeester informeren")
    type_text(_child(dlg, QLineEdit, "deadline"), "31-02-2026")
    _child(dlg, QPlainTextEdit, "notes").setPlainText("mondeling, in het wekelijks overleg")
    dlg.accept()
    assert dlg.isVisible() and "ongeldige datum" in dlg.error.text()
    _child(dlg, QLineEdit, "deadline").clear()
    dlg.accept()
    assert not dlg.isVisible()
    note = next(f for f in detail.fu_model.rows if f.title == "Burgemeester informeren")
    assert note.track == Track.OVERIG and note.details["notes"] == "mondeling, in het wekelijks overleg"

    # every edit of a follow-up is on the timeline: what changed, by name
    detail.edit_follow_up(detail.fu_model.rows.index(note))
    editor = _shown(detail, FollowUpEditor)
    editor.owner.setText("Kabinetschef")
    editor.accept()
    assert not editor.isVisible()
    assert "Burgemeester informeren: verantwoordelijke gewijzigd" in detail.timeline.toPlainText()
    assert verify.verify(workspace).ok


def test_closing_offers_to_drop_the_open_follow_ups_with_checkboxes(qtbot, detail, workspace, incident):
    svc = IncidentService(workspace)
    first = svc.open_follow_ups(incident)[0]
    close = _child(detail, QPushButton, "closeIncident")
    close.setFocus()
    QTest.keyClick(close, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in detail.findChildren(CloseIncidentDialog)))
    dlg = _shown(detail, CloseIncidentDialog)
    boxes = [b for b in dlg.findChildren(QCheckBox) if b.objectName().startswith("drop_")]
    assert len(boxes) == len(svc.open_follow_ups(incident)) >= 6
    assert any("Opvanggesprek" in b.text() for b in boxes)
    # all but the first ticked by keyboard, with a reason: refused, the message names what stays open
    for box in boxes[1:]:
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
    type_text(_child(dlg, QLineEdit, "reason"), "slachtoffer wil geen vervolg")
    dlg.accept()
    assert dlg.isVisible() and "nog open" in dlg.error.text() and first.title in dlg.error.text()
    assert svc.detail(incident).draft.status != IncidentStatus.AFGESLOTEN
    boxes[0].setFocus()
    QTest.keyClick(boxes[0], Qt.Key.Key_Space)
    dlg.accept()
    assert not dlg.isVisible()
    d = svc.detail(incident)
    assert d.draft.status == IncidentStatus.AFGESLOTEN
    assert all(f.status in (FollowUpStatus.NVT, FollowUpStatus.GEREED) for f in d.follow_ups)
    assert "afgesloten" in detail.header.text()  # the open view reloaded from the change bus
    assert not close.isEnabled()
    assert "n.v.t. bij het afsluiten (slachtoffer wil geen vervolg)" in detail.timeline.toPlainText()
    assert verify.verify(workspace).ok


def test_the_aangifte_track_asks_aangifte_or_melding_the_vpt_code_and_warns_outside_the_ela(
    qtbot, detail, workspace, incident
):
    svc = IncidentService(workspace)
    draft = svc.get(incident)
    from dataclasses import replace

    publish(svc.update(incident, replace(draft, perpetrator_type=PerpetratorType.BESTUURDER)))
    detail.tabs.setCurrentIndex(2)
    row = next(i for i, f in enumerate(detail.fu_model.rows) if f.track == Track.AANGIFTE)
    aangifte = detail.fu_model.rows[row]
    # threats: decide the same or the next day
    assert aangifte.deadline == draft.reported_on + timedelta(days=1)
    detail.edit_follow_up(row)
    editor = _shown(detail, FollowUpEditor)
    labels = {editor.form.labelForField(w).text() for w in editor.fields.widgets.values()}
    assert {"Aangifte of melding?", "VPT-code geregistreerd door de politie:", "Beslissing OM:"} <= labels
    warnings = _child(editor, QWidget, "aangifteWarnings")
    assert warnings.isVisible() and "bestuurder onderling" in warnings.text()
    decision = editor.fields.widgets["decision"]
    assert [decision.itemData(i) for i in range(decision.count())] == ["", "aangifte", "melding", "geen"]
    _choose(decision, "aangifte")
    assert "VPT-code" in warnings.text()  # the ELA applies only with the VPT code registered
    _choose(editor.fields.widgets["vpt_registered"], "ja")
    assert "VPT-code" not in warnings.text() and "bestuurder onderling" in warnings.text()
    _choose(editor.fields.widgets["filed_by"], "gemeente")
    assert editor.fields.widgets["filed_by"].currentText() == "door de gemeente namens het slachtoffer"
    _choose(editor.fields.widgets["om_decision"], "dagvaarding")
    _choose(editor.fields.widgets["address_choice"], "domicilie")
    assert editor.fields.widgets["address_choice"].currentText() == "domicilie op adres gemeentehuis"
    reason = editor.fields.widgets["reason"]
    assert "verwacht geen resultaat van politie/justitie" in [
        reason.itemText(i) for i in range(reason.count())
    ]
    type_text(editor.fields.widgets["filed_on"], format_date(date.today()))
    type_text(editor.fields.widgets["pv_number"], "PL0100-2026112233")
    _choose(editor.status, "gereed")
    editor.accept()
    assert not editor.isVisible(), editor.error.text()
    saved = next(f for f in detail.fu_model.rows if f.track == Track.AANGIFTE)
    assert {k: saved.details[k] for k in ("decision", "vpt_registered", "filed_by", "om_decision")} == {
        "decision": "aangifte",
        "vpt_registered": "ja",
        "filed_by": "gemeente",
        "om_decision": "dagvaarding",
    }
    assert "aangifte" in detail.detail.checks  # the tick follows the track
    ela = _child(detail, QWidget, "elaWarnings")  # the incident says it too, above its follow-ups
    assert ela.isVisible() and "bestuurder onderling" in ela.text() and "VPT-code" not in ela.text()
