"""Plan progress: one row per checklist item that has been touched; the incident counts behind step 6."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.steps import Frequency, IncidentEvidence
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.models import FollowUp, Incident, IncidentCheck, PlanItem
from veiligbestuur_desktop.store.models_derived import INCIDENTS_VERSION, DataVersion, EvidenceCache


def _state(row: PlanItem) -> PlanItemState:
    return PlanItemState(
        row.code,
        ItemStatus(row.status),
        row.owner,
        row.due_date,
        row.note,
        Frequency(row.frequency) if row.frequency else None,
        row.last_done,
    )


def load_states(session: Session) -> dict[str, PlanItemState]:
    return {row.code: _state(row) for row in session.scalars(select(PlanItem))}


def get_state(session: Session, code: str) -> PlanItemState:
    row = session.get(PlanItem, code)
    return _state(row) if row is not None else PlanItemState(code)


def save_state(session: Session, state: PlanItemState, by: str) -> None:
    row = session.get(PlanItem, state.code)
    if row is None:
        row = PlanItem(code=state.code)
        session.add(row)
    row.status = state.status.value
    row.owner = state.owner
    row.due_date = state.due_date
    row.note = state.note
    row.frequency = state.frequency.value if state.frequency is not None else None
    row.last_done = state.last_done
    row.updated_at = utcnow()
    row.updated_by = by


# --- step 6: counts from the incidents (read only) -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EvidenceCount:
    done: int
    total: int


DONE_FOLLOW_UP = ("gereed", "nvt")  # domain.incidents.DONE_STATUSES
NOT_COUNTED = ("geanonimiseerd",)  # an anonymised incident keeps no handling detail


def evidence_counts(
    session: Session, year: int, evidence: Iterable[tuple[str, IncidentEvidence]]
) -> dict[str, EvidenceCount]:
    """Per item code: how many of the year's incidents (by their number's year) the evidence covers.

    One query: per item a count of the incidents it applies to and of those it covers (index lookups on the
    checklist's key and the follow-ups' incident index, so a year of thousands of incidents stays quick).
    """
    items = list(evidence)
    if not items:
        return {}
    columns = []
    for _code, ev in items:
        applies = Incident.severity_level >= ev.min_level
        columns.append(func.coalesce(func.sum(case((applies, 1), else_=0)), 0))
        columns.append(func.coalesce(func.sum(case((and_(applies, _covered(ev)), 1), else_=0)), 0))
    row = session.execute(
        select(*columns).where(Incident.year == year, Incident.status.not_in(NOT_COUNTED))
    ).one()
    return {code: EvidenceCount(int(row[2 * n + 1]), int(row[2 * n])) for n, (code, _ev) in enumerate(items)}


def _covered(ev: IncidentEvidence) -> ColumnElement[bool]:
    """Every check of `ev` ticked, or every follow-up of its tracks gereed / n.v.t. (and at least one)."""
    ticked = and_(
        *(
            exists().where(IncidentCheck.incident_id == Incident.id, IncidentCheck.code == code)
            for code in ev.checks
        )
    )
    if not ev.tracks:
        return ticked
    finished = and_(
        *(
            and_(
                exists().where(FollowUp.incident_id == Incident.id, FollowUp.track == track),
                ~exists().where(
                    FollowUp.incident_id == Incident.id,
                    FollowUp.track == track,
                    FollowUp.status.not_in(DONE_FOLLOW_UP),
                ),
            )
            for track in ev.tracks
        )
    )
    return or_(ticked, finished)


# --- the counts kept between sessions (store/models_derived.py) ----------------------------------------------


def _cache_key(year: int, items: Sequence[tuple[str, IncidentEvidence]]) -> str:
    """The year, and a digest of what is counted: a changed definition of the evidence never reads old counts."""
    definition = repr((sorted(items, key=lambda i: i[0]), NOT_COUNTED, DONE_FOLLOW_UP))
    return f"{year}:{hashlib.sha256(definition.encode()).hexdigest()[:40]}"


def incidents_version(session: Session) -> int | None:
    """The change counter of the incident tables (None in a database without it)."""
    return session.scalar(select(DataVersion.n).where(DataVersion.name == INCIDENTS_VERSION))


def cached_evidence_counts(
    session: Session, year: int, items: Sequence[tuple[str, IncidentEvidence]]
) -> tuple[dict[str, EvidenceCount], int | None, bool]:
    """(counts, the version they belong to, whether they came from the cache). Counted afresh unless the cache
    holds the counts of this very version of the incident tables; the caller may keep fresh counts with
    `keep_evidence_counts`. Run inside one read transaction, so that version and counts belong together."""
    version = incidents_version(session)
    if version is not None:
        row = session.get(EvidenceCache, _cache_key(year, items))
        if row is not None and row.version == version:
            try:
                data = json.loads(row.payload)
                counts = {code: EvidenceCount(int(data[code][0]), int(data[code][1])) for code, _ev in items}
            except (ValueError, KeyError, TypeError, IndexError):
                pass  # unreadable: counted afresh and written again
            else:
                return counts, version, True
    return evidence_counts(session, year, items), version, False


def keep_evidence_counts(
    session: Session,
    year: int,
    items: Sequence[tuple[str, IncidentEvidence]],
    version: int,
    counts: dict[str, EvidenceCount],
) -> bool:
    """Keep counts made at `version` (in a write transaction); not when an incident changed meanwhile."""
    if incidents_version(session) != version:
        return False
    key = _cache_key(year, items)
    payload = json.dumps({code: [c.done, c.total] for code, c in counts.items()}, sort_keys=True)
    row = session.get(EvidenceCache, key)
    if row is None:
        session.add(EvidenceCache(key=key, version=version, payload=payload))
    else:
        row.version = version
        row.payload = payload
    return True
