"""Consistent encrypted copies of the open database (VACUUM INTO keeps the SQLCipher key and encryption)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from veiligbestuur_desktop.vault.keyfile import fsync_dir


def vacuum_into(engine: Engine, dest: Path) -> None:
    """Write a compacted, encrypted copy of the database to `dest` (which must not exist)."""
    if dest.exists():
        raise FileExistsError(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(dest),))  # type: ignore[union-attr]
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    with dest.open("rb+") as fh:
        import os

        os.fsync(fh.fileno())
    fsync_dir(dest.parent)
