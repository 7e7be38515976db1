"""Backup files (one zip with the encrypted database, the key file and a manifest) and the restore swap.

Writing: a snapshot by VACUUM INTO (ciphertext), streamed into a temporary file (mode 0600 from its creation)
next to the destination, fsynced, then renamed: a full disk or any error leaves no partial file and the vault
untouched. The manifest records each member's SHA-256 and size, and the audit chain head of the snapshot.

Reading: nothing is trusted. The manifest must be a JSON object of the right format; every member it names must be
in the zip, with the size the manifest says (old backups without sizes: the central directory's size), within a
hard limit per member and without a suspicious compression ratio. Sizes and free disk space are checked before a
single byte is extracted; extraction streams with a hard cap and checks the hash. Any problem with the file gives
one clean Dutch message and leaves nothing behind.

Restoring: the files are staged in `<data dir>/.herstel`, verified by the caller, then swapped in by renames
after a READY marker; an interrupted swap is completed the next time the vault is opened.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from veiligbestuur_desktop.domain.errors import DiskFull, OutputExists, UserFacingError, VaultError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.fsutil import disk_full_error, is_disk_full, place_file
from veiligbestuur_desktop.vault.keyfile import fsync_dir
from veiligbestuur_desktop.vault.snapshot import vacuum_into
from veiligbestuur_desktop.vault.staging import READY as READY
from veiligbestuur_desktop.vault.staging import RESTORE, move_into_place

FORMAT = "veiligbestuur-backup"
VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "veiligbestuur.db"
KEYS_MEMBER = "veiligbestuur.keys"
REQUIRED = (DB_MEMBER, KEYS_MEMBER)
STAGING = RESTORE
BACKUPS_DIR = "backups"
CHUNK = 1024 * 1024

# Limits for what a backup may make us read or write. The database is SQLCipher ciphertext (incompressible):
# a real backup stores it with a ratio of about 1. A member may be at most MAX_RATIO times its stored size
# (plus a little slack for small JSON members), so a small file can never unpack into a large one.
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_KEYS_BYTES = 1024 * 1024
MAX_DB_BYTES = 64 * 1024**3
MAX_RATIO = 4
RATIO_SLACK = 1024 * 1024
FREE_SPACE_MARGIN = 1024 * 1024  # plus a quarter of the database: its WAL while migrating and verifying

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Leftovers of a killed backup: the snapshot next to the database, the temporary zip next to its destination.
_SNAPSHOT_NAME = re.compile(r"^\.snapshot-[0-9a-f]{32}\.db(-journal|-wal|-shm)?$")
_TMP_NAME = re.compile(r"^\..+\.vbbackup\.(\d+\.)?[0-9a-f]{8}\.tmp$")

Progress = Callable[[int, int], None]
AuditHeadReader = Callable[[Path], tuple[int, str]]


class InvalidBackup(UserFacingError):
    """The file is not a (complete, undamaged, plausible) backup of VeiligBestuur."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            tr("vault", "{p} is geen geldig back-upbestand van VeiligBestuur, of het is beschadigd.").format(
                p=Path(path).name
            )
        )
        self.short = tr("vault", "geen geldig back-upbestand, of beschadigd")


class BackupTooNew(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "vault",
                "Deze back-up is gemaakt met een nieuwere versie van VeiligBestuur. Werk de applicatie bij.",
            )
        )
        self.short = tr("vault", "gemaakt met een nieuwere versie van VeiligBestuur")


