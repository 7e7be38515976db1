"""The services of steps 4 and 5 without the GUI: pseudonymised minutes, letters that never carry a victim's
home address, the meeting sheet printed by default, the evidence of the checklist items, the audit trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.support.incidents import HOME_ADDRESS, incident_draft, make_people
from veiligbestuur_desktop.domain.actions import ActionSource
from veiligbestuur_desktop.domain.communication import (
    CommunicationDraft,
    CommunicationKind,
    ContactKind,
    ContactLogDraft,
)
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.execution import (
    AvoidanceKind,
    AvoidanceSignalDraft,
    Forum,
    IncidentReviewDraft,
    MeetingCheckDraft,
    MeetingKind,
    RiskLevel,
)
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services import area_execution
from veiligbestuur_desktop.services.actions import ActionService
from veiligbestuur_desktop.services.communication import CommunicationService
from veiligbestuur_desktop.services.contact_log import ContactLogService
from veiligbestuur_desktop.services.documents import DocumentService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.meetings import MeetingService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.reviews import ReviewService
from veiligbestuur_desktop.services.signals import SignalService
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.store import audit

TODAY = date.today()


def test_minutes_replace_names_in_the_text_by_initials(workspace):
    people = make_people(workspace)
    inc = IncidentService(workspace).register(
        incident_draft(people, perpetrator_known=True, perpetrator_id=people.dader)
    )
    review = ReviewService(workspace).create(
        IncidentReviewDraft(
            held_on=TODAY,
            forum=Forum.COLLEGE,
            incident_ids=(inc.id,),
            conclusions="Hélène van der Meer is opgevangen; Gerrit Brouwer krijgt een ordegesprek.",
            decisions="Ordegesprek met Brouwer plannen",
            decision_owner="griffier",
            decision_deadline=TODAY + timedelta(days=14),
        )
    )
    data = area_execution.review_minutes_data(workspace, review.id)
    assert data.pseudonymised
    assert "H.v.d.M." in data.conclusions and "G.B." in data.conclusions
    text = " ".join([data.conclusions, *(d.what for d in data.decisions)])
    for name in ("Hélène", "Gerrit", "Brouwer", "van der Meer"):
        assert name not in text
    assert [i.number for i in data.incidents] == [IncidentService(workspace).detail(inc.id).number]
    named = area_execution.review_minutes_data(workspace, review.id, pseudonymise=False)
    assert "Gerrit Brouwer" in named.conclusions


def test_review_refuses_decisions_without_date_and_unknown_incidents(workspace):
    svc = ReviewService(workspace)
    with pytest.raises(ValidationError, match="Kies de besproken incidenten"):
        svc.create(IncidentReviewDraft(held_on=TODAY))
    with pytest.raises(ValidationError, match="uitgevoerd moeten zijn"):
        svc.create(
            IncidentReviewDraft(held_on=TODAY, conclusions="x", decisions="Iets doen", decision_owner="a")
        )
    with pytest.raises(ValidationError, match="bestaat niet"):
        svc.create(IncidentReviewDraft(held_on=TODAY, incident_ids=(999,)))
    with pytest.raises(ValidationError):  # a review is held, not planned
        svc.create(IncidentReviewDraft(held_on=TODAY + timedelta(days=1), conclusions="x"))
    assert svc.rows() == [] and ActionService(workspace).rows() == []


def test_letters_go_to_a_betrokkene_and_never_to_a_victims_home(workspace):
    people = make_people(workspace)
    comms = CommunicationService(workspace)
    letter = comms.create(
        CommunicationDraft(
            kind=CommunicationKind.TOELICHTING_BESLUIT,
            held_on=TODAY,
            subject="Besluit over de windmolens",
            audience="omwonenden",
            decision="Vier windmolens in de Noordpolder.",
            person_id=people.dader,
        )
    )
    facts = area_execution.decision_letter_facts(workspace, letter.id)
    assert facts.recipient.name == "Gerrit Brouwer" and facts.recipient.address == HOME_ADDRESS  # his own
    assert facts.subject == "de windmolens"
    # to an office holder (a victim, or anyone of the plan's own people): via the gemeentehuis, never home
    comms.update(letter.id, replace(comms.get(letter.id), person_id=people.wethouder))
    facts = area_execution.decision_letter_facts(workspace, letter.id)
    assert facts.recipient.name == "Hélène van der Meer"
    assert facts.recipient.address.startswith("p/a Gemeente") and HOME_ADDRESS not in facts.recipient.address
    # a letter about a normuitdraging is refused with a Dutch message
    norm = comms.create(
        CommunicationDraft(
            kind=CommunicationKind.NORMUITDRAGING, held_on=TODAY, subject="Norm", audience="allen"
        )
    )
    with pytest.raises(ValidationError, match="geen toelichting op een besluit"):
        DocumentService(workspace).render("brief-toelichting-besluit", norm.id)


def test_meeting_sheet_by_default_is_the_next_upcoming_meeting(workspace):
    svc = MeetingService(workspace)
    past = svc.create(
        MeetingCheckDraft(title="Vorige raad", held_on=TODAY - timedelta(days=20), level=RiskLevel.LAAG)
    )
    later = svc.create(
        MeetingCheckDraft(title="Latere raad", held_on=TODAY + timedelta(days=40), level=RiskLevel.LAAG)
    )
    soon = svc.create(
        MeetingCheckDraft(
            meeting_kind=MeetingKind.INSPRAAKAVOND,
            title="Inspraak",
            held_on=TODAY + timedelta(days=5),
            level=RiskLevel.MIDDEN,
        )
    )
    assert svc.current() == soon.id
    assert DocumentService(workspace).resolve("bijeenkomst-risico")[1] == soon.id
    assert {past.id, later.id} < {r.id for r in svc.rows()}
    svc.delete(soon.id)
    svc.delete(later.id)
    assert svc.current() == past.id  # none ahead: the latest


def test_evidence_names_the_gap_and_then_the_record(workspace):
    plan = PlanService(workspace)
    ev = plan.evidence(TODAY, step=4) | plan.evidence(TODAY, step=5)
    for code in (
        "uitvoering_maatregelen",
        "uitvoering_operationeel",
        "uitvoering_bespreken",
        "uitvoering_vermijding",
        "communicatie_normen",
        "communicatie_besluiten",
        "communicatie_gesprek",
    ):
        assert (ev[code].done, ev[code].total, ev[code].status) == (0, 1, None), code
        assert ev[code].text.startswith("nog geen"), code
    people = make_people(workspace)
    inc = IncidentService(workspace).register(incident_draft(people))
    ReviewService(workspace).create(
        IncidentReviewDraft(held_on=TODAY, forum=Forum.PRESIDIUM, incident_ids=(inc.id,))
    )
    CommunicationService(workspace).create(
        CommunicationDraft(
            kind=CommunicationKind.NORMUITDRAGING, held_on=TODAY, subject="Huisregels", audience="allen"
        )
    )
    ContactLogService(workspace).create(
        ContactLogDraft(
            person_id=people.dader,
            on=TODAY,
            channel=ContactKind.TELEFOON,
            next_contact=TODAY + timedelta(days=10),
        )
    )
    SignalService(workspace).create(
        AvoidanceSignalDraft(person_id=people.raadslid, observed_on=TODAY, signal=AvoidanceKind.MIJDT_DOSSIER)
    )
    ev = plan.evidence(TODAY, step=4) | plan.evidence(TODAY, step=5)
    assert ev["uitvoering_bespreken"].status == ItemStatus.GEREED
    assert ev["uitvoering_bespreken"].text.startswith("incidentbespreking presidium")
    assert (
        ev["communicatie_normen"].status == ItemStatus.GEREED
        and "Huisregels" in ev["communicatie_normen"].text
    )
    assert ev["communicatie_gesprek"].status == ItemStatus.GEREED
    assert (
        ev["uitvoering_vermijding"].status is None and "zonder opvolging" in ev["uitvoering_vermijding"].text
    )
    assert (
        "Hélène" not in ev["uitvoering_vermijding"].text and "Wiersma" not in ev["uitvoering_vermijding"].text
    )
    # later: a quarter without a review is a gap again
    later = TODAY + timedelta(days=120)
    assert PlanService(workspace).evidence(later, step=4)["uitvoering_bespreken"].status is None


def test_every_write_is_audited_with_its_record_hash_and_verify_is_clean(workspace):
    people = make_people(workspace)
    inc = IncidentService(workspace).register(incident_draft(people))
    review = ReviewService(workspace).create(
        IncidentReviewDraft(
            held_on=TODAY,
            incident_ids=(inc.id,),
            decisions="A\nB",
            decision_owner="x",
            decision_deadline=TODAY,
        )
    )
    log = ContactLogService(workspace).create(ContactLogDraft(person_id=people.dader, on=TODAY))
    ContactLogService(workspace).update(
        log.id, replace(ContactLogService(workspace).get(log.id), agreements="Via griffie")
    )
    with workspace.reading() as s:
        entries = audit.entries_for(s, "incident_review", review.id)
        assert entries and entries[-1].record_hash == audit.record_hash(s, "incident_review", review.id)
        actions = [e for e in audit.entries_for(s, "action", 1)]
        assert actions and actions[0].summary == "aangemaakt uit incidentbespreking"
        # the summaries hold codes, never the text of a record
        assert all("Via griffie" not in e.summary for e in audit.entries_for(s, "contact_log", log.id))
    ContactLogService(workspace).delete(log.id)
    assert len(ActionService(workspace).for_source(ActionSource.INCIDENTBESPREKING, review.id)) == 2
    report = verify(workspace, backups=False)
    assert report.ok, report.lines()
