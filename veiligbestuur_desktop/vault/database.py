"""Opening the SQLCipher database with the raw data key, and the per-connection settings SECURITY.md asks for."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from veiligbestuur_desktop.domain.errors import (
    DatabaseDamaged,
    EncryptionUnavailable,
    UserFacingError,
    VaultBusy,
)
from veiligbestuur_desktop.domain.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

WRITE_OPTION = "veiligbestuur_write"  # execution option: this transaction will write
# Per connection. A warm cache reads at plain SQLite speed (cold pages cost a decryption); 48 MiB keeps the
# 100,000-incident query mix at plain speed, and with the pool handing out its most recent connection first
# (use_lifo) the GUI's reads warm one cache instead of five: 128 MiB each let RSS grow past 500 MB while browsing.
CACHE_SIZE_KIB = 48 * 1024
BUSY_TIMEOUT_MS = 10_000

# PRAGMA application_id of a database whose key file must be authenticated (version 2): "VB02". A key file
# swapped for an older, unauthenticated one is then refused.
APPLICATION_ID = 0x56423032
SALT_BYTES = 16

BUSY_MESSAGE = (
    "De kluis is bezig: een ander programma schrijft er op dit moment in. Er is niets gewijzigd en er is niets "
    "beschadigd. Probeer het zo opnieuw."
)

DAMAGED_MESSAGE = (
    "De database is beschadigd en kan niet veilig worden gelezen. Er is niets gewijzigd. "
    "Zet de nieuwste back-up terug via Bestand > Herstellen… of `veiligbestuur restore`."
)


def db_salt(path: Path) -> str | None:
    """The SQLCipher salt (the first 16 bytes of the file, in clear) as hex; None when unreadable or too short."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return None
    return head.hex() if len(head) == SALT_BYTES else None


LOW_SPACE_BYTES = 1024 * 1024


def disk_full_cause(exc: BaseException, path: Path | None = None) -> bool:
    """Whether an error comes from a full disk. SQLite reports a full disk while creating the WAL index or a
    journal as a plain "disk I/O error": with a path, that counts as full when its file system has (almost) no
    room left."""
    from veiligbestuur_desktop.fsutil import is_disk_full

    if is_disk_full(exc):
        return True
    text = str(exc).lower()
    if path is None or not ("disk i/o error" in text or "unable to open database file" in text):
        return False
    try:
        return shutil.disk_usage(Path(path).parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def classify_error(exc: BaseException, path: Path | None = None) -> UserFacingError:
    """A database error as the user must hear it: busy (try again), disk full, or damaged (restore)."""
    from veiligbestuur_desktop.fsutil import disk_full_error

    text = str(exc).lower()
    if "database is locked" in text or "database is busy" in text or "database table is locked" in text:
        return VaultBusy(tr("vault", BUSY_MESSAGE), detail=type(exc).__name__)
    if disk_full_cause(exc, path):
        return disk_full_error()
    return DatabaseDamaged(tr("vault", DAMAGED_MESSAGE), detail=str(exc))


def key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def connect_raw(
    path: Path, key: bytes | bytearray, *, configure: bool = True, exclusive: bool = False
) -> sqlcipher.Connection:
    """A DB-API connection keyed with the raw data key, checked and configured. Fails closed.

    `exclusive`: locking_mode EXCLUSIVE before the first read, so that SQLite keeps the WAL index in heap memory
    instead of the `-shm` file: the only way to read a WAL database on a disk too full to create that file.
    """
    conn = sqlcipher.connect(
        str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        conn.execute(key_pragma(key))
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise EncryptionUnavailable(
                tr(
                    "vault",
                    "De versleuteling (SQLCipher) is niet beschikbaar in deze installatie. "
                    "De database wordt niet geopend. Installeer de applicatie opnieuw.",
                )
            )
        conn.execute("PRAGMA cipher_log_level = NONE")
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            # first read: fails when the key does not fit or page 1 is damaged (or another process holds an
            # exclusive lock: that is "busy", never "damaged")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise classify_error(exc, path) from exc
        if configure:
            configure_connection(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def configure_connection(conn: sqlcipher.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if not mode or str(mode[0]).lower() != "wal":
        log.warning("journal_mode WAL not active: %s", mode)
    for pragma in (
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA recursive_triggers = ON",  # delete triggers fire for INSERT OR REPLACE as well
    ):
        conn.execute(pragma)


def create_database(path: Path, key: bytes | bytearray) -> None:
    """Create a new, empty encrypted database file (fails if it exists)."""
    if path.exists():
        raise FileExistsError(path)
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE _vault_init (id INTEGER PRIMARY KEY)")
        conn.execute("DROP TABLE _vault_init")
    finally:
        conn.close()


def make_engine(path: Path, key: bytearray, *, exclusive: bool = False) -> Engine:
    """An SQLAlchemy engine over a pool of long-lived, keyed connections.

    `key` is the caller's bytearray; the engine reads it for every new connection, so after the caller wipes it
    (lock) no new connection can be opened even if someone still holds the engine. `exclusive` (a full disk):
    one connection in locking mode EXCLUSIVE, which needs no `-shm` file (see connect_raw).
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    def creator() -> Any:
        if not any(key):
            raise EncryptionUnavailable(tr("vault", "De kluis is vergrendeld."))
        return connect_raw(path, key, exclusive=exclusive)

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=1 if exclusive else 3,
        max_overflow=0 if exclusive else 2,
        pool_use_lifo=True,  # the warm connection first (see CACHE_SIZE_KIB)
        pool_pre_ping=False,
        hide_parameters=True,  # SQL parameters may be personal data: keep them out of error messages
    )

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        # let SQLAlchemy own BEGIN/COMMIT so that DDL in migrations is transactional too
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers take the write lock up front (no SQLITE_BUSY_SNAPSHOT when a read turns into a write while
        # another thread committed); readers use a deferred BEGIN and never block anyone in WAL mode.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

    return engine


def integrity_check(conn: Any) -> list[str]:
    """Problems reported by PRAGMA integrity_check; empty when the structure is sound."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def cipher_integrity_check(conn: Any) -> list[str]:
    """Pages whose HMAC fails (PRAGMA cipher_integrity_check); empty when every page is authentic."""
    return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
