"""Issue 13 (unlock to a painted overview): step 6's checklist counts are kept between sessions and read back
while no incident changed, counted afresh after any change however it was written, and never stale."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from veiligbestuur_desktop.domain.incidents import CheckItem
from veiligbestuur_desktop.domain.steps import ALL_ITEMS
from veiligbestuur_desktop.services import demo
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.store import migrate
from veiligbestuur_desktop.store import plan as plan_store
from veiligbestuur_desktop.store.models_derived import INCIDENT_INPUTS

TODAY = date.today()
DERIVED = [(i.code, i.evidence) for i in ALL_ITEMS if i.evidence is not None]
COUNT = plan_store.evidence_counts  # the count itself (the fixture below watches the module's name)


def fresh_counts(ws: object) -> dict[str, plan_store.EvidenceCount]:
    with ws.reading() as s:  # type: ignore[attr-defined]
        return COUNT(s, TODAY.year, DERIVED)


def step6(ev: dict[str, object]) -> dict[str, tuple[int, int]]:
    return {code: (ev[code].done, ev[code].total) for code, _ in DERIVED}  # type: ignore[attr-defined]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the counts were made from the incidents (not read from the cache)."""
    calls: list[int] = []

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return COUNT(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_store, "evidence_counts", counting)
    return calls


def test_the_head_constant_is_the_newest_script():
    assert migrate.head_revision() == migrate.HEAD


def test_counts_are_read_back_until_an_incident_changes(workspace, counted):
    demo.fill(workspace, 60, seed=5)
    plan = PlanService(workspace)
    first = step6(plan.evidence(TODAY))
    assert len(counted) == 1
    assert first == {c: (n.done, n.total) for c, n in fresh_counts(workspace).items()}
    assert sum(t for _d, t in first.values()) > 0

    again = step6(PlanService(workspace).evidence(TODAY))  # as at the next unlock
    assert again == first and len(counted) == 1  # read back, not counted

    svc = IncidentService(workspace)
    with workspace.reading() as s:
        incident_id = s.execute(
            text("SELECT id FROM incident WHERE year = :y AND status != 'geanonimiseerd' LIMIT 1"),
            {"y": TODAY.year},
        ).scalar_one()
        ticked = s.execute(
            text("SELECT count(*) FROM incident_check WHERE incident_id = :i AND code = 'protocol'"),
            {"i": incident_id},
        ).scalar_one()
    svc.set_check(incident_id, CheckItem.PROTOCOL, None if ticked else TODAY, TODAY)
    after = step6(plan.evidence(TODAY))
    assert len(counted) == 2  # counted afresh after the change
    assert after == {c: (n.done, n.total) for c, n in fresh_counts(workspace).items()}
    delta = -1 if ticked else 1
    assert after["incidenten_protocol"][0] == first["incidenten_protocol"][0] + delta


@pytest.mark.parametrize("table", INCIDENT_INPUTS)
def test_every_write_to_an_input_table_raises_the_version(workspace, table):
    """Triggers, so that an import, a purge or a migration invalidates the counts as the app's own writes do."""
    demo.fill(workspace, 5, seed=2)

    def version() -> int:
        with workspace.reading() as s:
            v = plan_store.incidents_version(s)
        assert v is not None
        return v

    with workspace.reading() as s:
        row_id = s.execute(text(f"SELECT max(rowid) FROM {table}")).scalar_one()
    before = version()
    with workspace.transaction() as s:  # an update that changes nothing still counts
        s.execute(text(f"UPDATE {table} SET rowid = rowid WHERE rowid = :i"), {"i": row_id})
    assert version() == before + 1
    with workspace.transaction() as s:
        s.execute(text(f"DELETE FROM {table} WHERE rowid = :i"), {"i": row_id})
    assert version() > before + 1


def test_counts_made_before_a_change_are_not_kept(workspace):
    """Counted at version v, kept only while the tables are still at v (another write came in between)."""
    demo.fill(workspace, 20, seed=4)
    with workspace.reading() as s:
        counts, version, cached = plan_store.cached_evidence_counts(s, TODAY.year, DERIVED)
    assert not cached and version is not None
    with workspace.transaction() as s:
        s.execute(text("UPDATE incident SET id = id WHERE id = (SELECT min(id) FROM incident)"))
    with workspace.transaction() as s:
        assert not plan_store.keep_evidence_counts(s, TODAY.year, DERIVED, version, counts)
    with workspace.reading() as s:
        assert s.execute(text("SELECT count(*) FROM evidence_cache")).scalar_one() == 0


def test_another_definition_or_year_or_an_unreadable_row_is_counted_afresh(workspace, counted):
    demo.fill(workspace, 20, seed=6)
    PlanService(workspace).evidence(TODAY)
    assert len(counted) == 1
    with workspace.reading() as s:
        _c, _v, cached = plan_store.cached_evidence_counts(s, TODAY.year, DERIVED[:-1])
        assert not cached  # a changed definition of the evidence
        _c, _v, cached = plan_store.cached_evidence_counts(s, TODAY.year - 1, DERIVED)
        assert not cached
    with workspace.transaction() as s:
        s.execute(text("UPDATE evidence_cache SET payload = '{not json'"))
    assert step6(PlanService(workspace).evidence(TODAY)) == {
        c: (n.done, n.total) for c, n in fresh_counts(workspace).items()
    }


def test_the_schema_version_is_read_without_alembic_as_alembic_reads_it(workspace, tmp_path):
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    with workspace.vault.engine.connect() as conn:
        assert (
            migrate.current_revision(workspace.vault.engine)
            == MigrationContext.configure(conn).get_current_revision()
        )
    assert not migrate.needs_upgrade(workspace.vault.engine)
    blank = create_engine(f"sqlite:///{tmp_path / 'leeg.db'}")
    assert migrate.current_revision(blank) is None  # no alembic_version table: a database never migrated
    assert migrate.needs_upgrade(blank)


def test_a_full_disk_while_keeping_the_counts_still_shows_them(workspace, monkeypatch):
    """Keeping the counts is a write in a read path: a full disk (or a busy vault) only means they are counted
    again at the next unlock; the overview gets its counts and nothing is left half-written."""
    import sqlalchemy.exc
    import sqlcipher3.dbapi2 as sqlcipher

    demo.fill(workspace, 20, seed=7)

    def full(*_args: object, **_kwargs: object) -> bool:
        raise sqlalchemy.exc.OperationalError(
            "INSERT", {}, sqlcipher.OperationalError("database or disk is full")
        )

    monkeypatch.setattr(plan_store, "keep_evidence_counts", full)
    shown = step6(PlanService(workspace).evidence(TODAY))
    assert shown == {c: (n.done, n.total) for c, n in fresh_counts(workspace).items()}
    with workspace.reading() as s:
        assert s.execute(text("SELECT count(*) FROM evidence_cache")).scalar_one() == 0
