"""`import`, `export`, `inzage`, `statistiek` and `opschonen` (issue 14): the same services as the GUI.

`import incidents FILE` exits 0 when every row is valid (and imports them), 2 with the row report and nothing
written when rows are invalid; `--skip-invalid` imports the valid rows and lists the skipped ones; `--dry-run`
checks and writes nothing.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from veiligbestuur_desktop.cli.common import add_data_dir, add_passphrase_file, data_dir, err, out, unlock
from veiligbestuur_desktop.domain.errors import UserFacingError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help="importeer incidenten of personen uit een CSV- of Excel-bestand",
        description="Importeer incidenten of personen uit CSV of XLSX. Elke rij wordt eerst gecontroleerd; "
        "bij fouten wordt niets opgeslagen (exitcode 2) en ziet u per rij wat er mis is.",
    )
    p.add_argument("what", choices=["incidents", "persons"], help="wat te importeren")
    p.add_argument("file", type=Path, metavar="BESTAND", help="het CSV- of XLSX-bestand")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="BESTAND",
        help='koppeling als JSON: {"columns": {"kop": "veld"}, "categories": {"tekst": "code"}}',
    )
    p.add_argument("--mapping-name", metavar="NAAM", help="gebruik een in de kluis opgeslagen koppeling")
    p.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")
    p.add_argument("--skip-invalid", action="store_true", help="importeer de goede rijen, sla de foute over")
    p.add_argument(
        "--confirm-duplicates", action="store_true", help="importeer ook rijen die als dubbel zijn gemarkeerd"
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export",
        help="exporteer incidenten, personen (.xlsx/.csv) of termijnen (.ics)",
        description="Exporteer een register. Het formaat volgt uit de extensie van --out: .xlsx of .csv, en "
        ".ics voor de termijnen.",
    )
    p.add_argument("what", choices=["incidents", "persons", "deadlines"], help="wat te exporteren")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="het bestand dat wordt geschreven"
    )
    p.add_argument("--pseudonymise", action="store_true", help="namen vervangen door Persoon 1, Persoon 2, …")
    p.add_argument("--force", action="store_true", help="vervang een bestaand bestand")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "inzage",
        help="inzageoverzicht van één persoon (PDF, JSON en CSV)",
        description="Schrijf alles wat de kluis over één persoon bevat (AVG art. 15) als PDF, JSON en CSV, "
        "met de namen van anderen gepseudonimiseerd.",
    )
    p.add_argument("--id", required=True, type=int, metavar="NUMMER", help="het nummer (id) van de persoon")
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument("--out-dir", required=True, type=Path, metavar="MAP", help="de map voor de drie bestanden")
    p.add_argument("--force", action="store_true", help="vervang bestaande bestanden")
    p.set_defaults(func=cmd_inzage)

    p = sub.add_parser(
        "statistiek",
        help="gepseudonimiseerde aantallen voor de regio (CSV)",
        description="Aantallen per jaar, categorie, kanaal en ernst, zonder namen; kleine aantallen als <5.",
    )
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument("--out", required=True, type=Path, metavar="BESTAND", help="het CSV-bestand")
    p.add_argument("--force", action="store_true", help="vervang een bestaand bestand")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "opschonen",
        help="toon wat na de bewaartermijn aan de beurt is, of schoon het op",
        description="Zonder --ja: de lijst met gegevens waarvan de bewaartermijn voorbij is. Met --ja: die "
        "gegevens worden definitief opgeschoond (incidenten geanonimiseerd, personen verwijderd).",
    )
    add_data_dir(p)
    add_passphrase_file(p)
    p.add_argument("--ja", action="store_true", help="schoon alles op wat aan de beurt is (definitief)")
    p.set_defaults(func=cmd_purge)


def _print_report(lines: list[str], limit: int = 200) -> None:
    for line in lines[:limit]:
        out(line)
    if len(lines) > limit:
        out(f"… en nog {len(lines) - limit} regel(s).")


def cmd_import(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services.importer import ImportService, read_sheet

    kind = "incident" if args.what == "incidents" else "person"
    columns: dict[str, str] = {}
    categories: dict[str, str] = {}
    if args.mapping is not None:
        columns, categories = ImportService.load_mapping_file(args.mapping)
    sheet = read_sheet(args.file)  # a file that cannot be read is refused before anything is unlocked
    ws = unlock(args)
    try:
        service = ImportService(ws)
        if args.mapping_name:
            saved = service.mapping(kind, args.mapping_name)
            if saved is None:
                raise UserFacingError(f"Er is geen opgeslagen koppeling met de naam ‘{args.mapping_name}’.")
            columns = {**saved.columns, **columns}
            categories = {**saved.categories, **categories}
        check = service.check(sheet, kind, columns, categories)
        _print_report(check.report())
        valid = len(check.plans)
        out(
            f"{check.total} rij(en) gelezen: {valid} goed, {len(check.invalid_rows)} met fouten, "
            f"{len(check.duplicates)} dubbel, {check.empty_rows} leeg."
        )
        if check.category_guesses:
            labels = dict(service.categories())
            out(
                "Categorieën herkend aan een woord (controleer; anders koppelen in --mapping): "
                + ", ".join(f"‘{t}’ → {labels.get(c, c)}" for t, c in sorted(check.category_guesses.items()))
            )
        if check.unknown_categories:
            out(
                "Onbekende categorieën (koppel ze in --mapping onder ‘categories’): "
                + ", ".join(check.unknown_categories)
            )
        if args.dry_run:
            out("Proefdraai: er is niets opgeslagen.")
            return 0 if check.ok else 2
        if not check.ok and not args.skip_invalid:
            err("Er is niets geïmporteerd: verbeter de rijen hierboven, of gebruik --skip-invalid.")
            return 2
        result = service.run(
            check, confirm_duplicates=args.confirm_duplicates, skip_invalid=args.skip_invalid
        )
    finally:
        ws.lock()
    what = (
        f"{result.incidents} incident(en) en {result.people} nieuwe perso(o)n(en)"
        if kind == "incident"
        else (f"{result.people} perso(o)n(en)")
    )
    out(f"Geïmporteerd: {what}.")
    if result.skipped_invalid:
        out("Overgeslagen wegens fouten: rij " + ", ".join(str(r) for r in result.skipped_invalid) + ".")
    if result.skipped_duplicates:
        out(
            "Overgeslagen als dubbel: rij "
            + ", ".join(str(r) for r in result.skipped_duplicates)
            + " (gebruik --confirm-duplicates om ze toch te importeren)."
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.fsutil import check_output_target
    from veiligbestuur_desktop.services.calendar_export import CalendarService
    from veiligbestuur_desktop.services.exporter import ExportService, format_of

    target: Path = args.out
    if args.what == "deadlines":
        format_of(target, (".ics",))
    else:
        format_of(target)
    check_output_target(target, force=args.force, forbidden=[data_dir(args)])
    ws = unlock(args)
    try:
        if args.what == "deadlines":
            n = CalendarService(ws).export(target, details=False, force=args.force)
        else:
            n = ExportService(ws).export(args.what, target, pseudonymise=args.pseudonymise, force=args.force)
    finally:
        ws.lock()
    out(f"Geschreven: {target} ({n} regel(s){', gepseudonimiseerd' if args.pseudonymise else ''}).")
    return 0


def cmd_inzage(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.services.inzage import InzageService

    folder: Path = args.out_dir
    if not folder.is_dir():
        raise UserFacingError(f"De map {folder} bestaat niet. Kies een bestaande map; er is niets gewijzigd.")
    ws = unlock(args)
    try:
        service = InzageService(ws)
        service.require(args.id)
        paths = service.export(args.id, folder, force=args.force)
    finally:
        ws.lock()
    for p in paths:
        out(f"Geschreven: {p}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.fsutil import check_output_target
    from veiligbestuur_desktop.services.exporter import format_of
    from veiligbestuur_desktop.services.regional_stats import RegionalStatsService

    format_of(args.out, (".csv",))
    check_output_target(args.out, force=args.force, forbidden=[data_dir(args)])
    ws = unlock(args)
    try:
        n = RegionalStatsService(ws).export(args.out, force=args.force)
    finally:
        ws.lock()
    out(f"Geschreven: {args.out} ({n} regel(s), kleine aantallen als <5).")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from veiligbestuur_desktop.domain.rules import format_date
    from veiligbestuur_desktop.services.retention import RetentionService

    ws = unlock(args)
    try:
        service = RetentionService(ws)
        due = service.due(date.today())
        for r in due:
            what = f"incident {r.label}" if r.kind == "incident" else f"persoon {r.id} ({r.rule})"
            out(f"{what}\tbewaartermijn voorbij sinds {format_date(r.since)}")
        if not due:
            out("Er zijn geen gegevens waarvan de bewaartermijn voorbij is.")
            return 0
        if not args.ja:
            out(f"{len(due)} gegeven(s) aan de beurt. Gebruik --ja om ze definitief op te schonen.")
            return 0
        result = service.purge(
            [r.id for r in due if r.kind == "incident"],
            [r.id for r in due if r.kind == "person"],
            date.today(),
        )
    finally:
        ws.lock()
    out(
        f"Opgeschoond: {result.incidents} incident(en) geanonimiseerd, {result.people} perso(o)n(en) verwijderd."
    )
    if result.backup_problem:
        err(result.backup_problem)
    elif result.new_backup is not None:
        out(f"Nieuwe back-up: {result.new_backup}")
    if result.old_backups:
        out(
            "Deze oudere automatische back-ups bevatten de opgeschoonde gegevens nog; verwijder ze als dat mag:"
        )
        for p in result.old_backups:
            out(f"  {p}")
    out(
        "Back-ups die u zelf elders bewaart, bevatten de gegevens ook nog: vervang die door een nieuwe back-up."
    )
    return 0
