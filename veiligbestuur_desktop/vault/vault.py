"""Create, unlock, change and lock the vault: the key file with its slots and the SQLCipher database.

Slots (the LUKS idea): the random data key is wrapped once per way in — passphrase slots (named, e.g. for a
deputy), one recovery slot, and optionally a keyring slot for this workstation. Changing a passphrase re-wraps
one slot; rotating the data key re-keys the database and re-wraps every remaining slot.
"""

from __future__ import annotations

import logging
import os
import stat
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from veiligbestuur_desktop.domain.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
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
from veiligbestuur_desktop.vault import crypto, keyfile, keyring_slot, recovery
from veiligbestuur_desktop.vault.database import (
    DAMAGED_MESSAGE,
    cipher_integrity_check,
    connect_raw,
    create_database,
    make_engine,
)
from veiligbestuur_desktop.vault.keyfile import KeyFile, Slot, fsync_dir

log = logging.getLogger(__name__)

DB_NAME = "veiligbestuur.db"
KEYFILE_NAME = "veiligbestuur.keys"
KEYFILE_COPY_NAME = "veiligbestuur.keys.2"
DEFAULT_SLOT_NAME = "Coördinator"
RECOVERY_SLOT_NAME = "Herstelsleutel"
KEYRING_SLOT_NAME = "Deze werkplek"
INTEGRITY_AT_UNLOCK_MAX_BYTES = 64 * 1024 * 1024  # larger databases are checked in the background / by verify

# Test hook: called with a step name during rotation, to inject interruptions (tests only).
ROTATION_HOOK: Callable[[str], None] | None = None


