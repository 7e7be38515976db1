"""Step 4 — Maatregelen blijvend uitvoeren: the operational risk check of a meeting, the internal incident
review, and the avoidance signals of office holders (the action points are domain/actions.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.vocab import Vocab, _labels

# the vocabulary (in the vault) of incidents a record can link to: (id, "2026-014 · bedreiging")
INCIDENTS = "incidents"


class MeetingKind(Vocab):
    RAADSVERGADERING = "raadsvergadering"
    COMMISSIEVERGADERING = "commissievergadering"
    INSPRAAKAVOND = "inspraakavond"
    BEWONERSAVOND = "bewonersavond"
    EVENEMENT = "evenement"


_labels(
    MeetingKind,
    {
        "raadsvergadering": "raadsvergadering",
        "commissievergadering": "commissievergadering",
        "inspraakavond": "inspraakavond",
        "bewonersavond": "bewonersavond",
        "evenement": "evenement",
    },
)


class MeetingSignal(Vocab):
    SOCIALE_MEDIA = "sociale_media"
    DEMONSTRATIE = "demonstratie"
    EERDERE_INCIDENTEN = "eerdere_incidenten"
    POLITIE = "politie"
    OVERIG = "overig"


_labels(
    MeetingSignal,
    {
        "sociale_media": "signalen op sociale media",
        "demonstratie": "aangekondigde demonstratie",
        "eerdere_incidenten": "eerdere incidenten met dezelfde personen",
        "politie": "informatie van de politie",
        "overig": "ander signaal",
    },
)


class RiskLevel(Vocab):
    LAAG = "laag"
    MIDDEN = "midden"
    HOOG = "hoog"


_labels(RiskLevel, {"laag": "laag", "midden": "midden", "hoog": "hoog"})


class MeetingMeasure(Vocab):
    BODE = "bode"
    BEVEILIGING = "beveiliging"
    POLITIE = "politie"
    APARTE_INGANG = "aparte_ingang"
    ALLEEN_LIVESTREAM = "alleen_livestream"


_labels(
    MeetingMeasure,
    {
        "bode": "extra bode",
        "beveiliging": "beveiliging",
        "politie": "politie aanwezig",
        "aparte_ingang": "aparte ingang voor bestuurders",
        "alleen_livestream": "alleen livestream (geen publiek)",
    },
)


@dataclass(frozen=True, slots=True)
class MeetingCheckDraft:
    meeting_kind: MeetingKind = MeetingKind.RAADSVERGADERING
    title: str = ""
    held_on: date | None = None
    location: str = ""
    agenda_items: str = ""
    expected_attendance: str = ""
    signals: tuple[str, ...] = ()
    signal_note: str = ""
    incident_ids: tuple[int, ...] = ()
    level: RiskLevel | None = None
    measures: tuple[str, ...] = ()
    measure_note: str = ""
    outcome: str = ""


def _f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="execution", **kw)


_BIJEENKOMST = "Bijeenkomst"
_SIGNALEN = "Signalen"
_INSCHATTING = "Inschatting en maatregelen"
_AFLOOP = "Afloop"

MEETING_CHECK = RecordKind(
    "meeting_check",
    "risico-inschatting bijeenkomst",
    (
        _f(
            "held_on",
            "Datum",
            FieldKind.DATE,
            noun="de datum van de bijeenkomst",
            required=True,
            earliest=date(2000, 1, 1),
            group=_BIJEENKOMST,
            column=True,
            sortable=True,
        ),
        _f(
            "meeting_kind",
            "Soort bijeenkomst",
            FieldKind.CHOICE,
            noun="de soort bijeenkomst",
            vocab=MeetingKind,
            required=True,
            group=_BIJEENKOMST,
            column=True,
            sortable=True,
        ),
        _f(
            "title",
            "Bijeenkomst",
            FieldKind.TEXT,
            noun="de naam van de bijeenkomst",
            required=True,
            max_len=200,
            group=_BIJEENKOMST,
            column=True,
            sortable=True,
            help="bijvoorbeeld: raadsvergadering over de asielopvang",
        ),
        _f(
            "location",
            "Plaats",
            FieldKind.TEXT,
            noun="de plaats",
            max_len=200,
            group=_BIJEENKOMST,
            help="bijvoorbeeld: raadzaal gemeentehuis",
        ),
        _f(
            "expected_attendance",
            "Verwachte opkomst",
            FieldKind.TEXT,
            noun="de verwachte opkomst",
            max_len=200,
            group=_BIJEENKOMST,
            help="bijvoorbeeld: ca. 80 bezoekers op de publieke tribune",
        ),
        _f(
            "agenda_items",
            "Agendapunten die spanning geven",
            FieldKind.LONG_TEXT,
            noun="de agendapunten",
            max_len=4000,
            group=_SIGNALEN,
        ),
        _f(
            "signals",
            "Signalen",
            FieldKind.MULTI_CHOICE,
            noun="de signalen",
            vocab=MeetingSignal,
            group=_SIGNALEN,
        ),
        _f(
            "incident_ids",
            "Eerdere incidenten met dezelfde personen",
            FieldKind.MULTI_CHOICE,
            noun="de eerdere incidenten",
            vocabulary=INCIDENTS,
            group=_SIGNALEN,
        ),
        _f(
            "signal_note",
            "Toelichting op de signalen",
            FieldKind.LONG_TEXT,
            noun="de toelichting",
            max_len=4000,
            group=_SIGNALEN,
        ),
        _f(
            "level",
            "Risiconiveau",
            FieldKind.CHOICE,
            noun="het risiconiveau",
            vocab=RiskLevel,
            required=True,
            group=_INSCHATTING,
            column=True,
            sortable=True,
        ),
        _f(
            "measures",
            "Maatregelen",
            FieldKind.MULTI_CHOICE,
            noun="de maatregelen",
            vocab=MeetingMeasure,
            group=_INSCHATTING,
            column=True,
        ),
        _f(
            "measure_note",
            "Afspraken over de maatregelen",
            FieldKind.LONG_TEXT,
            noun="de afspraken",
            max_len=4000,
            group=_INSCHATTING,
        ),
        _f(
            "outcome",
            "Afloop (na de bijeenkomst)",
            FieldKind.LONG_TEXT,
            noun="de afloop",
            max_len=4000,
            group=_AFLOOP,
            help="hoe het is gegaan: rustig, verstoringen, incidenten",
        ),
    ),
    context="execution",
)


def _codes(values: tuple[str, ...], vocab: type[Vocab], field: str, noun: str) -> tuple[str, ...]:
    known = {str(m.value) for m in vocab}
    cleaned = tuple(dict.fromkeys(str(getattr(v, "value", v)) for v in values))
    if any(v not in known for v in cleaned):
        raise ValidationError(
            tr("execution", "Kies geldige waarden voor {noun}.").format(noun=noun), field=field
        )
    order = [str(m.value) for m in vocab]
    return tuple(sorted(cleaned, key=order.index))


def check_meeting(d: MeetingCheckDraft, today: date | None = None) -> MeetingCheckDraft:
    from dataclasses import replace

    today = today or date.today()
    d = MEETING_CHECK.clean(d, today)
    d = replace(
        d,
        signals=_codes(d.signals, MeetingSignal, "signals", tr("execution", "de signalen")),
        measures=_codes(d.measures, MeetingMeasure, "measures", tr("execution", "de maatregelen")),
        incident_ids=tuple(dict.fromkeys(int(i) for i in d.incident_ids)),
    )
    if d.level == RiskLevel.HOOG and not d.measures:
        raise ValidationError(
            tr("execution", "Bij risiconiveau hoog hoort ten minste één maatregel. Kies de maatregelen."),
            field="measures",
        )
    if d.incident_ids and MeetingSignal.EERDERE_INCIDENTEN.value not in d.signals:
        d = replace(
            d,
            signals=_codes(
                (*d.signals, MeetingSignal.EERDERE_INCIDENTEN.value), MeetingSignal, "signals", ""
            ),
        )
    if d.outcome and d.held_on is not None and d.held_on > today:
        raise ValidationError(
            tr("execution", "De afloop vult u in na de bijeenkomst; die is pas op {d}.").format(
                d=MEETING_CHECK.field("held_on").display(d.held_on)
            ),
            field="outcome",
        )
    return d


# --- incident reviews -------------------------------------------------------------------------------------------


class Forum(Vocab):
    COLLEGE = "college"
    PRESIDIUM = "presidium"
    FRACTIEVOORZITTERS = "fractievoorzitters"
    DRIEHOEK = "driehoek"


_labels(
    Forum,
    {
        "college": "college van B&W",
        "presidium": "presidium",
        "fractievoorzitters": "fractievoorzittersoverleg",
        "driehoek": "lokale driehoek",
    },
)


@dataclass(frozen=True, slots=True)
class IncidentReviewDraft:
    held_on: date | None = None
    forum: Forum = Forum.COLLEGE
    incident_ids: tuple[int, ...] = ()
    conclusions: str = ""
    decisions: str = ""  # one decision per line; each becomes an action point
    decision_owner: str = ""
    decision_deadline: date | None = None


_BESPREKING = "Bespreking"
_BESLUITEN = "Besluiten (elk besluit wordt een actiepunt)"

INCIDENT_REVIEW = RecordKind(
    "incident_review",
    "incidentbespreking",
    (
        _f(
            "held_on",
            "Datum",
            FieldKind.DATE,
            noun="de datum van de bespreking",
            required=True,
            not_future=True,
            group=_BESPREKING,
            column=True,
            sortable=True,
        ),
        _f(
            "forum",
            "Overleg",
            FieldKind.CHOICE,
            noun="het overleg",
            vocab=Forum,
            required=True,
            group=_BESPREKING,
            column=True,
            sortable=True,
        ),
        _f(
            "incident_ids",
            "Besproken incidenten",
            FieldKind.MULTI_CHOICE,
            noun="de besproken incidenten",
            vocabulary=INCIDENTS,
            group=_BESPREKING,
            column=True,
        ),
        _f(
            "conclusions",
            "Conclusies",
            FieldKind.LONG_TEXT,
            noun="de conclusies",
            max_len=8000,
            group=_BESPREKING,
            help="zonder namen van slachtoffers of daders: het verslag wordt gedeeld",
        ),
        _f(
            "decisions",
            "Besluiten (één per regel)",
            FieldKind.LONG_TEXT,
            noun="de besluiten",
            max_len=4000,
            group=_BESLUITEN,
        ),
        _f(
            "decision_owner",
            "Verantwoordelijke",
            FieldKind.TEXT,
            noun="de verantwoordelijke",
            max_len=120,
            group=_BESLUITEN,
        ),
        _f(
            "decision_deadline",
            "Uitgevoerd uiterlijk",
            FieldKind.DATE,
            noun="de datum waarop de besluiten zijn uitgevoerd",
            group=_BESLUITEN,
        ),
    ),
    context="execution",
)


def decision_lines(text: str) -> list[str]:
    """The decisions of a review, one per non-empty line (a leading '-' or '•' dropped)."""
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("-•*").strip()
        if line and line not in out:
            out.append(line[:300])
    return out


def check_review(d: IncidentReviewDraft, today: date | None = None) -> IncidentReviewDraft:
    from dataclasses import replace

    d = INCIDENT_REVIEW.clean(d, today)
    d = replace(d, incident_ids=tuple(dict.fromkeys(int(i) for i in d.incident_ids)))
    if not d.incident_ids and not d.conclusions:
        raise ValidationError(
            tr("execution", "Kies de besproken incidenten, of vul de conclusies in."), field="incident_ids"
        )
    if decision_lines(d.decisions):
        if d.decision_deadline is None:
            raise ValidationError(
                tr("execution", "Vul in wanneer de besluiten uitgevoerd moeten zijn; ze worden actiepunten."),
                field="decision_deadline",
            )
        if not d.decision_owner:
            raise ValidationError(
                tr("execution", "Vul in wie verantwoordelijk is voor de besluiten."), field="decision_owner"
            )
    return d


# --- avoidance signals ------------------------------------------------------------------------------------------


class AvoidanceKind(Vocab):
    STOPT_DEELNAME = "stopt_deelname"
    SOCIALE_MEDIA = "sociale_media"
    MIJDT_DOSSIER = "mijdt_dossier"
    MIJDT_PLAATSEN = "mijdt_plaatsen"
    SPREEKT_MINDER = "spreekt_minder"
    OVERWEEGT_STOPPEN = "overweegt_stoppen"
    WERKPLEZIER = "werkplezier"
    ANDERS = "anders"


_labels(
    AvoidanceKind,
    {
        "stopt_deelname": "stopt met deelname aan bijeenkomsten",
        "sociale_media": "reageert niet meer op sociale media",
        "mijdt_dossier": "mijdt een dossier",
        "mijdt_plaatsen": "mijdt plaatsen of inwoners",
        "spreekt_minder": "spreekt zich minder uit",
        "overweegt_stoppen": "overweegt te stoppen",
        "werkplezier": "minder werkplezier",
        "anders": "ander signaal",
    },
)


class SignalSource(Vocab):
    EIGEN_WAARNEMING = "eigen_waarneming"
    AMBTSDRAGER = "ambtsdrager"
    COLLEGA = "collega"
    FRACTIE = "fractie"
    GRIFFIE = "griffie"
    NAASTE = "naaste"
    ANDERS = "anders"


_labels(
    SignalSource,
    {
        "eigen_waarneming": "eigen waarneming",
        "ambtsdrager": "de ambtsdrager zelf",
        "collega": "een collega-bestuurder",
        "fractie": "de fractie",
        "griffie": "de griffie",
        "naaste": "een naaste",
        "anders": "anders",
    },
)


class SignalFollowUp(Vocab):
    GEEN = "geen"
    GESPREK = "gesprek"
    ONDERSTEUNINGSTEAM = "ondersteuningsteam"
    VERTROUWENSLIJN = "vertrouwenslijn"
    ANDERS = "anders"


_labels(
    SignalFollowUp,
    {
        "geen": "nog geen",
        "gesprek": "gesprek",
        "ondersteuningsteam": "doorverwijzing naar het Ondersteuningsteam Weerbaar Bestuur",
        "vertrouwenslijn": "gewezen op De Vertrouwenslijn",
        "anders": "anders",
    },
)


class SignalStatus(Vocab):
    OPEN = "open"
    GEVOLGD = "gevolgd"
    AFGEROND = "afgerond"


_labels(SignalStatus, {"open": "open", "gevolgd": "wordt gevolgd", "afgerond": "afgerond"})


@dataclass(frozen=True, slots=True)
class AvoidanceSignalDraft:
    person_id: int | None = None
    observed_on: date | None = None
    signal: AvoidanceKind | None = None
    source: SignalSource | None = None
    description: str = ""
    follow_up: SignalFollowUp = SignalFollowUp.GEEN
    follow_up_on: date | None = None
    status: SignalStatus = SignalStatus.OPEN


AVOIDANCE_SIGNAL = RecordKind(
    "avoidance_signal",
    "vermijdingssignaal",
    (
        _f(
            "person_id",
            "Ambtsdrager",
            FieldKind.PERSON,
            noun="de ambtsdrager",
            person_kinds=("ambtsdrager",),
            column=True,
        ),
        _f(
            "observed_on",
            "Datum",
            FieldKind.DATE,
            noun="de datum van het signaal",
            required=True,
            not_future=True,
            column=True,
            sortable=True,
        ),
        _f(
            "signal",
            "Signaal",
            FieldKind.CHOICE,
            noun="het signaal",
            vocab=AvoidanceKind,
            required=True,
            column=True,
            sortable=True,
        ),
        _f("source", "Bron", FieldKind.CHOICE, noun="de bron", vocab=SignalSource, column=True),
        _f("description", "Toelichting", FieldKind.LONG_TEXT, noun="de toelichting", max_len=4000),
        _f(
            "follow_up",
            "Opvolging",
            FieldKind.CHOICE,
            noun="de opvolging",
            vocab=SignalFollowUp,
            required=True,
            column=True,
        ),
        _f(
            "follow_up_on",
            "Opvolging op",
            FieldKind.DATE,
            noun="de datum van de opvolging",
            column=True,
            sortable=True,
        ),
        _f(
            "status",
            "Status",
            FieldKind.CHOICE,
            noun="de status",
            vocab=SignalStatus,
            required=True,
            column=True,
            sortable=True,
        ),
    ),
    context="execution",
)


def check_signal(d: AvoidanceSignalDraft, today: date | None = None) -> AvoidanceSignalDraft:
    if d.person_id is None:  # the picker starts empty: no office holder is chosen by accident
        raise ValidationError(
            tr("execution", "Kies de ambtsdrager bij wie u het signaal ziet."), field="person_id"
        )
    d = AVOIDANCE_SIGNAL.clean(d, today)
    if d.follow_up_on is not None and d.observed_on is not None and d.follow_up_on < d.observed_on:
        raise ValidationError(
            tr("execution", "De opvolging ligt vóór het signaal. Controleer beide datums."),
            field="follow_up_on",
        )
    if d.follow_up_on is not None and d.follow_up == SignalFollowUp.GEEN:
        raise ValidationError(
            tr("execution", "Kies welke opvolging er op die datum is (gesprek, doorverwijzing, ...)."),
            field="follow_up",
        )
    return d
