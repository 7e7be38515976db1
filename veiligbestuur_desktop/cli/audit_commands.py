"""`audit anchor`: record the head of the audit trail outside the database (an anchor sheet for the griffier)."""

from __future__ import annotations

import argparse
from pathlib import Path

from veiligbestuur_desktop.cli.common import (
    DutchArgumentParser,
    add_data_dir,
    add_passphrase_file,
    out,
    unlock,
)
from veiligbestuur_desktop.domain.i18n import tr


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help=tr("cli", "de audittrail: een anker buiten de database vastleggen"))
    audit_sub = p.add_subparsers(
        dest="audit_command",
        title=tr("cli", "opdrachten"),
        metavar="OPDRACHT",
        parser_class=DutchArgumentParser,
        required=True,
    )
    a = audit_sub.add_parser(
        "anchor",
        help=tr("cli", "schrijf een ankerblad (PDF) met het aantal regels en de hash van de audittrail"),
    )
    add_data_dir(a)
    add_passphrase_file(a)
    a.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="BESTAND",
        help=tr("cli", "het ankerblad (PDF), buiten de kluis"),
    )
    a.add_argument("--force", action="store_true", help=tr("cli", "vervang een bestaand bestand"))
    a.set_defaults(func=cmd_audit_anchor)


def cmd_audit_anchor(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.cli.common import data_dir
    from veiligbestuur_desktop.fsutil import check_output_target
    from veiligbestuur_desktop.reports.anchor import hash_groups
    from veiligbestuur_desktop.services.anchor import make_anchor

    # refuse a bad target before asking for the passphrase
    check_output_target(args.out, force=args.force, forbidden=[data_dir(args)])
    ws = unlock(args)
    try:
        head = make_anchor(ws, args.out, force=args.force)
    finally:
        ws.lock()
    out(tr("cli", "Ankerblad geschreven: {p}").format(p=args.out))
    out(tr("cli", "Audittrail: {n} regels; hash van regel {n}:").format(n=head.count))
    for line in hash_groups(head.hash):
        out("  " + line)
    out(
        tr(
            "cli",
            "Laat de griffier dit blad bewaren. Controleren: veiligbestuur verify --anchor {p}",
        ).format(p=args.out)
    )
    return 0
