"""Kill -9 at random moments: the vault always opens, both integrity checks pass, every reported commit is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.vault.database import cipher_integrity_check, integrity_check
from veiligbestuur_desktop.vault.vault import Vault

KILLS = int(
    os.environ.get("VEILIGBESTUUR_CRASH_KILLS", "200" if os.environ.get("VEILIGBESTUUR_LONG") else "50")
)


def _reader(proc: subprocess.Popen, lines: list[int]) -> None:
    assert proc.stdout is not None
    for raw in proc.stdout:
        if raw.startswith(b"COMMIT "):
            lines.append(int(raw.split()[1]))


@pytest.mark.slow
def test_kill_minus_nine_never_loses_a_commit(data_dir):
    ws = lifecycle.create_vault(data_dir, "Ede", "Coördinator", PASSPHRASE)
    lifecycle.confirm_created(ws)  # the recovery key counts as shown
    ws.lock()
    rng = random.Random(20261128)
    committed: set[int] = set()
    next_start = 0
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    for _kill in range(KILLS):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.crash_child",
                str(data_dir),
                PASSPHRASE,
                str(next_start),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        lines: list[int] = []
        reader = threading.Thread(target=_reader, args=(proc, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 30
        while not lines and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
        assert lines, f"the child never committed: {proc.stderr.read() if proc.poll() is not None else b''}"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(timeout=10)
        committed.update(lines)
        next_start = max(lines) + 1 + 1000  # fresh names for the next child

        opened = Vault.open(data_dir).unlock_with_passphrase(PASSPHRASE)
        try:
            raw = opened.engine.raw_connection()
            conn = raw.driver_connection
            assert integrity_check(conn) == []
            assert cipher_integrity_check(conn) == []
            names = {r[0] for r in conn.execute("SELECT name FROM person")}
            raw.close()
        finally:
            opened.lock()
        missing = {i for i in committed if f"Raadslid {i:06d}" not in names}
        assert not missing, f"commits lost after kill {_kill}: {sorted(missing)[:5]}"
    assert len(committed) > KILLS
