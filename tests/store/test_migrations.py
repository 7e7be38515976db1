from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from veiligbestuur_desktop.store import migrate
from veiligbestuur_desktop.store.schema import metadata


def test_models_match_the_migrations(workspace):
    with workspace.vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    # the FTS5 virtual table and its shadow tables live outside the ORM on purpose
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("incident_fts"))]
    assert diff == []


def test_database_is_at_head_and_categories_are_seeded(workspace):
    assert migrate.current_revision(workspace.vault.engine) == migrate.head_revision()
    from veiligbestuur_desktop.services.incidents import IncidentService

    codes = [c for c, _ in IncidentService(workspace).categories()]
    assert "doxing" in codes and len(codes) == 14
    assert codes[-3:] == ["demonstratie_woning", "opruiing", "gijzeling"]


def test_the_three_new_categories_come_at_the_end_and_a_code_that_exists_is_kept(data_dir):
    """Issue 10: 'demonstratie bij de woning', 'opruiing / oproep tot geweld' and 'gijzeling' were missing."""
    from alembic import command

    from tests.conftest import PASSPHRASE
    from veiligbestuur_desktop.vault.vault import Vault

    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.exec_driver_sql(
            "INSERT INTO category (code, label, active, sort) VALUES ('gijzeling', 'Gijzeling (eigen)', 1, 50)"
        )
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        rows = conn.exec_driver_sql("SELECT code, label, sort FROM category ORDER BY sort").fetchall()
    opened.lock()
    assert [r[0] for r in rows][-2:] == ["demonstratie_woning", "opruiing"]  # after everything that exists
    assert ("gijzeling", "Gijzeling (eigen)", 50) in [tuple(r) for r in rows]
    assert len(rows) == 14  # the eleven, the coordinator's own gijzeling, two new
