"""`init`, `verify`, `backup`, `restore`, `recovery`, `slots`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from veiligbestuur_desktop.cli.common import (
    add_data_dir,
    add_passphrase_file,
    data_dir,
    err,
    out,
    read_passphrase,
    read_secret_file,
    unlock,
)
from veiligbestuur_desktop.domain.errors import UserFacingError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="maak een nieuwe kluis")
    add_data_dir(p)
    p.add_argument("--municipality", required=True, metavar="NAAM", help="naam van de gemeente")
    p.add_argument(
        "--coordinator", default="Coördinator veiligheid", metavar="NAAM", help="naam van de coördinator"
    )
    add_passphrase_file(p)
    p.add_argument(
        "--recovery-sheet",
        type=Path,
        metavar="BESTAND",
        help="schrijf het blad ‘Herstelsleutel’ (PDF) hierheen",
    )
    p.add_argument("--force", action="store_true", help="vervang een bestaand bestand voor het blad")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help="controleer de database, de versleuteling en de audittrail")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument(
        "--anchor",
        action="append",
        type=Path,
        default=[],
        metavar="BESTAND",
        help="controleer ook dit anker: ankerblad of rapport (PDF), back-up (.vbbackup) of tekstbestand "
        "met aantal en hash; mag vaker worden opgegeven",
    )
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("backup", help="maak een versleutelde back-up")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="het back-upbestand (.vbbackup)"
    )
    p.add_argument("--force", action="store_true", help="vervang een bestaand back-upbestand")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", help="zet een back-up terug (gecontroleerd, met bewaren van de huidige kluis)"
    )
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument(
        "--from", dest="source", required=True, type=Path, metavar="BESTAND", help="het back-upbestand"
    )
    p.add_argument("--force", action="store_true", help="vervang een bestaande kluis zonder te vragen")
    p.add_argument(
        "--other-vault",
        action="store_true",
        help="vervang de kluis ook als de back-up van een andere kluis is (een andere database-id)",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("recovery", help="open de kluis met de herstelsleutel en kies een nieuw wachtwoord")
    add_data_dir(p)
    p.add_argument(
        "--recovery-key-file", type=Path, metavar="BESTAND", help="lees de herstelsleutel uit dit bestand"
    )
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het nieuwe wachtwoord uit dit bestand",
    )
    p.set_defaults(func=cmd_recovery)

    p = sub.add_parser("slots", help="beheer de sleutels (wachtwoorden) van de kluis")
    slot_sub = p.add_subparsers(dest="slot_command", metavar="list|add|remove", required=True)
    q = slot_sub.add_parser("list", help="toon de sleutels")
    add_data_dir(q)
    add_passphrase_file(q)
    q.set_defaults(func=cmd_slots_list)
    q = slot_sub.add_parser("add", help="voeg een wachtwoord toe, bijvoorbeeld voor een plaatsvervanger")
    add_data_dir(q)
    add_passphrase_file(q)
    q.add_argument(
        "--name", required=True, metavar="NAAM", help="naam van de sleutel, bijvoorbeeld Plaatsvervanger"
    )
    q.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het nieuwe wachtwoord uit dit bestand",
    )
    q.set_defaults(func=cmd_slots_add)
    q = slot_sub.add_parser(
        "rotate",
        help="vervang de gegevenssleutel; alleen uw eigen wachtwoord, de herstelsleutel en de werkplek blijven",
    )
    add_data_dir(q)
    add_passphrase_file(q)
    q.set_defaults(func=cmd_slots_rotate)
    q = slot_sub.add_parser("remove", help="verwijder een sleutel")
    add_data_dir(q)
    add_passphrase_file(q)
    q.add_argument("--name", required=True, metavar="NAAM", help="naam van de sleutel")
    q.set_defaults(func=cmd_slots_remove)


def _new_passphrase(args: argparse.Namespace) -> tuple[str, str]:
    if getattr(args, "new_passphrase_file", None):
        value = read_secret_file(args.new_passphrase_file, "nieuwe wachtwoord")
        return value, value
    if not sys.stdin.isatty():
        raise UserFacingError("Geef het nieuwe wachtwoord met --new-passphrase-file BESTAND.")
    return getpass.getpass("Nieuw wachtwoord: "), getpass.getpass("Herhaal het nieuwe wachtwoord: ")


def cmd_init(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.domain.errors import VaultExists
    from veiligbestuur_desktop.domain.rules import municipality_title
    from veiligbestuur_desktop.fsutil import check_output_target, write_output
    from veiligbestuur_desktop.services import lifecycle, vault_admin

    directory = data_dir(args)
    if lifecycle.vault_exists(directory):  # refuse before asking for a passphrase
        raise VaultExists(f"In {directory} staat al een kluis. Er is niets gewijzigd.")
    if args.recovery_sheet:
        check_output_target(args.recovery_sheet, force=args.force, forbidden=[directory])
    passphrase = read_passphrase(args, confirm=True, prompt="Nieuw wachtwoord: ")
    ws = lifecycle.create_vault(directory, args.municipality, args.coordinator, passphrase)
    try:
        key = ws.pending_recovery_key or ""
        ws.pending_recovery_key = None
        if args.recovery_sheet:
            write_output(
                args.recovery_sheet,
                vault_admin.recovery_sheet_pdf(ws, key),
                force=args.force,
                forbidden=[directory],
            )
        # the vault comes into being only after its recovery key has reached the user (stdout, and the sheet)
        out(f"Herstelsleutel (eenmalig getoond, bewaar op papier in een brandkast): {key}")
        sys.stdout.flush()
        lifecycle.confirm_created(ws)
        out(f"Kluis aangemaakt in {directory} voor {municipality_title(ws.info().municipality)}.")
        if args.recovery_sheet:
            out(f"Blad ‘Herstelsleutel’ geschreven: {args.recovery_sheet}")
    finally:
        ws.lock()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services.anchor import read_anchor
    from veiligbestuur_desktop.services.verify import verify

    anchors = [read_anchor(p) for p in args.anchor]  # an unreadable anchor stops before the unlock (exit 2)
    ws = unlock(args)
    try:
        report = verify(ws, anchors=anchors)
    finally:
        ws.lock()
    for line in report.lines():
        out(line)
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services.backup import check_backup_target, make_backup

    target: Path = args.out
    directory = data_dir(args)
    check_backup_target(directory, target, force=args.force)  # refused before asking for a passphrase
    ws = unlock(args)
    try:
        manifest = make_backup(ws, target, force=args.force)
    finally:
        ws.lock()
    out(f"Back-up geschreven: {target} (schema {manifest.schema}, database {manifest.database_id}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.backup import check_same_vault, other_vault_id, read_manifest, restore

    directory = data_dir(args)
    manifest = read_manifest(args.source)  # a damaged file is refused before anything else
    replace = bool(args.force)
    other_vault = bool(args.other_vault)
    if lifecycle.vault_exists(directory) and not replace:
        if not sys.stdin.isatty():
            raise UserFacingError(
                f"In {directory} staat al een kluis. Gebruik --force om die te vervangen (de huidige kluis wordt "
                "eerst apart bewaard); er is niets gewijzigd."
            )
        answer = input(
            f"In {directory} staat al een kluis. Vervangen door de back-up van {manifest.created}? [j/N] "
        )
        if answer.strip().lower() not in ("j", "ja"):
            err("Afgebroken; er is niets gewijzigd.")
            return 2
        replace = True
    current = other_vault_id(directory, manifest)
    if current is not None and not other_vault and not args.force and sys.stdin.isatty():
        answer = input(
            f"Let op: de back-up is van een andere kluis (database {manifest.database_id}) dan de kluis in "
            f"{directory} (database {current}). Toch vervangen? [j/N] "
        )
        if answer.strip().lower() not in ("j", "ja"):
            err("Afgebroken; er is niets gewijzigd.")
            return 2
        other_vault = True
    check_same_vault(directory, manifest, other_vault=other_vault)  # refused before asking for a passphrase
    passphrase = read_passphrase(args, prompt="Wachtwoord van de back-up: ")
    result = restore(directory, args.source, passphrase, replace=replace, other_vault=other_vault)
    out(f"Back-up van {result.manifest.created} teruggezet in {directory}.")
    if result.kept_copy:
        out(f"De vorige kluis is bewaard in {result.kept_copy}.")
    if result.migrated:
        out("De database is bijgewerkt naar de huidige versie.")
    return 0


def cmd_recovery(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services import lifecycle, vault_admin

    directory = data_dir(args)
    lifecycle.open_vault(directory)
    if args.recovery_key_file:
        key = read_secret_file(args.recovery_key_file, "herstelsleutel")
    elif sys.stdin.isatty():
        key = getpass.getpass("Herstelsleutel: ")
    else:
        raise UserFacingError("Geef de herstelsleutel met --recovery-key-file BESTAND.")
    vault_admin.check_recovery_key(key)  # typos are reported before the (slow) key derivation
    new, repeat = _new_passphrase(args)
    from veiligbestuur_desktop.domain.rules import check_new_passphrase

    check_new_passphrase(new, repeat)
    ws = lifecycle.unlock_with_recovery_key(directory, key)
    try:
        vault_admin.change_passphrase(ws, new, repeat)
    finally:
        ws.lock()
    out("Nieuw wachtwoord ingesteld. Maak in de applicatie een nieuwe herstelsleutel als de oude is gezien.")
    return 0


def cmd_slots_list(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services import vault_admin

    ws = unlock(args)
    try:
        for s in vault_admin.slots(ws):
            out("\t".join([s.name, s.kind_label, s.created[:10], "in gebruik" if s.current else ""]).rstrip())
    finally:
        ws.lock()
    return 0


def _slot_by_name(ws, name: str):  # type: ignore[no-untyped-def]
    from veiligbestuur_desktop.services import vault_admin

    matches = [s for s in vault_admin.slots(ws) if s.name.casefold() == name.strip().casefold()]
    if not matches:
        raise UserFacingError(f"Er is geen sleutel met de naam ‘{name}’. Zie `veiligbestuur slots list`.")
    return matches[0]


def cmd_slots_add(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services import vault_admin

    new, repeat = _new_passphrase(args)
    ws = unlock(args)
    try:
        slot = vault_admin.add_passphrase(ws, args.name, new, repeat)
    finally:
        ws.lock()
    out(f"Sleutel ‘{slot.name}’ toegevoegd.")
    return 0


def cmd_slots_rotate(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services import lifecycle, vault_admin

    vault = lifecycle.open_vault(data_dir(args))
    passphrase = read_passphrase(args)
    ws = lifecycle.unlock_vault(vault, passphrase)

    def show(new_key: str | None) -> None:
        # printed and flushed BEFORE the new database is swapped in; a closed stdout undoes the rotation
        if new_key:
            out(f"Nieuwe herstelsleutel (eenmalig getoond, de oude werkt niet meer): {new_key}")
        sys.stdout.flush()

    try:
        dropped = [s.name for s in vault_admin.slots(ws) if s.kind == "passphrase" and not s.current]
        try:
            vault_admin.rotate_data_key(ws, {ws.vault.slot.id: passphrase}, show)
        except (BrokenPipeError, OSError) as exc:
            if isinstance(exc, BrokenPipeError) or exc.errno in (32, 5):
                raise UserFacingError(
                    "De nieuwe herstelsleutel kon niet worden getoond; de gegevenssleutel is niet vervangen en de "
                    "oude herstelsleutel blijft geldig."
                ) from exc
            raise
    finally:
        ws.lock()
    out("De gegevenssleutel is vervangen; de database is opnieuw versleuteld.")
    if dropped:
        out(
            "Deze wachtwoorden werken niet meer en moeten zo nodig opnieuw worden toegevoegd: "
            + ", ".join(dropped)
        )
    return 0


def cmd_slots_remove(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services import vault_admin

    ws = unlock(args)
    try:
        slot = _slot_by_name(ws, args.name)
        vault_admin.remove_slot(ws, slot.id)
    finally:
        ws.lock()
    out(f"Sleutel ‘{slot.name}’ verwijderd.")
    return 0
