"""Migration 0007 from a committed vault of schema 0002 (tests/fixtures/schema_0002, made by
tests/fixtures/make_schema_0002.py): every moved value, the untouched ones, and `verify` clean after the upgrade."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command

from tests.fixtures.make_schema_0002 import PASSPHRASE, restore
from veiligbestuur_desktop.domain.incidents import Channel, FollowUpStatus, IncidentStatus, Place
from veiligbestuur_desktop.services import lifecycle, verify
from veiligbestuur_desktop.services.incident_report import IncidentReportService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.store import audit, migrate
from veiligbestuur_desktop.vault.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0002"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    return restore(FIXTURE, tmp_path / "kluis-0002")


def _rows(ws, sql):  # type: ignore[no-untyped-def]
    with ws.vault.engine.connect() as conn:
        return conn.exec_driver_sql(sql).all()


def test_the_fixture_is_schema_0002(old_vault):
    opened = Vault.open(old_vault).unlock_with_passphrase(PASSPHRASE)
    try:
        assert migrate.current_revision(opened.engine) == "0002"
    finally:
        opened.lock()


def test_upgrade_from_0002_moves_every_value_and_verifies_clean(old_vault):
    ws = lifecycle.unlock(old_vault, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        incidents = {
            r[0]: r[1:] for r in _rows(ws, "SELECT id, channel, place, status FROM incident ORDER BY id")
        }
        assert incidents == {
            1: ("persoonlijk", "woning", "afgesloten"),  # channel 'bij de woning' became a place
            2: ("persoonlijk", "vergadering", "in_behandeling"),  # 'nazorg' is a track, not a phase
            3: ("sociale_media", "online", "geregistreerd"),  # 'gemeld' meant nothing inside the register
            4: ("persoonlijk", "openbare_ruimte", "in_behandeling"),
            5: ("telefoon", None, "geregistreerd"),  # nothing says where: not guessed
            6: ("persoonlijk", "gemeentehuis", "geregistreerd"),  # from the location 'balie gemeentehuis'
        }
        fus = {
            r[0]: (r[1], json.loads(r[2]))
            for r in _rows(ws, "SELECT id, title, details FROM follow_up ORDER BY id")
        }
        assert [fus[i][0] for i in range(1, 5)] == [
            "Opvanggesprek",
            "Eerste vervolggesprek",
            "Tweede vervolggesprek",
            "Reactie aan de dader",
        ]
        assert fus[5] == (
            "Aangifte of melding afwegen",
            {
                "decision": "aangifte",
                "filed_on": "2025-03-12",
                "filed_by": "gemeente",  # 'als werkgever' became 'namens het slachtoffer'
                "pv_number": "PL0100-2025031201",
                "vpt_asked": "ja",
                "om_decision": "sepot",
                "om_note": "geseponeerd wegens gebrek aan bewijs",  # the text said more than the choice: kept
            },
        )
        assert fus[6][0] == "Schade inventariseren en verhalen"  # did not say whose damage: left as it was
        assert fus[7][0] == "Gesprek met Sjoerd op het stadhuis"  # the coordinator's own title
        assert fus[8][1] == {"decision": "geen", "reason": "geen_resultaat"}
        assert fus[9][1] == {"decision": "aangifte", "om_decision": "dagvaarding"}
        assert fus[10][1] == {"om_decision": "strafbeschikking"}

        # the app reads every moved value
        svc = IncidentService(ws)
        one = svc.detail(1)
        assert (one.draft.channel, one.draft.place, one.draft.status) == (
            Channel.PERSOONLIJK,
            Place.WONING,
            IncidentStatus.AFGESLOTEN,
        )
        aangifte = next(f for f in one.follow_ups if f.kind == "aangifte")
        assert aangifte.status == FollowUpStatus.GEREED and aangifte.title == "Aangifte of melding afwegen"
        assert svc.detail(2).draft.status == IncidentStatus.IN_BEHANDELING
        # an entry of before 0005 names no kind: it keeps the words it was written in
        assert [e.what for e in one.events] == ["Incident geregistreerd", "Gesprek binnen 72 uur: gereed"]
        assert [e.what for e in svc.detail(2).events] == [
            "Status gewijzigd naar ‘nazorg’"
        ]  # history as it was
        report = IncidentReportService(ws).data(1)
        assert (
            report.fact("Kanaal") == "persoonlijk (face to face)" and report.fact("Plaats") == "bij de woning"
        )
        line = next(f for f in report.follow_ups if f.track.startswith("Aangifte"))
        assert ("Beslissing OM", "sepot") in line.details
        assert [k for k, _v in line.details][:2] == ["Aangifte of melding?", "Aangifte of melding gedaan op"]
        assert ("Aangifte of melding gedaan", "door de gemeente namens het slachtoffer") in line.details

        # a baseline entry with the new hash for every incident that changed, none for the one that did not
        with ws.reading() as s:
            slots = {i: [e.slot for e in audit.entries_for(s, "incident", i)] for i in range(1, 7)}
        upgraded = {i for i, names in slots.items() if "VeiligBestuur (schema-upgrade 0007)" in names}
        assert upgraded == {1, 2, 3, 4, 6}
        report_ = verify.verify(ws)
        assert report_.ok, report_.lines()

        # and the app goes on from there: an edit after the upgrade stays verifiable
        from dataclasses import replace

        svc.update(5, replace(svc.get(5), place=Place.WONING))
        assert verify.verify(ws).ok
    finally:
        ws.lock()


def test_downgrade_to_0006_gives_the_old_channels_and_texts_back(old_vault):
    opened = Vault.open(old_vault).unlock_with_passphrase(PASSPHRASE)
    cfg = migrate._config()
    try:
        with opened.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007")
            command.downgrade(cfg, "0006")
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(incident)")]
            channels = [r[0] for r in conn.exec_driver_sql("SELECT channel FROM incident ORDER BY id")]
            titles = [r[0] for r in conn.exec_driver_sql("SELECT title FROM follow_up ORDER BY id")]
            details = json.loads(conn.exec_driver_sql("SELECT details FROM follow_up WHERE id = 5").scalar())
            triggers = {
                r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
            }
    finally:
        opened.lock()
    assert "place" not in columns
    assert channels == [
        "woning",
        "vergadering",
        "sociale_media",
        "openbare_ruimte",
        "telefoon",
        "persoonlijk",
    ]
    assert titles[:5] == [
        "Gesprek binnen 72 uur",
        "Nagesprek na ongeveer 2 weken",
        "Nagesprek na 6 tot 8 weken",
        "Reactie naar de dader binnen 24 uur",
        "Melding of aangifte overwegen",
    ]
    assert details["decision"] == "ja" and details["filed_by"] == "werkgever"
    assert details["om_decision"] == "sepot geseponeerd wegens gebrek aan bewijs"
    assert {"incident_fts_ai", "incident_fts_ad", "incident_fts_au"} <= triggers  # the table was not rebuilt


def test_a_timeline_entry_that_names_the_kind_follows_the_new_title(old_vault):
    opened = Vault.open(old_vault).unlock_with_passphrase(PASSPHRASE)
    cfg = migrate._config()
    try:
        with opened.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0006")
            for n, params in enumerate(
                (
                    {"title": "Gesprek binnen 72 uur", "kind": "gesprek_72u", "status": "gereed"},
                    {"title": "Gesprek binnen 72 uur", "kind": "extra", "status": "gereed"},  # the user's own
                    {"t": "Reactie naar de dader binnen 24 uur", "kind": "reactie"},
                ),
                start=100,
            ):
                conn.exec_driver_sql(
                    "INSERT INTO incident_event (id, incident_id, at, code, params, by) "
                    "VALUES (?, 2, '2026-01-01 10:00:00.000000', 'follow_up_status', ?, 'Eelke de Vries')",
                    (n, json.dumps(params, ensure_ascii=False, sort_keys=True)),
                )
            command.upgrade(cfg, "0007")
            rows = [
                json.loads(r[0])
                for r in conn.exec_driver_sql("SELECT params FROM incident_event WHERE id >= 100 ORDER BY id")
            ]
    finally:
        opened.lock()
    assert [r.get("title", r.get("t")) for r in rows] == [
        "Opvanggesprek",
        "Gesprek binnen 72 uur",
        "Reactie aan de dader",
    ]
