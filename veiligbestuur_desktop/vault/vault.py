"""Create, unlock, change and lock the vault: the key file with its slots and the SQLCipher database.

Slots (the LUKS idea): the random data key is wrapped once per way in — passphrase slots (named, e.g. for a
deputy), one recovery slot, and optionally a keyring slot for this workstation. Changing a passphrase re-wraps
one slot; rotating the data key re-keys the database and re-wraps every remaining slot.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from veiligbestuur_desktop.domain.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    DiskFull,
    KeyFileConflict,
    KeyFileDamaged,
    KeyFileMissing,
    UserFacingError,
    ValidationError,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.fsutil import disk_full_error, is_disk_full
from veiligbestuur_desktop.vault import crypto, keyfile, keyring_slot, recovery
from veiligbestuur_desktop.vault.database import (
    APPLICATION_ID,
    cipher_integrity_check,
    classify_error,
    connect_raw,
    create_database,
    db_salt,
    disk_full_cause,
    make_engine,
)
from veiligbestuur_desktop.vault.files import (  # where a vault keeps its files (light: the unlock dialog)
    DB_NAME,
    KEYFILE_COPY_NAME,
    KEYFILE_NAME,
    VaultPaths,
    check_data_dir,
)
from veiligbestuur_desktop.vault.keyfile import KeyFile, Slot, fsync_dir
from veiligbestuur_desktop.vault.lock import VaultLock
from veiligbestuur_desktop.vault.staging import READY, RESTORE, move_into_place

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

DEFAULT_SLOT_NAME = "Coördinator"
RECOVERY_SLOT_NAME = "Herstelsleutel"
KEYRING_SLOT_NAME = "Deze werkplek"
INTEGRITY_AT_UNLOCK_MAX_BYTES = 64 * 1024 * 1024  # larger databases are checked in the background / by verify


def normalise_secret(secret: str) -> bytes:
    """Passphrases are compared as NFC UTF-8, so that the same text typed differently still unlocks."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(0o700)


def _new_slot_id() -> str:
    return uuid.uuid4().hex[:12]


def make_kdf_slot(
    database_id: str,
    key: bytes | bytearray,
    secret: bytes,
    name: str,
    kind: str,
    kdf: crypto.KdfParams | None = None,
    slot_id: str | None = None,
) -> Slot:
    params = kdf or crypto.calibrate()
    salt = os.urandom(crypto.SALT_BYTES)
    sid = slot_id or _new_slot_id()
    kek = crypto.derive(secret, salt, params)
    nonce, wrapped = crypto.wrap(kek, key, f"veiligbestuur:{database_id}:{sid}".encode())
    return Slot(
        id=sid,
        kind=kind,
        name=name,
        created=keyfile.now_iso(),
        nonce=nonce,
        wrapped=wrapped,
        salt=salt,
        kdf=params,
    )


def make_passphrase_slot(
    database_id: str, key: bytes | bytearray, passphrase: str, name: str, kdf: crypto.KdfParams | None = None
) -> Slot:
    return make_kdf_slot(database_id, key, normalise_secret(passphrase), name, keyfile.SLOT_PASSPHRASE, kdf)


def make_keyring_slot(
    database_id: str, key: bytes | bytearray, secret: bytes, backend: str, slot_id: str | None = None
) -> Slot:
    sid = slot_id or _new_slot_id()
    nonce, wrapped = crypto.wrap(secret, key, f"veiligbestuur:{database_id}:{sid}".encode())
    return Slot(
        id=sid,
        kind=keyfile.SLOT_KEYRING,
        name=KEYRING_SLOT_NAME,
        created=keyfile.now_iso(),
        nonce=nonce,
        wrapped=wrapped,
        extra={"service": keyring_slot.SERVICE, "account": database_id, "backend": backend},
    )


def unwrap_slot(kf: KeyFile, slot: Slot, secret: bytes) -> bytearray | None:
    """The data key from one slot: secret is the passphrase/recovery bytes (KDF) or the keyring secret."""
    ad = slot.associated_data(kf.database_id)
    if slot.kdf is not None:
        kek = crypto.derive(secret, slot.salt, slot.kdf)
    elif len(secret) == crypto.KEY_BYTES:
        kek = secret
    else:
        return None
    return crypto.unwrap(kek, slot.nonce, slot.wrapped, ad)


