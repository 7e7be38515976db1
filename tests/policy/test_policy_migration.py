"""Migration 0008 adds the step-1 tables and nothing else: an existing vault upgrades with its audit trail
intact (no audited record changes), and a downgrade removes exactly those tables."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.store import migrate
from veiligbestuur_desktop.vault.vault import Vault

TABLES = {
    "policy",
    "policy_event",
    "house_rules",
    "house_rules_event",
    "media_scenario",
    "policy_decision",
    "policy_decision_blob",
}


def test_upgrade_and_downgrade_of_0008(data_dir):
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    try:
        with opened.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007")
            conn.exec_driver_sql(
                "INSERT INTO person (kind, name, description, party, portefeuilles, phone, email, "
                "verhoogd_risico, beveiligingsadvies_ref, address, organisation, function, created_at, updated_at) "
                "VALUES ('ambtsdrager', 'Anna', '', '', '', '', '', 0, '', '', '', '', '2026-01-01', '2026-01-01')"
            )
            before = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
            assert not TABLES & set(inspect(conn).get_table_names())
        with opened.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0008")
            assert set(inspect(conn).get_table_names()) >= TABLES
            # no audited record changed, so no baseline entries: the trail is as it was
            assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() == before
        with opened.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007")
            assert not TABLES & set(inspect(conn).get_table_names())
            assert conn.exec_driver_sql("SELECT count(*) FROM person").scalar() == 1
    finally:
        opened.lock()
