"""Backups: to a place the user picks, automatic rotating ones in the data dir, and verified restores."""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy.orm import Session

from veiligbestuur_desktop import __version__
from veiligbestuur_desktop.domain.errors import (
    DatabaseDamaged,
    DiskFull,
    UserFacingError,
    VaultError,
    VaultExists,
)
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.fsutil import check_output_target, disk_full_error, is_disk_full
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit, migrate, settings
from veiligbestuur_desktop.vault import backup as files
from veiligbestuur_desktop.vault import keyfile, snapshot
from veiligbestuur_desktop.vault.backup import Manifest, Progress
from veiligbestuur_desktop.vault.files import VaultPaths, check_data_dir
from veiligbestuur_desktop.vault.lock import VaultLock
from veiligbestuur_desktop.vault.vault import Vault

log = logging.getLogger(__name__)

SUFFIX = ".vbbackup"
AUTO_DIR = "auto"
KEEP_DAILY_KEY = "backup_keep_daily"
KEEP_WEEKLY_KEY = "backup_keep_weekly"
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
_AUTO_NAME = re.compile(r"^veiligbestuur-(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + "$")


def read_manifest(path: Path) -> Manifest:
    """Check a backup file before anything else happens; a Dutch UserFacingError when it is not usable."""
    return files.read_manifest(Path(path))


def check_backup_target(ws_or_data_dir: Workspace | Path, dest: Path, *, force: bool = False) -> Path:
    """Refuse, before any work, a backup target that exists (unless `force`) or lies inside the data dir."""
    data_dir = (
        ws_or_data_dir.vault.paths.data_dir if isinstance(ws_or_data_dir, Workspace) else Path(ws_or_data_dir)
    )
    if "\x00" in str(dest):
        raise UserFacingError(
            tr("services", "Die bestandsnaam kan niet; kies een andere. Er is niets gewijzigd.")
        )
    return check_output_target(Path(dest), force=force, forbidden=[data_dir])


def _write(ws: Workspace, dest: Path, progress: Progress | None, force: bool) -> Manifest:
    ws.vault.require_open()
    key = ws.vault.key

    def head_of(snap: Path) -> tuple[int, str]:
        with snapshot.read_only(snap, key) as engine, Session(engine) as s:
            head = audit.chain_head(s)
        return head.count, head.hash

    manifest = files.write_backup(
        ws.vault.engine,
        ws.vault.paths.keyfile,
        Path(dest),
        app_version=__version__,
        schema=migrate.current_revision(ws.vault.engine),
        database_id=ws.vault.database_id,
        work_dir=ws.vault.paths.backups,
        progress=progress,
        audit_head=head_of,
        force=force,
    )
    with ws.transaction() as s:
        ws.audit(s, "backup", "vault", ws.vault.database_id, "back-up gemaakt")
    return manifest


def make_backup(
    ws: Workspace, dest: Path, progress: Progress | None = None, *, force: bool = False
) -> Manifest:
    """A backup to a place the user chose: never over an existing file unless `force`, never into the data dir,
    mode 0600, atomic. A full disk raises the one disk-full message; nothing half-written stays behind."""
    target = check_backup_target(ws, Path(dest), force=force)
    return _write(ws, target, progress, force)


def check_backup_files(data_dir: Path) -> list[tuple[Path, str | None]]:
    """Every `.vbbackup` below `<data dir>/backups` checked (manifest, sizes, hashes): None when it is fine,
    else a short Dutch description of the problem."""
    root = VaultPaths(Path(data_dir)).backups
    if not root.is_dir():
        return []
    out: list[tuple[Path, str | None]] = []
    for path in sorted(p for p in root.rglob(f"*{SUFFIX}") if not p.name.startswith(".")):
        problem: str | None = None
        try:
            files.read_manifest(path)
        except UserFacingError as exc:
            problem = getattr(exc, "short", None) or exc.message
        except OSError as exc:
            problem = tr("services", "kan niet worden gelezen ({err})").format(
                err=exc.strerror or type(exc).__name__
            )
        out.append((path, problem))
    return out


# --- automatic, rotating backups ----------------------------------------------------------------------------


def auto_dir(ws: Workspace) -> Path:
    return ws.vault.paths.backups / AUTO_DIR


def retention(ws: Workspace) -> tuple[int, int]:
    with ws.reading() as s:
        daily = settings.get(s, KEEP_DAILY_KEY, str(DEFAULT_KEEP_DAILY))
        weekly = settings.get(s, KEEP_WEEKLY_KEY, str(DEFAULT_KEEP_WEEKLY))
    try:
        return max(1, min(60, int(daily))), max(0, min(52, int(weekly)))
    except ValueError:
        return DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY


def set_retention(ws: Workspace, daily: int, weekly: int) -> None:
    if not (1 <= daily <= 60 and 0 <= weekly <= 52):
        raise UserFacingError(tr("services", "Kies 1 tot 60 dagelijkse en 0 tot 52 wekelijkse back-ups."))
    with ws.transaction() as s:
        settings.put(s, KEEP_DAILY_KEY, str(daily))
        settings.put(s, KEEP_WEEKLY_KEY, str(weekly))
        ws.audit(
            s, "update", "settings", "backup", f"automatische back-ups: {daily} dagelijks, {weekly} wekelijks"
        )


def backups_to_keep(days: list[date], keep_daily: int, keep_weekly: int) -> set[date]:
    """The newest `keep_daily` days, plus the newest backup of each of the `keep_weekly` most recent older weeks."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:keep_daily])
    weeks: dict[tuple[int, int], date] = {}
    for d in ordered[keep_daily:]:
        week = d.isocalendar()[:2]
        if week not in weeks and all(k.isocalendar()[:2] != week for k in keep):
            weeks[week] = d
    for week in sorted(weeks, reverse=True)[:keep_weekly]:
        keep.add(weeks[week])
    return keep


def auto_backup(ws: Workspace, today: date | None = None) -> Path | None:
    """Once a day: one backup in <data dir>/backups/auto, then rotate. Raises on problems (see run_auto_backup)."""
    today = today or date.today()
    directory = auto_dir(ws)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = directory / f"veiligbestuur-{today.isoformat()}{SUFFIX}"
    made = None
    if not target.exists():
        _write(ws, target, None, force=False)
        made = target
    daily, weekly = retention(ws)
    existing: dict[date, Path] = {}
    for p in directory.iterdir():
        m = _AUTO_NAME.match(p.name)
        if m:
            existing[date.fromisoformat(m.group(1))] = p
    keep = backups_to_keep(list(existing), daily, weekly)
    for d, p in existing.items():
        if d not in keep:
            p.unlink(missing_ok=True)
    return made


def run_auto_backup(ws: Workspace, today: date | None = None) -> str | None:
    """The automatic backup of the day, for a background thread after unlock: never raises for expected problems.

    Returns None when all is well (or today's backup exists), else a Dutch warning to show without blocking.
    A full disk gets the one disk-full message; no partial file stays behind (write_backup cleans up).
    """
    try:
        made = auto_backup(ws, today)
    except UserFacingError as exc:
        if ws.locked:  # locked while the backup ran: nothing to report, nothing half-written
            return None
        return tr("services", "De automatische back-up van vandaag is niet gelukt: {msg}").format(
            msg=exc.message
        )
    except OSError as exc:
        log.warning("automatic backup failed: %s", type(exc).__name__)
        msg = (
            disk_full_error().message
            if is_disk_full(exc)
            else tr("services", "de map met back-ups kon niet worden gebruikt ({err}).").format(
                err=exc.strerror or type(exc).__name__
            )
        )
        return tr("services", "De automatische back-up van vandaag is niet gelukt: {msg}").format(msg=msg)
    except Exception as exc:
        if ws.locked:
            return None
        if is_disk_full(exc):
            return tr("services", "De automatische back-up van vandaag is niet gelukt: {msg}").format(
                msg=disk_full_error().message
            )
        raise
    if made is not None:
        log.info("automatic backup written")
    return None


def newest_backup(data_dir: Path) -> Path | None:
    directory = VaultPaths(Path(data_dir)).backups / AUTO_DIR
    if not directory.exists():
        return None
    found = sorted(p for p in directory.iterdir() if _AUTO_NAME.match(p.name))
    return found[-1] if found else None


# --- restore ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreResult:
    manifest: Manifest
    kept_copy: Path | None
    migrated: bool


class OtherVault(VaultError):
    """The backup belongs to another vault (another database id) than the one in the data dir."""

    def __init__(self, message: str, *, backup_id: str, current_id: str) -> None:
        super().__init__(message)
        self.backup_id = backup_id
        self.current_id = current_id


def current_database_id(data_dir: Path) -> str | None:
    """The database id of the vault in `data_dir`, read in clear from its key file; None when there is no
    readable key file (then nothing can be compared: a damaged vault must stay restorable)."""
    paths = VaultPaths(Path(data_dir))
    try:
        loaded = keyfile.load(paths.keyfile, paths.keyfile_copy)
    except Exception:  # damaged or too new: no id to compare with
        return None
    return None if loaded is None else str(loaded.keyfile.database_id)


def other_vault_id(data_dir: Path, manifest: Manifest) -> str | None:
    """The id of the vault in `data_dir` when it is another vault than the backup's, else None."""
    current = current_database_id(data_dir)
    return current if current is not None and current != manifest.database_id else None


def check_same_vault(data_dir: Path, manifest: Manifest, *, other_vault: bool = False) -> None:
    """Refuse replacing a vault with a backup of another vault unless `other_vault` confirms it."""
    current = other_vault_id(data_dir, manifest)
    if current is None or other_vault:
        return
    raise OtherVault(
        tr(
            "services",
            "De back-up hoort bij een andere kluis (database {backup}) dan de kluis in {dir} (database {current}). "
            "Er is niets gewijzigd. Wilt u deze kluis echt vervangen door die andere kluis, bevestig dat dan "
            "uitdrukkelijk (in de applicatie, of met --other-vault); de huidige kluis wordt eerst apart bewaard.",
        ).format(backup=manifest.database_id, dir=data_dir, current=current),
        backup_id=manifest.database_id,
        current_id=current,
    )


def _check_audit_head(ws: Workspace, manifest: Manifest) -> None:
    """The staged database must end its audit trail exactly where the manifest says (backups since sizes and heads
    are recorded); a database swapped or cut short inside an otherwise valid backup is refused."""
    if manifest.audit_count is None:
        return
    try:
        with ws.reading() as s:
            head = audit.chain_head(s)
        matches = (head.count, head.hash) == (manifest.audit_count, manifest.audit_hash)
    except sqlalchemy.exc.SQLAlchemyError:
        matches = False
    if not matches:
        raise DatabaseDamaged(
            tr(
                "services",
                "De back-up is niet in orde en is niet teruggezet: de audittrail in de database past niet bij de "
                "back-up.",
            )
        )


def restore(
    data_dir: Path,
    backup_file: Path,
    passphrase: str,
    *,
    replace: bool = False,
    other_vault: bool = False,
    progress: Progress | None = None,
) -> RestoreResult:
    """Verify a backup in a staging place, migrate it forward, keep the current vault, swap atomically.

    `passphrase` must open one of the backup's own slots (a restored vault opens with the slots of the backup).
    A backup of another vault (another database id) replaces the current one only with `other_vault`.
    A full disk raises the one disk-full message; the vault is then untouched and no staging is left behind.
    The whole restore holds the vault lock: while another process has the vault open it is refused (VaultInUse).
    """
    data_dir = Path(data_dir)
    check_data_dir(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with VaultLock.acquire(data_dir):
        return _restore_locked(data_dir, Path(backup_file), passphrase, replace, other_vault, progress)


def _restore_locked(
    data_dir: Path,
    backup_file: Path,
    passphrase: str,
    replace: bool,
    other_vault: bool,
    progress: Progress | None,
) -> RestoreResult:
    paths = VaultPaths(data_dir)
    if paths.vault_exists() and not replace:
        raise VaultExists(
            tr(
                "services",
                "In {dir} staat al een kluis. Bevestig dat die moet worden vervangen (in de applicatie, of met "
                "--force); de huidige kluis wordt dan eerst apart bewaard.",
            ).format(dir=data_dir)
        )
    step = progress or (lambda _d, _t: None)
    manifest = files.read_manifest(backup_file, check_hashes=False)  # hashes are checked while extracting
    check_same_vault(data_dir, manifest, other_vault=other_vault)
    step(1, 4)
    staging = files.stage(backup_file, data_dir, expect=manifest, reserve=files.current_size(data_dir))
    migrated = False
    try:
        staged = Vault.open(staging)
        opened = staged.unlock_with_passphrase(passphrase)
        ws = Workspace(opened)
        try:
            step(2, 4)
            _check_audit_head(ws, manifest)  # before migrating: exactly the database the backup was made of
            migrated = migrate.upgrade(opened.engine)  # raises DatabaseTooNew for an unknown schema
            report = verify(ws, backups=False)
            if not report.ok:
                raise DatabaseDamaged(
                    tr("services", "De back-up is niet in orde en is niet teruggezet: {problems}").format(
                        problems="; ".join(line for line in report.lines() if "FOUT" in line)
                    )
                )
            with ws.transaction() as s:
                ws.audit(
                    s, "restore", "vault", opened.database_id, f"back-up van {manifest.created} teruggezet"
                )
        finally:
            ws.lock()
        step(3, 4)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if not isinstance(exc, DiskFull) and is_disk_full(exc):
            raise disk_full_error(staging) from exc
        raise
    kept = None
    if paths.db.exists() or paths.keyfile.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = paths.backups / f"voor-herstel-{stamp}"
        try:
            files.keep_current(data_dir, kept)
        except BaseException as exc:
            shutil.rmtree(staging, ignore_errors=True)  # keep_current removed its incomplete copy
            if isinstance(exc, OSError) and is_disk_full(exc):
                raise disk_full_error(kept) from exc
            raise
    try:
        files.swap(data_dir)
    except OSError as exc:
        if not (staging / files.READY).exists():  # nothing swapped yet: leave the vault as it was
            shutil.rmtree(staging, ignore_errors=True)
        if is_disk_full(exc):
            raise disk_full_error(data_dir) from exc
        raise
    step(4, 4)
    return RestoreResult(manifest, kept, migrated)
