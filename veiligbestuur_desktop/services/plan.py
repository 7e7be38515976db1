"""Plan progress: the 26 checklist items, their state, the overview per step and what is due.

Recurring items (domain.steps.Frequency) are marked done on a date: that records `last_done` and moves the
next due date forward instead of closing the item. Step 6's items follow the incidents: their status and a
line such as "nabesproken 12 van 15 incidenten dit jaar" are derived from the handling checklists and the
follow-up tracks of this year's incidents (read only).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import PlanItemState, StepProgress
from veiligbestuur_desktop.domain.steps import (
    ALL_ITEMS,
    ITEMS_BY_CODE,
    STEPS,
    ChecklistItem,
    Frequency,
    IncidentEvidence,
    next_due,
)
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services import extensions
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import plan as plan_store

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DueItem:
    item: ChecklistItem
    state: PlanItemState
    overdue: bool


@dataclass(frozen=True, slots=True)
class PlanDue:
    """One line of "what is due": plain data for the overview."""

    step: int
    code: str
    label: str  # the item's (translated) title
    next_due: date
    overdue: bool
    frequency: Frequency
    owner: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the records say about a checklist item: for step 6 the incidents of `year`; for the other steps
    the evidence an area provides (done=1, total=1 and the record in `text`; done=0 with the gap in `text`)."""

    code: str
    year: int
    done: int
    total: int
    text: str  # e.g. "nabesproken 12 van 15 incidenten dit jaar"
    # gereed when every incident is covered, else bezig / niet gestart; None without incidents this year
    # (the data says nothing then: the item keeps the status stored for it)
    status: ItemStatus | None


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


def _evidence_status(done: int, total: int) -> ItemStatus | None:
    if total == 0:
        return None
    if done == total:
        return ItemStatus.GEREED
    return ItemStatus.BEZIG if done else ItemStatus.NIET_GESTART


def effective_state(state: PlanItemState, evidence: Evidence | None) -> PlanItemState:
    """The state as the overview counts it: a step-6 item takes its status from the incidents (unless n.v.t.)."""
    if evidence is None or evidence.status is None or state.status == ItemStatus.NVT:
        return state
    return replace(state, status=evidence.status)


def _summary(old: PlanItemState, new: PlanItemState) -> str:
    """Which fields changed (names and statuses only: never the content of a note or owner)."""
    changed = []
    if old.status != new.status:
        changed.append(f"status {old.status.value} → {new.status.value}")
    if old.owner != new.owner:
        changed.append("eigenaar")
    if old.due_date != new.due_date:
        changed.append("streefdatum")
    if old.note != new.note:
        changed.append("notitie")
    if rules.frequency_of(old) != rules.frequency_of(new):
        changed.append(f"frequentie {rules.frequency_of(old).value} → {rules.frequency_of(new).value}")
    if old.last_done != new.last_done:
        changed.append("laatst gedaan")
    return "; ".join(changed)


