"""The counts of the jaarevaluatie (step 7) and the overview's dashboard, computed in SQL: one query per figure
group, over the incidents that occurred in a calendar year (the `ix_incident_occurred_on` index).

Everything returns codes and numbers; labels are the service's business. The follow-ups' own fields are JSON
(`follow_up.details`): reading them uses SQLite's json_extract, marked below like the FTS5 search.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, case, cast, distinct, extract, func, literal, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.statistics import (
    AANGIFTE_VALUES,
    MELDING_VALUES,
    NO_REPORT_VALUES,
    ONLINE_CHANNELS,
    OPVANG_KINDS,
)
from veiligbestuur_desktop.store.models import (
    Category,
    FollowUp,
    Incident,
    IncidentCategory,
    IncidentVictim,
    Person,
)
from veiligbestuur_desktop.store.models_evaluation import IncidentEvaluation


def _in_year(year: int) -> Any:
    return and_(Incident.occurred_on >= date(year, 1, 1), Incident.occurred_on < date(year + 1, 1, 1))


def _detail(key: str) -> Any:
    """A follow-up's own field (SQLite-only: json_extract)."""
    return func.coalesce(func.json_extract(FollowUp.details, f"$.{key}"), literal(""))


def totals(session: Session, year: int) -> tuple[int, int]:
    """(incidents of the year, of which online)."""
    online = func.sum(case((Incident.channel.in_(ONLINE_CHANNELS), 1), else_=0))
    row = session.execute(select(func.count(), online).select_from(Incident).where(_in_year(year))).one()
    return int(row[0] or 0), int(row[1] or 0)


def by_month(session: Session, year: int) -> list[int]:
    month = cast(extract("month", Incident.occurred_on), Integer)
    counts = [0] * 12
    for m, n in session.execute(
        select(month, func.count()).select_from(Incident).where(_in_year(year)).group_by(month)
    ):
        counts[int(m) - 1] = int(n)
    return counts


def by_channel(session: Session, year: int) -> dict[str, int]:
    rows = session.execute(
        select(Incident.channel, func.count()).where(_in_year(year)).group_by(Incident.channel)
    )
    return {str(c): int(n) for c, n in rows}


def by_severity(session: Session, year: int) -> dict[int, int]:
    rows = session.execute(
        select(Incident.severity_level, func.count()).where(_in_year(year)).group_by(Incident.severity_level)
    )
    return {int(level): int(n) for level, n in rows}


def by_category(session: Session, year: int) -> list[tuple[str, str, int]]:
    """(code, label, incidents) per category that occurred, in the category list's order (an incident with two
    categories counts for both)."""
    rows = session.execute(
        select(Category.code, Category.label, func.count(distinct(IncidentCategory.incident_id)))
        .join(IncidentCategory, IncidentCategory.code == Category.code)
        .join(Incident, Incident.id == IncidentCategory.incident_id)
        .where(_in_year(year))
        .group_by(Category.code, Category.label, Category.sort)
        .order_by(Category.sort, Category.code)
    )
    return [(str(c), str(label), int(n)) for c, label, n in rows]


def by_role(session: Session, year: int) -> dict[str, int]:
    """Incidents per role of the victim: an ambtsdrager's role, or 'naaste' (an incident counts once per
    role, however many victims of that role)."""
    role = case(
        (Person.kind == "naaste", literal("naaste")), else_=func.coalesce(Person.role, literal("onbekend"))
    )
    rows = session.execute(
        select(role, func.count(distinct(Incident.id)))
        .select_from(Incident)
        .join(IncidentVictim, IncidentVictim.incident_id == Incident.id)
        .join(Person, Person.id == IncidentVictim.person_id)
        .where(_in_year(year))
        .group_by(role)
    )
    return {str(r): int(n) for r, n in rows}


def aangifte(session: Session, year: int) -> tuple[int, int, dict[str, int]]:
    """(incidents with an aangifte, incidents with a melding only, reasons for neither → incidents), from the
    decision of the aangifte follow-up (domain.statistics: the values that mean aangifte, melding, neither)."""
    decision = _detail("decision")
    filed = func.count(distinct(case((decision.in_(AANGIFTE_VALUES), FollowUp.incident_id))))
    reported = func.count(distinct(case((decision.in_(MELDING_VALUES), FollowUp.incident_id))))
    row = session.execute(
        select(filed, reported)
        .select_from(Incident)
        .join(FollowUp, FollowUp.incident_id == Incident.id)
        .where(_in_year(year), FollowUp.track == "aangifte")
    ).one()
    reason = _detail("reason")
    rows = session.execute(
        select(reason, func.count(distinct(FollowUp.incident_id)))
        .select_from(Incident)
        .join(FollowUp, FollowUp.incident_id == Incident.id)
        .where(_in_year(year), FollowUp.track == "aangifte", decision.in_(NO_REPORT_VALUES))
        .group_by(reason)
    )
    return int(row[0] or 0), int(row[1] or 0), {str(r) or "onbekend": int(n) for r, n in rows}


