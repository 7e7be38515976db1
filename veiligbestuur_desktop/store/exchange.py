"""Persistence of exchange and privacy (issue 14): saved import mappings, the bulk write of an import (one
transaction, ids given here), retention rules, the purge that anonymises incidents for good, and the reads
for inzage, calendar and the regional statistics. Services reach the session only through this module."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, delete, func, insert, or_, select, text, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.fields import FieldKind
from veiligbestuur_desktop.domain.incidents import (
    INCIDENT,
    OPEN_STATUSES,
    AimedAt,
    FollowUpStatus,
    IncidentDraft,
    IncidentStatus,
    PlannedFollowUp,
    VictimDraft,
)
from veiligbestuur_desktop.domain.people import PERSON, PersonDraft
from veiligbestuur_desktop.domain.retention import DEFAULT_RULES, RetentionRule
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.incidents import IncidentRepository
from veiligbestuur_desktop.store.models import (
    Attachment,
    ContactLog,
    FollowUp,
    Incident,
    IncidentCategory,
    IncidentCheck,
    IncidentEvent,
    IncidentVictim,
    Person,
    PlanItem,
)
from veiligbestuur_desktop.store.models_exchange import ImportMapping, PurgeTombstone, RetentionRuleRow
from veiligbestuur_desktop.store.repository import to_column

# --- saved mappings -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SavedMapping:
    id: int
    kind: str
    name: str
    columns: dict[str, str]
    categories: dict[str, str]


def _loads(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _mapping(row: ImportMapping) -> SavedMapping:
    return SavedMapping(row.id, row.kind, row.name, _loads(row.columns), _loads(row.categories))


def mappings(session: Session, kind: str) -> list[SavedMapping]:
    rows = session.scalars(
        select(ImportMapping).where(ImportMapping.kind == kind).order_by(func.lower(ImportMapping.name))
    )
    return [_mapping(r) for r in rows]


def mapping_by_name(session: Session, kind: str, name: str) -> SavedMapping | None:
    row = session.scalar(select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.name == name))
    return _mapping(row) if row is not None else None


def save_mapping(
    session: Session, kind: str, name: str, columns: dict[str, str], categories: dict[str, str]
) -> tuple[int, bool]:
    """Insert or replace the mapping called `name`; (id, created)."""
    row = session.scalar(select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.name == name))
    created = row is None
    if row is None:
        row = ImportMapping(kind=kind, name=name)
        session.add(row)
    row.columns = json.dumps(columns, ensure_ascii=False, sort_keys=True)
    row.categories = json.dumps(categories, ensure_ascii=False, sort_keys=True)
    row.updated_at = utcnow()
    session.flush()
    return row.id, created


def delete_mapping(session: Session, mapping_id: int) -> bool:
    row = session.get(ImportMapping, mapping_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


# --- the import: one transaction, rows written in bulk -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewIncident:
    draft: IncidentDraft
    planned: list[PlannedFollowUp]
    aangifte: str | None = None  # "ja" / "nee": the decision on the aangifte track, done
    victim_keys: tuple[int, ...] = ()  # ids of existing people (>0) or -n: the n-th new person (1-based)
    perpetrator_key: int | None = None


def _table(model: Any) -> Table:
    """A model's table, for Core executemany inserts (no ORM bookkeeping per row)."""
    table: Table = model.__table__
    return table


def _max_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.max(model.id))) or 0)