class PlanService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def states(self) -> dict[str, PlanItemState]:
        """The stored state of every item (an untouched item: its initial state)."""
        with self.ws.reading() as s:
            stored = plan_store.load_states(s)
        return {item.code: stored.get(item.code, PlanItemState(item.code)) for item in ALL_ITEMS}

    def update_item(self, state: PlanItemState, today: date | None = None) -> PlanItemState:
        """Validate and save one item; records which fields changed in the audit trail (not their content).

        Setting the status to gereed marks the item done today (unless `last_done` is given too); for a
        recurring item a new `last_done` or frequency recomputes the next due date (unless that is given too).
        """
        today = today or date.today()
        clean = rules.check_plan_item(state, today)
        with self.ws.transaction() as s:
            old = plan_store.get_state(s, clean.code)
            if old == clean:
                return clean
            clean = self._follow_through(old, clean, today)
            plan_store.save_state(s, clean, by=self.ws.person)
            self.ws.audit(s, "update", "plan_item", clean.code, _summary(old, clean), record=True)
        return clean

    @staticmethod
    def _follow_through(old: PlanItemState, new: PlanItemState, today: date) -> PlanItemState:
        item = ITEMS_BY_CODE[new.code]
        if item.derived:
            return new
        freq = rules.frequency_of(new)
        if (
            new.status == ItemStatus.GEREED
            and old.status != ItemStatus.GEREED
            and new.last_done == old.last_done
        ):
            done = rules.mark_done(new, today)
            return replace(done, due_date=new.due_date) if new.due_date != old.due_date else done
        moved = new.last_done != old.last_done or freq != rules.frequency_of(old)
        if moved and new.due_date == old.due_date and new.last_done is not None and freq.recurring:
            return replace(new, due_date=next_due(new.last_done, freq))
        return new

    def mark_done(self, code: str, on: date | None = None, today: date | None = None) -> PlanItemState:
        """The item was done on `on` (today): a recurring item moves its next due date forward."""
        today = today or date.today()
        on = on or today
        item = ITEMS_BY_CODE.get(code)
        if item is None or item.derived:
            raise ValidationError(tr("plan", "Dit onderdeel volgt uit de incidenten."), field="status")
        with self.ws.reading() as s:
            current = plan_store.get_state(s, code)
        return self.update_item(rules.mark_done(current, on), today=today)

    # --- step 6 ---------------------------------------------------------------------------------------------

    def evidence(self, today: date | None = None, step: int | None = None) -> dict[str, Evidence]:
        """Per item: what the records say. Step 6 from this year's incidents (counts, a line of text, the
        derived status); the other steps from the providers their areas registered (services/extensions.py),
        e.g. "vastgesteld protocol v3, 12-03-2026" or a gap. `step` limits the work to one step's items."""
        today = today or date.today()
        out: dict[str, Evidence] = {}
        for provider in extensions.evidence_providers(step):
            out.update(provider(self.ws, today))
        derived = [
            (item.code, item.evidence)
            for item in ALL_ITEMS
            if item.evidence is not None and (step is None or item.step == step)
        ]
        if not derived:
            return out
        with self.ws.reading() as s:
            counts, version, cached = plan_store.cached_evidence_counts(s, today.year, derived)
        if not cached and version is not None:
            self._keep_counts(today.year, derived, version, counts)
        for code, ev in derived:
            c = counts[code]
            out[code] = Evidence(
                code, today.year, c.done, c.total, ev.text(c.done, c.total), _evidence_status(c.done, c.total)
            )
        return out

    def _keep_counts(
        self,
        year: int,
        derived: list[tuple[str, IncidentEvidence]],
        version: int,
        counts: dict[str, plan_store.EvidenceCount],
    ) -> None:
        """Keep fresh counts for the next unlock; a busy or full vault only means they are counted again then."""
        try:
            with self.ws.transaction() as s:
                plan_store.keep_evidence_counts(s, year, derived, version, counts)
        except UserFacingError as exc:
            logger.info("step 6 counts not kept: %s", type(exc).__name__)

    def effective_states(
        self, today: date | None = None, evidence: dict[str, Evidence] | None = None
    ) -> dict[str, PlanItemState]:
        """The states as the overview counts them (step 6 from the incidents, the others from their records).
        `evidence` is what `evidence(today)` returned, when the caller has it already (one query round for a
        whole window instead of one per panel)."""
        if evidence is None:
            evidence = self.evidence(today)
        return {code: effective_state(st, evidence.get(code)) for code, st in self.states().items()}

    # --- the overview -------------------------------------------------------------------------------------

    def due(self, today: date | None = None, evidence: dict[str, Evidence] | None = None) -> list[PlanDue]:
        """What is due: overdue items (longest overdue first), then items due later this month (soonest first)."""
        today = today or date.today()
        return [
            PlanDue(
                d.item.step,
                d.item.code,
                d.item.title,
                d.state.due_date or today,
                d.overdue,
                rules.frequency_of(d.state),
                d.state.owner,
            )
            for d in self._due(self.effective_states(today, evidence), today)
        ]

    @staticmethod
    def _due(states: dict[str, PlanItemState], today: date) -> list[DueItem]:
        due = []
        for code, st in states.items():
            if rules.is_overdue(st, today):
                due.append(DueItem(ITEMS_BY_CODE[code], st, True))
            elif rules.is_due_this_month(st, today):
                due.append(DueItem(ITEMS_BY_CODE[code], st, False))
        order = {item.code: n for n, item in enumerate(ALL_ITEMS)}
        due.sort(key=lambda d: (not d.overdue, d.state.due_date or today, order[d.item.code]))
        return due

    def overview(
        self, today: date | None = None, evidence: dict[str, Evidence] | None = None
    ) -> PlanOverview:
        today = today or date.today()
        states = self.effective_states(today, evidence)
        steps = tuple(rules.step_progress(step.number, states.values(), today) for step in STEPS)
        return PlanOverview(steps, tuple(self._due(states, today)))
