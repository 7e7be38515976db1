"""Step 2 — Preventieve maatregelen nemen: risk analyses, measures and trainings (DOMAIN.md, issue 11).

Three record kinds, each declared once as a field list (docs/architecture.md, "The record pattern"):

- a risk analysis (`RISK_ANALYSIS`) of five kinds; likelihood × impact on a 1–5 scale gives its level
  (`risk_level`); analyses of a person or a person's home are personal (`is_personal`): hidden until asked
  for, never in a document for third parties;
- a measure (`MEASURE`) with its status flow voorgesteld → besloten → in uitvoering → gerealiseerd →
  geëvalueerd → afgeschaald (`check_transition`); the analysis it answers links the two;
- a training (`TRAINING`) with the office holders who attended; who had none this term (`term_start_of`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.vocab import Vocab, _labels

CONTEXT = "prevention"

# --- the risk scale -----------------------------------------------------------------------------------------

SCALE = (1, 2, 3, 4, 5)
_LIKELIHOOD = {1: "zeer klein", 2: "klein", 3: "reëel", 4: "groot", 5: "zeer groot"}
_IMPACT = {1: "zeer beperkt", 2: "beperkt", 3: "aanzienlijk", 4: "ernstig", 5: "zeer ernstig"}


def likelihood_choices(translate: bool = True) -> list[tuple[int, str]]:
    return [(n, f"{n} — {tr(CONTEXT, t) if translate else t}") for n, t in _LIKELIHOOD.items()]


def impact_choices(translate: bool = True) -> list[tuple[int, str]]:
    return [(n, f"{n} — {tr(CONTEXT, t) if translate else t}") for n, t in _IMPACT.items()]


class RiskLevel(Vocab):
    LAAG = "laag"
    MIDDEN = "midden"
    HOOG = "hoog"
    ZEER_HOOG = "zeer_hoog"


_labels(RiskLevel, {"laag": "laag", "midden": "midden", "hoog": "hoog", "zeer_hoog": "zeer hoog"})

# score = likelihood × impact (1..25): 1–4 laag, 5–9 midden, 10–14 hoog, 15–25 zeer hoog
_LEVEL_FROM = ((15, RiskLevel.ZEER_HOOG), (10, RiskLevel.HOOG), (5, RiskLevel.MIDDEN), (1, RiskLevel.LAAG))


def risk_level(likelihood: int, impact: int) -> RiskLevel:
    """The level of a risk from its likelihood and impact (each 1–5): the product 1–4 is laag, 5–9 midden,
    10–14 hoog, 15–25 zeer hoog. Anything outside the scale is refused (a programming error)."""
    if likelihood not in SCALE or impact not in SCALE:
        raise ValueError(f"likelihood and impact must be 1..5, not {likelihood!r} and {impact!r}")
    score = likelihood * impact
    return next(level for floor, level in _LEVEL_FROM if score >= floor)


def heat_map(cells: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """How many analyses per (likelihood, impact) cell of the 5×5 map; every cell present (0 when empty)."""
    counts = {(k, i): 0 for k in SCALE for i in SCALE}
    for likelihood, impact in cells:
        if (likelihood, impact) in counts:
            counts[(likelihood, impact)] += 1
    return counts


# --- risk analyses ------------------------------------------------------------------------------------------


class AnalysisKind(Vocab):
    GENERIEK = "generiek"
    BELEIDSGEBIED = "beleidsgebied"
    PERSOON = "persoon"
    BIJEENKOMST = "bijeenkomst"
    WONING = "woning"


_labels(
    AnalysisKind,
    {
        "generiek": "generiek",
        "beleidsgebied": "beleidsgebied / dossier",
        "persoon": "persoon",
        "bijeenkomst": "bijeenkomst",
        "woning": "woning",
    },
)

#: analyses about one office holder or their home: shown only on request, never for third parties
PERSONAL_KINDS = frozenset({AnalysisKind.PERSOON.value, AnalysisKind.WONING.value})


def is_personal(kind: str | AnalysisKind | None) -> bool:
    return (kind.value if isinstance(kind, AnalysisKind) else kind) in PERSONAL_KINDS


class AnalysisStatus(Vocab):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"
    VERVALLEN = "vervallen"


_labels(AnalysisStatus, {"concept": "concept", "vastgesteld": "vastgesteld", "vervallen": "vervallen"})


@dataclass(frozen=True, slots=True)
class RiskAnalysisDraft:
    kind: AnalysisKind
    title: str = ""
    status: AnalysisStatus = AnalysisStatus.CONCEPT
    made_on: date | None = None
    dossier: str = ""
    person_id: int | None = None
    event: str = ""
    event_on: date | None = None
    threats: str = ""
    vulnerabilities: str = ""
    likelihood: int | None = None
    impact: int | None = None
    level: RiskLevel | None = None  # derived from likelihood × impact (check_analysis)
    owner: str = ""
    review_on: date | None = None
    notes: str = ""


def _f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context=CONTEXT, **kw)


_P, _W, _B, _D = "persoon", "woning", "bijeenkomst", "beleidsgebied"
_WHAT = "Analyse"
_RISK = "Risico"
_TEXTS = "Dreigingen en kwetsbaarheden"

RISK_ANALYSIS = RecordKind(
    "risk_analysis",
    "risicoanalyse",
    (
        _f(
            "title",
            "Onderwerp",
            FieldKind.TEXT,
            noun="het onderwerp",
            required=True,
            max_len=200,
            group=_WHAT,
            column=True,
            sortable=True,
            help="bijv. ‘Raadsvergadering over het azc’",
            examples=("Generieke risicoanalyse ambtsdragers", "Besluitvorming windpark"),
        ),
        _f(
            "kind",
            "Soort analyse",
            FieldKind.CHOICE,
            noun="de soort analyse",
            vocab=AnalysisKind,
            required=True,
            group=_WHAT,
            column=True,
            sortable=True,
        ),
        _f(
            "status",
            "Status",
            FieldKind.CHOICE,
            noun="de status",
            vocab=AnalysisStatus,
            required=True,
            group=_WHAT,
            column=True,
            sortable=True,
        ),
        _f(
            "made_on",
            "Datum analyse",
            FieldKind.DATE,
            noun="de datum van de analyse",
            required=True,
            not_future=True,
            group=_WHAT,
            column=True,
            sortable=True,
        ),
        _f(
            "dossier",
            "Beleidsgebied / dossier",
            FieldKind.TEXT,
            noun="het beleidsgebied of dossier",
            max_len=120,
            applies=(_D,),
            group=_WHAT,
            help="bijv. asielopvang, windmolens, handhaving",
            examples=("asielopvang", "windmolens", "handhaving"),
        ),
        _f(
            "person_id",
            "Ambtsdrager",
            FieldKind.PERSON,
            noun="de ambtsdrager",
            person_kinds=("ambtsdrager",),
            applies=(_P, _W),
            group=_WHAT,
        ),
        _f(
            "event",
            "Bijeenkomst",
            FieldKind.TEXT,
            noun="de bijeenkomst",
            max_len=200,
            applies=(_B,),
            group=_WHAT,
            help="bijv. informatieavond windpark in dorpshuis",
        ),
        _f(
            "event_on",
            "Datum bijeenkomst",
            FieldKind.DATE,
            noun="de datum van de bijeenkomst",
            applies=(_B,),
            group=_WHAT,
        ),
        _f(
            "likelihood",
            "Kans (1–5)",
            FieldKind.CHOICE,
            noun="de kans",
            vocab=likelihood_choices,
            required=True,
            group=_RISK,
        ),
        _f(
            "impact",
            "Impact (1–5)",
            FieldKind.CHOICE,
            noun="de impact",
            vocab=impact_choices,
            required=True,
            group=_RISK,
        ),
        _f(
            "level",
            "Risiconiveau",
            FieldKind.CHOICE,
            noun="het risiconiveau",
            vocab=RiskLevel,
            form=False,
            column=True,
            sortable=True,
            group=_RISK,
        ),
        _f(
            "owner",
            "Verantwoordelijke",
            FieldKind.TEXT,
            noun="de verantwoordelijke",
            max_len=120,
            group=_RISK,
            column=True,
            examples=("coördinator OOV", "gemeentesecretaris", "griffier"),
        ),
        _f(
            "review_on",
            "Herzien uiterlijk",
            FieldKind.DATE,
            noun="de herzieningsdatum",
            group=_RISK,
            column=True,
            sortable=True,
        ),
        _f(
            "threats",
            "Dreigingen",
            FieldKind.LONG_TEXT,
            noun="de dreigingen",
            max_len=5000,
            group=_TEXTS,
            help="bronnen van dreiging: wie of wat, en welke signalen er zijn",
        ),
        _f(
            "vulnerabilities",
            "Kwetsbaarheden",
            FieldKind.LONG_TEXT,
            noun="de kwetsbaarheden",
            max_len=5000,
            group=_TEXTS,
            help="wat maakt de persoon, de plek of de organisatie kwetsbaar",
        ),
        _f("notes", "Toelichting", FieldKind.LONG_TEXT, noun="de toelichting", max_len=5000, group=_TEXTS),
    ),
    context=CONTEXT,
    discriminator="kind",
)


def check_analysis(d: RiskAnalysisDraft, today: date | None = None) -> RiskAnalysisDraft:
    """The declared checks, the fields the kind needs, and the level derived from likelihood × impact."""
    today = today or date.today()
    d = RISK_ANALYSIS.clean(d, today)
    kind = AnalysisKind(d.kind)
    if kind == AnalysisKind.BELEIDSGEBIED and not d.dossier.strip():
        raise ValidationError(
            tr(CONTEXT, "Vul het beleidsgebied of dossier in, bijvoorbeeld ‘asielopvang’."), field="dossier"
        )
    if kind in (AnalysisKind.PERSOON, AnalysisKind.WONING) and d.person_id is None:
        raise ValidationError(
            tr(CONTEXT, "Kies de ambtsdrager over wie deze analyse gaat."), field="person_id"
        )
    if kind == AnalysisKind.BIJEENKOMST and not d.event.strip():
        raise ValidationError(tr(CONTEXT, "Vul in om welke bijeenkomst het gaat."), field="event")
    if d.made_on and d.review_on and d.review_on < d.made_on:
        raise ValidationError(
            tr(CONTEXT, "De herzieningsdatum ligt vóór de datum van de analyse. Kies een latere datum."),
            field="review_on",
        )
    assert d.likelihood is not None and d.impact is not None  # required fields, checked above
    # fields that do not apply to this kind are emptied (a kind changed in the form leaves nothing behind)
    keep = {f.name for f in RISK_ANALYSIS.applicable(d)}
    empty: dict[str, Any] = {
        f.name: (None if f.kind in (FieldKind.PERSON, FieldKind.DATE) else "")
        for f in RISK_ANALYSIS.fields
        if f.applies and f.name not in keep
    }
    return replace(d, level=risk_level(int(d.likelihood), int(d.impact)), **empty)


def is_current(status: str | AnalysisStatus) -> bool:
    """A current analysis counts on the heat map: not vervallen."""
    return str(getattr(status, "value", status)) != AnalysisStatus.VERVALLEN.value


def review_overdue(review_on: date | None, status: str | AnalysisStatus, today: date) -> bool:
    return review_on is not None and review_on < today and is_current(status)


# --- measures -----------------------------------------------------------------------------------------------


class MeasureCategory(Vocab):
    ORGANISATORISCH = "organisatorisch"
    FYSIEK = "fysiek"
    DIGITAAL = "digitaal"
    PERSOONLIJK = "persoonlijk"


_labels(
    MeasureCategory,
    {
        "organisatorisch": "organisatorisch",
        "fysiek": "fysiek",
        "digitaal": "digitaal",
        "persoonlijk": "persoonlijk",
    },
)


class MeasureStatus(Vocab):
    VOORGESTELD = "voorgesteld"
    BESLOTEN = "besloten"
    IN_UITVOERING = "in_uitvoering"
    GEREALISEERD = "gerealiseerd"
    GEEVALUEERD = "geevalueerd"
    AFGESCHAALD = "afgeschaald"


_labels(
    MeasureStatus,
    {
        "voorgesteld": "voorgesteld",
        "besloten": "besloten",
        "in_uitvoering": "in uitvoering",
        "gerealiseerd": "gerealiseerd",
        "geevalueerd": "geëvalueerd",
        "afgeschaald": "afgeschaald",
    },
)

MEASURE_FLOW = tuple(MeasureStatus)
#: from where a measure may be scaled down (afgeschaald): once decided, at any later stage
_SCALE_DOWN_FROM = frozenset(
    {
        MeasureStatus.BESLOTEN,
        MeasureStatus.IN_UITVOERING,
        MeasureStatus.GEREALISEERD,
        MeasureStatus.GEEVALUEERD,
    }
)


def next_statuses(current: MeasureStatus) -> list[MeasureStatus]:
    """Where a measure may go from `current`: the next step of the flow, and afgeschaald once decided."""
    out: list[MeasureStatus] = []
    i = MEASURE_FLOW.index(current)
    if i + 1 < len(MEASURE_FLOW) and MEASURE_FLOW[i + 1] != MeasureStatus.AFGESCHAALD:
        out.append(MEASURE_FLOW[i + 1])
    if current in _SCALE_DOWN_FROM:
        out.append(MeasureStatus.AFGESCHAALD)
    return out


@dataclass(frozen=True, slots=True)
class MeasureDraft:
    title: str = ""
    category: MeasureCategory | None = None
    for_person_id: int | None = None  # None: the organisation
    status: MeasureStatus = MeasureStatus.VOORGESTELD
    analysis_id: int | None = None
    description: str = ""
    cost: Decimal | None = None
    decision_ref: str = ""
    decided_on: date | None = None
    owner: str = ""
    due_on: date | None = None
    reference: str = ""  # e.g. the kenmerk of a beveiligingsadvies


@dataclass(frozen=True, slots=True)
class StatusStep:
    """One transition of a measure, kept with its date (and who set it)."""

    status: MeasureStatus
    on: date
    by: str = ""


_M_WHAT = "Maatregel"
_M_DECISION = "Besluit en uitvoering"

MEASURE = RecordKind(
    "measure",
    "maatregel",
    (
        _f(
            "title",
            "Maatregel",
            FieldKind.TEXT,
            noun="de maatregel",
            required=True,
            max_len=200,
            group=_M_WHAT,
            column=True,
            sortable=True,
            help="bijv. ‘Camera bij de voordeur’, ‘Training weerbaarheid’",
        ),
        _f(
            "category",
            "Soort",
            FieldKind.CHOICE,
            noun="de soort maatregel",
            vocab=MeasureCategory,
            required=True,
            group=_M_WHAT,
            column=True,
            sortable=True,
        ),
        _f(
            "for_person_id",
            "Voor",
            FieldKind.PERSON,
            noun="voor wie de maatregel is",
            person_kinds=("ambtsdrager",),
            group=_M_WHAT,
            column=True,
            help="leeg: de organisatie",
        ),
        _f(
            "status",
            "Status",
            FieldKind.CHOICE,
            noun="de status",
            vocab=MeasureStatus,
            required=True,
            form=False,
            group=_M_WHAT,
            column=True,
            sortable=True,
        ),
        _f(
            "analysis_id",
            "Antwoord op analyse",
            FieldKind.RECORD,
            noun="de risicoanalyse",
            vocabulary="risk_analysis",
            group=_M_WHAT,
        ),
        _f(
            "cost",
            "Kosten",
            FieldKind.AMOUNT,
            noun="de kosten",
            group=_M_DECISION,
            column=True,
            sortable=True,
        ),
        _f(
            "decision_ref",
            "Collegebesluit",
            FieldKind.TEXT,
            noun="het kenmerk van het collegebesluit",
            max_len=100,
            group=_M_DECISION,
            help="kenmerk, bijv. B&W 2026/112",
        ),
        _f(
            "decided_on",
            "Datum besluit",
            FieldKind.DATE,
            noun="de datum van het besluit",
            not_future=True,
            group=_M_DECISION,
            column=True,
            sortable=True,
        ),
        _f(
            "owner",
            "Verantwoordelijke",
            FieldKind.TEXT,
            noun="de verantwoordelijke",
            max_len=120,
            group=_M_DECISION,
            column=True,
        ),
        _f("due_on", "Gereed uiterlijk", FieldKind.DATE, noun="de streefdatum", group=_M_DECISION),
        _f(
            "reference",
            "Kenmerk advies",
            FieldKind.TEXT,
            noun="het kenmerk van het advies",
            max_len=100,
            group=_M_DECISION,
            help="bijv. het kenmerk van een beveiligingsadvies",
        ),
        _f(
            "description",
            "Toelichting",
            FieldKind.LONG_TEXT,
            noun="de toelichting",
            max_len=5000,
            group="Toelichting",
            help="wat de maatregel inhoudt; komt niet in het maatregelenplan als hij voor een persoon is",
        ),
    ),
    context=CONTEXT,
)


def check_measure(d: MeasureDraft, today: date | None = None) -> MeasureDraft:
    today = today or date.today()
    d = MEASURE.clean(d, today)
    if d.cost is not None and not isinstance(d.cost, Decimal):
        d = replace(d, cost=Decimal(str(d.cost)))
    return d


def check_transition(
    d: MeasureDraft, new: MeasureStatus, on: date, history: Sequence[StatusStep], today: date | None = None
) -> None:
    """May the measure go to `new` on `on`? A Dutch message that says what to do, otherwise."""
    today = today or date.today()
    current = MeasureStatus(d.status)
    if new not in next_statuses(current):
        allowed = ", ".join(f"‘{s.label}’" for s in next_statuses(current))
        raise ValidationError(
            tr(CONTEXT, "Een maatregel met status ‘{old}’ kan niet naar ‘{new}’. {hint}").format(
                old=current.label,
                new=new.label,
                hint=tr(CONTEXT, "Kies: {allowed}.").format(allowed=allowed)
                if allowed
                else tr(CONTEXT, "Dit is de laatste stap."),
            ),
            field="status",
        )
    if on > today:
        raise ValidationError(
            tr(CONTEXT, "De datum van de statuswijziging ligt in de toekomst. Kies vandaag of eerder."),
            field="status",
        )
    if history and on < history[-1].on:
        raise ValidationError(
            tr(CONTEXT, "De datum ligt vóór de vorige statuswijziging ({d}). Kies een latere datum.").format(
                d=format_date(history[-1].on)
            ),
            field="status",
        )
    if new == MeasureStatus.BESLOTEN and d.decided_on is None:
        raise ValidationError(
            tr(
                CONTEXT,
                "Vul eerst de datum van het collegebesluit in; daarna kan de maatregel op ‘besloten’.",
            ),
            field="decided_on",
        )


# --- trainings ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrainingDraft:
    course: str = ""
    held_on: date | None = None
    trainer: str = ""
    attendees: tuple[int, ...] = ()
    notes: str = ""


TRAINING = RecordKind(
    "training",
    "training",
    (
        _f(
            "course",
            "Cursus",
            FieldKind.TEXT,
            noun="de cursus",
            required=True,
            max_len=200,
            column=True,
            sortable=True,
            help="bijv. ‘Omgaan met agressie en bedreiging’",
        ),
        _f(
            "held_on",
            "Datum",
            FieldKind.DATE,
            noun="de datum van de training",
            required=True,
            column=True,
            sortable=True,
        ),
        _f("trainer", "Trainer", FieldKind.TEXT, noun="de trainer", max_len=120, column=True),
        _f(
            "attendees",
            "Aanwezig",
            FieldKind.PERSONS,
            noun="de aanwezigen",
            person_kinds=("ambtsdrager",),
            column=True,
        ),
        _f("notes", "Opmerkingen", FieldKind.LONG_TEXT, noun="de opmerkingen", max_len=5000),
    ),
    context=CONTEXT,
)


def check_training(d: TrainingDraft, today: date | None = None) -> TrainingDraft:
    today = today or date.today()
    d = TRAINING.clean(d, today)
    if d.held_on is not None and d.held_on > today and d.attendees:
        raise ValidationError(
            tr(
                CONTEXT,
                "Aanwezigheid kan pas worden vastgelegd als de training is geweest. "
                "Laat de aanwezigen leeg tot na {d}.",
            ).format(d=format_date(d.held_on)),
            field="attendees",
        )
    return replace(d, attendees=tuple(sorted(set(d.attendees))))


# --- the municipal term -------------------------------------------------------------------------------------

# The raadsverkiezing is held every four years on the Wednesday between 15 and 21 March (Kieswet art. J 1):
# 16 March 2022, 18 March 2026, ...
_ELECTION_CYCLE_BASE = 2022


def election_day(year: int) -> date:
    """The day of the municipal election in `year` (a year of the four-year cycle from 2022)."""
    if (year - _ELECTION_CYCLE_BASE) % 4:
        raise ValueError(f"no municipal election in {year}")
    first = date(year, 3, 15)
    return first + timedelta(days=(2 - first.weekday()) % 7)


def term_start_of(day: date) -> date:
    """The start of the bestuurstermijn `day` falls in: the last municipal election on or before `day`."""
    year = day.year - (day.year - _ELECTION_CYCLE_BASE) % 4
    start = election_day(year)
    return start if start <= day else election_day(year - 4)


def untrained(
    office_holders: Iterable[tuple[int, str]], trainings: Iterable[tuple[date, Iterable[int]]], today: date
) -> list[tuple[int, str]]:
    """The office holders (id, name) who attended no training since the start of this term, by name."""
    start = term_start_of(today)
    trained = {pid for held_on, people in trainings if start <= held_on <= today for pid in people}
    return sorted(
        ((pid, name) for pid, name in office_holders if pid not in trained), key=lambda p: p[1].casefold()
    )


# --- presentation shared by the screen and paper --------------------------------------------------------------

#: the colour of each level on the heat map (screen and print); the level's word is always shown as well
LEVEL_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LAAG: "#cfe8cf",
    RiskLevel.MIDDEN: "#fff1b8",
    RiskLevel.HOOG: "#ffc98f",
    RiskLevel.ZEER_HOOG: "#f29b9b",
}
