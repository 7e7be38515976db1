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
    assert "doxing" in codes and len(codes) == 11
