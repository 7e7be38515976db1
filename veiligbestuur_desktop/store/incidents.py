"""Incident persistence on the generic repository, and the list queries (SQL-side filters, search, sort and
paging for 100,000 rows). The free-text search uses SQLite's FTS5 (`incident_fts`): marked below."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select, text
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.incidents import (
    DONE_STATUSES,
    INCIDENT,
    AimedAt,
    FollowUpDraft,
    FollowUpStatus,
    IncidentDraft,
    PlannedFollowUp,
    PlanState,
    Replan,
    VictimDraft,
)
from veiligbestuur_desktop.store import settings
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.models import (
    Category,
    FollowUp,
    Incident,
    IncidentCategory,
    IncidentCheck,
    IncidentEvent,
    IncidentVictim,
    Person,
)
from veiligbestuur_desktop.store.persons import like_pattern
from veiligbestuur_desktop.store.repository import Repository, from_column

# --- categories ---------------------------------------------------------------------------------------------


def categories(session: Session, active_only: bool = False) -> list[Category]:
    stmt = select(Category).order_by(Category.sort, Category.code)
    if active_only:
        stmt = stmt.where(Category.active.is_(True))
    return list(session.scalars(stmt))


def category_labels(session: Session) -> dict[str, str]:
    return {c.code: c.label for c in categories(session)}


# --- the repository ------------------------------------------------------------------------------------


class IncidentRepository(Repository[Incident, IncidentDraft]):
    """An incident with its case file: categories and victims (links), checklist ticks, follow-ups, the
    timeline. Columns map through the declared fields (domain.incidents.INCIDENT)."""

    model = Incident
    kind = INCIDENT

    def count_for_perpetrator(self, person_id: int) -> int:
        """How many incidents name this person as the perpetrator."""
        return int(
            self.session.scalar(
                select(func.count()).select_from(Incident).where(Incident.perpetrator_id == person_id)
            )
            or 0
        )

    draft_type = IncidentDraft

    # links: categories and victims
    def read_links(self, row: Incident) -> dict[str, Any]:
        vics = sorted(
            self.session.scalars(select(IncidentVictim).where(IncidentVictim.incident_id == row.id)),
            key=lambda v: v.person_id,
        )
        return {
            "categories": tuple(sorted(self.category_codes(row.id))),
            "victims": tuple(VictimDraft(v.person_id, v.office_related, AimedAt(v.aimed_at)) for v in vics),
        }

    def write_links(self, row: Incident, d: IncidentDraft) -> None:
        s = self.session
        s.execute(delete(IncidentCategory).where(IncidentCategory.incident_id == row.id))
        s.execute(delete(IncidentVictim).where(IncidentVictim.incident_id == row.id))
        s.add_all(IncidentCategory(incident_id=row.id, code=c) for c in d.categories)
        s.add_all(
            IncidentVictim(
                incident_id=row.id,
                person_id=v.person_id,
                office_related=v.office_related,
                aimed_at=AimedAt(v.aimed_at).value,
            )
            for v in d.victims
        )

    def new_row(self, d: IncidentDraft) -> Incident:
        year = d.occurred_on.year
        seq, number = next_number(self.session, year)
        return Incident(year=year, seq=seq, number=number, created_at=utcnow())

    def create_with_plan(self, d: IncidentDraft, planned: list[PlannedFollowUp]) -> Incident:
        inc = self.create(d)
        self.session.add_all(
            FollowUp(
                incident_id=inc.id,
                track=p.track.value,
                kind=p.kind,
                title=p.title,
                deadline=p.deadline,
                due_from=p.due_from,
                status=p.status.value,
                details=json.dumps(dict(p.details), ensure_ascii=False, sort_keys=True),
            )
            for p in planned
        )
        self.session.flush()
        return inc

    def by_number(self, number: str) -> Incident | None:
        return self.session.scalar(select(Incident).where(Incident.number == number.strip()))

    # the case file
    def category_codes(self, incident_id: int) -> list[str]:
        return list(
            self.session.scalars(
                select(IncidentCategory.code).where(IncidentCategory.incident_id == incident_id)
            )
        )

    def victims(self, incident_id: int) -> list[tuple[IncidentVictim, Person]]:
        rows = self.session.execute(
            select(IncidentVictim, Person)
            .join(Person, Person.id == IncidentVictim.person_id)
            .where(IncidentVictim.incident_id == incident_id)
            .order_by(Person.name)
        ).all()
        return [(v, p) for v, p in rows]

    def checks(self, incident_id: int) -> dict[str, IncidentCheck]:
        return {
            c.code: c
            for c in self.session.scalars(
                select(IncidentCheck).where(IncidentCheck.incident_id == incident_id)
            )
        }

    def set_check(self, incident_id: int, code: str, done_on: date | None, by: str) -> None:
        existing = self.session.get(IncidentCheck, (incident_id, code))
        if done_on is None:
            if existing is not None:
                self.session.delete(existing)
            return
        if existing is None:
            self.session.add(IncidentCheck(incident_id=incident_id, code=code, done_on=done_on, by=by))
        else:
            existing.done_on = done_on
            existing.by = by

    def add_event(
        self, incident_id: int, code: str, params: dict[str, str], by: str, at: datetime | None = None
    ) -> None:
        """A timeline entry: a code of domain.incidents.EVENTS and its parameters (codes, the user's text)."""
        self.session.add(
            IncidentEvent(
                incident_id=incident_id,
                code=code,
                params=json.dumps(params, ensure_ascii=False, sort_keys=True),
                by=by,
                at=at or utcnow(),
            )
        )

    def events(self, incident_id: int) -> list[IncidentEvent]:
        return list(
            self.session.scalars(
                select(IncidentEvent)
                .where(IncidentEvent.incident_id == incident_id)
                .order_by(IncidentEvent.at, IncidentEvent.id)
            )
        )

    def follow_ups(self, incident_id: int) -> list[FollowUp]:
        return list(
            self.session.scalars(
                select(FollowUp).where(FollowUp.incident_id == incident_id).order_by(FollowUp.id)
            )
        )

    def get_follow_up(self, follow_up_id: int) -> FollowUp | None:
        return self.session.get(FollowUp, follow_up_id)

    def add_follow_up(self, incident_id: int, track: str, kind: str, d: FollowUpDraft) -> FollowUp:
        fu = FollowUp(incident_id=incident_id, track=track, kind=kind, title=d.title, due_from=None)
        apply_follow_up(fu, d)
        self.session.add(fu)
        self.session.flush()
        return fu

    def plan_states(self, incident_id: int) -> list[PlanState]:
        """The incident's follow-ups as the planning rules see them (domain.incidents.replan_*)."""
        return [
            PlanState(f.id, f.kind, FollowUpStatus(f.status), f.deadline, f.due_from, f.done_on)
            for f in self.follow_ups(incident_id)
        ]

    def replan(self, change: Replan) -> FollowUp:
        """Apply a new deadline, window and status to one follow-up."""
        fu = self.session.get(FollowUp, change.id)
        assert fu is not None
        fu.deadline = change.deadline
        fu.due_from = change.due_from
        fu.status = change.status.value
        return fu

    def setting(self, key: str) -> str:
        return settings.get(self.session, key)

    def put_setting(self, key: str, value: str) -> None:
        settings.put(self.session, key, value)
        self.session.flush()

    def categories(self, active_only: bool = False) -> list[Category]:
        return categories(self.session, active_only)

    def category_labels(self) -> dict[str, str]:
        return category_labels(self.session)

    def years(self) -> list[int]:
        return list(self.session.scalars(select(Incident.year).distinct().order_by(Incident.year.desc())))

    # the list
    def where(self, query: IncidentQuery) -> list[Any]:
        return _where(query)

    def order(self, query: IncidentQuery) -> list[Any]:
        return _order(query)

    def params(self, query: IncidentQuery) -> dict[str, Any]:
        return _bind(query)

    def page(
        self, q: IncidentQuery, offset: int, limit: int, labels: dict[str, str] | None = None
    ) -> list[IncidentRow]:
        return page(self.session, q, offset, limit, labels)

    def due_follow_ups(self, today: date, horizon: date, limit: int = 500) -> list[DueFollowUp]:
        return due_follow_ups(self.session, today, horizon, limit)

    def due_counts(self, today: date, horizon: date) -> tuple[int, int]:
        return due_counts(self.session, today, horizon)


def next_number(session: Session, year: int) -> tuple[int, str]:
    """The next sequence of the year, inside the caller's (write) transaction."""
    last = session.scalar(select(func.max(Incident.seq)).where(Incident.year == year)) or 0
    seq = last + 1
    return seq, f"{year}-{seq:03d}"


def apply_follow_up(fu: FollowUp, d: FollowUpDraft) -> None:
    fu.title = d.title
    fu.owner = d.owner
    fu.deadline = d.deadline
    fu.status = d.status.value
    fu.done_on = d.done_on
    fu.details = json.dumps(d.details, ensure_ascii=False, sort_keys=True)


def event_params(event: IncidentEvent) -> dict[str, str]:
    try:
        data = json.loads(event.params or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def follow_up_details(fu: FollowUp) -> dict[str, str]:
    try:
        data = json.loads(fu.details or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


# --- the list -----------------------------------------------------------------------------------------------

# the number, and every declared field that sorts in SQL (each has an index: migration 0002)
SORT_KEYS = ("number", *(f.name for f in INCIDENT.fields if f.sortable))


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    year: int | None = None
    status: str | None = None
    category: str | None = None
    severity_level: int | None = None
    person_id: int | None = None
    text: str = ""
    sort: str = "number"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class IncidentRow:
    id: int
    number: str
    occurred_on: date
    occurred_time: str
    reported_on: date
    status: str
    severity_level: int
    channel: str
    categories: tuple[str, ...] = ()
    victims: tuple[str, ...] = field(default_factory=tuple)
    values: dict[str, Any] = field(default_factory=dict)  # every register column (INCIDENT.columns()) by name


_TOKEN = re.compile(r"[\w]+", re.UNICODE)


def fts_query(text_: str) -> str | None:
    """User text → a safe FTS5 query: every word as a quoted prefix term, all required."""
    tokens = _TOKEN.findall(text_)[:12]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def _where(q: IncidentQuery) -> list:  # type: ignore[type-arg]
    clauses = []
    if q.year is not None:
        clauses.append(Incident.year == q.year)
    if q.status:
        clauses.append(Incident.status == q.status)
    if q.severity_level is not None:
        clauses.append(Incident.severity_level == q.severity_level)
    if q.category:
        clauses.append(
            Incident.id.in_(select(IncidentCategory.incident_id).where(IncidentCategory.code == q.category))
        )
    if q.person_id is not None:
        clauses.append(
            or_(
                Incident.id.in_(
                    select(IncidentVictim.incident_id).where(IncidentVictim.person_id == q.person_id)
                ),
                Incident.perpetrator_id == q.person_id,
            )
        )
    if q.text.strip():
        # SQLite only: FTS5 full-text index (migration 0002); everything else here is dialect-neutral
        match = fts_query(q.text)
        name_hits = (
            select(IncidentVictim.incident_id)
            .join(Person, Person.id == IncidentVictim.person_id)
            .where(Person.name.ilike(like_pattern(q.text.strip()), escape="\\"))
        )
        options = [Incident.id.in_(name_hits), Incident.number == q.text.strip()]
        if match:
            options.append(
                Incident.id.in_(
                    select(text("rowid"))
                    .select_from(text("incident_fts"))
                    .where(text("incident_fts MATCH :m"))
                )
            )
        clauses.append(or_(*options))
    return clauses


def _bind(q: IncidentQuery) -> dict[str, str]:
    m = fts_query(q.text) if q.text.strip() else None
    return {"m": m} if m else {}


def _order(q: IncidentQuery) -> list:  # type: ignore[type-arg]
    key = q.sort if q.sort in SORT_KEYS else "number"
    cols: list[Any]
    if key == "number":
        cols = [Incident.year, Incident.seq]
    else:
        # (key, occurred_on, rowid) is exactly the order of the key's index: no sort step at 100,000 rows
        cols = [getattr(Incident, key), Incident.occurred_on, Incident.id]
    return [c.desc() if q.descending else c.asc() for c in cols]


def count(session: Session, q: IncidentQuery) -> int:
    return IncidentRepository(session).count(q)


def page(
    session: Session, q: IncidentQuery, offset: int, limit: int, labels: dict[str, str] | None = None
) -> list[IncidentRow]:
    fixed = ["occurred_on", "occurred_time", "reported_on", "status", "severity_level", "channel"]
    stored = [f.name for f in INCIDENT.columns() if hasattr(Incident, f.name) and f.name not in fixed]
    stmt = (
        select(Incident.id, Incident.number, *(getattr(Incident, n) for n in [*fixed, *stored]))
        .where(and_(True, *_where(q)))
        .order_by(*_order(q))
        .offset(offset)
        .limit(limit)
    )
    rows = session.execute(stmt, _bind(q)).all()
    ids = [r.id for r in rows]
    cats: dict[int, list[str]] = defaultdict(list)
    vics: dict[int, list[str]] = defaultdict(list)
    if ids:
        labels = labels if labels is not None else category_labels(session)
        for iid, code in session.execute(
            select(IncidentCategory.incident_id, IncidentCategory.code).where(
                IncidentCategory.incident_id.in_(ids)
            )
        ):
            cats[iid].append(labels.get(code, code))
        for iid, name in session.execute(
            select(IncidentVictim.incident_id, Person.name)
            .join(Person, Person.id == IncidentVictim.person_id)
            .where(IncidentVictim.incident_id.in_(ids))
        ):
            vics[iid].append(name)
    out = []
    columns = INCIDENT.columns()
    for r in rows:
        links = {"categories": tuple(sorted(cats[r.id])), "victims": tuple(sorted(vics[r.id]))}
        values = {
            f.name: links[f.name] if f.name in links else from_column(f, getattr(r, f.name)) for f in columns
        }
        out.append(
            IncidentRow(
                r.id,
                r.number,
                r.occurred_on,
                r.occurred_time,
                r.reported_on,
                r.status,
                r.severity_level,
                r.channel,
                links["categories"],
                links["victims"],
                values,
            )
        )
    return out


# --- what is due --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    follow_up_id: int
    incident_id: int
    number: str
    track: str
    title: str
    owner: str
    deadline: date | None
    due_from: date | None
    status: str
    kind: str = ""
    severity_level: int = 0
    victims: tuple[tuple[str, str], ...] = ()  # (name, description) of each victim


def _overdue(today: date) -> Any:
    return FollowUp.deadline < today


def _due(today: date, horizon: date) -> Any:
    """domain.incidents.follow_up_state == 'due', in SQL: not yet late, and its window has started (its own
    start, or the week before the deadline)."""
    return and_(
        FollowUp.deadline >= today,
        or_(
            and_(FollowUp.due_from.is_(None), FollowUp.deadline <= horizon),
            and_(FollowUp.due_from.is_not(None), FollowUp.due_from <= today),
        ),
    )


def _open_with_deadline() -> list[Any]:
    open_statuses = [s.value for s in FollowUpStatus if s not in DONE_STATUSES]
    return [FollowUp.status.in_(open_statuses), FollowUp.deadline.is_not(None)]


def due_counts(session: Session, today: date, horizon: date) -> tuple[int, int]:
    """(overdue, due now) over all open follow-ups, counted in SQL: true at any volume."""
    overdue = func.coalesce(func.sum(case((_overdue(today), 1), else_=0)), 0)
    due = func.coalesce(func.sum(case((_due(today, horizon), 1), else_=0)), 0)
    row = session.execute(
        select(overdue, due).where(*_open_with_deadline(), or_(_overdue(today), _due(today, horizon)))
    ).one()
    return int(row[0]), int(row[1])


def due_follow_ups(session: Session, today: date, horizon: date, limit: int = 500) -> list[DueFollowUp]:
    """Open follow-ups that are overdue or due now, most urgent first: overdue before due, then the most
    severe incident, then the earliest deadline."""
    # the order on narrow columns first (thousands of candidates at 100,000 incidents), then the chosen rows whole
    stmt = (
        select(FollowUp.id, Incident.number, Incident.severity_level)
        .join(Incident, Incident.id == FollowUp.incident_id)
        .where(*_open_with_deadline(), or_(_overdue(today), _due(today, horizon)))
        .order_by(
            case((_overdue(today), 0), else_=1),
            Incident.severity_level.desc(),
            FollowUp.deadline,
            FollowUp.id,
        )
        .limit(limit)
    )
    chosen = session.execute(stmt).all()
    loaded = {
        fu.id: fu for fu in session.scalars(select(FollowUp).where(FollowUp.id.in_([r[0] for r in chosen])))
    }
    rows = [(loaded[fid], number, level) for fid, number, level in chosen if fid in loaded]
    victims: dict[int, list[tuple[str, str]]] = defaultdict(list)
    ids = sorted({fu.incident_id for fu, _n, _l in rows})
    if ids:
        for iid, name, description in session.execute(
            select(IncidentVictim.incident_id, Person.name, Person.description)
            .join(Person, Person.id == IncidentVictim.person_id)
            .where(IncidentVictim.incident_id.in_(ids))
        ):
            victims[iid].append((name or "", description or ""))
    return [
        DueFollowUp(
            fu.id,
            fu.incident_id,
            number,
            fu.track,
            fu.title,
            fu.owner,
            fu.deadline,
            fu.due_from,
            fu.status,
            fu.kind,
            level,
            tuple(sorted(victims[fu.incident_id])),
        )
        for fu, number, level in rows
    ]
