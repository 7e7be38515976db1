import pytest
import sqlalchemy.exc
from sqlalchemy import text

from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.store import audit


def test_audit_rows_cannot_be_updated_or_deleted(workspace):
    for stmt in ("UPDATE audit_log SET summary = 'x' WHERE id = 1", "DELETE FROM audit_log WHERE id = 1"):
        with pytest.raises(sqlalchemy.exc.DatabaseError, match="append-only"), workspace.transaction() as s:
            s.execute(text(stmt))


def test_chain_check_finds_a_row_changed_behind_the_apps_back(workspace):
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.GEREED))
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.NVT))
    assert verify(workspace).ok
    with workspace.transaction() as s:
        n = s.execute(text("SELECT count(*) FROM audit_log")).scalar()
        assert n >= 4
        s.execute(text("DROP TRIGGER audit_log_no_update"))
        s.execute(text("UPDATE audit_log SET summary = 'status gereed' WHERE id = 3"))
    with workspace.reading() as s:
        report = audit.verify_chain(s)
    assert not report.ok and report.first_broken_id == 3
    result = verify(workspace)
    assert not result.ok
    assert any("regel 3" in line for line in result.lines())


def test_chain_check_finds_a_deleted_row(workspace):
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.GEREED))
    with workspace.transaction() as s:
        s.execute(text("DROP TRIGGER audit_log_no_delete"))
        s.execute(text("DELETE FROM audit_log WHERE id = 2"))
    with workspace.reading() as s:
        report = audit.verify_chain(s)
    assert report.first_broken_id == 3
