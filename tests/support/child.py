"""A second process for the one-writer tests: `python -m tests.support.child ACTION ...`.

- `hold DATA_DIR PASSPHRASE`: unlock through the services (as the GUI would), print READY, then obey stdin lines
  (tab-separated: `addslot NAME PASSPHRASE`, `person NAME`) until EOF, then lock.
- `cli ARG...`: the command line (`veiligbestuur ARG...`) with cheap Argon2 parameters for new slots.
- `dbhold DB_PATH HEXKEY`: a foreign program holding a write transaction on the database, until EOF.
"""

from __future__ import annotations

import sys
from pathlib import Path

from veiligbestuur_desktop.vault import crypto

CHEAP_KDF = crypto.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
crypto.calibrate = lambda target_seconds=crypto.TARGET_SECONDS: CHEAP_KDF


def hold(data_dir: str, passphrase: str) -> int:
    from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
    from veiligbestuur_desktop.services import lifecycle, vault_admin
    from veiligbestuur_desktop.services.persons import PersonService

    lifecycle.set_program_name("testhouder")
    ws = lifecycle.unlock(Path(data_dir), passphrase)
    print("READY", flush=True)
    try:
        for line in sys.stdin:
            words = line.rstrip("\n").split("\t")
            if not words:
                continue
            try:
                if words[0] == "addslot":
                    vault_admin.add_passphrase(ws, words[1], words[2], words[2])
                elif words[0] == "person":
                    PersonService(ws).create(
                        PersonDraft(PersonKind.AMBTSDRAGER, name=words[1], role=Role.RAADSLID)
                    )
                print("OK", flush=True)
            except Exception as exc:  # report, keep holding
                print(f"ERROR {type(exc).__name__}: {exc}", flush=True)
    finally:
        ws.lock()
    return 0


def cli(args: list[str]) -> int:
    from veiligbestuur_desktop.cli import main

    return main(args)


def dbhold(db_path: str, hexkey: str) -> int:
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(db_path, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{hexkey}'\"")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE IF NOT EXISTS _foreign_writer (x)")
    print("READY", flush=True)
    sys.stdin.read()
    conn.execute("ROLLBACK")
    conn.close()
    return 0


if __name__ == "__main__":
    action, rest = sys.argv[1], sys.argv[2:]
    if action == "hold":
        sys.exit(hold(*rest))
    if action == "cli":
        sys.exit(cli(rest))
    if action == "dbhold":
        sys.exit(dbhold(*rest))
    sys.exit(f"unknown action {action}")
