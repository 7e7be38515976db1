"""Migrations run from code at unlock, after a copy of the database has been kept."""

from alembic import command

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.store import migrate
from veiligbestuur_desktop.vault.vault import Vault


def test_unlock_upgrades_an_older_schema_after_keeping_a_copy(data_dir):
    # a vault as the first release (schema 0001) left it
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('municipality', 'Ede')")
        conn.exec_driver_sql(
            "INSERT INTO plan_item (code, status, owner, note, updated_at, updated_by) "
            "VALUES ('beleid_media', 'bezig', 'Griffier', 'uit 0001', '2026-01-01 00:00:00', 'x')"
        )
    assert migrate.current_revision(opened.engine) == "0001"
    opened.commit_creation()
    opened.lock()

    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        assert PlanService(ws).states()["beleid_media"].note == "uit 0001"
        kept = list((data_dir / "backups").glob("voor-migratie-*-0001-naar-*"))
        assert (
            len(kept) == 1
            and (kept[0] / "veiligbestuur.db").exists()
            and (kept[0] / "veiligbestuur.keys").exists()
        )
    finally:
        ws.lock()
    # the kept copy is the old schema, readable with the same passphrase
    copy = Vault.open(kept[0]).unlock_with_passphrase(PASSPHRASE)
    assert migrate.current_revision(copy.engine) == "0001"
    copy.lock()
