"""People: list with search, get, create, update, delete — validated and audited without sensitive content."""

from __future__ import annotations

from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, check_person
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import persons as store
from veiligbestuur_desktop.store.persons import PersonRow


class PersonService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def search(self, text: str = "", kinds: tuple[PersonKind, ...] = (), limit: int = 500) -> list[PersonRow]:
        with self.ws.reading() as s:
            return store.search(s, text, tuple(k.value for k in kinds), limit)

    def get(self, person_id: int) -> PersonDraft:
        with self.ws.reading() as s:
            p = store.get(s, person_id)
            if p is None:
                raise NotFound(tr("services", "Deze persoon bestaat niet (meer)."))
            return store.draft_of(p)

    def _check_links(self, s, d: PersonDraft, person_id: int | None = None) -> None:  # type: ignore[no-untyped-def]
        if d.related_to_id is not None:
            target = store.get(s, d.related_to_id)
            if target is None or target.kind != PersonKind.AMBTSDRAGER.value or target.id == person_id:
                raise ValidationError(
                    tr("services", "Een naaste moet horen bij een bestaande ambtsdrager."),
                    field="related_to_id",
                )

    def create(self, draft: PersonDraft) -> int:
        d = check_person(draft)
        with self.ws.transaction() as s:
            self._check_links(s, d)
            pid = store.create(s, d)
            self.ws.audit(s, "create", "person", pid, d.kind.value, record=True)
        return pid

    def update(self, person_id: int, draft: PersonDraft) -> None:
        d = check_person(draft)
        with self.ws.transaction() as s:
            self._check_links(s, d, person_id)
            old = store.get(s, person_id)
            if old is None:
                raise NotFound(tr("services", "Deze persoon bestaat niet (meer)."))
            before = store.draft_of(old)
            changed = sorted(
                k for k in PersonDraft.__dataclass_fields__ if getattr(before, k) != getattr(d, k)
            )
            if not changed:
                return
            store.update(s, person_id, d)
            self.ws.audit(s, "update", "person", person_id, "gewijzigd: " + ", ".join(changed), record=True)

    def delete(self, person_id: int) -> None:
        with self.ws.transaction() as s:
            use = store.usage(s, person_id)
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
            if not store.delete(s, person_id):
                raise NotFound(tr("services", "Deze persoon bestaat niet (meer)."))
            self.ws.audit(s, "delete", "person", person_id, "verwijderd", record=True)


__all__ = ["PersonRow", "PersonService"]
