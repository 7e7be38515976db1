"""Headless commands over the same services as the GUI.

`veiligbestuur` without a command starts the GUI. Each command module registers itself in COMMAND_MODULES;
a user error prints one Dutch line on stderr and exits with code 2, without a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from veiligbestuur_desktop import __version__
from veiligbestuur_desktop.cli.common import DutchArgumentParser, add_data_dir, err
from veiligbestuur_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)

# Modules with a `register(subparsers)` function, in the order their commands appear in --help.
COMMAND_MODULES = (
    "veiligbestuur_desktop.cli.vault_commands",
    "veiligbestuur_desktop.cli.incident_commands",
    "veiligbestuur_desktop.cli.audit_commands",
    "veiligbestuur_desktop.cli.document_commands",
    "veiligbestuur_desktop.cli.exchange_commands",
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="veiligbestuur",
        description="VeiligBestuur Desktop: registratie en opvolging van agressie en bedreiging tegen "
        "politieke ambtsdragers. Zonder opdracht start de grafische applicatie.",
    )
    parser.add_argument(
        "--version", action="version", version=f"veiligbestuur {__version__}", help="toon de versie"
    )
    add_data_dir(parser)
    sub = parser.add_subparsers(
        dest="command", title="opdrachten", metavar="OPDRACHT", parser_class=DutchArgumentParser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, or a Dutch usage error (already printed)
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USER_ERROR
    if not getattr(args, "command", None):
        from veiligbestuur_desktop.ui.app.start import run_gui

        return run_gui(data_dir=args.data_dir)
    from veiligbestuur_desktop.services.lifecycle import set_program_name

    # the command only (never its arguments: a file name may name a person)
    set_program_name(
        " ".join(["veiligbestuur", args.command, getattr(args, "slot_command", None) or ""]).strip()
    )
    try:
        code = int(args.func(args))
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # the reader went away (`veiligbestuur list incidents | head -1`): stop quietly, as other tools do
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UserFacingError as exc:
        err(exc.message)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        err("Afgebroken.")
        return 130
    except Exception as exc:  # a bug: no traceback with possibly personal data on the terminal
        from veiligbestuur_desktop import paths
        from veiligbestuur_desktop.log import safe_traceback, setup

        setup(paths.log_dir())
        log.error("unexpected error in %s:\n%s", args.command, safe_traceback(type(exc), exc.__traceback__))
        err(
            f"Er ging iets onverwachts mis ({type(exc).__name__}). Er is niets half opgeslagen. "
            f"Details staan in het logbestand in {paths.log_dir()}."
        )
        return EXIT_FAILED
