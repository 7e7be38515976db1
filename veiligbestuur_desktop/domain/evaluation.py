"""Step 7 — Controleren op uitvoering en effectiviteit: the evaluation of an incident and the review of the
uitgangspunten after every municipal election (termijnherijking).

An incident evaluation says what went well, what was learnt and what is to be adjusted; every line of the
adjustments can become an action point (step 4). An incident gets the status "geëvalueerd" only with an
evaluation (the guard in services/area_evaluation.py).

A municipal term runs from one raadsverkiezing to the next (16 March 2022, 18 March 2026, March 2030 ...):
`term_of(day)` gives the term a day falls in; `term_checklist` the guided checklist of that term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import format_date

# --- the incident evaluation --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EvaluationDraft:
    """What the evaluation form hands to the service; `check_evaluation` cleans and validates it."""

    incident_id: int | None
    evaluated_on: date
    participants: str = ""
    went_well: str = ""
    lessons: str = ""
    adjustments: str = ""  # one adjustment per line: each can become an action point


def _f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="evaluation", **kw)


INCIDENT_EVALUATION = RecordKind(
    "incident_evaluation",
    "incidentevaluatie",
    (
        _f(
            "incident_id",
            "Incident",
            FieldKind.RECORD,
            noun="het incident",
            vocabulary="incidents_to_evaluate",
            required=True,
            help="het afgesloten incident dat wordt geëvalueerd",
        ),
        _f(
            "evaluated_on",
            "Datum evaluatie",
            FieldKind.DATE,
            noun="de datum van de evaluatie",
            required=True,
            not_future=True,
            column=True,
            sortable=True,
        ),
        _f(
            "participants",
            "Deelnemers",
            FieldKind.TEXT,
            noun="de deelnemers",
            max_len=300,
            column=True,
            help="wie hebben geëvalueerd, bijvoorbeeld: coördinator, griffier, slachtoffer",
            examples=("coördinator en griffier", "coördinator, burgemeester en wijkagent"),
        ),
        _f(
            "went_well",
            "Wat ging goed",
            FieldKind.LONG_TEXT,
            noun="wat goed ging",
            max_len=4000,
        ),
        _f(
            "lessons",
            "Lessen",
            FieldKind.LONG_TEXT,
            noun="de lessen",
            max_len=4000,
        ),
        _f(
            "adjustments",
            "Aanpassingen (één per regel)",
            FieldKind.LONG_TEXT,
            noun="de aanpassingen",
            max_len=4000,
            help="één aanpassing per regel; elke regel kan een actiepunt worden",
        ),
    ),
    context="evaluation",
)

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")


def adjustment_lines(text: str) -> list[str]:
    """The adjustments of an evaluation, one per non-empty line, without list marks ("- ", "1. ")."""
    out = []
    for line in (text or "").splitlines():
        clean = _BULLET.sub("", line).strip()
        if clean:
            out.append(clean)
    return out


def check_evaluation(d: EvaluationDraft, today: date | None = None) -> EvaluationDraft:
    """The declared field checks, then: an evaluation says something."""
    today = today or date.today()
    if d.incident_id is None:
        raise ValidationError(
            tr("evaluation", "Kies het incident dat wordt geëvalueerd (een afgesloten incident)."),
            field="incident_id",
        )
    d = INCIDENT_EVALUATION.clean(d, today)
    if not (d.went_well or d.lessons or d.adjustments):
        raise ValidationError(
            tr(
                "evaluation",
                "Vul ten minste in wat goed ging, de lessen of de aanpassingen: een lege evaluatie zegt niets.",
            ),
            field="went_well",
        )
    for line in adjustment_lines(d.adjustments):
        if len(line) > 200:
            raise ValidationError(
                tr(
                    "evaluation",
                    "Een aanpassing is langer dan 200 tekens. Zet elke aanpassing kort op een eigen regel.",
                ),
                field="adjustments",
            )
    return d


# --- municipal terms -----------------------------------------------------------------------------------------

# The raadsverkiezingen (gemeenteraadsverkiezingen) as held; later ones are expected on the third Wednesday of
# March every four years (2030: 20 March) until a date is set here.
ELECTIONS: tuple[date, ...] = (
    date(2014, 3, 19),
    date(2018, 3, 21),
    date(2022, 3, 16),
    date(2026, 3, 18),
)
TERM_YEARS = 4


def _third_wednesday_of_march(year: int) -> date:
    first = date(year, 3, 1)
    offset = (2 - first.weekday()) % 7  # Wednesday is weekday 2
    return first + timedelta(days=offset + 14)


def election_day(year: int) -> date:
    """The raadsverkiezing of `year` (a known date, or the expected third Wednesday of March)."""
    for day in ELECTIONS:
        if day.year == year:
            return day
    return _third_wednesday_of_march(year)


@dataclass(frozen=True, slots=True)
class Term:
    """A municipal term: from the raadsverkiezing `start` to the day before the next one."""

    start: date
    next_election: date

    @property
    def end(self) -> date:
        return self.next_election - timedelta(days=1)

    @property
    def label(self) -> str:
        return f"{self.start.year}–{self.next_election.year}"

    @property
    def expected(self) -> bool:
        """The next election's date is an expectation (not yet in ELECTIONS)."""
        return self.next_election not in ELECTIONS

    def describe(self) -> str:
        return tr("evaluation", "termijn {label} (verkiezing {start}, volgende {next})").format(
            label=self.label, start=format_date(self.start), next=format_date(self.next_election)
        )


