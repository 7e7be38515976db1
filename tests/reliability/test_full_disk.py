"""A full disk (issue "One vault, one writer", defect 7) on a real, small tmpfs: reading always works, every
write gets the one Dutch disk-full message, nothing is half-written, and init leaves nothing nobody saw."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.services import backup, lifecycle
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.verify import verify


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / f"vol-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"tmpfs not permitted here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(mount: Path) -> Path:
    """Fill the file system to the last byte."""
    filler = mount / "vulling.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            block = b"\0" * size
            while True:
                try:
                    if os.write(fd, block) < size:
                        break
                except OSError:
                    break
    finally:
        os.close(fd)
    return filler


@pytest.fixture
def full_vault(tmpfs: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    data_dir = tmpfs / "kluis"
    ws = lifecycle.create_vault(data_dir, "Ede", "Coördinator", PASSPHRASE)
    lifecycle.confirm_created(ws)
    PersonService(ws).create(PersonDraft(PersonKind.AMBTSDRAGER, name="Anna de Boer", role=Role.WETHOUDER))
    ws.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE, encoding="utf-8")
    fill(tmpfs)
    return tmpfs, data_dir, str(pw)


def test_reading_works_on_a_full_disk_and_the_automatic_backup_is_skipped(full_vault, capsys):
    _mount, data_dir, pw = full_vault
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert any("De schijf is vol" in n for n in ws.notices), ws.notices
        assert [p.name for p in PersonService(ws).search()] == ["Anna de Boer"]
        assert verify(ws).ok
        warning = backup.run_auto_backup(ws)
        assert warning and "schijf is vol" in warning.lower()
    finally:
        ws.lock()
    assert not list((data_dir / "backups").rglob("*.tmp")) if (data_dir / "backups").exists() else True
    assert main(["verify", "--data-dir", str(data_dir), "--passphrase-file", pw]) == 0
    out, err = capsys.readouterr()
    assert "beschadigd" not in out + err


def test_a_write_on_a_full_disk_gets_the_disk_full_message_and_changes_nothing(full_vault, capsys):
    mount, data_dir, _pw = full_vault
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        from veiligbestuur_desktop.domain.errors import DiskFull

        with pytest.raises(DiskFull, match="De schijf is vol"):
            for i in range(200):  # the WAL may still have a page of room; a few writes fill it
                PersonService(ws).create(
                    PersonDraft(
                        PersonKind.AMBTSDRAGER,
                        name=f"Raadslid {i}",
                        role=Role.RAADSLID,
                        portefeuilles="x" * 900,
                    )
                )
        committed = {p.name for p in PersonService(ws).search()}
    finally:
        ws.lock()
    (mount / "vulling.bin").unlink()  # room again: everything committed is there, the vault is sound
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert verify(ws).ok
        assert {p.name for p in PersonService(ws).search()} == committed
    finally:
        ws.lock()


def test_backup_and_demo_on_a_full_disk(full_vault, capsys):
    mount, data_dir, pw = full_vault
    target = mount / "kopie.vbbackup"
    assert main(["backup", "--data-dir", str(data_dir), "--passphrase-file", pw, "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert "De schijf is vol" in err.strip().splitlines()[-1], err
    assert "beschadigd" not in err and "onverwachts" not in err
    assert not target.exists() and not list(mount.glob(".*.tmp"))
    assert main(["demo", "--data-dir", str(data_dir), "--passphrase-file", pw, "--incidents", "500"]) == 2
    assert "De schijf is vol" in capsys.readouterr().err


def test_init_on_a_full_disk_leaves_nothing_and_shows_no_key(tmpfs, tmp_path, capsys):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE, encoding="utf-8")
    fill(tmpfs)
    data_dir = tmpfs / "nieuw"
    assert (
        main(["init", "--data-dir", str(data_dir), "--municipality", "Ede", "--passphrase-file", str(pw)])
        == 2
    )
    out, err = capsys.readouterr()
    assert "De schijf is vol" in err and "Herstelsleutel" not in out, (out, err)
    assert not lifecycle.vault_exists(data_dir) if data_dir.exists() else True
    leftovers = [p for p in data_dir.rglob("*")] if data_dir.exists() else []
    assert [p.name for p in leftovers if p.name != "veiligbestuur.lock"] == []
