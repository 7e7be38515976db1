"""`init` and `verify`."""

from __future__ import annotations

import argparse

from veiligbestuur_desktop.cli.common import (
    add_data_dir,
    add_passphrase_file,
    data_dir,
    out,
    read_passphrase,
    unlock,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="maak een nieuwe kluis")
    add_data_dir(p)
    p.add_argument("--municipality", required=True, metavar="NAAM", help="naam van de gemeente")
    p.add_argument(
        "--coordinator", default="Coördinator veiligheid", metavar="NAAM", help="naam van de coördinator"
    )
    add_passphrase_file(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help="controleer de database, de versleuteling en de audittrail")
    add_data_dir(p)
    add_passphrase_file(p)
    p.set_defaults(func=cmd_verify)


def cmd_init(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.domain.errors import VaultExists
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.vault.vault import VaultPaths

    directory = data_dir(args)
    if VaultPaths(directory).vault_exists():  # refuse before asking for a passphrase
        raise VaultExists(f"In {directory} staat al een kluis. Er is niets gewijzigd.")
    passphrase = read_passphrase(args, confirm=True, prompt="Nieuw wachtwoord: ")
    ws = lifecycle.create_vault(directory, args.municipality, args.coordinator, passphrase)
    try:
        out(f"Kluis aangemaakt in {directory} voor de gemeente {ws.info().municipality}.")
    finally:
        ws.lock()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services.verify import verify

    ws = unlock(args)
    try:
        report = verify(ws)
    finally:
        ws.lock()
    for line in report.lines():
        out(line)
    return 0 if report.ok else 1
