"""Tampering by someone who holds the key (SECURITY.md, "Audit trail and anchors").

Every attempt below works on the decrypted database with the raw key, through the vault's own engine, as a
key holder with a SQLite shell would. Each attempt is either refused by the database (the triggers), or
found by `verify`: by the hash chain, by the record check (every record against its latest audit entry),
or by an anchor taken before the tampering. A separate test names, with asserts, what cannot be found after
the last anchor.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.domain.incidents import CheckItem, FollowUpDraft
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.anchor import Anchor, make_anchor, read_anchor
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.verify import VerifyReport, verify
from veiligbestuur_desktop.store import audit

TODAY = date(2026, 11, 28)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
NAMES = ("Hélène", "Joëlle", "Gerrit", "Brouwer", "Meer", "Wiersma")


# --- the key holder's tools: raw SQL on the decrypted database ------------------------------------------------


class Raw:
    """A DB-API connection of the vault's engine (keyed with the raw data key), one transaction per call."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def run(
        self, *statements: str | tuple[str, tuple[Any, ...]], recursive_triggers: bool | None = None
    ) -> None:
        raw = self.ws.vault.engine.raw_connection()
        try:
            c = raw.driver_connection
            if recursive_triggers is not None:
                c.execute(f"PRAGMA recursive_triggers = {'ON' if recursive_triggers else 'OFF'}")
            c.execute("BEGIN IMMEDIATE")
            try:
                for st in statements:
                    sql, params = (st, ()) if isinstance(st, str) else st
                    c.execute(sql, params)
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            finally:
                if recursive_triggers is not None:
                    c.execute("PRAGMA recursive_triggers = OFF")
        finally:
            raw.close()

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        raw = self.ws.vault.engine.raw_connection()
        try:
            return list(raw.driver_connection.execute(sql, params).fetchall())
        finally:
            raw.close()

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.rows(sql, params)[0][0]

    def drop_triggers(self) -> None:
        names = [
            r[0]
            for r in self.rows("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'")
        ]
        self.run(*(f"DROP TRIGGER {n}" for n in names))

    def record_hash(self, kind: str, key: str | int) -> str:
        with Session(self.ws.vault.engine) as s:
            return audit.record_hash(s, kind, key)

    def forged(
        self, action: str, entity_type: str, entity_id: str, summary: str, record_hash: str | None
    ) -> tuple[str, tuple[Any, ...]]:
        """A perfectly formed next entry: right id, right link, right hash (the hash function is public)."""
        last_id, last_hash = self.rows("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")[0]
        ts, slot = "2026-11-28T10:00:00.000000+00:00", "Eelke de Vries"
        h = hashlib.sha256(
            audit.canonical(
                last_id + 1, ts, slot, action, entity_type, entity_id, summary, last_hash, record_hash
            )
        ).hexdigest()
        return (
            "INSERT INTO audit_log (id, ts, slot, action, entity_type, entity_id, summary, prev_hash, hash, "
            "record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (last_id + 1, ts, slot, action, entity_type, entity_id, summary, last_hash, h, record_hash),
        )

    def rechain(self, start: int = 1) -> None:
        """Recompute every hash from entry `start` on, so that the chain verifies again."""
        self.drop_triggers()
        rows = self.rows(
            "SELECT id, ts, slot, action, entity_type, entity_id, summary, prev_hash, hash, record_hash "
            "FROM audit_log ORDER BY id"
        )
        prev = audit.GENESIS
        updates: list[tuple[str, tuple[Any, ...]]] = []
        for r in rows:
            if r[0] >= start:
                h = hashlib.sha256(
                    audit.canonical(r[0], r[1], r[2], r[3], r[4], r[5], r[6], prev, r[9])
                ).hexdigest()
                updates.append(("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, r[0])))
                prev = h
            else:
                prev = r[8]
        self.run(*updates)


# --- a vault with every kind of record, an anchor, and life after the anchor ------------------------------------


@dataclass
class Scene:
    ws: Any
    raw: Raw
    anchor: Anchor
    incident: int
    other_incident: int
    follow_up: int
    attachment: int
    person: int
    anchor_count: int

    def report(self, with_anchor: bool) -> VerifyReport:
        return verify(self.ws, anchors=[self.anchor] if with_anchor else [])


@pytest.fixture
def scene(workspace: Any, tmp_path: Path) -> Iterator[Scene]:
    people = make_people(workspace)
    incidents = IncidentService(workspace)
    reg = incidents.register(incident_draft(people), TODAY)
    other = incidents.register(incident_draft(people, description="Scheldpartij op de markt."), TODAY)
    incidents.set_check(reg.id, CheckItem.PROTOCOL, TODAY, TODAY)
    fu = incidents.detail(reg.id, TODAY).follow_ups[0]
    incidents.update_follow_up(fu.id, FollowUpDraft(fu.title, owner="Griffier", deadline=fu.deadline), TODAY)
    att = AttachmentService(workspace).add(reg.id, "screenshot.png", PNG, "schermafdruk")
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    path = tmp_path / "anker.pdf"
    head = make_anchor(workspace, path)
    # life goes on after the anchor
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.GEREED))
    incidents.set_check(other.id, CheckItem.PROTOCOL, TODAY, TODAY)
    scene = Scene(
        workspace, Raw(workspace), read_anchor(path), reg.id, other.id, fu.id, att, people.dader, head.count
    )
    assert scene.report(with_anchor=True).ok
    yield scene


