"""Step 1 documents from plain data (no vault), read back with pypdf: title, version, the fields that must be
there and those that must not; the A5 size of the normkaart; embedded fonts only."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from veiligbestuur_desktop.reports.layout import stamped_audit_head
from veiligbestuur_desktop.reports.policy_documents import (
    NormkaartData,
    NormkaartRole,
    SchemeLine,
    WoordvoeringData,
    render_normkaart,
    render_woordvoering,
)
from veiligbestuur_desktop.reports.protocol import (
    ProposalData,
    ProtocolData,
    ScenarioLine,
    VersionLine,
    render_proposal,
    render_protocol,
)

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


def pdf_text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(p.extract_text() for p in reader.pages)


def fonts(reader: PdfReader) -> set[str]:
    found = set()
    for page in reader.pages:
        for f in page["/Resources"].get_object().get("/Font", {}).values():
            found.add(str(f.get_object()["/BaseFont"]))
    return found


def protocol(**kw) -> ProtocolData:
    base = dict(
        municipality="Ede",
        generated_at=NOW,
        title="Agressieprotocol politieke ambtsdragers",
        version=3,
        status="vastgesteld",
        in_force=True,
        roles=("burgemeester", "wethouder", "raadslid"),
        circle=("partner", "kinderen"),
        norm="Emotie mag, agressie niet; er volgt altijd een passende reactie.",
        behaviours=("bedreiging (ook van naasten)", "doxing (art. 285d Sr)"),
        behaviour_note="Kritiek is welkom.",
        report_internally=True,
        meldpunt="de griffier",
        meldpunt_contact="0318-123456",
        adopted_by="de raad, op voorstel van het presidium",
        decision_date=date(2026, 3, 12),
        publication_ref="Gemeenteblad 2026, 4711",
        review_date=date(2030, 3, 1),
        scenarios=(ScenarioLine("een raadslid is slachtoffer", "de burgemeester", "de griffier"),),
        history=(
            VersionLine(3, "vastgesteld", date(2026, 3, 12), "Gemeenteblad 2026, 4711"),
            VersionLine(2, "vervangen", date(2024, 1, 9), "CVDR700001"),
        ),
    )
    base.update(kw)
    return ProtocolData(**base)


def test_protocol_as_adopted():
    with stamped_audit_head(12, "ab" * 32):
        reader, text = pdf_text(render_protocol(protocol()))
    assert reader.metadata.title == "Agressieprotocol politieke ambtsdragers, versie 3"
    assert "veiligbestuur-audit-head count=12" in reader.metadata["/Keywords"]
    for must in (
        "Gemeente Ede",
        "versie 3",
        "Vaststelling",
        "de raad, op voorstel van het presidium",
        "12-03-2026",
        "Gemeenteblad 2026, 4711",
        "01-03-2030",
        "Emotie mag, agressie niet",
        "doxing (art. 285d Sr)",
        "altijd intern gemeld",
        "de griffier",
        "0318-123456",
        "partner, kinderen",
        "Versiegeschiedenis",
        "CVDR700001",
        "Pagina 1 van",
    ):
        assert must in text, must
    assert "niet in werking" not in text and "herijkt" not in text
    assert "VERTROUWELIJK" not in text  # a public document
    assert fonts(reader) and all("DejaVu" in f for f in fonts(reader))


def test_a_concept_protocol_says_it_is_not_in_force():
    _reader, text = pdf_text(
        render_protocol(protocol(status="concept", in_force=False, decision_date=None, publication_ref=""))
    )
    assert "concept en (nog) niet in werking" in text
    assert "nog niet vastgesteld" in text and "nog niet gepubliceerd" in text


def test_a_version_under_review_still_holds():
    _reader, text = pdf_text(render_protocol(protocol(status="te herijken", under_review=True)))
    assert "Deze versie wordt herijkt" in text and "niet in werking" not in text


def test_raadsvoorstel_and_collegevoorstel():
    reader, text = pdf_text(
        render_proposal(ProposalData(protocol(version=4), "raad_presidium", "Eelke de Vries"))
    )
    assert reader.metadata.title == "Raadsvoorstel en ontwerpbesluit — protocol versie 4"
    for must in (
        "Raadsvoorstel en ontwerpbesluit",
        "Ontwerpbesluit",
        "De raad van de gemeente Ede",
        "gelezen het voorstel van het presidium",
        "artikel 147 van de Gemeentewet",
        "versie 4",
        "Eelke de Vries",
        "De griffier",
    ):
        assert must in text, must
    assert "artikel 160" not in text
    _reader, college = pdf_text(render_proposal(ProposalData(protocol(), "college", "Eelke de Vries")))
    assert "Collegevoorstel en ontwerpbesluit" in college and "artikel 160 van de Gemeentewet" in college
    assert "artikel 147" not in college and "De raad van de gemeente" not in college


def test_normkaart_is_a5_one_page_per_group_with_the_contact_numbers():
    data = NormkaartData(
        municipality="Gemeente Ede",
        generated_at=NOW,
        norm="Emotie mag, agressie niet.",
        meldpunt="de griffier",
        meldpunt_contact="0318-123456",
        roles=(
            NormkaartRole("burgemeester", "de burgemeester", "burgemeester"),
            NormkaartRole("raadslid", "raadsleden", "raadslid"),
        ),
        contacts=(("Alarmnummer (acuut gevaar)", "112"), ("Eigen bode", "0318-999999")),
        circle=True,
        source="Agressieprotocol, versie 3 (vastgesteld)",
    )
    reader, text = pdf_text(render_normkaart(data))
    assert reader.metadata.title == "Wat te doen bij agressie of bedreiging"
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)  # A5 in points
    first, second = (p.extract_text() for p in reader.pages)
    assert "voor de burgemeester en de directe omgeving" in first and "loco-burgemeester" in first
    assert "voor raadsleden" in second and "loco-burgemeester" not in second
    for must in (
        "Bel 112",
        "0318-999999",
        "Eigen bode",
        "Meldpunt: de griffier",
        "0318-123456",
        "Pagina 2 van 2",
    ):
        assert must in text, must
    assert "Gemeente Gemeente" not in text
    assert all("DejaVu" in f for f in fonts(reader))


def test_woordvoeringsschema_names_the_gaps_and_no_line_for_them():
    lines = (
        SchemeLine(
            "een raadslid is slachtoffer",
            "de burgemeester",
            "de griffier",
            "Wij veroordelen dit.",
            "griffier",
        ),
        SchemeLine("online (sociale media, e-mail)", "", "", "", ""),
    )
    reader, text = pdf_text(
        render_woordvoering(WoordvoeringData("Ede", NOW, lines, "agressieprotocol, versie 3"))
    )
    assert reader.metadata.title == "Woordvoeringsschema bij agressie en bedreiging"
    assert "Wij veroordelen dit." in text and "nog niet vastgelegd" in text
    assert "Online (sociale media" not in text  # no standard line heading for a scenario without one
    assert "Een raadslid is slachtoffer" in text
