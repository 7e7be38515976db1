"""The hardened vault through the GUI: init confirmed only after the recovery key, the vault in use by another
process (a real second process holds the OS lock), rotation in two halves, exports never into the data dir."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE
from tests.ui.conftest import fill_first_run, type_text, visible_child, wait_for_tasks
from tests.ui.test_main_flow import _first_run, _unlock, confirm_recovery_key
from veiligbestuur_desktop.domain.errors import VaultInUse
from veiligbestuur_desktop.services import lifecycle, vault_admin
from veiligbestuur_desktop.ui.app.start import AppController
from veiligbestuur_desktop.ui.kit import worker
from veiligbestuur_desktop.ui.vault import vault_dialogs
from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryKeyDialog, RecoveryUnlockDialog

DB = "veiligbestuur.db"
ROOT = Path(__file__).resolve().parents[2]

# A second program on the same vault: unlocks it (holding the OS lock), says READY, waits for a line on stdin.
CHILD = r"""
import sys
from pathlib import Path

from veiligbestuur_desktop.vault import crypto

CHEAP_KDF = crypto.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
crypto.calibrate = lambda target_seconds=crypto.TARGET_SECONDS: CHEAP_KDF

from veiligbestuur_desktop.domain.errors import VaultInUse
from veiligbestuur_desktop.services import lifecycle

lifecycle.set_program_name("veiligbestuur proefproces")
data_dir, passphrase = Path(sys.argv[1]), sys.stdin.readline().rstrip("\n")
try:
    ws = lifecycle.unlock(data_dir, passphrase)
except VaultInUse as exc:
    print("IN_USE " + exc.message, flush=True)
    sys.exit(3)