@dataclass
class OpenVault:
    """An unlocked vault: holds the data key (a bytearray we can wipe) and the engine over the database."""

    paths: VaultPaths
    keyfile: KeyFile
    slot: Slot
    key: bytearray
    engine: Engine
    notices: list[str] = field(default_factory=list)
    vault_lock: VaultLock | None = None
    staged_for: Path | None = None  # set while a new vault waits in staging for its recovery key to be seen
    opened_with_pending: bool = False  # opened by the new key of an interrupted rotation
    # Called once the caller accepted the database (lifecycle: after the schema check); writes what unlocking
    # has to write (key-file repair, rotation completion, the holder record). Nothing is written before it.
    settle: Callable[[], None] = field(default=lambda: None)

    @property
    def slot_name(self) -> str:
        return self.slot.name

    @property
    def database_id(self) -> str:
        return self.keyfile.database_id

    @property
    def locked(self) -> bool:
        return not any(self.key)

    def require_open(self) -> None:
        if self.locked:
            raise VaultLocked(tr("vault", "De kluis is vergrendeld. Ontgrendel eerst met uw wachtwoord."))

    def save_keyfile(self, kf: KeyFile, data_key: bytes | bytearray | None = None) -> None:
        """Compare-and-swap: write only when the key file on disk is still the generation this process read.

        The vault lock makes a conflict impossible between well-behaved processes; this is the second line (a lock
        on a network share that did not hold, a copy restored by hand while the vault was open).
        """
        on_disk = keyfile.current_generation(self.paths.keyfile, self.paths.keyfile_copy, self.database_id)
        if on_disk != self.keyfile.generation:
            raise KeyFileConflict(
                tr(
                    "vault",
                    "Het sleutelbestand is intussen door een ander programma gewijzigd. Er is niets opgeslagen. "
                    "Vergrendel de kluis en ontgrendel opnieuw, en probeer het dan nog eens.",
                )
            )
        try:
            self.keyfile = keyfile.save(
                kf, self.paths.keyfile, self.paths.keyfile_copy, self.key if data_key is None else data_key
            )
        except OSError as exc:
            if is_disk_full(exc):
                raise disk_full_error(self.paths.keyfile) from exc
            raise

    def lock(self) -> None:
        """Dispose the engine (closing every pooled connection), overwrite the key bytes, release the vault lock.

        A new vault that was never confirmed (its recovery key not yet seen) is removed: it never existed.
        """
        try:
            self.engine.dispose()
        finally:
            crypto.wipe(self.key)
            if self.staged_for is not None:
                shutil.rmtree(self.paths.data_dir, ignore_errors=True)
            if self.vault_lock is not None:
                self.vault_lock.release()

    def commit_creation(self) -> None:
        """Move a new vault from its staging dir into the data dir (after the recovery key was shown)."""
        if self.staged_for is None:
            return
        self.require_open()
        target = self.staged_for
        raw = self.engine.raw_connection()
        try:
            assert raw.driver_connection is not None
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        self.engine.dispose()
        for side in self.paths.db_sidecars():
            side.unlink(missing_ok=True)
        move_into_place(self.paths.data_dir, target)
        self.paths = VaultPaths(target)
        self.staged_for = None
        self.engine = make_engine(self.paths.db, self.key)
        if self.vault_lock is not None:
            self.vault_lock.announce()

    # --- slots ------------------------------------------------------------------------------------------

    def passphrase_slots(self) -> list[Slot]:
        return self.keyfile.slots_of(keyfile.SLOT_PASSPHRASE)

    def _check_name(self, name: str, exclude: str | None = None) -> str:
        from veiligbestuur_desktop.domain import rules  # not needed before the unlock dialog

        n = unicodedata.normalize("NFC", name).strip()
        if not n or len(n) > 60 or any(ord(c) < 32 for c in n) or not rules.visible_text(n):
            raise ValidationError(
                tr("vault", "Geef de sleutel een naam van 1 tot 60 tekens, bijvoorbeeld ‘Plaatsvervanger’."),
                field="name",
            )
        rules.check_no_bidi_controls(n, tr("vault", "De naam van de sleutel"), field="name")
        if any(s.name.casefold() == n.casefold() and s.id != exclude for s in self.keyfile.slots):
            raise ValidationError(
                tr("vault", "Er is al een sleutel met de naam ‘{n}’.").format(n=n), field="name"
            )
        return n

    def add_passphrase_slot(self, name: str, passphrase: str, kdf: crypto.KdfParams | None = None) -> Slot:
        self.require_open()
        slot = make_passphrase_slot(self.database_id, self.key, passphrase, self._check_name(name), kdf)
        self.save_keyfile(self.keyfile.with_slot(slot))
        return slot

    def change_passphrase(self, slot_id: str, passphrase: str) -> Slot:
        """Re-wrap one passphrase slot with a new passphrase (name and id stay)."""
        self.require_open()
        old = self.keyfile.slot(slot_id)
        if old is None or old.kind != keyfile.SLOT_PASSPHRASE:
            raise ValidationError(tr("vault", "Deze sleutel bestaat niet (meer)."))
        new = make_kdf_slot(
            self.database_id, self.key, normalise_secret(passphrase), old.name, old.kind, slot_id=old.id
        )
        self.save_keyfile(self.keyfile.replace_slot(new))
        if self.slot.id == new.id:
            self.slot = new
        return new

    def remove_slot(self, slot_id: str) -> Slot:
        self.require_open()
        slot = self.keyfile.slot(slot_id)
        if slot is None:
            raise ValidationError(tr("vault", "Deze sleutel bestaat niet (meer)."))
        remaining = [s for s in self.passphrase_slots() if s.id != slot_id]
        if slot.kind == keyfile.SLOT_PASSPHRASE and not remaining:
            raise ValidationError(
                tr(
                    "vault",
                    "Dit is het laatste wachtwoord van de kluis; dat kan niet worden verwijderd. Voeg eerst een ander "
                    "wachtwoord toe.",
                )
            )
        if slot.kind == keyfile.SLOT_RECOVERY:
            raise ValidationError(
                tr(
                    "vault",
                    "De herstelsleutel kan niet worden verwijderd, alleen vervangen (Nieuwe herstelsleutel maken).",
                )
            )
        self.save_keyfile(self.keyfile.without_slot(slot_id))
        if slot.kind == keyfile.SLOT_KEYRING:
            b = keyring_slot.backend()
            if b is not None:
                keyring_slot.delete_secret(b, slot.extra.get("account", self.database_id))
        return slot

    def replace_recovery_key(self) -> str:
        """A new recovery key replaces the old one; returned once, never stored in clear."""
        self.require_open()
        key_text = recovery.generate()
        old = self.keyfile.slots_of(keyfile.SLOT_RECOVERY)
        new = make_recovery_slot(self.database_id, self.key, key_text, slot_id=old[0].id if old else None)
        kf = self.keyfile.replace_slot(new) if old else self.keyfile.with_slot(new)
        self.save_keyfile(kf)
        return key_text

    def remember_on_workstation(self) -> Slot:
        """Create (or replace) the keyring slot for this workstation."""
        self.require_open()
        b = keyring_slot.backend()
        if b is None:
            raise VaultError(keyring_slot.unavailable_reason())
        secret = keyring_slot.store_secret(b, self.database_id)
        existing = self.keyfile.slots_of(keyfile.SLOT_KEYRING)
        slot = make_keyring_slot(
            self.database_id,
            self.key,
            secret,
            keyring_slot.backend_name(b),
            existing[0].id if existing else None,
        )
        crypto.wipe(bytearray(secret))
        self.save_keyfile(self.keyfile.replace_slot(slot) if existing else self.keyfile.with_slot(slot))
        return slot

    # --- data-key rotation --------------------------------------------------------------------------------

    def rotate_data_key(
        self, secrets: dict[str, str], show_recovery_key: Callable[[str | None], None]
    ) -> str | None:
        """Replace the data key in one call: prepare, show the new recovery key, commit (see the two halves)."""
        prepared = self.prepare_rotation(secrets)
        try:
            show_recovery_key(prepared.recovery_key)
        except BaseException:
            self.abort_rotation(prepared)
            raise
        self.commit_rotation(prepared)
        return prepared.recovery_key

    def prepare_rotation(self, secrets: dict[str, str]) -> PreparedRotation:
        """First half of replacing the data key: an encrypted copy under a new key and the new wrapped keys.

        `secrets` maps passphrase-slot ids to their passphrases; passphrase slots without one are removed (their
        holder must be added again). The recovery slot gets a new recovery key, a keyring slot is re-created when
        the keyring is usable. Only the key file changes (the new wrapped keys are kept as `pending` slots): show
        `recovery_key` to the user, then call `commit_rotation`, or `abort_rotation` when it could not be shown.
        Interrupted at any step, the vault still opens and the next open says which recovery key is valid.
        """
        self.require_open()
        if not any(sid in secrets for sid in (s.id for s in self.passphrase_slots())):
            raise ValidationError(
                tr("vault", "Geef het wachtwoord van ten minste één sleutel op die blijft.")
            )
        new_key = crypto.new_key()
        db_id = self.database_id
        pending: list[Slot] = []
        recovery_text: str | None = None
        keyring_secret: bytes | None = None
        for s in self.keyfile.slots:
            if s.kind == keyfile.SLOT_PASSPHRASE and s.id in secrets:
                if unwrap_slot(self.keyfile, s, normalise_secret(secrets[s.id])) is None:
                    raise WrongPassphrase(
                        tr("vault", "Het wachtwoord van sleutel ‘{n}’ klopt niet.").format(n=s.name)
                    )
                pending.append(
                    make_kdf_slot(
                        db_id, new_key, normalise_secret(secrets[s.id]), s.name, s.kind, slot_id=s.id
                    )
                )
            elif s.kind == keyfile.SLOT_RECOVERY:
                recovery_text = recovery.generate()
                pending.append(make_recovery_slot(db_id, new_key, recovery_text, slot_id=s.id))
            elif s.kind == keyfile.SLOT_KEYRING:
                b = keyring_slot.backend()
                if b is not None:
                    keyring_secret = os.urandom(keyring_slot.SECRET_BYTES)
                    pending.append(
                        make_keyring_slot(db_id, new_key, keyring_secret, keyring_slot.backend_name(b), s.id)
                    )
        prepared = PreparedRotation(new_key, tuple(pending), recovery_text, keyring_secret)
        # 1. the key file holds both generations: the vault opens with the old key or the new one
        try:
            # every current slot stays as it is until the swap: an undone rotation leaves all ways in working;
            # slots without a pending counterpart (passphrases not typed) disappear when the new key is promoted
            self.save_keyfile(replace(self.keyfile, pending=tuple(pending)))
        except BaseException:
            crypto.wipe(new_key)
            raise
        return prepared

    def commit_rotation(self, prepared: PreparedRotation) -> None:
        """Second half, after the new recovery key was shown: export the database under the new key, swap it in,
        promote the new generation. Fails before the swap → undone, the old keys stay valid (and the message
        says so)."""
        self.require_open()
        old_salts = self.keyfile.db_salts or ((db_salt(self.paths.db) or ""),)
        self.engine.dispose()  # from here nothing else writes to the old file
        try:
            _export_with_new_key(self.paths, self.key, prepared.new_key)
            new_salt = db_salt(self.paths.rekey_tmp) or ""
            self.save_keyfile(replace(self.keyfile, db_salts=tuple(x for x in (*old_salts, new_salt) if x)))
        except BaseException as exc:
            self.abort_rotation(prepared)
            if isinstance(exc, OSError) and is_disk_full(exc):
                raise DiskFull(
                    tr(
                        "vault",
                        "De schijf is vol: de database kon niet opnieuw worden versleuteld. Er is niets gewijzigd; "
                        "de oude sleutels en de oude herstelsleutel blijven geldig. Maak ruimte vrij en probeer het "
                        "opnieuw.",
                    )
                ) from exc
            raise
        # 2. the atomic swap of the database file, then the new generation is promoted
        _swap_in_rekeyed(self.paths)
        prepared.state = "swapped"
        if prepared.keyring_secret is not None:
            b = keyring_slot.backend()
            if b is not None:
                keyring_slot.put_secret(b, self.database_id, prepared.keyring_secret)
        self.save_keyfile(
            replace(
                self.keyfile,
                slots=prepared.pending,
                pending=(),
                db_salts=(new_salt,) if new_salt else (),
            ),
            data_key=prepared.new_key,
        )
        crypto.wipe(self.key)
        self.key[:] = prepared.new_key
        crypto.wipe(prepared.new_key)
        prepared.state = "done"
        self.engine = make_engine(self.paths.db, self.key)
        self.slot = self.keyfile.slot(self.slot.id) or prepared.pending[0]

    def abort_rotation(self, prepared: PreparedRotation) -> None:
        """Undo a prepared rotation (the new recovery key could not be shown): the old keys stay valid. After the
        swap there is nothing to undo (the new key is the only key of the database): the next unlock finishes it."""
        if prepared.state != "prepared":
            return
        prepared.state = "aborted"
        self.engine.dispose()
        crypto.wipe(prepared.new_key)
        self.paths.rekey_tmp.unlink(missing_ok=True)
        if self.keyfile.pending:
            salt = db_salt(self.paths.db)
            self.save_keyfile(replace(self.keyfile, pending=(), db_salts=(salt,) if salt else ()))
        self.engine = make_engine(self.paths.db, self.key)


