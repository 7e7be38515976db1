"""The exchange and privacy GUI: the import wizard from the Bestand menu (file → mapping → report → categories
→ import, off the GUI thread), exports, retention and purge, inzage and the processing register."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from tests.exchange.helpers import counts, messy_xlsx
from tests.support.incidents import incident_draft, make_people
from tests.ui.conftest import open_main_window, type_text, visible_child, wait_for_tasks
from veiligbestuur_desktop.domain.incidents import FollowUpDraft, FollowUpStatus, IncidentStatus
from veiligbestuur_desktop.services import backup
from veiligbestuur_desktop.services.importer import ImportService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.retention import RetentionService
from veiligbestuur_desktop.ui.exchange.dialogs import (
    ExportDialog,
    InzageDialog,
    ProcessingRegisterDialog,
    RetentionDialog,
)
from veiligbestuur_desktop.ui.exchange.import_wizard import ImportWizard

SHOTS = os.environ.get("VB_SHOTS")  # a folder: save screenshots of every page there (to look at them)


def child(parent: QWidget, cls, name: str):  # type: ignore[no-untyped-def]
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def window(qtbot, app, workspace):  # type: ignore[no-untyped-def]
    return open_main_window(qtbot, workspace)


def test_menus_hold_the_exchange_and_privacy_entries(window):
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert {"&Importeren…", "&Exporteren…", "A&genda exporteren…"} <= set(file_texts)
    edit = [a.text() for a in window.edit_menu.actions() if a.text()]
    assert edit[1:5] == [
        "&Bewaartermijnen en opschonen…",
        "In&zageverzoek…",
        "Verwerkings&register…",
        "&Statistiek voor de regio…",
    ]
    mnemonics = [t[t.index("&") + 1].lower() for t in edit]
    assert len(mnemonics) == len(set(mnemonics))  # every entry has its own key


def test_import_wizard_from_file_to_import(qtbot, window, workspace, tmp_path, dialogs):
    sheet = messy_xlsx(tmp_path / "oud.xlsx")
    before = counts(workspace)
    window.import_action.trigger()
    wizard = visible_child(window, ImportWizard)
    wizard.resize(1100, 720)
    path = child(wizard, QLineEdit, "path")
    type_text(path, str(sheet))
    shot(wizard, "1-file")
    QTest.keyClick(path, Qt.Key.Key_Return)  # the default button: Volgende
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page)
    combos = {h: c for h, c in wizard.mapping_page.combos}
    assert combos["Datum"].currentData() == "occurred_on"
    assert combos["Naam slachtoffer"].currentData() == "victim_name"
    assert combos["Opmerkingen"].currentData() == "remarks"
    type_text(child(wizard, QLineEdit, "mapping_name"), "Excel tot 2025")
    QTest.mouseClick(child(wizard, QPushButton, "save_mapping"), Qt.MouseButton.LeftButton)
    assert [m.name for m in ImportService(workspace).mappings("incident")] == ["Excel tot 2025"]
    shot(wizard, "2-mapping")
    wizard.next()
    wait_for_tasks(qtbot)
    report = child(wizard, QTableWidget, "report")
    qtbot.waitUntil(lambda: report.rowCount() > 0)
    rows = {report.item(r, 0).text() for r in range(report.rowCount())}
    assert {"3", "8", "9", "10", "11"} <= rows
    assert "5 met fouten" in child(wizard, QLabel, "report_summary").text()
    assert counts(workspace)[:2] == before[:2]  # nothing written yet (the saved mapping is audited)
    shot(wizard, "3-report")
    wizard.next()
    categories = child(wizard, QTableWidget, "categories")
    texts = [categories.item(r, 0).text() for r in range(categories.rowCount())]
    assert texts == ["fietsendiefstal", "zwerfvuil", "belediging"]  # the unknown ones, then the guesses
    guess = categories.cellWidget(2, 2)
    assert isinstance(guess, QComboBox) and guess.currentData() == "verbaal"  # proposed, to confirm
    for n in range(2):
        combo = categories.cellWidget(n, 2)
        assert isinstance(combo, QComboBox)
        combo.setFocus()
        target = "vernieling" if categories.item(n, 0).text() == "fietsendiefstal" else "hinderlijk"
        while combo.currentData() != target:
            QTest.keyClick(combo, Qt.Key.Key_Down)
    assert child(wizard, QLineEdit, "category_mapping_name").text() == "Excel tot 2025"
    QTest.mouseClick(child(wizard, QPushButton, "save_category_mapping"), Qt.MouseButton.LeftButton)
    saved = ImportService(workspace).mapping("incident", "Excel tot 2025")
    assert saved is not None and saved.categories == {
        "fietsendiefstal": "vernieling",
        "zwerfvuil": "hinderlijk",
        "belediging": "verbaal",
    }
    assert saved.columns["Naam slachtoffer"] == "victim_name"
    shot(wizard, "4-categories")
    wizard.next()
    wait_for_tasks(qtbot)
    button = child(wizard, QPushButton, "import_button")
    qtbot.waitUntil(lambda: wizard.check_result is not None)
    assert not button.isEnabled()  # rows 8, 9 and 10 still have errors
    skip = child(wizard, QCheckBox, "skip_invalid")
    skip.setFocus()
    QTest.keyClick(skip, Qt.Key.Key_Space)
    assert button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    result = child(wizard, QLabel, "result")
    qtbot.waitUntil(lambda: result.text().startswith("Geïmporteerd"))
    assert "5 incident(en)" in result.text() and "rij 6" in result.text()
    shot(wizard, "5-import")
    assert counts(workspace)[0] == before[0] + 5
    assert not button.isEnabled()  # no second import of the same check
    wizard.accept()


def test_export_dialog_writes_where_chosen_and_refuses_the_data_dir(
    qtbot, window, workspace, tmp_path, monkeypatch, dialogs
):
    people = make_people(workspace)
    IncidentService(workspace).register(incident_draft(people))
    target = tmp_path / "incidenten.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    dlg = visible_child(window, ExportDialog)
    fmt = child(dlg, QComboBox, "format")
    fmt.setCurrentIndex(fmt.findData(".csv"))
    box = child(dlg, QCheckBox, "pseudonymise")
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    shot(dlg, "export")
    QTest.mouseClick(child(dlg, QPushButton, "export_save"), Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: target.exists())
    text = target.read_text(encoding="utf-8-sig")
    assert (
        text.startswith("Nummer;Datum incident") and "Hélène van der Meer" not in text and "Persoon" in text
    )
    inside = workspace.vault.paths.data_dir / "lek.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    window.export_action.trigger()
    dlg = visible_child(window, ExportDialog)
    QTest.mouseClick(child(dlg, QPushButton, "export_save"), Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(dialogs.kinds("error")))
    assert "map van de kluis" in dialogs.kinds("error")[-1].text and not inside.exists()


def test_retention_dialog_purges_the_chosen_records(qtbot, app, workspace, tmp_path, dialogs):
    people = make_people(workspace)
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people))
    for f in svc.detail(reg.id).follow_ups:
        if f.status in (FollowUpStatus.OPEN, FollowUpStatus.BEZIG):
            svc.update_follow_up(f.id, FollowUpDraft(f.title, status=FollowUpStatus.NVT))
    svc.set_status(reg.id, IncidentStatus.AFGESLOTEN)
    backup.auto_backup(workspace, date(2026, 11, 1))
    dlg = RetentionDialog(workspace, today=date(2032, 1, 1))
    qtbot.addWidget(dlg)
    dlg.resize(1000, 620)
    dlg.show()
    due = child(dlg, QTableWidget, "due")
    texts = [due.item(r, 1).text() for r in range(due.rowCount())]
    assert "incident 2026-001" in texts
    shot(dlg, "retention")
    # only the incident: untick the people
    for r in range(due.rowCount()):
        if not due.item(r, 1).text().startswith("incident"):
            due.item(r, 0).setCheckState(Qt.CheckState.Unchecked)
    QTest.mouseClick(child(dlg, QPushButton, "purge"), Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, 60000)
    label = child(dlg, QLabel, "purge_result")
    qtbot.waitUntil(lambda: label.text().startswith("Opgeschoond"))
    assert "1 incident(en) geanonimiseerd" in label.text() and "veiligbestuur-2026-11-01" in label.text()
    assert dialogs.kinds("question")  # asked before it happened
    assert svc.detail(reg.id).draft.status == IncidentStatus.GEANONIMISEERD
    remove = child(dlg, QPushButton, "remove_backups")
    assert remove.isVisible()
    QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert not (backup.auto_dir(workspace) / "veiligbestuur-2026-11-01.vbbackup").exists()
    # the rules tab: a period is saved
    years = child(dlg, QWidget, "years_incident")
    years.setValue(7)
    QTest.mouseClick(child(dlg, QPushButton, "save_rules"), Qt.MouseButton.LeftButton)
    assert {r.kind: r.years for r in RetentionService(workspace).rules()}["incident"] == 7


def test_inzage_and_processing_register_dialogs(qtbot, app, workspace, tmp_path, dialogs):
    people = make_people(workspace)
    IncidentService(workspace).register(incident_draft(people))
    dlg = InzageDialog(workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    person = child(dlg, QComboBox, "person")
    person.setCurrentIndex(person.findData(int(people.wethouder)))
    assert person.currentData() == people.wethouder
    shot(dlg, "inzage")
    dlg.save(str(tmp_path))
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: len(dlg.written) == 3 or bool(dialogs.shown))
    assert len(dlg.written) == 3, dialogs.shown
    assert all(p.exists() and p.parent == tmp_path for p in dlg.written)

    reg = ProcessingRegisterDialog(workspace)
    qtbot.addWidget(reg)
    reg.resize(820, 760)
    reg.show()
    shot(reg, "register")
    purpose = child(reg, QWidget, "register_purpose")
    purpose.selectAll()
    type_text(purpose, "Registratie en opvolging van agressie (gemeente Súdwest-Fryslân).")
    QTest.mouseClick(child(reg, QPushButton, "register_save"), Qt.MouseButton.LeftButton)
    texts = dict((k, t) for k, _h, t in RetentionService(workspace).processing_register())
    assert texts["purpose"] == "Registratie en opvolging van agressie (gemeente Súdwest-Fryslân)."
    purpose.selectAll()
    QTest.keyClick(purpose, Qt.Key.Key_Delete)
    QTest.mouseClick(child(reg, QPushButton, "register_save"), Qt.MouseButton.LeftButton)
    assert "Vul" in dialogs.kinds("error")[-1].text  # an empty section is refused, in Dutch
