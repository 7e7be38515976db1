"""Property-based checks of the incident, person, follow-up and attachment validators."""

from __future__ import annotations

import os
from datetime import date, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veiligbestuur_desktop.domain import incidents as r
from veiligbestuur_desktop.domain.attachments import check_file, check_filename
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import FollowUpDraft, FollowUpStatus, Track
from veiligbestuur_desktop.domain.nazorg import NazorgIntervals
from veiligbestuur_desktop.domain.people import (
    BetrokkeneType,
    PersonDraft,
    PersonKind,
    Relation,
    Role,
    check_person,
)

EXAMPLES = 10_000 if os.environ.get("VEILIGBESTUUR_LONG") else 500
TODAY = date(2026, 11, 28)
KNOWN = {c for c, _ in r.DEFAULT_CATEGORIES}
texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _dutch(exc: ValidationError) -> None:
    assert exc.message and exc.message[0].isupper() and exc.message.rstrip().endswith((".", "?", ")")), (
        exc.message
    )
    assert not any(w in exc.message.lower() for w in ("error", "invalid", "traceback", "exception"))


@SETTINGS
@given(
    occurred=st.dates(min_value=date(1980, 1, 1), max_value=date(2030, 12, 31)),
    reported_delta=st.integers(-30, 30),
    description=texts,
    categories=st.lists(st.one_of(st.sampled_from(sorted(KNOWN)), texts), max_size=4),
    channel=st.sampled_from(list(r.Channel)),
    level=st.integers(-2, 7),
    victims=st.lists(st.integers(1, 5), max_size=3),
    location=texts,
    witnesses=texts,
    closed=dates,
    t=st.one_of(st.none(), st.times()),
)
def test_incident_validator(
    occurred, reported_delta, description, categories, channel, level, victims, location, witnesses, closed, t
):
    from datetime import timedelta

    try:
        reported = occurred + timedelta(days=reported_delta)
    except OverflowError:
        return
    draft = r.IncidentDraft(
        occurred_on=occurred,
        reported_on=reported,
        description=description,
        categories=tuple(categories),
        channel=channel,
        severity_level=level,
        occurred_time=t if isinstance(t, time) else None,
        victims=tuple(r.VictimDraft(v) for v in victims),
        location=location,
        witnesses=witnesses,
        closed_on=closed,
    )
    try:
        clean = r.check_incident(draft, KNOWN, TODAY)
    except ValidationError as exc:
        _dutch(exc)
        return
    assert clean.occurred_on <= TODAY and clean.reported_on >= clean.occurred_on
    assert clean.description and 0 <= clean.severity_level <= 4 and clean.victims


@SETTINGS
@given(
    kind=st.sampled_from(list(PersonKind)),
    name=texts,
    description=texts,
    role=st.one_of(st.none(), st.sampled_from(list(Role))),
    phone=texts,
    email=texts,
    address=texts,
    term_start=dates,
    term_end=dates,
    birth=dates,
    related=st.one_of(st.none(), st.integers(1, 9)),
)
def test_person_validator(
    kind, name, description, role, phone, email, address, term_start, term_end, birth, related
):
    d = PersonDraft(
        kind=kind,
        name=name,
        description=description,
        role=role,
        phone=phone,
        email=email,
        address=address,
        term_start=term_start,
        term_end=term_end,
        birth_date=birth,
        related_to_id=related,
        relation=Relation.PARTNER,
        betrokkene_type=BetrokkeneType.INDIVIDU,
    )
    try:
        clean = check_person(d, TODAY)
    except ValidationError as exc:
        _dutch(exc)
        return
    assert clean.name or clean.description
    assert not clean.address or clean.kind == PersonKind.BETROKKENE


@SETTINGS
@given(
    track=st.sampled_from(list(Track)),
    title=texts,
    owner=texts,
    status=st.sampled_from(list(FollowUpStatus)),
    deadline=dates,
    details=st.dictionaries(
        st.sampled_from(["pv_number", "claimed", "received", "start", "end", "filed_on", "type", "x"]),
        texts,
        max_size=4,
    ),
)
def test_follow_up_validator(track, title, owner, status, deadline, details):
    try:
        clean = r.check_follow_up(track, FollowUpDraft(title, owner, deadline, status, None, details), TODAY)
    except ValidationError as exc:
        _dutch(exc)
        return
    assert clean.title
    for key in ("claimed", "received"):
        if key in clean.details:
            assert not clean.details[key].startswith("-")


@SETTINGS
@given(name=texts, data=st.binary(max_size=512))
def test_attachment_validator(name, data):
    try:
        checked = check_file(name, data)
    except ValidationError as exc:
        _dutch(exc)
        return
    assert "/" not in checked.filename and "\\" not in checked.filename and len(checked.sha256) == 64
    assert check_filename(checked.filename) == checked.filename


nazorg_kinds = st.sampled_from(
    (r.OPVANG, r.OPVANGGESPREK, r.VERVOLG_1, r.VERVOLG_2, "reactie", "aangifte", "extra")
)
plan_dates = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
plan_states = st.lists(
    st.builds(
        r.PlanState,
        id=st.integers(1, 50),
        kind=nazorg_kinds,
        status=st.sampled_from(list(FollowUpStatus)),
        deadline=plan_dates,
        due_from=plan_dates,
        done_on=plan_dates,
    ),
    max_size=8,
    unique_by=lambda p: p.id,
)
intervals = st.builds(
    lambda h, a, b, c, d: NazorgIntervals(h, a, a + b, a + b + 1 + c, a + b + 1 + c + d),
    st.integers(1, 24 * 14),
    st.integers(1, 60),
    st.integers(0, 30),
    st.integers(0, 120),
    st.integers(0, 60),
)


@SETTINGS
@given(
    plan_states,
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.one_of(st.none(), st.times()),
    intervals,
)
def test_replanning_moves_only_open_nazorg_follow_ups_and_keeps_the_order(fus, occurred, at, iv):
    moves = r.replan_nazorg(fus, occurred, at, iv, r.ReplanReason.INCIDENT_DATE)
    by_id = {f.id: f for f in fus}
    for m in moves:
        f = by_id[m.id]
        assert f.status not in r.DONE_STATUSES  # done follow-ups are history
        assert f.kind in (r.OPVANGGESPREK, r.VERVOLG_1, r.VERVOLG_2)
        assert (m.deadline, m.due_from) != (f.deadline, f.due_from)  # only real changes
        assert m.status == f.status and m.was == f.deadline
        if m.kind != r.OPVANGGESPREK:
            assert m.due_from is not None and m.deadline is not None and m.due_from <= m.deadline
    opvang = r.opvang_deadline(occurred, at, iv)
    assert occurred <= opvang <= occurred + timedelta(days=15)
    # applied once, a second re-plan has nothing left to move
    after = [
        next(
            (
                r.PlanState(f.id, f.kind, f.status, m.deadline, m.due_from, f.done_on)
                for m in moves
                if m.id == f.id
            ),
            f,
        )
        for f in fus
    ]
    assert r.replan_nazorg(after, occurred, at, iv, r.ReplanReason.INCIDENT_DATE) == []


@SETTINGS
@given(plan_states, st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_a_perpetrator_made_known_only_opens_a_reactie_that_was_nvt(fus, today):
    for m in r.reactie_due(fus, today):
        f = next(f for f in fus if f.id == m.id)
        assert f.kind == "reactie" and f.status == FollowUpStatus.NVT and f.done_on is None
        assert (m.status, m.due_from, m.deadline) == (FollowUpStatus.OPEN, today, today + timedelta(days=1))
