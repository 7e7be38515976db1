"""The annual figures of step 7 (jaarevaluatie) as plain data, the national reference figures of the
Stappenplan, and the suppression of small numbers in anything meant for the council.

Suppression (`suppress`): with five aldermen a count of 1 names a person. In a table for the council

1. every count below THRESHOLD (5) is shown as "< 5" (primary suppression);
2. when the table's total is shown, no hidden count may be computable from it and the shown cells (knowing
   that a "< 5" lies between 0 and 4): further cells are hidden as "x" (secondary suppression), smallest
   first, until every hidden cell could still take more than one value;
3. when even hiding every cell cannot achieve that, the total is hidden too ("< 5" when it is below the
   threshold, else "x").

Pure functions: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

THRESHOLD = 5
SMALL = "< 5"
HIDDEN = "x"

# Incidents that came in online: by e-mail or through social media / the internet.
ONLINE_CHANNELS = ("email", "sociale_media")
# The decision of an aangifte follow-up: an aangifte, a melding only (registered by the police, no criminal
# case), or neither (then with a reason). "ja"/"nee" are the values before melding and aangifte were told apart.
AANGIFTE_VALUES = ("aangifte", "ja")
MELDING_VALUES = ("melding",)
NO_REPORT_VALUES = ("geen", "nee")
# The follow-up kinds that are the opvanggesprek (the conversation within 72 hours of the incident).
OPVANG_KINDS = ("gesprek_72u", "opvanggesprek")

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


@dataclass(frozen=True, slots=True)
class Reference:
    """A national figure with its source (named in the annual report)."""

    text: str
    source: str


NATIONAL_REFERENCES: tuple[Reference, ...] = (
    Reference(
        "Bijna een kwart van de burgemeesters en wethouders kreeg te maken met bedreiging; 5 procent met "
        "fysiek geweld.",
        "Stappenplan / handreiking Veilig Politiek Ambtsdragerschap",
    ),
    Reference(
        "45 procent van de decentrale politieke ambtsdragers kreeg in het afgelopen jaar te maken met agressie "
        "of intimidatie (vrouwen 55 procent, mannen 37 procent).",
        "Monitor Integriteit en Veiligheid 2024",
    ),
    Reference(
        "Bij 7 procent van de incidenten werd aangifte gedaan (13 procent in 2014).",
        "Monitor Integriteit en Veiligheid 2022",
    ),
    Reference(
        "Redenen om geen aangifte te doen (raadsleden): niet ernstig genoeg 64 procent, hoort bij het werk 22 "
        "procent, politie doet er toch niets mee 12 procent.",
        "Monitor Integriteit en Veiligheid 2022",
    ),
)


# --- the figures ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Count:
    """One row of a figure table: a stable key (a code), its Dutch label and the count."""

    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Share:
    """`part` of `whole` (e.g. online incidents of all incidents)."""

    part: int
    whole: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.part / self.whole if self.whole else None


@dataclass(frozen=True, slots=True)
class NazorgFigures:
    """The opvanggesprek of this year's incidents: done before its deadline, done late, not (yet) done."""

    on_time: int
    late: int
    not_done: int

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.not_done


@dataclass(frozen=True, slots=True)
class YearCounts:
    """A year in brief, for the comparison with the year before: its incidents in all and per month."""

    year: int
    total: int
    by_month: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AnnualFigures:
    """Everything the jaarevaluatie counts for one calendar year (from the records, by SQL)."""

    year: int
    total: int
    by_category: tuple[Count, ...]
    by_channel: tuple[Count, ...]
    by_role: tuple[Count, ...]  # role of the victim (an incident counts once per role)
    by_severity: tuple[Count, ...]
    by_month: tuple[int, ...]  # 12 counts
    online: Share
    aangifte: Share  # incidents with an aangifte, of all incidents of the year
    melding: Share  # incidents with a melding only (no aangifte), of all incidents of the year
    no_report_reasons: tuple[Count, ...]
    nazorg: NazorgFigures
    sanctions: tuple[Count, ...]  # sanctions imposed, by kind
    sanctions_weighed: Share  # incidents whose sanction follow-up is done, of those that have one
    history: tuple[tuple[int, int], ...]  # (year, incidents) for this year and the years before
    evaluations: int  # incident evaluations held in the year
    open_follow_ups: int  # follow-ups of the year's incidents still open or in progress
    extra: tuple[Section, ...] = field(default_factory=tuple)  # other areas' figures, when they exist