def write_import(
    session: Session,
    people: Sequence[PersonDraft],
    incidents: Sequence[NewIncident],
    created_by: str,
    progress: Any = None,
    batch: int = 2000,
) -> tuple[list[int], list[int]]:
    """Write new people and incidents (with their planned follow-ups, a 'registered' timeline entry) in the
    caller's transaction, with Core inserts in batches. New people are referred to by -n (1-based) in
    `victim_keys` and `perpetrator_key`. Returns (person ids, incident ids). `progress(done, total)` may
    raise to cancel (the caller rolls back)."""
    person_fields = [f for f in PERSON.fields if f.kind not in (FieldKind.PERSONS, FieldKind.MULTI_CHOICE)]
    incident_fields = [
        f for f in INCIDENT.fields if f.kind not in (FieldKind.PERSONS, FieldKind.MULTI_CHOICE)
    ]
    now = utcnow()
    first_person = _max_id(session, Person) + 1
    person_ids = [first_person + n for n in range(len(people))]

    def person_id(key: int | None) -> int | None:
        if key is None:
            return None
        return person_ids[-key - 1] if key < 0 else key

    rows: list[dict[str, Any]] = []
    for pid, pd in zip(person_ids, people, strict=True):
        row = {f.name: to_column(f, getattr(pd, f.name)) for f in person_fields}
        row["related_to_id"] = None  # set below: a naaste may come before its ambtsdrager
        row.update(id=pid, created_at=now, updated_at=now)
        rows.append(row)
    for start in range(0, len(rows), batch):
        session.execute(insert(_table(Person)), rows[start : start + batch])
    for pid, pd in zip(person_ids, people, strict=True):
        if pd.related_to_id is not None:
            session.execute(
                update(Person).where(Person.id == pid).values(related_to_id=person_id(pd.related_to_id))
            )

    first_incident = _max_id(session, Incident) + 1
    first_fu = _max_id(session, FollowUp) + 1
    seqs: dict[int, int] = {}
    incident_ids: list[int] = []
    total = len(incidents)
    pending: dict[str, list[dict[str, Any]]] = {
        "incident": [],
        "category": [],
        "victim": [],
        "follow_up": [],
        "event": [],
    }

    def flush() -> None:
        for key, model in (
            ("incident", Incident),
            ("category", IncidentCategory),
            ("victim", IncidentVictim),
            ("follow_up", FollowUp),
            ("event", IncidentEvent),
        ):
            if pending[key]:
                session.execute(insert(_table(model)), pending[key])
                pending[key].clear()

    fu_id = first_fu
    for n, item in enumerate(incidents):
        d = item.draft
        iid = first_incident + n
        incident_ids.append(iid)
        year = d.occurred_on.year
        if year not in seqs:
            seqs[year] = int(session.scalar(select(func.max(Incident.seq)).where(Incident.year == year)) or 0)
        seqs[year] += 1
        row = {f.name: to_column(f, getattr(d, f.name)) for f in incident_fields}
        row["perpetrator_id"] = person_id(item.perpetrator_key)
        row.update(
            id=iid,
            year=year,
            seq=seqs[year],
            number=f"{year}-{seqs[year]:03d}",
            created_at=now,
            updated_at=now,
        )
        pending["incident"].append(row)
        pending["category"].extend({"incident_id": iid, "code": c} for c in d.categories)
        for v, key in zip(d.victims, item.victim_keys, strict=True):
            pending["victim"].append(
                {
                    "incident_id": iid,
                    "person_id": person_id(key),
                    "office_related": v.office_related,
                    "aimed_at": v.aimed_at.value,
                }
            )
        for p in item.planned:
            details: dict[str, str] = {}
            status = p.status.value
            done_on = None
            if p.track.value == "aangifte" and item.aangifte:
                details = {"decision": item.aangifte}
                status, done_on = FollowUpStatus.GEREED.value, d.reported_on
            pending["follow_up"].append(
                {
                    "id": fu_id,
                    "incident_id": iid,
                    "track": p.track.value,
                    "kind": p.kind,
                    "title": p.title,
                    "owner": "",
                    "deadline": p.deadline,
                    "due_from": p.due_from,
                    "status": status,
                    "done_on": done_on,
                    "details": json.dumps(details, sort_keys=True),
                }
            )
            fu_id += 1
        pending["event"].append(
            {
                "incident_id": iid,
                "code": "registered",
                "params": json.dumps({"import": "1"}),
                "by": created_by,
                "at": now,
            }
        )
        if len(pending["incident"]) >= batch:
            flush()
            if progress is not None:
                progress(n + 1, total)
    flush()
    if progress is not None:
        progress(total, total)
    return person_ids, incident_ids


