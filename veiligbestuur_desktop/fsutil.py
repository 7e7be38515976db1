"""Durable file writes shared by every layer: a crash leaves the old file or the new one, never a mix.

`write_output` is the one way an export (PDF, recovery sheet, anchor, backup) reaches a place the user chose:
never over an existing file without confirmation, never inside the data dir, atomically, mode 0600. Disk-full
errors become one Dutch message (`disk_full_error`).
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterable
from pathlib import Path

from veiligbestuur_desktop.domain.errors import DiskFull, OutputExists, UserFacingError
from veiligbestuur_desktop.domain.i18n import tr

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DISK_FULL_WINERRORS = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def is_disk_full(exc: BaseException) -> bool:
    """Whether an OS error or an SQLite error means: the disk (or the user's quota) is full."""
    if isinstance(exc, OSError) and (
        exc.errno in _DISK_FULL_ERRNOS or getattr(exc, "winerror", None) in _DISK_FULL_WINERRORS
    ):
        return True
    text = str(exc).lower()
    return "database or disk is full" in text or "no space left on device" in text


def disk_full_error(where: Path | str | None = None) -> DiskFull:
    if where:
        return DiskFull(
            tr(
                "fsutil",
                "De schijf is vol: {where} kon niet worden geschreven. Er is niets half opgeslagen. "
                "Maak ruimte vrij of kies een andere plek, en probeer het opnieuw.",
            ).format(where=where)
        )
    return DiskFull(
        tr(
            "fsutil",
            "De schijf is vol. Er is niets half opgeslagen. Maak ruimte vrij of kies een andere plek, "
            "en probeer het opnieuw.",
        )
    )


def _tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def _write_fsync(tmp: Path, data: bytes, mode: int) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":
        os.chmod(tmp, mode)  # the umask may have narrowed it; never wider than asked


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new file, never a mix."""
    tmp = _tmp_name(path)
    try:
        _write_fsync(tmp, data, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def _inside(path: Path, directory: Path) -> bool:
    try:
        path.resolve().relative_to(directory.resolve())
        return True
    except (ValueError, OSError):
        return False


def check_output_target(path: Path, *, force: bool = False, forbidden: Iterable[Path] = ()) -> Path:
    """Refuse, before any work is done, an output that would overwrite without confirmation or land in the vault."""
    path = Path(path)
    for directory in forbidden:
        if _inside(path, Path(directory)):
            raise UserFacingError(
                tr(
                    "fsutil",
                    "{p} ligt in de map van de kluis. Kies een plek buiten {d}; er is niets gewijzigd.",
                ).format(p=path, d=directory)
            )
    if path.is_dir():
        raise UserFacingError(tr("fsutil", "{p} is een map; kies een bestandsnaam.").format(p=path))
    if not path.parent.is_dir():
        raise UserFacingError(
            tr("fsutil", "De map {p} bestaat niet. Kies een bestaande map; er is niets gewijzigd.").format(
                p=path.parent
            )
        )
    if (path.exists() or path.is_symlink()) and not force:
        raise OutputExists(
            tr(
                "fsutil",
                "{p} bestaat al. Er is niets gewijzigd: kies een andere bestandsnaam, of bevestig dat het bestand "
                "vervangen mag worden (op de opdrachtregel met --force).",
            ).format(p=path)
        )
    return path


def write_output(path: Path, data: bytes, *, force: bool = False, forbidden: Iterable[Path] = ()) -> None:
    """Write an export atomically with mode 0600: never over an existing file unless `force`, never into
    one of the `forbidden` directories (the data dir). A full disk gets its own message; no half file stays."""
    path = check_output_target(path, force=force, forbidden=list(forbidden))
    tmp = _tmp_name(path)
    try:
        _write_fsync(tmp, data, 0o600)
        place_file(tmp, path, force=force)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise disk_full_error(path) from exc
        if isinstance(exc, FileExistsError):
            raise OutputExists(
                tr(
                    "fsutil", "{p} is intussen aangemaakt. Er is niets gewijzigd; kies een andere naam."
                ).format(p=path)
            ) from exc
        raise UserFacingError(
            tr("fsutil", "{p} kon niet worden geschreven ({err}). Er is niets gewijzigd.").format(
                p=path, err=exc.strerror or type(exc).__name__
            )
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def place_file(tmp: Path, path: Path, *, force: bool) -> None:
    """Move a finished temp file to `path`: replace when `force`, else only if `path` does not exist (atomic
    no-clobber by a hard link where the file system has them, else rename, which refuses on Windows)."""
    if force:
        os.replace(tmp, path)
        return
    if os.name == "nt":
        os.rename(tmp, path)  # raises FileExistsError when the target exists
        return
    try:
        os.link(tmp, path)  # raises FileExistsError when the target exists
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network shares): check, then rename
        if path.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from None
        os.replace(tmp, path)
        return
    tmp.unlink()


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
