"""Repositories of step 4 (action points, meeting risk checks, incident reviews, avoidance signals), and the
small base they share with step 5 (store/communication.py): lists paged in SQL with a sort key and a few
filters, several codes or ids in one column, and the labels (incident numbers, names) a list shows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, TypeVar

from sqlalchemy import and_, func, or_, select

from veiligbestuur_desktop.domain.actions import ACTION, OPEN_ACTION_STATUSES, ActionDraft
from veiligbestuur_desktop.domain.execution import (
    AVOIDANCE_SIGNAL,
    INCIDENT_REVIEW,
    MEETING_CHECK,
    AvoidanceSignalDraft,
    IncidentReviewDraft,
    MeetingCheckDraft,
)
from veiligbestuur_desktop.domain.fields import FieldKind
from veiligbestuur_desktop.domain.people import display_name
from veiligbestuur_desktop.store.base import Base
from veiligbestuur_desktop.store.models import Category, Incident, IncidentCategory, IncidentVictim, Person
from veiligbestuur_desktop.store.models_execution import (
    ActionPoint,
    AvoidanceSignal,
    IncidentReview,
    MeetingCheck,
)
from veiligbestuur_desktop.store.repository import Repository

M = TypeVar("M", bound=Base)
D = TypeVar("D")


@dataclass(frozen=True, slots=True)
class AreaQuery:
    """A list query: a sort key (a sortable field or "id"), a date before which an open record is overdue,
    a status filter, a person, a source record."""

    sort: str = ""
    descending: bool = True
    overdue_before: date | None = None
    statuses: tuple[str, ...] = ()
    person_id: int | None = None
    source: tuple[str, int] | None = None


@dataclass(frozen=True, slots=True)
class AreaRow:
    """One row of a register: the id, the declared fields by name and the labels of references."""

    id: int
    values: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, dict[Any, str]] = field(default_factory=dict)


def split_ids(value: str | None) -> tuple[int, ...]:
    return tuple(int(v) for v in (value or "").split(",") if v.strip().isdigit())


def split_codes(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


class AreaRepository(Repository[M, D]):
    """The generic repository plus: MULTI_CHOICE fields stored as comma-separated codes or ids in a column
    of the same name, a sorted and filtered page of `AreaRow`, and the labels of referenced people and
    incidents."""

    default_sort: ClassVar[str] = "id"

    def multi_fields(self) -> list[str]:
        return [f.name for f in self.kind.fields if f.kind == FieldKind.MULTI_CHOICE]

    def read_links(self, row: M) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.kind.fields:
            if f.kind == FieldKind.MULTI_CHOICE:
                raw = getattr(row, f.name)
                out[f.name] = split_ids(raw) if f.vocabulary else split_codes(raw)
        return out

    def write(self, row: M, draft: D) -> None:
        super().write(row, draft)
        for name in self.multi_fields():
            setattr(row, name, ",".join(str(getattr(v, "value", v)) for v in getattr(draft, name)))

    # --- lists -------------------------------------------------------------------------------------------

    def where(self, query: AreaQuery) -> list[Any]:
        return []

    def order(self, query: AreaQuery) -> list[Any]:
        name = query.sort or self.default_sort
        if name != "id" and not any(f.name == name and f.sortable for f in self.kind.fields):
            name = self.default_sort
        col = getattr(self.model, name)
        if getattr(col.type, "python_type", None) is str:
            col = func.lower(col)
        ordered = col.desc() if query.descending else col.asc()
        tie = self.model.id.desc() if query.descending else self.model.id.asc()
        return [ordered, tie]

    def page(self, query: AreaQuery, offset: int, limit: int) -> list[AreaRow]:
        rows = [r[0] for r in self.select_page(query, [self.model], offset, limit)]
        return self.rows(rows)

    def rows(self, rows: Sequence[M]) -> list[AreaRow]:
        drafts = [(r, self.draft(r)) for r in rows]
        labels = self.labels([d for _r, d in drafts])
        return [
            AreaRow(
                int(r.id),  # type: ignore[attr-defined]
                {f.name: getattr(d, f.name) for f in self.kind.fields},
                labels,
            )
            for r, d in drafts
        ]

    def all(self, query: AreaQuery | None = None) -> list[AreaRow]:
        q = query or AreaQuery()
        return self.page(q, 0, 100_000)

    def labels(self, drafts: Sequence[Any]) -> dict[str, dict[Any, str]]:
        """Names of the people and numbers of the incidents the drafts refer to, per field."""
        out: dict[str, dict[Any, str]] = {}
        for f in self.kind.fields:
            if f.kind == FieldKind.PERSON:
                ids = {getattr(d, f.name) for d in drafts} - {None}
                out[f.name] = person_names(self.session, ids)
            elif f.vocabulary and f.kind in (FieldKind.RECORD, FieldKind.MULTI_CHOICE):
                ids = set()
                for d in drafts:
                    v = getattr(d, f.name)
                    ids.update(v if isinstance(v, tuple) else {v})
                out[f.name] = incident_numbers(self.session, ids - {None})
        return out


def person_names(session: Any, ids: Iterable[int]) -> dict[Any, str]:
    wanted = sorted(set(ids))
    found = {
        p.id: display_name(p.name, p.description)
        for p in session.scalars(select(Person).where(Person.id.in_(wanted)))
    }
    return {i: found.get(i, "(verwijderde persoon)") for i in wanted}


def incident_numbers(session: Any, ids: Iterable[int]) -> dict[Any, str]:
    wanted = sorted(set(ids))
    found = dict(session.execute(select(Incident.id, Incident.number).where(Incident.id.in_(wanted))).all())
    return {i: found.get(i, "(verwijderd incident)") for i in wanted}


@dataclass(frozen=True, slots=True)
class IncidentRef:
    """An incident as steps 4 and 5 show it: number, date and categories only (pseudonymised)."""

    id: int
    number: str
    occurred_on: date
    categories: tuple[str, ...]
    status: str

    def label(self) -> str:
        cats = ", ".join(self.categories)
        return f"{self.number} · {cats}" if cats else self.number


def incident_refs(
    session: Any, ids: Iterable[int] | None = None, since: date | None = None, limit: int = 5000
) -> list[IncidentRef]:
    """Incidents by id, or the newest (since a date), newest first; categories as their labels."""
    stmt = select(Incident.id, Incident.number, Incident.occurred_on, Incident.status)
    if ids is not None:
        stmt = stmt.where(Incident.id.in_(sorted(set(ids))))
    if since is not None:
        stmt = stmt.where(Incident.occurred_on >= since)
    rows = session.execute(stmt.order_by(Incident.occurred_on.desc(), Incident.id.desc()).limit(limit)).all()
    wanted = [r[0] for r in rows]
    cats: dict[int, list[str]] = {}
    if wanted:
        for iid, label in session.execute(
            select(IncidentCategory.incident_id, Category.label)
            .join(Category, Category.code == IncidentCategory.code)
            .where(IncidentCategory.incident_id.in_(wanted))
            .order_by(IncidentCategory.incident_id, Category.sort)
        ):
            cats.setdefault(iid, []).append(label)
    return [IncidentRef(r[0], r[1], r[2], tuple(cats.get(r[0], ())), r[3]) for r in rows]


def incident_people(session: Any, ids: Iterable[int]) -> list[str]:
    """The names of everyone an incident names: victims, the ambtsdragers a naaste belongs to, known
    perpetrators, and who reported or received it (for pseudonymising free text about these incidents)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    person_ids: set[int] = set()
    names: list[str] = []
    for perpetrator, reported_by, received_by in session.execute(
        select(Incident.perpetrator_id, Incident.reported_by, Incident.received_by).where(
            Incident.id.in_(wanted)
        )
    ):
        if perpetrator is not None:
            person_ids.add(perpetrator)
        names += [reported_by or "", received_by or ""]
    person_ids.update(
        session.scalars(select(IncidentVictim.person_id).where(IncidentVictim.incident_id.in_(wanted)))
    )
    people = list(session.scalars(select(Person).where(Person.id.in_(sorted(person_ids)))))
    related = {p.related_to_id for p in people if p.related_to_id is not None}
    people += list(session.scalars(select(Person).where(Person.id.in_(sorted(related)))))
    names += [p.name for p in people]
    return [n for n in names if n]


