from datetime import date

import pytest

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus

TODAY = date(2026, 11, 28)


def test_step_progress_counts_done_and_excludes_nvt():
    states = [
        PlanItemState("voorbereiding_ketenafspraken", ItemStatus.GEREED),
        PlanItemState("voorbereiding_opvang", ItemStatus.NVT),
        PlanItemState("voorbereiding_registratie", ItemStatus.BEZIG, due_date=date(2026, 11, 1)),
    ]
    p = rules.step_progress(3, states, TODAY)
    assert (p.done, p.applicable, p.in_progress, p.overdue) == (1, 3, 1, 1)
    assert p.text == "1 van 3 gereed"


def test_overdue_and_due_this_month():
    late = PlanItemState("beleid_media", ItemStatus.BEZIG, due_date=date(2026, 11, 27))
    soon = PlanItemState("beleid_media", ItemStatus.NIET_GESTART, due_date=date(2026, 11, 30))
    done = PlanItemState("beleid_media", ItemStatus.GEREED, due_date=date(2026, 1, 1))
    assert rules.is_overdue(late, TODAY) and not rules.is_due_this_month(late, TODAY)
    assert rules.is_due_this_month(soon, TODAY) and not rules.is_overdue(soon, TODAY)
    assert not rules.is_overdue(done, TODAY)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("x" * 5000, "te lang"),
        ("a\x00b", "stuurteken"),
    ],
)
def test_plan_item_note_validation(value, message):
    with pytest.raises(ValidationError, match=message):
        rules.check_plan_item(PlanItemState("beleid_media", note=value))


def test_passphrase_rules():
    with pytest.raises(ValidationError, match="te kort"):
        rules.check_new_passphrase("kort", "kort")
    with pytest.raises(ValidationError, match="te zwak"):
        rules.check_new_passphrase("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa")
    with pytest.raises(ValidationError, match="niet gelijk"):
        rules.check_new_passphrase("Drie groene bomen 17", "Drie groene bomen 18")
    assert rules.check_new_passphrase("Drie groene bomen 17", "Drie groene bomen 17")
    assert rules.passphrase_strength("Drie groene bomen aan de Linge 1987!").score >= 3


def test_clean_text_trims_and_requires():
    assert rules.clean_text("  Gemeente Ede ", "naam") == "Gemeente Ede"
    with pytest.raises(ValidationError, match="Vul de naam in"):
        rules.clean_text("   ", "de naam", required=True)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Ede", "Gemeente Ede"),
        ("Gemeente Proefdorp", "Gemeente Proefdorp"),
        ("gemeente Súdwest-Fryslân", "gemeente Súdwest-Fryslân"),
    ],
)
def test_municipality_title_never_doubles_gemeente(name, title):
    """Issue 10: the report said "Gemeente Gemeente Proefdorp"."""
    from veiligbestuur_desktop.domain.rules import municipality_title

    assert municipality_title(name) == title
