"""Backups that cannot hurt: zip bombs, malformed files, file modes, leftovers of a kill, another vault's backup,
a full disk, the audit chain head in the manifest, the check of stored backups and the background auto backup."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import stat
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from tests.conftest import COORDINATOR, PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.domain.errors import DiskFull, UserFacingError, VaultError
from veiligbestuur_desktop.services import backup, lifecycle
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.store import audit
from veiligbestuur_desktop.vault import backup as backup_files

ENOSPC = OSError(errno.ENOSPC, "No space left on device")


# --- helpers --------------------------------------------------------------------------------------------------


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(path: Path, members: dict[str, bytes], deflate: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(
                name, data, compress_type=zipfile.ZIP_DEFLATED if name in deflate else zipfile.ZIP_STORED
            )
    return path


def _manifest(members: dict[str, bytes]) -> dict:
    return json.loads(members["manifest.json"])


def _with_manifest(members: dict[str, bytes], doc: object) -> dict[str, bytes]:
    return {**members, "manifest.json": json.dumps(doc).encode("utf-8")}


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def made(workspace, tmp_path):
    """A real backup of the workspace's vault, made before the vault is locked again."""
    target = tmp_path / "usb" / "echt.vbbackup"
    target.parent.mkdir()
    backup.make_backup(workspace, target)
    return target


@pytest.fixture
def pwfile(tmp_path):
    p = tmp_path / "pw.txt"
    p.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return str(p)


def _opened_members(monkeypatch) -> list[str]:
    """Record every zip member that is opened for reading (a bomb must be refused before that)."""
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, mode="r", *args, **kwargs):
        if mode == "r":
            opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return opened


def _vault_still_fine(data_dir: Path) -> None:
    """The vault itself (backup files in the data dir, which some tests plant, are checked elsewhere)."""
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert verify(ws, backups=False).ok
    finally:
        ws.lock()


# --- zip bombs and sizes --------------------------------------------------------------------------------------

BOMB = 64 * 1024 * 1024  # zeros, deflated to about 64 KiB


@pytest.mark.parametrize("with_sizes", [True, False], ids=["sizes-in-manifest", "old-manifest"])
def test_zip_bomb_with_correct_hashes_is_refused_before_any_extraction(
    workspace, made, data_dir, tmp_path, monkeypatch, with_sizes
):
    workspace.lock()
    members = _members(made)
    bomb_db = bytes(BOMB)
    doc = _manifest(members)
    doc["files"]["veiligbestuur.db"] = _sha(bomb_db)
    if with_sizes:
        doc["sizes"] = {"veiligbestuur.db": BOMB, "veiligbestuur.keys": len(members["veiligbestuur.keys"])}
    else:
        doc.pop("sizes", None)
        doc.pop("audit_head", None)
    bomb = _zip(
        tmp_path / "bom.vbbackup",
        {**_with_manifest(members, doc), "veiligbestuur.db": bomb_db},
        deflate=("veiligbestuur.db",),
    )
    del bomb_db
    assert bomb.stat().st_size < BOMB // 100
    before = snapshot(data_dir)
    opened = _opened_members(monkeypatch)
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.restore(data_dir, bomb, PASSPHRASE, replace=True)
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.read_manifest(bomb)
    assert "veiligbestuur.db" not in opened, "the bomb was decompressed before it was refused"
    assert snapshot(data_dir) == before and not (data_dir / ".herstel").exists()


