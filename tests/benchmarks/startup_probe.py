"""make bench and tests/ship: start the GUI as `python -m veiligbestuur_desktop` does; print when the first dialog
(unlock, or first run without a vault) is shown, and which heavy libraries were imported by then.

The probe wraps the controller from the outside (no switch in the application):

    UNLOCK_DIALOG_SHOWN <epoch seconds>      (or FIRST_RUN_SHOWN)
    LOADED_AT_SHOW sqlalchemy,alembic         ("-" when none of HEAVY is loaded)

`--stay MS` keeps the event loop running that long after the dialog is shown (to see what loads afterwards,
`LOADED_LATER ...`).
"""

from __future__ import annotations

import sys
import time

# what the first dialog does not need: the database layer, the PDFs, the key derivation, the domain rules and
# SQLCipher (the vault code loads once the dialog is on its way to the screen)
HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "cryptography",
    "veiligbestuur_desktop.domain.rules",
    "sqlcipher3",
)


def loaded() -> str:
    return ",".join(m for m in HEAVY if m in sys.modules) or "-"


def main() -> int:
    stay_ms = 0
    if "--stay" in sys.argv:
        i = sys.argv.index("--stay")
        stay_ms = int(sys.argv[i + 1])
        del sys.argv[i : i + 2]

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from veiligbestuur_desktop.__main__ import main as app_main
    from veiligbestuur_desktop.ui.app import start

    def report(event: str) -> None:
        print(f"{event} {time.time():.6f}", flush=True)
        print(f"LOADED_AT_SHOW {loaded()}", flush=True)

        def later() -> None:
            print(f"LOADED_LATER {loaded()}", flush=True)
            QApplication.quit()

        QTimer.singleShot(stay_ms, later)

    show_unlock = start.AppController.show_unlock

    def shown(self: start.AppController, try_keyring: bool = True) -> None:
        show_unlock(self, try_keyring)
        report("UNLOCK_DIALOG_SHOWN")

    start_ = start.AppController.start

    def started(self: start.AppController) -> None:
        start_(self)
        if self.first_run is not None and self.first_run.isVisible():
            report("FIRST_RUN_SHOWN")

    start.AppController.show_unlock = shown  # type: ignore[method-assign]
    start.AppController.start = started  # type: ignore[method-assign]
    return app_main()


if __name__ == "__main__":
    sys.exit(main())
