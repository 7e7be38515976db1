"""Creating and unlocking a vault: key file, database, migrations (after a kept copy), audit."""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain.errors import DiskFull, VaultError, WrongPassphrase
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.fsutil import disk_full_error, is_disk_full
from veiligbestuur_desktop.vault.files import VaultPaths

if TYPE_CHECKING:
    from veiligbestuur_desktop.services.workspace import Workspace
    from veiligbestuur_desktop.vault.vault import OpenVault, Vault

log = logging.getLogger(__name__)

# Failed unlock attempts cannot be written while the vault is closed (a wrong passphrase must change no file);
# they are counted here and recorded in the audit trail at the next successful unlock in this process.
_failed_attempts: dict[str, int] = {}


def create_vault(
    data_dir: Path, municipality: str, coordinator: str, passphrase: str, repeat: str | None = None
) -> Workspace:
    """First run: validate, build the key file and the encrypted database with its schema in a staging dir.

    The new vault exists only after `confirm_created(ws)`, which the caller calls once the recovery key
    (`ws.pending_recovery_key`) has been shown, printed or written; locking the workspace before that, or a
    crash, leaves no vault behind (init can simply be run again).
    """
    import sqlalchemy.exc

    from veiligbestuur_desktop.domain import rules  # not needed before the unlock dialog
    from veiligbestuur_desktop.services.workspace import Workspace
    from veiligbestuur_desktop.store import migrate, settings
    from veiligbestuur_desktop.vault.database import classify_error

    municipality = rules.check_municipality(municipality)
    coordinator = rules.check_person_name(coordinator, tr("services", "de naam van de coördinator"))
    rules.check_new_passphrase(passphrase, passphrase if repeat is None else repeat)
    from veiligbestuur_desktop.vault.vault import DEFAULT_SLOT_NAME, Vault

    vault = Vault.create(Path(data_dir), passphrase, DEFAULT_SLOT_NAME)
    try:
        recovery_key = vault.replace_recovery_key()
        migrate.upgrade(vault.engine)
        ws = Workspace(vault)
        with ws.transaction() as s:
            settings.put(s, settings.MUNICIPALITY, municipality)
            settings.put(s, settings.COORDINATOR, coordinator)
            settings.put(s, settings.CREATED_AT, datetime.now(UTC).isoformat(timespec="seconds"))
            ws.audit(s, "create", "vault", vault.database_id, "kluis aangemaakt")
        ws.pending_recovery_key = recovery_key  # shown once by the caller, then forgotten
        return ws
    except sqlalchemy.exc.DatabaseError as exc:
        vault.lock()
        raise classify_error(exc.orig or exc) from exc
    except OSError as exc:
        vault.lock()
        if is_disk_full(exc):
            raise disk_full_error(data_dir) from exc
        raise
    except BaseException:
        vault.lock()
        raise


def confirm_created(ws: Workspace) -> None:
    """The recovery key of a new vault has been shown: move the vault into place (it exists from now on)."""
    try:
        ws.vault.commit_creation()
    except OSError as exc:
        ws.vault.lock()
        if is_disk_full(exc):
            raise disk_full_error(ws.vault.paths.data_dir) from exc
        raise


def set_program_name(name: str) -> None:
    """How this process is named to another process that finds the vault in use (no personal data)."""
    from veiligbestuur_desktop.vault import lock

    lock.PROGRAM = name


def vault_exists(data_dir: Path) -> bool:
    """Whether a vault (database or key file) is in `data_dir`; nothing is read or changed."""
    return VaultPaths(Path(data_dir)).vault_exists()


def open_vault(data_dir: Path) -> Vault:
    """The vault on disk before unlocking (lists its slots); raises a UserFacingError when there is none."""
    # the vault code (SQLCipher, the lock, the key slots) loads here, not before the first window
    from veiligbestuur_desktop.vault.vault import Vault

    return Vault.open(Path(data_dir))


def unlock(data_dir: Path, passphrase: str, slot_id: str | None = None) -> Workspace:
    return unlock_vault(open_vault(data_dir), passphrase, slot_id)