def test_manifest_sizes_must_match_the_zip(workspace, made, data_dir, tmp_path):
    workspace.lock()
    members = _members(made)
    doc = _manifest(members)
    doc["sizes"]["veiligbestuur.db"] = 4096  # the central directory says more
    lying = _zip(tmp_path / "liegt.vbbackup", _with_manifest(members, doc))
    before = snapshot(data_dir)
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.restore(data_dir, lying, PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before


def test_extraction_never_writes_more_than_expected(made, tmp_path):
    members = _members(made)
    out = io.BytesIO()
    with zipfile.ZipFile(made) as zf, pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup_files._copy_member(
            zf, "veiligbestuur.db", 1000, _sha(members["veiligbestuur.db"][:1000]), made, out
        )
    assert len(out.getvalue()) <= 1000


def test_members_over_the_hard_limit_are_refused(workspace, made, data_dir, monkeypatch):
    workspace.lock()
    monkeypatch.setattr(backup_files, "MAX_DB_BYTES", 1024)
    before = snapshot(data_dir)
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.restore(data_dir, made, PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before


def test_too_little_free_space_is_refused_before_extraction(workspace, made, data_dir, monkeypatch):
    workspace.lock()
    monkeypatch.setattr(backup_files, "free_space", lambda directory: 10_000)
    before = snapshot(data_dir)
    with pytest.raises(DiskFull, match="De schijf is vol"):
        backup.restore(data_dir, made, PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before


def test_old_backup_without_sizes_or_audit_head_still_restores(workspace, made, data_dir, tmp_path):
    workspace.lock()
    members = _members(made)
    doc = _manifest(members)
    del doc["sizes"], doc["audit_head"]
    old = _zip(tmp_path / "oud.vbbackup", _with_manifest(members, doc))
    manifest = backup.read_manifest(old)
    assert manifest.sizes is None and manifest.audit_count is None and manifest.audit_hash is None
    result = backup.restore(data_dir, old, PASSPHRASE, replace=True)
    assert result.manifest.database_id == doc["database_id"]
    _vault_still_fine(data_dir)


# --- malformed backups: one clean message, nothing left behind ------------------------------------------------


def _malformed(members: dict[str, bytes]) -> dict[str, dict[str, bytes]]:
    doc = _manifest(members)
    no_keys = {k: v for k, v in members.items() if k != "veiligbestuur.keys"}
    keys_unlisted = json.loads(json.dumps(doc))
    del keys_unlisted["files"]["veiligbestuur.keys"]
    del keys_unlisted["sizes"]["veiligbestuur.keys"]
    cases: dict[str, dict[str, bytes]] = {
        "manifest-is-a-list": _with_manifest(members, [doc]),
        "manifest-is-a-string": _with_manifest(members, "veiligbestuur-backup"),
        "manifest-is-null": _with_manifest(members, None),
        "manifest-not-json": {**members, "manifest.json": b"{niet: json"},
        "manifest-not-utf8": {**members, "manifest.json": b"\xff\xfe{}"},
        "no-manifest": {k: v for k, v in members.items() if k != "manifest.json"},
        "key-file-missing": no_keys,
        "key-file-not-in-manifest": _with_manifest(no_keys, keys_unlisted),
        "files-not-an-object": _with_manifest(members, {**doc, "files": ["veiligbestuur.db"]}),
        "hash-not-hex": _with_manifest(
            members, {**doc, "files": {**doc["files"], "veiligbestuur.keys": "abc"}}
        ),
        "version-not-a-number": _with_manifest(members, {**doc, "version": "1"}),
        "negative-size": _with_manifest(members, {**doc, "sizes": {**doc["sizes"], "veiligbestuur.db": -1}}),
        "sizes-not-an-object": _with_manifest(members, {**doc, "sizes": 12}),
        "audit-head-wrong": _with_manifest(members, {**doc, "audit_head": {"count": "x", "hash": 1}}),
        "database-id-missing": _with_manifest(members, {k: v for k, v in doc.items() if k != "database_id"}),
        "wrong-key-file-content": {**members, "veiligbestuur.keys": b"{}"},
    }
    return cases


CASES = [
    "manifest-is-a-list",
    "manifest-is-a-string",
    "manifest-is-null",
    "manifest-not-json",
    "manifest-not-utf8",
    "no-manifest",
    "key-file-missing",
    "key-file-not-in-manifest",
    "files-not-an-object",
    "hash-not-hex",
    "version-not-a-number",
    "negative-size",
    "sizes-not-an-object",
    "audit-head-wrong",
    "database-id-missing",
    "wrong-key-file-content",
]


@pytest.mark.parametrize("case", CASES)
def test_malformed_backup_gets_the_clean_message_and_leaves_nothing(
    workspace, made, data_dir, tmp_path, case, pwfile, capsys
):
    workspace.lock()
    bad = _zip(tmp_path / f"{case}.vbbackup", _malformed(_members(made))[case])
    before = snapshot(data_dir)
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.read_manifest(bad)
    with pytest.raises(UserFacingError, match="geen geldig back-upbestand"):
        backup.restore(data_dir, bad, PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before and not (data_dir / ".herstel").exists()
    code = main(
        ["restore", "--data-dir", str(data_dir), "--passphrase-file", pwfile, "--from", str(bad), "--force"]
    )
    err = capsys.readouterr().err
    assert code == 2 and "geen geldig back-upbestand" in err and "onverwachts" not in err
    assert snapshot(data_dir) == before


# --- file modes -----------------------------------------------------------------------------------------------


def test_backup_files_are_0600_from_their_creation(workspace, data_dir, tmp_path, monkeypatch):
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    old_umask = os.umask(0o022)
    modes: list[int] = []
    real_writestr = zipfile.ZipFile.writestr

    def spy(self, *args, **kwargs):
        modes.append(stat.S_IMODE(os.fstat(self.fp.fileno()).st_mode))
        return real_writestr(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", spy)
    try:
        target = tmp_path / "modus.vbbackup"
        backup.make_backup(workspace, target)
        made = backup.auto_backup(workspace, date(2026, 3, 1))
    finally:
        os.umask(old_umask)
    assert modes and set(modes) == {0o600}, [oct(m) for m in modes]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert made is not None and stat.S_IMODE(made.stat().st_mode) == 0o600


# --- leftovers of a killed backup -----------------------------------------------------------------------------

CHILD = """
import os, sys, time
from pathlib import Path
from veiligbestuur_desktop.services import backup
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.vault import backup as files
from veiligbestuur_desktop.vault.vault import Vault

data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
ws = Workspace(Vault.open(data_dir).unlock_with_passphrase(passphrase))

def hang(tmp, path, *, force):
    print("WRITTEN", tmp, flush=True)  # the zip is complete and fsynced, the snapshot still exists
    time.sleep(120)

files.place_file = hang
backup.auto_backup(ws)
"""


def test_a_killed_backup_leaves_only_what_clean_leftovers_removes(workspace, data_dir):
    workspace.lock()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([os.getcwd(), *sys.path])}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith(b"WRITTEN"), proc.stderr.read() if proc.poll() is not None else line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    backups = data_dir / "backups"
    snaps = list(backups.rglob(".snapshot-*.db"))
    tmps = list(backups.rglob("*.vbbackup.*.tmp"))
    assert snaps and tmps, sorted(p.name for p in backups.rglob("*"))
    (data_dir / ".herstel").mkdir()  # an unverified staging dir of a killed restore
    (data_dir / ".herstel" / "veiligbestuur.db").write_bytes(b"half")
    keep = backups / "auto" / "veiligbestuur-2026-01-01.vbbackup"
    keep.write_bytes(b"a finished backup is never a leftover")

    removed = backup_files.clean_leftovers(data_dir)

    assert set(removed) == {*snaps, *tmps, data_dir / ".herstel"}
    assert not list(backups.rglob(".snapshot-*")) and not list(backups.rglob("*.tmp"))
    assert not (data_dir / ".herstel").exists() and keep.exists()
    assert backup_files.clean_leftovers(data_dir) == []
    _vault_still_fine(data_dir)


def test_clean_leftovers_keeps_a_verified_staging_dir(data_dir):
    staging = data_dir / ".herstel"
    staging.mkdir(parents=True)
    (staging / "READY").write_text("verified\n", encoding="utf-8")
    assert backup_files.clean_leftovers(data_dir) == []
    assert staging.exists()


# --- a backup of another vault --------------------------------------------------------------------------------


@pytest.fixture
def other_backup(tmp_path):
    other_dir = tmp_path / "andere-kluis"
    ws = lifecycle.create_vault(other_dir, "Ede", COORDINATOR, PASSPHRASE)
    try:
        target = tmp_path / "andere.vbbackup"
        backup.make_backup(ws, target)
        other_id = ws.vault.database_id
    finally:
        ws.lock()
    return target, other_id


def test_restore_of_another_vault_needs_confirmation(workspace, data_dir, other_backup):
    own_id = workspace.vault.database_id
    workspace.lock()
    target, other_id = other_backup
    assert backup.other_vault_id(data_dir, backup.read_manifest(target)) == own_id
    before = snapshot(data_dir)
    with pytest.raises(backup.OtherVault) as info:
        backup.restore(data_dir, target, PASSPHRASE, replace=True)
    assert own_id in info.value.message and other_id in info.value.message
    assert "andere kluis" in info.value.message
    assert snapshot(data_dir) == before
    result = backup.restore(data_dir, target, PASSPHRASE, replace=True, other_vault=True)
    assert result.kept_copy is not None
    assert backup.current_database_id(data_dir) == other_id


def test_restore_of_the_same_vault_asks_nothing_more(workspace, made, data_dir):
    workspace.lock()
    assert backup.other_vault_id(data_dir, backup.read_manifest(made)) is None
    backup.restore(data_dir, made, PASSPHRASE, replace=True)


def test_cli_restore_of_another_vault_needs_other_vault_flag(
    workspace, data_dir, other_backup, pwfile, capsys
):
    workspace.lock()
    target, other_id = other_backup
    before = snapshot(data_dir)
    argv = [
        "restore",
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        pwfile,
        "--from",
        str(target),
        "--force",
    ]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--other-vault" in err and other_id in err
    assert snapshot(data_dir) == before
    assert main([*argv, "--other-vault"]) == 0
    assert backup.current_database_id(data_dir) == other_id


# --- a full disk ----------------------------------------------------------------------------------------------


class _FullAfter:
    """A file object that accepts `room` bytes and then fails with ENOSPC, like a disk that fills up."""

    def __init__(self, fh, room: int) -> None:
        self._fh = fh
        self._room = room

    def write(self, data) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()


def _fill_after(monkeypatch, room: int) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        return _FullAfter(real_fdopen(fd, *args, **kwargs), room)

    monkeypatch.setattr(backup_files.os, "fdopen", fdopen)


def test_disk_full_while_writing_the_backup(workspace, data_dir, tmp_path, monkeypatch, pwfile, capsys):
    target = tmp_path / "vol.vbbackup"
    vault_before = {k: v for k, v in snapshot(data_dir).items() if not k.startswith("backups")}
    _fill_after(monkeypatch, 50_000)
    with pytest.raises(DiskFull, match="De schijf is vol"):
        backup.make_backup(workspace, target)
    workspace.lock()
    assert not target.exists() and not list(tmp_path.glob(".*.tmp"))
    assert not list((data_dir / "backups").rglob(".snapshot-*"))
    assert (
        main(["backup", "--data-dir", str(data_dir), "--passphrase-file", pwfile, "--out", str(target)]) == 2
    )
    err = capsys.readouterr().err
    assert "De schijf is vol" in err and "onverwachts" not in err
    assert not target.exists() and not list(tmp_path.glob(".*.tmp"))
    monkeypatch.undo()
    after = {k: v for k, v in snapshot(data_dir).items() if not k.startswith("backups")}
    assert set(after) >= {"veiligbestuur.db", "veiligbestuur.keys"}
    assert after["veiligbestuur.keys"] == vault_before["veiligbestuur.keys"]
    _vault_still_fine(data_dir)


def test_disk_full_while_taking_the_snapshot(workspace, data_dir, tmp_path, monkeypatch):
    def full(engine, dest):
        Path(dest).write_bytes(b"half")
        Path(dest).unlink()
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_files, "vacuum_into", full)
    with pytest.raises(DiskFull, match="De schijf is vol"):
        backup.make_backup(workspace, tmp_path / "vol.vbbackup")
    assert not list(tmp_path.glob("*vol*")) and not list(tmp_path.glob(".*.tmp"))


def test_disk_full_while_extracting_a_restore(workspace, made, data_dir, monkeypatch, pwfile, capsys):
    workspace.lock()
    before = snapshot(data_dir)
    _fill_after(monkeypatch, 10_000)
    with pytest.raises(DiskFull, match="De schijf is vol"):
        backup.restore(data_dir, made, PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before
    argv = [
        "restore",
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        pwfile,
        "--from",
        str(made),
        "--force",
    ]
    assert main(argv) == 2
    assert "De schijf is vol" in capsys.readouterr().err
    assert snapshot(data_dir) == before
    monkeypatch.undo()
    _vault_still_fine(data_dir)


def test_disk_full_while_keeping_the_current_vault(workspace, made, data_dir, monkeypatch):
    workspace.lock()
    before = snapshot(data_dir)
    real_copy2 = backup_files.shutil.copy2
    calls = {"n": 0}

    def copy2(src, dst, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy2(src, dst, **kwargs)

    monkeypatch.setattr(backup_files.shutil, "copy2", copy2)
    with pytest.raises(DiskFull, match="De schijf is vol"):
        backup.restore(data_dir, made, PASSPHRASE, replace=True)
    monkeypatch.undo()
    assert snapshot(data_dir) == before, "no half pre-restore copy, no staging, the vault untouched"
    _vault_still_fine(data_dir)


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MiB tmpfs (needs root / CAP_SYS_ADMIN); the test is skipped where mounting is not permitted."""
    if not sys.platform.startswith("linux"):
        pytest.skip("tmpfs is Linux")
    mnt = tmp_path / "klein"
    mnt.mkdir()
    res = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mnt)], capture_output=True
    )
    if res.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(directory: Path, leave: int) -> None:
    free = os.statvfs(directory).f_bavail * os.statvfs(directory).f_frsize
    with (directory / "vulling").open("wb") as fh:
        fh.write(bytes(max(0, free - leave)))


def test_real_full_disk_backup_and_restore(
    workspace, made, data_dir, small_disk, monkeypatch, pwfile, capsys
):
    # backup: the target disk has room for less than the backup
    _fill(small_disk, 64 * 1024)
    target = small_disk / "b.vbbackup"
    workspace.lock()
    assert (
        main(["backup", "--data-dir", str(data_dir), "--passphrase-file", pwfile, "--out", str(target)]) == 2
    )
    err = capsys.readouterr().err
    assert "De schijf is vol" in err, err
    assert sorted(p.name for p in small_disk.iterdir()) == ["vulling"]
    _vault_still_fine(data_dir)

    # restore: the data dir lies on the full disk
    (small_disk / "vulling").unlink()
    small_dir = small_disk / "kluis"
    backup.restore(small_dir, made, PASSPHRASE)
    _fill(small_disk, 64 * 1024)
    before = snapshot(small_dir)
    argv = [
        "restore",
        "--data-dir",
        str(small_dir),
        "--passphrase-file",
        pwfile,
        "--from",
        str(made),
        "--force",
    ]
    assert main(argv) == 2  # refused by the free-space check before extraction
    assert "De schijf is vol" in capsys.readouterr().err
    assert snapshot(small_dir) == before
    monkeypatch.setattr(backup_files, "free_space", lambda directory: 1 << 40)  # reach the real ENOSPC
    assert main(argv) == 2
    assert "De schijf is vol" in capsys.readouterr().err
    assert snapshot(small_dir) == before
    monkeypatch.undo()
    (small_disk / "vulling").unlink()
    _vault_still_fine(small_dir)


# --- the audit chain head in the manifest ---------------------------------------------------------------------


def test_manifest_records_the_audit_head_of_the_snapshot(workspace, tmp_path, monkeypatch):
    with workspace.reading() as s:
        head = audit.chain_head(s)
    real_vacuum = backup_files.vacuum_into

    def vacuum_then_write(engine, dest):
        real_vacuum(engine, dest)
        with workspace.transaction() as s:  # another writer commits right after the snapshot
            workspace.audit(s, "update", "settings", "x", "na de momentopname")

    monkeypatch.setattr(backup_files, "vacuum_into", vacuum_then_write)
    target = tmp_path / "kop.vbbackup"
    manifest = backup.make_backup(workspace, target)
    assert (manifest.audit_count, manifest.audit_hash) == (head.count, head.hash)
    doc = _manifest(_members(target))
    assert doc["audit_head"] == {"count": head.count, "hash": head.hash}
    assert doc["sizes"]["veiligbestuur.db"] == len(_members(target)["veiligbestuur.db"])
    read = backup.read_manifest(target)
    assert (read.audit_count, read.audit_hash) == (head.count, head.hash)
    workspace.lock()
    fresh = tmp_path / "nieuw"
    backup.restore(fresh, target, PASSPHRASE)  # the restore checks the head against the database


def test_restore_refuses_a_database_that_does_not_match_the_audit_head(workspace, made, data_dir, tmp_path):
    workspace.lock()
    members = _members(made)
    doc = _manifest(members)
    doc["audit_head"]["count"] -= 1
    tampered = _zip(tmp_path / "kop.vbbackup", _with_manifest(members, doc))
    before = snapshot(data_dir)
    with pytest.raises(UserFacingError, match="audittrail"):
        backup.restore(data_dir, tampered, PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before


# --- checking the stored backups (for verify) -----------------------------------------------------------------


def test_check_backup_files(workspace, data_dir, made):
    assert backup.check_backup_files(data_dir) == []
    good = backup.auto_backup(workspace, date(2026, 2, 1))
    workspace.lock()
    assert good is not None
    nested = data_dir / "backups" / "handmatig" / "ouder"
    nested.mkdir(parents=True)
    raw = bytearray(made.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    (nested / "kapot.vbbackup").write_bytes(bytes(raw))
    (nested / "tekst.vbbackup").write_text("geen zip", encoding="utf-8")
    result = dict(backup.check_backup_files(data_dir))
    assert result[good] is None
    assert set(result) == {good, nested / "kapot.vbbackup", nested / "tekst.vbbackup"}
    for bad in ("kapot.vbbackup", "tekst.vbbackup"):
        problem = result[nested / bad]
        assert problem and "geen geldig back-upbestand" in problem and len(problem) < 80


# --- the automatic backup off the unlock path -----------------------------------------------------------------


def test_run_auto_backup_makes_the_daily_backup_once(workspace):
    day = date(2026, 4, 1)
    assert backup.run_auto_backup(workspace, day) is None
    made = backup.auto_dir(workspace) / "veiligbestuur-2026-04-01.vbbackup"
    assert made.exists() and backup.read_manifest(made)
    mtime = made.stat().st_mtime_ns
    assert backup.run_auto_backup(workspace, day) is None
    assert made.stat().st_mtime_ns == mtime


def test_run_auto_backup_on_a_full_disk_warns_and_leaves_nothing(workspace, monkeypatch):
    def full(engine, dest):
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_files, "vacuum_into", full)
    warning = backup.run_auto_backup(workspace, date(2026, 4, 2))
    assert warning and "De schijf is vol" in warning and "automatische back-up" in warning
    assert list(backup.auto_dir(workspace).iterdir()) == []
    assert not list((workspace.vault.paths.backups).rglob(".snapshot-*"))

    monkeypatch.undo()
    _fill_after(monkeypatch, 20_000)
    warning = backup.run_auto_backup(workspace, date(2026, 4, 2))
    assert warning and "De schijf is vol" in warning
    assert list(backup.auto_dir(workspace).iterdir()) == []


@pytest.mark.parametrize(
    "problem",
    [
        OSError(errno.EACCES, "Permission denied"),
        VaultError("De back-up kon niet worden geschreven."),
        OSError(errno.ENOSPC, "No space left on device"),
    ],
    ids=["no-permission", "user-facing", "enospc-in-mkdir"],
)
def test_run_auto_backup_never_raises_for_expected_problems(workspace, monkeypatch, problem):
    def fail(*args, **kwargs):
        raise problem

    monkeypatch.setattr(backup, "auto_backup", fail)
    warning = backup.run_auto_backup(workspace, date(2026, 4, 3))
    assert warning and warning.startswith("De automatische back-up van vandaag is niet gelukt")
    if problem.args and problem.args[0] == errno.ENOSPC:
        assert "De schijf is vol" in warning
