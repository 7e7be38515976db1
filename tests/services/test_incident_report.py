import io

import pytest
from pypdf import PdfReader

from tests.support.incidents import HOME_ADDRESS, TODAY, incident_draft, make_people
from veiligbestuur_desktop.domain.incidents import CheckItem
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.incident_report import IncidentReportService, Pseudonymiser
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.store import audit

PNG = b"\x89PNG\r\n\x1a\n" + b"beeld" * 100
FULL_NAMES = ("Hélène van der Meer", "Joëlle Hoekstra", "Gerrit Brouwer", "Eelke de Vries")


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def incident(workspace):
    people = make_people(workspace)
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    for code in (CheckItem.PROTOCOL, CheckItem.GEREGISTREERD):
        svc.set_check(reg.id, code, TODAY, TODAY)
    att = AttachmentService(workspace).add(reg.id, "screenshot.png", PNG)
    return reg, att


def test_report_contents(workspace, incident):
    reg, _att = incident
    pdf = IncidentReportService(workspace).render(reg.id)
    text = _text(pdf)
    compact = text.replace("\n", "")
    assert reg.number in text
    assert "bedreiging (ook van naasten)" in text and "doxing" in text
    assert "Pagina 1 van" in text and "VERTROUWELIJK" in text
    import hashlib

    assert hashlib.sha256(PNG).hexdigest() in compact
    assert "Hélène van der Meer" in text
    assert HOME_ADDRESS not in compact and "Tsjerkebuorren" not in compact
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert "Hélène" not in str(meta) and "Eelke" not in str(meta)
    with workspace.reading() as s:
        assert [e.action for e in audit.entries_for(s, "incident", reg.id)][-1] == "export"


def test_pseudonymised_report_contains_no_full_names(workspace, incident):
    reg, _ = incident
    text = _text(IncidentReportService(workspace).render(reg.id, pseudonymise=True)).replace("\n", " ")
    for name in FULL_NAMES:
        assert name not in text
        assert name.split()[-1] not in text, name
    assert "H.v.d.M." in text
    assert "gepseudonimiseerd" in text


def test_password_protected_report(workspace, incident):
    reg, _ = incident
    pdf = IncidentReportService(workspace).render(reg.id, password="geheim-voor-de-burgemeester")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    with pytest.raises(Exception):  # noqa: B017 - pypdf refuses to read without the password
        reader.pages[0].extract_text()
    assert reg.number in _text(pdf, "geheim-voor-de-burgemeester")


def test_pseudonymiser_handles_parts_and_text():
    px = Pseudonymiser(["Hélène van der Meer", "Gerrit Brouwer"])
    assert px("Brouwer belde Hélène van der Meer; later zei Gerrit dat Hélène loog") == (
        "B. belde H.v.d.M.; later zei G. dat H. loog"
    )


def test_pseudonymising_keeps_descriptions_of_unknown_persons(workspace):
    from dataclasses import replace

    from tests.support.incidents import incident_draft

    people = make_people(workspace)
    reg = IncidentService(workspace).register(
        replace(incident_draft(people), perpetrator_id=people.onbekende), TODAY
    )
    data = IncidentReportService(workspace).data(reg.id, pseudonymise=True)
    assert data.fact("Dader") == "Man met capuchon, ca. 40 jaar"
    assert "H.v.d.M." in data.fact("Beschrijving") and "Hélène" not in data.fact("Beschrijving")


def test_one_clock_timeline_audit_trail_and_report_date_agree(workspace, incident):
    """Issue 10: the timeline said 11:50, the audit trail 12:50 and 'opgesteld op' 12:52. Every moment is stored
    in UTC, read back as such, and shown in local time."""
    from datetime import timedelta

    from veiligbestuur_desktop.reports.layout import local

    reg, _att = incident
    data = IncidentReportService(workspace).data(reg.id)
    registered = data.timeline[0].when
    created = next(a for a in data.audit if "geregistreerd" in a.summary).when
    assert registered.tzinfo is not None and created.tzinfo is not None
    made = local(data.generated_at)
    for moment in (registered, created):
        assert abs(local(moment) - made) < timedelta(minutes=2), (local(moment), made)
    detail = IncidentService(workspace).detail(reg.id)
    assert all(e.at.tzinfo is not None for e in detail.events)


def test_report_names_the_municipality_once(workspace, incident):
    from veiligbestuur_desktop.store import settings as store_settings

    with workspace.transaction() as s:
        store_settings.put(s, store_settings.MUNICIPALITY, "Gemeente Proefdorp")
    reg, _att = incident
    text = _text(IncidentReportService(workspace).render(reg.id))
    assert "Gemeente Proefdorp" in text and "Gemeente Gemeente" not in text