def incident_exists(session: Any, incident_id: int) -> bool:
    return session.get(Incident, incident_id) is not None


def person_kind(session: Any, person_id: int) -> str | None:
    p = session.get(Person, person_id)
    return None if p is None else str(p.kind)


# --- the repositories -------------------------------------------------------------------------------------------


class ActionRepository(AreaRepository[ActionPoint, ActionDraft]):
    model = ActionPoint
    kind = ACTION
    draft_type = ActionDraft
    default_sort = "deadline"

    def where(self, query: AreaQuery) -> list[Any]:
        clauses: list[Any] = []
        if query.statuses:
            clauses.append(ActionPoint.status.in_(query.statuses))
        if query.overdue_before is not None:
            clauses.append(
                and_(
                    ActionPoint.status.in_([s.value for s in OPEN_ACTION_STATUSES]),
                    ActionPoint.deadline < query.overdue_before,
                )
            )
        if query.source is not None:
            clauses.append(
                and_(ActionPoint.source_kind == query.source[0], ActionPoint.source_id == query.source[1])
            )
        return clauses

    def open_count(self) -> int:
        stmt = select(func.count()).where(ActionPoint.status.in_([s.value for s in OPEN_ACTION_STATUSES]))
        return int(self.session.scalar(stmt) or 0)

    def titles_for(self, source_kind: str, source_id: int) -> set[str]:
        stmt = select(ActionPoint.title).where(
            ActionPoint.source_kind == source_kind, ActionPoint.source_id == source_id
        )
        return set(self.session.scalars(stmt))


