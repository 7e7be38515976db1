"""Plan progress: one row per checklist item that has been touched."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.models import PlanItem


def _state(row: PlanItem) -> PlanItemState:
    return PlanItemState(row.code, ItemStatus(row.status), row.owner, row.due_date, row.note)


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
    row.updated_at = utcnow()
    row.updated_by = by
