"""Consistent encrypted copies of the open database (VACUUM INTO keeps the SQLCipher key and encryption)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import StaticPool

from veiligbestuur_desktop.vault.database import key_pragma
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
        os.fsync(fh.fileno())
    fsync_dir(dest.parent)


@contextmanager
def read_only(path: Path, key: bytes | bytearray) -> Iterator[Engine]:
    """An engine over one read-only, keyed connection to a snapshot file; nothing is written next to it.

    Used to read facts (the audit chain head) from exactly the copy that goes into a backup.
    """
    conn = sqlcipher.connect(
        Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA query_only = ON")

        def creator() -> Any:
            return conn

        engine = create_engine(
            "sqlite+pysqlite://",
            creator=creator,
            module=sqlcipher,
            poolclass=StaticPool,
            hide_parameters=True,
        )
        try:
            yield engine
        finally:
            engine.dispose()
    finally:
        conn.close()
