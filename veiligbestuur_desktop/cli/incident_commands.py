"""`list incidents`, `report incident`, `demo`."""

from __future__ import annotations

import argparse
import time
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
from veiligbestuur_desktop.domain.rules import format_date


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("list", help="toon gegevens als tekst, één regel per item")
    p.add_argument("what", choices=["incidents"], help="wat te tonen (incidents)")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument("--year", type=int, metavar="JAAR", help="alleen dit jaar")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("report", help="maak een rapport als PDF")
    p.add_argument("what", choices=["incident"], help="soort rapport (incident)")
    p.add_argument("number", metavar="NUMMER", help="incidentnummer, bijvoorbeeld 2026-014")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="het PDF-bestand dat wordt geschreven"
    )
    p.add_argument("--force", action="store_true", help="vervang een bestaand bestand")
    p.add_argument("--pseudonymise", action="store_true", help="initialen in plaats van namen")
    p.add_argument(
        "--pdf-password-file", type=Path, metavar="BESTAND", help="beveilig de PDF met dit wachtwoord"
    )
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("demo", help="maak een kluis met fictieve demogegevens (of vul een lege kluis)")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument("--incidents", required=True, type=int, metavar="N", help="aantal incidenten")
    p.add_argument(
        "--seed", type=int, default=1, metavar="S", help="startwaarde; dezelfde waarde geeft dezelfde inhoud"
    )
    p.set_defaults(func=cmd_demo)


def cmd_list(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.domain.incidents import IncidentStatus
    from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService

    if args.year is not None and not 1990 <= args.year <= 2100:
        raise UserFacingError("Kies een jaar tussen 1990 en 2100.")
    ws = unlock(args)
    try:
        svc = IncidentService(ws)
        query = IncidentQuery(year=args.year, sort="number", descending=False)
        total = svc.count(query)
        offset = 0
        while offset < total:
            for row in svc.page(query, offset, 2000):
                out(
                    "\t".join(
                        [
                            row.number,
                            format_date(row.occurred_on),
                            IncidentStatus(row.status).label,
                            ", ".join(row.categories),
                        ]
                    )
                )
            offset += 2000
    finally:
        ws.lock()
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.fsutil import check_output_target, write_output
    from veiligbestuur_desktop.services.incident_report import IncidentReportService
    from veiligbestuur_desktop.services.incidents import IncidentService

    target: Path = args.out
    # refused before anything is unlocked: an existing file (without --force), a place inside the vault
    check_output_target(target, force=args.force, forbidden=[data_dir(args)])
    password = read_secret_file(args.pdf_password_file, "PDF-wachtwoord") if args.pdf_password_file else None
    if args.pdf_password_file and not password:
        raise UserFacingError("Het bestand met het PDF-wachtwoord is leeg.")
    ws = unlock(args)
    try:
        incident_id = IncidentService(ws).id_for_number(args.number)
        pdf = IncidentReportService(ws).render(incident_id, pseudonymise=args.pseudonymise, password=password)
    finally:
        ws.lock()
    write_output(target, pdf, force=args.force, forbidden=[data_dir(args)])
    out(f"Rapport geschreven: {target} ({len(pdf):,} bytes)".replace(",", "."))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services import demo, lifecycle

    if not 0 <= args.incidents <= 1_000_000:
        raise UserFacingError("Kies een aantal incidenten tussen 0 en 1.000.000.")
    directory = data_dir(args)
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        err(f"  {done:,} van {total:,} incidenten".replace(",", "."))

    if lifecycle.vault_exists(directory):
        ws = unlock(args)
        try:
            summary = demo.fill(ws, args.incidents, args.seed, progress)
        finally:
            ws.lock()
    else:
        passphrase = read_passphrase(args, confirm=True, prompt="Nieuw wachtwoord: ")
        ws, summary = demo.create_demo_vault(directory, passphrase, args.incidents, args.seed, progress)
        ws.lock()

    seconds = f"{time.perf_counter() - start:.1f}".replace(".", ",")  # Dutch: 4,1 s

    def n(count: int) -> str:
        return f"{count:,}".replace(",", ".")  # Dutch thousands: 100.000

    out(
        f"Demokluis ‘{summary.municipality}’: {n(summary.persons)} personen, {n(summary.incidents)} incidenten, "
        f"{n(summary.follow_ups)} opvolgingen in {seconds} s."
    )
    return 0
