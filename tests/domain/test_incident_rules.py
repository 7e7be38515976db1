from dataclasses import replace
from datetime import date, time, timedelta
from decimal import Decimal

import pytest

from veiligbestuur_desktop.domain import incidents as r
from veiligbestuur_desktop.domain.attachments import MAX_BYTES, check_file
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import Channel, FollowUpDraft, FollowUpStatus, Place, Track
from veiligbestuur_desktop.domain.nazorg import NazorgIntervals
from veiligbestuur_desktop.domain.people import initials
from veiligbestuur_desktop.domain.rules import format_euro

TODAY = date(2026, 11, 28)
KNOWN = {c for c, _ in r.DEFAULT_CATEGORIES}


def draft(**kw):
    base = dict(
        occurred_on=date(2026, 11, 20),
        reported_on=date(2026, 11, 21),
        description="Bedreiging via e-mail",
        categories=("bedreiging",),
        channel=Channel.EMAIL,
        severity_level=3,
        victims=(r.VictimDraft(1),),
    )
    base.update(kw)
    return r.IncidentDraft(**base)


def test_nazorg_dates_count_from_the_incident_and_the_opvanggesprek():
    """Issue 10: the opvanggesprek within 72 hours of the incident, the vervolggesprekken from the
    opvanggesprek; before, everything counted from the report date."""
    plan = {
        p.kind: p for p in r.planned_follow_ups(date(2026, 10, 30), date(2026, 11, 2), perpetrator_known=True)
    }
    assert plan["opvang"].deadline == date(2026, 11, 2)  # the first care: the day it is reported
    assert plan["gesprek_72u"].deadline == date(2026, 11, 2)  # 30-10 + 72 hours
    assert plan["nagesprek_2w"].due_from == date(2026, 11, 14) and plan["nagesprek_2w"].deadline == date(
        2026, 11, 16
    )
    assert plan["nagesprek_6w"].due_from == date(2026, 12, 14) and plan["nagesprek_6w"].deadline == date(
        2026, 12, 28
    )
    assert plan["reactie"].deadline == date(2026, 11, 3)
    assert (
        plan["gesprek_72u"].title == "Opvanggesprek" and plan["nagesprek_2w"].title == "Eerste vervolggesprek"
    )
    unknown = {
        p.kind: p for p in r.planned_follow_ups(date(2026, 11, 2), date(2026, 11, 2), perpetrator_known=False)
    }
    assert unknown["reactie"].status == FollowUpStatus.NVT and unknown["reactie"].deadline is None


def test_the_opvanggesprek_counts_hours_when_the_time_is_known_and_the_intervals_are_the_opvangregeling():
    late = r.planned_follow_ups(date(2026, 11, 2), date(2026, 11, 2), False, occurred_time=time(23, 30))
    assert {p.kind: p for p in late}["gesprek_72u"].deadline == date(2026, 11, 5)  # 23:30 + 72 h: the 5th
    iv = NazorgIntervals(
        opvang_hours=24, first_from_days=7, first_to_days=10, second_from_days=30, second_to_days=35
    )
    plan = {
        p.kind: p
        for p in r.planned_follow_ups(
            date(2026, 11, 2), date(2026, 11, 2), False, occurred_time=time(9), intervals=iv
        )
    }
    assert plan["gesprek_72u"].deadline == date(2026, 11, 3)
    assert (plan["nagesprek_2w"].due_from, plan["nagesprek_2w"].deadline) == (
        date(2026, 11, 10),
        date(2026, 11, 13),
    )
    assert (plan["nagesprek_6w"].due_from, plan["nagesprek_6w"].deadline) == (
        date(2026, 12, 3),
        date(2026, 12, 8),
    )


def test_aangifte_is_decided_the_next_day_for_threats_and_violence_else_within_a_week():
    day = date(2026, 11, 2)
    for cats, level, days in (
        (("bedreiging",), 3, 1),
        (("fysiek_geweld",), 4, 1),
        (("verbaal",), 2, 7),
        (("vernieling",), 4, 1),
    ):
        plan = {
            p.kind: p for p in r.planned_follow_ups(day, day, False, categories=cats, severity_level=level)
        }
        assert plan["aangifte"].deadline == day + timedelta(days=days), cats


