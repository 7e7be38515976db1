"""Validation and the rules of the plan that the overview, the reports and the CLI must agree on."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.steps import Frequency, next_due
from veiligbestuur_desktop.domain.vocab import ItemStatus

# --- text -------------------------------------------------------------------------------------------------

SHORT_TEXT_MAX = 200
NOTE_MAX = 4000
LONG_TEXT_MAX = 20000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def clean_text(
    value: str | None,
    label: str,
    *,
    max_len: int = SHORT_TEXT_MAX,
    required: bool = False,
    multiline: bool = False,
    field: str | None = None,
) -> str:
    """Trim and check a text field; return the cleaned value or raise a Dutch ValidationError.

    Tabs and newlines are allowed only in multi-line fields; other control characters never.
    """
    text = unicodedata.normalize("NFC", value or "").strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if required and not text:
        raise ValidationError(tr("rules", "Vul {label} in.").format(label=label), field=field)
    if len(text) > max_len:
        raise ValidationError(
            tr("rules", "{label} is te lang: {n} tekens, maximaal {max}. Kort de tekst in.").format(
                label=_cap(label), n=f"{len(text):,}".replace(",", "."), max=f"{max_len:,}".replace(",", ".")
            ),
            field=field,
        )
    bad = (_CONTROL if multiline else _CONTROL_SINGLE_LINE).search(text)
    if bad:
        raise ValidationError(
            tr(
                "rules", "{label} bevat een onzichtbaar stuurteken. Typ de tekst opnieuw zonder dat teken."
            ).format(label=_cap(label)),
            field=field,
        )
    return text


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# Bidirectional controls (embeddings, overrides, isolates, marks): in a name they can make "Jansen" display as
# something else on screen and on paper (U+202E turns the rest of the line around).
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible_text(text: str) -> bool:
    """Whether the text has at least one character that shows (a letter, digit, punctuation mark or symbol):
    a name of zero-width spaces, joiners, soft hyphens or other format characters only looks empty."""
    return any(unicodedata.category(c)[0] in "LNPS" for c in text)


def check_no_bidi_controls(text: str, label: str, *, field: str | None = None) -> None:
    if _BIDI_CONTROLS.search(text):
        raise ValidationError(
            tr(
                "rules",
                "{label} bevat een teken dat de leesrichting omdraait (een onzichtbaar stuurteken). Typ de naam "
                "opnieuw zonder dat teken.",
            ).format(label=_cap(label)),
            field=field,
        )


def clean_name(value: str | None, label: str, *, max_len: int, field: str | None = None) -> str:
    """A required name: cleaned like any text, with something visible in it and no bidi controls."""
    text = clean_text(value, label, max_len=max_len, required=True, field=field)
    check_no_bidi_controls(text, label, field=field)
    if not visible_text(text):
        raise ValidationError(
            tr("rules", "{label} bestaat alleen uit onzichtbare tekens. Vul een leesbare naam in.").format(
                label=_cap(label)
            ),
            field=field,
        )
    return text


def check_date_range(
    value: date | None,
    label: str,
    *,
    not_future: bool = False,
    today: date | None = None,
    field: str | None = None,
    earliest: date = date(1990, 1, 1),
) -> date | None:
    if value is None:
        return None
    if not (earliest <= value <= date(2100, 12, 31)):
        raise ValidationError(
            tr(
                "rules", "{label} ligt buiten het toegestane bereik ({start}–2100). Controleer het jaar."
            ).format(label=_cap(label), start=earliest.year),
            field=field,
        )
    if not_future and value > (today or date.today()):
        raise ValidationError(
            tr("rules", "{label} ligt in de toekomst. Vul een datum in van vandaag of eerder.").format(
                label=_cap(label)
            ),
            field=field,
        )
    return value


def format_date(value: date | None) -> str:
    """Dutch date notation dd-mm-jjjj."""
    return value.strftime("%d-%m-%Y") if value else ""


def format_euro(value: Decimal | None) -> str:
    """Dutch euro notation: € 1.234,56."""
    if value is None:
        return ""
    q = Decimal(value).quantize(Decimal("0.01"))
    whole, cents = f"{abs(q):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"€ {'-' if q < 0 else ''}{'.'.join(groups)},{cents}"


# --- municipality and people at set-up ---------------------------------------------------------------------


def municipality_title(name: str) -> str:
    """ "Gemeente Ede" for "Ede", and the name unchanged when it already says so ("Gemeente Proefdorp"). Part of
    the municipality's name on paper, not a phrase to translate: documents are always Dutch."""
    name = name.strip()
    return name if name.casefold().startswith("gemeente ") else f"Gemeente {name}"


