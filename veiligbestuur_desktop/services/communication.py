"""Communication actions (step 5): normuitdraging, a decision explained, a conversation with a difficult
person, the press line after an incident."""

from __future__ import annotations

from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.communication import (
    CommunicationDraft,
    CommunicationKind,
    VictimInformedDraft,
    check_communication,
    check_victim_informed,
)
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services.actions import AreaService
from veiligbestuur_desktop.services.records import Unit
from veiligbestuur_desktop.store.communication import CommunicationRepository, VictimInformedRepository
from veiligbestuur_desktop.store.execution import AreaQuery, AreaRow, person_kind


class CommunicationService(AreaService[CommunicationRepository, CommunicationDraft]):
    repository = CommunicationRepository
    not_found = "Deze communicatieactie bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: CommunicationDraft, today: date | None, row: Any | None
    ) -> CommunicationDraft:
        d = check_communication(draft, today)
        if d.incident_id is not None:
            self.check_incidents(unit, (d.incident_id,), "incident_id")
        repo = unit.repo(CommunicationRepository)
        if d.person_id is not None and person_kind(repo.session, d.person_id) is None:
            raise ValidationError(
                tr("services", "De gekozen persoon bestaat niet (meer). Kies die opnieuw."), field="person_id"
            )
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"aangemaakt ({row.kind})"
        return super().summary(action, row, changed)

    def latest(self, *kinds: CommunicationKind) -> tuple[int, CommunicationDraft] | None:
        with self.reading() as repo:
            row = repo.latest(tuple(k.value for k in kinds))
            return None if row is None else (row.id, repo.draft(row))

    def current_letter(self) -> int | None:
        """The latest explanation of a decision (the letter printed by default)."""
        found = self.latest(CommunicationKind.TOELICHTING_BESLUIT)
        return None if found is None else found[0]


class VictimInformedService(AreaService[VictimInformedRepository, VictimInformedDraft]):
    """'Slachtoffer geïnformeerd' per incident: about the aangifte, the OM decision, a sanction, with date."""

    repository = VictimInformedRepository
    not_found = "Deze melding ‘slachtoffer geïnformeerd’ bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: VictimInformedDraft, today: date | None, row: Any | None
    ) -> VictimInformedDraft:
        d = check_victim_informed(draft, today)
        if d.incident_id is not None:
            self.check_incidents(unit, (d.incident_id,), "incident_id")
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"aangemaakt (incident-id {row.incident_id}, {row.about})"
        return super().summary(action, row, changed)

    def for_incident(self, incident_id: int) -> list[AreaRow]:
        return self.rows(AreaQuery(sort="informed_on", descending=True, source=("incident", incident_id)))
