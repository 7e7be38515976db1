from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.incidents import HOME_ADDRESS, TODAY, incident_draft, make_people
from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.incidents import (
    AimedAt,
    CheckItem,
    FollowUpDraft,
    FollowUpStatus,
    IncidentStatus,
    Track,
    VictimDraft,
)
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.store import audit
from veiligbestuur_desktop.store.models import Attachment, Incident

PNG = b"\x89PNG\r\n\x1a\n" + b"beeld" * 100


@pytest.fixture
def people(workspace):
    return make_people(workspace)


def test_register_numbers_per_year_and_plans_follow_ups(workspace, people):
    svc = IncidentService(workspace)
    a = svc.register(incident_draft(people), today=TODAY)
    b = svc.register(
        incident_draft(people, occurred_on=date(2025, 12, 30), reported_on=date(2025, 12, 31)), TODAY
    )
    c = svc.register(incident_draft(people), today=TODAY)
    assert (a.number, b.number, c.number) == ("2026-001", "2025-001", "2026-002")
    detail = svc.detail(a.id, TODAY)
    assert {f.kind for f in detail.follow_ups} >= {
        "opvang",
        "gesprek_72u",
        "nagesprek_2w",
        "nagesprek_6w",
        "reactie",
    }
    due72 = next(f for f in detail.follow_ups if f.kind == "gesprek_72u")
    # issue 10: the opvanggesprek counts from the incident (20-11, no time: three days), not from the report
    assert due72.deadline == date(2026, 11, 23) and due72.state == "overdue"
    assert detail.draft.received_by == "Eelke de Vries"
    assert [c for c, _ in detail.categories] == ["bedreiging", "doxing"]
    assert detail.events[0].what == "Incident geregistreerd"


def test_escalation_advice_for_level_4(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people, severity_level=4, categories=("fysiek_geweld",)), TODAY)
    assert reg.escalation_advised
    assert svc.detail(reg.id, TODAY).contacts[0][1] == "112"


def test_invalid_incident_writes_nothing(workspace, people):
    svc = IncidentService(workspace)
    for bad in (
        incident_draft(people, occurred_on=date(2026, 12, 1), reported_on=date(2026, 12, 1)),
        incident_draft(people, description=""),
        incident_draft(people, description="x" * (10 * 1024 * 1024)),
        incident_draft(people, victims=()),
        incident_draft(people, perpetrator_id=people.wethouder),
    ):
        with pytest.raises(ValidationError):
            svc.register(bad, TODAY)
    with workspace.reading() as s:
        assert s.scalar(select(func.count()).select_from(Incident)) == 0


