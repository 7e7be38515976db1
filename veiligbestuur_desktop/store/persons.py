"""Queries and persistence of people (ambtsdragers, naasten, betrokkenen, contacts)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.people import BetrokkeneType, PersonDraft, PersonKind, Relation, Role
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.models import ContactLog, Incident, IncidentVictim, Person


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
    )


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(
    session: Session, text: str = "", kinds: tuple[str, ...] = (), limit: int = 500
) -> list[PersonRow]:
    stmt = select(Person)
    if kinds:
        stmt = stmt.where(Person.kind.in_(kinds))
    if text.strip():
        pat = like_pattern(text.strip())
        stmt = stmt.where(
            or_(
                Person.name.ilike(pat, escape="\\"),
                Person.description.ilike(pat, escape="\\"),
                Person.organisation.ilike(pat, escape="\\"),
            )
        )
    stmt = stmt.order_by(func.lower(Person.name), Person.id).limit(limit)
    return [_row(p) for p in session.scalars(stmt)]


def draft_of(p: Person) -> PersonDraft:
    return PersonDraft(
        kind=PersonKind(p.kind),
        name=p.name,
        description=p.description,
        role=Role(p.role) if p.role else None,
        party=p.party,
        term_start=p.term_start,
        term_end=p.term_end,
        portefeuilles=p.portefeuilles,
        phone=p.phone,
        email=p.email,
        verhoogd_risico=p.verhoogd_risico,
        zelfscan_on=p.zelfscan_on,
        woningscan_on=p.woningscan_on,
        beveiligingsadvies_on=p.beveiligingsadvies_on,
        beveiligingsadvies_ref=p.beveiligingsadvies_ref,
        related_to_id=p.related_to_id,
        relation=Relation(p.relation) if p.relation else None,
        betrokkene_type=BetrokkeneType(p.betrokkene_type) if p.betrokkene_type else None,
        birth_date=p.birth_date,
        address=p.address,
        organisation=p.organisation,
        function=p.function,
    )


def _apply(p: Person, d: PersonDraft) -> None:
    values = asdict(d)
    for key, value in values.items():
        if key in ("kind", "role", "relation", "betrokkene_type"):
            value = value.value if value is not None else None
        setattr(p, key, value)
    p.updated_at = utcnow()


def create(session: Session, d: PersonDraft) -> int:
    p = Person()
    _apply(p, d)
    session.add(p)
    session.flush()
    return p.id


def update(session: Session, person_id: int, d: PersonDraft) -> Person | None:
    p = session.get(Person, person_id)
    if p is None:
        return None
    _apply(p, d)
    return p


def get(session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def usage(session: Session, person_id: int) -> dict[str, int]:
    """Where a person is referenced (incidents as victim/perpetrator, naasten linked to them)."""
    return {
        "victim": session.scalar(select(func.count()).where(IncidentVictim.person_id == person_id)) or 0,
        "perpetrator": session.scalar(select(func.count()).where(Incident.perpetrator_id == person_id)) or 0,
        "naasten": session.scalar(select(func.count()).where(Person.related_to_id == person_id)) or 0,
    }


def delete(session: Session, person_id: int) -> bool:
    p = session.get(Person, person_id)
    if p is None:
        return False
    for log in session.scalars(select(ContactLog).where(ContactLog.person_id == person_id)):
        session.delete(log)
    session.delete(p)
    return True


def names(session: Session, ids: list[int]) -> dict[int, Person]:
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def contact_log(session: Session, person_id: int) -> list[ContactLog]:
    return list(
        session.scalars(select(ContactLog).where(ContactLog.person_id == person_id).order_by(ContactLog.on))
    )
