from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from veiligbestuur_desktop.domain import incidents as r
from veiligbestuur_desktop.domain.attachments import MAX_BYTES, check_file
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import Channel, FollowUpDraft, FollowUpStatus, Track
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


def test_nazorg_dates_from_the_report_date():
    plan = {p.kind: p for p in r.planned_follow_ups(date(2026, 11, 2), perpetrator_known=True)}
    assert plan["opvang"].deadline == date(2026, 11, 2)
    assert plan["gesprek_72u"].deadline == date(2026, 11, 5)
    assert plan["nagesprek_2w"].deadline == date(2026, 11, 16)
    assert plan["nagesprek_6w"].due_from == date(2026, 12, 14) and plan["nagesprek_6w"].deadline == date(
        2026, 12, 28
    )
    assert plan["reactie"].deadline == date(2026, 11, 3)
    unknown = {p.kind: p for p in r.planned_follow_ups(date(2026, 11, 2), perpetrator_known=False)}
    assert unknown["reactie"].status == FollowUpStatus.NVT and unknown["reactie"].deadline is None


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
    assert r.escalation_advised(4, Channel.EMAIL, False)
    assert r.escalation_advised(3, Channel.WONING, False)
    assert r.escalation_advised(3, Channel.EMAIL, True)
    assert not r.escalation_advised(3, Channel.EMAIL, False)
    assert not r.escalation_advised(2, Channel.WONING, True)


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
    assert r.escalation_advised(1, Channel.SOCIALE_MEDIA, False, ("stalking",))
    assert r.escalation_advised(1, Channel.EMAIL, False, ("doxing",))
    assert not r.escalation_advised(2, Channel.EMAIL, False, ("verbaal",))
    assert r.escalation_advised(0, Channel.EMAIL, False, (), repeat_perpetrator=True)
    assert r.escalation_advised(0, Channel.EMAIL, False, (), high_risk_victim=True)
