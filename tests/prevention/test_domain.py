"""Step 2's rules as pure functions: the risk level, the heat map, the measure flow, the term."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.prevention import (
    AnalysisKind,
    MeasureDraft,
    MeasureStatus,
    RiskAnalysisDraft,
    RiskLevel,
    StatusStep,
    TrainingDraft,
    check_analysis,
    check_measure,
    check_training,
    check_transition,
    election_day,
    heat_map,
    is_personal,
    next_statuses,
    review_overdue,
    risk_level,
    term_start_of,
    untrained,
)

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("likelihood", "impact", "level"),
    [
        (1, 1, RiskLevel.LAAG),
        (2, 2, RiskLevel.LAAG),  # 4
        (1, 4, RiskLevel.LAAG),  # 4
        (1, 5, RiskLevel.MIDDEN),  # 5
        (3, 3, RiskLevel.MIDDEN),  # 9
        (2, 5, RiskLevel.HOOG),  # 10
        (3, 4, RiskLevel.HOOG),  # 12
        (5, 3, RiskLevel.ZEER_HOOG),  # 15
        (4, 4, RiskLevel.ZEER_HOOG),  # 16
        (5, 5, RiskLevel.ZEER_HOOG),
    ],
)
def test_risk_level_from_likelihood_times_impact(likelihood, impact, level):
    assert risk_level(likelihood, impact) == level
    assert risk_level(impact, likelihood) == level  # symmetric


def test_risk_level_counts_per_level_and_refuses_off_scale():
    levels = [risk_level(k, i) for k in range(1, 6) for i in range(1, 6)]
    assert [levels.count(lv) for lv in RiskLevel] == [8, 7, 4, 6]
    assert RiskLevel.ZEER_HOOG.label == "zeer hoog"
    for bad in ((0, 3), (6, 1), (3, None)):
        with pytest.raises(ValueError):
            risk_level(*bad)  # type: ignore[arg-type]


def test_heat_map_counts_every_cell():
    counts = heat_map([(4, 3), (4, 3), (1, 5), (9, 9)])
    assert len(counts) == 25 and sum(counts.values()) == 3  # off-scale pairs are not counted
    assert counts[(4, 3)] == 2 and counts[(1, 5)] == 1 and counts[(3, 4)] == 0


def test_analysis_needs_what_its_kind_is_about_and_gets_its_level():
    base = RiskAnalysisDraft(
        AnalysisKind.GENERIEK, title="Algemeen", made_on=date(2026, 1, 5), likelihood=4, impact=3
    )
    assert check_analysis(base, TODAY).level == RiskLevel.HOOG
    with pytest.raises(ValidationError, match="beleidsgebied of dossier") as exc:
        check_analysis(RiskAnalysisDraft(AnalysisKind.BELEIDSGEBIED, **_common()), TODAY)
    assert exc.value.field == "dossier"
    with pytest.raises(ValidationError, match="ambtsdrager"):
        check_analysis(RiskAnalysisDraft(AnalysisKind.PERSOON, **_common()), TODAY)
    with pytest.raises(ValidationError, match="welke bijeenkomst"):
        check_analysis(RiskAnalysisDraft(AnalysisKind.BIJEENKOMST, **_common()), TODAY)
    with pytest.raises(ValidationError, match="Kies de kans"):
        check_analysis(RiskAnalysisDraft(AnalysisKind.GENERIEK, title="x", made_on=TODAY, impact=2), TODAY)
    with pytest.raises(ValidationError, match="herzieningsdatum ligt vóór"):
        check_analysis(
            RiskAnalysisDraft(AnalysisKind.GENERIEK, review_on=date(2025, 1, 1), **_common()), TODAY
        )
    # a field of another kind is not kept (the kind was changed in the form)
    d = check_analysis(
        RiskAnalysisDraft(AnalysisKind.GENERIEK, dossier="windmolens", person_id=3, **_common()), TODAY
    )
    assert (d.dossier, d.person_id) == ("", None)


def _common() -> dict[str, object]:
    return {"title": "Analyse", "made_on": date(2026, 3, 1), "likelihood": 2, "impact": 2}


def test_personal_kinds_and_overdue_review():
    assert is_personal(AnalysisKind.PERSOON) and is_personal("woning")
    assert not is_personal("generiek") and not is_personal("beleidsgebied")
    assert review_overdue(date(2026, 11, 19), "vastgesteld", TODAY)
    assert not review_overdue(date(2026, 11, 20), "vastgesteld", TODAY)
    assert not review_overdue(date(2026, 1, 1), "vervallen", TODAY)  # a lapsed analysis is not due


def test_measure_flow_goes_step_by_step_and_may_scale_down_once_decided():
    assert next_statuses(MeasureStatus.VOORGESTELD) == [MeasureStatus.BESLOTEN]
    assert next_statuses(MeasureStatus.BESLOTEN) == [MeasureStatus.IN_UITVOERING, MeasureStatus.AFGESCHAALD]
    assert next_statuses(MeasureStatus.GEEVALUEERD) == [MeasureStatus.AFGESCHAALD]
    assert next_statuses(MeasureStatus.AFGESCHAALD) == []
    proposed = MeasureDraft("Camera", status=MeasureStatus.VOORGESTELD)
    history = [StatusStep(MeasureStatus.VOORGESTELD, date(2026, 3, 1))]
    with pytest.raises(ValidationError, match=r"kan niet naar ‘gerealiseerd’\. Kies: ‘besloten’"):
        check_transition(proposed, MeasureStatus.GEREALISEERD, TODAY, history, TODAY)
    with pytest.raises(ValidationError, match="datum van het collegebesluit") as exc:
        check_transition(proposed, MeasureStatus.BESLOTEN, TODAY, history, TODAY)
    assert exc.value.field == "decided_on"
    decided = MeasureDraft("Camera", decided_on=date(2026, 3, 10))
    with pytest.raises(ValidationError, match="vóór de vorige statuswijziging \\(01-03-2026\\)"):
        check_transition(decided, MeasureStatus.BESLOTEN, date(2026, 2, 1), history, TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        check_transition(decided, MeasureStatus.BESLOTEN, date(2026, 12, 1), history, TODAY)
    check_transition(decided, MeasureStatus.BESLOTEN, date(2026, 3, 10), history, TODAY)
    last = MeasureDraft("Camera", status=MeasureStatus.AFGESCHAALD)
    with pytest.raises(ValidationError, match="laatste stap"):
        check_transition(last, MeasureStatus.GEEVALUEERD, TODAY, history, TODAY)


def test_measure_checks_its_fields():
    with pytest.raises(ValidationError, match="Vul de maatregel in"):
        check_measure(MeasureDraft(""), TODAY)
    with pytest.raises(ValidationError, match="Kies de soort maatregel"):
        check_measure(MeasureDraft("Camera"), TODAY)
    from veiligbestuur_desktop.domain.prevention import MeasureCategory

    d = check_measure(MeasureDraft("Camera", MeasureCategory.FYSIEK, cost=Decimal("1250.5")), TODAY)
    assert d.cost == Decimal("1250.5")


def test_training_attendance_only_after_the_training():
    d = check_training(TrainingDraft("Weerbaarheid", date(2026, 5, 1), attendees=(3, 1, 3)), TODAY)
    assert d.attendees == (1, 3)
    with pytest.raises(ValidationError, match="pas worden vastgelegd"):
        check_training(TrainingDraft("Weerbaarheid", date(2027, 1, 5), attendees=(1,)), TODAY)
    check_training(TrainingDraft("Weerbaarheid", date(2027, 1, 5)), TODAY)  # planned, nobody yet


def test_the_term_starts_at_the_last_municipal_election():
    assert election_day(2022) == date(2022, 3, 16)
    assert election_day(2026) == date(2026, 3, 18)
    assert election_day(2018) == date(2018, 3, 21)
    assert election_day(2030) == date(2030, 3, 20)
    with pytest.raises(ValueError):
        election_day(2025)
    assert term_start_of(date(2026, 3, 17)) == date(2022, 3, 16)
    assert term_start_of(date(2026, 3, 18)) == date(2026, 3, 18)
    assert term_start_of(date(2024, 1, 1)) == date(2022, 3, 16)
    assert term_start_of(date(2029, 12, 31)) == date(2026, 3, 18)


def test_untrained_counts_only_trainings_of_this_term():
    holders = [(1, "Bram"), (2, "anna"), (3, "Chloë")]
    trainings = [(date(2022, 6, 1), [1, 2]), (date(2026, 5, 20), [3]), (date(2026, 12, 1), [1])]
    assert untrained(holders, trainings, TODAY) == [(2, "anna"), (1, "Bram")]  # by name; the future one not