print("READY", flush=True)
sys.stdin.readline()
ws.lock()
print("DONE", flush=True)
"""


class Holder:
    """A real second process that has the vault unlocked until `close()`."""

    def __init__(self, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=dict(os.environ),  # the same private HOME/XDG as this test process
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(PASSPHRASE + "\n")
        self.proc.stdin.flush()
        self.first_line = self.proc.stdout.readline().strip()

    @property
    def ready(self) -> bool:
        return self.first_line == "READY"

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            assert self.proc.stdout.readline().strip() == "DONE"
        self.proc.wait(timeout=30)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


@pytest.fixture
def holders():
    started: list[Holder] = []

    def start(data_dir: Path) -> Holder:
        h = Holder(data_dir)
        started.append(h)
        return h

    yield start
    for h in started:
        h.kill()


def _button_texts(box: QMessageBox) -> list[str]:
    return [b.text().replace("&", "") for b in box.buttons()]


# --- init: the vault exists only after the recovery key was confirmed ------------------------------------------


def _submit_first_run(qtbot, ctrl):
    dlg = ctrl.first_run
    fill_first_run(dlg, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(ctrl, "recovery_dialog", None) is not None, timeout=15000)
    return ctrl.recovery_dialog


def test_new_vault_exists_only_after_the_recovery_key_was_confirmed(qtbot, app, data_dir):
    ctrl = AppController(data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.start()
    rk = _submit_first_run(qtbot, ctrl)
    assert rk.isVisible() and not ctrl.window.isVisible()
    assert not (data_dir / DB).exists(), "before the key is confirmed there is no vault"
    assert not lifecycle.vault_exists(data_dir)
    confirm_recovery_key(qtbot, rk)
    qtbot.waitUntil(lambda: ctrl.workspace is not None and ctrl.window.isVisible(), timeout=15000)
    assert (data_dir / DB).exists() and lifecycle.vault_exists(data_dir)
    assert not list(data_dir.glob(".nieuw*")), "the staging dir is gone"
    ctrl.quit()
    lifecycle.unlock(data_dir, PASSPHRASE).lock()


def test_quitting_before_confirming_leaves_no_vault(qtbot, app, data_dir):
    ctrl = AppController(data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.start()
    rk = _submit_first_run(qtbot, ctrl)
    assert rk.isVisible()
    ctrl.quit()  # e.g. the session ends while the key is on screen
    assert not lifecycle.vault_exists(data_dir)
    assert not [p for p in data_dir.iterdir() if p.name.startswith(("veiligbestuur.db", ".nieuw"))]
    ctrl2 = AppController(data_dir)  # the next start offers the first run again
    ctrl2.start()
    assert ctrl2.first_run is not None and ctrl2.first_run.isVisible()
    ctrl2.first_run.reject()


def test_failed_confirmation_shows_the_error_and_returns_to_the_first_run(
    qtbot, app, data_dir, monkeypatch, dialogs
):
    from veiligbestuur_desktop.vault import vault as vault_mod

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    ctrl = AppController(data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.start()
    rk = _submit_first_run(qtbot, ctrl)
    monkeypatch.setattr(vault_mod, "move_into_place", full)
    confirm_recovery_key(qtbot, rk)
    errors = dialogs.kinds("error")
    assert errors and "schijf is vol" in errors[-1].text and errors[-1].title == "Kluis niet aangemaakt"
    dlg = ctrl.first_run
    assert dlg.isVisible() and ctrl.workspace is None and not ctrl.window.isVisible()
    assert "niet aangemaakt" in dlg.error.text()
    assert dlg.municipality.text() == MUNICIPALITY and dlg.passphrase.text() == ""
    assert not lifecycle.vault_exists(data_dir) and not (data_dir / DB).exists()

    monkeypatch.undo()  # space again: the same dialog creates the vault
    dialogs.shown.clear()
    type_text(dlg.passphrase, PASSPHRASE)
    type_text(dlg.repeat, PASSPHRASE)
    ctrl.recovery_dialog = None
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctrl.recovery_dialog is not None, timeout=15000)
    confirm_recovery_key(qtbot, ctrl.recovery_dialog)
    qtbot.waitUntil(lambda: ctrl.workspace is not None and ctrl.window.isVisible(), timeout=15000)
    assert (data_dir / DB).exists()
    ctrl.quit()


# --- the vault in use by another process -----------------------------------------------------------------------


def test_unlock_while_another_process_has_the_vault_offers_retry(qtbot, app, data_dir, holders, dialogs):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.lock()  # Ctrl+L releases the OS lock: another program can now open the vault
    child = holders(data_dir)
    assert child.ready, child.proc.stderr.read() if child.proc.stderr else ""

    dlg = ctrl.unlock_dialog
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: dlg.in_use_box is not None, timeout=15000)
    box = dlg.in_use_box
    assert box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    assert box.windowTitle() == "Kluis in gebruik"
    assert _button_texts(box) == ["Opnieuw proberen", "Annuleren"]
    assert "in gebruik door ‘veiligbestuur proefproces’" in box.text()
    assert ctrl.workspace is None and not ctrl.window.isVisible()
    assert dlg.passphrase.text() == PASSPHRASE, "nothing has to be typed again"

    qtbot.mouseClick(
        box.findChild(QPushButton, "retry"), Qt.MouseButton.LeftButton
    )  # still in use: the same answer
    qtbot.waitUntil(lambda: dlg.in_use_box is not None and dlg.in_use_box is not box, timeout=15000)
    box = dlg.in_use_box
    assert "proefproces" in box.text() and ctrl.workspace is None

    child.close()  # the other program locks the vault
    qtbot.mouseClick(box.findChild(QPushButton, "retry"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctrl.workspace is not None and ctrl.window.isVisible(), timeout=15000)
    assert dlg.in_use_box is None
    assert len(dialogs.kinds("in_use")) == 2
    ctrl.quit()


def test_cancel_keeps_the_passphrase_and_the_message(qtbot, app, data_dir, holders):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.lock()
    child = holders(data_dir)
    assert child.ready
    dlg = ctrl.unlock_dialog
    _unlock(qtbot, ctrl)
    qtbot.waitUntil(lambda: dlg.in_use_box is not None, timeout=15000)
    qtbot.mouseClick(dlg.in_use_box.findChild(QPushButton, "cancel"), Qt.MouseButton.LeftButton)
    assert dlg.in_use_box is None and dlg.isVisible() and ctrl.workspace is None
    assert "proefproces" in dlg.error.text()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # still in use; this time the dialog is reset
    qtbot.waitUntil(lambda: dlg.in_use_box is not None, timeout=15000)
    box = dlg.in_use_box
    dlg.reset()  # e.g. "Herstellen…" from the menu: the question goes away without repeating anything
    assert dlg.in_use_box is None and not box.isVisible()
    qtbot.wait(200)
    assert not worker.running_tasks() and ctrl.workspace is None, "nothing was repeated"
    type_text(dlg.passphrase, PASSPHRASE)
    child.close()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # the passphrase is still there
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    ctrl.quit()


def test_keyring_unlock_in_use_is_retried_without_typing(qtbot, app, data_dir, holders):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    vault_admin.remember_workstation(ctrl.workspace)
    ctrl.quit()
    child = holders(data_dir)
    assert child.ready
    ctrl2 = AppController(data_dir)
    qtbot.addWidget(ctrl2.window)
    ctrl2.start()  # tries this workstation's keyring right away
    dlg = ctrl2.unlock_dialog
    qtbot.waitUntil(lambda: dlg.in_use_box is not None, timeout=15000)
    assert dlg.passphrase.text() == ""
    child.close()
    qtbot.mouseClick(dlg.in_use_box.findChild(QPushButton, "retry"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctrl2.workspace is not None, timeout=15000)
    assert ctrl2.workspace.actor == "Deze werkplek"
    ctrl2.quit()


def test_recovery_key_unlock_in_use_is_retried(qtbot, app, data_dir, holders, monkeypatch):
    captured = {}
    original = confirm_recovery_key

    def capture(qtbot_, rk):
        captured["key"] = original(qtbot_, rk)
        return captured["key"]

    monkeypatch.setattr("tests.ui.test_main_flow.confirm_recovery_key", capture)
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.lock()
    child = holders(data_dir)
    assert child.ready
    ctrl.unlock_dialog.recovery_button.click()
    rec = visible_child(ctrl.unlock_dialog, RecoveryUnlockDialog)
    new = "Nieuw wachtwoord na herstel 2026!"
    type_text(rec.key, captured["key"])
    type_text(rec.passphrase, new)
    type_text(rec.repeat, new)
    qtbot.mouseClick(rec.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rec.in_use_box is not None, timeout=15000)
    assert _button_texts(rec.in_use_box) == ["Opnieuw proberen", "Annuleren"]
    child.close()
    qtbot.mouseClick(rec.in_use_box.findChild(QPushButton, "retry"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    ctrl.quit()
    lifecycle.unlock(data_dir, new).lock()


def test_the_window_holds_the_vault_and_locking_releases_it(qtbot, app, data_dir, holders):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    refused = holders(data_dir)
    assert refused.first_line.startswith("IN_USE ")
    assert "in gebruik door ‘VeiligBestuur (venster)’" in refused.first_line
    refused.proc.wait(timeout=30)
    assert refused.proc.returncode == 3
    with pytest.raises(VaultInUse):  # the same within this process
        lifecycle.unlock(data_dir, PASSPHRASE)
    ctrl.lock()
    child = holders(data_dir)
    assert child.ready
    child.close()
    ctrl.quit()


# --- rotation in two halves ------------------------------------------------------------------------------------


def _start_rotation(qtbot, ctrl, monkeypatch):
    ctrl.window.show_slots()
    dlg = visible_child(ctrl.window, vault_dialogs.SlotsDialog)
    monkeypatch.setattr(vault_dialogs, "ask_secret", lambda parent, label: (PASSPHRASE, True))
    dlg.rotate()
    wait_for_tasks(qtbot)
    assert dlg.rotation is not None
    return dlg


def test_failed_re_encryption_is_undone_and_says_the_old_keys_stay(
    qtbot, app, data_dir, monkeypatch, dialogs
):
    from veiligbestuur_desktop.vault import vault as vault_mod

    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    old_key = bytes(ctrl.workspace.vault.key)
    dlg = _start_rotation(qtbot, ctrl, monkeypatch)

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vault_mod, "_export_with_new_key", full)  # the disk fills up while re-encrypting
    confirm_recovery_key(qtbot, visible_child(dlg, RecoveryKeyDialog))
    qtbot.waitUntil(lambda: not worker.running_tasks() and dlg.rotation is None, timeout=20000)
    errors = dialogs.kinds("error")
    assert errors and "oude herstelsleutel blijven geldig" in errors[-1].text
    assert bytes(ctrl.workspace.vault.key) == old_key
    assert not ctrl.workspace.vault.keyfile.pending
    page = ctrl.window.step_page(2)  # the app keeps working on the old key
    from veiligbestuur_desktop.ui.steps.plan_model import COL_STATUS

    assert page.model.setData(page.model.index(0, COL_STATUS), "bezig")
    ctrl.quit()
    monkeypatch.undo()
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    assert not ws.vault.keyfile.pending
    ws.lock()


def test_locking_while_the_new_key_is_shown_undoes_the_rotation(qtbot, app, data_dir, monkeypatch):
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    old_key = bytes(ctrl.workspace.vault.key)
    dlg = _start_rotation(qtbot, ctrl, monkeypatch)
    assert visible_child(dlg, RecoveryKeyDialog).isVisible()
    ctrl.lock(automatic=True)  # idle timeout while the new recovery key is on screen
    assert ctrl.workspace is None
    assert not lifecycle.open_vault(data_dir).keyfile.pending, (
        "undone when locking, not left to the next unlock"
    )
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    assert bytes(ws.vault.key) == old_key and not ws.vault.keyfile.pending
    ws.lock()


# --- exports never into the data dir ---------------------------------------------------------------------------


def test_recovery_sheet_is_not_saved_into_the_data_dir_but_may_replace_a_chosen_file(
    qtbot, app, data_dir, tmp_path, monkeypatch, dialogs
):
    ctrl = AppController(data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl.start()
    rk = _submit_first_run(qtbot, ctrl)
    inside = data_dir / "herstelsleutel.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    qtbot.mouseClick(rk.save_button, Qt.MouseButton.LeftButton)
    assert not inside.exists()
    errors = dialogs.kinds("error")
    assert errors and "map van de kluis" in errors[-1].text and errors[-1].title == "Niet opgeslagen"

    existing = tmp_path / "blad.pdf"
    existing.write_bytes(b"oud")  # the file dialog asked before replacing: that is the confirmation
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    qtbot.mouseClick(rk.save_button, Qt.MouseButton.LeftButton)
    assert existing.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert existing.stat().st_mode & 0o777 == 0o600
    confirm_recovery_key(qtbot, rk)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    ctrl.quit()


def test_undone_rotation_keeps_every_old_passphrase(qtbot, app, data_dir, monkeypatch):
    deputy = "Groene weide bij de Linge 77"
    ctrl = _first_run(qtbot, data_dir)
    qtbot.addWidget(ctrl.window)
    vault_admin.add_passphrase(ctrl.workspace, "Plaatsvervanger", deputy, deputy)
    _start_rotation(qtbot, ctrl, monkeypatch)
    ctrl.lock(automatic=True)  # undone, see above
    lifecycle.unlock(data_dir, deputy).lock()