@dataclass(frozen=True, slots=True)
class Manifest:
    app_version: str
    schema: str | None
    database_id: str
    created: str
    files: dict[str, str]  # member name -> SHA-256 (hex)
    sizes: dict[str, int] | None = None  # member name -> bytes; None in backups made before sizes were kept
    audit_count: int | None = None  # the audit chain head of the snapshot; None in older backups
    audit_hash: str | None = None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "app_version": self.app_version,
            "schema": self.schema,
            "database_id": self.database_id,
            "created": self.created,
            "files": self.files,
        }
        if self.sizes is not None:
            doc["sizes"] = self.sizes
        if self.audit_count is not None and self.audit_hash is not None:
            doc["audit_head"] = {"count": self.audit_count, "hash": self.audit_hash}
        return doc


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def _create_private(path: Path) -> int:
    """Create a new file with mode 0600 before any byte is in it; returns the descriptor."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        try:
            os.fchmod(fd, 0o600)  # the umask can only narrow it; make sure it is never wider
        except BaseException:
            os.close(fd)
            raise
    return fd


# --- writing ------------------------------------------------------------------------------------------------


def write_backup(
    engine: Engine,
    keyfile_path: Path,
    dest: Path,
    *,
    app_version: str,
    schema: str | None,
    database_id: str,
    work_dir: Path,
    progress: Progress | None = None,
    audit_head: AuditHeadReader | None = None,
    force: bool = True,
) -> Manifest:
    """Write one backup file to `dest` atomically (mode 0600); `force` allows replacing an existing file.

    `audit_head(snapshot)` reads the audit chain head from the snapshot that goes into the backup, so the manifest
    matches its database exactly. A full disk raises the one disk-full message (DiskFull); other OS errors a Dutch
    VaultError. In every failure no partial file stays behind and the vault is untouched.
    """
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise UserFacingError(tr("vault", "{p} is een map; kies een bestandsnaam.").format(p=dest))
    if not dest.parent.is_dir():
        raise UserFacingError(
            tr("vault", "De map {p} bestaat niet. Kies een bestaande map.").format(p=dest.parent)
        )
    snap = work_dir / f".snapshot-{uuid.uuid4().hex}.db"
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    where: Path = work_dir
    try:
        work_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        vacuum_into(engine, snap)
        count, head = audit_head(snap) if audit_head is not None else (None, None)
        keys = keyfile_path.read_bytes()
        db_size = snap.stat().st_size
        manifest = Manifest(
            app_version,
            schema,
            database_id,
            datetime.now(UTC).isoformat(timespec="seconds"),
            {DB_MEMBER: _sha256_file(snap), KEYS_MEMBER: hashlib.sha256(keys).hexdigest()},
            {DB_MEMBER: db_size, KEYS_MEMBER: len(keys)},
            count,
            head,
        )
        total = db_size + len(keys)
        done = 0
        where = dest
        fd = _create_private(tmp)
        with os.fdopen(fd, "w+b") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest.to_json(), indent=2, ensure_ascii=False))
                zf.writestr(KEYS_MEMBER, keys)
                with snap.open("rb") as src, zf.open(DB_MEMBER, "w", force_zip64=True) as out:
                    for block in iter(lambda: src.read(CHUNK), b""):
                        out.write(block)
                        done += len(block)
                        if progress is not None:
                            progress(done, total)
            fh.flush()
            os.fsync(fh.fileno())
        place_file(tmp, dest, force=force)
        fsync_dir(dest.parent)
        return manifest
    except FileExistsError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputExists(
            tr("vault", "{p} is intussen aangemaakt. Er is niets gewijzigd; kies een andere naam.").format(
                p=dest
            )
        ) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise disk_full_error(where) from exc
        raise VaultError(
            tr(
                "vault",
                "De back-up kon niet worden geschreven naar {dest} ({err}). Er is geen half bestand achtergebleven "
                "en de kluis is niet gewijzigd. Controleer de vrije ruimte of kies een andere plek.",
            ).format(dest=dest, err=exc.strerror or type(exc).__name__)
        ) from exc
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if not isinstance(exc, DiskFull) and is_disk_full(exc):  # SQLite: "database or disk is full"
            raise disk_full_error(where) from exc
        raise
    finally:
        for side in ("", "-journal", "-wal", "-shm"):
            snap.with_name(snap.name + side).unlink(missing_ok=True)


# --- reading and checking -----------------------------------------------------------------------------------


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _limit(name: str) -> int:
    return MAX_DB_BYTES if name == DB_MEMBER else MAX_KEYS_BYTES


def _plausible(info: zipfile.ZipInfo, limit: int) -> bool:
    """Sizes from the central directory within the limit, no encryption, no zip-bomb ratio."""
    if info.flag_bits & 0x1:  # an encrypted member: never ours
        return False
    if info.file_size > limit:
        return False
    return info.file_size <= info.compress_size * MAX_RATIO + RATIO_SLACK


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise ValueError("member larger than its limit")
    return data


def _parse(zf: zipfile.ZipFile, path: Path) -> tuple[Manifest, dict[str, int]]:
    """The manifest and the exact size of each member it names, checked against the zip before any extraction."""
    bad = InvalidBackup(path)
    names = zf.namelist()
    if len(names) != len(set(names)):
        raise bad
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise bad from None
    if not _plausible(info, MAX_MANIFEST_BYTES):
        raise bad
    doc = json.loads(_read_small(zf, info, MAX_MANIFEST_BYTES).decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise bad
    version = _int(doc.get("version", 0))
    if version is None:
        raise bad
    if version > VERSION:
        raise BackupTooNew()
    files = doc.get("files")
    if not isinstance(files, dict) or not all(n in files for n in REQUIRED):
        raise bad
    if not all(isinstance(n, str) and isinstance(d, str) and _SHA256.match(d) for n, d in files.items()):
        raise bad
    database_id, created, schema = doc.get("database_id"), doc.get("created"), doc.get("schema")
    if not isinstance(database_id, str) or not database_id or not isinstance(created, str):
        raise bad
    if schema is not None and not isinstance(schema, str):
        raise bad
    raw_sizes = doc.get("sizes")
    sizes: dict[str, int] | None = None
    if raw_sizes is not None:
        if not isinstance(raw_sizes, dict) or set(raw_sizes) != set(files):
            raise bad
        sizes = {}
        for name, value in raw_sizes.items():
            size = _int(value)
            if size is None:
                raise bad
            sizes[name] = size
    audit_count: int | None = None
    audit_hash: str | None = None
    head = doc.get("audit_head")
    if head is not None:
        if (
            not isinstance(head, dict)
            or _int(head.get("count")) is None
            or not isinstance(head.get("hash"), str)
        ):
            raise bad
        audit_count, audit_hash = int(head["count"]), str(head["hash"])
    expected: dict[str, int] = {}
    for name in files:
        try:
            member = zf.getinfo(name)
        except KeyError:
            raise bad from None
        if not _plausible(member, _limit(name)):
            raise bad
        if sizes is not None and sizes[name] != member.file_size:
            raise bad
        expected[name] = member.file_size
    manifest = Manifest(
        str(doc.get("app_version", "")),
        schema,
        database_id,
        created,
        {str(k): str(v) for k, v in files.items()},
        sizes,
        audit_count,
        audit_hash,
    )
    return manifest, expected


def _copy_member(
    zf: zipfile.ZipFile, name: str, size: int, digest: str, path: Path, out: Any | None = None
) -> None:
    """Stream one member, never more than `size` bytes, into `out` (or only hash it); check size and hash."""
    bad = InvalidBackup(path)
    h = hashlib.sha256()
    done = 0
    with zf.open(name) as src:
        while True:
            block = src.read(min(CHUNK, size - done + 1))
            if not block:
                break
            done += len(block)
            if done > size:  # more than the manifest says: stop before writing it
                raise bad
            h.update(block)
            if out is not None:
                out.write(block)
    if done != size or h.hexdigest() != digest:
        raise bad


def _check_exists(path: Path) -> None:
    if not path.is_file():
        if path.exists():
            raise InvalidBackup(path)
        raise UserFacingError(tr("vault", "Het back-upbestand {p} bestaat niet.").format(p=path))


_FORMAT_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ValueError,
    UnicodeDecodeError,
    EOFError,
    zlib.error,
    NotImplementedError,  # an unsupported compression method
    RuntimeError,  # an encrypted member ("password required")
    OverflowError,
)


def read_manifest(path: Path, *, check_hashes: bool = True) -> Manifest:
    """Check that `path` is a complete, undamaged backup file (sizes, limits and, with `check_hashes`, hashes)."""
    path = Path(path)
    _check_exists(path)
    try:
        with zipfile.ZipFile(path) as zf:
            manifest, expected = _parse(zf, path)
            if check_hashes:
                for name, digest in manifest.files.items():
                    _copy_member(zf, name, expected[name], digest, path)
            return manifest
    except UserFacingError:
        raise
    except FileNotFoundError:
        raise UserFacingError(tr("vault", "Het back-upbestand {p} bestaat niet.").format(p=path)) from None
    except (*_FORMAT_ERRORS, OSError):
        raise InvalidBackup(path) from None


def free_space(directory: Path) -> int:
    return shutil.disk_usage(directory).free


def stage(backup: Path, data_dir: Path, *, expect: Manifest | None = None, reserve: int = 0) -> Path:
    """Extract a backup into `<data_dir>/.herstel` and return that directory.

    Before a byte is written: the manifest and every size are checked, and the free space must hold the staged
    files plus `reserve` bytes (what the caller will still write, e.g. the pre-restore copy). Extraction streams
    with a hard cap per member and checks every hash. `expect` (the manifest the caller checked) must still be
    what the file says. On any error the staging dir is removed: nothing is left behind.
    """
    backup, data_dir = Path(backup), Path(data_dir)
    _check_exists(backup)
    staging = data_dir / STAGING
    created = False
    try:
        with zipfile.ZipFile(backup) as zf:
            manifest, expected = _parse(zf, backup)
            if expect is not None and manifest != expect:
                raise InvalidBackup(backup)
            data_dir.mkdir(parents=True, exist_ok=True)
            db_size = expected[DB_MEMBER]
            need = db_size + db_size // 4 + 2 * expected[KEYS_MEMBER] + reserve + FREE_SPACE_MARGIN
            if free_space(data_dir) < need:
                raise disk_full_error(staging)
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(mode=0o700)
            created = True
            for member, target in ((DB_MEMBER, "veiligbestuur.db"), (KEYS_MEMBER, "veiligbestuur.keys")):
                with os.fdopen(_create_private(staging / target), "wb") as out:
                    _copy_member(zf, member, expected[member], manifest.files[member], backup, out)
                    out.flush()
                    os.fsync(out.fileno())
        keys = (staging / "veiligbestuur.keys").read_bytes()
        with os.fdopen(_create_private(staging / "veiligbestuur.keys.2"), "wb") as out:
            out.write(keys)
            out.flush()
            os.fsync(out.fileno())
        fsync_dir(staging)
        return staging
    except BaseException as exc:
        if created:
            shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, UserFacingError):
            raise
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise disk_full_error(staging) from exc
        if isinstance(exc, _FORMAT_ERRORS):
            raise InvalidBackup(backup) from None
        if isinstance(exc, OSError):
            raise VaultError(
                tr(
                    "vault",
                    "De back-up kon niet worden uitgepakt in {dir} ({err}). Er is niets gewijzigd.",
                ).format(dir=data_dir, err=exc.strerror or type(exc).__name__)
            ) from exc
        raise


def keep_current(data_dir: Path, dest: Path) -> None:
    """Copy the current vault files (database with its WAL, key files) to `dest` before they are replaced.

    On any error (a full disk) the incomplete copy is removed again and the error raised.
    """
    try:
        dest.mkdir(mode=0o700, parents=True, exist_ok=True)
        for name in (
            "veiligbestuur.db",
            "veiligbestuur.db-wal",
            "veiligbestuur.keys",
            "veiligbestuur.keys.2",
        ):
            src = data_dir / name
            if src.exists():
                shutil.copy2(src, dest / name)
                with (dest / name).open("rb+") as fh:
                    os.fsync(fh.fileno())
        fsync_dir(dest)
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise


def current_size(data_dir: Path) -> int:
    """Bytes the pre-restore copy of the vault in `data_dir` will take."""
    total = 0
    for name in ("veiligbestuur.db", "veiligbestuur.db-wal", "veiligbestuur.keys", "veiligbestuur.keys.2"):
        with contextlib.suppress(OSError):
            total += (data_dir / name).stat().st_size
    return total


def swap(data_dir: Path) -> None:
    """Move the verified staged files into place; safe to call again after an interruption."""
    move_into_place(data_dir / STAGING, data_dir)


def complete_interrupted_restore(data_dir: Path) -> bool:
    """Finish a swap that was interrupted after verification; drop an unverified staging dir."""
    staging = data_dir / STAGING
    if not staging.exists():
        return False
    if (staging / READY).exists():
        swap(data_dir)
        return True
    shutil.rmtree(staging, ignore_errors=True)
    return False


def clean_leftovers(data_dir: Path) -> list[Path]:
    """Remove what a killed backup or restore left behind; returns the removed paths.

    Snapshots (`backups/.snapshot-*.db`) and temporary backup files (`.<name>.vbbackup.*.tmp`) anywhere below
    `<data_dir>/backups`, and an unverified staging dir (`.herstel` without READY; a verified one is left for
    `complete_interrupted_restore`). Call it only while holding the vault's process lock and before this process
    starts a backup: a backup in progress looks exactly like a leftover.
    """
    data_dir = Path(data_dir)
    removed: list[Path] = []
    backups = data_dir / BACKUPS_DIR
    if backups.is_dir() and not backups.is_symlink():
        for root, _dirs, names in os.walk(backups, followlinks=False):
            for name in names:
                if _SNAPSHOT_NAME.match(name) or _TMP_NAME.match(name):
                    p = Path(root) / name
                    try:
                        p.unlink()
                    except FileNotFoundError:
                        continue
                    removed.append(p)
    staging = data_dir / STAGING
    if staging.is_dir() and not staging.is_symlink() and not (staging / READY).exists():
        shutil.rmtree(staging, ignore_errors=True)
        removed.append(staging)
    return removed
