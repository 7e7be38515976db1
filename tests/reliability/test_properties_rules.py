"""Property-based checks of the foundation's validators: never a crash, either accepted or a Dutch message."""

from __future__ import annotations

import os
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.steps import ITEMS_BY_CODE
from veiligbestuur_desktop.domain.vocab import ItemStatus

EXAMPLES = 10_000 if os.environ.get("VEILIGBESTUUR_LONG") else 500
DUTCH_HINTS = ("Vul", "te lang", "stuurteken", "toekomst", "bereik", "wachtwoord", "Onbekend", "niet gelijk")

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


def _dutch(exc: ValidationError) -> None:
    assert exc.message and any(h in exc.message for h in DUTCH_HINTS), exc.message


@settings(max_examples=EXAMPLES, deadline=None)
@given(value=texts, max_len=st.integers(1, 400), required=st.booleans(), multiline=st.booleans())
def test_clean_text_accepts_or_explains(value, max_len, required, multiline):
    try:
        out = rules.clean_text(value, "de tekst", max_len=max_len, required=required, multiline=multiline)
    except ValidationError as exc:
        _dutch(exc)
        return
    assert len(out) <= max_len
    assert out == out.strip()
    assert not required or out
    assert (
        all(ch in "\n\t" or ord(ch) >= 0x20 for ch in out)
        if multiline
        else all(ord(ch) >= 0x20 for ch in out)
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(first=texts, second=texts)
def test_new_passphrase_accepts_or_explains(first, second):
    try:
        assert rules.check_new_passphrase(first, second) == first
    except ValidationError as exc:
        _dutch(exc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    code=st.one_of(st.sampled_from(sorted(ITEMS_BY_CODE)), st.text(max_size=20)),
    status=st.sampled_from(list(ItemStatus)),
    owner=texts,
    note=texts,
    due=st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
)
def test_plan_item_accepts_or_explains(code, status, owner, note, due):
    try:
        clean = rules.check_plan_item(PlanItemState(code, status, owner, due, note))
    except ValidationError as exc:
        _dutch(exc)
        return
    assert clean.code in ITEMS_BY_CODE
    assert clean.due_date is None or date(1990, 1, 1) <= clean.due_date <= date(2100, 12, 31)


@settings(max_examples=EXAMPLES, deadline=None)
@given(value=texts)
def test_strength_never_crashes(value):
    s = rules.passphrase_strength(value)
    assert 0 <= s.score <= 4 and s.label
