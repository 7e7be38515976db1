"""Migration 0009: a person's woningscan and beveiligingsadvies dates become realised physical measures, the
columns leave the person, every changed record gets its audit entry and `verify` stays clean."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.domain.people import PERSON, PersonDraft
from veiligbestuur_desktop.domain.prevention import MeasureCategory, MeasureStatus
from veiligbestuur_desktop.services import lifecycle, verify
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.prevention import MeasureQuery, MeasureService
from veiligbestuur_desktop.store import audit, migrate
from veiligbestuur_desktop.vault.vault import Vault

INSERT = (
    "INSERT INTO person (id, kind, name, description, role, party, portefeuilles, phone, email, verhoogd_risico, "
    "woningscan_on, beveiligingsadvies_on, beveiligingsadvies_ref, address, organisation, function, created_at, "
    "updated_at) VALUES (?, 'ambtsdrager', ?, '', ?, '', '', '', '', 0, ?, ?, ?, '', '', '', '2026-01-01', "
    "'2026-01-01')"
)
PEOPLE = [
    (1, "Olaf Burgemeester", "burgemeester", "2023-03-15", "2024-05-01", "BA-2024-017"),
    (2, "Wim Wethouder", "wethouder", "2025-02-10", None, ""),
    (3, "Rik Raadslid", "raadslid", None, None, ""),
]


def _vault_with_dated_people(data_dir):  # type: ignore[no-untyped-def]
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('municipality', 'Ede')")
        for row in PEOPLE:
            conn.exec_driver_sql(INSERT, row)
        command.upgrade(cfg, "0008")  # 0003 gives every person its baseline entry
    opened.commit_creation()
    opened.lock()


def test_upgrade_turns_the_dates_into_measures_and_verifies_clean(data_dir):
    _vault_with_dated_people(data_dir)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        with ws.vault.engine.connect() as conn:
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(person)")]
        assert not {"woningscan_on", "beveiligingsadvies_on", "beveiligingsadvies_ref"} & set(columns)
        assert "woningscan_on" not in PERSON.names() and not hasattr(PersonDraft, "woningscan_on")
        # the people themselves are intact
        assert [p.name for p in PersonService(ws).search(limit=10)] == [
            "Olaf Burgemeester",
            "Rik Raadslid",
            "Wim Wethouder",
        ]

        svc = MeasureService(ws)
        rows = sorted(svc.page(MeasureQuery(), 0, 50), key=lambda m: m.id)
        got = [(m.title, m.for_person_id, m.status, svc.get(m.id).reference) for m in rows]
        assert got == [
            ("Woningscan (CCV)", 1, "gerealiseerd", ""),
            ("Beveiligingsadvies", 1, "gerealiseerd", "BA-2024-017"),
            ("Woningscan (CCV)", 2, "gerealiseerd", ""),
        ]
        assert all(svc.get(m.id).category == MeasureCategory.FYSIEK for m in rows)
        assert [(s.status, s.on) for s in svc.history(rows[1].id)] == [
            (MeasureStatus.GEREALISEERD, date(2024, 5, 1))
        ]

        with ws.reading() as s:
            person_entries = [e for e in audit.entries_for(s, "person", 3) if e.action == "migrate"]
            measure_entries = audit.entries_for(s, "measure", rows[0].id)
        assert [e.slot for e in person_entries] == [
            "VeiligBestuur (schema-upgrade 0003)",
            "VeiligBestuur (schema-upgrade 0009)",
        ]  # the row changed (columns gone), so a new baseline, also without dates
        assert [(e.action, e.slot) for e in measure_entries] == [
            ("create", "VeiligBestuur (schema-upgrade 0009)")
        ]
        report = verify.verify(ws)
        assert report.ok, report.lines()

        # and the app goes on from there: the converted measure can be evaluated, still verifiable
        svc.set_status(rows[0].id, MeasureStatus.GEEVALUEERD, date(2026, 11, 1), today=date(2026, 11, 20))
        assert verify.verify(ws).ok
    finally:
        ws.lock()


def test_downgrade_refuses_while_step_2_holds_records(data_dir):
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql(INSERT, PEOPLE[1])
        command.upgrade(cfg, "0009")
        with pytest.raises(RuntimeError, match="measure holds records"):
            command.downgrade(cfg, "0008")
    opened.lock()


def test_a_vault_without_dates_gets_the_tables_and_person_baselines_only(data_dir):
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")
        before = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
        command.upgrade(cfg, "0009")
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() == before
        assert conn.exec_driver_sql("SELECT count(*) FROM measure").scalar() == 0
        command.downgrade(cfg, "0008")
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(person)")]
        assert "woningscan_on" in columns and "beveiligingsadvies_ref" in columns
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not {"risk_analysis", "measure", "measure_status", "training", "training_attendee"} & tables
    opened.lock()