def _states(**over):
    base = {
        "gesprek_72u": r.PlanState(
            2, "gesprek_72u", FollowUpStatus.OPEN, date(2026, 11, 5), date(2026, 11, 2)
        ),
        "nagesprek_2w": r.PlanState(
            3, "nagesprek_2w", FollowUpStatus.OPEN, date(2026, 11, 19), date(2026, 11, 17)
        ),
        "nagesprek_6w": r.PlanState(
            4, "nagesprek_6w", FollowUpStatus.OPEN, date(2026, 12, 31), date(2026, 12, 17)
        ),
        "opvang": r.PlanState(1, "opvang", FollowUpStatus.OPEN, date(2026, 11, 2), date(2026, 11, 2)),
    }
    base.update(over)
    return list(base.values())


def test_replan_after_the_incident_date_changed_moves_only_the_open_nazorg_follow_ups():
    iv = NazorgIntervals()
    moves = {
        m.kind: m
        for m in r.replan_nazorg(_states(), date(2026, 10, 30), None, iv, r.ReplanReason.INCIDENT_DATE)
    }
    assert set(moves) == {"gesprek_72u", "nagesprek_2w", "nagesprek_6w"}  # not the first care (report date)
    assert (moves["gesprek_72u"].deadline, moves["gesprek_72u"].was) == (date(2026, 11, 2), date(2026, 11, 5))
    assert (moves["nagesprek_2w"].due_from, moves["nagesprek_2w"].deadline) == (
        date(2026, 11, 14),
        date(2026, 11, 16),
    )
    assert moves["nagesprek_6w"].deadline == date(2026, 12, 28)
    assert all(m.reason == r.ReplanReason.INCIDENT_DATE for m in moves.values())
    # done ones keep their dates: gereed and n.v.t. are history
    done = _states(
        nagesprek_2w=r.PlanState(
            3,
            "nagesprek_2w",
            FollowUpStatus.GEREED,
            date(2026, 11, 19),
            date(2026, 11, 17),
            date(2026, 11, 18),
        ),
        nagesprek_6w=r.PlanState(
            4, "nagesprek_6w", FollowUpStatus.NVT, date(2026, 12, 31), date(2026, 12, 17)
        ),
    )
    assert [
        m.kind for m in r.replan_nazorg(done, date(2026, 10, 30), None, iv, r.ReplanReason.INCIDENT_DATE)
    ] == ["gesprek_72u"]
    # nothing moves when nothing changes
    assert r.replan_nazorg(_states(), date(2026, 11, 2), None, iv, r.ReplanReason.INCIDENT_DATE) == []


def test_replan_after_the_opvanggesprek_was_held_counts_the_vervolggesprekken_from_that_day():
    held = _states(
        gesprek_72u=r.PlanState(
            2, "gesprek_72u", FollowUpStatus.GEREED, date(2026, 11, 5), date(2026, 11, 2), date(2026, 11, 3)
        )
    )
    moves = {
        m.kind: m
        for m in r.replan_nazorg(held, date(2026, 11, 2), None, NazorgIntervals(), r.ReplanReason.OPVANG_HELD)
    }
    assert set(moves) == {"nagesprek_2w", "nagesprek_6w"}
    assert (moves["nagesprek_2w"].due_from, moves["nagesprek_2w"].deadline) == (
        date(2026, 11, 15),
        date(2026, 11, 17),
    )
    assert (moves["nagesprek_6w"].due_from, moves["nagesprek_6w"].deadline) == (
        date(2026, 12, 15),
        date(2026, 12, 29),
    )
    # held and the incident date changed afterwards: the vervolggesprekken stay counted from the day it was held
    again = r.replan_nazorg(held, date(2026, 10, 1), None, NazorgIntervals(), r.ReplanReason.INCIDENT_DATE)
    assert {m.kind for m in again} == {"nagesprek_2w", "nagesprek_6w"}
    assert {m.kind: m.deadline for m in again}["nagesprek_2w"] == date(2026, 11, 17)


