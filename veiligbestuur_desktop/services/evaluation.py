"""Step 7: incident evaluations (a record kind on the generic record service) and the term review's guided
checklist. An evaluation's adjustments become action points of step 4 through the action service."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.evaluation import (
    EvaluationDraft,
    OfficeHolder,
    Term,
    TermItem,
    adjustment_lines,
    check_evaluation,
    check_tick,
    term_checklist,
    term_of,
)
from veiligbestuur_desktop.domain.i18n import dutch, tr
from veiligbestuur_desktop.domain.incidents import IncidentStatus
from veiligbestuur_desktop.domain.people import Role
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.records import Changes, RecordService, Unit
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store.evaluation import (
    EvaluationQuery,
    EvaluationRepository,
    EvaluationRow,
    IncidentChoice,
    TermItemRow,
    TermReviewRepository,
)

CLOSED = (IncidentStatus.AFGESLOTEN.value, IncidentStatus.GEEVALUEERD.value)


def actions_available() -> bool:
    """Whether step 4's action points exist in this build (services/actions.py)."""
    try:
        importlib.import_module("veiligbestuur_desktop.services.actions")
    except ImportError:
        return False
    return True


class EvaluationService(RecordService[EvaluationRepository, EvaluationDraft]):
    repository = EvaluationRepository
    not_found = "Deze evaluatie bestaat niet (meer)."

    # --- lists ------------------------------------------------------------------------------------------

    def count(self, query: EvaluationQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: EvaluationQuery, offset: int, limit: int) -> list[EvaluationRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def years(self) -> list[int]:
        with self.reading() as repo:
            return repo.years()

    def for_incident(self, incident_id: int) -> list[int]:
        with self.reading() as repo:
            return [e.id for e in repo.for_incident(incident_id)]

    def incidents_to_evaluate(self, include: int | None = None, limit: int = 500) -> list[IncidentChoice]:
        with self.reading() as repo:
            return repo.incidents_to_evaluate(include, limit)

    def incident_number(self, evaluation_id: int) -> str:
        with self.reading() as repo:
            row = repo.require(evaluation_id, self.missing)
            return repo.numbers([row.incident_id]).get(row.incident_id, "")

    def incident_summary(self, incident_id: int) -> str:
        """One line about the incident being evaluated: number, date, categories, severity and status (no
        names)."""
        from veiligbestuur_desktop.domain.incidents import level_label
        from veiligbestuur_desktop.services.incidents import IncidentService

        incidents = IncidentService(self.ws)
        d = incidents.get(incident_id)
        with self.reading() as repo:
            number = repo.numbers([incident_id]).get(incident_id, "")
        labels = dict(incidents.categories(active_only=False))
        return " · ".join(
            (
                tr("services", "Incident {n}").format(n=number),
                format_date(d.occurred_on),
                ", ".join(labels.get(c, c) for c in d.categories),
                level_label(d.severity_level),
                IncidentStatus(d.status).label,
            )
        )

    def defaults(self, incident_id: int | None = None, today: date | None = None) -> EvaluationDraft:
        return EvaluationDraft(incident_id, today or date.today())

    # --- the record pattern -----------------------------------------------------------------------------

    def validate(
        self, unit: Unit, draft: EvaluationDraft, today: date | None, row: Any | None
    ) -> EvaluationDraft:
        d = check_evaluation(draft, today)
        repo = unit.repo(EvaluationRepository)
        assert d.incident_id is not None  # required by the field list
        incident = repo.incident(d.incident_id)
        if incident is None:
            raise ValidationError(tr("services", "Dit incident bestaat niet (meer)."), field="incident_id")
        if row is not None and row.incident_id != d.incident_id:
            raise ValidationError(
                tr(
                    "services",
                    "Een evaluatie hoort bij één incident. Maak voor een ander incident een nieuwe evaluatie.",
                ),
                field="incident_id",
            )
        if incident.status not in CLOSED:
            raise ValidationError(
                tr(
                    "services",
                    "Incident {n} is nog niet afgesloten. Evalueer een incident als de afhandeling klaar is: "
                    "sluit het eerst af in stap 6.",
                ).format(n=incident.number),
                field="incident_id",
            )
        if d.evaluated_on < incident.occurred_on:
            raise ValidationError(
                tr("services", "De evaluatie ligt vóór het incident ({d}). Controleer de datum.").format(
                    d=format_date(incident.occurred_on)
                ),
                field="evaluated_on",
            )
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"evaluatie van incident {row.incident_id} vastgelegd"
        if action == "delete":
            return f"evaluatie van incident {row.incident_id} verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))

    def created(self, unit: Unit, row: Any, draft: EvaluationDraft) -> None:
        unit.touched("incident", row.incident_id)  # the incident's evaluation state shows in lists

    def deleting(self, unit: Unit, row: Any) -> None:
        repo = unit.repo(EvaluationRepository)
        incident = repo.incident(row.incident_id)
        if (
            incident is not None
            and incident.status == IncidentStatus.GEEVALUEERD.value
            and repo.count_for_incident(row.incident_id) <= 1
        ):
            raise ValidationError(
                tr(
                    "services",
                    "Incident {n} staat op ‘geëvalueerd’ en dit is de enige evaluatie. Zet het incident eerst "
                    "terug op ‘afgesloten’ (stap 6) en verwijder dan de evaluatie.",
                ).format(n=incident.number)
            )
        return None

    # --- use cases of step 7 ----------------------------------------------------------------------------

    def record(
        self, draft: EvaluationDraft, *, mark_evaluated: bool = True, today: date | None = None
    ) -> tuple[int, Changes]:
        """Save a new evaluation and (by default) give its incident the status "geëvalueerd"."""
        from veiligbestuur_desktop.services.incidents import IncidentService

        created = self.create(draft, today)
        changes = created.changes
        if mark_evaluated and draft.incident_id is not None:
            incidents = IncidentService(self.ws)
            if incidents.get(draft.incident_id).status != IncidentStatus.GEEVALUEERD:
                changes = changes | incidents.set_status(draft.incident_id, IncidentStatus.GEEVALUEERD, today)
        return created.id, changes

    def create_actions(
        self,
        evaluation_id: int,
        lines: list[str],
        owner: str,
        deadline: date | None,
        today: date | None = None,
    ) -> Changes:
        """Turn adjustments of an evaluation into action points of step 4 (source "evaluatie")."""
        if not lines:
            raise ValidationError(
                tr("services", "Kies ten minste één aanpassing die een actiepunt moet worden."),
                field="adjustments",
            )
        if not actions_available():
            raise ValidationError(
                tr("services", "Actiepunten (stap 4) zijn in deze versie nog niet beschikbaar.")
            )
        from veiligbestuur_desktop.domain.actions import ActionDraft, ActionSource
        from veiligbestuur_desktop.services.actions import ActionService

        d = self.get(evaluation_id)
        known = set(adjustment_lines(d.adjustments))
        unknown = [line for line in lines if line not in known]
        if unknown:
            raise ValidationError(
                tr("services", "‘{t}’ staat niet (meer) bij de aanpassingen van deze evaluatie.").format(
                    t=unknown[0][:60]
                )
            )
        service = ActionService(self.ws)
        changes = Changes()
        for line in lines:
            created = service.create(
                ActionDraft(
                    title=line,
                    owner=owner,
                    deadline=deadline,
                    source_kind=ActionSource.EVALUATIE,
                    source_id=evaluation_id,
                ),
                today,
            )
            changes = changes | created.changes
        return changes


# --- the term review ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermReviewView:
    """A term's checklist as the page shows it. `review_id` None: not made yet; `missing`: items for office
    holders added to Personen after the checklist was made."""

    term: Term
    review_id: int | None
    items: tuple[TermItemRow, ...]
    missing: tuple[TermItem, ...]

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.done_on is not None)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def complete(self) -> bool:
        return bool(self.items) and self.done == self.total and not self.missing

    @property
    def last_done(self) -> date | None:
        days = [i.done_on for i in self.items if i.done_on is not None]
        return max(days) if days else None


