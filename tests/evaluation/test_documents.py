"""Step 7's documents rendered from plain data (no vault) and read back with pypdf: the jaarverslag (full,
VERTROUWELIJK, vector charts), the raadsinformatiebrief (no count below 5, no name) and an incident's
evaluation."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime

from pypdf import PdfReader

from veiligbestuur_desktop.domain.statistics import (
    HIDDEN,
    NATIONAL_REFERENCES,
    SMALL,
    AnnualFigures,
    Count,
    NazorgFigures,
    Share,
    YearCounts,
)
from veiligbestuur_desktop.reports import annual_report, council_letter, incident_evaluation
from veiligbestuur_desktop.reports.annual_report import AnnualReportData, EvaluationLine
from veiligbestuur_desktop.reports.incident_evaluation import AdjustmentLine, IncidentEvaluationData
from veiligbestuur_desktop.services.annual import council_letter as council_letter_data

NOW = datetime(2026, 2, 3, 10, 0, tzinfo=UTC)


def figures(year: int = 2025, small: bool = True) -> AnnualFigures:
    """A plain year with small and large counts (small ones: the council must not see them)."""
    categories = (
        Count("verbaal", "verbale agressie / belediging", 31),
        Count("bedreiging", "bedreiging (ook van naasten)", 12),
        Count("fysiek_geweld", "fysiek geweld", 2 if small else 6),
        Count("doxing", "doxing (art. 285d Sr)", 7),
    )
    months = (4, 3, 5, 6, 2, 4, 5, 3, 4, 6, 3, 4) if small else (5,) * 12
    total = sum(months)
    return AnnualFigures(
        year=year,
        total=total,
        by_category=categories,
        by_channel=(
            Count("persoonlijk", "persoonlijk contact", total - 19 - 3 if small else total - 25),
            Count("sociale_media", "sociale media / internet", 19),
            Count("woning", "bij de woning", 3 if small else 6),
        ),
        by_role=(Count("wethouder", "wethouder", 20), Count("burgemeester", "burgemeester", 1)),
        by_severity=tuple(
            Count(str(lv), f"niveau {lv}", n) for lv, n in enumerate((1, 20, 15, 10, total - 46))
        ),
        by_month=months,
        online=Share(19, total),
        aangifte=Share(3, total),
        melding=Share(9, total),
        no_report_reasons=(Count("niet_ernstig", "niet ernstig genoeg", 21),),
        nazorg=NazorgFigures(40, 4, 5),
        sanctions=(Count("ordegesprek", "ordegesprek", 2),),
        sanctions_weighed=Share(30, 35),
        history=((2023, 41), (2024, 3), (year, total)),
        evaluations=6,
        open_follow_ups=11,
    )


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def fonts_and_images(pdf: bytes) -> tuple[set[str], int]:
    reader = PdfReader(io.BytesIO(pdf))
    fonts: set[str] = set()
    images = 0
    for page in reader.pages:
        res = page["/Resources"]
        for f in (res.get("/Font") or {}).values():
            fonts.add(str(f.get_object()["/BaseFont"]))
        for x in (res.get("/XObject") or {}).values():
            if x.get_object().get("/Subtype") == "/Image":
                images += 1
    return fonts, images


def test_the_annual_report_is_complete_confidential_and_draws_vector_charts():
    data = AnnualReportData(
        municipality="Súdwest-Fryslân",
        generated_at=NOW,
        figures=figures(),
        previous=YearCounts(2024, 52, (4, 5, 6, 3, 4, 5, 4, 3, 5, 4, 5, 4)),
        evaluations=(EvaluationLine("2025-014", date(2025, 6, 2), "Protocol was onbekend.", 2),),
        adjustments=(
            ("2025-014", "Protocol in het presidium", "open, uiterlijk 01-09-2025 — griffier"),
            ("2025-014", "Huisregels ophangen", ""),
        ),
        term="Termijn 2026–2030: 3 van 9 onderdelen afgerond.",
        references=NATIONAL_REFERENCES,
    )
    pdf = annual_report.render(data)
    text = text_of(pdf)
    assert "Jaarverslag 2025" in text and "VERTROUWELIJK" in text
    assert "Gemeente Súdwest-Fryslân" in text
    for needle in (
        "fysiek geweld",
        "Incidenten per maand",
        "Aangifte en melding",
        "Opvanggesprek",
        "2025-014",
        "Protocol was onbekend.",
        "Protocol in het presidium",
        "nog geen actiepunt",
        "Bijna een kwart",
        "Monitor Integriteit en Veiligheid",
    ):
        assert needle in text, needle
    # the full report shows the small numbers too (it is for the college)
    assert re.search(r"fysiek geweld\s+2\b", text)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Jaarverslag 2025"
    fonts, images = fonts_and_images(pdf)
    assert images == 0  # charts are drawings, not bitmaps
    assert fonts and not any("Helvetica" in f for f in fonts), fonts


def test_the_council_letter_has_no_count_below_five_and_no_name():
    f = figures()
    data = council_letter_data(f, "Súdwest-Fryslân", NOW)
    pdf = council_letter.render(data)
    text = text_of(pdf)
    assert "Raadsinformatiebrief" in text and "de gemeenteraad" in text
    assert "VERTROUWELIJK" not in text
    assert "Het college van burgemeester en wethouders van de gemeente Súdwest-Fryslân" in text
    # every count in a table is 5 or more, '< 5' or 'x'; the small ones of the data are not there
    cells: list[str] = []
    for table in data.tables:
        cells += [v for _l, v in table.rows] + ([table.total] if table.total else [])
    for v in cells:
        assert v in (SMALL, HIDDEN) or int(v.replace(".", "")) >= 5, v
    assert re.search(r"fysiek geweld\s+< 5", text)
    assert re.search(r"bij de woning\s+< 5", text)
    assert re.search(r"2024\s+< 5", text)  # a small year too
    # the one small category beside the published total: a second category is hidden too ('x')
    category = next(t for t in data.tables if t.title == "Soort incident")
    assert HIDDEN in [v for _l, v in category.rows]
    # no small count of the data next to its label anywhere in the letter
    for label, n in [("fysiek geweld", 2), ("bij de woning", 3), ("2024", 3), ("niveau 0", 1)]:
        assert not re.search(rf"{re.escape(label)}\s+{n}\b", text), label
    # the role of the victim (with a single burgemeester) is not in the letter at all
    assert "burgemeester 1" not in text and "wethouder" not in text.split("Van")[0]
    assert "1 procent" not in text


def test_council_letter_hides_the_total_everywhere_when_a_table_needs_it():
    f = figures(small=False)
    # four and four in the only two severity levels that occurred: only the total can protect them
    f2 = replace(
        f,
        total=8,
        by_month=(4, 4) + (0,) * 10,
        by_severity=(Count("1", "niveau 1", 4), Count("2", "niveau 2", 4)),
        by_channel=(Count("telefoon", "telefoon", 8),),
        by_category=(Count("verbaal", "verbaal", 8),),
        history=((2025, 8),),
    )
    data = council_letter_data(f2, "Ede", NOW)
    assert dict(data.key_figures)["Incidenten in 2025"] == HIDDEN
    assert all(t.total in (HIDDEN, "") for t in data.tables if t.title != "Eerdere jaren")


def test_the_evaluation_of_one_incident():
    data = IncidentEvaluationData(
        municipality="Ede",
        generated_at=NOW,
        number="2025-014",
        occurred_on=date(2025, 3, 1),
        closed_on=date(2025, 4, 2),
        categories="bedreiging (ook van naasten)",
        severity="3 — ernstig",
        status="geëvalueerd",
        evaluated_on=date(2025, 5, 6),
        participants="coördinator en griffier",
        went_well="De bode greep direct in.",
        lessons="Het nagesprek schoot erbij in.",
        adjustments=(
            AdjustmentLine(
                "Nagesprekken inplannen bij de eerste opvang", "open, uiterlijk 01-07-2025 — griffier"
            ),
            AdjustmentLine("Huisregels ophangen", ""),
        ),
    )
    pdf = incident_evaluation.render(data)
    text = text_of(pdf)
    assert "Evaluatie incident 2025-014" in text and "VERTROUWELIJK" in text
    for needle in (
        "De bode greep direct in.",
        "Het nagesprek schoot erbij in.",
        "Nagesprekken inplannen",
        "open, uiterlijk 01-07-2025",
        "nog geen actiepunt",
        "06-05-2025",
        "Gemeente Ede",
    ):
        assert needle in text, needle
    fonts, _images = fonts_and_images(pdf)
    assert not any("Helvetica" in f for f in fonts), fonts


def test_the_status_of_the_measures_per_quarter():
    from veiligbestuur_desktop.reports import measures_status
    from veiligbestuur_desktop.reports.measures_status import MeasureLine, MeasuresStatusData

    data = MeasuresStatusData(
        municipality="Ede",
        year=2026,
        generated_at=NOW,
        statuses=("voorgesteld", "besloten", "gerealiseerd"),
        counts=((1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 1)),
        done=(0, 0, 1, 1),
        lines=(
            MeasureLine(
                "Cameratoezicht",
                "fysiek",
                "persoonlijk",
                "griffier",
                ("voorgesteld", "besloten", "gerealiseerd", "gerealiseerd"),
                "gerealiseerd",
            ),
        ),
    )
    pdf = measures_status.render(data)
    text = text_of(pdf)
    assert "Status van de maatregelen 2026" in text and "VERTROUWELIJK" in text
    assert "Cameratoezicht" in text and "1e kwartaal" in text and "persoonlijk" in text
    fonts, images = fonts_and_images(pdf)
    assert images == 0 and not any("Helvetica" in f for f in fonts)