def test_a_perpetrator_made_known_makes_the_reactie_due():
    fus = [
        r.PlanState(5, "reactie", FollowUpStatus.NVT, None, None),
        r.PlanState(6, "afweging", FollowUpStatus.OPEN, date(2026, 11, 16), date(2026, 11, 2)),
    ]
    (move,) = r.reactie_due(fus, TODAY)
    assert (move.id, move.status, move.due_from, move.deadline) == (
        5,
        FollowUpStatus.OPEN,
        TODAY,
        TODAY + timedelta(days=1),
    )
    assert move.reason == r.ReplanReason.PERPETRATOR
    # a reactie that was already given (gereed), or is open, is left alone
    assert r.reactie_due([r.PlanState(5, "reactie", FollowUpStatus.GEREED, None, None, TODAY)], TODAY) == []
    assert r.reactie_due([r.PlanState(5, "reactie", FollowUpStatus.OPEN, TODAY, TODAY)], TODAY) == []


def test_a_replan_and_a_follow_up_edit_read_on_the_timeline_from_codes():
    text = r.event_text(
        "replanned",
        {
            "title": "Opvanggesprek",
            "kind": "gesprek_72u",
            "d": "2026-11-02",
            "was": "2026-11-05",
            "why": "incident_date",
        },
    )
    assert text == "Opvanggesprek: termijn 02-11-2026 (datum of tijd van het incident gewijzigd)"
    changed = r.follow_up_changes(
        FollowUpDraft("Aangifte", owner="", details={"pv_number": ""}),
        FollowUpDraft(
            "Aangifte", owner="Eelke", deadline=TODAY, details={"pv_number": "PL01", "decision": "aangifte"}
        ),
    )
    assert changed == ["owner", "deadline", "decision", "pv_number"]
    assert r.event_text(
        "follow_up_changed", {"title": "Aangifte", "kind": "extra", "f": ",".join(changed)}
    ) == ("Aangifte: verantwoordelijke, termijn, aangifte of melding, pv-nummer gewijzigd")
    assert r.event_text("status", {"s": "gemeld"}) == "Status gewijzigd naar ‘gemeld’"  # history as it was


@pytest.mark.parametrize(
    ("status", "deadline", "due_from", "expected"),
    [
        (FollowUpStatus.OPEN, TODAY - timedelta(days=1), None, "overdue"),
        (FollowUpStatus.OPEN, TODAY, TODAY, "due"),
        (FollowUpStatus.OPEN, TODAY + timedelta(days=20), TODAY + timedelta(days=10), "later"),
        (FollowUpStatus.BEZIG, TODAY + timedelta(days=20), TODAY - timedelta(days=1), "due"),
        (FollowUpStatus.OPEN, TODAY + timedelta(days=5), None, "due"),
        (FollowUpStatus.GEREED, TODAY - timedelta(days=9), None, "done"),
        (FollowUpStatus.OPEN, None, None, "later"),
    ],
)
def test_follow_up_state(status, deadline, due_from, expected):
    assert r.follow_up_state(status, deadline, due_from, TODAY) == expected


def test_escalation_level_4_or_3_at_home():
    assert r.escalation_advised(4, Place.ONLINE, False)
    assert r.escalation_advised(3, Place.WONING, False)
    assert r.escalation_advised(3, None, True)
    assert not r.escalation_advised(3, Place.GEMEENTEHUIS, False)
    assert not r.escalation_advised(2, Place.WONING, True)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"occurred_on": TODAY + timedelta(days=1), "reported_on": TODAY + timedelta(days=1)},
            "in de toekomst",
        ),
        ({"reported_on": date(2026, 11, 19)}, "vóór de datum van het incident"),
        ({"description": "   "}, "Vul de beschrijving in"),
        ({"description": "x" * (10 * 1024 * 1024)}, "te lang"),
        ({"description": "kapot\x07teken"}, "stuurteken"),
        ({"categories": ()}, "categorie"),
        ({"categories": ("onbekend",)}, "Onbekende categorie"),
        ({"victims": ()}, "slachtoffer"),
        ({"severity_level": 7}, "ernst"),
        ({"closed_on": date(2026, 11, 1)}, "afsluitdatum"),
        ({"perpetrator_id": 5, "perpetrator_known": False}, "onbekend"),
    ],
)
def test_incident_validation_messages(changes, message):
    with pytest.raises(ValidationError, match=message):
        r.check_incident(draft(**changes), KNOWN, TODAY)


def test_valid_draft_is_cleaned():
    d = r.check_incident(
        draft(description="  Tekst  ", categories=("bedreiging", "bedreiging")), KNOWN, TODAY
    )
    assert d.description == "Tekst" and d.categories == ("bedreiging",)


