"""Expected errors: each carries a Dutch message that tells the user what to do next."""

from __future__ import annotations


class UserFacingError(Exception):
    """An expected problem the user can act on. `message` is shown as is (Dutch)."""

    exit_code = 2

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ValidationError(UserFacingError):
    """One or more fields are invalid; `field` names the first one (for focusing it in a form)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class VaultError(UserFacingError):
    """Base for problems opening or changing the vault."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class KeyFileMissing(VaultError):
    pass


class KeyFileDamaged(VaultError):
    pass


class DatabaseDamaged(VaultError):
    pass


class DatabaseTooNew(VaultError):
    pass


class EncryptionUnavailable(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class NotFound(UserFacingError):
    pass


class VaultInUse(VaultError):
    """Another process has the vault open (the OS-level vault lock is held). `holder` describes it."""

    def __init__(self, message: str, *, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder


class VaultBusy(VaultError):
    """The database is busy (another connection holds a write transaction): try again shortly. Not damage."""


class KeyFileConflict(VaultError):
    """The key file changed on disk since this process read it (compare-and-swap refused the write)."""


class DiskFull(UserFacingError):
    """The disk (or quota) is full: nothing was half-written."""


class OutputExists(UserFacingError):
    """An output file exists and the user did not confirm replacing it."""