def nazorg(session: Session, year: int) -> tuple[int, int, int]:
    """The opvanggesprek of the year's incidents: (done by its deadline, done late, not done); n.v.t. is left
    out."""
    on_time = case(
        (
            and_(
                FollowUp.status == "gereed",
                (FollowUp.deadline.is_(None)) | (FollowUp.done_on <= FollowUp.deadline),
            ),
            1,
        ),
        else_=0,
    )
    late = case((and_(FollowUp.status == "gereed", FollowUp.done_on > FollowUp.deadline), 1), else_=0)
    not_done = case((FollowUp.status.in_(("open", "bezig")), 1), else_=0)
    row = session.execute(
        select(func.sum(on_time), func.sum(late), func.sum(not_done))
        .select_from(Incident)
        .join(FollowUp, FollowUp.incident_id == Incident.id)
        .where(_in_year(year), FollowUp.track == "nazorg", FollowUp.kind.in_(OPVANG_KINDS))
    ).one()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


def sanctions(session: Session, year: int) -> tuple[dict[str, int], int, int]:
    """(sanctions imposed by kind, incidents whose sanctions were weighed, incidents with a sanction
    follow-up that applies)."""
    kind = _detail("type")
    imposed = session.execute(
        select(kind, func.count())
        .select_from(Incident)
        .join(FollowUp, FollowUp.incident_id == Incident.id)
        .where(_in_year(year), FollowUp.track == "sanctie", kind != "", FollowUp.status != "nvt")
        .group_by(kind)
    )
    by_kind = {str(k): int(n) for k, n in imposed}
    weighed = func.count(distinct(case((FollowUp.status == "gereed", FollowUp.incident_id))))
    row = session.execute(
        select(weighed, func.count(distinct(FollowUp.incident_id)))
        .select_from(Incident)
        .join(FollowUp, FollowUp.incident_id == Incident.id)
        .where(_in_year(year), FollowUp.track == "sanctie", FollowUp.status != "nvt")
    ).one()
    return by_kind, int(row[0] or 0), int(row[1] or 0)


def history(session: Session, first: int, last: int) -> dict[int, int]:
    """Incidents per year from `first` to `last` (years without incidents are absent)."""
    year = cast(extract("year", Incident.occurred_on), Integer)
    rows = session.execute(
        select(year, func.count())
        .select_from(Incident)
        .where(Incident.occurred_on >= date(first, 1, 1), Incident.occurred_on < date(last + 1, 1, 1))
        .group_by(year)
    )
    return {int(y): int(n) for y, n in rows}


def evaluations(session: Session, year: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                IncidentEvaluation.evaluated_on >= date(year, 1, 1),
                IncidentEvaluation.evaluated_on < date(year + 1, 1, 1),
            )
        )
        or 0
    )


def open_follow_ups(session: Session, year: int | None = None) -> dict[str, int]:
    """Follow-ups still open or in progress, per track (of the incidents of `year`, or of all)."""
    stmt = select(FollowUp.track, func.count()).where(FollowUp.status.in_(("open", "bezig")))
    if year is not None:
        stmt = (
            stmt.select_from(Incident)
            .join(FollowUp, FollowUp.incident_id == Incident.id)
            .where(_in_year(year))
        )
    return {str(t): int(n) for t, n in session.execute(stmt.group_by(FollowUp.track))}


def years(session: Session) -> list[int]:
    """The years with incidents, newest first."""
    year = cast(extract("year", Incident.occurred_on), Integer)
    return [int(y) for (y,) in session.execute(select(year).distinct().order_by(year.desc()))]


def document_issued(session: Session, entity_type: str, entity_id: str, name: str) -> date | None:
    """The last day a document was printed or saved (its audit entry), or None."""
    from veiligbestuur_desktop.store.models import AuditEntry

    ts = session.scalar(
        select(func.max(AuditEntry.ts)).where(
            AuditEntry.entity_type == entity_type,
            AuditEntry.entity_id == entity_id,
            AuditEntry.action.in_(("print", "export")),
            AuditEntry.summary == f"document {name}",
        )
    )
    return date.fromisoformat(str(ts)[:10]) if ts else None
