"""What is stored is codes and the user's own (Dutch) text, never a translation; documents are always Dutch.

An English UI session installs a translator; every text it returns carries a marker. After a full round of
use cases the database holds no marker anywhere, the timeline reads in English on screen and in Dutch on
paper, and migration 0005 turns old timeline sentences into codes.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.support.incidents import TODAY, incident_draft, make_people
from veiligbestuur_desktop.domain.i18n import set_translator
from veiligbestuur_desktop.domain.incidents import (
    CheckItem,
    FollowUpDraft,
    FollowUpStatus,
    IncidentStatus,
    Track,
    event_text,
)
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.incident_report import IncidentReportService
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
from veiligbestuur_desktop.store.base import Base

MARK = "⟦EN⟧ "
PNG = b"\x89PNG\r\n\x1a\n" + b"foto" * 40


@pytest.fixture
def english():
    set_translator(lambda _context, text: MARK + text)
    yield
    set_translator(None)


def test_an_english_session_stores_only_codes_and_dutch(workspace, english):
    people = make_people(workspace)
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    svc.set_status(reg.id, IncidentStatus.IN_BEHANDELING, TODAY)
    svc.set_check(reg.id, CheckItem.PROTOCOL, TODAY, TODAY)
    svc.set_check(reg.id, CheckItem.PROTOCOL, None, TODAY)
    detail = svc.detail(reg.id, TODAY)
    planned = detail.follow_ups[0]
    assert planned.title.startswith(MARK)  # shown in the UI language
    # saved back as shown: the stored title stays the Dutch one
    svc.update_follow_up(planned.id, FollowUpDraft(planned.title, status=FollowUpStatus.GEREED), TODAY)
    svc.add_follow_up(reg.id, Track.NAZORG, FollowUpDraft("Bloemen sturen"), TODAY)
    att = AttachmentService(workspace).add(reg.id, "foto.png", PNG)
    AttachmentService(workspace).delete(att)

    events = [e.what for e in svc.detail(reg.id, TODAY).events]
    assert events[0] == MARK + "Incident geregistreerd" and all(e.startswith(MARK) for e in events)

    data = IncidentReportService(workspace).data(reg.id, today=TODAY)
    assert MARK.strip() not in repr(data), "a document is Dutch whatever the UI language"
    assert [e.what for e in data.timeline][:2] == [
        "Incident geregistreerd",
        "Status gewijzigd naar ‘in behandeling’",
    ]
    assert f"Bijlage toegevoegd ({len(PNG)} B)" in [e.what for e in data.timeline]
    pdf = IncidentReportService(workspace).render(reg.id, purpose="export")
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert MARK.strip() not in text and "Eerste opvang (dezelfde dag): gereed" in text

    header, rows = svc.export(IncidentQuery())
    assert header[:3] == ["Nummer", "Datum incident", "Tijd"] and MARK.strip() not in repr(rows)
    assert rows[0][header.index("Status")] == "in behandeling"

    with workspace.reading() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                for value in row:
                    assert not (isinstance(value, str) and MARK.strip() in value), (table.name, value)


def test_event_codes_read_in_dutch_without_a_translator():
    assert event_text("status", {"s": "afgesloten"}) == "Status gewijzigd naar ‘afgesloten’"
    assert event_text("checked", {"item": "protocol"}) == "Afgevinkt: Protocol gevolgd"
    assert event_text("follow_up_status", {"title": "Nazorg bellen", "kind": "extra", "status": "nvt"}) == (
        "Nazorg bellen: n.v.t."
    )
    assert event_text("", {"text": "Oude regel"}) == "Oude regel"


def test_migration_0005_turns_sentences_into_codes():
    import importlib

    m = importlib.import_module("veiligbestuur_desktop.store.migrations.versions.0005_event_codes")

    assert m.convert("Incident geregistreerd") == ("registered", {})
    assert m.convert("Status gewijzigd naar ‘in behandeling’") == ("status", {"s": "in_behandeling"})
    assert m.convert("Afgevinkt: Gewezen op De Vertrouwenslijn en het Ondersteuningsteam") == (
        "checked",
        {"item": "vertrouwenslijn"},
    )
    assert m.convert("Vinkje weggehaald: Schade verhaald") == ("unchecked", {"item": "schade"})
    assert m.convert("Gesprek binnen 72 uur: gereed") == (
        "follow_up_status",
        {"title": "Gesprek binnen 72 uur", "status": "gereed"},
    )
    assert m.convert("Opvolging toegevoegd: Bloemen: sturen") == ("follow_up_added", {"t": "Bloemen: sturen"})
    assert m.convert("Bijlage toegevoegd (1,5 kB)") == ("attachment_added", {"size": "1536"})
    assert m.convert("Something else") == ("", {"text": "Something else"})


def test_issue_10_writes_store_codes_too_replans_edits_and_closing(workspace, english):
    """Re-plans, follow-up edits (the codes of what changed), own follow-ups, the place, the nazorg intervals
    and closing with dropped follow-ups: stored as codes and the user's own text, read in the UI language."""
    from dataclasses import replace
    from datetime import date

    from veiligbestuur_desktop.domain.incidents import Place
    from veiligbestuur_desktop.domain.nazorg import NazorgIntervals

    people = make_people(workspace)
    svc = IncidentService(workspace)
    svc.set_nazorg_intervals(NazorgIntervals(opvang_hours=48))
    reg = svc.register(incident_draft(people, perpetrator_known=False, perpetrator_id=None), TODAY)
    svc.update(reg.id, replace(svc.get(reg.id), occurred_on=date(2026, 11, 19), place=Place.ONLINE), TODAY)
    svc.update(reg.id, replace(svc.get(reg.id), perpetrator_known=True, perpetrator_id=people.dader), TODAY)
    shown = {f.kind: f for f in svc.detail(reg.id, TODAY).follow_ups}
    aangifte = shown["aangifte"]
    svc.update_follow_up(
        aangifte.id,
        FollowUpDraft(
            aangifte.title,
            owner="Eelke de Vries",
            deadline=aangifte.deadline,
            details={"decision": "melding"},
        ),
        TODAY,
    )
    svc.add_follow_up(
        reg.id, Track.OVERIG, FollowUpDraft("Burgemeester informeren", details={"notes": "mondeling"}), TODAY
    )
    svc.close(reg.id, [f.id for f in svc.open_follow_ups(reg.id)], "slachtoffer wil geen vervolg", TODAY)

    events = [e.what for e in svc.detail(reg.id, TODAY).events]
    assert all(e.startswith(MARK) for e in events)
    data = IncidentReportService(workspace).data(reg.id, today=TODAY)
    assert MARK.strip() not in repr(data)
    timeline = [e.what for e in data.timeline]
    assert "Opvanggesprek: termijn 21-11-2026 (datum of tijd van het incident gewijzigd)" in timeline
    assert "Reactie aan de dader: termijn 29-11-2026 (dader bekend)" in timeline
    assert "Aangifte of melding afwegen: verantwoordelijke, aangifte of melding gewijzigd" in timeline
    assert "Burgemeester informeren: n.v.t. bij het afsluiten (slachtoffer wil geen vervolg)" in timeline
    with workspace.reading() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                for value in row:
                    assert not (isinstance(value, str) and MARK.strip() in value), (table.name, value)
