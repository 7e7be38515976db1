"""Create, unlock and lock the vault: the key file with its slots and the SQLCipher database."""

from __future__ import annotations

import logging
import os
import stat
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from veiligbestuur_desktop.domain.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.vault import crypto, keyfile
from veiligbestuur_desktop.vault.database import create_database, make_engine
from veiligbestuur_desktop.vault.keyfile import KeyFile, Slot

log = logging.getLogger(__name__)

DB_NAME = "veiligbestuur.db"
KEYFILE_NAME = "veiligbestuur.keys"
KEYFILE_COPY_NAME = "veiligbestuur.keys.2"
DEFAULT_SLOT_NAME = "Coördinator"


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


def make_passphrase_slot(
    database_id: str, key: bytes | bytearray, passphrase: str, name: str, kdf: crypto.KdfParams | None = None
) -> Slot:
    return _make_kdf_slot(database_id, key, normalise_secret(passphrase), name, keyfile.SLOT_PASSPHRASE, kdf)


def _make_kdf_slot(
    database_id: str,
    key: bytes | bytearray,
    secret: bytes,
    name: str,
    kind: str,
    kdf: crypto.KdfParams | None,
) -> Slot:
    params = kdf or crypto.calibrate()
    salt = os.urandom(crypto.SALT_BYTES)
    slot_id = uuid.uuid4().hex[:12]
    kek = crypto.derive(secret, salt, params)
    ad = f"veiligbestuur:{database_id}:{slot_id}".encode()
    nonce, wrapped = crypto.wrap(kek, key, ad)
    return Slot(
        id=slot_id,
        kind=kind,
        name=name,
        created=keyfile.now_iso(),
        nonce=nonce,
        wrapped=wrapped,
        salt=salt,
        kdf=params,
    )


def unwrap_with_secret(kf: KeyFile, slot: Slot, secret: bytes) -> bytearray | None:
    if slot.kdf is None:
        return None
    kek = crypto.derive(secret, slot.salt, slot.kdf)
    return crypto.unwrap(kek, slot.nonce, slot.wrapped, slot.associated_data(kf.database_id))


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


class Vault:
    """A vault on disk, before unlocking."""

    def __init__(self, paths: VaultPaths, kf: KeyFile, notices: list[str]) -> None:
        self.paths = paths
        self.keyfile = kf
        self.notices = notices

    # --- creating ------------------------------------------------------------------------------------------

    @staticmethod
    def create(data_dir: Path, passphrase: str, slot_name: str = DEFAULT_SLOT_NAME) -> OpenVault:
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
        try:
            result = keyfile.load(paths.keyfile, paths.keyfile_copy)
        except keyfile.KeyFileTooNew as exc:
            from veiligbestuur_desktop.domain.errors import DatabaseTooNew

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
                    "Zet het sleutelbestand terug uit een back-up (Herstellen…).",
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

    def unlock_with_passphrase(self, passphrase: str, slot_id: str | None = None) -> OpenVault:
        secret = normalise_secret(passphrase)
        candidates = [s for s in self.passphrase_slots() if slot_id is None or s.id == slot_id]
        for slot in candidates:
            key = unwrap_with_secret(self.keyfile, slot, secret)
            if key is not None:
                return self.open_with_key(slot, key)
        raise WrongPassphrase(
            tr(
                "vault",
                "Het wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets. Kwijt? "
                "Gebruik de herstelsleutel.",
            )
        )

    def open_with_key(self, slot: Slot, key: bytearray) -> OpenVault:
        """Open the database with an unwrapped data key (a first connection proves the key and the file)."""
        engine = make_engine(self.paths.db, key)
        try:
            with engine.connect():
                pass
        except BaseException:
            engine.dispose()
            crypto.wipe(key)
            raise
        return OpenVault(self.paths, self.keyfile, slot, key, engine, list(self.notices))


def _restrict(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(0o600)
