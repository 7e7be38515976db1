"""The pure rules of step 7: the municipal term of a day, the term's checklist, an evaluation's adjustments."""

from __future__ import annotations

from datetime import date

import pytest

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.evaluation import (
    EvaluationDraft,
    OfficeHolder,
    Term,
    adjustment_lines,
    check_evaluation,
    election_day,
    term_checklist,
    term_of,
)


@pytest.mark.parametrize(
    ("day", "start", "following"),
    [
        (date(2024, 7, 1), date(2022, 3, 16), date(2026, 3, 18)),
        (date(2026, 3, 17), date(2022, 3, 16), date(2026, 3, 18)),  # the day before the election
        (date(2026, 3, 18), date(2026, 3, 18), date(2030, 3, 20)),  # election day starts the new term
        (date(2029, 12, 31), date(2026, 3, 18), date(2030, 3, 20)),
        (date(2030, 3, 20), date(2030, 3, 20), date(2034, 3, 15)),
        (date(2019, 1, 1), date(2018, 3, 21), date(2022, 3, 16)),
    ],
)
def test_the_term_of_a_day(day, start, following):
    term = term_of(day)
    assert (term.start, term.next_election) == (start, following)
    assert term.start <= day <= term.end


def test_known_and_expected_elections():
    assert election_day(2022) == date(2022, 3, 16) and election_day(2026) == date(2026, 3, 18)
    assert election_day(2030) == date(2030, 3, 20)  # expected: the third Wednesday of March
    assert election_day(2030).weekday() == 2
    assert term_of(date(2027, 1, 1)).expected and not term_of(date(2023, 1, 1)).expected
    assert term_of(date(2027, 1, 1)).label == "2026–2030"


def test_the_checklist_names_every_new_office_holder_twice():
    term = Term(date(2026, 3, 18), date(2030, 3, 20))
    holders = [
        OfficeHolder(1, "Anna Bakker", "wethouder", date(2026, 4, 1), None),
        OfficeHolder(2, "Oud Lid", "raadslid", date(2018, 3, 29), date(2022, 3, 30)),  # left before the term
        OfficeHolder(3, "Blijver", "burgemeester", date(2021, 9, 1), None),  # not new in this term
        OfficeHolder(4, "Griffier Zonder Datum", "griffier", None, None),  # start unknown: brief them
    ]
    items = term_checklist(term, holders)
    codes = [i.code for i in items]
    assert codes[:3] == ["uitgangspunten", "protocol", "contactkaart"]
    assert codes[3:] == ["briefed:1", "trained:1", "briefed:4", "trained:4"]
    assert items[3].label == "Anna Bakker (wethouder) geïnformeerd over het protocol"
    assert items[3].person_id == 1


def test_adjustments_are_lines_without_list_marks():
    text = "- Protocol bespreken\n\n  * Sociale media volgen  \n1. Huisregels ophangen\n2) Bode instrueren"
    assert adjustment_lines(text) == [
        "Protocol bespreken",
        "Sociale media volgen",
        "Huisregels ophangen",
        "Bode instrueren",
    ]


def test_an_evaluation_needs_an_incident_and_content():
    today = date(2026, 11, 28)
    with pytest.raises(ValidationError) as exc:
        check_evaluation(EvaluationDraft(None, today, went_well="x"), today)
    assert exc.value.field == "incident_id"
    with pytest.raises(ValidationError) as exc:
        check_evaluation(EvaluationDraft(3, today), today)
    assert exc.value.field == "went_well"
    with pytest.raises(ValidationError, match="langer dan 200"):
        check_evaluation(EvaluationDraft(3, today, adjustments="x" * 201), today)
    d = check_evaluation(EvaluationDraft(3, today, lessons="  Eerder bellen.  "), today)
    assert d.lessons == "Eerder bellen."
