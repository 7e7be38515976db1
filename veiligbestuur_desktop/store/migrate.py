"""Schema migrations from code: Alembic with its scripts inside the package.

Alembic itself is imported only when a migration is due or the scripts are read: an up-to-date vault is told by
its `alembic_version` row and `HEAD` (the import took a tenth of a second of every unlock from the keyring).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc, text

from veiligbestuur_desktop.domain.errors import DatabaseTooNew
from veiligbestuur_desktop.domain.i18n import tr

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision: an unlock of an up-to-date vault needs no reading of every migration script (tens of
# milliseconds at each unlock). tests/store/test_migrations.py checks it against the scripts.
HEAD = "0015"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision in the database's `alembic_version` table (None for a database without one)."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except exc.OperationalError as err:
            if "no such table" not in str(err.orig):
                raise
            return None  # a database Alembic never touched
    if len(rows) > 1:
        raise RuntimeError("alembic_version holds more than one head")  # never written by this application
    return str(rows[0][0]) if rows else None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is behind; raises DatabaseTooNew when a newer app wrote it."""
    current = current_revision(engine)
    if current == HEAD:
        return False
    if current is not None and current not in known_revisions():
        raise DatabaseTooNew(
            tr(
                "store",
                "Deze database is gemaakt met een nieuwere versie van VeiligBestuur (schema {rev}). "
                "Installeer de nieuwste versie van de applicatie; er is niets gewijzigd.",
            ).format(rev=current)
        )
    return current != head_revision()


def upgrade(engine: Engine, before: Callable[[str | None, str], None] | None = None) -> bool:
    """Bring the schema to head. `before(current, head)` runs first (the caller keeps a copy there).

    Returns True when a migration ran.
    """
    if not needs_upgrade(engine):
        return False
    current = current_revision(engine)
    head = head_revision()
    if before is not None:
        before(current, head)
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
