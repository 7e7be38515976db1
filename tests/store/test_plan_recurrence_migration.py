"""Migration 0004 upgrades a vault of schema 0003: plan items intact, recurring done items dated, verify clean."""

from datetime import date

from alembic import command

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.steps import Frequency
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services import lifecycle, verify
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.store import audit, migrate
from veiligbestuur_desktop.vault.vault import Vault

ROWS = [
    # code, status, owner, due_date, note, updated_at
    (
        "evaluatie_jaarlijks",
        "gereed",
        "Griffier",
        "2026-01-15",
        "jaarverslag 2025",
        "2026-02-03 09:15:00.000000",
    ),
    ("uitvoering_bespreken", "gereed", "", None, "", "2026-10-31 23:30:00.000000"),
    ("evaluatie_herijken", "gereed", "OOV", None, "na de verkiezingen", "2026-05-12 10:00:00.000000"),
    ("voorbereiding_registratie", "gereed", "", "2026-03-01", "deze app", "2026-02-20 10:00:00.000000"),
    ("beleid_media", "bezig", "Burgemeester", "2026-12-01", "woordvoerders", "2026-04-01 10:00:00.000000"),
    ("incidenten_nabespreken", "gereed", "", None, "", "2026-04-01 10:00:00.000000"),
    ("preventie_beveiligen", "nvt", "", "2026-01-01", "", "2026-04-01 10:00:00.000000"),
]


def _vault_at_0003(data_dir):  # type: ignore[no-untyped-def]
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('municipality', 'Súdwest-Fryslân')")
        for row in ROWS:
            conn.exec_driver_sql(
                "INSERT INTO plan_item (code, status, owner, due_date, note, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, 'Coördinator')",
                row,
            )
        command.upgrade(cfg, "0003")  # the baseline of every record
    assert migrate.current_revision(opened.engine) == "0003"
    opened.commit_creation()
    opened.lock()


def test_upgrade_from_0003_keeps_plan_items_dates_recurring_done_items_and_verifies_clean(data_dir):
    _vault_at_0003(data_dir)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        states = PlanService(ws).states()
        # everything that was there is still there
        for code, status, owner, _due, note, _at in ROWS:
            st = states[code]
            assert (st.status.value, st.owner, st.note) == (status, owner, note), code
            assert st.frequency is None, code  # the default, not stored
        # recurring items that were gereed: done on the day of their last change, next due from there
        jaar = states["evaluatie_jaarlijks"]
        assert (jaar.last_done, jaar.due_date) == (date(2026, 2, 3), date(2027, 2, 3))
        kwartaal = states["uitvoering_bespreken"]
        assert (kwartaal.last_done, kwartaal.due_date) == (date(2026, 10, 31), date(2027, 1, 31))
        termijn = states["evaluatie_herijken"]
        assert (termijn.last_done, termijn.due_date) == (date(2026, 5, 12), date(2030, 3, 31))
        # a one-off, an open item, a step-6 item and an n.v.t. item keep their stored values exactly
        assert (
            states["voorbereiding_registratie"].last_done,
            states["voorbereiding_registratie"].due_date,
        ) == (
            None,
            date(2026, 3, 1),
        )
        assert (states["beleid_media"].last_done, states["beleid_media"].due_date) == (
            None,
            date(2026, 12, 1),
        )
        assert states["incidenten_nabespreken"].last_done is None
        assert states["preventie_beveiligen"].status == ItemStatus.NVT

        with ws.reading() as s:
            upgraded = [
                e for e in audit.entries_for(s, "plan_item", "evaluatie_jaarlijks") if e.action == "migrate"
            ]
            untouched = audit.entries_for(s, "plan_item", "beleid_media")
        assert [e.slot for e in upgraded] == [
            "VeiligBestuur (schema-upgrade 0003)",
            "VeiligBestuur (schema-upgrade 0004)",
        ]
        assert len(untouched) == 1  # only the 0003 baseline: its stored values did not change

        report = verify.verify(ws)
        assert report.ok, report.lines()

        # and the app goes on from there: marking done moves the upgraded item forward, still verifiable
        PlanService(ws).mark_done("evaluatie_jaarlijks", date(2026, 11, 20), today=date(2026, 11, 28))
        assert PlanService(ws).states()["evaluatie_jaarlijks"].due_date == date(2027, 11, 20)
        PlanService(ws).update_item(PlanItemState("beleid_media", frequency=Frequency.JAARLIJKS))
        assert verify.verify(ws).ok
    finally:
        ws.lock()


def test_a_vault_without_done_recurring_items_gets_no_extra_entries(data_dir):
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        before = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
        command.upgrade(cfg, "0004")
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() == before
    opened.lock()


def test_downgrade_only_while_no_item_recurs_by_hand(data_dir):
    import pytest

    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.exec_driver_sql(
            "INSERT INTO plan_item (code, status, owner, note, updated_at, updated_by, last_done) "
            "VALUES ('beleid_media', 'gereed', '', '', '2026-01-01 00:00:00', '', '2026-01-01')"
        )
        with pytest.raises(RuntimeError, match="last-done"):
            command.downgrade(cfg, "0003")
        conn.exec_driver_sql("UPDATE plan_item SET last_done = NULL")
        command.downgrade(cfg, "0003")
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(plan_item)")]
        assert "frequency" not in columns and "last_done" not in columns
    opened.lock()
