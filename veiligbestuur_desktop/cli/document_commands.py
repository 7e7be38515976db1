"""`document list` and `document NAME`: the printable documents of steps 1-7 (services/documents.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from veiligbestuur_desktop.cli.common import add_data_dir, add_passphrase_file, data_dir, out, unlock


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "document",
        help="maak een document als PDF (protocol, normkaart, ...); ‘document list’ toont welke er zijn",
        description="Maak een document als PDF. ‘veiligbestuur document list’ toont de namen; "
        "‘veiligbestuur document NAAM --out BESTAND’ maakt er een.",
    )
    p.add_argument("name", metavar="NAAM", help="de naam van het document, of ‘list’ voor de lijst")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument("--out", type=Path, metavar="BESTAND", help="het PDF-bestand dat wordt geschreven")
    p.add_argument("--id", type=int, metavar="NUMMER", help="het gegeven waarover het document gaat")
    p.add_argument("--force", action="store_true", help="vervang een bestaand bestand")
    p.set_defaults(func=cmd_document)


def cmd_document(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.domain.errors import UserFacingError
    from veiligbestuur_desktop.fsutil import check_output_target, write_output
    from veiligbestuur_desktop.services import extensions
    from veiligbestuur_desktop.services.documents import DocumentService

    if args.name == "list":
        for spec in extensions.documents():
            needs = ""
            if spec.record_kind:
                needs = (
                    " (over één gegeven: --id NUMMER, zonder --id het actuele)"
                    if spec.current is not None
                    else " (over één gegeven: --id NUMMER is nodig)"
                )
            out(f"{spec.name}\tstap {spec.step}\t{spec.title}{needs}")
        return 0
    extensions.document(args.name)  # an unknown name is refused before anything is unlocked
    if args.out is None:
        raise UserFacingError("Geef met --out aan waar het PDF-bestand moet komen.")
    target: Path = args.out
    check_output_target(target, force=args.force, forbidden=[data_dir(args)])
    ws = unlock(args)
    try:
        pdf = DocumentService(ws).render(args.name, args.id, purpose="export")
    finally:
        ws.lock()
    write_output(target, pdf, force=args.force, forbidden=[data_dir(args)])
    out(f"Document geschreven: {target} ({len(pdf):,} bytes)".replace(",", "."))
    return 0