@dataclass(frozen=True, slots=True)
class VaultPaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keyfile(self) -> Path:
        return self.data_dir / KEYFILE_NAME

    @property
    def keyfile_copy(self) -> Path:
        return self.data_dir / KEYFILE_COPY_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def rekey_tmp(self) -> Path:
        return self.data_dir / (DB_NAME + ".rekey")

    def db_sidecars(self) -> list[Path]:
        return [self.db.with_name(self.db.name + s) for s in ("-wal", "-shm")]

    def vault_exists(self) -> bool:
        return self.db.exists() or self.keyfile.exists() or self.keyfile_copy.exists()


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

    def save_keyfile(self, kf: KeyFile) -> None:
        keyfile.save(kf, self.paths.keyfile, self.paths.keyfile_copy)
        self.keyfile = kf

    def lock(self) -> None:
        """Dispose the engine (closing every pooled connection) and overwrite the key bytes."""
        try:
            self.engine.dispose()
        finally:
            crypto.wipe(self.key)

    # --- slots ------------------------------------------------------------------------------------------

    def passphrase_slots(self) -> list[Slot]:
        return self.keyfile.slots_of(keyfile.SLOT_PASSPHRASE)

    def _check_name(self, name: str, exclude: str | None = None) -> str:
        n = unicodedata.normalize("NFC", name).strip()
        if not n or len(n) > 60 or any(ord(c) < 32 for c in n):
            raise ValidationError(
                tr("vault", "Geef de sleutel een naam van 1 tot 60 tekens, bijvoorbeeld ‘Plaatsvervanger’."),
                field="name",
            )
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
        new = make_kdf_slot(
            self.database_id,
            self.key,
            recovery.secret_bytes(key_text),
            RECOVERY_SLOT_NAME,
            keyfile.SLOT_RECOVERY,
            slot_id=old[0].id if old else None,
        )
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

    def rotate_data_key(self, secrets: dict[str, str]) -> str | None:
        """Replace the data key: `PRAGMA rekey` by export to a new file, and re-wrap every slot that stays.

        `secrets` maps passphrase-slot ids to their passphrases; passphrase slots without one are removed (their
        holder must be added again). The recovery slot gets a new recovery key (returned, to be shown once); a
        keyring slot is re-created when the keyring is usable. Interrupted at any step, the vault still opens:
        the new wrapped keys are kept as `pending` slots until the database carries the new key.
        """
        self.require_open()
        if not any(sid in secrets for sid in (s.id for s in self.passphrase_slots())):
            raise ValidationError(
                tr("vault", "Geef het wachtwoord van ten minste één sleutel op die blijft.")
            )
        hook = ROTATION_HOOK or (lambda _step: None)
        new_key = crypto.new_key()
        db_id = self.database_id
        pending: list[Slot] = []
        kept: list[Slot] = []
        recovery_text: str | None = None
        keyring_secret: bytes | None = None
        for s in self.keyfile.slots:
            if s.kind == keyfile.SLOT_PASSPHRASE and s.id in secrets:
                if unwrap_slot(self.keyfile, s, normalise_secret(secrets[s.id])) is None:
                    raise WrongPassphrase(
                        tr("vault", "Het wachtwoord van sleutel ‘{n}’ klopt niet.").format(n=s.name)
                    )
                kept.append(s)
                pending.append(
                    make_kdf_slot(
                        db_id, new_key, normalise_secret(secrets[s.id]), s.name, s.kind, slot_id=s.id
                    )
                )
            elif s.kind == keyfile.SLOT_RECOVERY:
                recovery_text = recovery.generate()
                kept.append(s)
                pending.append(
                    make_kdf_slot(
                        db_id, new_key, recovery.secret_bytes(recovery_text), s.name, s.kind, slot_id=s.id
                    )
                )
            elif s.kind == keyfile.SLOT_KEYRING:
                b = keyring_slot.backend()
                if b is not None:
                    keyring_secret = os.urandom(keyring_slot.SECRET_BYTES)
                    kept.append(s)
                    pending.append(
                        make_keyring_slot(db_id, new_key, keyring_secret, keyring_slot.backend_name(b), s.id)
                    )
        # 1. the key file holds both generations: the vault opens with the old key or the new one
        self.save_keyfile(replace(self.keyfile, slots=tuple(kept), pending=tuple(pending)))
        hook("pending_written")
        # 2. an encrypted copy under the new key, then an atomic swap of the database file
        self.engine.dispose()
        _export_with_new_key(self.paths, self.key, new_key)
        hook("exported")
        _swap_in_rekeyed(self.paths)
        hook("swapped")
        # 3. promote the new generation
        if keyring_secret is not None:
            b = keyring_slot.backend()
            if b is not None:
                keyring_slot.put_secret(b, db_id, keyring_secret)
        self.save_keyfile(replace(self.keyfile, slots=tuple(pending), pending=()))
        hook("promoted")
        crypto.wipe(self.key)
        self.key[:] = new_key
        self.engine = make_engine(self.paths.db, self.key)
        self.slot = self.keyfile.slot(self.slot.id) or pending[0]
        return recovery_text


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


def _translate_db_error(exc: Exception) -> UserFacingError:
    return DatabaseDamaged(tr("vault", DAMAGED_MESSAGE), detail=str(exc))


