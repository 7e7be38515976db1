"""Recurring plan items: frequencies, next due dates (month ends, leap years, terms), marking done, due."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.steps import (
    ALL_ITEMS,
    DEFAULT_FREQUENCY,
    EVIDENCE,
    ITEMS_BY_CODE,
    Frequency,
    add_months,
    next_due,
    term_start,
)
from veiligbestuur_desktop.domain.vocab import ItemStatus

TODAY = date(2026, 11, 28)
F = Frequency


@pytest.mark.parametrize(
    ("done", "frequency", "due"),
    [
        (date(2026, 11, 15), F.MAANDELIJKS, date(2026, 12, 15)),
        (date(2026, 12, 15), F.MAANDELIJKS, date(2027, 1, 15)),  # over the year end
        (date(2026, 1, 31), F.MAANDELIJKS, date(2026, 2, 28)),  # month end clamps
        (date(2028, 1, 31), F.MAANDELIJKS, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), F.MAANDELIJKS, date(2026, 4, 30)),
        (date(2026, 11, 30), F.KWARTAAL, date(2027, 2, 28)),
        (date(2027, 11, 30), F.KWARTAAL, date(2028, 2, 29)),
        (date(2026, 5, 31), F.KWARTAAL, date(2026, 8, 31)),
        (date(2026, 4, 10), F.JAARLIJKS, date(2027, 4, 10)),
        (date(2028, 2, 29), F.JAARLIJKS, date(2029, 2, 28)),  # 29 February → 28 February
        (date(2027, 2, 28), F.JAARLIJKS, date(2028, 2, 28)),
        # per term: the term that began with the March 2026 elections runs to March 2030
        (date(2026, 4, 15), F.TERMIJN, date(2030, 3, 31)),
        (date(2026, 3, 1), F.TERMIJN, date(2030, 3, 31)),
        (date(2030, 2, 28), F.TERMIJN, date(2030, 3, 31)),  # still the old term
        (date(2026, 2, 27), F.TERMIJN, date(2026, 3, 31)),  # the previous term (2022-2026)
        (date(2030, 3, 20), F.TERMIJN, date(2034, 3, 31)),
        (date(2021, 6, 1), F.TERMIJN, date(2022, 3, 31)),
        (date(2026, 6, 1), F.EENMALIG, None),
        (date(2026, 6, 1), F.PER_INCIDENT, None),
    ],
)
def test_next_due_for_each_frequency(done, frequency, due):
    assert next_due(done, frequency) == due


def test_term_boundaries_and_month_arithmetic():
    assert term_start(date(2026, 11, 28)) == date(2026, 3, 1)
    assert term_start(date(2029, 12, 31)) == date(2026, 3, 1)
    assert term_start(date(2030, 3, 1)) == date(2030, 3, 1)
    assert term_start(date(2026, 2, 28)) == date(2022, 3, 1)
    assert term_start(date(2017, 1, 1)) == date(2014, 3, 1)
    assert add_months(date(2026, 8, 31), -6) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 48) == date(2028, 2, 29)


def test_every_item_has_a_default_frequency_and_step_6_follows_the_incidents():
    assert set(DEFAULT_FREQUENCY) == set(ITEMS_BY_CODE)
    for item in ALL_ITEMS:
        assert item.frequency is DEFAULT_FREQUENCY[item.code]
        assert item.derived == (item.step == 6)
        assert (item.frequency is F.PER_INCIDENT) == (item.step == 6)
    assert ITEMS_BY_CODE["evaluatie_herijken"].frequency is F.TERMIJN  # "per zittings- of collegetermijn"
    assert ITEMS_BY_CODE["evaluatie_jaarlijks"].frequency is F.JAARLIJKS  # "jaarlijks evalueren"
    assert ITEMS_BY_CODE["uitvoering_bespreken"].frequency.recurring  # "regelmatig bespreken"
    assert ITEMS_BY_CODE["communicatie_normen"].frequency.recurring  # "blijven uitdragen"
    assert ITEMS_BY_CODE["voorbereiding_registratie"].frequency is F.EENMALIG  # set up once: this app
    assert sum(1 for i in ALL_ITEMS if i.frequency.recurring) == 19


def test_evidence_names_only_existing_checks_and_tracks():
    from veiligbestuur_desktop.domain.incidents import CheckItem, Track

    for ev in EVIDENCE.values():
        assert ev.checks and all(CheckItem(c) for c in ev.checks)
        assert all(Track(t) for t in ev.tracks)
    text = EVIDENCE["incidenten_nabespreken"].text(12, 15)
    assert text == "nabesproken 12 van 15 incidenten dit jaar"
    assert EVIDENCE["incidenten_nabespreken"].text(0, 0) == "geen incidenten dit jaar"


def test_frequency_labels_are_dutch_and_the_user_cannot_choose_per_incident():
    assert [label for _v, label in F.user_choices()] == [
        "eenmalig",
        "maandelijks",
        "per kwartaal",
        "jaarlijks",
        "per bestuurstermijn",
    ]
    assert F.parse("Per bestuurstermijn") is F.TERMIJN


def test_marking_a_recurring_item_done_moves_it_forward_instead_of_closing_it():
    st = PlanItemState("evaluatie_jaarlijks", ItemStatus.BEZIG, due_date=date(2026, 11, 1))
    assert rules.is_overdue(st, TODAY)
    done = rules.mark_done(st, date(2026, 11, 20))
    assert (done.status, done.last_done, done.due_date) == (
        ItemStatus.GEREED,
        date(2026, 11, 20),
        date(2027, 11, 20),
    )
    assert not rules.is_overdue(done, TODAY) and not rules.is_due_this_month(done, TODAY)
    # a year later it is due again, and then overdue — it was never closed for good
    assert rules.is_due_this_month(done, date(2027, 11, 1))
    assert rules.is_overdue(done, date(2027, 11, 21))
    assert rules.step_progress(7, [done], TODAY).done == 1
    assert rules.step_progress(7, [done], date(2027, 11, 21)).done == 0  # fell due again


def test_a_chosen_frequency_overrides_the_default():
    st = PlanItemState("evaluatie_jaarlijks", frequency=F.KWARTAAL)
    assert rules.mark_done(st, date(2026, 11, 20)).due_date == date(2027, 2, 20)
    st = PlanItemState("evaluatie_jaarlijks", frequency=F.EENMALIG, due_date=date(2026, 1, 1))
    once = rules.mark_done(st, date(2026, 11, 20))
    assert once.due_date == date(2026, 1, 1) and once.last_done == date(2026, 11, 20)
    assert not rules.is_overdue(once, TODAY)  # a one-off that is done is closed


def test_check_plan_item_normalises_and_validates_the_frequency():
    default = rules.check_plan_item(PlanItemState("evaluatie_jaarlijks", frequency=F.JAARLIJKS), TODAY)
    assert default.frequency is None  # the default is not stored
    chosen = rules.check_plan_item(PlanItemState("evaluatie_jaarlijks", frequency=F.MAANDELIJKS), TODAY)
    assert chosen.frequency is F.MAANDELIJKS
    assert (
        rules.check_plan_item(PlanItemState("incidenten_sancties", frequency=F.JAARLIJKS)).frequency is None
    )
    with pytest.raises(ValidationError, match="stap 6"):
        rules.check_plan_item(PlanItemState("beleid_media", frequency=F.PER_INCIDENT), TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        rules.check_plan_item(PlanItemState("beleid_media", last_done=date(2026, 11, 29)), TODAY)
    with pytest.raises(ValidationError):
        rules.check_plan_item(PlanItemState("beleid_media", last_done=date(1850, 1, 1)), TODAY)


def test_gereed_without_a_last_done_date_stays_closed():
    # the state of an item marked gereed before recurrence existed and not touched by the upgrade
    st = PlanItemState("beleid_media", ItemStatus.GEREED, due_date=date(2026, 1, 1))
    assert not rules.is_overdue(st, TODAY)
    nvt = PlanItemState("beleid_media", ItemStatus.NVT, due_date=date(2026, 1, 1), last_done=date(2025, 1, 1))
    assert not rules.is_overdue(nvt, TODAY)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_next_due_properties(done):
    import calendar

    for frequency, months in ((F.MAANDELIJKS, 1), (F.KWARTAAL, 3), (F.JAARLIJKS, 12)):
        due = next_due(done, frequency)
        assert due is not None and due > done
        assert (due.year * 12 + due.month) - (done.year * 12 + done.month) == months
        assert due.day == min(done.day, calendar.monthrange(due.year, due.month)[1])
    due = next_due(done, F.TERMIJN)
    assert due is not None and done < due <= date(done.year + 4, 3, 31)
    assert (due.month, due.day) == (3, 31) and (due.year - 2026) % 4 == 0
    assert term_start(due) == date(due.year, 3, 1) and term_start(done) == date(due.year - 4, 3, 1)
