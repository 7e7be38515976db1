"""The sanctions of a person (a veroorzaker): register, create, edit, the status flow — with the rule that the
burgemeester does not decide when the burgemeester is the victim of the linked incident."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import PersonKind
from veiligbestuur_desktop.domain.sanctions import (
    Decider,
    SanctionDraft,
    SanctionStatus,
    check_decider,
    check_sanction,
    decider_for,
    sanction_in_force,
)
from veiligbestuur_desktop.services.records import RecordService, Unit
from veiligbestuur_desktop.store.preparation import (
    Listed,
    SanctionQuery,
    SanctionRepository,
    incident_choices,
    perpetrators,
    sanctioned_incident_numbers,
)

__all__ = ["Listed", "SanctionQuery", "SanctionService", "SanctionView"]


@dataclass(frozen=True, slots=True)
class SanctionView:
    """A sanction with the names a screen or a letter needs."""

    id: int
    draft: SanctionDraft
    person_name: str
    step_title: str
    step_code: str
    incident_number: str


class SanctionService(RecordService[SanctionRepository, SanctionDraft]):
    repository = SanctionRepository
    not_found = "Deze sanctie bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: SanctionDraft, today: date | None, row: Any | None
    ) -> SanctionDraft:
        before = SanctionStatus(row.status) if row is not None else None
        d = check_sanction(draft, today, before)
        repo = unit.repo(SanctionRepository)
        person = repo.person(d.person_id) if d.person_id is not None else None
        if person is None or person.kind != PersonKind.BETROKKENE.value:
            raise ValidationError(
                tr("sanctions", "Een sanctie hoort bij een veroorzaker: kies die uit Personen."),
                field="person_id",
            )
        step = repo.step(d.step_id) if d.step_id is not None else None
        if step is None:
            raise ValidationError(
                tr("sanctions", "Kies een maatregel van de sanctieladder."), field="step_id"
            )
        if not step.active and (row is None or row.step_id != step.id):
            raise ValidationError(
                tr("sanctions", "Deze maatregel is niet meer in gebruik. Kies een andere maatregel."),
                field="step_id",
            )
        if d.incident_id is not None:
            if repo.incident(d.incident_id) is None:
                raise ValidationError(
                    tr("sanctions", "Dit incident bestaat niet (meer)."), field="incident_id"
                )
            check_decider(d.decided_by, self._burgemeester_victim(repo, d.incident_id))
        return d

    @staticmethod
    def _burgemeester_victim(repo: SanctionRepository, incident_id: int | None) -> bool:
        return incident_id is not None and "burgemeester" in repo.victim_roles(incident_id)

    def decider(self, step_id: int, incident_id: int | None) -> Decider:
        """Who decides on this step in this case (the loco-burgemeester when the burgemeester is the victim)."""
        with self.reading() as repo:
            step = repo.step(step_id)
            if step is None:
                raise ValidationError(self.missing())
            return decider_for(Decider(step.decider), self._burgemeester_victim(repo, incident_id))

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"sanctie {row.status}"
        if action == "delete":
            return "verwijderd"
        parts = sorted(changed)
        if "status" in changed:
            parts = [f"status → {row.status}", *[p for p in parts if p != "status"]]
        return "gewijzigd: " + ", ".join(parts)

    # --- lists --------------------------------------------------------------------------------------------

    def count(self, query: SanctionQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: SanctionQuery, offset: int, limit: int) -> list[Listed]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def view(self, sanction_id: int) -> SanctionView:
        with self.reading() as repo:
            row = repo.require(sanction_id, self.missing)
            d = repo.draft(row)
            person = repo.person(row.person_id)
            step = repo.step(row.step_id)
            incident = repo.incident(row.incident_id) if row.incident_id else None
            return SanctionView(
                row.id,
                d,
                (person.name or person.description[:60]) if person else "",
                step.title if step else "",
                step.code if step else "",
                incident.number if incident else "",
            )

    def for_incident(self, incident_id: int) -> list[SanctionView]:
        """The sanctions of step 3 that name this incident (a sanction belongs to the person; the incident
        links to it)."""
        return [self.view(r.id) for r in self.page(SanctionQuery(incident_id=incident_id), 0, 1000)]

    def for_person(self, person_id: int) -> list[SanctionView]:
        return [self.view(r.id) for r in self.page(SanctionQuery(person_id=person_id), 0, 1000)]

    def latest(self) -> int | None:
        with self.reading() as repo:
            return repo.latest()

    def in_force(self, today: date | None = None) -> int:
        with self.reading() as repo:
            return repo.in_force_count(today or date.today())

    def is_in_force(self, sanction_id: int, today: date | None = None) -> bool:
        return sanction_in_force(self.get(sanction_id), today or date.today())

    def perpetrators(self) -> list[tuple[int, str]]:
        with self.ws.reading() as s:
            return perpetrators(s)

    def incidents(self, include: int | None = None) -> list[tuple[int, str]]:
        """The latest incidents to link (number and date), and `include` (a sanction's own) when older."""
        with self.ws.reading() as s:
            return incident_choices(s, include=include)

    def incident_numbers(self) -> dict[int, str]:
        """{incident id: number} of the incidents sanctions answer (a deleted one has none)."""
        with self.ws.reading() as s:
            return sanctioned_incident_numbers(s)
