"""Child processes for the crash test: writers that write in a loop through the real services and report each
commit, forked one at a time by a zygote that has imported the services once.

`python -m tests.reliability.crash_child DATA_DIR PASSPHRASE` starts the zygote. For each line `START` on its
stdin it forks a writer (a separate process that opens the vault itself, after the fork; the zygote never opens
it), prints `PID <pid>`, waits until that writer has died (the test kills it with SIGKILL) and prints
`DEAD <pid>`. Writers print `COMMIT <i>` after each committed person `Raadslid <i>`, counting from START. Only
one writer lives at a time, so every COMMIT line between a PID and its DEAD line is that writer's; each line is
one write(2) to the pipe, so a kill never leaves half a line and lines never interleave. Forking
saves each round the half second of a fresh interpreter importing the services; what is killed is still a whole
process in the middle of its writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.vault.vault import Vault


def write_forever(data_dir: Path, passphrase: str, start: int) -> None:
    ws = Workspace(Vault.open(data_dir).unlock_with_passphrase(passphrase))
    svc = PersonService(ws)
    i = start
    while True:
        svc.create(
            PersonDraft(
                PersonKind.AMBTSDRAGER,
                name=f"Raadslid {i:06d}",
                role=Role.RAADSLID,
                portefeuilles="x" * (i % 900),
            )
        )
        os.write(1, f"COMMIT {i}\n".encode())  # one write: a kill never leaves half a line
        i += 1


def main() -> None:
    data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
    for line in sys.stdin:
        start = int(line)
        pid = os.fork()
        if pid == 0:  # the writer: runs until it is killed
            try:
                write_forever(data_dir, passphrase, start)
            except BaseException as exc:
                print(f"writer failed: {exc!r}", file=sys.stderr, flush=True)
            finally:
                os._exit(1)
        os.write(1, f"PID {pid}\n".encode())  # single writes to the pipe do not interleave with the writer's
        os.waitpid(pid, 0)
        os.write(1, f"DEAD {pid}\n".encode())


if __name__ == "__main__":
    main()
