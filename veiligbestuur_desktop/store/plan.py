"""Plan progress: one row per checklist item that has been touched; the incident counts behind step 6."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.steps import Frequency, IncidentEvidence
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.models import FollowUp, Incident, IncidentCheck, PlanItem


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
    """Per item code: how many of the year's incidents (by their number's year) the evidence covers."""
    levels: dict[int, int] = {
        incident_id: level
        for incident_id, level in session.execute(
            select(Incident.id, Incident.severity_level).where(
                Incident.year == year, Incident.status.not_in(NOT_COUNTED)
            )
        )
    }
    ticked: dict[int, set[str]] = {}
    rows = session.execute(
        select(IncidentCheck.incident_id, IncidentCheck.code)
        .join(Incident, Incident.id == IncidentCheck.incident_id)
        .where(Incident.year == year)
    )
    for incident_id, code in rows:
        ticked.setdefault(incident_id, set()).add(code)
    # per incident and track: (follow-ups, of which done)
    tracks: dict[int, dict[str, tuple[int, int]]] = {}
    done_case = func.sum(case((FollowUp.status.in_(DONE_FOLLOW_UP), 1), else_=0))
    for incident_id, track, n, n_done in session.execute(
        select(FollowUp.incident_id, FollowUp.track, func.count(), done_case)
        .join(Incident, Incident.id == FollowUp.incident_id)
        .where(Incident.year == year)
        .group_by(FollowUp.incident_id, FollowUp.track)
    ):
        tracks.setdefault(incident_id, {})[track] = (int(n), int(n_done or 0))

    out: dict[str, EvidenceCount] = {}
    for code, ev in evidence:
        done = total = 0
        for incident_id, level in levels.items():
            if level < ev.min_level:
                continue
            total += 1
            if _handled(ev, ticked.get(incident_id, set()), tracks.get(incident_id, {})):
                done += 1
        out[code] = EvidenceCount(done, total)
    return out


def _handled(ev: IncidentEvidence, ticked: set[str], tracks: dict[str, tuple[int, int]]) -> bool:
    if ev.checks and all(c in ticked for c in ev.checks):
        return True
    if ev.tracks:
        counts = [tracks.get(t) for t in ev.tracks]
        return all(c is not None and c[0] > 0 and c[0] == c[1] for c in counts)
    return False
