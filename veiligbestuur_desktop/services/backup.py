"""Backups: to a place the user picks, automatic rotating ones in the data dir, and verified restores."""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from veiligbestuur_desktop import __version__
from veiligbestuur_desktop.domain.errors import DatabaseDamaged, UserFacingError, VaultExists
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import migrate, settings
from veiligbestuur_desktop.vault import backup as files
from veiligbestuur_desktop.vault.backup import Manifest, Progress
from veiligbestuur_desktop.vault.vault import Vault, VaultPaths

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


def make_backup(ws: Workspace, dest: Path, progress: Progress | None = None) -> Manifest:
    ws.vault.require_open()
    manifest = files.write_backup(
        ws.vault.engine,
        ws.vault.paths.keyfile,
        Path(dest),
        app_version=__version__,
        schema=migrate.current_revision(ws.vault.engine),
        database_id=ws.vault.database_id,
        work_dir=ws.vault.paths.backups,
        progress=progress,
    )
    with ws.transaction() as s:
        ws.audit(s, "backup", "vault", ws.vault.database_id, "back-up gemaakt")
    return manifest


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
    """On the first unlock of a day: one backup in <data dir>/backups/auto, then rotate."""
    today = today or date.today()
    directory = auto_dir(ws)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"veiligbestuur-{today.isoformat()}{SUFFIX}"
    made = None
    if not target.exists():
        make_backup(ws, target)
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


def restore(
    data_dir: Path,
    backup_file: Path,
    passphrase: str,
    *,
    replace: bool = False,
    progress: Progress | None = None,
) -> RestoreResult:
    """Verify a backup in a staging place, migrate it forward, keep the current vault, swap atomically.

    `passphrase` must open one of the backup's own slots (a restored vault opens with the slots of the backup).
    """
    data_dir = Path(data_dir)
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
    manifest = files.read_manifest(Path(backup_file))
    step(1, 4)
    staging = files.stage(Path(backup_file), data_dir)
    migrated = False
    try:
        staged = Vault.open(staging)
        opened = staged.unlock_with_passphrase(passphrase)
        ws = Workspace(opened)
        try:
            step(2, 4)
            migrated = migrate.upgrade(opened.engine)  # raises DatabaseTooNew for an unknown schema
            report = verify(ws)
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
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    kept = None
    if paths.db.exists() or paths.keyfile.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = paths.backups / f"voor-herstel-{stamp}"
        files.keep_current(data_dir, kept)
    files.swap(data_dir)
    step(4, 4)
    return RestoreResult(manifest, kept, migrated)
