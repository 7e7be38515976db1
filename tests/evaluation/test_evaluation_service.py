"""Step 7 through its services: an evaluation is required before 'geëvalueerd', evaluations are checked and
audited, adjustments become action points, the term review's checklist is made and ticked; verify stays
clean."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.evaluation import EvaluationDraft, Term, term_of
from veiligbestuur_desktop.domain.incidents import IncidentStatus
from veiligbestuur_desktop.services.demo import ANCHOR, create_demo_vault
from veiligbestuur_desktop.services.evaluation import (
    EvaluationQuery,
    EvaluationService,
    TermReviewService,
    actions_available,
)
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.verify import verify

TODAY = ANCHOR + timedelta(days=1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws, _summary = create_demo_vault(tmp_path_factory.mktemp("demo") / "kluis", PASSPHRASE, 400, seed=11)
    yield ws
    ws.lock()


def _closed_without_evaluation(ws, status=IncidentStatus.AFGESLOTEN):
    for c in EvaluationService(ws).incidents_to_evaluate(limit=5000):
        if c.status == status.value and not c.evaluated:
            return c
    raise AssertionError("the demo has no such incident")


def _draft(incident_id, **kw):
    values = dict(
        incident_id=incident_id,
        evaluated_on=ANCHOR,
        participants="coördinator en griffier",
        went_well="Snelle melding.",
        lessons="Het protocol was niet bij iedereen bekend.",
        adjustments="- Protocol bespreken in het presidium\n- Sociale media volgen",
    )
    values.update(kw)
    return EvaluationDraft(**values)


def test_geevalueerd_is_refused_without_an_evaluation_and_allowed_with_one(demo):
    incidents = IncidentService(demo)
    c = _closed_without_evaluation(demo)
    with pytest.raises(ValidationError) as exc:
        incidents.set_status(c.id, IncidentStatus.GEEVALUEERD, TODAY)
    assert "pas als er een evaluatie is" in exc.value.message and exc.value.field == "status"
    assert incidents.get(c.id).status == IncidentStatus.AFGESLOTEN  # nothing changed

    evaluation_id, changes = EvaluationService(demo).record(_draft(c.id), today=TODAY)
    assert changes.touches("incident_evaluation", "incident")
    assert incidents.get(c.id).status == IncidentStatus.GEEVALUEERD
    # an edit of another field of an evaluated incident is not refused
    d = incidents.get(c.id)
    from dataclasses import replace

    incidents.update(c.id, replace(d, witnesses="de bode"), TODAY)
    assert EvaluationService(demo).for_incident(c.id) == [evaluation_id]
    assert verify(demo, backups=False).ok


def test_a_new_incident_cannot_start_as_geevalueerd(demo):
    from tests.support.incidents import TODAY as SUPPORT_TODAY
    from tests.support.incidents import incident_draft, make_people

    people = make_people(demo)
    with pytest.raises(ValidationError, match="pas als er een evaluatie is"):
        IncidentService(demo).create(
            incident_draft(people, status=IncidentStatus.GEEVALUEERD, closed_on=date(2026, 11, 21)),
            SUPPORT_TODAY,
        )


def test_an_evaluation_is_checked(demo):
    service = EvaluationService(demo)
    c = _closed_without_evaluation(demo)
    with pytest.raises(ValidationError, match="een lege evaluatie zegt niets"):
        service.create(_draft(c.id, went_well="", lessons="", adjustments=""), TODAY)
    with pytest.raises(ValidationError, match="vóór het incident"):
        service.create(_draft(c.id, evaluated_on=c.occurred_on - timedelta(days=1)), TODAY)
    with pytest.raises(ValidationError, match="Kies het incident"):
        service.create(_draft(None), TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        service.create(_draft(c.id, evaluated_on=TODAY + timedelta(days=3)), TODAY)
    open_incident = next(
        r
        for r in IncidentService(demo).page(_open_query(), 0, 50)
        if r.status in ("gemeld", "in_behandeling")
    )
    with pytest.raises(ValidationError, match="nog niet afgesloten"):
        service.create(_draft(open_incident.id), TODAY)


def _open_query():
    from veiligbestuur_desktop.store.incidents import IncidentQuery

    return IncidentQuery()


def test_the_only_evaluation_of_an_evaluated_incident_is_not_deleted(demo):
    service = EvaluationService(demo)
    c = _closed_without_evaluation(demo)
    evaluation_id, _changes = service.record(_draft(c.id), today=TODAY)
    with pytest.raises(ValidationError, match="terug op ‘afgesloten’"):
        service.delete(evaluation_id)
    # a second evaluation may go; then the first may not
    second = service.create(_draft(c.id, lessons="Tweede ronde."), TODAY)
    service.delete(second)
    assert service.for_incident(c.id) == [evaluation_id]
    assert verify(demo, backups=False).ok


@pytest.mark.skipif(not actions_available(), reason="step 4's action points are not in this build")
def test_adjustments_become_action_points_of_step_4(demo):
    from veiligbestuur_desktop.domain.actions import ActionSource
    from veiligbestuur_desktop.services.actions import ActionService
    from veiligbestuur_desktop.services.area_evaluation import actions_of_evaluation

    service = EvaluationService(demo)
    c = _closed_without_evaluation(demo)
    evaluation_id, _ = service.record(_draft(c.id), today=TODAY)
    with pytest.raises(ValidationError, match="staat niet"):
        service.create_actions(evaluation_id, ["iets anders"], "griffier", TODAY + timedelta(days=30), TODAY)
    with pytest.raises(ValidationError, match="ten minste één"):
        service.create_actions(evaluation_id, [], "griffier", TODAY + timedelta(days=30), TODAY)
    changes = service.create_actions(
        evaluation_id, ["Protocol bespreken in het presidium"], "griffier", TODAY + timedelta(days=30), TODAY
    )
    assert changes.touches("action")
    rows = ActionService(demo).for_source(ActionSource.EVALUATIE, evaluation_id)
    assert [r.values["title"] for r in rows] == ["Protocol bespreken in het presidium"]
    made = actions_of_evaluation(demo, evaluation_id)
    assert (
        "Protocol bespreken in het presidium" in made
        and "griffier" in made["Protocol bespreken in het presidium"]
    )


def test_the_term_review_is_made_from_personen_and_ticked_with_a_date(workspace):
    from tests.support.incidents import make_people
    from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
    from veiligbestuur_desktop.services.persons import PersonService

    make_people(workspace)  # a wethouder and a raadslid without a term start: both to be briefed
    persons = PersonService(workspace)
    persons.create(
        PersonDraft(
            PersonKind.AMBTSDRAGER,
            name="Oud Raadslid",
            role=Role.RAADSLID,
            term_start=date(2018, 3, 29),
            term_end=date(2022, 3, 30),
        )
    )
    reviews = TermReviewService(workspace)
    term = term_of(TODAY)
    assert term == Term(date(2026, 3, 18), date(2030, 3, 20))
    view = reviews.view(term)
    assert view.review_id is None and len(view.missing) == 3 + 2 * 2  # not the one whose term ended in 2022
    reviews.make(term, TODAY)
    view = reviews.view(term)
    codes = [i.code for i in view.items]
    assert codes[:3] == ["uitgangspunten", "protocol", "contactkaart"] and len(codes) == 7
    assert not view.missing and view.done == 0

    with pytest.raises(ValidationError, match="toekomst"):
        reviews.tick(view.review_id, "protocol", TODAY + timedelta(days=1), TODAY)
    with pytest.raises(ValidationError, match="ruim vóór het begin"):
        reviews.tick(view.review_id, "protocol", date(2024, 1, 1), TODAY)
    reviews.tick(view.review_id, "protocol", date(2026, 5, 12), TODAY)
    item = next(i for i in reviews.view(term).items if i.code == "protocol")
    assert item.done_on == date(2026, 5, 12) and item.by
    reviews.tick(view.review_id, "protocol", None, TODAY)
    assert next(i for i in reviews.view(term).items if i.code == "protocol").done_on is None

    # a new office holder later: the checklist offers their two items
    persons.create(PersonDraft(PersonKind.AMBTSDRAGER, name="Nieuwe Wethouder", role=Role.WETHOUDER))
    assert len(reviews.view(term).missing) == 2
    reviews.make(term, TODAY)
    assert len(reviews.view(term).items) == 9
    for i in reviews.view(term).items:
        reviews.tick(view.review_id, i.code, date(2026, 6, 1), TODAY)
    assert reviews.view(term).complete
    assert verify(workspace, backups=False).ok


def test_the_demo_has_evaluations_and_a_term_review_partly_done(demo):
    service = EvaluationService(demo)
    assert service.count(EvaluationQuery(year=ANCHOR.year)) > 0
    assert service.count(EvaluationQuery(year=ANCHOR.year - 1)) > 0
    view = TermReviewService(demo).view(term_of(ANCHOR))
    assert view.review_id is not None and 0 < view.done < view.total


def test_step_7_evidence(demo):
    from veiligbestuur_desktop.services.plan import PlanService

    evidence = PlanService(demo).evidence(ANCHOR, step=7)
    assert set(evidence) == {
        "evaluatie_incidenten",
        "evaluatie_herijken",
        "evaluatie_jaarlijks",
        "evaluatie_bijstellen",
    }
    assert (
        evidence["evaluatie_incidenten"].done == 1
        and "laatste evaluatie" in evidence["evaluatie_incidenten"].text
    )
    assert evidence["evaluatie_herijken"].done == 0 and "2026–2030" in evidence["evaluatie_herijken"].text
    assert (
        evidence["evaluatie_jaarlijks"].done == 0
        and "jaarverslag 2025 nog niet" in evidence["evaluatie_jaarlijks"].text
    )
    # printing the annual report of the last full year evidences 7.3
    from veiligbestuur_desktop.services.documents import DocumentService

    DocumentService(demo).render("jaarverslag", ANCHOR.year - 1, purpose="print")
    evidence = PlanService(demo).evidence(ANCHOR, step=7)
    assert (
        evidence["evaluatie_jaarlijks"].done == 1
        and "jaarverslag 2025 afgedrukt" in evidence["evaluatie_jaarlijks"].text
    )


def test_an_english_session_stores_dutch_in_the_term_review_and_the_audit(workspace):
    """The term review's labels are stored: Dutch source text, never a translation (Codes, not text)."""
    from sqlalchemy import text

    from tests.support.incidents import make_people
    from veiligbestuur_desktop.domain.i18n import set_translator

    mark = "⟦EN⟧ "
    make_people(workspace)
    set_translator(lambda _context, t: mark + t)
    try:
        reviews = TermReviewService(workspace)
        term = term_of(TODAY)
        reviews.make(term, TODAY)
        view = reviews.view(term)
        reviews.tick(view.review_id, view.items[3].code, date(2026, 5, 1), TODAY)
    finally:
        set_translator(None)
    with workspace.reading() as s:
        labels = [r[0] for r in s.execute(text("SELECT label FROM term_review_item"))]
        summaries = [r[0] for r in s.execute(text("SELECT summary FROM audit_log"))]
    assert labels and not [x for x in labels + summaries if "⟦EN⟧" in x]
    assert "Hélène van der Meer (wethouder) geïnformeerd over het protocol" in labels
