"""Import of 10,000 rows (issue 14): an XLSX sheet with Dutch headers, mixed date forms and 200 victims is
read, checked row by row and written in one transaction into a fresh vault; target ≤ 10 s for the whole
(read + check + write). Also the export of the result to XLSX. Measured, never a pass/fail test."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.benchmarks.run import PASSPHRASE, record

ROWS = 10_000
FORMS = ("{d:02d}-{m:02d}-2025", "{d}/{m}/25", "2025-{m:02d}-{d:02d} 14:30", "{d} nov 2025")
CATEGORIES = ("belediging", "bedreiging", "intimidatie", "scheldpartij", "vernieling", "stalking")
CHANNELS = ("telefoon", "e-mail", "brief", "sociale media", "persoonlijk")
ROLES = ("wethouder", "raadslid", "burgemeester")


def make_sheet(path: Path, rows: int = ROWS) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Incidenten")
    ws.append(
        [
            "Datum",
            "Omschrijving",
            "Soort incident",
            "Naam slachtoffer",
            "Functie",
            "Ernst",
            "Kanaal",
            "Locatie",
            "Dader",
            "Aangifte",
            "Opmerkingen",
        ]
    )
    for n in range(rows):
        d, m = 1 + n % 28, 1 + n % 11
        date_cell = FORMS[n % 4].format(d=d, m=m) if n % 5 else 45600 + n % 300  # every fifth an Excel serial
        ws.append(
            [
                date_cell,
                f"Incident {n}: melding over een voorval bij het gemeentehuis, met de woorden van de melder.",
                CATEGORIES[n % len(CATEGORIES)],
                f"Ambtsdrager {n % 200}",
                ROLES[n % 3],
                str(1 + n % 4),
                CHANNELS[n % len(CHANNELS)],
                "gemeentehuis",
                "onbekend" if n % 3 else f"Betrokkene {n % 500}",
                "ja" if n % 7 == 0 else "nee",
                "",
            ]
        )
    wb.save(path)
    return path


def run() -> None:
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.exporter import ExportService
    from veiligbestuur_desktop.services.importer import ImportService, read_sheet

    with tempfile.TemporaryDirectory(prefix="vb-bench-import-") as tmp:
        root = Path(tmp)
        sheet_path = make_sheet(root / "oud.xlsx")
        ws = lifecycle.create_vault(root / "kluis", "Benchdorp", "Bench Coördinator", PASSPHRASE)
        lifecycle.confirm_created(ws)
        try:
            svc = ImportService(ws)
            t0 = time.perf_counter()
            sheet = read_sheet(sheet_path)
            t1 = time.perf_counter()
            check = svc.check(sheet, "incident", categories={"scheldpartij": "verbaal"})
            t2 = time.perf_counter()
            assert check.ok, check.report()[:5]
            result = svc.run(check)
            t3 = time.perf_counter()
            assert result.incidents == ROWS
            record("import: 10.000 rijen xlsx lezen", t1 - t0, "s", None)
            record("import: 10.000 rijen controleren", t2 - t1, "s", None)
            record("import: 10.000 rijen schrijven (één transactie)", t3 - t2, "s", None)
            record("import: 10.000 rijen in totaal", t3 - t0, "s", 10.0)
            t4 = time.perf_counter()
            ExportService(ws).render("incidents", ".xlsx")
            record("export: 10.000 incidenten naar xlsx", time.perf_counter() - t4, "s", None)
        finally:
            ws.lock()


if __name__ == "__main__":
    run()
