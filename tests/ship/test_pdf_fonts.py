"""Every PDF the program makes (each registered document of every step, and the incident report) embeds every
font it references (no non-embedded Helvetica, which ReportLab falls back to), and its metadata is free of
personal data: no name of a person in the vault appears in title, author, subject or keywords, which carry the
audit chain head. The house template's own metadata (Dutch subject, creator, producer, language) is checked on
a document made with it; three areas have a template of their own (letters, the contact card, the A5 cards)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.ship.smoke import assert_fonts_embedded, fonts_of


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from veiligbestuur_desktop.services import demo, extensions

    extensions.load()
    ws, _ = demo.create_demo_vault(tmp_path_factory.mktemp("demo") / "kluis", PASSPHRASE, 40, seed=3)
    yield ws
    ws.lock()


def person_names(ws: Any) -> list[str]:
    from veiligbestuur_desktop.services.persons import PersonService

    return [p.name for p in PersonService(ws).search(limit=10_000) if len(p.name) > 3]


def check_metadata(pdf: bytes, names: list[str], what: str) -> None:
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None, what
    fields = {
        k: str(meta.get(k, ""))
        for k in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer")
    }
    assert fields["/Title"], what
    assert "veiligbestuur-audit-head count=" in fields["/Keywords"], (what, fields)
    text = " ".join(fields.values())
    leaked = [n for n in names if n in text or n.split()[-1] in fields["/Title"].split()]
    assert not leaked, f"{what}: persoonsgegevens in de metadata {leaked}: {fields}"


def test_every_registered_document_embeds_its_fonts_and_names_nobody_in_its_metadata(demo_ws: Any) -> None:
    from veiligbestuur_desktop.services.documents import DocumentService

    docs = DocumentService(demo_ws)
    names = person_names(demo_ws)
    assert names
    rendered = 0
    for spec in docs.available():
        record_id = spec.current(demo_ws) if spec.record_kind is not None and spec.current else None
        if spec.record_kind is not None and record_id is None:
            continue  # nothing of that kind in the demo vault yet: the document cannot be made
        pdf = docs.render(spec.name, record_id, purpose="preview")
        assert_fonts_embedded(pdf, spec.name)
        check_metadata(pdf, names, spec.name)
        rendered += 1
    assert rendered >= 1, [s.name for s in docs.available()]


def test_incident_report_embeds_its_fonts_also_pseudonymised(demo_ws: Any) -> None:
    from veiligbestuur_desktop.services.incident_report import IncidentReportService
    from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService

    names = person_names(demo_ws)
    reports = IncidentReportService(demo_ws)
    for row in IncidentService(demo_ws).page(IncidentQuery(), 0, 5):
        for pseudonymise in (False, True):
            pdf = reports.render(row.id, pseudonymise=pseudonymise, purpose="preview")
            assert_fonts_embedded(pdf, f"incidentrapport {row.id}")
            check_metadata(pdf, names, f"incidentrapport {row.id}")


def test_a_table_cell_with_a_plain_string_uses_the_house_font() -> None:
    from datetime import UTC, datetime

    from reportlab.platypus import Table

    from veiligbestuur_desktop.reports import layout

    pdf = layout.render(
        [Table([["", "tekst"], ["2026-014", ""]])],
        title="Proef",
        municipality="Gemeente Proef",
        generated_at=datetime(2026, 3, 12, tzinfo=UTC),
    )
    assert set(fonts_of(pdf)) == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}, fonts_of(pdf)
    assert_fonts_embedded(pdf, "tabel")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Incidentrapport 2026-014", "Incidentrapport 2026-014"),
        (
            "Agressieprotocol politieke ambtsdragers, versie 3",
            "Agressieprotocol politieke ambtsdragers, versie 3",
        ),
        ("Risicoanalyse: Komst asielzoekerscentrum", "Risicoanalyse: Komst asielzoekerscentrum"),
        ("Inzageoverzicht Jan Jansen", "Inzageoverzicht"),
        ("Inzageoverzicht J. van der Berg", "Inzageoverzicht"),
        ("Risicoanalyse: burgemeester De Vries", "Risicoanalyse"),
        ("Risico-inschatting bezoek wethouder Pietersen", "Risico-inschatting bezoek wethouder"),
    ],
)
def test_metadata_title_keeps_the_kind_of_document_and_drops_what_may_be_a_name(
    title: str, expected: str
) -> None:
    from veiligbestuur_desktop.reports.layout import metadata_title

    assert metadata_title(title) == expected


def test_metadata_is_dutch_and_carries_the_audit_head() -> None:
    from datetime import UTC, datetime

    from veiligbestuur_desktop.reports import layout

    pdf = layout.render(
        [layout.para("Inhoud", layout.styles())],
        title="Inzageoverzicht Jan Jansen",
        municipality="Gemeente Súdwest-Fryslân",
        generated_at=datetime(2026, 3, 12, tzinfo=UTC),
        audit_head=(12, "a" * 64),
    )
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Inzageoverzicht"
    assert meta.author == "Gemeente Súdwest-Fryslân"
    assert (
        meta.subject
        == "Vertrouwelijk document uit VeiligBestuur Desktop: veiligheid van politieke ambtsdragers"
    )
    assert layout.parse_audit_head(str(meta["/Keywords"])) == (12, "a" * 64)
    assert "Jansen" not in str(dict(meta))
    assert reader.trailer["/Root"].get("/Lang") == "nl-NL"
    # the page itself still shows the full title
    assert "Inzageoverzicht Jan Jansen" in reader.pages[0].extract_text()


def test_recovery_sheet_of_init_embeds_its_fonts(tmp_path: Path) -> None:
    from datetime import date

    from veiligbestuur_desktop.reports.recovery_key import RecoveryKeySheet, render_recovery_key

    pdf = render_recovery_key(RecoveryKeySheet("Gemeente Proef", "db-1", date(2026, 3, 12), "YE13-QD18-BC44"))
    assert_fonts_embedded(pdf, "herstelsleutel")
