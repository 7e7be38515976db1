"""The audit trail: append-only (triggers), hash-chained (SHA-256 over a canonical form), and tied to the records.

Three layers of evidence (SECURITY.md, "Audit trail and anchors"):

- The chain: every entry holds the hash of the previous one; triggers refuse UPDATE, DELETE and any INSERT
  that is not exactly the next entry (also `INSERT OR REPLACE`, with or without recursive triggers).
- Record hashes: an entry written with a record (`record_hash`) states the canonical hash of that record's
  rows after the write (a tombstone after a delete). `verify_records` compares every record with its latest
  such entry, so a record changed, added or removed behind the app's back is found.
- The head (count, hash of the last entry) is recorded outside the database (documents, backup manifests,
  anchor sheets); `check_head` proves the chain still holds that entry unchanged.

The canonical forms here are frozen by nature: changing them breaks every existing chain.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from veiligbestuur_desktop.store.base import AuditedKind
from veiligbestuur_desktop.store.models import AuditEntry

GENESIS = "0" * 64
TOMBSTONE = "0" * 64  # the record hash of a deleted record (no SHA-256 is all zeros)
SUMMARY_MAX = 500

Executor = Session | Connection


# --- the chain ----------------------------------------------------------------------------------------------


def canonical(
    entry_id: int,
    ts: str,
    slot: str,
    action: str,
    entity_type: str,
    entity_id: str,
    summary: str,
    prev_hash: str,
    record_hash: str | None = None,
) -> bytes:
    """The hashed form of an entry; the record hash takes part only when set (older chains keep verifying)."""
    fields: list[Any] = [entry_id, ts, slot, action, entity_type, entity_id, summary, prev_hash]
    if record_hash is not None:
        fields.append(record_hash)
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(e: AuditEntry) -> str:
    return hashlib.sha256(
        canonical(
            e.id,
            e.ts,
            e.slot,
            e.action,
            e.entity_type,
            e.entity_id,
            e.summary,
            e.prev_hash,
            e.record_hash,
        )
    ).hexdigest()


def _now_iso(ts: datetime | None) -> str:
    return (ts or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")


def append(
    session: Session,
    *,
    slot: str,
    action: str,
    entity_type: str = "",
    entity_id: str | int = "",
    summary: str = "",
    ts: datetime | None = None,
    record: bool = False,
) -> AuditEntry:
    """Add one entry inside the caller's transaction. Summaries never hold sensitive content.

    `record=True`: the entry also states the record's hash after this write (entity_type must be one of
    RECORD_ENTITIES; after a delete the hash is TOMBSTONE). Pending ORM changes are flushed first.
    """
    rhash = None
    if record:
        session.flush()
        kind, key = resolve_record(session, entity_type, entity_id)
        rhash = record_hash(session, kind, key)
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    entry = AuditEntry(
        id=prev_id + 1,
        ts=_now_iso(ts),
        slot=slot[:120],
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        summary=summary[:SUMMARY_MAX],
        prev_hash=prev_hash,
        hash="",
        record_hash=rhash,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True, slots=True)
class NewEntry:
    """One entry for `append_many` (the record hash is computed there when `record` is set)."""

    action: str
    entity_type: str
    entity_id: str | int
    summary: str = ""
    record: bool = False
    record_hash: str | None = None  # already computed (else computed here when `record`)


def append_many(
    session: Session | Connection, *, slot: str, entries: Sequence[NewEntry], ts: datetime | None = None
) -> int:
    """Append many entries at once (bulk writes such as the demo data): record hashes in bulk, one executemany.

    Works on a Session or a Connection (migrations). Returns the number of entries written.
    """
    if not entries:
        return 0
    if isinstance(session, Session):
        session.flush()
    wanted: dict[str, list[str]] = {}
    refs: list[tuple[str, str] | None] = []
    for e in entries:
        if e.record and e.record_hash is None:
            kind, key = resolve_record(session, e.entity_type, e.entity_id)
            wanted.setdefault(kind, []).append(key)
            refs.append((kind, key))
        else:
            refs.append(None)
    hashes = {kind: record_hashes(session, kind, keys) for kind, keys in wanted.items()}
    last = session.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    prev_id, prev_hash = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    when = _now_iso(ts)
    rows: list[dict[str, Any]] = []
    for e, ref in zip(entries, refs, strict=True):
        prev_id += 1
        rhash = e.record_hash or (hashes[ref[0]][ref[1]] if ref else None)
        entity_id, summary = str(e.entity_id), e.summary[:SUMMARY_MAX]
        h = hashlib.sha256(
            canonical(
                prev_id, when, slot[:120], e.action, e.entity_type, entity_id, summary, prev_hash, rhash
            )
        ).hexdigest()
        rows.append(
            {
                "id": prev_id,
                "ts": when,
                "slot": slot[:120],
                "action": e.action,
                "entity_type": e.entity_type,
                "entity_id": entity_id,
                "summary": summary,
                "prev_hash": prev_hash,
                "hash": h,
                "record_hash": rhash,
            }
        )
        prev_hash = h
    session.execute(_INSERT, rows)
    return len(rows)


# explicit columns: migrations use append_many too, before later columns exist
_INSERT = text(
    "INSERT INTO audit_log (id, ts, slot, action, entity_type, entity_id, summary, prev_hash, hash, record_hash) "
    "VALUES (:id, :ts, :slot, :action, :entity_type, :entity_id, :summary, :prev_hash, :hash, :record_hash)"
)


@dataclass(frozen=True, slots=True)
class ChainHead:
    """The head of the chain: how many entries and the hash of the last one (GENESIS for an empty chain)."""

    count: int
    hash: str


def chain_head(session: Session) -> ChainHead:
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return ChainHead(int(last[0]), str(last[1])) if last else ChainHead(0, GENESIS)


@dataclass(frozen=True, slots=True)
class HeadCheck:
    """Whether the chain still holds an anchored head: entry #count with exactly that hash."""

    head: ChainHead
    ok: bool
    reason: str  # "" | "missing" (fewer entries) | "different" (another hash at that place)
    current: ChainHead