class Vault:
    """A vault on disk, before unlocking."""

    def __init__(self, paths: VaultPaths, kf: KeyFile, notices: list[str]) -> None:
        self.paths = paths
        self.keyfile = kf
        self.notices = notices

    # --- creating ------------------------------------------------------------------------------------------

    @staticmethod
    def create(data_dir: Path, passphrase: str, slot_name: str = DEFAULT_SLOT_NAME) -> OpenVault:
        """A new vault with a passphrase slot and a recovery slot (see `OpenVault.replace_recovery_key`)."""
        paths = VaultPaths(Path(data_dir))
        if paths.vault_exists():
            raise VaultExists(
                tr(
                    "vault",
                    "In {dir} staat al een kluis. Er is niets gewijzigd; kies een andere map of open de bestaande kluis.",
                ).format(dir=paths.data_dir)
            )
        ensure_private_dir(paths.data_dir)
        key = crypto.new_key()
        kf = KeyFile.new()
        kf = kf.with_slot(make_passphrase_slot(kf.database_id, key, passphrase, slot_name))
        created: list[Path] = []
        try:
            create_database(paths.db, key)
            created.append(paths.db)
            created.extend(paths.db_sidecars())
            created.extend([paths.keyfile, paths.keyfile_copy])
            keyfile.save(kf, paths.keyfile, paths.keyfile_copy)
            _restrict(paths.db)
        except BaseException:
            for p in created:
                p.unlink(missing_ok=True)
            crypto.wipe(key)
            raise
        return OpenVault(paths, kf, kf.slots[0], key, make_engine(paths.db, key))

    # --- opening -------------------------------------------------------------------------------------------

    @staticmethod
    def open(data_dir: Path) -> Vault:
        paths = VaultPaths(Path(data_dir))
        if (paths.data_dir / ".herstel").exists():
            from veiligbestuur_desktop.vault.backup import complete_interrupted_restore

            complete_interrupted_restore(paths.data_dir)
        try:
            result = keyfile.load(paths.keyfile, paths.keyfile_copy)
        except keyfile.KeyFileTooNew as exc:
            raise DatabaseTooNew(
                tr(
                    "vault",
                    "Het sleutelbestand is gemaakt met een nieuwere versie van VeiligBestuur. "
                    "Installeer de nieuwste versie; er is niets gewijzigd.",
                ),
                detail=str(exc),
            ) from exc
        except keyfile.KeyFileFormatError as exc:
            raise KeyFileDamaged(
                tr(
                    "vault",
                    "Beide kopieën van het sleutelbestand ({name}) zijn beschadigd. Er is niets gewijzigd. "
                    "Zet de nieuwste back-up terug (Herstellen…).",
                ).format(name=KEYFILE_NAME),
                detail=str(exc),
            ) from exc
        if result is None:
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
        notices: list[str] = []
        if result.used_copy == 2 or result.damaged_copies:
            notices.append(
                tr(
                    "vault",
                    "Het sleutelbestand was beschadigd of ontbrak; de tweede kopie is gebruikt. "
                    "Maak zo snel mogelijk een nieuwe back-up.",
                )
            )
        if not paths.db.exists():
            raise VaultNotFound(
                tr(
                    "vault",
                    "De database ({name}) ontbreekt in {dir}. Zet de nieuwste back-up terug via Herstellen…; "
                    "er is niets gewijzigd.",
                ).format(name=DB_NAME, dir=paths.data_dir)
            )
        return Vault(paths, result.keyfile, notices)

    def passphrase_slots(self) -> list[Slot]:
        return self.keyfile.slots_of(keyfile.SLOT_PASSPHRASE)

    def has_recovery_slot(self) -> bool:
        return bool(self.keyfile.slots_of(keyfile.SLOT_RECOVERY))

    def keyring_slot(self) -> Slot | None:
        slots = self.keyfile.slots_of(keyfile.SLOT_KEYRING)
        return slots[0] if slots else None

    def _candidate_keys(self, slot: Slot, secret: bytes) -> list[tuple[bytearray, bool]]:
        """(key, from_pending) pairs: during an interrupted rotation the new key is tried first."""
        keys: list[tuple[bytearray, bool]] = []
        pending = self.keyfile.pending_for(slot.id)
        if pending is not None:
            k = unwrap_slot(self.keyfile, pending, secret)
            if k is not None:
                keys.append((k, True))
        k = unwrap_slot(self.keyfile, slot, secret)
        if k is not None:
            keys.append((k, False))
        return keys

    def unlock_with_passphrase(self, passphrase: str, slot_id: str | None = None) -> OpenVault:
        secret = normalise_secret(passphrase)
        for slot in (s for s in self.passphrase_slots() if slot_id is None or s.id == slot_id):
            keys = self._candidate_keys(slot, secret)
            if keys:
                return self.open_with_keys(slot, keys)
        raise WrongPassphrase(
            tr(
                "vault",
                "Het wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets. Kwijt? "
                "Gebruik de herstelsleutel.",
            )
        )

    def unlock_with_recovery_key(self, text: str) -> OpenVault:
        secret = recovery.secret_bytes(text)  # raises a Dutch ValidationError for typos
        for slot in self.keyfile.slots_of(keyfile.SLOT_RECOVERY):
            keys = self._candidate_keys(slot, secret)
            if keys:
                return self.open_with_keys(slot, keys)
        raise WrongPassphrase(
            tr(
                "vault",
                "Deze herstelsleutel past niet bij deze kluis. Controleer of u de sleutel van deze gemeente en "
                "deze database gebruikt (het database-id staat op het blad).",
            )
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
        keys = self._candidate_keys(slot, secret)
        if not keys:
            raise VaultError(
                tr(
                    "vault",
                    "De sleutel in de sleutelbos past niet meer bij deze kluis. Ontgrendel met uw wachtwoord en zet "
                    "‘Onthoud op deze werkplek’ daarna opnieuw aan.",
                )
            )
        return self.open_with_keys(slot, keys)

    def open_with_keys(self, slot: Slot, keys: list[tuple[bytearray, bool]]) -> OpenVault:
        """Open the database with the first key that fits; leave the data dir as it was on failure."""
        before = {p: p.exists() for p in self.paths.db_sidecars()}
        error: Exception | None = None
        for key, from_pending in keys:
            try:
                conn = connect_raw(self.paths.db, key, configure=False)
            except (DatabaseDamaged, sqlcipher.DatabaseError) as exc:
                error = exc
                continue
            try:
                if self.paths.db.stat().st_size <= INTEGRITY_AT_UNLOCK_MAX_BYTES:
                    problems = cipher_integrity_check(conn)
                    if problems:
                        raise DatabaseDamaged(tr("vault", DAMAGED_MESSAGE), detail=f"{len(problems)} pages")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError as exc:
                conn.close()
                self._cleanup(before)
                raise _translate_db_error(exc) from exc
            except BaseException:
                conn.close()
                self._cleanup(before)
                raise
            conn.close()
            for other, _ in keys:
                if other is not key:
                    crypto.wipe(other)
            self.paths.rekey_tmp.unlink(missing_ok=True)  # a rotation interrupted before its swap
            engine = make_engine(self.paths.db, key)
            opened = OpenVault(self.paths, self.keyfile, slot, key, engine, list(self.notices))
            if self.keyfile.pending:
                self._finish_rotation(opened, from_pending)
            return opened
        self._cleanup(before)
        for key, _ in keys:
            crypto.wipe(key)
        if isinstance(error, UserFacingError):
            raise error
        raise DatabaseDamaged(tr("vault", DAMAGED_MESSAGE), detail=str(error))

    def _finish_rotation(self, opened: OpenVault, uses_new: bool) -> None:
        """After an interrupted rotation: keep the generation of keys that opened the database."""
        if uses_new:
            kf = replace(self.keyfile, slots=self.keyfile.pending, pending=())
        else:
            kf = replace(self.keyfile, pending=())
        opened.save_keyfile(kf)
        opened.slot = kf.slot(opened.slot.id) or opened.slot
        opened.notices.append(
            tr("vault", "Een eerder onderbroken vervanging van de sleutel is afgerond.")
            if uses_new
            else tr(
                "vault",
                "Een eerder onderbroken vervanging van de sleutel is teruggedraaid; de oude sleutel blijft.",
            )
        )

    def _cleanup(self, before: dict[Path, bool]) -> None:
        for p, existed in before.items():
            if not existed:
                p.unlink(missing_ok=True)


def _restrict(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(0o600)