@dataclass(frozen=True, slots=True)
class Known:
    """What an import matches against: people by normalised name, and the existing incidents' keys."""

    people: list[tuple[int, str, str, str]]  # id, kind, name, description
    incident_keys: set[tuple[date, int, str]]  # (date, victim id, normalised description)


def known_for_import(session: Session, normalise: Any) -> Known:
    people = [
        (int(i), str(k), str(n or ""), str(d or ""))
        for i, k, n, d in session.execute(select(Person.id, Person.kind, Person.name, Person.description))
    ]
    keys: set[tuple[date, int, str]] = set()
    for occurred, pid, desc in session.execute(
        select(Incident.occurred_on, IncidentVictim.person_id, Incident.description).join(
            IncidentVictim, IncidentVictim.incident_id == Incident.id
        )
    ):
        keys.add((occurred, int(pid), normalise(desc)))
    return Known(people, keys)


# --- retention ----------------------------------------------------------------------------------------------


def retention_rules(session: Session) -> list[RetentionRule]:
    stored = {r.kind: r for r in session.scalars(select(RetentionRuleRow))}
    out = []
    for rule in DEFAULT_RULES:
        row = stored.get(rule.kind)
        out.append(
            RetentionRule(rule.kind, rule.label, rule.after, row.years, row.basis or rule.basis)
            if row is not None
            else rule
        )
    return out


def save_retention_rule(session: Session, rule: RetentionRule) -> bool:
    """Store one rule; False when nothing changed."""
    row = session.get(RetentionRuleRow, rule.kind)
    if row is not None and row.years == rule.years and row.basis == rule.basis:
        return False
    if row is None:
        row = RetentionRuleRow(kind=rule.kind)
        session.add(row)
    row.years = rule.years
    row.basis = rule.basis
    session.flush()
    return True


@dataclass(frozen=True, slots=True)
class ClosedIncident:
    id: int
    number: str
    year: int
    closed_on: date | None
    status: str


def closed_incidents(session: Session) -> list[ClosedIncident]:
    """Incidents that are closed and not yet anonymised (candidates for the retention decision)."""
    open_or_done = [s.value for s in OPEN_STATUSES] + [IncidentStatus.GEANONIMISEERD.value]
    rows = session.execute(
        select(Incident.id, Incident.number, Incident.year, Incident.closed_on, Incident.status)
        .where(Incident.status.not_in(open_or_done))
        .order_by(Incident.closed_on, Incident.id)
    )
    return [ClosedIncident(int(i), str(n), int(y), c, str(s)) for i, n, y, c, s in rows]


@dataclass(frozen=True, slots=True)
class PersonUse:
    id: int
    kind: str
    name: str
    description: str
    term_end: date | None
    related_to_id: int | None
    last_incident: date | None  # the latest closing (or occurrence) of an incident that names the person
    live_incidents: int  # incidents naming the person that are not anonymised
    changed_on: date  # the last change of the person's own data


def person_uses(session: Session) -> list[PersonUse]:
    live: dict[int, int] = {}
    last: dict[int, date] = {}
    anon = IncidentStatus.GEANONIMISEERD.value
    pairs = list(
        session.execute(
            select(IncidentVictim.person_id, Incident.status, Incident.closed_on, Incident.occurred_on).join(
                Incident, Incident.id == IncidentVictim.incident_id
            )
        )
    ) + list(
        session.execute(
            select(Incident.perpetrator_id, Incident.status, Incident.closed_on, Incident.occurred_on).where(
                Incident.perpetrator_id.is_not(None)
            )
        )
    )
    for pid, status, closed_on, occurred_on in pairs:
        if status != anon:
            live[pid] = live.get(pid, 0) + 1
        when = closed_on or occurred_on
        if when is not None and (pid not in last or when > last[pid]):
            last[pid] = when
    return [
        PersonUse(
            p.id,
            p.kind,
            p.name,
            p.description,
            p.term_end,
            p.related_to_id,
            last.get(p.id),
            live.get(p.id, 0),
            (p.updated_at or p.created_at or utcnow()).date(),
        )
        for p in session.scalars(select(Person).order_by(Person.id))
    ]