def test_follow_up_details_validation():
    ok = r.check_follow_up(
        Track.SCHADE, FollowUpDraft("Schade", details={"claimed": "1.234,50", "route": "civiel"}), TODAY
    )
    assert ok.details["claimed"] == "1234.50"
    with pytest.raises(ValidationError, match="negatief"):
        r.check_follow_up(Track.SCHADE, FollowUpDraft("Schade", details={"claimed": "-5"}), TODAY)
    with pytest.raises(ValidationError, match="geen geldig bedrag"):
        r.check_follow_up(Track.SCHADE, FollowUpDraft("Schade", details={"received": "veel"}), TODAY)
    with pytest.raises(ValidationError, match="vóór de ingangsdatum"):
        r.check_follow_up(
            Track.SANCTIE,
            FollowUpDraft("Gebiedsverbod", details={"start": "10-12-2026", "end": "01-12-2026"}),
            TODAY,
        )
    with pytest.raises(ValidationError, match="PV-nummer is ongeldig"):
        r.check_follow_up(Track.AANGIFTE, FollowUpDraft("Aangifte", details={"pv_number": "<script>"}), TODAY)
    done = r.check_follow_up(Track.NAZORG, FollowUpDraft("Gesprek", status=FollowUpStatus.GEREED), TODAY)
    assert done.done_on == TODAY


