"""Plan progress: the 26 checklist items, their state, the overview per step and what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.rules import PlanItemState, StepProgress
from veiligbestuur_desktop.domain.steps import ALL_ITEMS, ITEMS_BY_CODE, STEPS, ChecklistItem
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import plan as plan_store


@dataclass(frozen=True, slots=True)
class DueItem:
    item: ChecklistItem
    state: PlanItemState
    overdue: bool


@dataclass(frozen=True, slots=True)
class PlanOverview:
    steps: tuple[StepProgress, ...]
    due: tuple[DueItem, ...]  # overdue first, then due this month, each by date

    @property
    def done(self) -> int:
        return sum(s.done for s in self.steps)

    @property
    def applicable(self) -> int:
        return sum(s.applicable for s in self.steps)


class PlanService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def states(self) -> dict[str, PlanItemState]:
        with self.ws.reading() as s:
            stored = plan_store.load_states(s)
        return {item.code: stored.get(item.code, PlanItemState(item.code)) for item in ALL_ITEMS}

    def update_item(self, state: PlanItemState) -> PlanItemState:
        """Validate and save one item; records which fields changed in the audit trail (not their content)."""
        clean = rules.check_plan_item(state)
        with self.ws.transaction() as s:
            old = plan_store.get_state(s, clean.code)
            if old == clean:
                return clean
            changed = []
            if old.status != clean.status:
                changed.append(f"status {old.status.value} → {clean.status.value}")
            if old.owner != clean.owner:
                changed.append("eigenaar")
            if old.due_date != clean.due_date:
                changed.append("streefdatum")
            if old.note != clean.note:
                changed.append("notitie")
            plan_store.save_state(s, clean, by=self.ws.actor)
            self.ws.audit(s, "update", "plan_item", clean.code, "; ".join(changed), record=True)
        return clean

    def overview(self, today: date | None = None) -> PlanOverview:
        today = today or date.today()
        states = self.states()
        steps = tuple(rules.step_progress(step.number, states.values(), today) for step in STEPS)
        due = []
        for code, st in states.items():
            if rules.is_overdue(st, today):
                due.append(DueItem(ITEMS_BY_CODE[code], st, True))
            elif rules.is_due_this_month(st, today):
                due.append(DueItem(ITEMS_BY_CODE[code], st, False))
        due.sort(key=lambda d: (not d.overdue, d.state.due_date or today, d.item.step))
        return PlanOverview(steps, tuple(due))
