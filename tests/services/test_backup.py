import os
import zipfile
from datetime import date, timedelta

import pytest

from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.domain.errors import (
    DatabaseTooNew,
    DiskFull,
    UserFacingError,
    VaultExists,
    WrongPassphrase,
)
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services import backup, lifecycle, vault_admin
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.vault import backup as backup_files


def _set(ws, note):
    PlanService(ws).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG, note=note))


def test_backup_and_restore_into_new_dir_and_over_existing(workspace, data_dir, tmp_path):
    _set(workspace, "in de back-up")
    target = tmp_path / "usb" / "kluis.vbbackup"
    target.parent.mkdir()
    manifest = backup.make_backup(workspace, target)
    assert manifest.database_id == workspace.vault.database_id and manifest.schema
    with zipfile.ZipFile(target) as zf:
        assert set(zf.namelist()) == {"manifest.json", "veiligbestuur.db", "veiligbestuur.keys"}
        assert b"in de back-up" not in zf.read("veiligbestuur.db")
    _set(workspace, "na de back-up")
    workspace.lock()

    fresh = tmp_path / "nieuw"
    result = backup.restore(fresh, target, PASSPHRASE)
    assert result.kept_copy is None
    ws = lifecycle.unlock(fresh, PASSPHRASE)
    assert PlanService(ws).states()["beleid_media"].note == "in de back-up"
    ws.lock()

    with pytest.raises(VaultExists):
        backup.restore(data_dir, target, PASSPHRASE)
    result = backup.restore(data_dir, target, PASSPHRASE, replace=True)
    assert result.kept_copy is not None and (result.kept_copy / "veiligbestuur.db").exists()
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    assert PlanService(ws).states()["beleid_media"].note == "in de back-up"
    ws.lock()


def test_restored_vault_opens_with_the_slots_of_the_backup(workspace, data_dir, tmp_path):
    target = tmp_path / "b.vbbackup"
    backup.make_backup(workspace, target)
    vault_admin.change_passphrase(workspace, "Later gekozen wachtwoord 12", "Later gekozen wachtwoord 12")
    workspace.lock()
    with pytest.raises(WrongPassphrase):
        backup.restore(data_dir, target, "Later gekozen wachtwoord 12", replace=True)
    assert not (data_dir / ".herstel").exists()
    backup.restore(data_dir, target, PASSPHRASE, replace=True)
    lifecycle.unlock(data_dir, PASSPHRASE).lock()


def test_disk_full_during_backup_leaves_no_file_and_vault_untouched(
    workspace, data_dir, tmp_path, monkeypatch
):
    target = tmp_path / "vol.vbbackup"
    workspace.vault.engine.dispose()
    real_fsync = os.fsync

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files.os, "fsync", full)
    with pytest.raises(DiskFull, match="De schijf is vol"):
        backup.make_backup(workspace, target)
    monkeypatch.setattr(backup_files.os, "fsync", real_fsync)
    assert list(tmp_path.glob("*vol*")) == [] and list(tmp_path.glob(".*tmp")) == []
    assert not any(p.name.startswith(".snapshot") for p in (data_dir / "backups").iterdir())
    workspace.lock()
    lifecycle.unlock(data_dir, PASSPHRASE).lock()


def test_damaged_or_foreign_backup_is_refused(workspace, data_dir, tmp_path):
    target = tmp_path / "b.vbbackup"
    backup.make_backup(workspace, target)
    workspace.lock()
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    damaged = tmp_path / "kapot.vbbackup"
    damaged.write_bytes(bytes(raw))
    before = snapshot(data_dir)
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.restore(data_dir, damaged, PASSPHRASE, replace=True)
    other = tmp_path / "tekst.vbbackup"
    other.write_text("geen zip", encoding="utf-8")
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.restore(data_dir, other, PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before


def test_backup_from_a_newer_app_is_refused(workspace, data_dir, tmp_path):
    from sqlalchemy import text

    with workspace.transaction() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    target = tmp_path / "nieuw.vbbackup"
    backup.make_backup(workspace, target)
    workspace.lock()
    fresh = tmp_path / "leeg"
    with pytest.raises(DatabaseTooNew):
        backup.restore(fresh, target, PASSPHRASE)
    assert not (fresh / "veiligbestuur.db").exists()


def test_interrupted_swap_is_completed_at_next_open(workspace, data_dir, tmp_path, monkeypatch):
    _set(workspace, "oud")
    target = tmp_path / "b.vbbackup"
    backup.make_backup(workspace, target)
    _set(workspace, "nieuwer")
    workspace.lock()
    real_replace = os.replace
    calls = {"n": 0}

    def crash_after_first(src, dst):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("power cut")
        return real_replace(src, dst)

    monkeypatch.setattr(backup_files.os, "replace", crash_after_first)
    with pytest.raises(KeyboardInterrupt):
        backup.restore(data_dir, target, PASSPHRASE, replace=True)
    monkeypatch.setattr(backup_files.os, "replace", real_replace)
    assert (data_dir / ".herstel" / "READY").exists()
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    assert PlanService(ws).states()["beleid_media"].note == "oud"
    assert not (data_dir / ".herstel").exists()
    ws.lock()


def test_rotation_keeps_seven_daily_and_four_weekly():
    start = date(2026, 9, 1)
    days = [start + timedelta(days=i) for i in range(90)]
    keep = backup.backups_to_keep(days, 7, 4)
    assert len(keep) == 11
    assert sorted(keep)[-7:] == days[-7:]
    weekly = sorted(keep)[:4]
    assert len({d.isocalendar()[:2] for d in weekly}) == 4


def test_auto_backup_once_a_day_with_rotation(workspace, data_dir):
    d0 = date(2026, 11, 1)
    for i in range(20):
        backup.auto_backup(workspace, d0 + timedelta(days=i))
    assert backup.auto_backup(workspace, d0 + timedelta(days=19)) is None  # already made today
    names = sorted(p.name for p in backup.auto_dir(workspace).iterdir())
    assert len(names) == 7 + 2  # 7 daily + the older weeks that exist (2)
    assert names[-1] == "veiligbestuur-2026-11-20.vbbackup"
    backup.set_retention(workspace, 3, 1)
    backup.auto_backup(workspace, d0 + timedelta(days=20))
    assert len(list(backup.auto_dir(workspace).iterdir())) == 4


def test_unlock_does_not_wait_for_the_daily_backup_which_runs_afterwards(workspace, data_dir):
    """Off the unlock path: unlocking makes no backup (the GUI runs run_auto_backup after the overview shows)."""
    workspace.lock()
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert backup.newest_backup(data_dir) is None
        assert backup.run_auto_backup(ws) is None
        assert backup.newest_backup(data_dir) is not None
    finally:
        ws.lock()


def test_verify_checks_every_backup_in_the_data_dir_and_names_a_damaged_one(workspace, data_dir):
    assert backup.run_auto_backup(workspace) is None
    made = backup.newest_backup(data_dir)
    assert made is not None
    report = verify(workspace)
    assert report.ok and any("1 back-up(s) in orde" in line for line in report.lines())
    raw = bytearray(made.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    made.write_bytes(bytes(raw))
    report = verify(workspace)
    assert not report.ok
    assert any("Back-ups in de kluismap: FOUT" in line and made.name in line for line in report.lines())
