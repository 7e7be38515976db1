"""Repositories of step 5: communication actions, the contact log with persons of concern and 'slachtoffer
geïnformeerd' entries."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from veiligbestuur_desktop.domain.communication import (
    COMMUNICATION,
    CONTACT_LOG,
    VICTIM_INFORMED,
    CommunicationDraft,
    ContactLogDraft,
    VictimInformedDraft,
)
from veiligbestuur_desktop.store.execution import AreaQuery, AreaRepository
from veiligbestuur_desktop.store.models import ContactLog, IncidentVictim, Person
from veiligbestuur_desktop.store.models_execution import CommunicationAction, VictimInformed


class CommunicationRepository(AreaRepository[CommunicationAction, CommunicationDraft]):
    model = CommunicationAction
    kind = COMMUNICATION
    draft_type = CommunicationDraft
    default_sort = "held_on"

    def latest(self, kinds: tuple[str, ...] = ()) -> CommunicationAction | None:
        stmt = select(CommunicationAction)
        if kinds:
            stmt = stmt.where(CommunicationAction.kind.in_(kinds))
        stmt = stmt.order_by(CommunicationAction.held_on.desc(), CommunicationAction.id.desc())
        return self.session.scalars(stmt.limit(1)).first()


class ContactLogRepository(AreaRepository[ContactLog, ContactLogDraft]):
    model = ContactLog
    kind = CONTACT_LOG
    draft_type = ContactLogDraft
    default_sort = "on"

    def write(self, row: ContactLog, draft: ContactLogDraft) -> None:
        super().write(row, draft)
        row.ordegesprek = draft.channel.value == "ordegesprek"

    def where(self, query: AreaQuery) -> list[Any]:
        clauses: list[Any] = []
        if query.person_id is not None:
            clauses.append(ContactLog.person_id == query.person_id)
        if query.statuses:
            clauses.append(ContactLog.channel.in_(query.statuses))
        return clauses

    def latest(self, today: date) -> ContactLog | None:
        """The latest contact that took place (a planned ordegesprek has not)."""
        stmt = select(ContactLog).where(ContactLog.on <= today)
        stmt = stmt.order_by(ContactLog.on.desc(), ContactLog.id.desc())
        return self.session.scalars(stmt.limit(1)).first()

    def overdue_next_contacts(self, today: date) -> int:
        """Persons whose latest contact names a next contact that has passed."""
        latest = (
            select(ContactLog.person_id, func.max(ContactLog.on).label("last"))
            .group_by(ContactLog.person_id)
            .subquery()
        )
        stmt = (
            select(func.count(func.distinct(ContactLog.person_id)))
            .join(latest, (latest.c.person_id == ContactLog.person_id) & (latest.c.last == ContactLog.on))
            .where(ContactLog.next_contact.is_not(None), ContactLog.next_contact < today)
        )
        return int(self.session.scalar(stmt) or 0)

    def person(self, person_id: int) -> Person | None:
        return self.session.get(Person, person_id)

    def is_victim(self, person_id: int) -> bool:
        stmt = select(func.count()).where(IncidentVictim.person_id == person_id)
        return bool(self.session.scalar(stmt))


class VictimInformedRepository(AreaRepository[VictimInformed, VictimInformedDraft]):
    model = VictimInformed
    kind = VICTIM_INFORMED
    draft_type = VictimInformedDraft
    default_sort = "informed_on"

    def where(self, query: AreaQuery) -> list[Any]:
        if query.source is not None and query.source[0] == "incident":
            return [VictimInformed.incident_id == query.source[1]]
        return []
