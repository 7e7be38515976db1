"""Migration 0013 (exchange and privacy): a vault of schema 0012 with incidents upgrades, gets the three new
tables, keeps every record hash (new tables only: no baseline entries needed) and verifies clean; the
downgrade removes the tables again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from tests.conftest import PASSPHRASE
from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.services import lifecycle, verify
from veiligbestuur_desktop.services.importer import ImportService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.store import audit, migrate

TABLES = {"import_mapping", "retention_rule", "purge_tombstone"}


def test_upgrade_from_0012_and_back(data_dir):
    ws = lifecycle.create_vault(data_dir, "Súdwest-Fryslân", "Eelke de Vries", PASSPHRASE)
    lifecycle.confirm_created(ws)
    IncidentService(ws).register(incident_draft(make_people(ws)))
    cfg = migrate._config()
    engine = ws.vault.engine
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
    assert migrate.current_revision(engine) == "0012"
    assert not TABLES & set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        before = dict(audit.latest_record_hashes(conn))
    ws.lock()

    ws = lifecycle.unlock(data_dir, PASSPHRASE)  # upgrades to the head
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        assert set(inspect(ws.vault.engine).get_table_names()) >= TABLES
        with ws.reading() as s:
            after = audit.latest_record_hashes(s)
        assert {k: v for k, v in after.items() if k[0] in ("incident", "person")} == {
            k: v for k, v in before.items() if k[0] in ("incident", "person")
        }
        assert ImportService(ws).mappings("incident") == []
        ImportService(ws).save_mapping("incident", "Nieuw", {"Datum": "occurred_on"}, {})
        report = verify.verify(ws, backups=False)
        assert report.ok, report.lines()
    finally:
        ws.lock()
