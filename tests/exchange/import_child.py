"""A child process for the killed-import test: `python -m tests.exchange.import_child DATA_DIR PASSPHRASE FILE`
unlocks, checks the sheet, starts the import and, at its first progress report (inside the one transaction,
rows already written), prints WRITING and waits to be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from veiligbestuur_desktop.vault import crypto

CHEAP_KDF = crypto.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
crypto.calibrate = lambda target_seconds=crypto.TARGET_SECONDS: CHEAP_KDF


def main(data_dir: str, passphrase: str, file: str) -> int:
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.importer import ImportService, read_sheet

    ws = lifecycle.unlock(Path(data_dir), passphrase)
    svc = ImportService(ws)
    check = svc.check(read_sheet(Path(file)), "incident")

    def progress(done: int, total: int) -> None:
        print(f"WRITING {done}/{total}", flush=True)
        time.sleep(600)  # killed here, in the middle of the transaction

    svc.run(check, progress=progress)
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
