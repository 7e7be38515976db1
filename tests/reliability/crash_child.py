"""Child process for the crash test: writes in a loop through the real services and reports each commit."""

from __future__ import annotations

import sys
from pathlib import Path

from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.vault.vault import Vault


def main() -> None:
    data_dir, passphrase, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
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
        print(f"COMMIT {i}", flush=True)
        i += 1


if __name__ == "__main__":
    main()
