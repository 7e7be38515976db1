"""The audit trail: append-only (triggers), hash-chained (SHA-256 over a canonical form)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.store.models import AuditEntry

GENESIS = "0" * 64
SUMMARY_MAX = 500


def canonical(
    entry_id: int,
    ts: str,
    slot: str,
    action: str,
    entity_type: str,
    entity_id: str,
    summary: str,
    prev_hash: str,
) -> bytes:
    return json.dumps(
        [entry_id, ts, slot, action, entity_type, entity_id, summary, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def entry_hash(e: AuditEntry) -> str:
    return hashlib.sha256(
        canonical(e.id, e.ts, e.slot, e.action, e.entity_type, e.entity_id, e.summary, e.prev_hash)
    ).hexdigest()


def append(
    session: Session,
    *,
    slot: str,
    action: str,
    entity_type: str = "",
    entity_id: str | int = "",
    summary: str = "",
    ts: datetime | None = None,
) -> AuditEntry:
    """Add one entry inside the caller's transaction. Summaries never hold sensitive content."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    when = (ts or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    entry = AuditEntry(
        id=prev_id + 1,
        ts=when,
        slot=slot[:120],
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        summary=summary[:SUMMARY_MAX],
        prev_hash=prev_hash,
        hash="",
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


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
