"""The foundation's GUI flow, driven through real widgets as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE
from tests.ui.conftest import fill_first_run, type_text
from veiligbestuur_desktop.ui.app.start import AppController
from veiligbestuur_desktop.ui.steps.plan_model import COL_STATUS


def _first_run(qtbot, data_dir):
    ctrl = AppController(data_dir)
    ctrl.start()
    dlg = ctrl.first_run
    assert dlg is not None and dlg.isVisible()
    assert not dlg.ok_button.isEnabled()
    type_text(dlg.municipality, MUNICIPALITY)
    type_text(dlg.coordinator, COORDINATOR)
    type_text(dlg.passphrase, PASSPHRASE)
    assert "sterk" in dlg.strength.label.text()
    type_text(dlg.repeat, PASSPHRASE)
    assert dlg.ok_button.isEnabled()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(ctrl, "recovery_dialog", None) is not None, timeout=15000)
    confirm_recovery_key(qtbot, ctrl.recovery_dialog)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    return ctrl


def confirm_recovery_key(qtbot, rk):
    """The recovery key is shown once; continuing needs one group of it typed back."""
    assert rk.isVisible()
    key = rk.key_label.text()
    assert len(key.split("-")) == 7
    assert not rk.ok_button.isEnabled()
    rk.reject()  # closing is not a way around it
    assert rk.isVisible() and "Bewaar eerst" in rk.error.text()
    type_text(rk.confirm, "ZZZZ" if rk.expected() != "ZZZZ" else "YYYY")
    assert not rk.ok_button.isEnabled() and "klopt niet" in rk.error.text()
    rk.confirm.clear()
    type_text(rk.confirm, rk.expected().lower())
    assert rk.ok_button.isEnabled()
    qtbot.mouseClick(rk.ok_button, Qt.MouseButton.LeftButton)
    assert not rk.isVisible() and rk.key_label.text() == ""
    return key


def _unlock(qtbot, ctrl, passphrase=PASSPHRASE):
    dlg = ctrl.unlock_dialog
    assert dlg is not None and dlg.isVisible()
    type_text(dlg.passphrase, passphrase)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)


def _set_status(qtbot, page, row, label):
    index = page.model.index(row, COL_STATUS)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.viewport().findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findText(label))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: index.data().startswith(label), timeout=5000)  # "gereed · what the records say"


def test_first_run_unlock_edit_lock_unlock_keeps_state(qtbot, app, data_dir):
    ctrl = _first_run(qtbot, data_dir)
    win = ctrl.window
    qtbot.addWidget(win)
    assert win.isVisible()
    assert win.windowTitle() == f"VeiligBestuur — {MUNICIPALITY}"
    assert [win.tabs.tabText(i).replace("&", "") for i in range(win.tabs.count())] == [
        "Overzicht",
        "1 Beleid",
        "2 Preventie",
        "3 Voorbereiding",
        "4 Uitvoering",
        "5 Communicatie",
        "6 Incidenten",
        "7 Evaluatie",
    ]

    # lock right away and unlock through the dialog
    ctrl.lock()
    assert not win.isVisible()
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: ctrl.workspace is not None and win.isVisible(), timeout=15000)

    assert win.overview.texts[2].text() == "1 van 4 gereed"  # 3.3: the registration system is this vault
    win.show_step(3)
    page = win.step_page(3)
    assert page.model.rowCount() == 4
    _set_status(qtbot, page, 0, "gereed")
    assert page.model.index(0, COL_STATUS).data().startswith("gereed")  # and what the records say of it
    assert win.overview.texts[2].text() == "2 van 4 gereed"

    ctrl.lock()
    assert page.model.rowCount() == 0, "locked: content cleared"
    assert win.overview.texts[2].text() == ""
    assert ctrl.workspace is None
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: ctrl.workspace is not None and win.isVisible(), timeout=15000)
    assert win.step_page(3).model.index(0, COL_STATUS).data().startswith("gereed")
    assert win.overview.texts[2].text() == "2 van 4 gereed"
    assert "2 van 26" in win.overview.summary.text()
    ctrl.quit()


def test_wrong_passphrase_shows_message_and_keeps_dialog(qtbot, app, data_dir):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.lock()
    _unlock(qtbot, ctrl, "helemaal niet goed")
    dlg = ctrl.unlock_dialog
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=15000)
    assert "wachtwoord klopt niet" in dlg.error.text()
    assert dlg.isVisible() and dlg.passphrase.text() == ""
    assert ctrl.workspace is None
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    ctrl.quit()


def test_first_run_rejects_mismatched_repeat(qtbot, app, data_dir):
    ctrl = AppController(data_dir)
    ctrl.start()
    dlg = ctrl.first_run
    qtbot.addWidget(dlg)
    fill_first_run(dlg, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    dlg.repeat.setText(PASSPHRASE + "x")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert "niet gelijk" in dlg.error.text()
    assert not data_dir.exists()


def test_invalid_note_shows_message_and_keeps_value(qtbot, app, data_dir, dialogs):
    ctrl = _first_run(qtbot, data_dir)
    win = ctrl.window
    qtbot.addWidget(win)
    page = win.step_page(1)
    page.select_row(0)
    page.note_edit.setPlainText("x" * 5000)
    assert page.note_save.isEnabled()
    qtbot.mouseClick(page.note_save, Qt.MouseButton.LeftButton)
    assert any("te lang" in m.text for m in dialogs.shown)
    assert page.model.state(0).note == ""
    page.note_edit.setPlainText("Besproken in het presidium")
    qtbot.mouseClick(page.note_save, Qt.MouseButton.LeftButton)
    assert page.model.state(0).note == "Besproken in het presidium"
    ctrl.quit()


def test_delete_key_clears_owner(qtbot, app, data_dir):
    ctrl = _first_run(qtbot, data_dir)
    win = ctrl.window
    qtbot.addWidget(win)
    page = win.step_page(2)
    win.show_step(2)
    index = page.model.index(1, 2)
    page.model.setData(index, "Griffier")
    assert page.model.state(1).owner == "Griffier"
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.state(1).owner == ""
    ctrl.quit()


def test_plan_model_passes_modeltester(qtmodeltester, workspace):
    from veiligbestuur_desktop.domain.steps import STEPS
    from veiligbestuur_desktop.services.plan import PlanService
    from veiligbestuur_desktop.ui.steps.overview import DueItemsModel
    from veiligbestuur_desktop.ui.steps.plan_model import PlanItemsModel

    model = PlanItemsModel(STEPS[5])
    model.load(PlanService(workspace))
    qtmodeltester.check(model)
    due = DueItemsModel()
    due.set_rows(list(PlanService(workspace).overview().due))
    qtmodeltester.check(due)


def test_qt_standard_buttons_are_dutch(app):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Opslaan"}