def _plain_data(**over):
    from datetime import UTC, date, datetime

    from veiligbestuur_desktop.reports.incident_data import ChecklistTick, FollowUpLine, IncidentReportData

    values = dict(
        municipality="Proefdorp",
        number="2026-014",
        generated_at=datetime(2026, 11, 28, 10, 0, tzinfo=UTC),
        facts=(("Kanaal", "e-mail"), ("Plaats", "online"), ("Omschrijving dader", "man met capuchon")),
        texts=(("Beschrijving", "Dreigmail na het besluit over de windmolens."),),
        victims=(),
        checklist=(
            ChecklistTick("Aangifte afgewogen bij strafbaar feit", date(2026, 11, 22), "Eelke de Vries"),
        ),
        follow_ups=(
            FollowUpLine("Nazorg: Opvanggesprek", "Griffier", date(2026, 11, 23), "open", True),
            FollowUpLine(
                "Aangifte / melding",
                "Eelke de Vries",
                date(2026, 11, 22),
                "gereed",
                False,
                (("Aangifte of melding?", "aangifte"), ("Beslissing OM", "dagvaarding")),
            ),
        ),
        timeline=(),
        attachments=(),
        audit=(),
        notes=("De veroorzaker is een andere ambtsdrager (bestuurder onderling).",),
    )
    values.update(over)
    return IncidentReportData(**values)


def test_the_report_from_plain_data_uses_the_words_of_issue_10():
    """No vault: the document is a function of its data. 'Verantwoordelijke' and 'verlopen', never 'Eigenaar' or
    'te laat'; the channel and the place are separate facts; the ELA warning is a point of attention."""
    from veiligbestuur_desktop.reports.incident_report import render_incident_report

    pdf = render_incident_report(_plain_data())
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Incidentrapport 2026-014"
    text = _text(pdf)
    flat = " ".join(text.split())
    for wanted in (
        "Incidentrapport 2026-014",
        "Gemeente Proefdorp",
        "Verantwoordelijke",
        "23-11-2026 (verlopen)",
        "Kanaal e-mail",
        "Plaats online",
        "Aandachtspunten",
        "bestuurder onderling",
        "Aangifte of melding? aangifte",
        "Beslissing OM: dagvaarding",
        "Aangifte afgewogen bij strafbaar feit",
    ):
        assert wanted in flat, wanted
    for unwanted in ("Eigenaar", "te laat", "Escaleren", "betrokkene", "Gesprek binnen 72 uur", "Nagesprek"):
        assert unwanted not in flat, unwanted
    quiet = " ".join(_text(render_incident_report(_plain_data(notes=()))).split())
    assert "Aandachtspunten" not in quiet


def test_the_report_warns_outside_the_ela_for_an_aangifte_without_vpt_code(workspace):
    from dataclasses import replace

    from veiligbestuur_desktop.domain.incidents import FollowUpDraft, PerpetratorType, Track

    people = make_people(workspace)
    svc = IncidentService(workspace)
    reg = svc.register(replace(incident_draft(people), perpetrator_type=PerpetratorType.BESTUURDER), TODAY)
    aangifte = next(f for f in svc.detail(reg.id, TODAY).follow_ups if f.track == Track.AANGIFTE)
    svc.update_follow_up(aangifte.id, FollowUpDraft(aangifte.title, details={"decision": "melding"}), TODAY)
    data = IncidentReportService(workspace).data(reg.id)
    assert len(data.notes) == 2 and "bestuurder onderling" in data.notes[0] and "VPT-code" in data.notes[1]
    assert data.fact("Plaats") == "" and data.fact("Kanaal") == "sociale media / internet"


def test_on_every_demo_incident_the_reports_ticks_and_the_tracks_say_the_same(workspace):
    """Issue 10: the report said 'Aangifte … nog niet' beside an aangifte track with a PV number. On a demo vault
    (200 incidents, seed 1), for every incident: a handling tick that has a track is ticked exactly when every
    follow-up on the track is gereed or n.v.t. and one is gereed, dated the last one done; the report's
    follow-up lines are the tracks' follow-ups with their status. The demo also keeps channel and place apart."""
    from veiligbestuur_desktop.domain.incidents import TRACK_OF_CHECK, FollowUpStatus
    from veiligbestuur_desktop.services import demo

    demo.fill(workspace, 200, seed=1)
    svc = IncidentService(workspace)
    reports = IncidentReportService(workspace)
    checked = ticked = 0
    for iid in range(1, 201):
        detail = svc.detail(iid, demo.ANCHOR)
        data = reports.data(iid, today=demo.ANCHOR)
        ticks = {t.label: t for t in data.checklist}
        for item, track in TRACK_OF_CHECK.items():
            on_track = [f for f in detail.follow_ups if f.track == track]
            done = [f for f in on_track if f.done_on is not None]  # done, or decided n.v.t., on that day
            track_done = (
                bool(on_track)
                and bool(done)
                and all(f.status in (FollowUpStatus.GEREED, FollowUpStatus.NVT) for f in on_track)
            )
            tick = ticks[item.label]
            assert (tick.done_on is not None) == track_done, (detail.number, item.value)
            if track_done:
                assert tick.done_on == max(f.done_on for f in done), (detail.number, item.value)
                ticked += 1
            checked += 1
        assert [f.status for f in data.follow_ups] == [f.status.label for f in detail.follow_ups]
        d = detail.draft
        if d.channel.value in ("email", "sociale_media"):
            assert d.place is not None and d.place.value == "online", detail.number
        if d.place is not None and d.place.value == "online":
            assert d.channel.value not in ("persoonlijk",), detail.number
        assert d.at_home == (d.place is not None and d.place.value == "woning"), detail.number
        assert d.status.value not in ("gemeld", "nazorg")
    assert checked == 600 and 0 < ticked < checked  # both sides of the rule occur