@dataclass
class PreparedRotation:
    new_key: bytearray
    pending: tuple[Slot, ...]
    recovery_key: str | None
    keyring_secret: bytes | None
    # prepared → (aborted | swapped → done): once swapped, only the next unlock may finish (never undo) it
    state: str = "prepared"


def make_recovery_slot(
    database_id: str, key: bytes | bytearray, text: str, slot_id: str | None = None
) -> Slot:
    """The recovery slot; it keeps the first group of its key as a hint, so that after an interrupted rotation
    the app can say exactly which printed recovery key is valid (20 of 130 bits: the rest stays unguessable)."""
    slot = make_kdf_slot(
        database_id,
        key,
        recovery.secret_bytes(text),
        RECOVERY_SLOT_NAME,
        keyfile.SLOT_RECOVERY,
        slot_id=slot_id,
    )
    return replace(slot, extra={"hint": recovery.normalise(text)[:4]})


def recovery_hint(slot: Slot | None) -> str:
    if slot is None:
        return ""
    hint = slot.extra.get("hint", "")
    return tr("vault", "de herstelsleutel die begint met {hint} (gemaakt op {date})").format(
        hint=hint or "?", date=slot.created[:10]
    )


def _export_with_new_key(paths: VaultPaths, old_key: bytearray, new_key: bytearray) -> None:
    paths.rekey_tmp.unlink(missing_ok=True)
    conn = connect_raw(paths.db, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(
            f"ATTACH DATABASE ? AS rekeyed KEY \"x'{bytes(new_key).hex()}'\"", (str(paths.rekey_tmp),)
        )
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute(f"PRAGMA rekeyed.application_id = {int(app_id)}")
        conn.execute("DETACH DATABASE rekeyed")
    except BaseException:
        conn.close()
        paths.rekey_tmp.unlink(missing_ok=True)
        raise
    conn.close()
    with paths.rekey_tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    if os.name == "posix":
        paths.rekey_tmp.chmod(0o600)


def _swap_in_rekeyed(paths: VaultPaths) -> None:
    for side in paths.db_sidecars():  # empty after the TRUNCATE checkpoint; they belong to the old file
        side.unlink(missing_ok=True)
    os.replace(paths.rekey_tmp, paths.db)
    fsync_dir(paths.data_dir)


class Vault:
    """A vault on disk, before unlocking: its key file as read (no key needed), for the slot list."""

    def __init__(self, paths: VaultPaths, kf: KeyFile, notices: list[str]) -> None:
        self.paths = paths
        self.keyfile = kf
        self.notices = notices
        self._candidates: list[keyfile.Copy] = []
        self._copies: list[keyfile.Copy] = []

    # --- creating ------------------------------------------------------------------------------------------

    @staticmethod
    def create(data_dir: Path, passphrase: str, slot_name: str = DEFAULT_SLOT_NAME) -> OpenVault:
        """A new vault with a passphrase slot, built in `<data dir>/.nieuw` under the vault lock.

        It becomes the vault only with `OpenVault.commit_creation()` (after the caller has shown the recovery
        key, see `OpenVault.replace_recovery_key`); `lock()` before that removes it, and so does the next open
        after a crash. Init is all-or-nothing for the user.
        """
        paths = VaultPaths(Path(data_dir))
        check_data_dir(paths.data_dir)
        try:
            ensure_private_dir(paths.data_dir)
            vault_lock = VaultLock.acquire(paths.data_dir)
        except OSError as exc:
            if disk_full_cause(exc, paths.data_dir / DB_NAME):
                raise disk_full_error(paths.data_dir) from exc
            raise
        try:
            _recover_interrupted(paths)
            if paths.vault_exists():
                raise VaultExists(
                    tr(
                        "vault",
                        "In {dir} staat al een kluis. Er is niets gewijzigd; kies een andere map of open de "
                        "bestaande kluis.",
                    ).format(dir=paths.data_dir)
                )
            staging = VaultPaths(paths.new_staging)
            shutil.rmtree(staging.data_dir, ignore_errors=True)
            try:
                staging.data_dir.mkdir(mode=0o700)
            except OSError as exc:
                if disk_full_cause(exc, staging.db):
                    raise disk_full_error(paths.data_dir) from exc
                raise
            key = crypto.new_key()
            kf = KeyFile.new()
            kf = kf.with_slot(make_passphrase_slot(kf.database_id, key, passphrase, slot_name))
            try:
                create_database(staging.db, key)
                kf = replace(kf, db_salts=(db_salt(staging.db) or "",))
                kf = keyfile.save(kf, staging.keyfile, staging.keyfile_copy, key)
                _restrict(staging.db)
                engine = make_engine(staging.db, key)
            except BaseException as exc:
                shutil.rmtree(staging.data_dir, ignore_errors=True)
                crypto.wipe(key)
                if isinstance(exc, OSError | sqlcipher.DatabaseError) and disk_full_cause(exc, staging.db):
                    raise disk_full_error(paths.data_dir) from exc
                raise
        except BaseException:
            vault_lock.release()
            raise
        return OpenVault(
            staging, kf, kf.slots[0], key, engine, vault_lock=vault_lock, staged_for=paths.data_dir
        )

    # --- opening -------------------------------------------------------------------------------------------

    @staticmethod
    def open(data_dir: Path) -> Vault:
        """Read the key file (no key needed). Completes an interrupted restore or init under the vault lock."""
        paths = VaultPaths(Path(data_dir))
        check_data_dir(paths.data_dir)
        if _has_interrupted(paths):
            with VaultLock.acquire(paths.data_dir):
                _recover_interrupted(paths)
        vault = Vault(paths, KeyFile.new(), [])
        vault._read()
        return vault

    def _read(self) -> None:
        """(Re)read both key-file copies and pick the candidates that belong to this database."""
        paths = self.paths
        copies = keyfile.read_copies(paths.keyfile, paths.keyfile_copy)
        if not any(c.exists for c in copies):
            if paths.db.exists():
                raise KeyFileMissing(
                    tr(
                        "vault",
                        "Het sleutelbestand ({name}) ontbreekt naast de database in {dir}. Zonder dit bestand kan de "
                        "database niet worden geopend. Zet het terug uit een back-up (Herstellen…); er is niets "
                        "gewijzigd.",
                    ).format(name=KEYFILE_NAME, dir=paths.data_dir)
                )
            raise VaultNotFound(
                tr(
                    "vault",
                    "In {dir} staat geen kluis. Controleer de map, of maak een nieuwe kluis met `veiligbestuur init`.",
                ).format(dir=paths.data_dir)
            )
        if not paths.db.exists():
            raise VaultNotFound(
                tr(
                    "vault",
                    "De database ({name}) ontbreekt in {dir}. Zet de nieuwste back-up terug via Herstellen…; "
                    "er is niets gewijzigd.",
                ).format(name=DB_NAME, dir=paths.data_dir)
            )
        salt = db_salt(paths.db)
        readable = [c for c in copies if c.keyfile is not None]
        candidates = sorted(
            (c for c in readable if c.keyfile is not None and c.keyfile.belongs_to(salt)),
            key=lambda c: -(c.keyfile.generation if c.keyfile else 0),
        )
        if not candidates:
            if readable:
                other = readable[0].keyfile
                raise KeyFileDamaged(
                    tr(
                        "vault",
                        "Het sleutelbestand in {dir} hoort bij een andere kluis (database-id {id}) dan de database "
                        "die ernaast staat. Er is niets gewijzigd. Zet het sleutelbestand en de database van "
                        "dezelfde kluis terug uit een back-up (Herstellen…).",
                    ).format(dir=paths.data_dir, id=other.database_id if other else "?")
                )
            errors = [c.error for c in copies if c.error is not None]
            too_new = next((e for e in errors if isinstance(e, keyfile.KeyFileTooNew)), None)
            if too_new is not None:
                raise DatabaseTooNew(
                    tr(
                        "vault",
                        "Het sleutelbestand is gemaakt met een nieuwere versie van VeiligBestuur. "
                        "Installeer de nieuwste versie; er is niets gewijzigd.",
                    ),
                    detail=str(too_new),
                )
            raise KeyFileDamaged(
                tr(
                    "vault",
                    "Beide kopieën van het sleutelbestand ({name}) zijn beschadigd. Er is niets gewijzigd. "
                    "Zet de nieuwste back-up terug (Herstellen…).",
                ).format(name=KEYFILE_NAME),
                detail="; ".join(str(e) for e in errors),
            )
        self._copies = copies
        self._candidates = candidates
        first = candidates[0].keyfile
        assert first is not None
        self.keyfile = first

    def _repair_notice(self, used: keyfile.Copy) -> str | None:
        """A Dutch notice when a copy other than the one used is missing, damaged, foreign or out of date."""
        bad = [c.number for c in self._copies if c.number != used.number and c.raw != used.raw]
        if not bad:
            return None
        return tr(
            "vault",
            "Een kopie van het sleutelbestand was beschadigd, verouderd of ontbrak ({which}); de andere kopie is "
            "gebruikt en de beschadigde is hersteld. Maak zo snel mogelijk een nieuwe back-up.",
        ).format(which=", ".join(KEYFILE_NAME if n == 1 else KEYFILE_COPY_NAME for n in bad))

    def passphrase_slots(self) -> list[Slot]:
        return self.keyfile.slots_of(keyfile.SLOT_PASSPHRASE)

    def has_recovery_slot(self) -> bool:
        return bool(self.keyfile.slots_of(keyfile.SLOT_RECOVERY))

    def keyring_slot(self) -> Slot | None:
        slots = self.keyfile.slots_of(keyfile.SLOT_KEYRING)
        return slots[0] if slots else None

    @staticmethod
    def _candidate_keys(kf: KeyFile, slot: Slot, secret: bytes) -> list[tuple[bytearray, bool]]:
        """(key, from_pending) pairs: during an interrupted rotation the new key is tried first."""
        keys: list[tuple[bytearray, bool]] = []
        pending = kf.pending_for(slot.id)
        if pending is not None:
            k = unwrap_slot(kf, pending, secret)
            if k is not None:
                keys.append((k, True))
        k = unwrap_slot(kf, slot, secret)
        if k is not None:
            keys.append((k, False))
        return keys

    def _unlock(
        self, slots_of: Callable[[KeyFile], list[Slot]], secret: bytes, refused: UserFacingError
    ) -> OpenVault:
        """Under the vault lock: re-read the key file, find a slot that unwraps, check the key file's MAC, open."""
        vault_lock = VaultLock.acquire(self.paths.data_dir)
        try:
            self._read()  # what another process may have written since the slot list was shown
            tampered = False
            for copy in self._candidates:
                kf = copy.keyfile
                assert kf is not None
                for slot in slots_of(kf):
                    keys = self._candidate_keys(kf, slot, secret)
                    if not keys:
                        continue
                    if kf.version >= 2 and not any(kf.authentic(k) for k, _ in keys):
                        tampered = True
                        for k, _ in keys:
                            crypto.wipe(k)
                        break  # this copy was altered outside the app: try the other copy
                    self.keyfile = kf
                    try:
                        opened = self.open_with_keys(slot, keys, vault_lock)
                    except DatabaseDamaged:
                        if kf.pending and kf.pending_for(slot.id) is None:
                            raise WrongPassphrase(
                                tr(
                                    "vault",
                                    "Deze sleutel is vervallen: de gegevenssleutel is vervangen en deze sleutel is "
                                    "daarbij niet meegenomen. Gebruik een ander wachtwoord of de nieuwe "
                                    "herstelsleutel.",
                                )
                            ) from None
                        raise
                    opened.settle = self._settler(opened, copy)
                    return opened
            if tampered:
                raise KeyFileDamaged(
                    tr(
                        "vault",
                        "Het sleutelbestand is buiten VeiligBestuur gewijzigd (een sleutel is toegevoegd of "
                        "veranderd); het wordt daarom niet gebruikt en er is niets gewijzigd. Zet het sleutelbestand "
                        "terug uit de nieuwste back-up (Herstellen…) en meld dit aan de CISO.",
                    )
                )
            raise refused
        except BaseException:
            vault_lock.release()
            raise

    def _settler(self, opened: OpenVault, used: keyfile.Copy) -> Callable[[], None]:
        return lambda: self._settle(opened, used)

    def _settle(self, opened: OpenVault, used: keyfile.Copy) -> None:
        """Once the caller accepts the opened database (its schema is one this app reads): finish an interrupted
        rotation, repair a bad key-file copy, upgrade a version-1 key file, mark the database as requiring an
        authenticated key file, and tell other processes who holds the vault. Before this, nothing was written."""
        from veiligbestuur_desktop.vault.backup import clean_leftovers

        _mark_authenticated(opened)
        if opened.vault_lock is not None:
            opened.vault_lock.announce()
        removed = clean_leftovers(opened.paths.data_dir)  # of a killed backup or restore (we hold the lock)
        if removed:
            log.info("removed %d leftovers of an interrupted backup or restore", len(removed))
        if opened.keyfile.pending:
            self._finish_rotation(opened)
        notice = self._repair_notice(used)
        if notice or opened.keyfile.version < keyfile.VERSION:
            # both copies are rewritten from the one that opened the vault (just read, under the lock)
            try:
                opened.keyfile = keyfile.save(
                    opened.keyfile, opened.paths.keyfile, opened.paths.keyfile_copy, opened.key
                )
            except OSError as exc:  # a full disk must not stop reading; the repair is tried again next time
                log.warning("could not rewrite the key file: %s", type(exc).__name__)
                notice = None
        if notice:
            opened.notices.append(notice)

    def unlock_with_passphrase(self, passphrase: str, slot_id: str | None = None) -> OpenVault:
        secret = normalise_secret(passphrase)
        return self._unlock(
            lambda kf: [
                s for s in kf.slots_of(keyfile.SLOT_PASSPHRASE) if slot_id is None or s.id == slot_id
            ],
            secret,
            WrongPassphrase(
                tr(
                    "vault",
                    "Het wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets. Kwijt? "
                    "Gebruik de herstelsleutel.",
                )
            ),
        )

    def unlock_with_recovery_key(self, text: str) -> OpenVault:
        secret = recovery.secret_bytes(text)  # raises a Dutch ValidationError for typos
        return self._unlock(
            lambda kf: kf.slots_of(keyfile.SLOT_RECOVERY),
            secret,
            WrongPassphrase(
                tr(
                    "vault",
                    "Deze herstelsleutel past niet bij deze kluis. Controleer of u de sleutel van deze gemeente en "
                    "deze database gebruikt (het database-id staat op het blad).",
                )
            ),
        )

    def unlock_with_keyring(self) -> OpenVault:
        """Unlock without typing. Raises a Dutch VaultError (never a dead end: the passphrase still works)."""
        slot = self.keyring_slot()
        if slot is None:
            raise VaultError(tr("vault", "Deze kluis wordt niet onthouden op deze werkplek."))
        b = keyring_slot.backend()
        if b is None:
            raise VaultError(keyring_slot.unavailable_reason())
        if slot.extra.get("backend") and slot.extra.get("backend") != keyring_slot.backend_name(b):
            raise VaultError(
                tr(
                    "vault",
                    "De sleutelbos van deze werkplek is veranderd sinds de kluis hier werd onthouden. Ontgrendel met "
                    "uw wachtwoord en zet ‘Onthoud op deze werkplek’ daarna opnieuw aan.",
                )
            )
        secret = keyring_slot.load_secret(b, slot.extra.get("account", self.keyfile.database_id))
        if secret is None:
            raise VaultError(
                tr(
                    "vault",
                    "De sleutel in de sleutelbos van deze werkplek ontbreekt of is gewijzigd. Ontgrendel met uw "
                    "wachtwoord; daarna kunt u ‘Onthoud op deze werkplek’ opnieuw aanzetten.",
                )
            )
        return self._unlock(
            lambda kf: kf.slots_of(keyfile.SLOT_KEYRING),
            secret,
            VaultError(
                tr(
                    "vault",
                    "De sleutel in de sleutelbos past niet meer bij deze kluis. Ontgrendel met uw wachtwoord en zet "
                    "‘Onthoud op deze werkplek’ daarna opnieuw aan.",
                )
            ),
        )

    def open_with_keys(
        self, slot: Slot, keys: list[tuple[bytearray, bool]], vault_lock: VaultLock | None = None
    ) -> OpenVault:
        """Open the database with the first key that fits; leave the data dir as it was on failure."""
        before = {p: p.exists() for p in self.paths.db_sidecars()}
        error: Exception | None = None
        exclusive = False
        for key, from_pending in keys:
            try:
                conn = connect_raw(self.paths.db, key, configure=False)
            except DiskFull:
                # no room for the WAL index file: read with the index in memory (one connection, this process)
                try:
                    conn = connect_raw(self.paths.db, key, configure=False, exclusive=True)
                except (DatabaseDamaged, DiskFull, sqlcipher.DatabaseError) as exc:
                    error = exc
                    continue
                exclusive = True
            except (DatabaseDamaged, sqlcipher.DatabaseError) as exc:
                error = exc
                continue
            try:
                if self.paths.db.stat().st_size <= INTEGRITY_AT_UNLOCK_MAX_BYTES:
                    problems = cipher_integrity_check(conn)
                    if problems:
                        raise classify_error(Exception(f"{len(problems)} pages"))
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
                if app_id == APPLICATION_ID and self.keyfile.version < 2:
                    raise KeyFileDamaged(
                        tr(
                            "vault",
                            "Het sleutelbestand is vervangen door een oudere, niet-beveiligde versie. Het wordt niet "
                            "gebruikt en er is niets gewijzigd. Zet het sleutelbestand terug uit de nieuwste back-up.",
                        )
                    )
            except sqlcipher.DatabaseError as exc:
                conn.close()
                self._cleanup(before)
                raise classify_error(exc, self.paths.db) from exc
            except BaseException:
                conn.close()
                self._cleanup(before)
                raise
            conn.close()
            for other, _ in keys:
                if other is not key:
                    crypto.wipe(other)
            self.paths.rekey_tmp.unlink(missing_ok=True)  # a rotation interrupted before its swap
            engine = make_engine(self.paths.db, key, exclusive=exclusive)
            notices = list(self.notices)
            if exclusive:
                notices.append(
                    tr(
                        "vault",
                        "De schijf is vol: de kluis is geopend om te lezen. Wijzigingen kunnen pas worden opgeslagen "
                        "als er ruimte is vrijgemaakt; vergrendel en ontgrendel daarna opnieuw.",
                    )
                )
            opened = OpenVault(self.paths, self.keyfile, slot, key, engine, notices, vault_lock=vault_lock)
            opened.opened_with_pending = from_pending
            return opened
        self._cleanup(before)
        for key, _ in keys:
            crypto.wipe(key)
        if isinstance(error, UserFacingError):
            raise error
        raise classify_error(error or Exception("no key"), self.paths.db)

    def _finish_rotation(self, opened: OpenVault) -> None:
        """After an interrupted rotation: keep the generation of keys that opened the database, and say which
        recovery key is valid now."""
        uses_new = opened.opened_with_pending
        kf = self.keyfile
        salt = db_salt(opened.paths.db)
        salts = (salt,) if salt else ()
        if uses_new:
            new_kf = replace(kf, slots=kf.pending, pending=(), db_salts=salts)
        else:
            new_kf = replace(kf, pending=(), db_salts=salts)
        opened.keyfile = keyfile.save(new_kf, opened.paths.keyfile, opened.paths.keyfile_copy, opened.key)
        opened.slot = opened.keyfile.slot(opened.slot.id) or opened.slot
        valid = recovery_hint(next(iter(opened.keyfile.slots_of(keyfile.SLOT_RECOVERY)), None))
        opened.notices.append(
            tr(
                "vault",
                "Een eerder onderbroken vervanging van de gegevenssleutel is afgerond. Geldig is nu {valid}; "
                "de vorige herstelsleutel werkt niet meer.",
            ).format(valid=valid)
            if uses_new
            else tr(
                "vault",
                "Een eerder onderbroken vervanging van de gegevenssleutel is teruggedraaid. Geldig blijft "
                "{valid}; een nieuwe herstelsleutel die eventueel is getoond, werkt niet.",
            ).format(valid=valid)
        )

    def _cleanup(self, before: dict[Path, bool]) -> None:
        for p, existed in before.items():
            if not existed:
                p.unlink(missing_ok=True)


def _mark_authenticated(opened: OpenVault) -> None:
    """From now on this database accepts only an authenticated (version 2) key file: PRAGMA application_id."""
    raw = opened.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlcipher.DatabaseError as exc:  # read-only or a full disk: tried again at the next unlock
        log.warning("could not mark the database: %s", type(exc).__name__)
    finally:
        raw.close()


def _has_interrupted(paths: VaultPaths) -> bool:
    return (paths.data_dir / RESTORE).exists() or paths.new_staging.exists()


def _recover_interrupted(paths: VaultPaths) -> None:
    """Under the vault lock: finish a verified restore or a confirmed init that a crash interrupted during its
    renames; drop an unverified restore staging and a new vault whose recovery key was never confirmed."""
    from veiligbestuur_desktop.vault.backup import complete_interrupted_restore

    if (paths.data_dir / RESTORE).exists():
        complete_interrupted_restore(paths.data_dir)
    staging = paths.new_staging
    if staging.exists():
        if (staging / READY).exists():
            move_into_place(staging, paths.data_dir)
        else:
            shutil.rmtree(staging, ignore_errors=True)


def _restrict(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(0o600)
