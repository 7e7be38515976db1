"""Incident evaluations on the generic repository, and the term reviews with their checklist items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, case, cast, extract, func, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.evaluation import INCIDENT_EVALUATION, EvaluationDraft, TermItem
from veiligbestuur_desktop.domain.incidents import IncidentStatus
from veiligbestuur_desktop.store.models import Incident, Person
from veiligbestuur_desktop.store.models_evaluation import IncidentEvaluation, TermReview, TermReviewItem
from veiligbestuur_desktop.store.repository import Repository, from_column


@dataclass(frozen=True, slots=True)
class EvaluationQuery:
    year: int | None = None  # the year of the evaluation
    incident_id: int | None = None


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    id: int
    incident_id: int
    number: str  # the incident's number
    evaluated_on: date
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class IncidentChoice:
    id: int
    number: str
    occurred_on: date
    status: str
    evaluated: bool


class EvaluationRepository(Repository[IncidentEvaluation, EvaluationDraft]):
    model = IncidentEvaluation
    kind = INCIDENT_EVALUATION
    draft_type = EvaluationDraft

    def where(self, query: EvaluationQuery) -> list[Any]:
        clauses: list[Any] = []
        if query.year is not None:
            clauses.append(IncidentEvaluation.evaluated_on >= date(query.year, 1, 1))
            clauses.append(IncidentEvaluation.evaluated_on < date(query.year + 1, 1, 1))
        if query.incident_id is not None:
            clauses.append(IncidentEvaluation.incident_id == query.incident_id)
        return clauses

    def order(self, query: EvaluationQuery) -> list[Any]:
        return [IncidentEvaluation.evaluated_on.desc(), IncidentEvaluation.id.desc()]

    def page(self, query: EvaluationQuery, offset: int, limit: int) -> list[EvaluationRow]:
        stmt = (
            select(IncidentEvaluation, Incident.number)
            .join(Incident, Incident.id == IncidentEvaluation.incident_id)
            .where(and_(True, *self.where(query)))
            .order_by(*self.order(query))
            .offset(offset)
            .limit(limit)
        )
        return [
            EvaluationRow(
                e.id,
                e.incident_id,
                number,
                e.evaluated_on,
                {f.name: from_column(f, getattr(e, f.name)) for f in INCIDENT_EVALUATION.columns()},
            )
            for e, number in self.session.execute(stmt).all()
        ]

    def for_incident(self, incident_id: int) -> list[IncidentEvaluation]:
        return list(
            self.session.scalars(
                select(IncidentEvaluation)
                .where(IncidentEvaluation.incident_id == incident_id)
                .order_by(IncidentEvaluation.evaluated_on, IncidentEvaluation.id)
            )
        )

    def count_for_incident(self, incident_id: int) -> int:
        return int(
            self.session.scalar(select(func.count()).where(IncidentEvaluation.incident_id == incident_id))
            or 0
        )

    def incident(self, incident_id: int) -> Incident | None:
        return self.session.get(Incident, incident_id)

    def numbers(self, incident_ids: list[int]) -> dict[int, str]:
        if not incident_ids:
            return {}
        return {
            i: n
            for i, n in self.session.execute(
                select(Incident.id, Incident.number).where(Incident.id.in_(incident_ids))
            )
        }

    def incidents_to_evaluate(self, include: int | None = None, limit: int = 500) -> list[IncidentChoice]:
        """Closed and evaluated incidents (newest first), marked when they have an evaluation; `include` is
        always among them (the incident of the evaluation being edited)."""
        evaluated = select(IncidentEvaluation.incident_id).distinct().scalar_subquery()
        statuses = (IncidentStatus.AFGESLOTEN.value, IncidentStatus.GEEVALUEERD.value)
        cond: Any = Incident.status.in_(statuses)
        if include is not None:
            cond = cond | (Incident.id == include)
        rows = self.session.execute(
            select(
                Incident.id,
                Incident.number,
                Incident.occurred_on,
                Incident.status,
                Incident.id.in_(evaluated),
            )
            .where(cond)
            .order_by(Incident.occurred_on.desc(), Incident.id.desc())
            .limit(limit)
        ).all()
        return [IncidentChoice(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def years(self) -> list[int]:
        """The years with evaluations, newest first."""
        year = cast(extract("year", IncidentEvaluation.evaluated_on), Integer)
        return [int(y) for (y,) in self.session.execute(select(year).distinct().order_by(year.desc()))]

    def last_evaluated_on(self) -> date | None:
        return self.session.scalar(select(func.max(IncidentEvaluation.evaluated_on)))

    def closed_in_year_counts(self, year: int) -> tuple[int, int]:
        """(closed or evaluated incidents closed in `year`, of those with an evaluation)."""
        statuses = (IncidentStatus.AFGESLOTEN.value, IncidentStatus.GEEVALUEERD.value)
        evaluated = select(IncidentEvaluation.incident_id).distinct().scalar_subquery()
        base = and_(
            # through an expression, so that SQLite searches the closed_on index (a year) and not the status
            # index (every closed incident of every year): 0.2 s at 100,000 incidents became 3 ms
            func.coalesce(Incident.status, "").in_(statuses),
            Incident.closed_on >= date(year, 1, 1),
            Incident.closed_on < date(year + 1, 1, 1),
        )
        row = self.session.execute(
            select(func.count(), func.coalesce(func.sum(case((Incident.id.in_(evaluated), 1), else_=0)), 0))
            .select_from(Incident)
            .where(base)
        ).one()
        return int(row[0]), int(row[1])


# --- term reviews ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermItemRow:
    id: int
    code: str
    label: str
    person_id: int | None
    done_on: date | None
    by: str
    note: str


class TermReviewRepository:
    """The review of one term: created with its checklist, extended when office holders are added."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def by_start(self, term_start: date) -> TermReview | None:
        return self.session.scalar(select(TermReview).where(TermReview.term_start == term_start))

    def get(self, review_id: int) -> TermReview | None:
        return self.session.get(TermReview, review_id)

    def create(self, term_start: date, next_election: date) -> TermReview:
        row = TermReview(term_start=term_start, next_election=next_election)
        self.session.add(row)
        self.session.flush()
        return row

    def items(self, review_id: int) -> list[TermItemRow]:
        rows = self.session.scalars(
            select(TermReviewItem)
            .where(TermReviewItem.review_id == review_id)
            .order_by(TermReviewItem.sort, TermReviewItem.id)
        )
        return [TermItemRow(r.id, r.code, r.label, r.person_id, r.done_on, r.by, r.note) for r in rows]

    def add_items(self, review_id: int, items: list[TermItem]) -> list[str]:
        """Add the items whose code the review lacks; returns the added codes."""
        have = set(
            self.session.scalars(select(TermReviewItem.code).where(TermReviewItem.review_id == review_id))
        )
        top = (
            self.session.scalar(
                select(func.max(TermReviewItem.sort)).where(TermReviewItem.review_id == review_id)
            )
            or 0
        )
        added = []
        for item in items:
            if item.code in have:
                continue
            top += 1
            self.session.add(
                TermReviewItem(
                    review_id=review_id,
                    code=item.code,
                    label=item.label,
                    person_id=item.person_id,
                    sort=item.sort if not have else top,
                    by="",
                    note="",
                )
            )
            added.append(item.code)
        self.session.flush()
        return added

    def item(self, review_id: int, code: str) -> TermReviewItem | None:
        return self.session.scalar(
            select(TermReviewItem).where(TermReviewItem.review_id == review_id, TermReviewItem.code == code)
        )

    def set_done(self, row: TermReviewItem, on: date | None, by: str) -> None:
        row.done_on = on
        row.by = by if on is not None else ""
        self.session.flush()

    def office_holders(self) -> list[Person]:
        return list(
            self.session.scalars(select(Person).where(Person.kind == "ambtsdrager").order_by(Person.id))
        )

    def latest(self) -> TermReview | None:
        return self.session.scalar(select(TermReview).order_by(TermReview.term_start.desc()).limit(1))