def _role_label(role: str | None) -> str:
    try:
        return Role(role).label if role else tr("evaluation", "ambtsdrager")
    except ValueError:
        return str(role)


class TermReviewService:
    """The guided checklist per municipal term: made from Personen's office holders, ticked with a date."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def _planned(self, repo: TermReviewRepository, term: Term) -> list[TermItem]:
        """The term's checklist; its labels are stored, so they are Dutch source text (never a translation)."""
        with dutch():
            holders = [
                OfficeHolder(p.id, p.name, _role_label(p.role), p.term_start, p.term_end)
                for p in repo.office_holders()
            ]
        return term_checklist(term, holders)

    def view(self, term: Term | None = None, today: date | None = None) -> TermReviewView:
        term = term or term_of(today or date.today())
        with self.ws.reading() as s:
            repo = TermReviewRepository(s)
            planned = self._planned(repo, term)
            row = repo.by_start(term.start)
            if row is None:
                return TermReviewView(term, None, (), tuple(planned))
            items = repo.items(row.id)
            have = {i.code for i in items}
            return TermReviewView(term, row.id, tuple(items), tuple(p for p in planned if p.code not in have))

    def make(self, term: Term | None = None, today: date | None = None) -> Changes:
        """Make the term's checklist, or add the items of office holders added since."""
        term = term or term_of(today or date.today())
        with self.ws.transaction() as s:
            repo = TermReviewRepository(s)
            row = repo.by_start(term.start)
            created = row is None
            if row is None:
                row = repo.create(term.start, term.next_election)
            added = repo.add_items(row.id, self._planned(repo, term))
            if not created and not added:
                return Changes()
            summary = (
                f"termijnherijking {term.label}: checklist met {len(added)} onderdelen gemaakt"
                if created
                else f"termijnherijking {term.label}: {len(added)} onderdelen toegevoegd"
            )
            self.ws.audit(s, "create" if created else "update", "term_review", row.id, summary, record=True)
            return Changes.of("term_review", row.id)

    def tick(self, review_id: int, code: str, on: date | None, today: date | None = None) -> Changes:
        """Mark an item done on `on`, or (None) not done."""
        today = today or date.today()
        with self.ws.transaction() as s:
            repo = TermReviewRepository(s)
            review = repo.get(review_id)
            item = repo.item(review_id, code) if review is not None else None
            if review is None or item is None:
                raise ValidationError(
                    tr("services", "Dit onderdeel van de termijnherijking bestaat niet (meer).")
                )
            term = Term(review.term_start, review.next_election)
            if on is not None:
                on = check_tick(on, term, today)
            if item.done_on == on:
                return Changes()
            repo.set_done(item, on, self.ws.person)
            kind = code.split(":", 1)[0]
            summary = f"termijnherijking {term.label}: {kind} " + ("afgevinkt" if on else "vinkje weggehaald")
            self.ws.audit(s, "update", "term_review", review_id, summary, record=True)
            return Changes.of("term_review", review_id)

    def latest(self) -> TermReviewView | None:
        with self.ws.reading() as s:
            row = TermReviewRepository(s).latest()
            if row is None:
                return None
            start = row.term_start
            nxt = row.next_election
        return self.view(Term(start, nxt))


__all__ = [
    "EvaluationQuery",
    "EvaluationRow",
    "EvaluationService",
    "IncidentChoice",
    "TermItemRow",
    "TermReviewService",
    "TermReviewView",
    "actions_available",
]