@dataclass(frozen=True, slots=True)
class Section:
    """Figures another area contributes (avoidance signals, measures, chain agreements): a title, rows of
    counts, and a note (for the college: these are not for the council unless they are plain counts)."""

    title: str
    rows: tuple[Count, ...]
    note: str = ""


# --- suppression --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A table as it may be shown to the council: the cell texts and the total's text."""

    cells: tuple[str, ...]
    total: str
    primary: tuple[int, ...]  # indexes of the cells below the threshold
    secondary: tuple[int, ...]  # indexes hidden so that the primary ones cannot be computed


def _shown(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _determined(counts: Sequence[int], primary: set[int], hidden: set[int], threshold: int) -> bool:
    """Whether a reader who knows the shown cells and the sum could pin down a hidden cell: a hidden cell
    shown as "< 5" lies in 0..threshold-1, one shown as "x" is at least the threshold; with the hidden part
    of the sum known, a cell is determined when only one value of it fits."""
    if not hidden:
        return False
    rest = sum(counts[i] for i in hidden)
    infinite = rest + 1  # an "x" cell has no upper bound; anything above `rest` is as good as none
    low = {i: 0 if i in primary else threshold for i in hidden}
    high = {i: threshold - 1 if i in primary else infinite for i in hidden}
    low_sum = sum(low.values())
    high_sum = sum(high.values())
    for i in hidden:
        lowest = max(low[i], rest - (high_sum - high[i]))
        highest = min(high[i], rest - (low_sum - low[i]))
        if highest - lowest < 1:
            return True
    return False


def suppress(counts: Sequence[int], total: int | None = None, threshold: int = THRESHOLD) -> Suppressed:
    """Suppress small numbers in one table of counts (see the module's docstring).

    `total` is the table's published total (None: the sum of the counts). A table whose rows overlap (an
    incident with two categories) passes its own total; the cells are still protected as if the reader knew
    their sum, which is the careful choice. A negative count is a programming error.
    """
    if any(c < 0 for c in counts):
        raise ValueError("counts are never negative")
    tot = sum(counts) if total is None else total
    primary = {i for i, c in enumerate(counts) if c < threshold}
    hidden = set(primary)
    secondary: list[int] = []
    candidates = sorted((c, i) for i, c in enumerate(counts) if i not in hidden)
    while _determined(counts, primary, hidden, threshold) and candidates:
        _c, i = candidates.pop(0)
        hidden.add(i)
        secondary.append(i)
    if tot < threshold:
        total_text = SMALL
    elif _determined(counts, primary, hidden, threshold):
        total_text = HIDDEN  # without the total nothing can be computed
    else:
        total_text = _shown(tot)
    cells = tuple(
        SMALL if i in primary else HIDDEN if i in hidden else _shown(c) for i, c in enumerate(counts)
    )
    return Suppressed(cells, total_text, tuple(sorted(primary)), tuple(sorted(secondary)))


def suppressed_share(share: Share, threshold: int = THRESHOLD) -> str:
    """A share for the council: the percentage only when both the part and the rest are at least the
    threshold (otherwise the percentage gives the small count away), else "niet getoond"."""
    rest = share.whole - share.part
    if share.whole == 0:
        return "—"
    if share.part < threshold or rest < threshold:
        return "niet getoond (kleine aantallen)"
    return percent_text(share.percent)


def percent_text(value: float | None) -> str:
    """'23 procent' (whole percents, Dutch); '—' without a value."""
    if value is None:
        return "—"
    return f"{round(value):d} procent"


def share_text(share: Share) -> str:
    """'12 van 48 (25 procent)' for the college's full report."""
    if share.whole == 0:
        return "—"
    return f"{_shown(share.part)} van {_shown(share.whole)} ({percent_text(share.percent)})"


def change_text(now: int, before: int) -> str:
    """How a count compares with the year before, in words: 'gelijk', '+3 (+12 procent)', '−5'."""
    diff = now - before
    if diff == 0:
        return "gelijk"
    sign = "+" if diff > 0 else "−"
    text = f"{sign}{_shown(abs(diff))}"
    if before:
        text += f" ({sign}{round(abs(diff) * 100 / before):d} procent)"
    return text