def term_of(day: date) -> Term:
    """The municipal term `day` falls in: 1 July 2024 → 2022–2026; 18 March 2026 → 2026–2030."""
    first = ELECTIONS[0].year
    year = first + ((day.year - first) // TERM_YEARS) * TERM_YEARS
    start = election_day(year)
    if day < start:
        year -= TERM_YEARS
        start = election_day(year)
    return Term(start, election_day(year + TERM_YEARS))


# --- the guided checklist of a term --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermItem:
    """One item of a term's checklist: a stable code ("protocol", "briefed:12"), the Dutch text, and the
    office holder it is about (None for the general items)."""

    code: str
    label: str
    person_id: int | None = None
    sort: int = 0


GENERAL_ITEMS: tuple[tuple[str, str], ...] = (
    ("uitgangspunten", "Uitgangspunten herijkt met het nieuwe college en de raad"),
    ("protocol", "Agressieprotocol opnieuw vastgesteld"),
    ("contactkaart", "Contactkaart gecontroleerd en bijgewerkt"),
)


def term_item_label(code: str, label: str) -> str:
    """An item's label as shown: a general item whose stored (Dutch) label is unchanged is translated; an item
    about an office holder names them and stays as stored."""
    general = dict(GENERAL_ITEMS)
    return tr("evaluation", label) if general.get(code) == label else label


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """An ambtsdrager as the term checklist needs them (from Personen)."""

    id: int
    name: str
    role: str  # the role's Dutch label
    term_start: date | None
    term_end: date | None


def new_in_term(holder: OfficeHolder, term: Term) -> bool:
    """An office holder who serves in `term` and started in it (or whose start is not recorded): to be briefed
    and trained. Someone whose term ended before this term started is not."""
    if holder.term_end is not None and holder.term_end < term.start:
        return False
    if holder.term_start is not None and holder.term_start > term.end:
        return False
    # a start up to a month before the election counts (installed just before, e.g. a replacement)
    return holder.term_start is None or holder.term_start >= term.start - timedelta(days=31)


def term_checklist(term: Term, holders: list[OfficeHolder]) -> list[TermItem]:
    """The checklist of a term: the general items, then per new office holder 'geïnformeerd' and 'getraind'."""
    items = [TermItem(code, label, None, n) for n, (code, label) in enumerate(GENERAL_ITEMS)]
    n = len(items)
    for h in sorted(holders, key=lambda h: (h.name.casefold(), h.id)):
        if not new_in_term(h, term):
            continue
        items.append(
            TermItem(f"briefed:{h.id}", f"{h.name} ({h.role}) geïnformeerd over het protocol", h.id, n)
        )
        items.append(TermItem(f"trained:{h.id}", f"{h.name} ({h.role}) getraind (weerbaarheid)", h.id, n + 1))
        n += 2
    return items


def check_tick(on: date | None, term: Term, today: date | None = None) -> date:
    """The date an item of the term's checklist was done: not in the future, not before the term."""
    today = today or date.today()
    if on is None:
        raise ValidationError(tr("evaluation", "Vul de datum in waarop dit is gedaan."), field="done_on")
    if on > today:
        raise ValidationError(
            tr("evaluation", "De datum ligt in de toekomst. Vink een onderdeel af als het gedaan is."),
            field="done_on",
        )
    if on < term.start - timedelta(days=183):
        raise ValidationError(
            tr(
                "evaluation",
                "De datum ligt ruim vóór het begin van deze termijn ({start}). Controleer de datum.",
            ).format(start=format_date(term.start)),
            field="done_on",
        )
    return on
