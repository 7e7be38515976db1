"""Migration 0012 adds step 7's tables (new tables only: no audited record changes) and takes them away again."""

from __future__ import annotations

from alembic import command

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.store import migrate
from veiligbestuur_desktop.vault.vault import Vault

TABLES = {"incident_evaluation", "term_review", "term_review_item"}


def _tables(conn) -> set[str]:  # type: ignore[no-untyped-def]
    return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_upgrade_to_0012_and_back(data_dir):
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    try:
        with opened.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0011")
            assert not TABLES & _tables(conn)
            before = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
            command.upgrade(cfg, "0012")
            assert _tables(conn) >= TABLES
            # no baseline entries: the upgrade changes no audited record
            assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() == before
            command.downgrade(cfg, "0011")
            assert not TABLES & _tables(conn)
            command.upgrade(cfg, "0012")
            assert _tables(conn) >= TABLES
    finally:
        opened.lock()
