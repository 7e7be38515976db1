"""People (ambtsdragers, naasten, betrokkenen, contacts) on the generic repository."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.people import PERSON, PersonDraft
from veiligbestuur_desktop.store.models import ContactLog, Incident, IncidentVictim, Person
from veiligbestuur_desktop.store.repository import Repository, from_column


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    kind: str
    name: str
    description: str
    role: str | None
    related_to_id: int | None
    relation: str | None
    verhoogd_risico: bool
    term_end: date | None
    values: dict[str, Any] = field(default_factory=dict)  # every list column (PERSON.columns()) by name


def _row(p: Person) -> PersonRow:
    return PersonRow(
        p.id,
        p.kind,
        p.name,
        p.description,
        p.role,
        p.related_to_id,
        p.relation,
        p.verhoogd_risico,
        p.term_end,
        {f.name: from_column(f, getattr(p, f.name)) for f in PERSON.columns()},
    )


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(
    session: Session, text: str = "", kinds: tuple[str, ...] = (), limit: int = 500
) -> list[PersonRow]:
    return PersonRepository(session).page(PersonQuery(text, kinds), 0, limit)


class PersonRepository(Repository[Person, PersonDraft]):
    """People; columns map through the declared fields (domain.people.PERSON)."""

    model = Person
    kind = PERSON
    draft_type = PersonDraft

    def search(self, text: str = "", kinds: tuple[str, ...] = (), limit: int = 500) -> list[PersonRow]:
        return search(self.session, text, kinds, limit)

    def where(self, query: PersonQuery) -> list[Any]:
        clauses: list[Any] = []
        if query.kinds:
            clauses.append(Person.kind.in_(query.kinds))
        if query.text.strip():
            pat = like_pattern(query.text.strip())
            clauses.append(
                or_(
                    Person.name.ilike(pat, escape="\\"),
                    Person.description.ilike(pat, escape="\\"),
                    Person.organisation.ilike(pat, escape="\\"),
                )
            )
        return clauses

    def order(self, query: PersonQuery) -> list[Any]:
        return [func.lower(Person.name), Person.id]

    def page(self, query: PersonQuery, offset: int, limit: int) -> list[PersonRow]:
        return [_row(r[0]) for r in self.select_page(query, [Person], offset, limit)]

    def usage(self, person_id: int) -> dict[str, int]:
        return usage(self.session, person_id)

    def references(self, person_id: int) -> dict[str, int]:
        return references(self.session, person_id)

    def delete(self, row: Person) -> None:
        for log in self.session.scalars(select(ContactLog).where(ContactLog.person_id == row.id)):
            self.session.delete(log)
        super().delete(row)


@dataclass(frozen=True, slots=True)
class PersonQuery:
    text: str = ""
    kinds: tuple[str, ...] = ()


def usage(session: Session, person_id: int) -> dict[str, int]:
    """Where a person is referenced (incidents as victim/perpetrator, naasten linked to them)."""
    return {
        "victim": session.scalar(select(func.count()).where(IncidentVictim.person_id == person_id)) or 0,
        "perpetrator": session.scalar(select(func.count()).where(Incident.perpetrator_id == person_id)) or 0,
        "naasten": session.scalar(select(func.count()).where(Person.related_to_id == person_id)) or 0,
    }


# references the person service already names in its own words, or that are part of the person (contact log)
_KNOWN = frozenset({"person", "incident", "incident_victim", "contact_log"})


def references(session: Session, person_id: int) -> dict[str, int]:
    """Rows of the other areas that point at this person (any foreign key to person.id in the models: a risk
    analysis, a measure, a training attendance, a sanction, an avoidance signal, ...), per table. Found from
    the schema, so a new area's reference is counted without a change here."""
    from veiligbestuur_desktop.store.schema import metadata

    out: dict[str, int] = {}
    for table in metadata.sorted_tables:
        if table.name in _KNOWN:
            continue
        for column in table.columns:
            to_person = any(fk.column.table.name == "person" for fk in column.foreign_keys)
            # some areas keep the id without a foreign key (so that a delete elsewhere never cascades past the
            # audit trail); they name it person_id / ..._person_id
            if to_person or column.name == "person_id" or column.name.endswith("_person_id"):
                n = session.scalar(select(func.count()).select_from(table).where(column == person_id)) or 0
                if n:
                    out[table.name] = out.get(table.name, 0) + n
    return out


def names(session: Session, ids: list[int]) -> dict[int, Person]:
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def contact_log(session: Session, person_id: int) -> list[ContactLog]:
    return list(
        session.scalars(select(ContactLog).where(ContactLog.person_id == person_id).order_by(ContactLog.on))
    )