def check_municipality(name: str) -> str:
    return clean_name(name, tr("rules", "de naam van de gemeente"), max_len=100, field="municipality")


def check_person_name(name: str, label: str | None = None) -> str:
    return clean_name(name, label or tr("rules", "de naam"), max_len=120, field="name")


# --- passphrases ------------------------------------------------------------------------------------------

PASSPHRASE_MIN_LENGTH = 12
PASSPHRASE_MAX_LENGTH = 1024

_COMMON = {
    "wachtwoord",
    "password",
    "welkom",
    "welkom01",
    "qwerty",
    "123456",
    "gemeente",
    "veiligbestuur",
    "burgemeester",
    "letmein",
    "geheim",
}


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    label: str
    acceptable: bool


def passphrase_strength(passphrase: str) -> Strength:
    """A rough, dependency-free estimate: length, character classes, repetition and common words."""
    p = passphrase
    classes = 0
    pool = 0
    if re.search(r"[a-z]", p):
        classes += 1
        pool += 26
    if re.search(r"[A-Z]", p):
        classes += 1
        pool += 26
    if re.search(r"[0-9]", p):
        classes += 1
        pool += 10
    if re.search(r"[^A-Za-z0-9]", p):
        classes += 1
        pool += 33
    unique = len(set(p))
    bits = len(p) * math.log2(pool) if pool else 0.0
    # penalise repetition and common words
    if unique <= max(2, len(p) // 4):
        bits /= 3
    if any(w in p.lower() for w in _COMMON):
        bits -= 25
    if bits < 40:
        score = 0 if bits < 25 else 1
    elif bits < 60:
        score = 2
    elif bits < 80:
        score = 3
    else:
        score = 4
    labels = ["zeer zwak", "zwak", "redelijk", "sterk", "zeer sterk"]
    acceptable = len(p) >= PASSPHRASE_MIN_LENGTH and score >= 2
    return Strength(score, tr("rules", labels[score]), acceptable)


def check_new_passphrase(passphrase: str, repeat: str) -> str:
    if len(passphrase) < PASSPHRASE_MIN_LENGTH:
        raise ValidationError(
            tr(
                "rules",
                "Het wachtwoord is te kort: gebruik minstens {n} tekens, bijvoorbeeld een zin van vier of vijf woorden.",
            ).format(n=PASSPHRASE_MIN_LENGTH),
            field="passphrase",
        )
    if len(passphrase) > PASSPHRASE_MAX_LENGTH:
        raise ValidationError(
            tr("rules", "Het wachtwoord is te lang (maximaal {n} tekens).").format(n=PASSPHRASE_MAX_LENGTH),
            field="passphrase",
        )
    if _CONTROL_SINGLE_LINE.search(passphrase):
        raise ValidationError(
            tr("rules", "Het wachtwoord bevat een stuurteken. Gebruik alleen gewone tekens."),
            field="passphrase",
        )
    if not passphrase_strength(passphrase).acceptable:
        raise ValidationError(
            tr(
                "rules",
                "Het wachtwoord is te zwak. Maak het langer of voeg woorden, cijfers of leestekens toe.",
            ),
            field="passphrase",
        )
    if passphrase != repeat:
        raise ValidationError(
            tr("rules", "De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde."),
            field="repeat",
        )
    return passphrase


# --- plan progress -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanItemState:
    """The progress of one checklist item of the plan.

    `due_date` is the streefdatum, and for a recurring item the next due date (computed from `last_done`
    and the frequency when it is marked done). `frequency` None means the item's default (domain.steps).
    """

    code: str
    status: ItemStatus = ItemStatus.NIET_GESTART
    owner: str = ""
    due_date: date | None = None
    note: str = ""
    frequency: Frequency | None = None
    last_done: date | None = None


def frequency_of(state: PlanItemState) -> Frequency:
    """The item's frequency: the one chosen for it, else its default (an unknown code: eenmalig)."""
    from veiligbestuur_desktop.domain.steps import ITEMS_BY_CODE

    item = ITEMS_BY_CODE.get(state.code)
    if item is not None and item.derived:
        return Frequency.PER_INCIDENT
    if state.frequency is not None:
        return state.frequency
    return item.frequency if item is not None else Frequency.EENMALIG


def check_plan_item(state: PlanItemState, today: date | None = None) -> PlanItemState:
    from veiligbestuur_desktop.domain.steps import ITEMS_BY_CODE

    item = ITEMS_BY_CODE.get(state.code)
    if item is None:
        raise ValidationError(tr("rules", "Onbekend onderdeel van het stappenplan."), field="code")
    owner = clean_text(state.owner, tr("rules", "de eigenaar"), max_len=120, field="owner")
    note = clean_text(state.note, tr("rules", "de notitie"), max_len=NOTE_MAX, multiline=True, field="note")
    check_date_range(state.due_date, tr("rules", "de streefdatum"), field="due_date")
    check_date_range(state.last_done, tr("rules", "de datum laatst gedaan"), field="last_done")
    if state.last_done is not None and state.last_done > (today or date.today()):
        raise ValidationError(tr("rules", "De datum laatst gedaan ligt in de toekomst."), field="last_done")
    frequency = Frequency(state.frequency) if state.frequency is not None else None
    if item.derived:
        frequency = None  # step 6 follows the incidents
    elif frequency is Frequency.PER_INCIDENT:
        raise ValidationError(
            tr("rules", "Alleen de onderdelen van stap 6 volgen de incidenten."), field="frequency"
        )
    elif frequency is item.frequency:
        frequency = None  # the default is not stored: a later release may refine it
    return PlanItemState(
        state.code, ItemStatus(state.status), owner, state.due_date, note, frequency, state.last_done
    )


def mark_done(state: PlanItemState, on: date) -> PlanItemState:
    """Done on `on`: a recurring item records it and moves its due date forward; any other item is closed."""
    freq = frequency_of(state)
    due = next_due(on, freq) if freq.recurring else state.due_date
    return replace(state, status=ItemStatus.GEREED, last_done=on, due_date=due)


def _open(state: PlanItemState) -> bool:
    """Whether the item still asks for work at its due date: not n.v.t.; not gereed, unless it recurs
    (a recurring item done on `last_done` is due again at its next due date)."""
    if state.status == ItemStatus.NVT:
        return False
    if state.status != ItemStatus.GEREED:
        return True
    return state.last_done is not None and frequency_of(state).recurring


def is_overdue(state: PlanItemState, today: date) -> bool:
    return state.due_date is not None and state.due_date < today and _open(state)


def is_due_this_month(state: PlanItemState, today: date) -> bool:
    return (
        state.due_date is not None
        and today <= state.due_date
        and (state.due_date.year, state.due_date.month) == (today.year, today.month)
        and _open(state)
    )


@dataclass(frozen=True, slots=True)
class StepProgress:
    step: int
    done: int  # gereed
    applicable: int  # all items minus n.v.t.
    in_progress: int
    overdue: int

    @property
    def text(self) -> str:
        return tr("rules", "{done} van {total} gereed").format(done=self.done, total=self.applicable)

    @property
    def complete(self) -> bool:
        return self.applicable > 0 and self.done == self.applicable


def step_progress(step: int, states: Iterable[PlanItemState], today: date) -> StepProgress:
    from veiligbestuur_desktop.domain.steps import STEPS

    by_code = {s.code: s for s in states}
    done = applicable = busy = overdue = 0
    for item in STEPS[step - 1].items:
        st = by_code.get(item.code, PlanItemState(item.code))
        if st.status == ItemStatus.NVT:
            continue
        applicable += 1
        if st.status == ItemStatus.GEREED and not is_overdue(st, today):  # a recurring item fell due again
            done += 1
        elif st.status == ItemStatus.BEZIG:
            busy += 1
        if is_overdue(st, today):
            overdue += 1
    return StepProgress(step, done, applicable, busy, overdue)