ANONYMISED_TEXT = "Geanonimiseerd na afloop van de bewaartermijn."


def anonymise_incident(session: Session, incident_id: int, today: date) -> tuple[list[int], list[int]]:
    """Remove an incident's personal data for good, in the caller's transaction: its texts, its people
    (victims and perpetrator links), follow-up texts, checklist names, timeline and attachments; keep what the
    figures count (year, date, categories, severity, channel). Leaves a tombstone. Returns (ids of removed
    attachments, id of the tombstone as a one-item list)."""
    inc = session.get(Incident, incident_id)
    if inc is None:
        return [], []
    attachments = [
        int(a) for a in session.scalars(select(Attachment.id).where(Attachment.incident_id == incident_id))
    ]
    session.execute(delete(Attachment).where(Attachment.incident_id == incident_id))
    session.execute(delete(IncidentEvent).where(IncidentEvent.incident_id == incident_id))
    session.execute(delete(IncidentVictim).where(IncidentVictim.incident_id == incident_id))
    session.execute(delete(FollowUp).where(FollowUp.incident_id == incident_id))
    session.execute(update(IncidentCheck).where(IncidentCheck.incident_id == incident_id).values(by=""))
    codes = sorted(
        session.scalars(select(IncidentCategory.code).where(IncidentCategory.incident_id == incident_id))
    )
    inc.description = ANONYMISED_TEXT
    for name in ("location", "reported_by", "received_by", "perpetrator_description", "witnesses", "impact"):
        setattr(inc, name, "")
    inc.occurred_time = ""
    inc.perpetrator_id = None
    inc.status = IncidentStatus.GEANONIMISEERD.value
    inc.updated_at = utcnow()
    tomb = PurgeTombstone(
        incident_id=inc.id,
        year=inc.year,
        categories=",".join(codes),
        severity_level=inc.severity_level,
        channel=inc.channel,
        purged_on=today,
    )
    session.add(tomb)
    session.flush()
    return attachments, [tomb.id]


def delete_person(session: Session, person_id: int) -> bool:
    """Remove a person with the contact log (the caller made sure nothing else refers to them)."""
    p = session.get(Person, person_id)
    if p is None:
        return False
    session.execute(delete(ContactLog).where(ContactLog.person_id == person_id))
    session.delete(p)
    session.flush()
    return True


def person_referenced(session: Session, person_id: int) -> bool:
    """Whether any row still refers to the person: an incident, a naaste, or a record of another register
    (a sanction, a risk analysis, ...). The contact log goes with the person."""
    return bool(person_references(session, person_id))


def person_references(session: Session, person_id: int) -> dict[str, int]:
    """Table -> number of rows that refer to the person through a foreign key (the contact log excepted: it
    is deleted with the person). Every model module is loaded, so the other areas' tables count too."""
    from veiligbestuur_desktop.store import schema

    out: dict[str, int] = {}
    for table in schema.metadata.sorted_tables:
        if table.name == "contact_log":
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "person" and fk.column.name == "id":
                n = session.scalar(select(func.count()).select_from(table).where(fk.parent == person_id)) or 0
                if n:
                    out[table.name] = out.get(table.name, 0) + int(n)
    return out


def compact(session: Session) -> None:
    """After a purge, in the caller's transaction: the full-text index without the removed words (SQLite FTS5:
    'optimize' merges the segments and drops deleted entries)."""
    session.execute(text("INSERT INTO incident_fts(incident_fts) VALUES ('optimize')"))


def vacuum(connection: Any) -> None:
    """VACUUM and a WAL checkpoint on a raw connection outside any transaction (SQLite only): freed pages,
    already zeroed by secure_delete, leave the file."""
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def tombstones(session: Session) -> list[PurgeTombstone]:
    return list(session.scalars(select(PurgeTombstone).order_by(PurgeTombstone.id)))


# --- reads for inzage, calendar and statistics ----------------------------------------------------------------


