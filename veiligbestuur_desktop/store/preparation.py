"""Step 3 records on the generic repository: chain agreements, the sanction ladder, a person's sanctions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.preparation import AGREEMENT, AgreementDraft, Partner, Subject
from veiligbestuur_desktop.domain.sanctions import LADDER_STEP, SANCTION, LadderStepDraft, SanctionDraft
from veiligbestuur_desktop.store.models import Incident, IncidentVictim, Person
from veiligbestuur_desktop.store.models_preparation import Agreement, Sanction, SanctionStep
from veiligbestuur_desktop.store.repository import Repository, from_column


@dataclass(frozen=True, slots=True)
class Listed:
    """A row of a step-3 register: the id and every list column by field name (raw draft values)."""

    id: int
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AgreementQuery:
    partner: str = ""


class AgreementRepository(Repository[Agreement, AgreementDraft]):
    model = Agreement
    kind = AGREEMENT
    draft_type = AgreementDraft

    def where(self, query: AgreementQuery) -> list[Any]:
        return [Agreement.partner == query.partner] if query.partner else []

    def order(self, query: AgreementQuery) -> list[Any]:
        partners = case({p.value: n for n, p in enumerate(Partner)}, value=Agreement.partner, else_=99)
        subjects = case({v.value: n for n, v in enumerate(Subject)}, value=Agreement.subject, else_=99)
        return [partners, subjects, Agreement.id]

    def page(self, query: AgreementQuery, offset: int, limit: int) -> list[Listed]:
        return [
            Listed(r[0].id, {f.name: from_column(f, getattr(r[0], f.name)) for f in AGREEMENT.fields})
            for r in self.select_page(query, [Agreement], offset, limit)
        ]


class LadderRepository(Repository[SanctionStep, LadderStepDraft]):
    model = SanctionStep
    kind = LADDER_STEP
    draft_type = LadderStepDraft

    def draft(self, row: SanctionStep) -> LadderStepDraft:
        d = super().draft(row)
        from dataclasses import replace

        return replace(d, rank=int(row.rank), code=row.code)

    def write(self, row: SanctionStep, draft: LadderStepDraft) -> None:
        super().write(row, draft)
        row.rank = int(draft.rank)
        row.code = draft.code

    def steps(self, active_only: bool = False) -> list[tuple[int, LadderStepDraft]]:
        stmt = select(SanctionStep).order_by(SanctionStep.rank, SanctionStep.id)
        if active_only:
            stmt = stmt.where(SanctionStep.active.is_(True))
        return [(r.id, self.draft(r)) for r in self.session.scalars(stmt)]

    def next_rank(self) -> int:
        return int(self.session.scalar(select(func.max(SanctionStep.rank))) or 0) + 1

    def usage(self, step_id: int) -> int:
        return int(self.session.scalar(select(func.count()).where(Sanction.step_id == step_id)) or 0)


@dataclass(frozen=True, slots=True)
class SanctionQuery:
    person_id: int | None = None
    incident_id: int | None = None


class SanctionRepository(Repository[Sanction, SanctionDraft]):
    model = Sanction
    kind = SANCTION
    draft_type = SanctionDraft

    def where(self, query: SanctionQuery) -> list[Any]:
        clauses: list[Any] = []
        if query.person_id is not None:
            clauses.append(Sanction.person_id == query.person_id)
        if query.incident_id is not None:
            clauses.append(Sanction.incident_id == query.incident_id)
        return clauses

    def order(self, query: SanctionQuery) -> list[Any]:
        return [Sanction.decided_on.desc(), Sanction.id.desc()]

    def page(self, query: SanctionQuery, offset: int, limit: int) -> list[Listed]:
        return [
            Listed(r[0].id, {f.name: from_column(f, getattr(r[0], f.name)) for f in SANCTION.fields})
            for r in self.select_page(query, [Sanction], offset, limit)
        ]

    def person(self, person_id: int) -> Person | None:
        return self.session.get(Person, person_id)

    def incident(self, incident_id: int) -> Incident | None:
        return self.session.get(Incident, incident_id)

    def step(self, step_id: int) -> SanctionStep | None:
        return self.session.get(SanctionStep, step_id)

    def victim_roles(self, incident_id: int) -> list[str]:
        """The roles of the incident's victims (an ambtsdrager's role; "" for others)."""
        return [
            role or ""
            for role in self.session.scalars(
                select(Person.role)
                .join(IncidentVictim, IncidentVictim.person_id == Person.id)
                .where(IncidentVictim.incident_id == incident_id)
            )
        ]

    def latest(self) -> int | None:
        return self.session.scalar(select(Sanction.id).order_by(Sanction.id.desc()).limit(1))

    def in_force_count(self, today: date) -> int:
        return int(
            self.session.scalar(
                select(func.count()).where(
                    Sanction.status == "opgelegd", (Sanction.ends_on.is_(None)) | (Sanction.ends_on >= today)
                )
            )
            or 0
        )


def perpetrators(session: Session) -> list[tuple[int, str]]:
    """The betrokkenen (veroorzakers) to choose from: (id, name or description)."""
    rows = session.execute(
        select(Person.id, Person.name, Person.description)
        .where(Person.kind == "betrokkene")
        .order_by(func.lower(Person.name), Person.id)
    ).all()
    return [(pid, name or (desc or "")[:60] or "onbekend") for pid, name, desc in rows]


def incident_choices(session: Session, limit: int = 500, include: int | None = None) -> list[tuple[int, str]]:
    """The latest incidents to link a sanction to, and `include` when it is older: (id, "2026-014 — 12-03-2026")."""
    cols = (Incident.id, Incident.number, Incident.occurred_on)
    rows = list(session.execute(select(*cols).order_by(Incident.id.desc()).limit(limit)).all())
    if include is not None and all(r[0] != include for r in rows):
        rows += list(session.execute(select(*cols).where(Incident.id == include)).all())
    return [(iid, f"{number} — {on:%d-%m-%Y}") for iid, number, on in rows]


def victims(session: Session, incident_id: int) -> list[tuple[int, str, str | None]]:
    """(person id, name, role) of an incident's victims."""
    rows = session.execute(
        select(Person.id, Person.name, Person.role)
        .join(IncidentVictim, IncidentVictim.person_id == Person.id)
        .where(IncidentVictim.incident_id == incident_id)
        .order_by(Person.id)
    ).all()
    return [(pid, name, role) for pid, name, role in rows]