class MeetingCheckRepository(AreaRepository[MeetingCheck, MeetingCheckDraft]):
    model = MeetingCheck
    kind = MEETING_CHECK
    draft_type = MeetingCheckDraft
    default_sort = "held_on"

    def next_upcoming(self, today: date) -> int | None:
        stmt = (
            select(MeetingCheck.id)
            .where(MeetingCheck.held_on >= today)
            .order_by(MeetingCheck.held_on, MeetingCheck.id)
            .limit(1)
        )
        found = self.session.scalar(stmt)
        if found is None:
            stmt = (
                select(MeetingCheck.id).order_by(MeetingCheck.held_on.desc(), MeetingCheck.id.desc()).limit(1)
            )
            found = self.session.scalar(stmt)
        return None if found is None else int(found)

    def latest(self, before: date) -> MeetingCheck | None:
        stmt = (
            select(MeetingCheck)
            .where(MeetingCheck.held_on <= before)
            .order_by(MeetingCheck.held_on.desc(), MeetingCheck.id.desc())
        )
        return self.session.scalars(stmt.limit(1)).first()


class IncidentReviewRepository(AreaRepository[IncidentReview, IncidentReviewDraft]):
    model = IncidentReview
    kind = INCIDENT_REVIEW
    draft_type = IncidentReviewDraft
    default_sort = "held_on"

    def latest(self) -> IncidentReview | None:
        stmt = select(IncidentReview).order_by(IncidentReview.held_on.desc(), IncidentReview.id.desc())
        return self.session.scalars(stmt.limit(1)).first()


class AvoidanceSignalRepository(AreaRepository[AvoidanceSignal, AvoidanceSignalDraft]):
    model = AvoidanceSignal
    kind = AVOIDANCE_SIGNAL
    draft_type = AvoidanceSignalDraft
    default_sort = "observed_on"

    def where(self, query: AreaQuery) -> list[Any]:
        clauses: list[Any] = []
        if query.statuses:
            clauses.append(AvoidanceSignal.status.in_(query.statuses))
        if query.person_id is not None:
            clauses.append(AvoidanceSignal.person_id == query.person_id)
        return clauses

    def latest(self) -> AvoidanceSignal | None:
        stmt = select(AvoidanceSignal).order_by(AvoidanceSignal.observed_on.desc(), AvoidanceSignal.id.desc())
        return self.session.scalars(stmt.limit(1)).first()

    def counts(self) -> tuple[int, int]:
        """(open signals, signals without follow-up)."""
        open_ = select(func.count()).where(AvoidanceSignal.status == "open")
        none = select(func.count()).where(
            or_(AvoidanceSignal.follow_up == "geen"), AvoidanceSignal.status != "afgerond"
        )
        return int(self.session.scalar(open_) or 0), int(self.session.scalar(none) or 0)


__all__ = [
    "ActionRepository",
    "AreaQuery",
    "AreaRepository",
    "AreaRow",
    "AvoidanceSignalRepository",
    "IncidentRef",
    "IncidentReviewRepository",
    "MeetingCheckRepository",
    "incident_refs",
]
