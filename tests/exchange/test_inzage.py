"""Inzage (AVG art. 15): the PDF, JSON and CSV hold everything about the person and no third party's name."""

from __future__ import annotations

import io
import json
from datetime import date

from pypdf import PdfReader

from tests.conftest import COORDINATOR
from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.documents import DocumentService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.inzage import InzageService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.store import audit

THIRD = ["Joëlle Hoekstra", "Gerrit Brouwer", "Sjoerd Wiersma", COORDINATOR, "Buurman (anoniem)"]


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_inzage_holds_everything_about_the_person_and_no_third_party(workspace, tmp_path):
    ws = workspace
    people = make_people(ws)
    svc = IncidentService(ws)
    first = svc.register(incident_draft(people))
    other = svc.register(
        incident_draft(
            people,
            description="Sjoerd Wiersma hoorde Gerrit Brouwer schelden op Hélène van der Meer.",
            occurred_on=date(2026, 10, 2),
            reported_on=date(2026, 10, 2),
            victims=incident_draft(people).victims[:1],
        )
    )
    AttachmentService(ws).add(first.id, "schermafdruk-facebook.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    unrelated = PersonService(ws).create(
        PersonDraft(PersonKind.AMBTSDRAGER, name="Ongerelateerd Raadslid", role=Role.RAADSLID)
    )

    from veiligbestuur_desktop.domain.communication import ContactLogDraft
    from veiligbestuur_desktop.services.contact_log import ContactLogService

    ContactLogService(ws).create(
        ContactLogDraft(
            person_id=people.dader,
            on=date(2026, 11, 22),
            who="Sjoerd Wiersma",
            summary="Ordegesprek over de berichten aan Hélène van der Meer",
            agreements="Geen contact meer met de wethouder",
        )
    )
    inzage = InzageService(ws)
    data = inzage.data(people.wethouder)
    assert data.subject == "Hélène van der Meer"
    assert {i.number for i in data.incidents} == {"2026-001", "2026-002"}
    assert all(i.role == "slachtoffer" for i in data.incidents)
    facts = dict(data.facts)
    assert (
        facts["Partij (gevoelig)"] == "Groen Wâldhoeke"
        and facts["Portefeuilles"] == "asielopvang, windmolens"
    )
    assert ("Naaste", "Persoon 2") in data.related or any(label == "Naaste" for label, _v in data.related)

    files = inzage.files(people.wethouder)
    text = _pdf_text(files[".pdf"])
    doc = json.loads(files[".json"])
    csv_text = files[".csv"].decode("utf-8-sig")
    for view in (text, json.dumps(doc, ensure_ascii=False), csv_text):
        assert "Hélène van der Meer" in view
        assert "2026-001" in view and "2026-002" in view
        assert "we weten waar je woont" in view  # the incident's own text
        assert "schermafdruk-facebook.png" in view  # attachments listed
        for name in THIRD:
            assert name not in view, name
        assert "Ongerelateerd Raadslid" not in view
        assert "Persoon" in view
    # the perpetrator's own inzage names the perpetrator, not the victims
    perp = inzage.files(people.dader)
    perp_text = _pdf_text(perp[".pdf"])
    assert "Gerrit Brouwer" in perp_text and "Hélène van der Meer" not in perp_text and "dader" in perp_text
    assert "Tsjerkebuorren 12" in perp_text  # the person's own address is theirs to see
    assert "Contactmoment" in perp_text and "Ordegesprek over de berichten aan Persoon" in perp_text
    assert "Sjoerd Wiersma" not in perp_text and "Geen contact meer met de wethouder" in perp_text
    # the registered document and the audit trail
    pdf = DocumentService(ws).render("inzage", people.wethouder, purpose="export")
    assert "Inzageoverzicht Hélène van der Meer" in _pdf_text(pdf)
    paths = inzage.export(people.wethouder, tmp_path)
    assert sorted(p.suffix for p in paths) == [".csv", ".json", ".pdf"] and all(p.exists() for p in paths)
    with ws.reading() as s:
        entries = [e for e in audit.entries_for(s, "person", people.wethouder) if e.action == "export"]
    assert len(entries) == 2 and all("Hélène" not in e.summary for e in entries)
    assert other.id and unrelated
