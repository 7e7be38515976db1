"""Shared pieces of the command line: Dutch argument errors, data dir and passphrase sources, output."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.paths import DATA_DIR_ENV, default_data_dir

PASSPHRASE_ENV = "VEILIGBESTUUR_PASSPHRASE"


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with Dutch help, a one-line Dutch error and exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_help(self) -> str:
        return _dutch_headings(super().format_help())

    def format_usage(self) -> str:
        return _dutch_headings(super().format_usage())

    def error(self, message: str) -> NoReturn:
        translations = {
            "the following arguments are required": "deze argumenten ontbreken",
            "unrecognized arguments": "onbekende argumenten",
            "invalid choice": "ongeldige keuze",
            "expected one argument": "verwacht één waarde",
            "invalid int value": "geen geheel getal",
            "argument": "argument",
            "not allowed with argument": "niet samen te gebruiken met",
            "ambiguous option": "dubbelzinnige optie",
            "(choose from": "(kies uit",
        }
        for en, nl in translations.items():
            message = message.replace(en, nl)
        self.exit(2, f"Ongeldige aanroep: {message}. Zie `{self.prog} --help`.\n")


def _dutch_headings(text: str) -> str:
    for en, nl in (
        ("usage:", "gebruik:"),
        ("positional arguments:", "argumenten:"),
        ("options:", "opties:"),
        ("show program's version number and exit", "toon de versie en stop"),
    ):
        text = text.replace(en, nl)
    return text


def out(text: str = "") -> None:
    print(text, file=sys.stdout)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="MAP",
        help=f"map van de kluis (standaard: {DATA_DIR_ENV} of de gebruikersmap van dit platform)",
    )


def add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=None,
        metavar="BESTAND",
        help=f"lees het wachtwoord uit dit bestand (anders {PASSPHRASE_ENV}, anders een vraag zonder echo)",
    )


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def read_secret_file(path: Path, what: str) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserFacingError(f"Het bestand met het {what} ({path}) bestaat niet.") from None
    except OSError as exc:
        raise UserFacingError(
            f"Het bestand met het {what} ({path}) kan niet worden gelezen: {exc.strerror}."
        ) from None
    if len(raw) > 4096:
        raise UserFacingError(
            f"Het bestand met het {what} ({path}) is te groot; het mag alleen het {what} bevatten."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserFacingError(f"Het bestand met het {what} ({path}) is geen UTF-8-tekst.") from None
    return text.removesuffix("\n").removesuffix("\r")


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Wachtwoord: ") -> str:
    """From --passphrase-file, else the environment, else a prompt without echo (twice when confirming)."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file, "wachtwoord")
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserFacingError(
            f"Geen wachtwoord opgegeven. Gebruik --passphrase-file BESTAND of de omgevingsvariabele {PASSPHRASE_ENV}."
        )
    first = getpass.getpass(prompt)
    if confirm:
        second = getpass.getpass("Herhaal het wachtwoord: ")
        if first != second:
            raise UserFacingError("De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.")
    return first


def unlock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Unlock the vault of --data-dir with the passphrase from the usual sources."""
    from veiligbestuur_desktop.services import lifecycle

    vault = lifecycle.open_vault(
        data_dir(args)
    )  # fails before asking for a passphrase when there is no vault
    ws = lifecycle.unlock_vault(vault, read_passphrase(args), getattr(args, "slot", None))
    for notice in ws.notices:
        err(notice)
    return ws
