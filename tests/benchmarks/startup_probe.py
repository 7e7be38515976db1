"""make bench: start the GUI as `python -m veiligbestuur_desktop` does; print when the unlock dialog is shown.

The probe wraps the controller from the outside (no switch in the application).
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from veiligbestuur_desktop.__main__ import main as app_main
    from veiligbestuur_desktop.ui.app import start

    show_unlock = start.AppController.show_unlock

    def shown(self: start.AppController, try_keyring: bool = True) -> None:
        show_unlock(self, try_keyring)

        def report() -> None:
            print(f"UNLOCK_DIALOG_SHOWN {time.time():.6f}", flush=True)
            QApplication.quit()

        QTimer.singleShot(0, report)

    start.AppController.show_unlock = shown  # type: ignore[method-assign]
    return app_main()


if __name__ == "__main__":
    sys.exit(main())
