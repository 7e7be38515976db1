"""Shared pieces of the exchange tests: a realistic messy sheet, counting what a vault holds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from veiligbestuur_desktop.store import audit

HEADERS = [
    "Nr.",
    "Datum",
    "Tijd",
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
LONG = "x" * 10_000

# (row as the sheet shows it, cells); row 1 is the header
MESSY: list[list[Any]] = [
    [
        1,
        "29-11-2025",
        "14:30",
        "Scheldpartij bij de balie",
        "belediging",
        "Hélène de Vries",
        "wethouder",
        "2",
        "telefoon",
        "gemeentehuis",
        "onbekend",
        "nee",
        "",
    ],
    [
        2,
        "3/2/24",
        None,
        "Dreigbrief in de bus",
        "bedreiging; zwerfvuil",
        "Sjoerd Wiersma",
        "raadslid",
        "3,0",
        "brief",
        "",
        "Gerrit Brouwer",
        "ja",
        "politie ingelicht",
    ],
    [3, 45990, None, "Serieel gedateerd", "intimidatie", "Hélène de Vries", "", 3, "e-mail", "", "", "", ""],
    [
        4,
        datetime(2025, 5, 6, 9, 15),
        None,
        "Datetime-cel",
        "doxing",
        "Hélène de Vries",
        "",
        "ernstig",
        "sociale media",
        "",
        "",
        "",
        "",
    ],
    [
        5,
        "29 nov 2025",
        None,
        "Scheldpartij bij de balie",
        "belediging",
        "Hélène de Vries",
        "",
        "2",
        "telefoon",
        "gemeentehuis",
        "",
        "",
        "",
    ],  # not a duplicate: a different date? no: the same date -> dup
    [None, None, None, None, None, None, None, None, None, None, None, None, None],  # empty row
    [
        7,
        "2025-11-30",
        None,
        "Te lange locatie",
        "verbaal",
        "Hélène de Vries",
        "",
        "1",
        "telefoon",
        LONG,
        "",
        "",
        "",
    ],
    [
        8,
        "31-02-2025",
        None,
        "Ongeldige datum",
        "verbaal",
        "Hélène de Vries",
        "",
        "1",
        "telefoon",
        "",
        "",
        "",
        "",
    ],
    [
        9,
        "12-10-2025",
        None,
        "Onbekend slachtoffer zonder functie",
        "verbaal",
        "Pietje Puk",
        "",
        "1",
        "telefoon",
        "",
        "",
        "",
        "",
    ],
    [
        10,
        "13-10-2025 20:05",
        None,
        "Fietsband lek gestoken",
        "fietsendiefstal",
        "Hélène de Vries",
        "",
        "2",
        "persoonlijk",
        "",
        "",
        "",
        "",
    ],
]


def messy_xlsx(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in MESSY:
        ws.append(row)
    wb.save(path)
    return path


def messy_csv_cp1252(path: Path) -> Path:
    lines = [
        "Datum;Omschrijving;Categorie;Slachtoffer;Functie;Ernst;Kanaal;Dader",
        "29-11-2025;Schreeuwde ‘ik weet waar je woont’ naar Renée;bedreiging;Renée Ëlzinga;burgemeester;3;persoonlijk;",
        "28/11/25;Beledigd tijdens de raadsvergadering;belediging;Renée Ëlzinga;;2;persoonlijk;onbekende man",
        "",
        "2025-11-27;Leuzen op de muur;graffiti;Renée Ëlzinga;;2;persoonlijk;",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def counts(ws: Any) -> tuple[int, int, int]:
    """(incidents, people, audit entries) in the vault."""
    from sqlalchemy import func, select

    from veiligbestuur_desktop.store.models import Incident, Person

    with ws.reading() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Incident)) or 0),
            int(s.scalar(select(func.count()).select_from(Person)) or 0),
            audit.chain_head(s).count,
        )
