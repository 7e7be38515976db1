"""Migration 0010: the tables of step 3 and the national sanction ladder, each seeded step with a baseline
audit entry so that `verify` stays clean after the upgrade of an existing vault."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.services import lifecycle, verify
from veiligbestuur_desktop.services.preparation import LadderService
from veiligbestuur_desktop.store import audit, migrate
from veiligbestuur_desktop.vault.vault import Vault


def test_upgrade_from_0009_seeds_the_ladder_and_verifies_clean(data_dir) -> None:  # type: ignore[no-untyped-def]
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('municipality', 'Súdwest-Fryslân')")
    opened.commit_creation()
    opened.lock()

    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        steps = LadderService(ws).steps()
        assert [d.code for _i, d in steps][:3] == ["waarschuwing", "ordegesprek", "toegangsverbod"]
        assert len(steps) == 8 and all(d.active for _i, d in steps)
        with ws.reading() as s:
            entries = audit.entries_for(s, "sanction_step", steps[0][0])
        assert [(e.action, e.slot) for e in entries] == [("migrate", "VeiligBestuur (schema-upgrade 0010)")]
        assert entries[0].record_hash is not None
        report = verify.verify(ws, backups=False)
        assert report.ok, report.lines()
        # and the app goes on from there: an edited step is still accounted for
        first_id, first = steps[0]
        LadderService(ws).update(
            first_id, first.__class__(**{**_fields(first), "duration": "eenmalig, schriftelijk"})
        )
        assert verify.verify(ws, backups=False).ok
    finally:
        ws.lock()


def _fields(d: object) -> dict[str, object]:
    return {name: getattr(d, name) for name in d.__dataclass_fields__}  # type: ignore[attr-defined]


def test_downgrade_refuses_while_sanctions_or_agreements_exist(workspace) -> None:  # type: ignore[no-untyped-def]
    from veiligbestuur_desktop.domain.preparation import AgreementDraft, Partner, Subject
    from veiligbestuur_desktop.services.preparation import AgreementService

    AgreementService(workspace).create(AgreementDraft(Partner.OM, Subject.VPT, agreed_on=date(2026, 1, 5)))
    cfg = migrate._config()
    with workspace.vault.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        with pytest.raises(RuntimeError, match="chain agreements"):
            command.downgrade(cfg, "0009")