def latest_incident_with_victim(session: Session) -> int | None:
    return session.scalar(
        select(IncidentVictim.incident_id).order_by(IncidentVictim.incident_id.desc()).limit(1)
    )


@dataclass(frozen=True, slots=True)
class IncidentFacts:
    number: str
    occurred_on: date
    location: str
    categories: tuple[str, ...]  # labels


def incident_facts(session: Session, incident_id: int) -> IncidentFacts | None:
    from veiligbestuur_desktop.store.models import Category, IncidentCategory

    inc = session.get(Incident, incident_id)
    if inc is None:
        return None
    labels = session.scalars(
        select(Category.label)
        .join(IncidentCategory, IncidentCategory.code == Category.code)
        .where(IncidentCategory.incident_id == incident_id)
        .order_by(Category.sort)
    ).all()
    return IncidentFacts(inc.number, inc.occurred_on, inc.location, tuple(labels))


def incidents_of(session: Session, person_id: int) -> list[tuple[int, date]]:
    """(id, date) of the incidents a person is recorded as the perpetrator of, oldest first."""
    rows = session.execute(
        select(Incident.id, Incident.occurred_on)
        .where(Incident.perpetrator_id == person_id)
        .order_by(Incident.occurred_on, Incident.id)
    ).all()
    return [(iid, on) for iid, on in rows]


def created_at(session: Session) -> str:
    from veiligbestuur_desktop.store import settings

    return settings.get(session, settings.CREATED_AT)


def sanctioned_incident_numbers(session: Session) -> dict[int, str]:
    """{incident id: number} of every incident a sanction points at (for the register's column)."""
    rows = session.execute(
        select(Incident.id, Incident.number).where(Incident.id.in_(select(Sanction.incident_id)))
    ).all()
    return {iid: number for iid, number in rows}
