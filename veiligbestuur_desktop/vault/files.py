"""Where a vault keeps its files, and whether there is one: all the first window needs to know before the rest
of the vault code (SQLCipher, the key derivation, the lock) is loaded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from veiligbestuur_desktop.domain.errors import VaultError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.vault.staging import NEW

DB_NAME = "veiligbestuur.db"
KEYFILE_NAME = "veiligbestuur.keys"
KEYFILE_COPY_NAME = "veiligbestuur.keys.2"


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

    @property
    def new_staging(self) -> Path:
        return self.data_dir / NEW

    def db_sidecars(self) -> list[Path]:
        return [self.db.with_name(self.db.name + s) for s in ("-wal", "-shm")]

    def vault_exists(self) -> bool:
        check_data_dir(self.data_dir)
        return self.db.exists() or self.keyfile.exists() or self.keyfile_copy.exists()


def check_data_dir(path: Path) -> None:
    """A data dir that exists must be a directory (a file there gets its own message, not a generic error)."""
    if path.exists() and not path.is_dir():
        raise VaultError(
            tr(
                "vault",
                "{p} is een bestand, geen map. Kies voor de kluis een map (bijvoorbeeld met --data-dir); "
                "er is niets gewijzigd.",
            ).format(p=path)
        )
