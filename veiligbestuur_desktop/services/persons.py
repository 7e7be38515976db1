"""People on the generic record service: list with search, get, create, update, delete — validated and
audited without sensitive content."""

from __future__ import annotations

from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, check_person
from veiligbestuur_desktop.services.records import RecordService, Unit
from veiligbestuur_desktop.store.persons import PersonQuery, PersonRepository, PersonRow


class PersonService(RecordService[PersonRepository, PersonDraft]):
    repository = PersonRepository
    not_found = "Deze persoon bestaat niet (meer)."

    def search(self, text: str = "", kinds: tuple[PersonKind, ...] = (), limit: int = 500) -> list[PersonRow]:
        return self.page(PersonQuery(text, tuple(k.value for k in kinds)), 0, limit)

    def count(self, query: PersonQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: PersonQuery, offset: int, limit: int) -> list[PersonRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def validate(self, unit: Unit, draft: PersonDraft, today: date | None, row: Any | None) -> PersonDraft:
        d = check_person(draft, today)
        if d.related_to_id is not None:
            target = unit.repo(PersonRepository).get(d.related_to_id)
            if (
                target is None
                or target.kind != PersonKind.AMBTSDRAGER.value
                or (row is not None and target.id == row.id)
            ):
                raise ValidationError(
                    tr("services", "Een naaste moet horen bij een bestaande ambtsdrager."),
                    field="related_to_id",
                )
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return str(row.kind)
        if action == "delete":
            return "verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))

    def deleting(self, unit: Unit, row: Any) -> None:
        use = unit.repo(PersonRepository).usage(row.id)
        if use["victim"] or use["perpetrator"]:
            raise ValidationError(
                tr(
                    "services",
                    "Deze persoon is gekoppeld aan {n} incident(en) en kan daarom niet worden verwijderd. "
                    "Ontkoppel de persoon eerst, of laat de gegevens staan tot de bewaartermijn verloopt.",
                ).format(n=use["victim"] + use["perpetrator"])
            )
        if use["naasten"]:
            raise ValidationError(
                tr(
                    "services",
                    "Aan deze ambtsdrager zijn {n} naaste(n) gekoppeld. Verwijder of verplaats die eerst.",
                ).format(n=use["naasten"])
            )
        elsewhere = unit.repo(PersonRepository).references(row.id)
        if elsewhere:
            raise ValidationError(
                tr(
                    "services",
                    "Deze persoon komt nog voor in: {where}. Verwijder of wijzig die gegevens eerst, of laat de "
                    "persoon staan tot de bewaartermijn verloopt.",
                ).format(
                    where=", ".join(f"{_reference_label(t)} ({n})" for t, n in sorted(elsewhere.items()))
                )
            )
        return None


def _reference_label(table: str) -> str:
    """Dutch words for where a person is referenced; a table without words here is named generically."""
    labels = {
        "risk_analysis": tr("services", "risicoanalyses"),
        "measure": tr("services", "maatregelen"),
        "training_attendee": tr("services", "trainingen"),
        "sanction": tr("services", "sancties"),
        "avoidance_signal": tr("services", "vermijdingssignalen"),
        "communication_action": tr("services", "communicatieacties"),
        "term_review_item": tr("services", "termijnherijking"),
    }
    return labels.get(table, tr("services", "andere registraties"))


__all__ = ["PersonQuery", "PersonRow", "PersonService"]