def test_checklist_follow_ups_and_audit_without_content(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    for code in (CheckItem.PROTOCOL, CheckItem.VERTROUWENSLIJN, CheckItem.GEREGISTREERD):
        svc.set_check(reg.id, code, date(2026, 11, 22), TODAY)
    detail = svc.detail(reg.id, TODAY)
    assert set(detail.checks) == {"protocol", "vertrouwenslijn", "geregistreerd"}
    aangifte = next(f for f in detail.follow_ups if f.track == Track.AANGIFTE)
    svc.update_follow_up(
        aangifte.id,
        FollowUpDraft(
            aangifte.title,
            owner="Eelke de Vries",
            deadline=aangifte.deadline,
            status=FollowUpStatus.GEREED,
            details={
                "decision": "aangifte",
                "filed_on": "22-11-2026",
                "pv_number": "PL0100-2026123456",
                "filed_by": "gemeente",
            },
        ),
        TODAY,
    )
    detail = svc.detail(reg.id, TODAY)
    aangifte = next(f for f in detail.follow_ups if f.track == Track.AANGIFTE)
    assert (
        aangifte.details["pv_number"] == "PL0100-2026123456" and aangifte.details["filed_on"] == "2026-11-22"
    )
    assert aangifte.state == "done"
    with workspace.reading() as s:
        summaries = [e.summary for e in audit.entries_for(s, "incident", reg.id)]
        summaries += [e.summary for e in audit.entries_for(s, "follow_up", aangifte.id)]
    text = " ".join(summaries)
    assert "2026-001" in text
    for secret in ("Hélène", "Facebook", "PL0100", "asielopvang"):
        assert secret not in text


def test_status_update_and_delete(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    # issue 10: not closed while follow-ups are open; the message names them and says what to do
    with pytest.raises(ValidationError, match="nog open") as info:
        svc.set_status(reg.id, IncidentStatus.AFGESLOTEN, TODAY)
    assert info.value.field == "status" and "n.v.t." in info.value.message
    assert svc.detail(reg.id, TODAY).draft.status != IncidentStatus.AFGESLOTEN
    for f in svc.detail(reg.id, TODAY).follow_ups:
        svc.update_follow_up(f.id, FollowUpDraft(f.title, status=FollowUpStatus.NVT), TODAY)
    svc.set_status(reg.id, IncidentStatus.AFGESLOTEN, TODAY)
    d = svc.detail(reg.id, TODAY)
    assert d.draft.status == IncidentStatus.AFGESLOTEN and d.draft.closed_on == TODAY
    assert "afgesloten" in d.events[-1].what
    svc.delete(reg.id)
    with pytest.raises(NotFound):
        svc.detail(reg.id)


def test_list_filters_search_sort_and_paging(workspace, people):
    svc = IncidentService(workspace)
    svc.register(incident_draft(people), TODAY)
    svc.register(
        incident_draft(
            people,
            description="Raadslid uitgescholden op de markt",
            location="weekmarkt",
            categories=("verbaal",),
            severity_level=2,
            victims=(replace(incident_draft(people).victims[0], person_id=people.raadslid),),
            perpetrator_known=False,
            perpetrator_id=None,
        ),
        TODAY,
    )
    svc.register(incident_draft(people, occurred_on=date(2025, 3, 1), reported_on=date(2025, 3, 1)), TODAY)
    assert svc.count(IncidentQuery()) == 3
    assert svc.count(IncidentQuery(year=2025)) == 1
    assert svc.count(IncidentQuery(category="verbaal")) == 1
    assert svc.count(IncidentQuery(severity_level=3)) == 2
    assert svc.count(IncidentQuery(person_id=people.raadslid)) == 1
    assert svc.count(IncidentQuery(person_id=people.dader)) == 2  # as perpetrator
    assert svc.count(IncidentQuery(text="markt")) == 1
    assert svc.count(IncidentQuery(text="facebo")) == 2  # prefix search, diacritics-insensitive
    assert svc.count(IncidentQuery(text="Wiersma")) == 1  # victim's name
    assert svc.count(IncidentQuery(text='"); DROP TABLE incident; --')) == 0
    rows = svc.page(IncidentQuery(sort="number", descending=False), 0, 10)
    assert [r.number for r in rows] == ["2025-001", "2026-001", "2026-002"]
    assert rows[1].categories == ("bedreiging (ook van naasten)", "doxing (art. 285d Sr)")
    assert "Hélène van der Meer" in rows[1].victims
    assert [r.number for r in svc.page(IncidentQuery(sort="severity_level", descending=False), 0, 1)] == [
        "2026-002"
    ]
    assert [r.number for r in svc.page(IncidentQuery(sort="number"), 1, 1)] == ["2026-001"]


def test_todo_lists_due_and_overdue_follow_ups(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(
        incident_draft(people, reported_on=date(2026, 11, 27), occurred_on=date(2026, 11, 27)), TODAY
    )
    todo = svc.todo(TODAY)
    kinds = {(t.due.number, t.due.title, t.state) for t in todo}
    assert ("2026-001", "Eerste opvang (dezelfde dag)", "overdue") in kinds
    assert ("2026-001", "Opvanggesprek", "due") in kinds
    assert not any("6 tot 8" in t.due.title for t in todo)
    assert todo[0].state == "overdue"
    opvang = next(f for f in svc.detail(reg.id, TODAY).follow_ups if f.kind == "opvang")
    svc.update_follow_up(opvang.id, FollowUpDraft(opvang.title, status=FollowUpStatus.GEREED), TODAY)
    assert not any(t.due.follow_up_id == opvang.id for t in svc.todo(TODAY))


def test_todo_counts_in_sql_sorts_by_urgency_and_names_the_victims(workspace, people):
    svc = IncidentService(workspace)
    day = date(2026, 11, 27)
    light = svc.register(incident_draft(people, reported_on=day, occurred_on=day, severity_level=1), TODAY)
    severe = svc.register(
        incident_draft(
            people,
            reported_on=day,
            occurred_on=day,
            severity_level=4,
            victims=(VictimDraft(people.raadslid, True, AimedAt.AMBT),),
        ),
        TODAY,
    )
    everything = svc.todo(TODAY)
    counts = svc.todo_counts(TODAY)
    assert counts.overdue == sum(t.state == "overdue" for t in everything) >= 2
    assert counts.due == sum(t.state == "due" for t in everything) >= 2
    # a capped list does not cap the numbers, and it keeps the most urgent: overdue, most severe first
    capped = svc.todo(TODAY, limit=1)
    assert len(capped) == 1 and svc.todo_counts(TODAY) == counts
    assert (capped[0].state, capped[0].due.incident_id) == ("overdue", severe.id)
    states = [t.state for t in everything]
    assert states == sorted(states, key=lambda s: s != "overdue")
    overdue = [t for t in everything if t.state == "overdue"]
    assert [t.due.severity_level for t in overdue] == sorted(
        (t.due.severity_level for t in overdue), reverse=True
    )
    assert {t.due.incident_id for t in overdue} == {light.id, severe.id}
    # the victims by display name, as the register shows them
    names = {t.due.incident_id: t.victims for t in everything}
    assert names[light.id] == ("Hélène van der Meer", "Joëlle Hoekstra")
    assert names[severe.id] == ("Sjoerd Wiersma",)


def test_attachments_limit_hash_export_and_audit(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    atts = AttachmentService(workspace)
    with pytest.raises(ValidationError, match="te groot"):
        atts.add(reg.id, "groot.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (25 * 1024 * 1024 + 1 - 8))
    with pytest.raises(ValidationError, match="/"):
        atts.add(reg.id, "map/foto.png", PNG)
    with workspace.reading() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0
    aid = atts.add(reg.id, "screenshot facebook.png", PNG, "bericht van 20-11")
    info = svc.detail(reg.id).attachments[0]
    import hashlib

    assert (
        info.sha256 == hashlib.sha256(PNG).hexdigest() and info.size == len(PNG) and info.mime == "image/png"
    )
    name, data = atts.export(aid)
    assert (name, data) == ("screenshot facebook.png", PNG)
    with workspace.reading() as s:
        actions = [e.action for e in audit.entries_for(s, "attachment", aid)]
    assert actions == ["create", "export"]
    atts.delete(aid)
    assert svc.detail(reg.id).attachments == ()


def test_person_rules(workspace, people):
    svc = PersonService(workspace)
    IncidentService(workspace).register(incident_draft(people), TODAY)
    with pytest.raises(ValidationError, match="gekoppeld aan 1 incident"):
        svc.delete(people.wethouder)
    with pytest.raises(ValidationError, match="adres wordt alleen bij een veroorzaker"):
        svc.create(PersonDraft(PersonKind.AMBTSDRAGER, name="X", role=Role.RAADSLID, address=HOME_ADDRESS))
    with pytest.raises(ValidationError, match="naaste moet horen"):
        svc.create(PersonDraft(PersonKind.NAASTE, name="Kind", related_to_id=people.dader))
    assert [p.name for p in svc.search("hoek")] == ["Joëlle Hoekstra"]
    assert {p.kind for p in svc.search(kinds=(PersonKind.BETROKKENE,))} == {"betrokkene"}
    svc.update(people.raadslid, replace(svc.get(people.raadslid), phone="06-12345678"))
    with workspace.reading() as s:
        summary = audit.entries_for(s, "person", people.raadslid)[-1].summary
    assert summary == "gewijzigd: phone" and "0612" not in summary


def test_timeline_and_ticks_name_the_person_the_audit_trail_names_the_slot(workspace):
    """Issue 10: "door Coördinator" (the key slot's name) stood where the coordinator's name belongs."""
    from veiligbestuur_desktop.services import lifecycle, vault_admin
    from veiligbestuur_desktop.store import audit

    people = make_people(workspace)
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    svc.set_check(reg.id, CheckItem.PROTOCOL, TODAY, TODAY)
    detail = svc.detail(reg.id, TODAY)
    assert {e.by for e in detail.events} == {"Eelke de Vries"}
    assert detail.checks[CheckItem.PROTOCOL.value][1] == "Eelke de Vries"
    with workspace.reading() as s:
        assert {e.slot for e in audit.entries_for(s, "incident", reg.id)} == {"Coördinator"}
    # a deputy with a named slot is named by that slot
    deputy = "Groene weide bij de Linge 77"
    vault_admin.add_passphrase(workspace, "Jan Plaatsvervanger", deputy, deputy)
    data_dir = workspace.vault.paths.data_dir
    workspace.lock()
    ws = lifecycle.unlock(data_dir, deputy)
    try:
        IncidentService(ws).set_check(reg.id, CheckItem.GEREGISTREERD, TODAY, TODAY)
        checks = IncidentService(ws).detail(reg.id, TODAY).checks
        assert checks[CheckItem.GEREGISTREERD.value][1] == "Jan Plaatsvervanger"
    finally:
        ws.lock()


def test_a_handling_tick_with_a_track_follows_the_track(workspace, people):
    """Issue 10: the report said "Aangifte … nog niet" while the aangifte track had a PV number."""
    from veiligbestuur_desktop.services.incident_report import IncidentReportService

    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    assert "aangifte" not in svc.detail(reg.id, TODAY).checks
    aangifte = next(f for f in svc.detail(reg.id, TODAY).follow_ups if f.track == Track.AANGIFTE)
    svc.update_follow_up(
        aangifte.id,
        FollowUpDraft(
            aangifte.title,
            owner="Eelke de Vries",
            status=FollowUpStatus.GEREED,
            details={"decision": "aangifte", "filed_on": "22-11-2026", "pv_number": "PL0100-2026123456"},
        ),
        TODAY,
    )
    detail = svc.detail(reg.id, TODAY)
    assert detail.checks["aangifte"][1] == "Eelke de Vries" and detail.checks["aangifte"][0] is not None
    ticks = {t.label: t for t in IncidentReportService(workspace).data(reg.id).checklist}
    assert ticks["Aangifte afgewogen bij strafbaar feit"].done_on == detail.checks["aangifte"][0]


def test_only_the_purge_anonymises_an_incident(workspace, people):
    """Issue 10: 'geanonimiseerd' could be chosen in the form and then locked the incident with the names in it."""
    from veiligbestuur_desktop.domain.incidents import INCIDENT, IncidentStatus

    status = INCIDENT.field("status")
    assert "geanonimiseerd" not in [v for v, _ in status.choosable()]
    assert "geanonimiseerd" in [
        v for v, _ in status.choices()
    ]  # still shown for incidents the purge anonymised
    svc = IncidentService(workspace)
    with pytest.raises(ValidationError, match="opschonen") as info:
        svc.register(replace(incident_draft(people), status=IncidentStatus.GEANONIMISEERD), TODAY)
    assert info.value.field == "status"
    reg = svc.register(incident_draft(people), TODAY)
    with pytest.raises(ValidationError, match="opschonen"):
        svc.set_status(reg.id, IncidentStatus.GEANONIMISEERD, TODAY)
    assert svc.detail(reg.id, TODAY).draft.status != IncidentStatus.GEANONIMISEERD


def test_opschalen_for_threats_repeat_perpetrators_and_victims_at_risk(workspace, people):
    """Issue 10: advise opschalen to police and OM for every threat, stalking, doxing and physical violence
    (online too), for a repeat perpetrator and for a victim with verhoogd risico, not only for ernst 4."""
    from veiligbestuur_desktop.domain.incidents import Channel, VictimDraft

    svc = IncidentService(workspace)
    calm = dict(
        severity_level=1,
        categories=("hinderlijk",),
        channel=Channel.EMAIL,
        at_home=False,
        victims=(VictimDraft(people.raadslid),),
        perpetrator_known=False,
        perpetrator_id=None,
    )
    assert not svc.register(incident_draft(people, **calm), TODAY).escalation_advised
    threat = {**calm, "categories": ("bedreiging",), "channel": Channel.SOCIALE_MEDIA}
    assert svc.register(incident_draft(people, **threat), TODAY).escalation_advised  # online too
    at_risk = {**calm, "victims": (VictimDraft(people.wethouder),)}  # the wethouder has verhoogd risico
    assert svc.register(incident_draft(people, **at_risk), TODAY).escalation_advised
    again = {**calm, "perpetrator_known": True, "perpetrator_id": people.dader}
    first = svc.register(incident_draft(people, **again), TODAY)
    assert not first.escalation_advised  # a first incident of this perpetrator
    assert svc.register(incident_draft(people, **again), TODAY).escalation_advised  # a repeat perpetrator
    assert svc.detail(first.id, TODAY).escalation_advised  # and the first one now says so too


def test_nazorg_intervals_of_the_opvangregeling_are_checked_audited_and_plan_new_incidents(workspace, people):
    from veiligbestuur_desktop.domain.nazorg import NazorgIntervals
    from veiligbestuur_desktop.services import verify

    svc = IncidentService(workspace)
    assert svc.nazorg_intervals() == NazorgIntervals()  # the Stappenplan's defaults when none are stored
    with pytest.raises(ValidationError, match="tweede vervolggesprek"):
        svc.set_nazorg_intervals(NazorgIntervals(first_to_days=50, second_from_days=42))
    assert svc.nazorg_intervals() == NazorgIntervals()
    mine = NazorgIntervals(
        opvang_hours=48, first_from_days=7, first_to_days=10, second_from_days=35, second_to_days=42
    )
    assert svc.set_nazorg_intervals(mine)
    assert not svc.set_nazorg_intervals(mine)  # nothing changed, nothing written
    assert svc.nazorg_intervals() == mine
    with workspace.reading() as s:
        (entry,) = audit.entries_for(s, "setting", "nazorg_intervals")
    assert entry.action == "update" and "48 uur" in entry.summary
    reg = svc.register(incident_draft(people), TODAY)  # occurred 20-11
    plan = {f.kind: f for f in svc.detail(reg.id, TODAY).follow_ups}
    assert plan["gesprek_72u"].deadline == date(2026, 11, 22)
    assert (plan["nagesprek_2w"].due_from, plan["nagesprek_2w"].deadline) == (
        date(2026, 11, 29),
        date(2026, 12, 2),
    )
    assert verify.verify(workspace).ok


def test_changing_the_incident_date_replans_the_open_nazorg_and_says_so_on_the_timeline(workspace, people):
    from veiligbestuur_desktop.services import verify

    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    plan = {f.kind: f for f in svc.detail(reg.id, TODAY).follow_ups}
    # the second vervolggesprek is already done (n.v.t.): it keeps its dates
    six = plan["nagesprek_6w"]
    svc.update_follow_up(
        six.id, FollowUpDraft(six.title, deadline=six.deadline, status=FollowUpStatus.NVT), TODAY
    )
    svc.update(reg.id, replace(svc.get(reg.id), occurred_on=date(2026, 11, 18)), TODAY)
    after = {f.kind: f for f in svc.detail(reg.id, TODAY).follow_ups}
    assert after["gesprek_72u"].deadline == date(2026, 11, 21)
    assert (after["nagesprek_2w"].due_from, after["nagesprek_2w"].deadline) == (
        date(2026, 12, 3),
        date(2026, 12, 5),
    )
    assert after["nagesprek_6w"].deadline == plan["nagesprek_6w"].deadline
    assert after["opvang"].deadline == plan["opvang"].deadline  # counts from the report, which did not change
    events = [e.what for e in svc.detail(reg.id, TODAY).events]
    assert "Opvanggesprek: termijn 21-11-2026 (datum of tijd van het incident gewijzigd)" in events
    assert "Eerste vervolggesprek: termijn 05-12-2026 (datum of tijd van het incident gewijzigd)" in events
    assert verify.verify(workspace).ok


def test_holding_the_opvanggesprek_replans_the_vervolggesprekken_from_that_day(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    gesprek = next(f for f in svc.detail(reg.id, TODAY).follow_ups if f.kind == "gesprek_72u")
    svc.update_follow_up(
        gesprek.id,
        FollowUpDraft(gesprek.title, status=FollowUpStatus.GEREED, done_on=date(2026, 11, 25)),
        TODAY,
    )
    after = {f.kind: f for f in svc.detail(reg.id, TODAY).follow_ups}
    assert (after["nagesprek_2w"].due_from, after["nagesprek_2w"].deadline) == (
        date(2026, 12, 7),
        date(2026, 12, 9),
    )
    assert (after["nagesprek_6w"].due_from, after["nagesprek_6w"].deadline) == (
        date(2027, 1, 6),
        date(2027, 1, 20),
    )
    events = [e.what for e in svc.detail(reg.id, TODAY).events]
    assert "Opvanggesprek: gereed" in events
    assert "Tweede vervolggesprek: termijn 20-01-2027 (opvanggesprek gehouden)" in events


def test_adding_the_perpetrator_makes_the_reactie_due(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people, perpetrator_known=False, perpetrator_id=None), TODAY)
    reactie = next(f for f in svc.detail(reg.id, TODAY).follow_ups if f.kind == "reactie")
    assert reactie.status == FollowUpStatus.NVT and reactie.title == "Reactie aan de dader"
    svc.update(reg.id, replace(svc.get(reg.id), perpetrator_known=True, perpetrator_id=people.dader), TODAY)
    reactie = next(f for f in svc.detail(reg.id, TODAY).follow_ups if f.kind == "reactie")
    assert (reactie.status, reactie.due_from, reactie.deadline) == (
        FollowUpStatus.OPEN,
        TODAY,
        date(2026, 11, 29),
    )
    assert reactie.state == "due"
    assert "Reactie aan de dader: termijn 29-11-2026 (dader bekend)" in [
        e.what for e in svc.detail(reg.id, TODAY).events
    ]


def test_own_follow_up_of_any_kind_and_every_edit_on_the_timeline_in_codes(workspace, people):
    from veiligbestuur_desktop.services import verify

    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    note = svc.add_follow_up(
        reg.id,
        Track.OVERIG,
        FollowUpDraft(
            "Gezin informeren over de maatregelen",
            deadline=date(2026, 12, 5),
            details={"notes": "na overleg\nmet de politie"},
        ),
        TODAY,
    )
    witness = svc.add_follow_up(
        reg.id, Track.NAZORG, FollowUpDraft("Nazorg voor de getuige", details={"for_whom": "getuige"}), TODAY
    )
    second = svc.add_follow_up(
        reg.id, Track.SANCTIE, FollowUpDraft("Tweede sanctie", details={"type": "tribune"}), TODAY
    )
    fus = {f.id: f for f in svc.detail(reg.id, TODAY).follow_ups}
    assert (fus[note].track, fus[note].kind, fus[note].deadline) == (Track.OVERIG, "extra", date(2026, 12, 5))
    assert fus[note].details["notes"] == "na overleg\nmet de politie"
    assert fus[second].details["type"] == "tribune" and fus[witness].track == Track.NAZORG
    svc.update_follow_up(
        note,
        FollowUpDraft(
            "Gezin informeren over de maatregelen",
            owner="Griffier",
            deadline=date(2026, 12, 8),
            details={"notes": "na overleg\nmet de politie"},
        ),
        TODAY,
    )
    svc.update_follow_up(
        second,
        FollowUpDraft(
            "Tweede sanctie",
            status=FollowUpStatus.GEREED,
            details={"type": "tribune", "letter_sent_on": "27-11-2026"},
        ),
        TODAY,
    )
    events = [e.what for e in svc.detail(reg.id, TODAY).events]
    assert "Opvolging toegevoegd: Nazorg voor de getuige" in events
    assert "Gezin informeren over de maatregelen: verantwoordelijke, termijn gewijzigd" in events
    assert (
        "Tweede sanctie: gereed" in events
        and "Tweede sanctie: datum afgerond, brief verstuurd op gewijzigd" in events
    )
    # the timeline stores codes, not sentences
    with workspace.reading() as s:
        from veiligbestuur_desktop.store.models import IncidentEvent

        params = [
            e.params
            for e in s.scalars(select(IncidentEvent).where(IncidentEvent.code == "follow_up_changed"))
        ]
    assert any('"f": "owner,deadline"' in p for p in params)
    # nothing changed: nothing written
    before = len(events)
    svc.update_follow_up(
        note,
        FollowUpDraft(
            "Gezin informeren over de maatregelen",
            owner="Griffier",
            deadline=date(2026, 12, 8),
            details={"notes": "na overleg\nmet de politie"},
        ),
        TODAY,
    )
    assert len(svc.detail(reg.id, TODAY).events) == before
    assert verify.verify(workspace).ok


def test_closing_drops_the_chosen_open_follow_ups_in_one_step(workspace, people):
    from veiligbestuur_desktop.services import verify

    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    open_ = svc.open_follow_ups(reg.id)
    assert len(open_) >= 6
    keep = open_[0]
    # dropping some while others stay open: refused, and nothing changed
    with pytest.raises(ValidationError, match="nog open"):
        svc.close(reg.id, [f.id for f in open_[1:]], "slachtoffer wil geen vervolg", TODAY)
    assert len(svc.open_follow_ups(reg.id)) == len(open_)
    # a reason is needed
    with pytest.raises(ValidationError, match="reden"):
        svc.close(reg.id, [f.id for f in open_], "", TODAY)
    svc.update_follow_up(
        keep.id, FollowUpDraft(keep.title, deadline=keep.deadline, status=FollowUpStatus.GEREED), TODAY
    )
    svc.close(reg.id, [f.id for f in open_[1:]], "slachtoffer wil geen vervolg", TODAY)
    d = svc.detail(reg.id, TODAY)
    assert d.draft.status == IncidentStatus.AFGESLOTEN and d.draft.closed_on == TODAY
    dropped = [f for f in d.follow_ups if f.id in {f.id for f in open_[1:]}]
    assert all(
        f.status == FollowUpStatus.NVT and f.details["nvt_reason"] == "slachtoffer wil geen vervolg"
        for f in dropped
    )
    assert next(f for f in d.follow_ups if f.id == keep.id).status == FollowUpStatus.GEREED
    events = [e.what for e in d.events]
    assert events[-1] == "Status gewijzigd naar ‘afgesloten’"
    assert f"{dropped[0].title}: n.v.t. bij het afsluiten (slachtoffer wil geen vervolg)" in events
    with workspace.reading() as s:
        last = audit.entries_for(s, "incident", reg.id)[-1]
    assert last.summary == f"incident {reg.number}: afgesloten, {len(dropped)} opvolging(en) n.v.t."
    assert "slachtoffer" not in last.summary.split(":")[0]
    with pytest.raises(ValidationError, match="al afgesloten"):
        svc.close(reg.id, [], "", TODAY)
    assert verify.verify(workspace).ok


def test_a_tick_with_a_track_is_refused_while_the_track_is_open(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    with pytest.raises(ValidationError, match="Aangifte of melding afwegen"):
        svc.set_check(reg.id, CheckItem.AANGIFTE, TODAY, TODAY)
    svc.set_check(reg.id, CheckItem.NABESPROKEN, TODAY, TODAY)  # no track: ticked by hand
    assert set(svc.detail(reg.id, TODAY).checks) == {"nabesproken"}


def test_a_track_weighed_and_found_not_to_apply_ticks_on_the_day_it_was_decided(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    schade = [f for f in svc.detail(reg.id, TODAY).follow_ups if f.track == Track.SCHADE]
    assert len(schade) == 2  # the victim's claim and the municipality's: separate
    svc.update_follow_up(schade[0].id, FollowUpDraft(schade[0].title, status=FollowUpStatus.NVT), TODAY)
    assert "schade" not in svc.detail(reg.id, TODAY).checks  # the other claim is still open
    svc.update_follow_up(
        schade[1].id, FollowUpDraft(schade[1].title, status=FollowUpStatus.NVT), date(2026, 11, 27)
    )
    detail = svc.detail(reg.id, TODAY)
    assert detail.checks["schade"] == (TODAY, "")  # the last decision; by its verantwoordelijke (none set)
    assert {f.done_on for f in detail.follow_ups if f.track == Track.SCHADE} == {TODAY, date(2026, 11, 27)}


def test_a_closed_incident_gets_no_open_follow_up(workspace, people):
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    svc.close(reg.id, [f.id for f in svc.open_follow_ups(reg.id)], "afgehandeld door de politie", TODAY)
    with pytest.raises(ValidationError, match="afgesloten"):
        svc.add_follow_up(reg.id, Track.OVERIG, FollowUpDraft("Nog even bellen"), TODAY)
    done = svc.add_follow_up(
        reg.id, Track.OVERIG, FollowUpDraft("Nagebeld", status=FollowUpStatus.GEREED), TODAY
    )  # what was done may still be recorded
    with pytest.raises(ValidationError, match="in behandeling"):
        svc.update_follow_up(done, FollowUpDraft("Nagebeld", status=FollowUpStatus.OPEN), TODAY)
    svc.set_status(reg.id, IncidentStatus.IN_BEHANDELING, TODAY)  # reopened: follow-ups may open again
    svc.update_follow_up(done, FollowUpDraft("Nagebeld", status=FollowUpStatus.OPEN), TODAY)
    assert [f.title for f in svc.open_follow_ups(reg.id)] == ["Nagebeld"]
