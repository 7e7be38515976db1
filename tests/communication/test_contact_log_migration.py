"""Migration 0011 upgrades a vault of schema 0010 that holds contact-log entries: nothing is lost, the kind of
contact becomes a code, the persons whose entries changed get a baseline audit entry, and verify is clean."""

from __future__ import annotations

from datetime import date

from alembic import command

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.domain.communication import ContactKind
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.services.contact_log import ContactLogService
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.store import audit, migrate
from veiligbestuur_desktop.vault.vault import Vault

LOGS = [
    # person, on, channel, who, summary, agreements, next_contact, ordegesprek
    (1, "2026-03-02", "", "Coördinator", "Boze e-mail besproken", "Via de griffie", "2026-04-01", 0),
    (1, "2026-04-10", "telefoon", "Coördinator", "Nagebeld", "", None, 1),
    (2, "2026-05-20", "telefoon", "Griffier", "Kort contact", "", None, 0),
]


def _insert_person(conn, pid: int, name: str) -> None:  # type: ignore[no-untyped-def]
    """A betrokkene with whatever NOT NULL columns the person table has at this revision."""
    values: dict[str, object] = {"id": pid, "kind": "betrokkene", "name": name}
    for _cid, col, typ, notnull, default, _pk in conn.exec_driver_sql("PRAGMA table_info(person)").fetchall():
        if col in values or not notnull or default is not None:
            continue
        t = str(typ).upper()
        values[col] = (
            0 if ("INT" in t or "BOOL" in t) else "2026-01-01 00:00:00.000000" if "DATETIME" in t else ""
        )
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.exec_driver_sql(f"INSERT INTO person ({cols}) VALUES ({marks})", tuple(values.values()))


def _vault_at_0010(data_dir):  # type: ignore[no-untyped-def]
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('municipality', 'Súdwest-Fryslân')")
        _insert_person(conn, 1, "Gerrit Brouwer")
        _insert_person(conn, 2, "Kees Bakker")
        for row in LOGS:
            conn.exec_driver_sql(
                'INSERT INTO contact_log (person_id, "on", channel, who, summary, agreements, next_contact, '
                "ordegesprek) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        audit.append_many(
            conn,
            slot="test",
            entries=[audit.NewEntry("create", "person", pid, "aangemaakt", record=True) for pid in (1, 2)],
        )
        before = {str(pid): audit.record_hash(conn, "person", pid) for pid in (1, 2)}
    assert migrate.current_revision(opened.engine) == "0010"
    opened.commit_creation()
    opened.lock()
    return before


def test_upgrade_from_0010_keeps_the_contact_log_codes_its_kind_and_verifies_clean(data_dir):
    before = _vault_at_0010(data_dir)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        svc = ContactLogService(ws)
        first = svc.for_person(1)
        by_day = {r.values["on"]: svc.get(r.id) for r in first}
        assert by_day[date(2026, 3, 2)].channel == ContactKind.GESPREK  # was empty
        assert by_day[date(2026, 3, 2)].agreements == "Via de griffie"
        assert by_day[date(2026, 3, 2)].next_contact == date(2026, 4, 1)
        assert by_day[date(2026, 4, 10)].channel == ContactKind.ORDEGESPREK  # the flag said so
        second = svc.for_person(2)
        assert [svc.get(r.id).channel for r in second] == [ContactKind.TELEFOON]
        with ws.reading() as s:
            after = {str(pid): audit.record_hash(s, "person", pid) for pid in (1, 2)}
            baseline = [e for e in audit.entries_for(s, "person", 1) if e.action == "migrate"]
            untouched = [e for e in audit.entries_for(s, "person", 2) if e.action == "migrate"]
        assert after["1"] != before["1"] and len(baseline) == 1  # changed: a baseline entry with its hash
        assert after["2"] == before["2"] and untouched == []  # new NULL columns leave a record's hash alone
        report = verify(ws, backups=False)
        assert report.ok, report.lines()
    finally:
        ws.lock()
