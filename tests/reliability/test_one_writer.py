"""One vault, one writer: regression tests with real second processes (issue "One vault, one writer", defects
1, 2, 4, 5, 6 and 8). Each of these lost data or made the vault unopenable before the vault lock existed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.domain.errors import KeyFileConflict, VaultBusy, VaultInUse, WrongPassphrase
from veiligbestuur_desktop.services import lifecycle, vault_admin
from veiligbestuur_desktop.services.verify import verify

ROOT = Path(__file__).resolve().parents[2]
DEPUTY = "Groene weide bij de Linge 77"
OTHER = "Blauwe lucht boven de Waal 12"


def child(*args: str, stdin: int | None = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.child", *args],
        cwd=ROOT,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Holder:
    """Another process (as the GUI would be) with the vault unlocked."""

    def __init__(self, data_dir: Path) -> None:
        self.proc = child("hold", str(data_dir), PASSPHRASE)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line.strip() == "READY", line + (self.proc.stderr.read() if self.proc.stderr else "")

    def ask(self, command: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    out = {}
    for name, value in (("pw", PASSPHRASE), ("deputy", DEPUTY), ("other", OTHER)):
        p = tmp_path / f"{name}.txt"
        p.write_text(value + "\n", encoding="utf-8")
        out[name] = str(p)
    return out


@pytest.fixture
def closed_vault(workspace, data_dir: Path) -> Path:
    workspace.lock()
    return data_dir


@pytest.fixture
def holder(closed_vault: Path) -> Iterator[Holder]:
    h = Holder(closed_vault)
    yield h
    h.close()


def without_lock_info(snap: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    return {k: v for k, v in snap.items() if not k.startswith("veiligbestuur.lock")}


def test_rotation_while_another_process_has_the_vault_open_is_refused_and_nothing_is_lost(
    holder, closed_vault, files, capsys
):
    """Defect 1: rotate in a second process, then the first writes its stale key file: no credential worked."""
    before = snapshot(closed_vault)
    base = ["--data-dir", str(closed_vault), "--passphrase-file", files["pw"]]
    assert main(["slots", "rotate", *base]) == 2
    err = capsys.readouterr().err
    assert "in gebruik door ‘testhouder’" in err and "Er is niets gewijzigd" in err, err
    assert len(err.strip().splitlines()) == 1
    assert without_lock_info(snapshot(closed_vault)) == without_lock_info(before)
    # the holder goes on working and adds a slot: its key file is the current one
    assert holder.ask(f"addslot\tPlaatsvervanger\t{DEPUTY}") == "OK"
    holder.close()
    # now the rotation runs; afterwards every kept credential opens the vault
    assert main(["slots", "rotate", *base]) == 0
    out = capsys.readouterr().out
    new_recovery = out.split("de oude werkt niet meer): ")[1].split()[0]
    ws = lifecycle.unlock_with_recovery_key(closed_vault, new_recovery)
    assert verify(ws).ok
    ws.lock()
    lifecycle.unlock(closed_vault, PASSPHRASE).lock()


def test_a_stale_key_file_in_memory_is_never_written_over_a_newer_one(workspace, data_dir):
    """Compare-and-swap: even where the lock did not hold (a network share), a stale writer is refused."""
    from veiligbestuur_desktop.vault import keyfile

    paths = workspace.vault.paths
    # another writer (simulated) replaced the key file with a newer generation
    newer = keyfile.save(workspace.vault.keyfile, paths.keyfile, paths.keyfile_copy, workspace.vault.key)
    on_disk = paths.keyfile.read_bytes()
    with pytest.raises(KeyFileConflict, match="intussen door een ander programma gewijzigd"):
        vault_admin.add_passphrase(workspace, "Plaatsvervanger", DEPUTY, DEPUTY)
    assert paths.keyfile.read_bytes() == on_disk and newer.generation > 0


def test_restore_while_the_gui_has_the_vault_open_is_refused(holder, closed_vault, files, tmp_path, capsys):
    """Defect 2: a restore swapped the database under an open GUI, whose later saves went nowhere."""
    backup_file = tmp_path / "kopie.vbbackup"
    holder_saved_before = holder.ask("person\tVoor_de_backup")
    assert holder_saved_before == "OK"
    holder.close()
    base = ["--data-dir", str(closed_vault), "--passphrase-file", files["pw"]]
    assert main(["backup", *base, "--out", str(backup_file)]) == 0
    h2 = Holder(closed_vault)
    try:
        before = without_lock_info(snapshot(closed_vault))
        capsys.readouterr()
        assert main(["restore", *base, "--from", str(backup_file), "--force"]) == 2
        assert "in gebruik door ‘testhouder’" in capsys.readouterr().err
        assert without_lock_info(snapshot(closed_vault)) == before
        assert h2.ask("person\tNa_de_weigering") == "OK"  # what the GUI saves now is kept
    finally:
        h2.close()
    from veiligbestuur_desktop.services.persons import PersonService

    ws = lifecycle.unlock(closed_vault, PASSPHRASE)
    try:
        names = {p.name for p in PersonService(ws).search()}
    finally:
        ws.lock()
    assert {"Voor_de_backup", "Na_de_weigering"} <= names


def test_two_slot_additions_at_the_same_moment_lose_no_slot(closed_vault, files):
    """Defect 4: both exited 0 and one slot was lost. Now one wins and the other is told the vault is in use."""
    base = ["--data-dir", str(closed_vault), "--passphrase-file", files["pw"]]
    for _round in range(3):
        names = [f"Plv{_round}a", f"Plv{_round}b"]
        procs = [
            child(
                "cli",
                "slots",
                "add",
                *base,
                "--name",
                n,
                "--new-passphrase-file",
                files["deputy"],
                stdin=None,
            )
            for n in names
        ]
        results = [(p.wait(timeout=60), p.stderr.read() if p.stderr else "") for p in procs]
        ws = lifecycle.unlock(closed_vault, PASSPHRASE)
        present = {s.name for s in vault_admin.slots(ws)}
        ws.lock()
        for name, (code, err) in zip(names, results, strict=True):
            assert code in (0, 2), err
            if code == 0:
                assert name in present, f"{name} reported success but its slot is gone"
            else:
                assert "in gebruik" in err and name not in present, err
        assert any(code == 0 for code, _ in results)


def _rotate_and_die_at(data_dir: Path, files: dict[str, str], step: str) -> str:
    """A real `slots rotate` that is killed (SIGKILL) right after `step`; returns what it printed."""
    script = (
        "import os, signal, sys\n"
        "import tests.support.child\n"
        "from tests.support.rotation import interrupt_at\n"
        "def die():\n"
        "    sys.stdout.flush(); os.kill(os.getpid(), signal.SIGKILL)\n"
        f"interrupt_at(setattr, {step!r}, die)\n"
        "from veiligbestuur_desktop.cli import main\n"
        f"sys.exit(main(['slots', 'rotate', '--data-dir', {str(data_dir)!r}, '--passphrase-file', {files['pw']!r}]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    return proc.stdout


@pytest.fixture
def cli_vault(data_dir: Path, files, capsys) -> tuple[Path, str]:
    assert (
        main(["init", "--data-dir", str(data_dir), "--municipality", "Ede", "--passphrase-file", files["pw"]])
        == 0
    )
    out = capsys.readouterr().out
    return data_dir, out.split("brandkast): ")[1].split()[0]


def test_a_crash_right_after_the_swap_of_rotate_keeps_the_shown_recovery_key_valid(cli_vault, files):
    """Defect 5: after a crash right after the swap the old recovery key failed and the new one was never shown."""
    data_dir, old_recovery = cli_vault
    out = _rotate_and_die_at(data_dir, files, "swapped")
    new_recovery = out.split("de oude werkt niet meer): ")[1].split()[0]  # shown before the swap
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    notice = " ".join(ws.notices)
    ws.lock()
    assert "afgerond" in notice and f"begint met {new_recovery[:4]}" in notice, notice
    lifecycle.unlock_with_recovery_key(data_dir, new_recovery).lock()
    with pytest.raises(WrongPassphrase):
        lifecycle.unlock_with_recovery_key(data_dir, old_recovery)


def test_a_crash_before_the_swap_of_rotate_keeps_the_old_recovery_key(cli_vault, files):
    data_dir, old_recovery = cli_vault
    _rotate_and_die_at(data_dir, files, "exported")
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    notice = " ".join(ws.notices)
    assert verify(ws).ok
    ws.lock()
    assert "teruggedraaid" in notice and f"begint met {old_recovery[:4]}" in notice, notice
    lifecycle.unlock_with_recovery_key(data_dir, old_recovery).lock()
    assert not (data_dir / "veiligbestuur.db.rekey").exists()


def test_rotate_whose_recovery_key_cannot_be_shown_changes_nothing(cli_vault, files):
    """stdout closed before the key could be shown: the rotation is undone, the old recovery key stays."""
    data_dir, old_recovery = cli_vault
    proc = child(
        "cli", "slots", "rotate", "--data-dir", str(data_dir), "--passphrase-file", files["pw"], stdin=None
    )
    assert proc.stdout is not None
    proc.stdout.close()  # nobody reads: printing the key fails
    code = proc.wait(timeout=60)
    err = proc.stderr.read() if proc.stderr else ""
    assert code == 2 and "niet vervangen" in err, err
    lifecycle.unlock_with_recovery_key(data_dir, old_recovery).lock()


def test_a_crash_during_init_leaves_no_half_vault(tmp_path, files):
    """Defect 6: 3 of 8 kills left a vault without recovery slot and municipality that could not be re-initialised."""
    rng = random.Random(20261129)
    for i in range(8):
        data_dir = tmp_path / f"kluis{i}"
        init = [
            "init",
            "--data-dir",
            str(data_dir),
            "--municipality",
            "Ede",
            "--passphrase-file",
            files["pw"],
        ]
        proc = child("cli", *init, stdin=None)
        time.sleep(rng.uniform(0.2, 1.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if lifecycle.vault_exists(data_dir):
            ws = lifecycle.unlock(data_dir, PASSPHRASE)
            try:
                assert ws.info().municipality == "Ede"
                assert any(s.kind == "recovery" for s in vault_admin.slots(ws))
                assert verify(ws).ok
            finally:
                ws.lock()
        else:  # nothing came into being: init simply runs again
            assert main(init) == 0
            assert not (data_dir / ".nieuw").exists()


def test_a_busy_database_is_busy_not_damaged(workspace, data_dir, monkeypatch):
    """Defect 8: a foreign write transaction held for longer than the busy timeout was reported as damage."""
    from veiligbestuur_desktop.vault import database

    hexkey = bytes(workspace.vault.key).hex()
    workspace.lock()
    foreign = child("dbhold", str(data_dir / "veiligbestuur.db"), hexkey)
    assert foreign.stdout is not None and foreign.stdout.readline().strip() == "READY"
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    try:
        with pytest.raises(VaultBusy, match="Probeer het zo opnieuw"):
            lifecycle.unlock(data_dir, PASSPHRASE)
    finally:
        assert foreign.stdin is not None
        foreign.stdin.close()
        foreign.wait(timeout=30)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)  # and afterwards it simply opens
    assert verify(ws).ok
    ws.lock()


def test_the_lock_of_a_killed_process_is_taken_over(closed_vault):
    h = Holder(closed_vault)
    with pytest.raises(VaultInUse):
        lifecycle.unlock(closed_vault, PASSPHRASE)
    os.kill(h.proc.pid, signal.SIGKILL)
    h.proc.wait(timeout=30)
    lifecycle.unlock(closed_vault, PASSPHRASE).lock()
