"""Migration 0005: the timeline of an older vault turns from sentences into codes; records and audit unchanged."""

from __future__ import annotations

from alembic import command

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.services import lifecycle, verify
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.store import migrate
from veiligbestuur_desktop.vault.vault import Vault

SENTENCES = [
    "Incident geregistreerd",
    "Status gewijzigd naar ‘in behandeling’",
    "Afgevinkt: Protocol gevolgd",
    "Gesprek binnen 72 uur: gereed",
    "Bijlage toegevoegd (2,0 kB)",
    "Een regel die de app nooit schreef",
]


def _vault_at_0002_with_a_timeline(data_dir):  # type: ignore[no-untyped-def]
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql(
            "INSERT INTO incident (id, year, seq, number, occurred_on, occurred_time, reported_on, reported_by, "
            "received_by, location, at_home, channel, severity_level, status, perpetrator_known, "
            "perpetrator_type, perpetrator_description, witnesses, description, impact, impact_injury, "
            "impact_damage, impact_absence, impact_family, impact_avoidance, created_at, updated_at) VALUES "
            "(1, 2026, 1, '2026-001', '2026-11-20', '', '2026-11-21', '', '', '', 0, 'email', 2, "
            "'in_behandeling', 0, 'onbekend', '', '', 'Scheldmail', '', 0, 0, 0, 0, 0, "
            "'2026-11-21 09:00:00.000000', '2026-11-21 09:00:00.000000')"
        )
        for i, what in enumerate(SENTENCES, start=1):
            conn.exec_driver_sql(
                "INSERT INTO incident_event (id, incident_id, at, what, by) VALUES (?, 1, ?, ?, 'Coördinator')",
                (i, f"2026-11-21 09:0{i}:00.000000", what),
            )
    opened.commit_creation()
    opened.lock()


def test_upgrade_converts_the_timeline_and_verifies_clean(data_dir):
    _vault_at_0002_with_a_timeline(data_dir)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        with ws.vault.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT code, params FROM incident_event ORDER BY id").all()
        assert [r[0] for r in rows] == [
            "registered",
            "status",
            "checked",
            "follow_up_status",
            "attachment_added",
            "",
        ]
        shown = [e.what for e in IncidentService(ws).detail(1).events]
        assert shown == [*SENTENCES[:4], "Bijlage toegevoegd (2,0 kB)", SENTENCES[5]]
        assert verify.verify(ws).ok
    finally:
        ws.lock()


def test_downgrade_writes_the_sentences_back(data_dir):
    _vault_at_0002_with_a_timeline(data_dir)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    ws.lock()
    opened = Vault.open(data_dir).unlock_with_passphrase(PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        whats = [r[0] for r in conn.exec_driver_sql("SELECT what FROM incident_event ORDER BY id")]
    opened.lock()
    assert whats[:4] == SENTENCES[:4] and whats[5] == SENTENCES[5]
