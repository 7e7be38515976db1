"""Backups in the GUI: the automatic backup runs after the window is shown and warns without a dialog; a backup
of another vault is restored only after a question that names the difference."""

from __future__ import annotations

import stat
import threading

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtWidgets import QFileDialog, QWidget

from tests.conftest import COORDINATOR, PASSPHRASE
from tests.support.files import snapshot
from tests.ui.conftest import wait_for_tasks
from veiligbestuur_desktop.services import backup, lifecycle
from veiligbestuur_desktop.ui.app.start import AppController
from veiligbestuur_desktop.ui.kit import worker
from veiligbestuur_desktop.ui.vault import vault_dialogs
from veiligbestuur_desktop.vault import backup as backup_files


def _create(data_dir, municipality="Ede"):
    ws = lifecycle.create_vault(data_dir, municipality, COORDINATOR, PASSPHRASE)
    confirm = getattr(lifecycle, "confirm_created", None)
    if confirm is not None:
        confirm(ws)
    return ws


@pytest.fixture
def unlocked(data_dir):
    """A vault that exists and is unlocked again, as the unlock dialog hands it to the controller."""
    _create(data_dir).lock()
    return lifecycle.unlock(data_dir, PASSPHRASE)


def _dialogs_shown(dialogs) -> list:
    return dialogs.kinds("error", "warning", "info", "question", "crash")


def test_auto_backup_runs_after_the_window_is_shown(qtbot, app, data_dir, unlocked, monkeypatch, dialogs):
    ctrl = AppController(data_dir)
    qtbot.addWidget(ctrl.window)
    gate = threading.Event()
    real = backup.run_auto_backup

    def held(ws, today=None):
        assert gate.wait(20), "the test never released the backup"
        return real(ws, today)

    monkeypatch.setattr(backup, "run_auto_backup", held)
    ctrl._opened(unlocked)  # what every unlock path calls
    # _opened has returned and the window is there while the backup has not even started
    assert ctrl.window.isVisible() and ctrl.workspace is unlocked
    assert backup.newest_backup(data_dir) is None
    gate.set()
    wait_for_tasks(qtbot)
    made = backup.newest_backup(data_dir)
    assert made is not None and stat.S_IMODE(made.stat().st_mode) == 0o600
    assert backup.read_manifest(made).database_id == unlocked.vault.database_id
    assert ctrl.window.statusBar().currentMessage() == ""
    assert _dialogs_shown(dialogs) == []
    ctrl.quit()


def test_full_disk_during_auto_backup_is_a_status_bar_warning_not_a_dialog(
    qtbot, app, data_dir, unlocked, monkeypatch, dialogs
):
    def full(engine, dest):
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_files, "vacuum_into", full)
    ctrl = AppController(data_dir)
    qtbot.addWidget(ctrl.window)
    ctrl._opened(unlocked)
    wait_for_tasks(qtbot)
    message = ctrl.window.statusBar().currentMessage()
    assert "automatische back-up" in message and "De schijf is vol" in message
    assert _dialogs_shown(dialogs) == [], "a full disk must not interrupt the work with a dialog"
    assert ctrl.workspace is unlocked and ctrl.window.isVisible()
    assert backup.newest_backup(data_dir) is None
    assert not list((data_dir / "backups").rglob(".snapshot-*"))
    assert not list((data_dir / "backups").rglob("*.tmp"))
    ctrl.quit()


def test_gui_backup_into_the_data_dir_is_refused(qtbot, app, data_dir, unlocked, monkeypatch, dialogs):
    parent = QWidget()
    qtbot.addWidget(parent)
    inside = data_dir / "hier-niet.vbbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    vault_dialogs.make_backup(parent, unlocked)
    assert not inside.exists() and not worker.running_tasks()
    assert any(m.kind == "error" and "map van de kluis" in m.text for m in dialogs.shown)
    unlocked.lock()


@pytest.mark.parametrize("answer", [False, True], ids=["no", "yes"])
def test_restore_of_another_vault_asks_first_naming_the_difference(
    qtbot, app, data_dir, tmp_path, monkeypatch, answer, dialogs
):
    own = _create(data_dir)
    own_id = own.vault.database_id
    own.lock()
    other = _create(tmp_path / "andere", "Wageningen")
    other_id = other.vault.database_id
    target = tmp_path / "andere.vbbackup"
    backup.make_backup(other, target)
    other.lock()

    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(vault_dialogs, "ask_secret", lambda p, label: (PASSPHRASE, True))
    dialogs.answer = answer
    before = snapshot(data_dir)
    restored = []
    vault_dialogs.restore_backup(parent, data_dir, restored.append)

    questions = [m for m in dialogs.shown if m.kind == "question"]
    assert len(questions) == 1
    assert (
        "andere kluis" in questions[0].text and own_id in questions[0].text and other_id in questions[0].text
    )
    if not answer:
        assert not worker.running_tasks() and snapshot(data_dir) == before
        assert backup.current_database_id(data_dir) == own_id
        return
    wait_for_tasks(qtbot)
    assert not dialogs.kinds("error", "crash") and restored
    assert backup.current_database_id(data_dir) == other_id
    assert list((data_dir / "backups").glob("voor-herstel-*"))
