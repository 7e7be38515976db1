"""Backup files (one zip with the encrypted database, the key file and a manifest) and the restore swap.

Writing: a snapshot by VACUUM INTO (ciphertext), streamed into a temporary file next to the destination,
fsynced, then renamed: a full disk or any error leaves no partial file and the vault untouched.
Restoring: the files are staged in `<data dir>/.herstel`, verified by the caller, then swapped in by renames
after a READY marker; an interrupted swap is completed the next time the vault is opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from veiligbestuur_desktop.domain.errors import UserFacingError, VaultError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.vault.keyfile import fsync_dir
from veiligbestuur_desktop.vault.snapshot import vacuum_into

FORMAT = "veiligbestuur-backup"
VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "veiligbestuur.db"
KEYS_MEMBER = "veiligbestuur.keys"
STAGING = ".herstel"
READY = "READY"
CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Manifest:
    app_version: str
    schema: str | None
    database_id: str
    created: str
    files: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "app_version": self.app_version,
            "schema": self.schema,
            "database_id": self.database_id,
            "created": self.created,
            "files": self.files,
        }


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


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
) -> Manifest:
    """Write one backup file to `dest` atomically. Raises a Dutch UserFacingError on OS errors."""
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise UserFacingError(tr("vault", "{p} is een map; kies een bestandsnaam.").format(p=dest))
    if not dest.parent.is_dir():
        raise UserFacingError(
            tr("vault", "De map {p} bestaat niet. Kies een bestaande map.").format(p=dest.parent)
        )
    work_dir.mkdir(parents=True, exist_ok=True)
    snap = work_dir / f".snapshot-{uuid.uuid4().hex}.db"
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        vacuum_into(engine, snap)
        keys = keyfile_path.read_bytes()
        files = {DB_MEMBER: _sha256_file(snap), KEYS_MEMBER: hashlib.sha256(keys).hexdigest()}
        manifest = Manifest(
            app_version, schema, database_id, datetime.now(UTC).isoformat(timespec="seconds"), files
        )
        total = snap.stat().st_size + len(keys)
        done = 0
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest.to_json(), indent=2, ensure_ascii=False))
            zf.writestr(KEYS_MEMBER, keys)
            with snap.open("rb") as src, zf.open(DB_MEMBER, "w", force_zip64=True) as out:
                for block in iter(lambda: src.read(CHUNK), b""):
                    out.write(block)
                    done += len(block)
                    if progress is not None:
                        progress(done, total)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
        return manifest
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise VaultError(
            tr(
                "vault",
                "De back-up kon niet worden geschreven naar {dest} ({err}). Er is geen half bestand achtergebleven "
                "en de kluis is niet gewijzigd. Controleer de vrije ruimte of kies een andere plek.",
            ).format(dest=dest, err=exc.strerror or type(exc).__name__)
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        snap.unlink(missing_ok=True)


def read_manifest(path: Path) -> Manifest:
    """Check that `path` is a complete, undamaged backup file."""
    bad = tr("vault", "{p} is geen geldig back-upbestand van VeiligBestuur, of het is beschadigd.").format(
        p=Path(path).name
    )
    try:
        with zipfile.ZipFile(path) as zf:
            doc = json.loads(zf.read(MANIFEST).decode("utf-8"))
            if doc.get("format") != FORMAT or not isinstance(doc.get("files"), dict):
                raise UserFacingError(bad)
            if int(doc.get("version", 0)) > VERSION:
                raise UserFacingError(
                    tr(
                        "vault",
                        "Deze back-up is gemaakt met een nieuwere versie van VeiligBestuur. Werk de applicatie bij.",
                    )
                )
            for name, digest in doc["files"].items():
                h = hashlib.sha256()
                with zf.open(name) as member:
                    for block in iter(lambda: member.read(CHUNK), b""):
                        h.update(block)
                if h.hexdigest() != digest:
                    raise UserFacingError(bad)
            return Manifest(
                str(doc.get("app_version", "")),
                doc.get("schema"),
                str(doc["database_id"]),
                str(doc["created"]),
                {str(k): str(v) for k, v in doc["files"].items()},
            )
    except FileNotFoundError:
        raise UserFacingError(tr("vault", "Het back-upbestand {p} bestaat niet.").format(p=path)) from None
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError, OSError):
        raise UserFacingError(bad) from None


def stage(backup: Path, data_dir: Path) -> Path:
    """Extract a checked backup into `<data_dir>/.herstel` and return that directory."""
    read_manifest(backup)
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = data_dir / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    with zipfile.ZipFile(backup) as zf:
        for member, target in ((DB_MEMBER, "veiligbestuur.db"), (KEYS_MEMBER, "veiligbestuur.keys")):
            with zf.open(member) as src, (staging / target).open("wb") as out:
                shutil.copyfileobj(src, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
    shutil.copyfile(staging / "veiligbestuur.keys", staging / "veiligbestuur.keys.2")
    for f in staging.iterdir():
        f.chmod(0o600)
    fsync_dir(staging)
    return staging


def keep_current(data_dir: Path, dest: Path) -> None:
    """Copy the current vault files (database with its WAL, key files) to `dest` before they are replaced."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("veiligbestuur.db", "veiligbestuur.db-wal", "veiligbestuur.keys", "veiligbestuur.keys.2"):
        src = data_dir / name
        if src.exists():
            shutil.copy2(src, dest / name)
            with (dest / name).open("rb+") as fh:
                os.fsync(fh.fileno())
    fsync_dir(dest)


def swap(data_dir: Path) -> None:
    """Move the verified staged files into place; safe to call again after an interruption."""
    staging = data_dir / STAGING
    marker = staging / READY
    if not marker.exists():
        marker.write_text("verified\n", encoding="utf-8")
        fsync_dir(staging)
    for side in ("veiligbestuur.db-wal", "veiligbestuur.db-shm"):
        (data_dir / side).unlink(missing_ok=True)
    for name in ("veiligbestuur.keys.2", "veiligbestuur.keys", "veiligbestuur.db"):
        src = staging / name
        if src.exists():
            os.replace(src, data_dir / name)
    fsync_dir(data_dir)
    shutil.rmtree(staging, ignore_errors=True)


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
