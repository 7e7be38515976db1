"""Property-based checks of the incident, person, follow-up and attachment validators."""

from __future__ import annotations

import os
from datetime import date, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veiligbestuur_desktop.domain import incidents as r
from veiligbestuur_desktop.domain.attachments import check_file, check_filename
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import FollowUpDraft, FollowUpStatus, Track
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
