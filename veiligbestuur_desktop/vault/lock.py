"""One vault, one writer: an OS-level lock on `<data dir>/veiligbestuur.lock`, held while a process has the vault
unlocked (and during init, restore and rotation).

The lock is an advisory OS lock (`flock` on POSIX, `msvcrt.locking` on Windows) on an open file descriptor, so the
operating system releases it when the process ends in any way (kill -9, power cut): a stale lock of a dead process
is taken over by simply acquiring it. Who holds it (program, user, host, process id, since when; no personal data)
is written to `veiligbestuur.lock.info` after the vault has been opened, so a refused process can say who to ask.

Every process takes the lock exclusively, readers included: the read-only commands write audit entries (unlock,
export) and may repair a damaged key-file copy, so they are writers too, and they are short.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from veiligbestuur_desktop.domain.errors import VaultInUse
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.fsutil import atomic_write

LOCK_NAME = "veiligbestuur.lock"
INFO_NAME = "veiligbestuur.lock.info"

# What this process calls itself in the holder record; the GUI and each CLI command set it at start.
PROGRAM = "VeiligBestuur"

# Locks held by this process, by resolved data dir: a second open in the same process is refused as well.
_held: dict[str, VaultLock] = {}


@dataclass(frozen=True, slots=True)
class Holder:
    program: str
    user: str
    host: str
    pid: int
    since: str  # local time, ISO

    def describe(self) -> str:
        try:
            from veiligbestuur_desktop.domain.fields import format_datetime

            since = format_datetime(datetime.fromisoformat(self.since))
        except ValueError:
            since = self.since
        return tr("vault", "‘{program}’ van gebruiker {user} op computer {host} (sinds {since})").format(
            program=self.program, user=self.user, host=self.host, since=since
        )


def _this_holder() -> Holder:
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account): say so plainly
        user = "?"
    return Holder(
        PROGRAM,
        user,
        socket.gethostname(),
        os.getpid(),
        datetime.now().astimezone().isoformat(timespec="seconds"),
    )


def read_holder(data_dir: Path) -> Holder | None:
    try:
        doc: Any = json.loads((Path(data_dir) / INFO_NAME).read_text(encoding="utf-8"))
        return Holder(
            str(doc["program"]), str(doc["user"]), str(doc["host"]), int(doc["pid"]), str(doc["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _alive(pid: int) -> bool:
    if os.name != "posix":  # pragma: no cover - no cheap check on Windows; trust the record
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def in_use_error(data_dir: Path) -> VaultInUse:
    import socket

    holder = read_holder(data_dir)
    if holder is not None and holder.host == socket.gethostname() and not _alive(holder.pid):
        holder = None  # a record left by an earlier holder; the present one has not announced itself yet
    if holder is None:
        who = tr("vault", "een ander programma (het wordt op dit moment geopend)")
    else:
        who = holder.describe()
    return VaultInUse(
        tr(
            "vault",
            "De kluis in {dir} is in gebruik door {who}. Er is niets gewijzigd. Vergrendel of sluit de kluis daar, "
            "en probeer het daarna opnieuw.",
        ).format(dir=data_dir, who=who),
        holder=who,
    )


class VaultLock:
    """An acquired vault lock. `release()` is idempotent; the OS releases it too when the process ends."""

    def __init__(self, data_dir: Path, fd: int) -> None:
        self.data_dir = data_dir
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, data_dir: Path) -> VaultLock:
        """Take the lock or raise VaultInUse (one Dutch line naming the holder). Creates nothing else."""
        data_dir = Path(data_dir)
        key = str(data_dir.resolve())
        if key in _held and _held[key].held:
            raise in_use_error(data_dir)
        fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise in_use_error(data_dir)
        lock = cls(data_dir, fd)
        _held[key] = lock
        return lock

    def announce(self) -> None:
        """Record who holds the lock (after a successful open, so a failed unlock changes no file)."""
        if self._fd is None:
            return
        holder = _this_holder()
        current = read_holder(self.data_dir)
        if current is not None and (current.pid, current.host, current.program) == (
            holder.pid,
            holder.host,
            holder.program,
        ):
            return
        # a full disk must not block the open vault; the lock itself holds regardless
        with contextlib.suppress(OSError):
            atomic_write(
                self.data_dir / INFO_NAME,
                json.dumps(
                    {
                        "program": holder.program,
                        "user": holder.user,
                        "host": holder.host,
                        "pid": holder.pid,
                        "since": holder.since,
                    },
                    ensure_ascii=False,
                ).encode("utf-8"),
            )

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        key = str(self.data_dir.resolve())
        if _held.get(key) is self:
            del _held[key]
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> VaultLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
