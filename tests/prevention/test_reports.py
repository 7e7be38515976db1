"""The step 2 documents from plain data, without a vault: titles, the fields that must and must NOT be there,
the heat map as text and vector (no bitmap), embedded fonts only."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from decimal import Decimal

from pypdf import PdfReader

from veiligbestuur_desktop.domain.prevention import heat_map, risk_level
from veiligbestuur_desktop.reports import measures_plan, risk_analysis, training_overview
from veiligbestuur_desktop.reports.heat_map import HeatMapData
from veiligbestuur_desktop.reports.measures_plan import MeasurePlanLine, MeasuresPlanData
from veiligbestuur_desktop.reports.risk_analysis import AnalysisMeasureLine, RiskAnalysisData
from veiligbestuur_desktop.reports.training_overview import TrainingLine, TrainingOverviewData

AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _read(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages), reader


def _no_bitmaps_and_embedded_fonts(reader: PdfReader) -> None:
    for page in reader.pages:
        resources = page["/Resources"]
        xobjects = resources.get("/XObject", {})
        assert not any(xobjects[k].get_object().get("/Subtype") == "/Image" for k in xobjects)
        for font in resources.get("/Font", {}).values():
            f = font.get_object()
            assert "Helvetica" not in str(f.get("/BaseFont")), f
            descendants = f.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else f).get("/FontDescriptor")
            assert descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile2", "/FontFile")
            )


def _analysis(**kw: object) -> RiskAnalysisData:
    values: dict[str, object] = {
        "municipality": "Ede",
        "generated_at": AT,
        "title": "Komst asielzoekerscentrum",
        "kind": "beleidsgebied / dossier",
        "personal": False,
        "person_name": "",
        "level": "zeer hoog (kans 4 × impact 4 = 16)",
        "facts": [("Onderwerp", "Komst asielzoekerscentrum"), ("Beleidsgebied / dossier", "asielopvang")],
        "texts": [("Dreigingen", "Oproepen op sociale media tegen de wethouder.")],
        "measures": [
            AnalysisMeasureLine(
                "Beveiliger bij raadsvergaderingen", "fysiek", "gerealiseerd", Decimal("12400")
            )
        ],
        "heat_map": HeatMapData(
            heat_map([(4, 4), (4, 4), (2, 3)]), marked=(4, 4), caption="Alle 3 actuele analyses"
        ),
    }
    values.update(kw)
    return RiskAnalysisData(**values)  # type: ignore[arg-type]


def test_risk_analysis_document():
    text, reader = _read(risk_analysis.render(_analysis()))
    assert reader.metadata.title == "Risicoanalyse: Komst asielzoekerscentrum"
    for expected in (
        "Gemeente Ede",
        "VERTROUWELIJK",
        "asielopvang",
        "zeer hoog (kans 4 × impact 4 = 16)",
        "Oproepen op sociale media",
        "Beveiliger bij raadsvergaderingen",
        "€ 12.400,00",
        "Risicokaart",
        "deze analyse",
        "Pagina 1 van",
    ):
        assert expected in text, expected
    assert "Uitsluitend bestemd" not in text
    _no_bitmaps_and_embedded_fonts(reader)


def test_a_person_analysis_says_it_is_only_for_the_person_and_the_burgemeester():
    data = _analysis(
        title="Persoonsgebonden analyse wethouder",
        kind="persoon",
        personal=True,
        person_name="Anna de Boer",
        facts=[("Ambtsdrager", "Anna de Boer")],
    )
    text, _reader = _read(risk_analysis.render(data))
    flat = " ".join(text.split())
    assert "Uitsluitend bestemd voor Anna de Boer en de burgemeester" in flat


def test_heat_map_in_print_states_each_count_and_level_in_words():
    counts = heat_map([(5, 5), (5, 5), (5, 5), (1, 1), (3, 2)])
    text, reader = _read(risk_analysis.render(_analysis(heat_map=HeatMapData(counts))))
    section = text[text.index("Risicokaart") :]
    assert "Kans 5 — zeer groot" in section and "Impact 1 — zeer beperkt" in " ".join(section.split())
    cells = re.findall(r"\n ?(\d+)\n(laag|midden|hoog|zeer hoog)(?=\n)", section)
    # 25 cells, row by row from kans 5 down to kans 1, impact 1 to 5: each count with its level in words
    expected = [
        (str(counts[(k, i)]), risk_level(k, i).label) for k in (5, 4, 3, 2, 1) for i in (1, 2, 3, 4, 5)
    ]
    assert cells == expected
    _no_bitmaps_and_embedded_fonts(reader)


def test_measures_plan_for_the_college_has_costs_and_no_person_analysis_content():
    data = MeasuresPlanData(
        municipality="Gemeente Ede",
        generated_at=AT,
        lines=[
            MeasurePlanLine(
                "Camerabewaking bij de woning",
                "fysiek",
                "Anna de Boer",
                "in uitvoering",
                date(2026, 5, 1),
                Decimal("4250"),
                "B&W 2026/041 van 02-04-2026",
                "facilitaire zaken",
                "persoonsgebonden analyse (niet in dit plan)",
                "",
            ),
            MeasurePlanLine(
                "Weerbaarheidstraining",
                "organisatorisch",
                "organisatie",
                "voorgesteld",
                date(2026, 10, 1),
                Decimal("6500.5"),
                "",
                "griffie",
                "Generieke risicoanalyse",
                "Twee avonden per jaar.",
            ),
        ],
        totals=[("in uitvoering", Decimal("4250"), 1), ("voorgesteld", Decimal("6500.5"), 1)],
        heat_map=HeatMapData(heat_map([(3, 3)]), caption="1 actuele risicoanalyse"),
    )
    text, reader = _read(measures_plan.render(data))
    flat = " ".join(text.split())
    assert reader.metadata.title == "Maatregelenplan veiligheid politieke ambtsdragers"
    for expected in (
        "Camerabewaking bij de woning",
        "voor Anna de Boer",
        "€ 4.250,00",
        "€ 6.500,50",
        "€ 10.750,50",  # the total
        "B&W 2026/041 van 02-04-2026",
        "sinds 01-05-2026",
        "Twee avonden per jaar.",
        "persoonsgebonden analyse (niet in dit plan)",
        "Risicokaart (zonder persoonsgebonden analyses)",
        "Gemeente Ede",
    ):
        assert expected in flat, expected
    assert "Gemeente Gemeente" not in flat
    _no_bitmaps_and_embedded_fonts(reader)


def test_training_overview():
    data = TrainingOverviewData(
        municipality="Ede",
        generated_at=AT,
        term_start=date(2026, 3, 18),
        office_holders=3,
        trainings=[
            TrainingLine("Weerbaarheid online", date(2027, 1, 12), "Bureau X", [], planned=True),
            TrainingLine(
                "Starterspakket veiligheid", date(2026, 5, 20), "politie", ["Anna de Boer", "Bram Smit"]
            ),
        ],
        untrained=["Chloë Jansen"],
    )
    text, reader = _read(training_overview.render(data))
    flat = " ".join(text.split())
    assert reader.metadata.title == "Trainingsoverzicht ambtsdragers"
    for expected in (
        "begon op 18-03-2026",
        "2 van de 3 zittende ambtsdragers",
        "Chloë Jansen",
        "Starterspakket veiligheid",
        "Anna de Boer, Bram Smit",
        "gepland",
    ):
        assert expected in flat, expected
    _no_bitmaps_and_embedded_fonts(reader)
