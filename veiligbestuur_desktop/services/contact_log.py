"""The contact log with persons of concern (step 5). An entry is part of its person's record for the audit
trail (store/models_execution.py AUDITED_PARTS): every write states the person's record hash."""

from __future__ import annotations

from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.communication import ContactKind, ContactLogDraft, check_contact
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services.actions import AreaService
from veiligbestuur_desktop.services.records import Changes, Unit
from veiligbestuur_desktop.store.communication import ContactLogRepository
from veiligbestuur_desktop.store.execution import AreaQuery, incident_refs


class ContactLogService(AreaService[ContactLogRepository, ContactLogDraft]):
    repository = ContactLogRepository
    not_found = "Dit contactmoment bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: ContactLogDraft, today: date | None, row: Any | None
    ) -> ContactLogDraft:
        d = check_contact(draft, today)
        repo = unit.repo(ContactLogRepository)
        person = repo.person(d.person_id) if d.person_id is not None else None
        if person is None or person.kind != "betrokkene":
            raise ValidationError(
                tr("services", "Een contactmoment hoort bij een bestaande veroorzaker. Kies die."),
                field="person_id",
            )
        if row is not None and row.person_id != d.person_id:
            raise ValidationError(
                tr(
                    "services",
                    "Een contactmoment kan niet naar een andere veroorzaker worden verplaatst. "
                    "Leg een nieuw contactmoment vast.",
                ),
                field="person_id",
            )
        if d.incident_id is not None:
            self.check_incidents(unit, (d.incident_id,), "incident_id")
            refs = incident_refs(repo.session, ids=(d.incident_id,))
            if refs and d.on is not None and refs[0].occurred_on > d.on:
                raise ValidationError(
                    tr(
                        "services",
                        "Het gekozen incident was na dit contact. Kies het incident dat de aanleiding was.",
                    ),
                    field="incident_id",
                )
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"contactmoment {row.id} aangemaakt ({row.channel})"
        return f"contactmoment {row.id} gewijzigd: " + ", ".join(sorted(changed))

    def delete(self, record_id: int) -> Changes:
        """The entry goes; the audit entry states its person's record hash after it."""
        with self.writing() as unit:
            row = self.load(unit, record_id)
            person_id = int(row.person_id)
            unit.repo(ContactLogRepository).delete(row)
            unit.audit_record("update", "person", person_id, f"contactmoment {record_id} verwijderd")
            unit.touched("contact_log", record_id)
            return unit.changes

    def for_person(self, person_id: int) -> list[Any]:
        return self.rows(AreaQuery(sort="on", descending=True, person_id=person_id))

    def ordegesprekken(self) -> list[Any]:
        return self.rows(AreaQuery(sort="on", descending=True, statuses=(ContactKind.ORDEGESPREK.value,)))

    def latest(self, today: date | None = None) -> tuple[int, ContactLogDraft] | None:
        with self.reading() as repo:
            row = repo.latest(today or date.today())
            return None if row is None else (row.id, repo.draft(row))

    def overdue_next_contacts(self, today: date | None = None) -> int:
        with self.reading() as repo:
            return repo.overdue_next_contacts(today or date.today())

    def current_ordegesprek(self) -> int | None:
        rows = self.ordegesprekken()
        return rows[0].id if rows else None
