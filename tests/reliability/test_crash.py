"""Kill -9 at random moments: the vault always opens, both integrity checks pass, every reported commit is there."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from typing import IO

import pytest

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.vault.database import cipher_integrity_check, integrity_check
from veiligbestuur_desktop.vault.vault import Vault

KILLS = int(
    os.environ.get("VEILIGBESTUUR_CRASH_KILLS", "200" if os.environ.get("VEILIGBESTUUR_LONG") else "50")
)


def _reader(stream: IO[bytes], out: queue.Queue[bytes]) -> None:
    for raw in stream:
        out.put(raw)
    out.put(b"EOF")


@pytest.mark.slow
def test_kill_minus_nine_never_loses_a_commit(data_dir, tmp_path):
    """Each round a writer process (forked by tests/reliability/crash_child.py) commits persons through the real
    services and is killed with SIGKILL at a random moment after its first commit; then this process opens the
    vault: it opens, both integrity checks pass and every commit any writer reported is there."""
    ws = lifecycle.create_vault(data_dir, "Ede", "Coördinator", PASSPHRASE)
    lifecycle.confirm_created(ws)  # the recovery key counts as shown
    ws.lock()
    rng = random.Random(20261128)
    committed: set[int] = set()
    next_start = 0
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    errors = tmp_path / "writers.err"
    with errors.open("wb") as err:
        zygote = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_child", str(data_dir), PASSPHRASE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
        )
    assert zygote.stdin is not None and zygote.stdout is not None
    out: queue.Queue[bytes] = queue.Queue()
    threading.Thread(target=_reader, args=(zygote.stdout, out), daemon=True).start()

    def next_line() -> bytes:
        try:
            raw = out.get(timeout=30)
        except queue.Empty:
            raw = b"TIMEOUT"
        assert raw not in (b"EOF", b"TIMEOUT"), f"the zygote stopped: {raw!r} {errors.read_bytes()!r}"
        return raw

    writer = 0  # a writer that may still be alive
    try:
        for _kill in range(KILLS):
            zygote.stdin.write(f"{next_start}\n".encode())
            zygote.stdin.flush()
            lines: list[int] = []
            pid = 0
            while not (pid and lines):  # the writer's pid and its first commit, in either order
                raw = next_line()
                if raw.startswith(b"PID "):
                    pid = writer = int(raw.split()[1])
                elif raw.startswith(b"COMMIT "):
                    lines.append(int(raw.split()[1]))
                else:
                    pytest.fail(f"the writer never committed: {raw!r} {errors.read_bytes()!r}")
            time.sleep(rng.uniform(0.0, 0.15))
            os.kill(pid, signal.SIGKILL)
            while not (raw := next_line()).startswith(b"DEAD "):  # every line it wrote comes before this one
                assert raw.startswith(b"COMMIT "), raw
                lines.append(int(raw.split()[1]))
            assert int(raw.split()[1]) == pid
            writer = 0
            committed.update(lines)
            next_start = max(lines) + 1 + 1000  # fresh names for the next writer

            opened = Vault.open(data_dir).unlock_with_passphrase(PASSPHRASE)
            try:
                raw_conn = opened.engine.raw_connection()
                conn = raw_conn.driver_connection
                assert integrity_check(conn) == []
                assert cipher_integrity_check(conn) == []
                names = {r[0] for r in conn.execute("SELECT name FROM person")}
                raw_conn.close()
            finally:
                opened.lock()
            missing = {i for i in committed if f"Raadslid {i:06d}" not in names}
            assert not missing, f"commits lost after kill {_kill}: {sorted(missing)[:5]}"
    finally:
        if writer:
            os.kill(writer, signal.SIGKILL)
        zygote.stdin.close()
        try:
            zygote.wait(timeout=30)
        except subprocess.TimeoutExpired:
            zygote.kill()
            zygote.wait()
    assert len(committed) > KILLS
