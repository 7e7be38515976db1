"""Step 1 through the GUI, keyboard first: a protocol from concept to vastgesteld, the frozen version that
becomes a new version when edited, the signed decision, the huisregels, and the mediabeleid per scenario."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.steps import step
from veiligbestuur_desktop.domain.versioning import DocStatus
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.policy import HouseRulesService, MediaPolicyService, PolicyService
from veiligbestuur_desktop.ui.kit.viewers import PdfPreviewDialog
from veiligbestuur_desktop.ui.policy import versions
from veiligbestuur_desktop.ui.policy.media import ScenarioForm
from veiligbestuur_desktop.ui.policy.versions import StatusDialog, VersionForm
from veiligbestuur_desktop.ui.steps.step_page import PageServices, create_page

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def shown(parent, cls):
    found = [w for w in parent.findChildren(cls) if w.isVisible()]
    assert found, f"no visible {cls.__name__}"
    return found[-1]


def opened(qtbot, parent, cls):
    """The dialog of `cls` that was just opened, once it is the active window (shortcuts reach it)."""
    qtbot.waitUntil(lambda: any(w.isVisible() for w in parent.findChildren(cls)))
    dlg = shown(parent, cls)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    return dlg


def field(form, name):
    widget = form.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def press(qtbot, button):
    """A button by keyboard: focus it, then Space."""
    assert button.isEnabled(), button.objectName()
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def check_item(list_widget, text):
    list_widget.setFocus()
    QTest.keyClick(list_widget, Qt.Key.Key_Home)
    for _ in range(list_widget.count()):
        item = list_widget.currentItem()
        if item is not None and text in item.text():
            QTest.keyClick(list_widget, Qt.Key.Key_Space)
            return
        QTest.keyClick(list_widget, Qt.Key.Key_Down)
    raise AssertionError(text)


def save(form):
    focus = QApplication.focusWidget()
    QTest.keyClick(
        focus if form.isAncestorOf(focus) else form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )


def page_for(qtbot, workspace):
    page = create_page(step(1))
    qtbot.addWidget(page)
    plan = PlanService(workspace)
    page.load(plan)
    page.attach(PageServices(workspace, plan, IncidentService(workspace), PersonService(workspace)))
    page.resize(1400, 900)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def move(qtbot, page, register, status, *, fill=None):
    press(qtbot, register.findChild(QWidget, f"move_{status}"))
    dlg = opened(qtbot, page, StatusDialog)
    if fill is not None:
        fill(dlg)
    QTest.keyClick(dlg, Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: not dlg.isVisible())


def test_protocol_by_keyboard_from_concept_to_a_frozen_version(
    qtbot, app, workspace, dialogs, monkeypatch, tmp_path
):
    page = page_for(qtbot, workspace)
    svc = PolicyService(workspace)
    register = page.protocol
    assert "normkaart" in page.findChild(QWidget, "documents_1").actions_by_name or page.findChild(
        QWidget, "documents_1"
    ).findChild(QWidget, "document_button_normkaart")

    press(qtbot, register.findChild(QWidget, "new"))
    form = opened(qtbot, page, VersionForm)
    assert field(form, "norm").toPlainText().startswith("Emotie mag, agressie niet")  # the default norm
    save(form)  # nothing filled in yet: a Dutch message, the field to fix gets the focus, the form stays open
    assert form.isVisible() and form.error.text() == "Vul het meldpunt in."
    assert QApplication.focusWidget() is field(form, "meldpunt")
    type_text(field(form, "meldpunt"), "de griffier")
    save(form)
    assert form.error.text() == "Kies ten minste één soort grensoverschrijdend gedrag."
    check_item(field(form, "categories"), "bedreiging")
    check_item(field(form, "categories"), "doxing")
    adopted = field(form, "adopted_by")
    adopted.setFocus()
    QTest.keyClick(adopted, Qt.Key.Key_Down)
    field(form, "review_date").setDate(date(2030, 6, 1))
    save(form)
    qtbot.waitUntil(lambda: not form.isVisible())
    [v1] = svc.versions()
    assert (v1.version, v1.status) == (1, DocStatus.CONCEPT)
    assert svc.get(v1.id).categories == ("bedreiging", "doxing")
    assert register.model.rowCount() == 1
    assert not register.findChild(
        QWidget, "move_vastgesteld"
    ).isEnabled()  # only forward moves that make sense

    move(qtbot, page, register, "voorgelegd")
    move(qtbot, page, register, "vastgesteld")
    assert svc.get(v1.id).status == DocStatus.VASTGESTELD and svc.get(v1.id).decision_date == date.today()
    # the checklist item follows the record
    assert page.model.evidence["beleid_afbakenen"].text.startswith("vastgesteld protocol v1, ")
    history = register.findChild(QWidget, "history_policy")
    assert [history.item(i).text().split(" — ")[1].split(" (")[0] for i in range(history.count())] == [
        "aangemaakt als concept",
        "status: concept → voorgelegd",
        "status: voorgelegd → vastgesteld",
    ]
    assert not register.findChild(QWidget, "delete").isEnabled()

    # the signed decision, kept inside the vault and shown from memory
    signed = tmp_path / "besluit-getekend.pdf"
    signed.write_bytes(PDF)
    monkeypatch.setattr(versions, "choose_decision_file", lambda _parent: str(signed))
    press(qtbot, register.findChild(QWidget, "attachDecision"))
    assert "besluit-getekend.pdf" in register.findChild(QWidget, "decision_policy").text()
    assert svc.decision_content(v1.id)[2] == PDF
    press(qtbot, register.findChild(QWidget, "viewDecision"))
    qtbot.waitUntil(lambda: any(w.isVisible() for w in page.findChildren(PdfPreviewDialog)))
    shown(page, PdfPreviewDialog).reject()

    # frozen: editing makes a new concept version; version 1 stays as it was
    register.view.setFocus()
    QTest.keyClick(register.view, Qt.Key.Key_Return)  # open the selected version
    form = opened(qtbot, page, VersionForm)
    assert form.findChild(QWidget, "versionNotice").isVisible()
    meldpunt = field(form, "meldpunt")
    meldpunt.setFocus()
    meldpunt.selectAll()
    type_text(meldpunt, "de burgemeester")
    save(form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert [s.text for s in dialogs.kinds("info")] == [
        "De wijziging is opgeslagen als nieuwe conceptversie 2."
    ]
    assert [(v.version, v.status) for v in svc.versions()] == [
        (1, DocStatus.VASTGESTELD),
        (2, DocStatus.CONCEPT),
    ]
    assert svc.get(v1.id).meldpunt == "de griffier"
    assert register.model.rowCount() == 2 and register.model.row_at(0).version == 2  # newest first, selected
    assert register.current_id() == svc.versions()[1].id

    # adopting version 2 makes version 1 "vervangen"
    move(qtbot, page, register, "voorgelegd")
    move(qtbot, page, register, "vastgesteld")
    assert [(v.version, v.status) for v in svc.versions()] == [
        (1, DocStatus.VERVANGEN),
        (2, DocStatus.VASTGESTELD),
    ]
    move(qtbot, page, register, "gepubliceerd", fill=lambda d: type_text(d.reference, "CVDR712345"))
    assert svc.get(svc.current_id()).publication_ref == "CVDR712345"
    texts = [register.model.data(register.model.index(r, 2)) for r in range(2)]
    assert texts == ["gepubliceerd", "vervangen"]


def test_house_rules_and_media_policy_by_keyboard(qtbot, app, workspace, dialogs):
    page = page_for(qtbot, workspace)
    page.tabs.setCurrentIndex(1)
    register = page.house_rules
    press(qtbot, register.findChild(QWidget, "new"))
    form = opened(qtbot, page, VersionForm)
    tribune = field(form, "publieke_tribune")
    tribune.setFocus()
    type_text(tribune, "Geen spandoeken en geen interrupties.")
    authority = field(form, "adopted_by")
    authority.setFocus()
    QTest.keyClick(authority, Qt.Key.Key_Down)
    save(form)
    qtbot.waitUntil(lambda: not form.isVisible())
    rules = HouseRulesService(workspace)
    [v] = rules.versions()
    assert rules.get(v.id).publieke_tribune == "Geen spandoeken en geen interrupties."

    page.tabs.setCurrentIndex(2)
    media = page.media
    assert "Nog geen woordvoerder voor" in media.findChild(QWidget, "missingScenarios").text()
    assert "nog geen woordvoerder" in page.model.evidence["beleid_media"].text
    press(qtbot, media.findChild(QWidget, "newScenario"))
    form = opened(qtbot, page, ScenarioForm)
    assert field(form, "scenario").currentData() == "raadslid"  # the first scenario without a woordvoerder
    type_text(field(form, "spokesperson"), "de burgemeester")
    type_text(field(form, "deputy"), "De Burgemeester")
    type_text(field(form, "standard_line"), "Wij veroordelen dit.")
    save(form)
    assert form.isVisible() and "ander zijn dan de woordvoerder" in form.error.text()
    deputy = field(form, "deputy")
    deputy.setFocus()
    deputy.selectAll()
    type_text(deputy, "de griffier")
    save(form)
    qtbot.waitUntil(lambda: not form.isVisible())
    svc = MediaPolicyService(workspace)
    [(rid, d)] = svc.all()
    assert (d.spokesperson, d.deputy) == ("de burgemeester", "de griffier")
    assert media.model.rowCount() == 1
    assert "Wij veroordelen dit." in media.findChild(QWidget, "standardLine").text()

    # edit: the woordvoerder changes, the list follows
    media.view.setFocus()
    QTest.keyClick(media.view, Qt.Key.Key_Return)
    form = opened(qtbot, page, ScenarioForm)
    who = field(form, "spokesperson")
    who.setFocus()
    who.selectAll()
    type_text(who, "de loco-burgemeester")
    save(form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert svc.get(rid).spokesperson == "de loco-burgemeester"
    assert media.model.data(media.model.index(0, 1)) == "de loco-burgemeester"
