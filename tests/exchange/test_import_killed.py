"""A killed import leaves nothing: the child is killed inside the one transaction, after rows were written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.exchange.helpers import counts
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.services.verify import verify

ROOT = Path(__file__).resolve().parents[2]


def test_a_killed_import_leaves_nothing(workspace, tmp_path):
    sheet = tmp_path / "groot.csv"
    rows = ["Datum;Omschrijving;Categorie;Slachtoffer;Functie;Ernst;Kanaal"]
    rows += [
        f"{1 + n % 28:02d}-0{1 + n % 9}-2025;Incident {n};belediging;Raadslid {n % 40};raadslid;2;telefoon"
        for n in range(5000)
    ]
    sheet.write_text("\n".join(rows), encoding="utf-8")
    data_dir = workspace.vault.paths.data_dir
    before = counts(workspace)
    workspace.lock()
    entries_before = before[2] + 1  # and the lock
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.exchange.import_child", str(data_dir), PASSPHRASE, str(sheet)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("WRITING 2000/5000"), line + (proc.stderr.read() if proc.stderr else "")
    finally:
        proc.kill()
        proc.wait(timeout=30)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert counts(ws)[:2] == before[:2] == (0, 0)  # no incident, no person (the audit has the unlocks)
        with ws.reading() as s:
            from veiligbestuur_desktop.store.models import AuditEntry

            actions = [e.action for e in s.query(AuditEntry).order_by(AuditEntry.id)]
        assert set(actions[entries_before:]) <= {"unlock", "lock"}, actions[entries_before:]
        report = verify(ws, backups=False)
        assert report.ok, report.lines()
    finally:
        ws.lock()
