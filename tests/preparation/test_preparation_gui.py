"""Step 3 through the GUI, by keyboard: ketenafspraken, contactkaart, opvangregeling, the sanction ladder,
sanctions of a person (with the status flow), categories and the letterhead."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableWidget, QWidget

from tests.support.incidents import TODAY, incident_draft, make_people
from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.incidents import AimedAt, VictimDraft
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.domain.sanctions import SanctionDraft
from veiligbestuur_desktop.domain.steps import STEPS
from veiligbestuur_desktop.services.categories import CategoryService
from veiligbestuur_desktop.services.contacts import ContactService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.preparation import AgreementService, LadderService, PreparationSettings
from veiligbestuur_desktop.services.sanctions import SanctionQuery, SanctionService
from veiligbestuur_desktop.ui.steps.step_page import PageServices, create_page

SHOTS = os.environ.get("VB_SHOTS")  # a directory: save a picture of every tab (for looking at them)


def _child(parent: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    w = parent.findChild(cls, name)
    assert w is not None, name
    return w


def _choose(combo: QComboBox, text: str) -> None:
    """Pick an entry by keyboard: focus, Home, then Down until its text contains `text`."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if text in combo.currentText():
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in {combo.objectName()}")


def _save(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def page(qtbot, app, workspace):  # type: ignore[no-untyped-def]
    p = create_page(STEPS[2])
    qtbot.addWidget(p)
    p.attach(
        PageServices(workspace, PlanService(workspace), IncidentService(workspace), PersonService(workspace))
    )
    p.load(PlanService(workspace))
    p.resize(1400, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def _shot(page: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_agreement_by_keyboard_create_edit_and_overdue(page, workspace) -> None:  # type: ignore[no-untyped-def]
    tab = page.agreements_tab
    page.tabs.setCurrentWidget(tab)
    QTest.keyClick(_child(tab, QWidget, "agreements_new"), Qt.Key.Key_Space)
    _choose(_child(tab, QComboBox, "partner"), "Openbaar Ministerie")
    _choose(_child(tab, QComboBox, "subject"), "VPT-code")
    type_text(_child(tab, QLineEdit, "contact"), "officier VPT, 088-6991000")
    type_text(_child(tab, QLineEdit, "source"), "verslag driehoek")
    _save(_child(tab, QLineEdit, "source"))
    assert tab.error.text() == ""
    [(aid, d)] = AgreementService(workspace).all()
    assert d.partner == "om" and d.subject == "vpt" and d.contact.startswith("officier")
    # edit: a review date in the past shows the agreement as overdue
    review = _child(tab, QWidget, "review_on")
    review.setFocus()
    review.setDate(date(2025, 1, 1))  # the date editor itself is typed by the kit's tests
    agreed = _child(tab, QWidget, "agreed_on")
    agreed.setDate(date(2024, 6, 1))
    _save(review)
    assert AgreementService(workspace).get(aid).review_on == date(2025, 1, 1)
    assert "over de herzieningsdatum" in tab.count_label.text()
    # a review date before the agreement is refused with a Dutch message
    review.setDate(date(2024, 1, 1))
    _save(review)
    assert "herzieningsdatum" in tab.error.text()
    _shot(page, "1-ketenafspraken")


def test_contact_card_edit_and_check(page, workspace) -> None:  # type: ignore[no-untyped-def]
    panel = page.contacts_tab
    page.tabs.setCurrentWidget(panel)
    assert "nog nooit" in panel.status.text()
    table = _child(panel, QTableWidget, "contactCard_table")
    assert table.rowCount() == 4
    QTest.keyClick(_child(panel, QWidget, "contactCard_add"), Qt.Key.Key_Space)
    row = table.rowCount() - 1
    table.item(row, 0).setText("Bode gemeentehuis")
    table.item(row, 1).setText("0599-123400")
    QTest.keyClick(_child(panel, QWidget, "contactCard_checked"), Qt.Key.Key_Space)
    svc = ContactService(workspace)
    assert svc.card()[-1].label == "Bode gemeentehuis"
    assert svc.last_checked() == date.today()
    assert "Laatst gecontroleerd" in panel.status.text()
    table.item(row, 1).setText("geen nummer")
    _save(table)
    assert "ongeldig" in panel.error.text()
    assert svc.card()[-1].number == "0599-123400"  # nothing lost, nothing half-saved
    _shot(page, "2-contactkaart")


def test_opvang_and_nazorg_intervals(page, workspace) -> None:  # type: ignore[no-untyped-def]
    panel = page.opvang_tab
    page.tabs.setCurrentWidget(panel)
    type_text(_child(panel, QLineEdit, "opvang_wethouder"), "burgemeester")
    type_text(_child(panel, QLineEdit, "opvang_follow_up"), "coördinator")
    type_text(_child(panel, QWidget, "opvang_referral"), "Ondersteuningsteam")
    _child(panel, QWidget, "nazorg_opvang_hours").setValue(48)
    _save(_child(panel, QLineEdit, "opvang_follow_up"))
    assert panel.error.text() == ""
    assert PreparationSettings(workspace).opvang().who("wethouder") == "burgemeester"
    assert IncidentService(workspace).nazorg_intervals().opvang_hours == 48
    _child(panel, QWidget, "nazorg_second_from").setValue(5)
    _save(_child(panel, QLineEdit, "opvang_follow_up"))
    assert "tweede vervolggesprek" in panel.error.text().lower()
    _shot(page, "3-opvang")


def test_ladder_is_seeded_editable_and_ordered(page, workspace) -> None:  # type: ignore[no-untyped-def]
    tab = page.ladder_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 8
    tab.view.setFocus()
    tab.view.selectRow(2)  # toegangsverbod
    title = _child(tab, QLineEdit, "title")
    assert title.text() == "Toegangsverbod gemeentehuis"
    duration = _child(tab, QLineEdit, "duration")
    duration.selectAll()
    type_text(duration, "maximaal 6 maanden")
    _save(duration)
    steps = LadderService(workspace).steps()
    assert steps[2][1].duration == "maximaal 6 maanden" and steps[2][1].code == "toegangsverbod"
    QTest.keyClick(_child(tab, QWidget, "ladder_up"), Qt.Key.Key_Space)
    assert LadderService(workspace).steps()[1][1].code == "toegangsverbod"
    _shot(page, "4-sanctiebeleid")


def test_sanction_of_a_person_with_status_flow_and_loco_rule(page, workspace) -> None:  # type: ignore[no-untyped-def]
    people = make_people(workspace)
    mayor = PersonService(workspace).create(
        PersonDraft(PersonKind.AMBTSDRAGER, name="Anne de Burgemeester", role=Role.BURGEMEESTER)
    )
    iid = IncidentService(workspace).create(
        incident_draft(people, victims=(VictimDraft(mayor, True, AimedAt.AMBT),)), today=TODAY
    )
    tab = page.sanctions_tab
    page.tabs.setCurrentWidget(tab)
    tab.refresh()
    QTest.keyClick(_child(tab, QWidget, "sanctions_new"), Qt.Key.Key_Space)
    person = _child(tab, QComboBox, "person_id")
    _choose(person, "Gerrit Brouwer")
    _choose(_child(tab, QComboBox, "step_id"), "Schriftelijke waarschuwing")
    inc = _child(tab, QComboBox, "incident_id")
    _choose(inc, inc.itemText(inc.findData(int(iid))))
    assert "loco-burgemeester" in _child(tab, QLabel, "sanctions_decider").text()
    _save(person)
    assert tab.error.text() == ""
    [listed] = SanctionService(workspace).page(SanctionQuery(), 0, 10)
    assert SanctionService(workspace).get(listed.id).status == "voorgenomen"
    # voorgenomen -> opgelegd needs a decision; the burgemeester may not decide (the victim)
    _choose(_child(tab, QComboBox, "status"), "opgelegd")
    _child(tab, QWidget, "decided_on").setDate(TODAY)
    _choose(_child(tab, QComboBox, "decided_by"), "burgemeester")
    _save(person)
    assert "loco-burgemeester" in tab.error.text()
    _choose(_child(tab, QComboBox, "decided_by"), "loco-burgemeester")
    _save(person)
    assert tab.error.text() == ""
    assert SanctionService(workspace).get(listed.id).status == "opgelegd"
    # opgelegd -> voorgenomen is not a move the flow allows
    _choose(_child(tab, QComboBox, "status"), "voorgenomen")
    _save(person)
    assert "kan niet meer" in tab.error.text()
    # the register filters by person
    tab.show_person(people.dader)
    assert tab.model.rowCount() == 1
    tab.show_person(people.onbekende)
    assert tab.model.rowCount() == 1  # not in the filter (no sanctions): all are shown
    _shot(page, "5-sancties")


def test_categories_add_rename_retire_and_no_delete_in_use(page, workspace, dialogs) -> None:  # type: ignore[no-untyped-def]
    panel = page.categories_tab
    page.tabs.setCurrentWidget(panel)
    edit = _child(panel, QLineEdit, "categories_label")
    edit.clear()
    type_text(edit, "Smaad via e-mail")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    svc = CategoryService(workspace)
    assert any(c.label == "Smaad via e-mail" for c in svc.all())
    edit.selectAll()
    type_text(edit, "Smaad per e-mail")
    QTest.keyClick(_child(panel, QWidget, "categories_rename"), Qt.Key.Key_Space)
    assert any(c.label == "Smaad per e-mail" for c in svc.all())
    QTest.keyClick(_child(panel, QWidget, "categories_toggle"), Qt.Key.Key_Space)
    assert [c.active for c in svc.all() if c.label == "Smaad per e-mail"] == [False]
    assert all(code != "smaad_via_e_mail" for code, _l in IncidentService(workspace).categories())
    # a category in use cannot be deleted
    IncidentService(workspace).create(incident_draft(make_people(workspace)), today=TODAY)
    panel.load("bedreiging")
    QTest.keyClick(_child(panel, QWidget, "categories_delete"), Qt.Key.Key_Space)
    assert "buiten gebruik" in panel.error.text()
    assert any(c.code == "bedreiging" for c in svc.all())
    _shot(page, "6-categorieen")


def test_letterhead_by_keyboard(page, workspace) -> None:  # type: ignore[no-untyped-def]
    panel = page.letterhead_tab
    page.tabs.setCurrentWidget(panel)
    postal = _child(panel, QWidget, "letterhead_postal_address")
    type_text(postal, "Postbus 1")
    QTest.keyClick(postal, Qt.Key.Key_Return)
    type_text(postal, "1000 AA Proefdorp")
    type_text(_child(panel, QLineEdit, "letterhead_phone"), "14 0123")
    type_text(_child(panel, QLineEdit, "letterhead_signer_name"), "A. de Vries")
    _save(_child(panel, QLineEdit, "letterhead_phone"))
    assert panel.error.text() == ""
    head = PreparationSettings(workspace).letterhead()
    assert head.phone == "14 0123" and head.postal_address == "Postbus 1\n1000 AA Proefdorp"
    _child(panel, QLineEdit, "letterhead_email").setText("geen-mail")
    _save(_child(panel, QLineEdit, "letterhead_phone"))
    assert "e-mailadres" in panel.error.text()
    _shot(page, "7-briefhoofd")
    QApplication.processEvents()


def test_a_sanction_on_a_retired_step_keeps_its_step_when_edited(page, workspace) -> None:  # type: ignore[no-untyped-def]
    people = make_people(workspace)
    ladder = LadderService(workspace)
    step_id, step = ladder.steps()[1]
    sid = SanctionService(workspace).create(SanctionDraft(people.dader, step_id), today=TODAY)
    ladder.update(step_id, replace(step, active=False))  # no longer offered for new sanctions
    tab = page.sanctions_tab
    page.tabs.setCurrentWidget(tab)
    tab.refresh()
    tab.new()
    steps = _child(tab, QComboBox, "step_id")
    assert steps.findData(step_id) == -1
    tab.load(sid)
    assert steps.currentData() == step_id
    notes = _child(tab, QWidget, "notes")
    type_text(notes, "Gesprek gevoerd.")
    _save(notes)
    assert tab.error.text() == ""
    saved = SanctionService(workspace).get(sid)
    assert (saved.step_id, saved.notes) == (step_id, "Gesprek gevoerd.")


def test_a_new_ladder_step_by_keyboard(page, workspace) -> None:  # type: ignore[no-untyped-def]
    tab = page.ladder_tab
    page.tabs.setCurrentWidget(tab)
    QTest.keyClick(_child(tab, QWidget, "ladder_new"), Qt.Key.Key_Space)
    title = _child(tab, QLineEdit, "title")
    type_text(title, "Tweede schriftelijke waarschuwing")
    type_text(_child(tab, QWidget, "criteria"), "Herhaling binnen een jaar na de eerste waarschuwing.")
    _choose(_child(tab, QComboBox, "letter"), "brief schriftelijke waarschuwing")
    _save(title)
    assert tab.error.text() == ""
    _step_id, step = LadderService(workspace).steps()[-1]
    assert (step.title, step.rank, step.letter, step.code) == (
        "Tweede schriftelijke waarschuwing",
        9,
        "waarschuwing",
        "",
    )
    assert tab.model.rowCount() == 9
    title.clear()
    _save(title)
    assert "maatregel" in tab.error.text()