def check_head(session: Session, head: ChainHead) -> HeadCheck:
    current = chain_head(session)
    if head.count == 0:
        return HeadCheck(head, head.hash == GENESIS, "" if head.hash == GENESIS else "different", current)
    stored = session.execute(select(AuditEntry.hash).where(AuditEntry.id == head.count)).scalar()
    if stored is None:
        return HeadCheck(head, False, "missing", current)
    if stored != head.hash:
        return HeadCheck(head, False, "different", current)
    return HeadCheck(head, True, "", current)


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    first_broken_id: int | None
    reason: str

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in id order; report the first entry whose link or hash does not hold."""
    prev_hash = GENESIS
    expected_id = 1
    count = 0
    last_id = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return ChainReport(count, None, "")
        for e in rows:
            if e.id != expected_id:
                return ChainReport(count, e.id, f"entry {expected_id} is missing")
            if e.prev_hash != prev_hash:
                return ChainReport(count, e.id, "link to previous entry broken")
            if entry_hash(e) != e.hash:
                return ChainReport(count, e.id, "content does not match its hash")
            prev_hash = e.hash
            expected_id += 1
            count += 1
            last_id = e.id
        session.expunge_all()


def entries_for(session: Session, entity_type: str, entity_id: str | int) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.id)
        )
    )


# --- records ------------------------------------------------------------------------------------------------


RecordKind = AuditedKind  # the name used throughout this module


# An incident is its case file: the incident row with its categories, victims, checklist ticks and
# follow-ups. The timeline (incident_event) is a narrative written alongside and is not part of a record.
RECORD_KINDS: dict[str, RecordKind] = {
    k.name: k
    for k in (
        RecordKind(
            "incident",
            "incident",
            "id",
            (
                ("incident_category", "incident_id", ("code",)),
                ("incident_victim", "incident_id", ("person_id",)),
                ("incident_check", "incident_id", ("code",)),
                ("follow_up", "incident_id", ("id",)),
            ),
        ),
        RecordKind("person", "person", "id", (("contact_log", "person_id", ("id",)),)),
        RecordKind("attachment", "attachment", "id", (("attachment_blob", "attachment_id", ()),)),
        RecordKind("plan_item", "plan_item", "code", integer_key=False),
    )
}
# Entity types whose entries state the hash of the record they belong to: a follow-up is part of its incident.
PART_OF: dict[str, tuple[str, str, str]] = {"follow_up": ("incident", "follow_up", "incident_id")}


# child tables whose bytes are hashed by their SHA-256 (and the areas' BLOB_TABLES, see _area_kinds)
_BLOB_TABLES = {"attachment_blob"}


def _area_kinds() -> None:
    """The record kinds of the plan's areas: each `store/models_<area>.py` declares `AUDITED` (a tuple of
    AuditedKind) and may declare `AUDITED_PARTS` (like PART_OF) and `BLOB_TABLES` (child tables whose bytes
    are hashed by their SHA-256)."""
    from veiligbestuur_desktop import store

    for info in sorted(pkgutil.iter_modules(store.__path__), key=lambda m: m.name):
        if not info.name.startswith("models_"):
            continue
        module = importlib.import_module(f"veiligbestuur_desktop.store.{info.name}")
        for kind in getattr(module, "AUDITED", ()):
            if kind.name in RECORD_KINDS:
                raise ValueError(f"record kind {kind.name!r} declared twice")
            RECORD_KINDS[kind.name] = kind
        PART_OF.update(getattr(module, "AUDITED_PARTS", {}))
        _BLOB_TABLES.update(getattr(module, "BLOB_TABLES", ()))


_area_kinds()
RECORD_ENTITIES = frozenset(RECORD_KINDS) | frozenset(PART_OF)


def cascaded(session: Session, table: str, key: int) -> list[tuple[str, int]]:
    """(kind, id) of the audited records of other kinds that the database deletes together with row `key` of
    `table` (a foreign key ON DELETE CASCADE: an incident's attachments, its evaluations, ...), found from the
    models so that a new area's dependants are covered. The caller writes a tombstone for each."""
    from sqlalchemy import select as _select

    from veiligbestuur_desktop.store.schema import metadata

    out: list[tuple[str, int]] = []
    for kind in RECORD_KINDS.values():
        t = metadata.tables.get(kind.table)
        if t is None or not kind.integer_key:
            continue
        for fk in t.foreign_keys:
            if fk.column.table.name == table and (fk.ondelete or "").upper() == "CASCADE":
                ids = session.execute(_select(t.c[kind.key]).where(fk.parent == key)).scalars()
                out.extend((kind.name, int(i)) for i in ids)
    return out


def _key(kind: RecordKind, value: object) -> str:
    return str(int(str(value))) if kind.integer_key else str(value)


def resolve_record(session: Executor, entity_type: str, entity_id: str | int) -> tuple[str, str]:
    """(record kind, key) whose state an entry about `entity_type`/`entity_id` records."""
    if entity_type in RECORD_KINDS:
        return entity_type, _key(RECORD_KINDS[entity_type], entity_id)
    if entity_type in PART_OF:
        parent, table, column = PART_OF[entity_type]
        owner = session.execute(
            text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": int(str(entity_id))}
        ).scalar()
        if owner is None:
            raise ValueError(f"{entity_type} {entity_id} does not exist")
        return parent, _key(RECORD_KINDS[parent], owner)
    raise ValueError(f"not a record type: {entity_type!r}")


# one encoder (json.dumps with options builds a new one per call: too slow for 100,000 records)
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _select(session: Executor, sql: str, params: dict[str, Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and raw stored values (no type processing: what is hashed is what is stored)."""
    conn = session.connection() if isinstance(session, Session) else session
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        cursor = conn.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
        return [d[0] for d in cursor.description], cursor.fetchall()
    except dbapi_error as exc:  # the same error SQLAlchemy raises for its own statements
        raise DBAPIError.instance(sql, params, exc, dbapi_error) from exc


def _row(values: tuple[Any, ...], blobs: bool) -> tuple[Any, ...]:
    """A stored row as hashed: its values in column order, a blob by its SHA-256, trailing NULLs left out
    (so that a nullable column added later, at the end, changes no existing record hash)."""
    if blobs:
        values = tuple(
            "sha256:" + hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else v for v in values
        )
    if values and values[-1] is None:
        n = len(values)
        while n and values[n - 1] is None:
            n -= 1
        values = values[:n]
    return values


def _hash_rows(
    session: Executor, kind: RecordKind, where: str, params: dict[str, Any]
) -> Iterator[tuple[str, str]]:
    """(key, record hash) for the records selected by `where` (a condition on the key column `k`).

    The hashed form is one JSON document per record: [kind, key, row, [[table, [rows in key order]], ...]].
    """
    names, found = _select(
        session, f"SELECT * FROM {kind.table} WHERE {where.format(k=kind.key)} ORDER BY {kind.key}", params
    )
    if not found:
        return
    at = names.index(kind.key)
    blobs = kind.table in _BLOB_TABLES
    rows = [_row(r, blobs) for r in found]
    parts: dict[object, list[list[Any]]] = {}
    for n, (table, column, order) in enumerate(kind.children):
        cnames, children = _select(
            session,
            f"SELECT * FROM {table} WHERE {where.format(k=column)} ORDER BY {', '.join((column, *order))}",
            params,
        )
        pos = cnames.index(column)
        blobs = table in _BLOB_TABLES
        for r in children:
            owner = r[pos]
            mine = parts.get(owner)
            if mine is None:
                mine = parts[owner] = [[t, []] for t, _c, _o in kind.children]
            mine[n][1].append(_row(r, blobs))
    empty = [[t, []] for t, _c, _o in kind.children]
    for row in rows:
        key = _key(kind, row[at])
        doc = [kind.name, key, row, parts.get(row[at], empty)]
        yield key, hashlib.sha256(_JSON.encode(doc).encode("utf-8")).hexdigest()


def record_hash(session: Executor, kind: str, key: str | int) -> str:
    """The canonical hash of one record as stored now; TOMBSTONE when it does not exist."""
    k = RECORD_KINDS[kind]
    found = _hash_rows(session, k, "{k} = :key", {"key": int(key) if k.integer_key else str(key)})
    return next((h for _k, h in found), TOMBSTONE)


def record_hashes(session: Executor, kind: str, keys: Iterable[str | int]) -> dict[str, str]:
    """Hashes of many records (missing ones get TOMBSTONE); runs of consecutive integer keys (bulk inserts)
    are read as ranges, other keys in chunks."""
    k = RECORD_KINDS[kind]
    wanted = sorted({_key(k, v) for v in keys}, key=lambda v: (int(v), "") if k.integer_key else (0, v))
    out = dict.fromkeys(wanted, TOMBSTONE)
    scattered: list[str | int] = []
    if k.integer_key:
        ints = [int(w) for w in wanted]
        i = 0
        while i < len(ints):
            j = i
            while j + 1 < len(ints) and ints[j + 1] == ints[j] + 1 and j - i < 4999:
                j += 1
            if j - i >= 8:
                out.update(_hash_rows(session, k, "{k} BETWEEN :lo AND :hi", {"lo": ints[i], "hi": ints[j]}))
            else:
                scattered.extend(ints[i : j + 1])
            i = j + 1
    else:
        scattered.extend(wanted)
    for chunk in (scattered[i : i + 500] for i in range(0, len(scattered), 500)):
        params = {f"p{n}": v for n, v in enumerate(chunk)}
        out.update(_hash_rows(session, k, "{k} IN (" + ",".join(f":{p}" for p in params) + ")", params))
    return {key: out[key] for key in wanted}


def iter_record_hashes(session: Executor, kind: str, batch: int = 2000) -> Iterator[tuple[str, str]]:
    """Every record of `kind` with its hash, in key order, read in batches."""
    k = RECORD_KINDS[kind]
    if not k.integer_key:
        yield from _hash_rows(session, k, "1 = 1", {})
        return
    last = None
    while True:
        after = "" if last is None else f"WHERE {k.key} > :last "
        ids = list(
            session.execute(
                text(f"SELECT {k.key} FROM {k.table} {after}ORDER BY {k.key} LIMIT :n"),
                {"last": last, "n": batch},
            ).scalars()
        )
        if not ids:
            return
        yield from _hash_rows(session, k, "{k} BETWEEN :lo AND :hi", {"lo": ids[0], "hi": ids[-1]})
        last = ids[-1]


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A record that does not match its latest audit entry. Only table and key: no personal data."""

    kind: str
    key: str
    reason: str  # "changed" | "no_entry" (present, never audited) | "missing" | "present_after_delete"


@dataclass(frozen=True, slots=True)
class RecordReport:
    covered: int  # records that exist and match their latest entry
    problems: tuple[RecordProblem, ...] = field(default_factory=tuple)
    problem_count: int = 0  # all problems; `problems` holds at most the first `limit`

    @property
    def ok(self) -> bool:
        return self.problem_count == 0


def latest_record_hashes(session: Executor) -> dict[tuple[str, str], str]:
    """Per (record kind, key): the record hash of its latest entry that states one."""
    entries = session.execute(
        text(
            "SELECT entity_type, entity_id, record_hash FROM audit_log "
            "WHERE record_hash IS NOT NULL ORDER BY id"
        )
    ).all()
    owners: dict[str, dict[str, str]] = {}
    for entity_type, (_parent, table, column) in PART_OF.items():
        ids = sorted({int(e) for t, e, _h in entries if t == entity_type and str(e).isdigit()})
        found = owners[entity_type] = {}
        for i in range(0, len(ids), 500):
            chunk = {f"p{n}": v for n, v in enumerate(ids[i : i + 500])}
            marks = ",".join(f":{p}" for p in chunk)
            for part, owner in session.execute(
                text(f"SELECT id, {column} FROM {table} WHERE id IN ({marks})"), chunk
            ):
                found[str(part)] = str(owner)
    latest: dict[tuple[str, str], str] = {}
    for entity_type, entity_id, rhash in entries:
        if entity_type in RECORD_KINDS:
            try:
                latest[(entity_type, _key(RECORD_KINDS[entity_type], entity_id))] = rhash
            except ValueError:
                continue
        elif entity_type in PART_OF:
            owner = owners[entity_type].get(str(entity_id))
            if owner is not None:  # a part that is gone went with its record (its delete is audited there)
                parent = PART_OF[entity_type][0]
                latest[(parent, _key(RECORD_KINDS[parent], owner))] = rhash
    return latest


def verify_records(session: Executor, limit: int = 20) -> RecordReport:
    """Compare every record with its latest audit entry; also find audited records that vanished."""
    expected = latest_record_hashes(session)
    covered = 0
    problems: list[RecordProblem] = []
    count = 0

    def problem(kind: str, key: str, reason: str) -> None:
        nonlocal count
        count += 1
        if len(problems) < limit:
            problems.append(RecordProblem(kind, key, reason))

    for kind in RECORD_KINDS:
        for key, h in iter_record_hashes(session, kind):
            want = expected.pop((kind, key), None)
            if want is None:
                problem(kind, key, "no_entry")
            elif want == TOMBSTONE:
                problem(kind, key, "present_after_delete")
            elif want != h:
                problem(kind, key, "changed")
            else:
                covered += 1
    for (kind, key), want in sorted(expected.items()):
        if want != TOMBSTONE:
            problem(kind, key, "missing")
    return RecordReport(covered, tuple(problems), count)
