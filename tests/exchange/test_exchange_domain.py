"""What Dutch sheets hold, read into values: dates in every form, times, Dutch decimal commas, yes/no, headers,
free-text categories and choices; the small-number suppression."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from veiligbestuur_desktop.domain import exchange as ex
from veiligbestuur_desktop.domain.incidents import DEFAULT_CATEGORIES, INCIDENT
from veiligbestuur_desktop.domain.people import PERSON


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("29-11-2026", (date(2026, 11, 29), None)),
        ("29/11/26", (date(2026, 11, 29), None)),
        ("2026-11-29", (date(2026, 11, 29), None)),
        ("29.11.2026", (date(2026, 11, 29), None)),
        ("3-2-1999", (date(1999, 2, 3), None)),
        ("29 nov 2026", (date(2026, 11, 29), None)),
        ("29 november 2026 14:30", (date(2026, 11, 29), time(14, 30))),
        ("1 mrt. 2025", (date(2025, 3, 1), None)),
        ("29-11-2026 14:30", (date(2026, 11, 29), time(14, 30))),
        ("29-11-2026 om 9.05 uur", (date(2026, 11, 29), time(9, 5))),
        ("2026-11-29T14:30:00", (date(2026, 11, 29), time(14, 30))),
        ("46355", (date(2026, 11, 29), None)),  # an Excel serial date as text
        (46355, (date(2026, 11, 29), None)),
        (46355.75, (date(2026, 11, 29), time(18, 0))),
        (datetime(2026, 11, 29, 8, 15), (date(2026, 11, 29), time(8, 15))),
        (datetime(2026, 11, 29), (date(2026, 11, 29), None)),
        (date(2026, 11, 29), (date(2026, 11, 29), None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_dates_as_dutch_sheets_hold_them(cell, expected):
    assert ex.parse_date_time(cell) == expected


@pytest.mark.parametrize(
    "cell", ["31-02-2025", "29-13-2026", "gisteren", "29 foo 2026", "2026-11-29 25:00", "0"]
)
def test_what_is_not_a_date(cell):
    with pytest.raises(ValueError):
        ex.parse_date_time(cell)


def test_times_numbers_and_flags():
    assert ex.parse_time("14:30") == ex.parse_time("14.30") == ex.parse_time("14:30:59") == time(14, 30)
    assert ex.parse_time("9 uur") == time(9, 0) and ex.parse_time(0.5) == time(12, 0)
    with pytest.raises(ValueError):
        ex.parse_time("25:00")
    assert ex.parse_number("1.234,56") == Decimal("1234.56")
    assert ex.parse_number("3,0") == Decimal("3.0") and ex.parse_number("€ 12") == Decimal(12)
    assert ex.parse_number("3.5") == Decimal("3.5") and ex.parse_number("") is None
    with pytest.raises(ValueError):
        ex.parse_number("drie")
    assert ex.parse_flag("Ja") and ex.parse_flag("x") and not ex.parse_flag("nee") and not ex.parse_flag("")
    with pytest.raises(ValueError):
        ex.parse_flag("misschien")


def test_headers_are_recognised_without_a_mapping():
    headers = [
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
        "Iets anders",
    ]
    found = ex.recognise(headers, INCIDENT)
    assert found == {
        "Datum": "occurred_on",
        "Tijd": "occurred_time",
        "Omschrijving": "description",
        "Soort incident": "categories",
        "Naam slachtoffer": "victim_name",
        "Functie": "victim_role",
        "Ernst": "severity_level",
        "Kanaal": "channel",
        "Locatie": "location",
        "Dader": "perpetrator_name",
        "Aangifte": "aangifte",
        "Opmerkingen": "remarks",
    }
    # variants: case, diacritics, punctuation; an export of this app by its own labels
    assert ex.recognise(["DATUM:", "Categorieën", "slachtoffer ", "Gemeld op"], INCIDENT) == {
        "DATUM:": "occurred_on",
        "Categorieën": "categories",
        "slachtoffer ": "victim_name",
        "Gemeld op": "reported_on",
    }
    assert ex.recognise(["Naam", "Soort", "E-mail", "Naaste van"], PERSON) == {
        "Naam": "name",
        "Soort": "kind",
        "E-mail": "email",
        "Naaste van": "related_to_id",
    }


def test_free_text_categories_and_choices():
    vocab = list(DEFAULT_CATEGORIES)
    assert ex.match_category("Belediging", vocab) == "verbaal"
    assert ex.match_category("verbale agressie / belediging", vocab) == "verbaal"
    assert ex.match_category("Doodsbedreiging via de mail", vocab) == "bedreiging"
    assert ex.match_category("mishandeling", vocab) == "fysiek_geweld"
    assert ex.match_category("fietsendiefstal", vocab) is None
    assert ex.match_categories("bedreiging; zwerfvuil, stalking", vocab) == (
        ["bedreiging", "stalking"],
        ["zwerfvuil"],
    )
    assert ex.match_categories("vernieling / zaakschade", vocab) == (["vernieling"], [])
    channel = INCIDENT.field("channel")
    assert (
        ex.match_choice(channel, "E-mail") == "email"
        and ex.match_choice(channel, "telefonisch") == "telefoon"
    )
    with pytest.raises(ValueError):
        ex.match_choice(channel, "postduif")
    level = INCIDENT.field("severity_level")
    assert (
        ex.match_choice(level, 3.0) == 3 and ex.match_choice(level, "4 — zeer ernstig (fysiek geweld)") == 4
    )


def test_pseudonyms_and_suppression():
    p = ex.Pseudonyms()
    assert [p(7), p(3), p(7)] == ["Persoon 1", "Persoon 2", "Persoon 1"]
    text = ex.pseudonymise_text("Jan de Vries belde; JAN DE VRIES en Jan.", {"Jan de Vries": "Persoon 1"})
    assert text == "Persoon 1 belde; Persoon 1 en Jan."
    assert [ex.suppress(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