# --- the attempts ---------------------------------------------------------------------------------------------


def update_row(sc: Scene) -> None:
    sc.raw.run("UPDATE audit_log SET summary = 'niets gebeurd' WHERE id = 3")


def delete_row(sc: Scene) -> None:
    sc.raw.run("DELETE FROM audit_log WHERE id = 3")


def insert_or_replace_row(sc: Scene) -> None:
    """REPLACE deletes the old row without firing delete triggers (no recursive_triggers)."""
    row = sc.raw.rows("SELECT * FROM audit_log WHERE id = 3")[0]
    sc.raw.run(
        (
            "INSERT OR REPLACE INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*row[:6], "niets", *row[7:]),
        ),
        recursive_triggers=False,
    )


def insert_or_replace_row_recursive(sc: Scene) -> None:
    row = sc.raw.rows("SELECT * FROM audit_log WHERE id = 3")[0]
    sc.raw.run(
        (
            "INSERT OR REPLACE INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*row[:6], "niets", *row[7:]),
        ),
        recursive_triggers=True,
    )


def replace_by_duplicate_hash(sc: Scene) -> None:
    """A well-formed next entry that carries the hash of entry 3: REPLACE would delete entry 3."""
    sql, params = sc.raw.forged("export", "vault", "x", "x", None)
    old = sc.raw.scalar("SELECT hash FROM audit_log WHERE id = 3")
    sc.raw.run((sql.replace("INSERT", "INSERT OR REPLACE"), (*params[:8], old, params[9])))


def insert_gap_id(sc: Scene) -> None:
    sql, params = sc.raw.forged("export", "incident", str(sc.incident), "rapport", None)
    sc.raw.run((sql, (params[0] + 5, *params[1:])))


def insert_with_wrong_link(sc: Scene) -> None:
    sql, params = sc.raw.forged("export", "incident", str(sc.incident), "rapport", None)
    sc.raw.run((sql, (*params[:7], "f" * 64, *params[8:])))


def forged_row_at_end(sc: Scene) -> None:
    """A correctly chained entry claiming the incident was deleted (to cover a later removal, say)."""
    sc.raw.run(sc.raw.forged("delete", "incident", str(sc.incident), "verwijderd", audit.TOMBSTONE))


def forged_row_with_made_up_state(sc: Scene) -> None:
    """A correctly chained 'update' entry whose record hash is not the record's real state."""
    sc.raw.run(sc.raw.forged("update", "person", str(sc.person), "gewijzigd", "ab" * 32))


