from datetime import date

import pytest

from veiligbestuur_desktop.domain.errors import ValidationError, VaultLocked
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.store import audit


def test_update_item_saves_audits_and_changes_overview(workspace):
    svc = PlanService(workspace)
    before = svc.overview(date(2026, 11, 28)).steps[2]
    assert before.text == "0 van 4 gereed"
    svc.update_item(
        PlanItemState(
            "voorbereiding_ketenafspraken", ItemStatus.GEREED, "Griffier", date(2026, 12, 1), "ELA-afspraken"
        )
    )
    after = svc.overview(date(2026, 11, 28)).steps[2]
    assert after.text == "1 van 4 gereed"
    assert svc.states()["voorbereiding_ketenafspraken"].note == "ELA-afspraken"
    with workspace.reading() as s:
        entries = audit.entries_for(s, "plan_item", "voorbereiding_ketenafspraken")
    assert len(entries) == 1
    assert entries[0].slot == "Coördinator"
    assert "gereed" in entries[0].summary and "ELA" not in entries[0].summary


def test_overview_lists_overdue_first(workspace):
    svc = PlanService(workspace)
    svc.update_item(PlanItemState("beleid_media", ItemStatus.BEZIG, due_date=date(2026, 11, 30)))
    svc.update_item(PlanItemState("evaluatie_jaarlijks", ItemStatus.NIET_GESTART, due_date=date(2026, 10, 1)))
    due = svc.overview(date(2026, 11, 28)).due
    assert [(d.item.code, d.overdue) for d in due] == [("evaluatie_jaarlijks", True), ("beleid_media", False)]


def test_invalid_item_writes_nothing(workspace):
    svc = PlanService(workspace)
    with pytest.raises(ValidationError):
        svc.update_item(PlanItemState("beleid_media", ItemStatus.BEZIG, note="x" * 10_000_000))
    assert svc.states()["beleid_media"].status == ItemStatus.NIET_GESTART


def test_nothing_can_write_while_locked(workspace):
    workspace.lock()
    with pytest.raises(VaultLocked):
        PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
