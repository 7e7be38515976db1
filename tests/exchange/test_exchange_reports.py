"""The documents of issue 14 from plain data, without a vault: the inzage overview and the processing register,
read back with pypdf (title, what must be there and what must not); the JSON and CSV forms of an inzage."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from pypdf import PdfReader

from veiligbestuur_desktop.reports import inzage, processing_register
from veiligbestuur_desktop.reports.inzage import InzageData, InzageIncident, InzageRecord
from veiligbestuur_desktop.reports.processing_register import ProcessingRegisterData
from veiligbestuur_desktop.services.retention import DEFAULT_REGISTER

WHEN = datetime(2026, 11, 29, 10, 30, tzinfo=UTC)


def _text(pdf: bytes) -> tuple[str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return str(reader.metadata.title), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _data() -> InzageData:
    return InzageData(
        municipality="Súdwest-Fryslân",
        generated_at=WHEN,
        subject="Hélène van der Meer",
        facts=[
            ("Naam", "Hélène van der Meer"),
            ("Rol", "wethouder"),
            ("Partij (gevoelig)", "Groen Wâldhoeke"),
        ],
        incidents=[
            InzageIncident(
                number="2026-014",
                role="slachtoffer",
                facts=[("Nummer", "2026-014"), ("Datum incident", "20-11-2026"), ("Dader", "Persoon 2")],
                texts=[("Beschrijving", "Persoon 2 schreef: ‘we weten waar je woont’.")],
                follow_ups=[
                    ["Melding of aangifte overwegen", "gereed", "27-11-2026", "PV-nummer PL0100-2026"]
                ],
                attachments=[["schermafdruk.png", "12 kB", "21-11-2026", "ab" * 32]],
            )
        ],
        records=[
            InzageRecord("Contactmoment", "4", [("Datum", "22-11-2026"), ("Samenvatting", "Nagesprek")])
        ],
        related=[("Naaste", "Persoon 1")],
        audit_count=7,
        pseudonyms=3,
    )


def test_inzage_pdf_from_plain_data():
    title, text = _text(inzage.render(_data()))
    assert title == "Inzageoverzicht"  # the metadata never names the person (reports/layout.metadata_title)
    assert text.startswith("Súdwest-Fryslân Inzageoverzicht Hélène van der Meer")
    for must in (
        "Gemeente Súdwest-Fryslân",
        "Persoonsgegevens",
        "Groen Wâldhoeke",
        "Incident 2026-014 — als slachtoffer",
        "we weten waar je woont",
        "PV-nummer PL0100-2026",
        "schermafdruk.png",
        "Contactmoment 4",
        "Nagesprek",
        "Persoon 1",
        "7 regel(s)",
        "AVG art. 15",
        "VERTROUWELIJK",
    ):
        assert must in text, must
    assert "Gerrit" not in text and "Brouwer" not in text


def test_inzage_json_and_csv_hold_the_same():
    data = _data()
    doc = json.loads(inzage.to_json(data))
    assert doc["subject"] == "Hélène van der Meer" and doc["incidents"][0]["number"] == "2026-014"
    assert doc["generated_at"].startswith("2026-11-29T10:30") and "Persoon 1" in doc["note"]
    csv_text = inzage.to_csv(data).decode("utf-8-sig")
    lines = csv_text.splitlines()
    assert lines[0] == "Onderdeel;Incident;Veld;Waarde"
    assert "Incident;2026-014;Beschrijving;Persoon 2 schreef: ‘we weten waar je woont’." in lines
    assert any(line.startswith("Bijlage;2026-014;schermafdruk.png") for line in lines)
    assert "Contactmoment;4;Samenvatting;Nagesprek" in lines


def test_processing_register_from_plain_data():
    data = ProcessingRegisterData(
        municipality="Gemeente Proefdorp",
        generated_at=WHEN,
        sections=[(heading, body) for _k, heading, body in DEFAULT_REGISTER],
        retention=[["Incidenten", "5 jaar", "na het afsluiten van het incident", "AVG art. 6"]],
    )
    title, text = _text(processing_register.render(data))
    assert title.startswith("Verwerkingsregister") and "Verwerkingsregister VeiligBestuur" in text
    for must in (
        "Doel van de verwerking",
        "art. 10",
        "art. 33 UAVG",
        "Bewaartermijnen",
        "Ontvangers",
        "5 jaar",
    ):
        assert must in text, must
    assert "Gemeente Gemeente" not in text and "VERTROUWELIJK" not in text  # a public register