def incidents_of_person(session: Session, person_id: int) -> list[int]:
    """Ids of the incidents that name the person as victim or perpetrator."""
    rows = session.scalars(
        select(Incident.id)
        .where(
            or_(
                Incident.id.in_(
                    select(IncidentVictim.incident_id).where(IncidentVictim.person_id == person_id)
                ),
                Incident.perpetrator_id == person_id,
            )
        )
        .order_by(Incident.occurred_on, Incident.id)
    )
    return [int(r) for r in rows]


def contact_logs(session: Session, person_id: int) -> list[ContactLog]:
    return list(
        session.scalars(select(ContactLog).where(ContactLog.person_id == person_id).order_by(ContactLog.on))
    )


def naasten_of(session: Session, person_id: int) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.related_to_id == person_id).order_by(Person.id)))


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: str  # "follow_up" | "plan_item"
    key: str
    due: date
    title: str  # follow-up: "track:kind"; plan item: its code
    reference: str  # an incident number or a plan item code
    own_title: str = ""  # a follow-up's stored title (the user's text: may name someone)


def open_deadlines(session: Session) -> list[Deadline]:
    out: list[Deadline] = []
    open_states = [FollowUpStatus.OPEN.value, FollowUpStatus.BEZIG.value]
    for fid, deadline, kind, track, number, title in session.execute(
        select(FollowUp.id, FollowUp.deadline, FollowUp.kind, FollowUp.track, Incident.number, FollowUp.title)
        .join(Incident, Incident.id == FollowUp.incident_id)
        .where(FollowUp.status.in_(open_states), FollowUp.deadline.is_not(None))
        .order_by(FollowUp.deadline, FollowUp.id)
    ):
        if deadline is not None:
            out.append(Deadline("follow_up", str(fid), deadline, f"{track}:{kind}", str(number), str(title)))
    for code, due in session.execute(
        select(PlanItem.code, PlanItem.due_date)
        .where(PlanItem.due_date.is_not(None))
        .order_by(PlanItem.due_date)
    ):
        if due is not None:
            out.append(Deadline("plan_item", str(code), due, str(code), str(code)))
    return out


def stats_rows(session: Session) -> list[tuple[int, str, str, int, int]]:
    """(year, category code, channel, severity, count): every incident once per category, anonymised ones too."""
    rows = session.execute(
        select(Incident.year, IncidentCategory.code, Incident.channel, Incident.severity_level, func.count())
        .join(IncidentCategory, IncidentCategory.incident_id == Incident.id)
        .group_by(Incident.year, IncidentCategory.code, Incident.channel, Incident.severity_level)
        .order_by(Incident.year, IncidentCategory.code, Incident.channel, Incident.severity_level)
    )
    return [(int(y), str(c), str(ch), int(s), int(n)) for y, c, ch, s, n in rows]


def yearly_counts(session: Session) -> dict[int, int]:
    return {
        int(y): int(n)
        for y, n in session.execute(select(Incident.year, func.count()).group_by(Incident.year))
    }


def persons_by_ids(session: Session, ids: Iterable[int]) -> dict[int, Person]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(wanted)))}


def incident_numbers(session: Session, ids: Sequence[int]) -> list[str]:
    """The numbers of the incidents with these (consecutive, new) ids, in id order."""
    if not ids:
        return []
    return [
        str(n)
        for n in session.scalars(
            select(Incident.number).where(Incident.id.between(min(ids), max(ids))).order_by(Incident.id)
        )
    ]


def all_incidents(session: Session) -> list[Incident]:
    return list(session.scalars(select(Incident).order_by(Incident.year, Incident.seq)))


def all_people(session: Session) -> list[Person]:
    return list(session.scalars(select(Person).order_by(Person.id)))


def person_links(session: Session, incident_id: int) -> list[int]:
    """The perpetrator of an incident (a list: empty when none)."""
    pid = session.scalar(select(Incident.perpetrator_id).where(Incident.id == incident_id))
    return [int(pid)] if pid is not None else []


def person_kind(session: Session, person_id: int) -> str | None:
    kind = session.scalar(select(Person.kind).where(Person.id == person_id))
    return str(kind) if kind is not None else None