def unlock_vault(vault: Vault, passphrase: str, slot_id: str | None = None) -> Workspace:
    try:
        opened = vault.unlock_with_passphrase(passphrase, slot_id)
    except WrongPassphrase:
        key = str(vault.paths.data_dir.resolve())
        _failed_attempts[key] = _failed_attempts.get(key, 0) + 1
        raise
    return after_unlock(opened, how="wachtwoord")


def prepare_orm() -> None:
    """Set the ORM's mappers up ahead of the unlock (the GUI's warm-up, while the passphrase is typed): otherwise
    the first query after the unlock does it, four hundredths of a second."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def needs_background_check(ws: Workspace) -> bool:
    """Large databases skip the page-by-page check at unlock (it would cost seconds); check them afterwards."""
    from veiligbestuur_desktop.vault.vault import INTEGRITY_AT_UNLOCK_MAX_BYTES

    return ws.vault.paths.db.stat().st_size > INTEGRITY_AT_UNLOCK_MAX_BYTES


def unlock_with_recovery_key(data_dir: Path, recovery_key: str) -> Workspace:
    """Unlock with the recovery key; the caller must then set a new passphrase (vault_admin.change_passphrase)."""
    return after_unlock(open_vault(data_dir).unlock_with_recovery_key(recovery_key), how="herstelsleutel")


def unlock_with_keyring(data_dir: Path) -> Workspace:
    """Unlock without typing via this workstation's keyring; raises a Dutch VaultError to fall back on."""
    return after_unlock(open_vault(data_dir).unlock_with_keyring(), how="sleutelbos van deze werkplek")


def after_unlock(opened: OpenVault, how: str) -> Workspace:
    """Migrate if needed (after keeping a copy) and record the unlock. Closes the vault on any error.

    Reading always works: when the disk is full the unlock cannot be recorded, the vault opens anyway with a
    notice. The automatic backup of the day is not made here (it would slow every first unlock of a day and
    could block it on a full disk): callers run `backup.run_auto_backup` afterwards, the GUI in the background.
    """
    import sqlalchemy.exc

    from veiligbestuur_desktop.services.workspace import Workspace
    from veiligbestuur_desktop.store import migrate
    from veiligbestuur_desktop.vault.database import classify_error

    try:
        migrate.upgrade(opened.engine, before=lambda cur, head: keep_copy_before_migration(opened, cur, head))
        opened.settle()
        ws = Workspace(opened)
        ws.person  # noqa: B018 - read the coordinator's name now, not inside a later unit of work
        key = str(opened.paths.data_dir.resolve())
        failed = _failed_attempts.pop(key, 0)
        try:
            with ws.transaction() as s:
                if failed:
                    ws.audit(
                        s,
                        "failed_unlock",
                        "vault",
                        opened.database_id,
                        f"{failed} mislukte poging(en) vóór deze ontgrendeling",
                    )
                ws.audit(s, "unlock", "vault", opened.database_id, f"ontgrendeld met {how}")
        except DiskFull:
            if not any("schijf is vol" in n for n in ws.notices):  # the vault may have said so already
                ws.notices.append(
                    tr(
                        "services",
                        "De schijf is vol: u kunt de kluis lezen, maar wijzigingen kunnen pas worden opgeslagen als "
                        "er ruimte is vrijgemaakt.",
                    )
                )
    except sqlalchemy.exc.DatabaseError as exc:
        opened.lock()
        raise classify_error(exc.orig or exc) from exc
    except BaseException:
        opened.lock()
        raise
    return ws


def keep_copy_before_migration(opened: OpenVault, current: str | None, head: str) -> None:
    from veiligbestuur_desktop.vault.snapshot import vacuum_into

    if current is None:
        return  # a new, empty database: nothing to keep
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest_dir = opened.paths.backups / f"voor-migratie-{stamp}-{current}-naar-{head}"
    try:
        vacuum_into(opened.engine, dest_dir / opened.paths.db.name)
        shutil.copy2(opened.paths.keyfile, dest_dir / opened.paths.keyfile.name)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full_error(dest_dir) from exc
        raise VaultError(
            tr(
                "services",
                "Voor het bijwerken van de database kon geen kopie worden gemaakt ({err}). Er is niets gewijzigd. "
                "Maak ruimte vrij op de schijf en probeer het opnieuw.",
            ).format(err=exc.strerror or exc)
        ) from exc
    log.info("kept a copy before migrating %s -> %s", current, head)
