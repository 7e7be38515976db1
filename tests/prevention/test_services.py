"""Step 2 through its services on a real (temporary) vault: levels, hidden person analyses, the audited
measure flow, who had no training, the checklist evidence, the documents and a clean `verify`."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from tests.support.incidents import make_people
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.prevention import (
    AnalysisKind,
    AnalysisStatus,
    MeasureCategory,
    MeasureDraft,
    MeasureStatus,
    RiskAnalysisDraft,
    RiskLevel,
    TrainingDraft,
)
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services import verify
from veiligbestuur_desktop.services.area_prevention import evidence
from veiligbestuur_desktop.services.documents import DocumentService
from veiligbestuur_desktop.services.prevention import (
    AnalysisQuery,
    MeasureService,
    RiskAnalysisService,
    TrainingService,
)
from veiligbestuur_desktop.store import audit

TODAY = date(2026, 11, 20)


def _analysis(kind: AnalysisKind, title: str, k: int, i: int, **kw: object) -> RiskAnalysisDraft:
    return RiskAnalysisDraft(kind, title=title, made_on=date(2026, 5, 1), likelihood=k, impact=i, **kw)  # type: ignore[arg-type]


def test_analyses_levels_hidden_person_analyses_and_the_view_is_audited(workspace):
    people = make_people(workspace)
    svc = RiskAnalysisService(workspace)
    generic = svc.create(_analysis(AnalysisKind.GENERIEK, "Generiek", 3, 4), TODAY)
    personal = svc.create(
        _analysis(
            AnalysisKind.PERSOON, "Wethouder asiel", 5, 4, person_id=people.wethouder, threats="Dreigbrief"
        ),
        TODAY,
    )
    assert svc.get(generic).level == RiskLevel.HOOG and svc.get(personal).level == RiskLevel.ZEER_HOOG
    with pytest.raises(ValidationError, match="bestaande ambtsdrager"):
        svc.create(_analysis(AnalysisKind.WONING, "Woning", 2, 2, person_id=people.dader), TODAY)

    assert [r.title for r in svc.page(AnalysisQuery(), 0, 50)] == ["Generiek"]
    assert svc.count(AnalysisQuery()) == 1 and svc.count(AnalysisQuery(show_personal=True)) == 2
    svc.reveal_personal()
    with workspace.reading() as s:
        views = [e for e in audit.entries_for(s, "risk_analysis", "persoonsanalyses") if e.action == "view"]
    assert len(views) == 1 and "Wethouder" not in views[0].summary

    counts = svc.heat_map()
    assert counts[(3, 4)] == 1 and counts[(5, 4)] == 1 and sum(counts.values()) == 2
    assert sum(svc.heat_map(personal=False).values()) == 1
    svc.update(
        generic,
        svc.get(generic).__class__(**{**_fields(svc.get(generic)), "status": AnalysisStatus.VERVALLEN}),
        TODAY,
    )
    assert svc.heat_map()[(3, 4)] == 0  # a lapsed analysis is not current
    assert svc.latest() is None  # no current analysis that is not personal
    assert verify.verify(workspace).ok


def _fields(d: object) -> dict[str, object]:
    return {k: getattr(d, k) for k in d.__slots__}  # type: ignore[attr-defined]


def test_measure_status_flow_is_kept_and_audited(workspace):
    people = make_people(workspace)
    analyses = RiskAnalysisService(workspace)
    aid = analyses.create(_analysis(AnalysisKind.GENERIEK, "Generiek", 3, 3), TODAY)
    svc = MeasureService(workspace)
    mid = svc.create(
        MeasureDraft(
            "Camera bij de voordeur",
            MeasureCategory.FYSIEK,
            people.wethouder,
            analysis_id=aid,
            cost=Decimal("1234.56"),
        ),
        TODAY,
        proposed_on=date(2026, 9, 1),
    )
    assert svc.get(mid).status == MeasureStatus.VOORGESTELD and svc.get(mid).cost == Decimal("1234.56")
    with pytest.raises(ValidationError, match="Vul eerst de datum van het collegebesluit in"):
        svc.set_status(mid, MeasureStatus.BESLOTEN, date(2026, 10, 1), today=TODAY)
    # the form cannot move the status: an update keeps it
    svc.update(
        mid,
        MeasureDraft(
            **{**_fields(svc.get(mid)), "decided_on": date(2026, 10, 1), "status": MeasureStatus.GEEVALUEERD}
        ),
        TODAY,
    )
    assert svc.get(mid).status == MeasureStatus.VOORGESTELD
    with pytest.raises(ValidationError, match="kan niet naar ‘gerealiseerd’"):
        svc.set_status(mid, MeasureStatus.GEREALISEERD, date(2026, 10, 2), today=TODAY)
    svc.set_status(mid, MeasureStatus.BESLOTEN, date(2026, 10, 1), today=TODAY)
    svc.set_status(mid, MeasureStatus.IN_UITVOERING, date(2026, 10, 15), today=TODAY)
    with pytest.raises(ValidationError, match="vóór de vorige statuswijziging"):
        svc.set_status(mid, MeasureStatus.GEREALISEERD, date(2026, 10, 14), today=TODAY)
    svc.set_status(mid, MeasureStatus.GEREALISEERD, date(2026, 11, 2), today=TODAY)
    assert [(s.status.value, s.on) for s in svc.history(mid)] == [
        ("voorgesteld", date(2026, 9, 1)),
        ("besloten", date(2026, 10, 1)),
        ("in_uitvoering", date(2026, 10, 15)),
        ("gerealiseerd", date(2026, 11, 2)),
    ]
    with workspace.reading() as s:
        summaries = [e.summary for e in audit.entries_for(s, "measure", mid)]
    assert summaries[0] == "maatregel fysiek, status voorgesteld"
    assert summaries[-3:] == [
        "status: voorgesteld -> besloten",
        "status: besloten -> in_uitvoering",
        "status: in_uitvoering -> gerealiseerd",
    ]
    assert analyses.measures(aid) == [(mid, "Camera bij de voordeur", "gerealiseerd")]
    with pytest.raises(ValidationError, match="1 maatregel"):
        analyses.delete(aid)
    assert verify.verify(workspace).ok


def test_trainings_and_who_had_none_this_term(workspace):
    people = make_people(workspace)
    svc = TrainingService(workspace)
    old = svc.create(
        TrainingDraft("Agressie", date(2022, 6, 1), "Bureau", (people.wethouder, people.raadslid)), TODAY
    )
    assert [n for _p, n in svc.untrained(TODAY)] == ["Hélène van der Meer", "Sjoerd Wiersma"]
    svc.create(TrainingDraft("Starterspakket", date(2026, 5, 20), "politie", (people.raadslid,)), TODAY)
    assert [n for _p, n in svc.untrained(TODAY)] == ["Hélène van der Meer"]
    with pytest.raises(ValidationError, match="alleen bestaande ambtsdragers"):
        svc.create(TrainingDraft("X", date(2026, 5, 20), attendees=(people.partner,)), TODAY)
    assert svc.get(old).attendees == tuple(sorted((people.wethouder, people.raadslid)))
    data = svc.overview_data(TODAY)
    assert (
        data.term_start == date(2026, 3, 18)
        and data.office_holders == 2
        and data.untrained == ["Hélène van der Meer"]
    )
    assert verify.verify(workspace).ok


def test_evidence_names_the_record_or_the_gap(workspace):
    people = make_people(workspace)
    ev = evidence(workspace, TODAY)
    assert {c: (e.done, e.status) for c, e in ev.items()} == {
        "preventie_risicoanalyse": (0, None),
        "preventie_communicatie": (0, None),
        "preventie_beveiligen": (0, None),
    }
    assert ev["preventie_communicatie"].text == "nog geen training deze bestuurstermijn (sinds 18-03-2026)"
    analyses = RiskAnalysisService(workspace)
    analyses.create(
        _analysis(
            AnalysisKind.GENERIEK,
            "Generiek",
            3,
            3,
            status=AnalysisStatus.VASTGESTELD,
            review_on=date(2027, 5, 1),
        ),
        TODAY,
    )
    TrainingService(workspace).create(
        TrainingDraft("Starterspakket", date(2026, 5, 20), "", (people.raadslid,)), TODAY
    )
    measures = MeasureService(workspace)
    mid = measures.create(
        MeasureDraft("Camera", MeasureCategory.FYSIEK, people.wethouder, decided_on=date(2026, 6, 1)),
        TODAY,
        proposed_on=date(2026, 6, 1),
    )
    for status, on in (
        (MeasureStatus.BESLOTEN, date(2026, 6, 1)),
        (MeasureStatus.IN_UITVOERING, date(2026, 6, 2)),
    ):
        measures.set_status(mid, status, on, today=TODAY)
    ev = evidence(workspace, TODAY)
    assert all(e.status == ItemStatus.GEREED and e.done == 1 for e in ev.values())
    assert (
        ev["preventie_risicoanalyse"].text
        == "vastgestelde generieke risicoanalyse, 01-05-2026; nog geen per beleidsgebied"
    )
    assert ev["preventie_communicatie"].text.startswith(
        "1 training(en) deze termijn, laatste 20-05-2026; 1 ambtsdrager"
    )
    assert ev["preventie_beveiligen"].text == "1 beveiligingsmaatregel(en) in uitvoering of gerealiseerd"
    # a review date that passed is a gap again
    ev = evidence(workspace, date(2027, 6, 1))
    assert (
        ev["preventie_risicoanalyse"].status is None
        and "herziening verlopen sinds 01-05-2027" in ev["preventie_risicoanalyse"].text
    )


def test_documents_through_the_document_service(workspace):
    people = make_people(workspace)
    analyses = RiskAnalysisService(workspace)
    personal = analyses.create(
        _analysis(
            AnalysisKind.PERSOON,
            "Geheime persoonsanalyse",
            5,
            5,
            person_id=people.wethouder,
            threats="Dreigbrief thuis",
        ),
        TODAY,
    )
    docs = DocumentService(workspace)
    with pytest.raises(ValidationError, match="nog geen gegeven"):
        docs.resolve("risicoanalyse")  # only a person analysis: never taken as the current one
    generic = analyses.create(_analysis(AnalysisKind.GENERIEK, "Algemene analyse", 2, 3), TODAY)
    assert docs.resolve("risicoanalyse") == (docs.spec("risicoanalyse"), generic)
    measures = MeasureService(workspace)
    measures.create(
        MeasureDraft(
            "Camera",
            MeasureCategory.FYSIEK,
            people.wethouder,
            analysis_id=personal,
            cost=Decimal(900),
            description="achterom bij de schuur",
        ),
        TODAY,
    )
    plan = docs.render("maatregelenplan")
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(plan)).pages).split())
    assert "Camera" in text and "€ 900,00" in text and "voor Hélène van der Meer" in text
    for secret in ("Geheime persoonsanalyse", "Dreigbrief", "achterom bij de schuur"):
        assert secret not in text, secret
    person_pdf = docs.render("risicoanalyse", personal)
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(person_pdf)).pages).split())
    assert (
        "Uitsluitend bestemd voor Hélène van der Meer en de burgemeester" in text
        and "Dreigbrief thuis" in text
    )
    with workspace.reading() as s:
        exported = [e for e in audit.entries_for(s, "risk_analysis", personal) if e.action == "export"]
    assert [e.summary for e in exported] == ["document risicoanalyse"]
    assert verify.verify(workspace).ok


def test_a_measure_links_a_person_analysis_by_number_only(workspace):
    people = make_people(workspace)
    svc = RiskAnalysisService(workspace)
    personal = svc.create(_analysis(AnalysisKind.PERSOON, "Geheim", 5, 5, person_id=people.wethouder), TODAY)
    generic = svc.create(_analysis(AnalysisKind.GENERIEK, "Algemeen", 2, 2), TODAY)
    labels = dict(svc.choices())
    assert labels[generic] == "Algemeen (01-05-2026)"
    assert labels[personal] == f"persoonsgebonden analyse nr. {personal} (01-05-2026)"