def all_rows(session: Session, model: Any) -> Iterator[tuple[str, Any]]:
    """Every row of a model in key order, with its key as text (the first column of an export)."""
    keys = list(sa_inspect(model).primary_key)
    for row in session.scalars(select(model).order_by(*keys)):
        yield ":".join(str(getattr(row, k.key)) for k in keys), row


class PrefetchedIncidents(IncidentRepository):
    """The incident repository with every incident's categories and victims read in two queries (an export
    of 100,000 incidents would otherwise ask twice per incident)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._categories: dict[int, list[str]] = {}
        for iid, code in session.execute(select(IncidentCategory.incident_id, IncidentCategory.code)):
            self._categories.setdefault(int(iid), []).append(str(code))
        self._victims: dict[int, list[VictimDraft]] = {}
        for v in session.scalars(
            select(IncidentVictim).order_by(IncidentVictim.incident_id, IncidentVictim.person_id)
        ):
            self._victims.setdefault(v.incident_id, []).append(
                VictimDraft(v.person_id, v.office_related, AimedAt(v.aimed_at))
            )

    def read_links(self, row: Incident) -> dict[str, Any]:
        return {
            "categories": tuple(sorted(self._categories.get(row.id, ()))),
            "victims": tuple(self._victims.get(row.id, ())),
        }


@dataclass(frozen=True, slots=True)
class LinkedTable:
    """A table of another register whose rows belong to one incident (an `incident_id` column): its audited
    kind (None when not audited) and that kind's child tables, or, for a table that is itself part of an
    audited record (the contact log of a person), that record's kind and the column pointing at it."""

    table: str
    audited: str | None
    key: str
    children: tuple[tuple[str, str], ...]  # (table, column pointing at the key)
    part_of: tuple[str, str] | None = None  # (audited kind, column holding its key)


def linked_tables(models: Iterable[Any]) -> list[LinkedTable]:
    """The tables of `models` that have an incident_id column, with what the audit trail knows of them."""
    from veiligbestuur_desktop.store import audit as audit_module

    by_table = {k.table: k for k in audit_module.RECORD_KINDS.values()}
    parents = {
        child: (k.name, column)
        for k in audit_module.RECORD_KINDS.values()
        for child, column, _o in k.children
    }
    out: list[LinkedTable] = []
    for model in models:
        table: Table = model.__table__
        if "incident_id" not in table.c or table.name in ("purge_tombstone",):
            continue
        kind = by_table.get(table.name)
        key = kind.key if kind else next(iter(table.primary_key.columns)).name
        children = tuple((t, c) for t, c, _o in kind.children) if kind else ()
        out.append(
            LinkedTable(table.name, kind.name if kind else None, key, children, parents.get(table.name))
        )
    return out


def delete_linked(
    session: Session, linked: LinkedTable, incident_ids: Sequence[int]
) -> tuple[list[str], list[str], int]:
    """Delete the rows of `linked` that belong to these incidents, each with its child rows, each in a
    savepoint: a row another record still refers to is kept. Returns (keys deleted, keys of the records
    they were part of, number kept)."""
    if not incident_ids:
        return [], [], 0
    deleted: list[str] = []
    owners: list[str] = []
    kept = 0
    marks = ",".join(f":i{n}" for n in range(len(incident_ids)))
    params = {f"i{n}": v for n, v in enumerate(incident_ids)}
    owner_column = linked.part_of[1] if linked.part_of else linked.key
    rows = list(
        session.execute(
            text(f"SELECT {linked.key}, {owner_column} FROM {linked.table} WHERE incident_id IN ({marks})"),
            params,
        )
    )
    for key, owner in rows:
        try:
            with session.begin_nested():
                for child, column in linked.children:
                    session.execute(text(f"DELETE FROM {child} WHERE {column} = :k"), {"k": key})
                session.execute(text(f"DELETE FROM {linked.table} WHERE {linked.key} = :k"), {"k": key})
            deleted.append(str(key))
            if linked.part_of and owner is not None:
                owners.append(str(owner))
        except IntegrityError:
            kept += 1
    return deleted, sorted(set(owners)), kept
