"""Issue 3 through the GUI: recovery key, keyring, auto-lock, backup and restore from the menu."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from tests.conftest import PASSPHRASE
from tests.ui.conftest import (
    fill_first_run,
    progress_window_seen_until,
    slowed,
    type_text,
    visible_child,
    wait_for_tasks,
)
from tests.ui.test_main_flow import _first_run, _unlock, confirm_recovery_key
from veiligbestuur_desktop.domain.errors import WrongPassphrase
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.ui.app.start import AppController
from veiligbestuur_desktop.ui.kit import worker
from veiligbestuur_desktop.ui.steps.plan_model import COL_STATUS
from veiligbestuur_desktop.ui.vault import vault_dialogs
from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryKeyDialog, RecoveryUnlockDialog
from veiligbestuur_desktop.ui.vault.vault_dialogs import SlotsDialog

NEW = "Nieuw wachtwoord na herstel 2026!"


def test_recovery_sheet_can_be_saved_from_the_first_run(qtbot, app, data_dir, tmp_path, monkeypatch):
    ctrl = AppController(data_dir)
    ctrl.start()
    dlg = ctrl.first_run
    fill_first_run(dlg, "Ede", "Eelke", PASSPHRASE)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(ctrl, "recovery_dialog", None) is not None, timeout=15000)
    rk = ctrl.recovery_dialog
    target = tmp_path / "herstelsleutel.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(rk.save_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1 and rk.key_label.text() in reader.pages[0].extract_text()
    confirm_recovery_key(qtbot, rk)
    qtbot.waitUntil(lambda: ctrl.workspace is not None)
    ctrl.quit()


def test_unlock_with_recovery_key_leads_to_a_new_passphrase(qtbot, app, data_dir, monkeypatch, dialogs):
    captured = {}
    original = confirm_recovery_key

    def capture(qtbot_, rk):
        captured["key"] = original(qtbot_, rk)
        return captured["key"]

    monkeypatch.setattr("tests.ui.test_main_flow.confirm_recovery_key", capture)
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.lock()
    ctrl.unlock_dialog.recovery_button.click()
    rec = visible_child(ctrl.unlock_dialog, RecoveryUnlockDialog)
    qtbot.waitUntil(rec.isVisible)
    type_text(rec.key, captured["key"].lower().replace("-", " "))
    type_text(rec.passphrase, NEW)
    type_text(rec.repeat, NEW)
    qtbot.mouseClick(rec.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctrl.workspace is not None and ctrl.window.isVisible(), timeout=15000)
    assert ctrl.workspace.actor == "Herstelsleutel"
    assert any("nieuw wachtwoord" in m.text for m in dialogs.shown)
    ctrl.quit()
    try:
        lifecycle.unlock(data_dir, PASSPHRASE)
        raise AssertionError("old passphrase still works")
    except WrongPassphrase:
        pass
    lifecycle.unlock(data_dir, NEW).lock()


def test_remember_on_workstation_unlocks_without_typing(qtbot, app, data_dir):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.lock()
    dlg = ctrl.unlock_dialog
    assert dlg.remember.isVisible()
    dlg.remember.setChecked(True)
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    ctrl.quit()
    ctrl2 = AppController(data_dir)
    ctrl2.start()
    qtbot.waitUntil(lambda: ctrl2.workspace is not None, timeout=15000)
    assert ctrl2.workspace.actor == "Deze werkplek"
    ctrl2.quit()


def test_missing_keyring_entry_falls_back_to_the_passphrase(qtbot, app, data_dir, memory_keyring):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    from veiligbestuur_desktop.services import vault_admin

    vault_admin.remember_workstation(ctrl.workspace)
    ctrl.quit()
    memory_keyring.store.clear()
    ctrl2 = AppController(data_dir)
    ctrl2.start()
    dlg = ctrl2.unlock_dialog
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=15000)
    assert "ontbreekt" in dlg.error.text()
    assert ctrl2.workspace is None and dlg.isVisible()
    _unlock(qtbot, ctrl2)
    qtbot.waitUntil(lambda: ctrl2.workspace is not None, timeout=15000)
    ctrl2.quit()


def test_auto_lock_after_idle_timeout_saves_a_valid_edit(qtbot, app, data_dir):
    ctrl = _first_run(qtbot, data_dir)
    win = ctrl.window
    qtbot.addWidget(win)
    page = win.step_page(1)
    win.show_step(1)
    page.select_row(0)
    ctrl.idle.set_timeout_ms(1500)  # generous: this machine may be busy; activity comes every ~100 ms
    for _ in range(20):  # activity keeps it open well past the timeout
        qtbot.wait(100)
        QTest.keyClick(page.table, Qt.Key.Key_Down)
        QTest.keyClick(page.table, Qt.Key.Key_Up)
    assert ctrl.workspace is not None
    page.note_edit.setPlainText("Concept besproken met de griffier")  # typed, not saved
    assert win.has_unsaved_edit()
    qtbot.waitUntil(lambda: ctrl.workspace is None, timeout=5000)
    assert not win.isVisible() and ctrl.unlock_dialog.isVisible()
    assert page.model.rowCount() == 0 and win.windowTitle() == "VeiligBestuur"
    assert "opgeslagen" in ctrl.unlock_dialog.error.text()
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    assert win.step_page(1).model.state(0).note == "Concept besproken met de griffier"
    ctrl.quit()


def test_backup_and_restore_from_the_menu(qtbot, app, data_dir, tmp_path, monkeypatch, dialogs):
    ctrl = _first_run(qtbot, data_dir)
    win = ctrl.window
    qtbot.addWidget(win)
    page = win.step_page(3)
    page.model.setData(page.model.index(0, COL_STATUS), "gereed")
    target = tmp_path / "usb" / "kluis.vbbackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.backup_action.trigger()
    wait_for_tasks(qtbot)
    assert target.exists() and any("Back-up gemaakt" in m.text for m in dialogs.shown)

    page.model.setData(page.model.index(0, COL_STATUS), "bezig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(vault_dialogs, "ask_secret", lambda parent, label: (PASSPHRASE, True))
    win.restore_action.trigger()
    assert ctrl.workspace is None, "the vault is locked before the restore"
    wait_for_tasks(qtbot)
    assert not dialogs.kinds("error", "crash")
    assert any("teruggezet" in m.text for m in dialogs.shown)
    assert list((data_dir / "backups").glob("voor-herstel-*"))
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    assert win.step_page(3).model.index(0, COL_STATUS).data().startswith("gereed")
    ctrl.quit()


def test_slots_dialog_adds_a_deputy(qtbot, app, data_dir, dialogs):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.window.show_slots()
    dlg = visible_child(ctrl.window, SlotsDialog)
    assert [r.name for r in dlg.model.rows] == ["Coördinator", "Herstelsleutel"]
    dlg.add()
    pd = visible_child(dlg, vault_dialogs.PassphraseDialog)
    pd.name.setText("Plaatsvervanger")
    pd.passphrase.setText("kort")
    pd.repeat.setText("kort")
    pd.accept()
    assert pd.isVisible() and "te kort" in pd.error.text()
    pd.passphrase.setText("Groene weide bij de Linge 77")
    pd.repeat.setText("Groene weide bij de Linge 77")
    pd.accept()
    assert not pd.isVisible()
    assert "Plaatsvervanger" in [r.name for r in dlg.model.rows]
    ctrl.quit()


def test_screen_lock_or_sleep_locks_the_vault(qtbot, app, data_dir):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.idle._screensaver(True)  # what the session bus delivers when the screen locks
    assert ctrl.workspace is None and ctrl.unlock_dialog.isVisible()
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    ctrl.idle._sleep(True)  # logind: PrepareForSleep(true)
    assert ctrl.workspace is None
    ctrl.quit()


def test_rotate_data_key_from_the_slots_dialog(qtbot, app, data_dir, monkeypatch, dialogs):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.window.show_slots()
    dlg = visible_child(ctrl.window, SlotsDialog)
    old_key = bytes(ctrl.workspace.vault.key)
    monkeypatch.setattr(vault_dialogs, "ask_secret", lambda parent, label: (PASSPHRASE, True))
    dlg.rotate()
    wait_for_tasks(qtbot)  # the first half: new keys prepared
    assert not dialogs.kinds("error", "crash")
    rk = visible_child(dlg, RecoveryKeyDialog)  # the new recovery key is shown once, like at set-up
    assert rk.isVisible() and len(rk.key_label.text()) == 34
    assert bytes(ctrl.workspace.vault.key) == old_key, "nothing is re-encrypted before the key was confirmed"
    new_recovery = confirm_recovery_key(qtbot, rk)
    qtbot.waitUntil(lambda: not worker.running_tasks() and dlg.rotation is None, timeout=20000)  # 2nd half
    assert not dialogs.kinds("error", "crash")
    assert bytes(ctrl.workspace.vault.key) != old_key
    assert any("is vervangen" in m.text for m in dialogs.shown)
    page = ctrl.window.step_page(2)
    page.model.setData(page.model.index(0, COL_STATUS), "bezig")  # the app keeps working on the new key
    ctrl.quit()
    lifecycle.unlock(data_dir, PASSPHRASE).lock()
    lifecycle.unlock_with_recovery_key(data_dir, new_recovery).lock()


def test_large_database_is_checked_in_the_background(qtbot, app, data_dir, monkeypatch, dialogs):
    from veiligbestuur_desktop.services import verify as verify_mod
    from veiligbestuur_desktop.vault import vault as vault_mod

    monkeypatch.setattr(vault_mod, "INTEGRITY_AT_UNLOCK_MAX_BYTES", 0)  # every database counts as large
    monkeypatch.setattr(verify_mod, "verify", slowed(verify_mod.verify))
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    seen = progress_window_seen_until(qtbot, lambda: not worker.running_tasks())
    assert not seen, "the background check shows no progress window"
    wait_for_tasks(qtbot)
    assert not dialogs.kinds("error", "crash")
    ctrl.quit()