def tail_truncation(sc: Scene) -> None:
    """The last entries removed, down to before the anchor; what is left is a valid, shorter chain."""
    sc.raw.drop_triggers()
    sc.raw.run(("DELETE FROM audit_log WHERE id >= ?", (sc.anchor_count - 1,)))


def recomputed_chain(sc: Scene) -> None:
    """An old entry's summary changed, and every later hash recomputed: the chain verifies on its own."""
    sc.raw.drop_triggers()
    sc.raw.run("UPDATE audit_log SET summary = 'ontgrendeld' WHERE id = 2")
    sc.raw.rechain(start=2)


def dropped_and_recreated_table(sc: Scene) -> None:
    """The table replaced by a fresh, valid chain with one entry for every record as it is now."""
    ddl = sc.raw.rows("SELECT sql FROM sqlite_master WHERE tbl_name = 'audit_log' AND sql IS NOT NULL")
    with Session(sc.ws.vault.engine) as s:
        hashes = {k: list(audit.iter_record_hashes(s, k)) for k in audit.RECORD_KINDS}
    sc.raw.run("DROP TABLE audit_log", *(r[0] for r in ddl))
    prev = audit.GENESIS
    stmts: list[tuple[str, tuple[Any, ...]]] = []
    n = 0
    for kind, items in hashes.items():
        for key, rh in items:
            n += 1
            args = (n, "2026-11-01T09:00:00.000000+00:00", "Eelke de Vries", "create", kind, key, "", prev)
            h = hashlib.sha256(audit.canonical(*args, rh)).hexdigest()
            stmts.append(("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*args, h, rh)))
            prev = h
    sc.raw.run(*stmts)


def dropped_and_recreated_empty(sc: Scene) -> None:
    ddl = sc.raw.rows("SELECT sql FROM sqlite_master WHERE tbl_name = 'audit_log' AND sql IS NOT NULL")
    sc.raw.run("DROP TABLE audit_log", *(r[0] for r in ddl))


def dropped_table(sc: Scene) -> None:
    sc.raw.run("DROP TABLE audit_log")


def triggers_dropped_then_row_edited(sc: Scene) -> None:
    sc.raw.drop_triggers()
    sc.raw.run("UPDATE audit_log SET slot = 'Iemand anders' WHERE id = 4")


def triggers_dropped_then_row_deleted(sc: Scene) -> None:
    sc.raw.drop_triggers()
    sc.raw.run("DELETE FROM audit_log WHERE id = 4")


def prev_hash_edited(sc: Scene) -> None:
    sc.raw.drop_triggers()
    sc.raw.run("UPDATE audit_log SET prev_hash = hash WHERE id = 5")


def summary_edited(sc: Scene) -> None:
    sc.raw.drop_triggers()
    sc.raw.run("UPDATE audit_log SET summary = 'gewijzigd: niets' WHERE id = 6")


def record_hash_removed(sc: Scene) -> None:
    """An entry's record hash dropped, so that the record falls back on an older entry."""
    sc.raw.drop_triggers()
    last = sc.raw.scalar("SELECT max(id) FROM audit_log WHERE record_hash IS NOT NULL")
    sc.raw.run(("UPDATE audit_log SET record_hash = NULL WHERE id = ?", (last,)))


def incident_changed(sc: Scene) -> None:
    sc.raw.run(("UPDATE incident SET severity_level = 1, description = 'ruzie' WHERE id = ?", (sc.incident,)))


def incident_inserted(sc: Scene) -> None:
    sc.raw.run(
        (
            "INSERT INTO incident SELECT id + 100, year, seq + 100, number || 'x', occurred_on, occurred_time, "
            "reported_on, reported_by, received_by, location, at_home, channel, severity_experienced, "
            "severity_level, status, perpetrator_known, perpetrator_id, perpetrator_type, "
            "perpetrator_description, witnesses, description, impact, impact_injury, impact_damage, "
            "impact_absence, impact_family, impact_avoidance, closed_on, created_at, updated_at, place "
            "FROM incident WHERE id = ?",
            (sc.incident,),
        )
    )


def incident_deleted(sc: Scene) -> None:
    sc.raw.run(("DELETE FROM incident WHERE id = ?", (sc.other_incident,)))


def category_changed(sc: Scene) -> None:
    sc.raw.run(("DELETE FROM incident_category WHERE incident_id = ? AND code = 'doxing'", (sc.incident,)))


def victim_removed(sc: Scene) -> None:
    sc.raw.run(("DELETE FROM incident_victim WHERE incident_id = ?", (sc.other_incident,)))


def check_unticked(sc: Scene) -> None:
    sc.raw.run(("DELETE FROM incident_check WHERE incident_id = ?", (sc.incident,)))


def follow_up_changed(sc: Scene) -> None:
    sc.raw.run(
        ("UPDATE follow_up SET status = 'gereed', done_on = '2026-11-22' WHERE id = ?", (sc.follow_up,))
    )


def person_changed(sc: Scene) -> None:
    sc.raw.run(("UPDATE person SET address = 'Onbekend' WHERE id = ?", (sc.person,)))


def person_inserted(sc: Scene) -> None:
    sc.raw.run(
        "INSERT INTO person (kind, name, description, party, portefeuilles, phone, email, "
        "verhoogd_risico, address, organisation, function, created_at, updated_at) "
        "VALUES ('betrokkene', 'X', '', '', '', '', '', 0, '', '', '', '2026-11-01', '2026-11-01')"
    )


def attachment_replaced(sc: Scene) -> None:
    sc.raw.run(
        ("UPDATE attachment_blob SET content = ? WHERE attachment_id = ?", (PNG + b"bewerkt", sc.attachment))
    )


def plan_item_changed(sc: Scene) -> None:
    sc.raw.run("UPDATE plan_item SET status = 'nvt' WHERE code = 'beleid_media'")


@dataclass(frozen=True)
class Attempt:
    attack: Callable[[Scene], None]
    caught_by: str  # "trigger" (refused), "chain", "records", "anchor" (only with an anchor from before)


ATTEMPTS = [
    Attempt(update_row, "trigger"),
    Attempt(delete_row, "trigger"),
    Attempt(insert_or_replace_row, "trigger"),
    Attempt(insert_or_replace_row_recursive, "trigger"),
    Attempt(replace_by_duplicate_hash, "trigger"),
    Attempt(insert_gap_id, "trigger"),
    Attempt(insert_with_wrong_link, "trigger"),
    Attempt(forged_row_at_end, "records"),
    Attempt(forged_row_with_made_up_state, "records"),
    Attempt(tail_truncation, "anchor"),
    Attempt(recomputed_chain, "anchor"),
    Attempt(dropped_and_recreated_table, "anchor"),
    Attempt(dropped_and_recreated_empty, "records"),
    Attempt(dropped_table, "chain"),
    Attempt(triggers_dropped_then_row_edited, "chain"),
    Attempt(triggers_dropped_then_row_deleted, "chain"),
    Attempt(prev_hash_edited, "chain"),
    Attempt(summary_edited, "chain"),
    Attempt(record_hash_removed, "chain"),
    Attempt(incident_changed, "records"),
    Attempt(incident_inserted, "records"),
    Attempt(incident_deleted, "records"),
    Attempt(category_changed, "records"),
    Attempt(victim_removed, "records"),
    Attempt(check_unticked, "records"),
    Attempt(follow_up_changed, "records"),
    Attempt(person_changed, "records"),
    Attempt(person_inserted, "records"),
    Attempt(attachment_replaced, "records"),
    Attempt(plan_item_changed, "records"),
]
CHECK_NAMES = {
    "chain": "Audittrail (hashketen)",
    "records": "Gegevens tegen audittrail",
    "anchor": "Anker anker.pdf",
}


def _failed(report: VerifyReport) -> set[str]:
    return {c.name for c in report.checks if not c.ok}


@pytest.mark.parametrize("attempt", ATTEMPTS, ids=lambda a: a.attack.__name__)
def test_every_attempt_is_refused_or_found(scene: Scene, attempt: Attempt) -> None:
    before = scene.raw.rows("SELECT * FROM audit_log ORDER BY id")
    if attempt.caught_by == "trigger":
        with pytest.raises(Exception, match="append-only"):
            attempt.attack(scene)
        assert scene.raw.rows("SELECT * FROM audit_log ORDER BY id") == before  # nothing changed
        assert scene.report(with_anchor=True).ok
        return
    attempt.attack(scene)
    with_anchor = scene.report(with_anchor=True)
    assert not with_anchor.ok
    assert CHECK_NAMES[attempt.caught_by] in _failed(with_anchor)
    text = "\n".join(with_anchor.lines())
    assert not any(name in text for name in NAMES)  # tables and ids, never personal data
    if attempt.caught_by != "anchor":  # found by the database alone, no anchor needed
        assert not scene.report(with_anchor=False).ok


def test_the_record_check_names_table_and_id(scene: Scene) -> None:
    incident_changed(scene)
    person_changed(scene)
    lines = "\n".join(scene.report(with_anchor=False).lines())
    assert f"incident {scene.incident}: gewijzigd zonder auditregel" in lines
    assert f"persoon {scene.person}: gewijzigd zonder auditregel" in lines
    assert "2 afwijking(en)" in lines


def test_all_attempts_are_caught_before_the_anchor() -> None:
    """The suite covers at least the 15 attempts of the issue, and every one is refused or found."""
    assert len(ATTEMPTS) >= 15
    assert {a.caught_by for a in ATTEMPTS} <= {"trigger", "chain", "records", "anchor"}


def test_what_cannot_be_found_after_the_last_anchor(scene: Scene, tmp_path: Path) -> None:
    """After the last anchor, a key holder who rewrites the tail of the chain AND keeps the record hashes
    consistent is indistinguishable from the app. Named here so that nobody believes otherwise."""
    raw = scene.raw
    # 1. entries without a record hash after the anchor (an export, a lock) can be cut off unseen
    AttachmentService(scene.ws).export(scene.attachment)
    last_record = raw.scalar("SELECT max(id) FROM audit_log WHERE record_hash IS NOT NULL")
    assert raw.scalar("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "export"
    assert last_record > scene.anchor_count
    raw.drop_triggers()
    raw.run(("DELETE FROM audit_log WHERE id > ?", (last_record,)))
    assert scene.report(with_anchor=True).ok

    # 2. a record changed after the anchor, with a forged entry holding its new hash: looks like a normal edit
    raw.run(("UPDATE incident SET severity_level = 0 WHERE id = ?", (scene.incident,)))
    raw.run(
        raw.forged(
            "update",
            "incident",
            str(scene.incident),
            "incident: ernst",
            raw.record_hash("incident", scene.incident),
        )
    )
    assert scene.report(with_anchor=True).ok

    # 3. the whole tail after the anchor rewritten (cut, then new entries that fit the records): not found
    raw.run(("DELETE FROM audit_log WHERE id > ?", (scene.anchor_count,)))
    rewritten = (
        ("incident", scene.incident),
        ("incident", scene.other_incident),
        ("plan_item", "beleid_media"),
    )
    for kind, key in rewritten:
        raw.run(raw.forged("update", kind, str(key), "bijgewerkt", raw.record_hash(kind, key)))
    assert scene.report(with_anchor=True).ok

    # ... but a head recorded later (a printed report, a backup, a new anchor sheet) pins the tail down
    later = tmp_path / "later.pdf"
    make_anchor(scene.ws, later)
    PlanService(scene.ws).update_item(PlanItemState("beleid_media", ItemStatus.NVT))
    raw.drop_triggers()
    raw.run(("DELETE FROM audit_log WHERE id > ?", (scene.anchor_count,)))
    for kind, key in rewritten:
        raw.run(raw.forged("update", kind, str(key), "bijgewerkt", raw.record_hash(kind, key)))
    assert scene.report(with_anchor=True).ok  # the old anchor still holds
    assert not verify(scene.ws, anchors=[scene.anchor, read_anchor(later)]).ok  # the later one does not
