"""`python -m veiligbestuur_desktop` and the `veiligbestuur` entry point."""

from __future__ import annotations

import sys
from pathlib import Path


def gui_only(argv: list[str]) -> Path | bool | None:
    """`veiligbestuur` alone, or with only `--data-dir MAP`: the GUI (its data dir, or None for the default),
    started without building the parser of every command (fast start). False: anything else, for the CLI."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return Path(argv[0][len("--data-dir=") :])
    return False


def main() -> int:
    argv = sys.argv[1:]
    data_dir = gui_only(argv)
    if data_dir is not False:
        from veiligbestuur_desktop.ui.app.start import run_gui

        return run_gui(data_dir=data_dir if isinstance(data_dir, Path) else None)
    from veiligbestuur_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
