"""Creating and unlocking a vault: key file, database, migrations (after a kept copy), audit."""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy.exc

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.errors import DatabaseDamaged, UserFacingError, VaultError, WrongPassphrase
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import migrate, settings
from veiligbestuur_desktop.vault.database import DAMAGED_MESSAGE
from veiligbestuur_desktop.vault.snapshot import vacuum_into
from veiligbestuur_desktop.vault.vault import DEFAULT_SLOT_NAME, OpenVault, Vault, VaultPaths

log = logging.getLogger(__name__)

# Failed unlock attempts cannot be written while the vault is closed (a wrong passphrase must change no file);
# they are counted here and recorded in the audit trail at the next successful unlock in this process.
_failed_attempts: dict[str, int] = {}


def create_vault(
    data_dir: Path, municipality: str, coordinator: str, passphrase: str, repeat: str | None = None
) -> Workspace:
    """First run: validate, create the key file and the encrypted database, apply the schema."""
    municipality = rules.check_municipality(municipality)
    coordinator = rules.check_person_name(coordinator, tr("services", "de naam van de coördinator"))
    rules.check_new_passphrase(passphrase, passphrase if repeat is None else repeat)
    vault = Vault.create(Path(data_dir), passphrase, DEFAULT_SLOT_NAME)
    try:
        recovery_key = vault.replace_recovery_key()
        migrate.upgrade(vault.engine)
        ws = Workspace(vault)
        ws.pending_recovery_key = recovery_key  # shown once by the caller, then forgotten
        with ws.transaction() as s:
            settings.put(s, settings.MUNICIPALITY, municipality)
            settings.put(s, settings.COORDINATOR, coordinator)
            settings.put(s, settings.CREATED_AT, datetime.now(UTC).isoformat(timespec="seconds"))
            ws.audit(s, "create", "vault", vault.database_id, "kluis aangemaakt")
        return ws
    except BaseException:
        vault.lock()
        raise


def vault_exists(data_dir: Path) -> bool:
    """Whether a vault (database or key file) is in `data_dir`; nothing is read or changed."""
    return VaultPaths(Path(data_dir)).vault_exists()


def open_vault(data_dir: Path) -> Vault:
    """The vault on disk before unlocking (lists its slots); raises a UserFacingError when there is none."""
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


def after_unlock(opened: OpenVault, how: str, auto_backup: bool = True) -> Workspace:
    """Migrate if needed (after keeping a copy) and record the unlock. Closes the vault on any error."""
    try:
        migrate.upgrade(opened.engine, before=lambda cur, head: keep_copy_before_migration(opened, cur, head))
        ws = Workspace(opened)
        key = str(opened.paths.data_dir.resolve())
        failed = _failed_attempts.pop(key, 0)
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
    except sqlalchemy.exc.DatabaseError as exc:
        opened.lock()
        raise DatabaseDamaged(tr("vault", DAMAGED_MESSAGE), detail=type(exc).__name__) from exc
    except BaseException:
        opened.lock()
        raise
    if auto_backup:
        from veiligbestuur_desktop.services import backup

        try:
            backup.auto_backup(ws)
        except UserFacingError as exc:
            ws.notices.append(
                tr("services", "De automatische back-up van vandaag is niet gelukt: {msg}").format(
                    msg=exc.message
                )
            )
    return ws


def keep_copy_before_migration(opened: OpenVault, current: str | None, head: str) -> None:
    if current is None:
        return  # a new, empty database: nothing to keep
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest_dir = opened.paths.backups / f"voor-migratie-{stamp}-{current}-naar-{head}"
    try:
        vacuum_into(opened.engine, dest_dir / opened.paths.db.name)
        shutil.copy2(opened.paths.keyfile, dest_dir / opened.paths.keyfile.name)
    except OSError as exc:
        raise VaultError(
            tr(
                "services",
                "Voor het bijwerken van de database kon geen kopie worden gemaakt ({err}). Er is niets gewijzigd. "
                "Maak ruimte vrij op de schijf en probeer het opnieuw.",
            ).format(err=exc.strerror or exc)
        ) from exc
    log.info("kept a copy before migrating %s -> %s", current, head)