def test_attachment_rules():
    with pytest.raises(ValidationError, match="te groot"):
        check_file("foto.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_BYTES + 1 - 8))
    assert check_file("foto.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_BYTES - 8)).mime == "image/png"
    with pytest.raises(ValidationError, match="geen / of"):
        check_file("../etc/passwd.txt", b"x")
    with pytest.raises(ValidationError, match="Dit soort bestand"):
        check_file("virus.exe", b"MZ\x90\x00")
    assert check_file("brief.pdf", b"%PDF-1.7 ...").mime == "application/pdf"


def test_dutch_formatting():
    assert format_euro(Decimal("1234.5")) == "€ 1.234,50"
    assert format_euro(Decimal("0")) == "€ 0,00"
    assert initials("Jan-Willem van der Berg") == "J.W.v.d.B."
    assert replace(draft(), severity_level=2).severity_level == 2


def test_an_incident_later_today_than_now_is_refused():
    """Issue 10: an incident time later than now was accepted."""
    from datetime import time

    from veiligbestuur_desktop.domain.incidents import check_incident

    today = date(2026, 11, 28)
    d = draft(occurred_on=today, reported_on=today, occurred_time=time(11, 0))
    with pytest.raises(ValidationError, match="later dan nu") as info:
        check_incident(d, KNOWN, today, now=time(10, 30))
    assert info.value.field == "occurred_time"
    assert check_incident(d, KNOWN, today, now=time(11, 30)).occurred_time == time(11, 0)
    assert check_incident(d, KNOWN, today).occurred_time == time(11, 0)  # no clock: no time check


def test_aangifte_filed_in_the_future_or_as_free_text_is_refused():
    from veiligbestuur_desktop.domain.incidents import check_follow_up

    today = date(2026, 11, 28)
    with pytest.raises(ValidationError, match="in de toekomst"):
        check_follow_up(Track.AANGIFTE, FollowUpDraft("Aangifte", details={"filed_on": "01-12-2026"}), today)
    with pytest.raises(ValidationError, match="ongeldige datum"):
        check_follow_up(Track.AANGIFTE, FollowUpDraft("Aangifte", details={"filed_on": "vorige week"}), today)
    ok = check_follow_up(Track.AANGIFTE, FollowUpDraft("Aangifte", details={"filed_on": "27-11-2026"}), today)
    assert ok.details["filed_on"] == "2026-11-27"


def test_doxing_exists_only_from_2024():
    """Issue 10: doxing (art. 285d Sr) is a crime of its own only since 1 January 2024."""
    with pytest.raises(ValidationError, match="sinds 1 januari 2024") as info:
        r.check_incident(
            draft(occurred_on=date(2023, 12, 31), reported_on=date(2024, 1, 2), categories=("doxing",)),
            KNOWN,
            date(2026, 11, 28),
        )
    assert info.value.field == "categories"
    ok = r.check_incident(
        draft(occurred_on=date(2024, 1, 1), reported_on=date(2024, 1, 2), categories=("doxing",)),
        KNOWN,
        date(2026, 11, 28),
    )
    assert ok.categories == ("doxing",)


def test_opschalen_rules():
    assert r.escalation_advised(1, Place.ONLINE, False, ("stalking",))
    assert r.escalation_advised(1, Place.ONLINE, False, ("doxing",))
    assert not r.escalation_advised(2, Place.ONLINE, False, ("verbaal",))
    assert r.escalation_advised(0, None, False, (), repeat_perpetrator=True)
    assert r.escalation_advised(0, None, False, (), high_risk_victim=True)


def test_sanctions_schadeverhaal_and_aangifte_vocabulary_of_issue_10():
    labels = dict(r.SanctionType.choices())
    assert labels["tribune"] == "verwijdering van de publieke tribune (art. 26 Gemeentewet)"
    assert labels["civiel_verbod"] == "civiel contact-/straatverbod"
    assert "art. 509hh Sv" in labels["gedragsaanwijzing"]
    assert dict(r.FiledBy.choices())["gemeente"] == "door de gemeente namens het slachtoffer"
    assert "werkgever" not in " ".join(label for _v, label in r.FiledBy.choices())
    assert dict(r.AddressChoice.choices())["domicilie"] == "domicilie op adres gemeentehuis"
    assert (
        dict(r.AangifteReason.choices())["geen_resultaat"] == "verwacht geen resultaat van politie/justitie"
    )
    assert [v for v, _l in r.OmDecision.choices()] == ["sepot", "strafbeschikking", "dagvaarding", "onbekend"]
    assert dict(r.OmDecision.choices())["onbekend"] == "nog niet bekend"
    assert r.Track.REACTIE.label == "Reactie aan de dader"
    assert "gemeld" not in [v for v, _l in r.IncidentStatus.choices()]
    assert "nazorg" not in [v for v, _l in r.IncidentStatus.choices()]


def test_two_separate_damage_claims_a_liability_letter_and_the_deadline_for_voegen():
    plan = [p for p in r.planned_follow_ups(TODAY, TODAY, False) if p.track == Track.SCHADE]
    assert [dict(p.details)["claimant"] for p in plan] == ["slachtoffer", "gemeente"]
    d = r.check_follow_up(
        Track.SCHADE,
        FollowUpDraft(
            "Schade van de gemeente verhalen",
            details={
                "claimant": "gemeente",
                "route": "strafproces",
                "liability_letter_on": "20-11-2026",
                "joinder_deadline": "15-01-2027",
                "claimed": "1.250,00",
            },
        ),
        TODAY,
    )
    assert d.details["liability_letter_on"] == "2026-11-20" and d.details["claimed"] == "1250.00"
    assert d.deadline == date(2027, 1, 15)  # voegen is possible until then: that is the termijn
    with pytest.raises(ValidationError, match="toekomst"):
        r.check_follow_up(
            Track.SCHADE, FollowUpDraft("Schade", details={"liability_letter_on": "01-12-2026"}), TODAY
        )
    with pytest.raises(ValidationError, match="kies uit"):
        r.check_follow_up(Track.SCHADE, FollowUpDraft("Schade", details={"claimant": "werkgever"}), TODAY)


def test_aangifte_warnings_outside_the_ela():
    assert r.aangifte_warnings({}, r.PerpetratorType.INDIVIDU) == []
    (only,) = r.aangifte_warnings({}, r.PerpetratorType.BESTUURDER)
    assert "bestuurder onderling" in only and "ELA" in only
    (vpt,) = r.aangifte_warnings({"decision": "melding", "vpt_registered": "onbekend"}, None)
    assert "VPT-code" in vpt
    assert r.aangifte_warnings({"decision": "aangifte", "vpt_registered": "ja"}, None) == []
    assert r.aangifte_warnings({"decision": "geen"}, None) == []


def test_the_place_and_the_home_flag_agree():
    assert r.check_incident(draft(place=Place.WONING), KNOWN, TODAY).at_home
    assert r.check_incident(draft(at_home=True), KNOWN, TODAY).place == Place.WONING
    with pytest.raises(ValidationError, match="Kies als plaats") as info:
        r.check_incident(draft(at_home=True, place=Place.ONLINE), KNOWN, TODAY)
    assert info.value.field == "place"
    plain = r.check_incident(draft(place=Place.GEMEENTEHUIS), KNOWN, TODAY)
    assert (plain.place, plain.at_home) == (Place.GEMEENTEHUIS, False)
