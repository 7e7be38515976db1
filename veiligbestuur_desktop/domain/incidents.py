"""Step 6: incidents, the handling checklist, follow-up tracks and their deadlines (DOMAIN.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.nazorg import NazorgIntervals
from veiligbestuur_desktop.domain.rules import LONG_TEXT_MAX, check_date_range, clean_text, format_date
from veiligbestuur_desktop.domain.vocab import Vocab, _labels

# --- vocabularies -------------------------------------------------------------------------------------------


class Channel(Vocab):
    """The medium of the incident: how it reached the victim (issue 10: split from the place)."""

    PERSOONLIJK = "persoonlijk"
    TELEFOON = "telefoon"
    EMAIL = "email"
    BRIEF = "brief"
    SOCIALE_MEDIA = "sociale_media"
    ANDERS = "anders"


_labels(
    Channel,
    {
        "persoonlijk": "persoonlijk (face to face)",
        "telefoon": "telefoon",
        "email": "e-mail",
        "brief": "brief / post",
        "sociale_media": "sociale media / internet",
        "anders": "ander kanaal",
    },
)


class Place(Vocab):
    """Where the incident happened (issue 10: before, 'bij de woning' was a channel)."""

    GEMEENTEHUIS = "gemeentehuis"
    VERGADERING = "vergadering"
    WONING = "woning"
    OPENBARE_RUIMTE = "openbare_ruimte"
    ONLINE = "online"
    ELDERS = "elders"


_labels(
    Place,
    {
        "gemeentehuis": "gemeentehuis",
        "vergadering": "vergadering / publieke tribune",
        "woning": "bij de woning",
        "openbare_ruimte": "openbare ruimte",
        "online": "online",
        "elders": "elders",
    },
)

# The default, editable category list (stored in the database; codes are stable).
DEFAULT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("verbaal", "verbale agressie / belediging"),
    ("bedreiging", "bedreiging (ook van naasten)"),
    ("intimidatie", "intimidatie"),
    ("discriminatie", "discriminatie"),
    ("seksuele_intimidatie", "seksuele intimidatie"),
    ("fysiek_geweld", "fysiek geweld"),
    ("vernieling", "vernieling / zaakschade"),
    ("stalking", "stalking / belaging"),
    ("doxing", "doxing (art. 285d Sr)"),
    ("hinderlijk", "hinderlijk gedrag"),
    ("oneigenlijke_druk", "oneigenlijke druk / ondermijning"),
    ("demonstratie_woning", "demonstratie bij de woning"),
    ("opruiing", "opruiing / oproep tot geweld"),
    ("gijzeling", "gijzeling"),
)

# Doxing is a crime of its own only since 1 January 2024 (art. 285d Sr); earlier it is intimidatie or stalking.
DOXING_SINCE = date(2024, 1, 1)


class Experienced(Vocab):
    NIET = "niet"
    MINDER = "minder"
    ERNSTIG = "ernstig"
    ZEER_ERNSTIG = "zeer_ernstig"


_labels(
    Experienced,
    {
        "niet": "niet ernstig",
        "minder": "minder ernstig",
        "ernstig": "ernstig",
        "zeer_ernstig": "zeer ernstig",
    },
)

LEVEL_LABELS = {
    0: "0 — emotioneel gedrag, geen incident",
    1: "1 — grensoverschrijdend, niet strafbaar",
    2: "2 — licht strafbaar (bijv. belediging)",
    3: "3 — ernstig (bedreiging, stalking, doxing, vernieling, intimidatie bij de woning)",
    4: "4 — zeer ernstig (fysiek geweld, wapens, brandstichting)",
}


def level_label(level: int) -> str:
    return tr("incidents", LEVEL_LABELS.get(level, str(level)))


class IncidentStatus(Vocab):
    """The phase of an incident. 'gemeld' (meaningless inside a register: everything in it was reported) and
    'nazorg' (a track, not a phase) were removed; migration 0007 maps them to geregistreerd and in behandeling."""

    GEREGISTREERD = "geregistreerd"
    IN_BEHANDELING = "in_behandeling"
    AFGESLOTEN = "afgesloten"
    GEEVALUEERD = "geevalueerd"
    GEANONIMISEERD = "geanonimiseerd"


_labels(
    IncidentStatus,
    {
        "geregistreerd": "geregistreerd",
        "in_behandeling": "in behandeling",
        "afgesloten": "afgesloten",
        "geevalueerd": "geëvalueerd",
        "geanonimiseerd": "geanonimiseerd",
    },
)

OPEN_STATUSES = (IncidentStatus.GEREGISTREERD, IncidentStatus.IN_BEHANDELING)
CLOSED_STATUSES = (IncidentStatus.AFGESLOTEN, IncidentStatus.GEEVALUEERD)
# stored statuses of before migration 0007 and what they became
OLD_STATUSES: dict[str, str] = {"gemeld": "geregistreerd", "nazorg": "in_behandeling"}
# how the timeline names a status of before 0007 (history is not rewritten)
OLD_STATUS_LABELS: dict[str, str] = {"gemeld": "gemeld", "nazorg": "nazorg"}


class AimedAt(Vocab):
    PERSOON = "persoon"
    AMBT = "ambt"
    ONBEKEND = "onbekend"


_labels(AimedAt, {"persoon": "de persoon", "ambt": "het ambt", "onbekend": "onbekend"})


class PerpetratorType(Vocab):
    INDIVIDU = "individu"
    COLLECTIEF = "collectief"
    ORGANISATIE = "organisatie"
    BESTUURDER = "bestuurder"
    ONBEKEND = "onbekend"


_labels(
    PerpetratorType,
    {
        "individu": "individu",
        "collectief": "collectief",
        "organisatie": "namens bedrijf, organisatie of groepering",
        "bestuurder": "bestuurder onderling",
        "onbekend": "onbekend",
    },
)


class CheckItem(Vocab):
    """The nine bullets of step 6, ticked per incident with a date and by whom."""

    PROTOCOL = "protocol"
    OPSPORING = "opsporing"
    VERTROUWENSLIJN = "vertrouwenslijn"
    GEANALYSEERD = "geanalyseerd"
    GEREGISTREERD = "geregistreerd"
    NABESPROKEN = "nabesproken"
    SANCTIES = "sancties"
    AANGIFTE = "aangifte"
    SCHADE = "schade"


_labels(
    CheckItem,
    {
        "protocol": "Protocol gevolgd",
        "opsporing": "Opsporing gefaciliteerd",
        "vertrouwenslijn": "Gewezen op De Vertrouwenslijn en het Ondersteuningsteam",
        "geanalyseerd": "Incident geanalyseerd",
        "geregistreerd": "Incident geregistreerd",
        "nabesproken": "Nabesproken met het slachtoffer",
        "sancties": "Sancties afgewogen",
        "aangifte": "Aangifte afgewogen bij strafbaar feit",
        "schade": "Schadeverhaal afgewogen",
    },
)


class Track(Vocab):
    AANGIFTE = "aangifte"
    NAZORG = "nazorg"
    REACTIE = "reactie"
    SANCTIE = "sanctie"
    SCHADE = "schade"
    OVERIG = "overig"


_labels(
    Track,
    {
        "aangifte": "Aangifte / melding",
        "nazorg": "Nazorg",
        "reactie": "Reactie aan de dader",
        "sanctie": "Sancties",
        "schade": "Schadeverhaal",
        "overig": "Overige opvolging",
    },
)


class _TrackedFollowUp(Protocol):
    @property
    def track(self) -> Track: ...
    @property
    def status(self) -> FollowUpStatus: ...
    @property
    def done_on(self) -> date | None: ...
    @property
    def owner(self) -> str: ...


# Handling ticks that have a follow-up track: where the track exists, the tick is what the track says (a report
# said "Aangifte … nog niet" beside an aangifte track with a PV number). The same rule counts step 6 of the plan.
TRACK_OF_CHECK: dict[CheckItem, Track] = {
    CheckItem.AANGIFTE: Track.AANGIFTE,
    CheckItem.SANCTIES: Track.SANCTIE,
    CheckItem.SCHADE: Track.SCHADE,
}


def checks_with_tracks(
    checks: Mapping[str, tuple[date, str]], follow_ups: Iterable[_TrackedFollowUp]
) -> dict[str, tuple[date, str]]:
    """The handling ticks, with a tick that has a track taken from it when every follow-up on the track is
    gereed or n.v.t. (weighed: done, or decided not to apply) and at least one of them is dated (its date: the
    last one; by: its owner). A follow-up gets its date when it is done or set to n.v.t."""
    out = dict(checks)
    fus = list(follow_ups)
    for item, track in TRACK_OF_CHECK.items():
        on_track = [f for f in fus if f.track == track]
        if item.value in out or not on_track:
            continue
        if not all(f.status in (FollowUpStatus.GEREED, FollowUpStatus.NVT) for f in on_track):
            continue
        done = [f for f in on_track if f.done_on is not None]
        if done:
            last = max(done, key=lambda f: f.done_on or date.min)
            assert last.done_on is not None
            out[item.value] = (last.done_on, last.owner)
    return out


class FollowUpStatus(Vocab):
    OPEN = "open"
    BEZIG = "bezig"
    GEREED = "gereed"
    NVT = "nvt"


_labels(FollowUpStatus, {"open": "open", "bezig": "bezig", "gereed": "gereed", "nvt": "n.v.t."})

DONE_STATUSES = (FollowUpStatus.GEREED, FollowUpStatus.NVT)


class AangifteReason(Vocab):
    NIET_ERNSTIG = "niet_ernstig"
    HOORT_BIJ_FUNCTIE = "hoort_bij_functie"
    GEEN_RESULTAAT = "geen_resultaat"
    ANDERS = "anders"


_labels(
    AangifteReason,
    {
        "niet_ernstig": "niet ernstig genoeg",
        "hoort_bij_functie": "hoort bij de functie",
        "geen_resultaat": "verwacht geen resultaat van politie/justitie",
        "anders": "andere reden",
    },
)


class ReportChoice(Vocab):
    """Aangifte or melding: a melding is registered by the police, an aangifte starts a criminal case."""

    AANGIFTE = "aangifte"
    MELDING = "melding"
    GEEN = "geen"


_labels(
    ReportChoice,
    {"aangifte": "aangifte", "melding": "melding (geen aangifte)", "geen": "geen aangifte of melding"},
)


class FiledBy(Vocab):
    SLACHTOFFER = "slachtoffer"
    GEMEENTE = "gemeente"


# office holders are not employees: the municipality acts on the victim's behalf, not as employer
_labels(
    FiledBy, {"slachtoffer": "door het slachtoffer", "gemeente": "door de gemeente namens het slachtoffer"}
)


class AddressChoice(Vocab):
    DOMICILIE = "domicilie"
    ONDER_NUMMER = "onder_nummer"


_labels(
    AddressChoice, {"domicilie": "domicilie op adres gemeentehuis", "onder_nummer": "aangifte onder nummer"}
)


class OmDecision(Vocab):
    SEPOT = "sepot"
    STRAFBESCHIKKING = "strafbeschikking"
    DAGVAARDING = "dagvaarding"
    ONBEKEND = "onbekend"


_labels(
    OmDecision,
    {
        "sepot": "sepot",
        "strafbeschikking": "strafbeschikking",
        "dagvaarding": "dagvaarding",
        "onbekend": "nog niet bekend",
    },
)


class SanctionType(Vocab):
    WAARSCHUWING = "waarschuwing"
    ORDEGESPREK = "ordegesprek"
    TOEGANGSVERBOD = "toegangsverbod"
    TRIBUNE = "tribune"
    GEBIEDSVERBOD = "gebiedsverbod"
    GEDRAGSAANWIJZING = "gedragsaanwijzing"
    CIVIEL_VERBOD = "civiel_verbod"


_labels(
    SanctionType,
    {
        "waarschuwing": "schriftelijke waarschuwing",
        "ordegesprek": "ordegesprek",
        "toegangsverbod": "toegangsverbod gemeentehuis",
        "tribune": "verwijdering van de publieke tribune (art. 26 Gemeentewet)",
        "gebiedsverbod": "gebiedsverbod (art. 172a Gemeentewet)",
        "gedragsaanwijzing": "gedragsaanwijzing van het OM (art. 509hh Sv)",
        "civiel_verbod": "civiel contact-/straatverbod",
    },
)


class DamageRoute(Vocab):
    STRAFPROCES = "strafproces"
    CIVIEL = "civiel"
    SCHADEFONDS = "schadefonds"


_labels(
    DamageRoute,
    {
        "strafproces": "voegen in het strafproces",
        "civiel": "civiele vordering",
        "schadefonds": "Schadefonds Geweldsmisdrijven",
    },
)


class Claimant(Vocab):
    """Whose damage a schadeverhaal claims: two separate claims."""

    GEMEENTE = "gemeente"
    SLACHTOFFER = "slachtoffer"


_labels(
    Claimant,
    {
        "gemeente": "schade van de gemeente",
        "slachtoffer": "schade van het slachtoffer (door de gemeente namens het slachtoffer)",
    },
)

# Contact numbers from public sources (DOMAIN.md step 3); the coordinator confirms and edits them.
DEFAULT_CONTACTS: tuple[tuple[str, str], ...] = (
    ("Alarmnummer (acuut gevaar)", "112"),
    ("Politie (geen spoed)", "0900-8844"),
    ("De Vertrouwenslijn", "0800-2800200"),
    ("Ondersteuningsteam Weerbaar Bestuur", "070-3738314"),
)

# --- follow-up deadlines ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlannedFollowUp:
    track: Track
    kind: str  # stable sub-kind, e.g. "opvang", "gesprek_72u"
    title: str
    deadline: date | None
    due_from: date | None  # when it starts to show as due (the 6-8 week window starts at 6 weeks)
    status: FollowUpStatus = FollowUpStatus.OPEN
    details: tuple[tuple[str, str], ...] = ()


# The kinds of the nazorg track (stable codes; the words changed in issue 10, the codes did not).
OPVANG = "opvang"  # eerste opvang, the day it is reported
OPVANGGESPREK = "gesprek_72u"  # within 72 hours of the incident (NazorgIntervals.opvang_hours)
VERVOLG_1 = "nagesprek_2w"  # about two weeks after the opvanggesprek
VERVOLG_2 = "nagesprek_6w"  # six to eight weeks after the opvanggesprek
OWN = "extra"  # a follow-up the coordinator added

# The titles of the planned follow-ups by their kind (Dutch source text: stored as is, translated when shown).
PLANNED_TITLES: dict[str, str] = {
    OPVANG: "Eerste opvang (dezelfde dag)",
    OPVANGGESPREK: "Opvanggesprek",
    VERVOLG_1: "Eerste vervolggesprek",
    VERVOLG_2: "Tweede vervolggesprek",
    "reactie": "Reactie aan de dader",
    "aangifte": "Aangifte of melding afwegen",
    "afweging": "Sancties afwegen",
    "schade": "Schade van het slachtoffer verhalen",
    "schade_gemeente": "Schade van de gemeente verhalen",
}
# Planned titles of before migration 0007 (the migration turns them into the new ones, where the user kept
# them; "schade" stays: it did not say whose damage). Still translated when shown.
OLD_TITLES: dict[str, str] = {
    OPVANGGESPREK: "Gesprek binnen 72 uur",
    VERVOLG_1: "Nagesprek na ongeveer 2 weken",
    VERVOLG_2: "Nagesprek na 6 tot 8 weken",
    "reactie": "Reactie naar de dader binnen 24 uur",
    "aangifte": "Melding of aangifte overwegen",
}
_LEGACY_TITLES: dict[str, str] = {"schade": "Schade inventariseren en verhalen"}

# Threats and violence: decide on aangifte the same or the next day (police guidance), else within a week.
AANGIFTE_NEXT_DAY = frozenset({"bedreiging", "fysiek_geweld", "gijzeling"})


def follow_up_title(kind: str, title: str) -> str:
    """A follow-up's title as shown: a planned title the user kept is translated, any other title is the
    user's own text."""
    planned = title in (PLANNED_TITLES.get(kind), _LEGACY_TITLES.get(kind))
    return tr("incidents", title) if planned else title


def opvang_deadline(occurred_on: date, occurred_time: time | None, intervals: NazorgIntervals) -> date:
    """The last day of the opvanggesprek: `opvang_hours` after the incident (its time when known; else counted
    in whole days from its date)."""
    if occurred_time is not None:
        return (datetime.combine(occurred_on, occurred_time) + timedelta(hours=intervals.opvang_hours)).date()
    return occurred_on + timedelta(days=-(-intervals.opvang_hours // 24))


def vervolg_window(base: date, first: bool, intervals: NazorgIntervals) -> tuple[date, date]:
    """(due_from, deadline) of a vervolggesprek, counted from the opvanggesprek (`base`)."""
    if first:
        return base + timedelta(days=intervals.first_from_days), base + timedelta(
            days=intervals.first_to_days
        )
    return base + timedelta(days=intervals.second_from_days), base + timedelta(days=intervals.second_to_days)


def aangifte_days(categories: Iterable[str], severity_level: int) -> int:
    """Days to decide on aangifte after the report: the next day for threats and violence, else a week."""
    return 1 if severity_level >= 4 or AANGIFTE_NEXT_DAY.intersection(categories) else 7


def planned_follow_ups(
    occurred_on: date,
    reported_on: date,
    perpetrator_known: bool,
    *,
    occurred_time: time | None = None,
    categories: Iterable[str] = (),
    severity_level: int = 0,
    intervals: NazorgIntervals | None = None,
) -> list[PlannedFollowUp]:
    """The follow-up tracks a new incident starts with. The opvanggesprek counts from the incident, the
    vervolggesprekken from the (planned) opvanggesprek (NazorgIntervals, the opvangregeling of step 3); the
    rest from the report. Titles are the Dutch source text (stored; never a translation)."""
    iv = intervals or NazorgIntervals()
    opvang = opvang_deadline(occurred_on, occurred_time, iv)
    first = vervolg_window(opvang, True, iv)
    second = vervolg_window(opvang, False, iv)
    out = [
        PlannedFollowUp(Track.NAZORG, OPVANG, PLANNED_TITLES[OPVANG], reported_on, reported_on),
        PlannedFollowUp(Track.NAZORG, OPVANGGESPREK, PLANNED_TITLES[OPVANGGESPREK], opvang, reported_on),
        PlannedFollowUp(Track.NAZORG, VERVOLG_1, PLANNED_TITLES[VERVOLG_1], first[1], first[0]),
        PlannedFollowUp(Track.NAZORG, VERVOLG_2, PLANNED_TITLES[VERVOLG_2], second[1], second[0]),
        PlannedFollowUp(
            Track.REACTIE,
            "reactie",
            PLANNED_TITLES["reactie"],
            reported_on + timedelta(days=1) if perpetrator_known else None,
            reported_on if perpetrator_known else None,
            FollowUpStatus.OPEN if perpetrator_known else FollowUpStatus.NVT,
        ),
        PlannedFollowUp(
            Track.AANGIFTE,
            "aangifte",
            PLANNED_TITLES["aangifte"],
            reported_on + timedelta(days=aangifte_days(categories, severity_level)),
            reported_on,
        ),
        PlannedFollowUp(
            Track.SANCTIE,
            "afweging",
            PLANNED_TITLES["afweging"],
            reported_on + timedelta(days=14),
            reported_on,
        ),
        PlannedFollowUp(
            Track.SCHADE,
            "schade",
            PLANNED_TITLES["schade"],
            None,
            None,
            details=(("claimant", Claimant.SLACHTOFFER.value),),
        ),
        PlannedFollowUp(
            Track.SCHADE,
            "schade_gemeente",
            PLANNED_TITLES["schade_gemeente"],
            None,
            None,
            details=(("claimant", Claimant.GEMEENTE.value),),
        ),
    ]
    return out


# --- re-planning: pure rules on the stored follow-ups ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanState:
    """A stored follow-up as the planning rules see it."""

    id: int
    kind: str
    status: FollowUpStatus
    deadline: date | None
    due_from: date | None
    done_on: date | None = None


class ReplanReason(Vocab):
    INCIDENT_DATE = "incident_date"
    OPVANG_HELD = "opvang_held"
    PERPETRATOR = "perpetrator"


_labels(
    ReplanReason,
    {
        "incident_date": "datum of tijd van het incident gewijzigd",
        "opvang_held": "opvanggesprek gehouden",
        "perpetrator": "dader bekend",
    },
)


@dataclass(frozen=True, slots=True)
class Replan:
    """A new deadline (and window, status) for one open follow-up, and why."""

    id: int
    kind: str
    deadline: date | None
    due_from: date | None
    status: FollowUpStatus
    was: date | None
    reason: ReplanReason


def _open(f: PlanState) -> bool:
    return f.status not in DONE_STATUSES


def replan_nazorg(
    follow_ups: Iterable[PlanState],
    occurred_on: date,
    occurred_time: time | None,
    intervals: NazorgIntervals,
    reason: ReplanReason,
) -> list[Replan]:
    """The open nazorg follow-ups moved to what the incident and the opvanggesprek now say: the opvanggesprek
    from the incident; the vervolggesprekken from the day the opvanggesprek was held, else its planned day.
    Follow-ups that are done (gereed, n.v.t.) keep their dates; only real changes are returned."""
    fus = list(follow_ups)
    gesprek = next((f for f in fus if f.kind == OPVANGGESPREK), None)
    planned = opvang_deadline(occurred_on, occurred_time, intervals)
    out: list[Replan] = []
    if gesprek is not None and _open(gesprek) and gesprek.deadline != planned:
        out.append(
            Replan(
                gesprek.id, gesprek.kind, planned, gesprek.due_from, gesprek.status, gesprek.deadline, reason
            )
        )
    if gesprek is not None and gesprek.status == FollowUpStatus.GEREED and gesprek.done_on is not None:
        base = gesprek.done_on
    elif gesprek is not None and not _open(gesprek) and gesprek.deadline is not None:
        base = gesprek.deadline  # n.v.t.: the day it was planned
    else:
        base = planned
    for f in fus:
        if f.kind not in (VERVOLG_1, VERVOLG_2) or not _open(f):
            continue
        due_from, deadline = vervolg_window(base, f.kind == VERVOLG_1, intervals)
        if (f.deadline, f.due_from) != (deadline, due_from):
            out.append(Replan(f.id, f.kind, deadline, due_from, f.status, f.deadline, reason))
    return out


def reactie_due(follow_ups: Iterable[PlanState], today: date) -> list[Replan]:
    """A perpetrator became known: the reactie aan de dader that was n.v.t. (nobody to respond to) is due, from
    today to tomorrow. One that is gereed, or open already, stays as it is."""
    return [
        Replan(
            f.id,
            f.kind,
            today + timedelta(days=1),
            today,
            FollowUpStatus.OPEN,
            f.deadline,
            ReplanReason.PERPETRATOR,
        )
        for f in follow_ups
        if f.kind == "reactie" and f.status == FollowUpStatus.NVT and f.done_on is None
    ]


DUE_SOON_DAYS = 7

# --- the timeline: stored as a code and parameters, read in the language of whoever reads it ----------------

EVENTS: dict[str, str] = {
    "registered": "Incident geregistreerd",
    "updated": "Gegevens bijgewerkt",
    "status": "Status gewijzigd naar ‘{s}’",
    "checked": "Afgevinkt: {item}",
    "unchecked": "Vinkje weggehaald: {item}",
    "follow_up_status": "{title}: {status}",
    "follow_up_added": "Opvolging toegevoegd: {t}",
    "follow_up_changed": "{title}: {f} gewijzigd",
    "follow_up_dropped": "{title}: n.v.t. bij het afsluiten ({r})",
    "replanned": "{title}: termijn {d} ({why})",
    "attachment_added": "Bijlage toegevoegd ({size})",
    "attachment_removed": "Bijlage verwijderd",
}

# What a follow-up edit changed, by code (the 'f' parameter of follow_up_changed): the follow-up's own
# attributes, else a detail field (its declared label).
FOLLOW_UP_ATTRIBUTES: dict[str, str] = {
    "title": "omschrijving",
    "owner": "verantwoordelijke",
    "deadline": "termijn",
    "done_on": "datum afgerond",
}


def _changed_fields(codes: str) -> str:
    labels = []
    for code in filter(None, codes.split(",")):
        if code in FOLLOW_UP_ATTRIBUTES:
            labels.append(tr("incidents", FOLLOW_UP_ATTRIBUTES[code]))
        else:
            f = _DETAILS_BY_NAME.get(code)
            labels.append(tr("incidents", f.label).rstrip("?").lower() if f is not None else code)
    return ", ".join(labels)


def event_text(code: str, params: dict[str, str]) -> str:
    """One timeline entry as text (translated through tr; Dutch in documents). Parameters are codes and the
    user's own text: a status code, a checklist code, a follow-up's kind and title, a size in bytes, ISO dates,
    the codes of changed fields."""
    if code not in EVENTS:
        return params.get("text", code)  # an entry from before codes (migration 0005 keeps the text)
    values: dict[str, str] = {}
    for key, value in params.items():
        try:
            if key == "s":
                old = OLD_STATUS_LABELS.get(value)
                values[key] = tr("vocab", old) if old else IncidentStatus(value).label
            elif key == "item":
                values[key] = CheckItem(value).label
            elif key == "status":
                values[key] = FollowUpStatus(value).label
            elif key in ("title", "t"):
                values[key] = follow_up_title(params.get("kind", ""), value)
            elif key == "size":
                from veiligbestuur_desktop.domain.attachments import human_size

                values[key] = human_size(int(value))
            elif key in ("d", "was"):
                values[key] = format_date(date.fromisoformat(value)) if value else tr("incidents", "geen")
            elif key == "why":
                values[key] = ReplanReason(value).label
            elif key == "f":
                values[key] = _changed_fields(value)
            else:
                values[key] = value
        except ValueError:
            values[key] = value
    try:
        return tr("services", EVENTS[code]).format(**values)
    except (KeyError, IndexError):
        return EVENTS[code]


def follow_up_state(status: FollowUpStatus, deadline: date | None, due_from: date | None, today: date) -> str:
    """'done', 'overdue', 'due' (within its window or the next week) or 'later'."""
    if status in DONE_STATUSES:
        return "done"
    if deadline is None:
        return "later"
    if deadline < today:
        return "overdue"
    start = due_from if due_from is not None else deadline - timedelta(days=DUE_SOON_DAYS)
    return "due" if start <= today else "later"


ESCALATION_ADVICE = (
    "Opschalen naar politie en OM geadviseerd: bij bedreiging, stalking, doxing en fysiek geweld (ook online), bij "
    "ernst 4 of ernst 3 bij de woning, bij een dader van eerdere incidenten en bij een slachtoffer met verhoogd "
    "risico. Een melding of aangifte bij politie/OM is het vertrekpunt voor beveiligingsmaatregelen (Stelsel "
    "bewaken en beveiligen)."
)

# Categories for which the police guidance asks for opschalen whatever the severity (online included).
OPSCHALEN_CATEGORIES = frozenset({"bedreiging", "stalking", "doxing", "fysiek_geweld"})


def escalation_advice(translate: bool = True) -> str:
    """The one text of the escalation advice: the detail view, the prompt after registering, the report
    (`translate=False`: paper is always Dutch)."""
    return tr("incidents", ESCALATION_ADVICE) if translate else ESCALATION_ADVICE


def contacts_text(contacts: Iterable[tuple[str, str]] = DEFAULT_CONTACTS) -> str:
    """The contact numbers as lines; the caller passes the contact card of step 3 (the defaults otherwise)."""
    return "\n".join(f"{name}: {number}" for name, number in contacts)


def escalation_advised(
    level: int,
    place: Place | str | None,
    at_home: bool,
    categories: Iterable[str] = (),
    repeat_perpetrator: bool = False,
    high_risk_victim: bool = False,
) -> bool:
    """Whether to advise opschalen to police and OM (Stelsel bewaken en beveiligen): level 4, or level 3 at the
    home; every threat, stalking, doxing and physical violence, online included; a perpetrator of earlier
    incidents; a victim with verhoogd risico."""
    return (
        level >= 4
        or (level >= 3 and (at_home or place == Place.WONING))
        or bool(OPSCHALEN_CATEGORIES.intersection(categories))
        or repeat_perpetrator
        or high_risk_victim
    )


# --- the incident draft -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VictimDraft:
    person_id: int
    office_related: bool | None = True
    aimed_at: AimedAt = AimedAt.ONBEKEND


@dataclass(frozen=True, slots=True)
class IncidentDraft:
    occurred_on: date
    reported_on: date
    description: str
    categories: tuple[str, ...]
    channel: Channel
    severity_level: int
    severity_experienced: Experienced | None = None
    occurred_time: time | None = None
    reported_by: str = ""
    received_by: str = ""
    location: str = ""
    at_home: bool = False
    victims: tuple[VictimDraft, ...] = ()
    perpetrator_known: bool = False
    perpetrator_id: int | None = None
    perpetrator_type: PerpetratorType = PerpetratorType.ONBEKEND
    perpetrator_description: str = ""
    witnesses: str = ""
    impact: str = ""
    impact_injury: bool = False
    impact_damage: bool = False
    impact_absence: bool = False
    impact_family: bool = False
    impact_avoidance: bool = False
    status: IncidentStatus = IncidentStatus.GEREGISTREERD
    closed_on: date | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    place: Place | None = None


# --- the declared fields -------------------------------------------------------------------------------


def level_choices(translate: bool = True) -> list[tuple[int, str]]:
    return [(i, tr("incidents", LEVEL_LABELS[i]) if translate else LEVEL_LABELS[i]) for i in range(5)]


def _f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="incidents", **kw)


_MELDING = "Melding"
_VICTIMS = "Slachtoffer(s) — ambtsdrager of naaste"
_AARD = "Aard en ernst"
_DADER = "Dader en getuigen"
_BESCHRIJVING = "Beschrijving en impact"

# The incident, declared once: form, register columns, facts view, report rows, export columns and the
# field checks all come from this list (docs/architecture.md, "The record pattern").
INCIDENT = RecordKind(
    "incident",
    "incident",
    (
        _f(
            "occurred_on",
            "Datum incident",
            FieldKind.DATE,
            noun="de datum van het incident",
            required=True,
            not_future=True,
            group=_MELDING,
            column=True,
            sortable=True,
        ),
        _f("occurred_time", "Tijd", FieldKind.TIME, group=_MELDING),
        _f(
            "reported_on",
            "Gemeld op",
            FieldKind.DATE,
            noun="de meldingsdatum",
            required=True,
            not_future=True,
            group=_MELDING,
            sortable=True,
        ),
        _f(
            "reported_by",
            "Gemeld door",
            FieldKind.TEXT,
            noun="‘gemeld door’",
            max_len=120,
            group=_MELDING,
            help="het slachtoffer, of wie namens hem of haar belde",
        ),
        _f(
            "received_by",
            "Aangenomen door",
            FieldKind.TEXT,
            noun="‘aangenomen door’",
            max_len=120,
            group=_MELDING,
        ),
        _f(
            "channel",
            "Kanaal",
            FieldKind.CHOICE,
            noun="het kanaal",
            vocab=Channel,
            required=True,
            help="hoe het incident het slachtoffer bereikte (e-mail, telefoon, persoonlijk, ...)",
            group=_MELDING,
            column=True,
            sortable=True,
        ),
        _f(
            "place",
            "Plaats",
            FieldKind.CHOICE,
            noun="de plaats",
            vocab=Place,
            group=_MELDING,
            help="waar het gebeurde; het kanaal zegt hoe het het slachtoffer bereikte",
        ),
        _f(
            "location",
            "Locatie",
            FieldKind.TEXT,
            noun="de locatie",
            max_len=300,
            group=_MELDING,
            help="adres of omschrijving, bijvoorbeeld ‘raadzaal’ of ‘Facebook-groep van het dorp’",
        ),
        _f("at_home", "Bij de woning van het slachtoffer", FieldKind.FLAG, group=_MELDING),
        _f(
            "victims",
            "Slachtoffers",
            FieldKind.PERSONS,
            noun="de slachtoffers",
            required=True,
            group=_VICTIMS,
            person_kinds=("ambtsdrager", "naaste"),
            column=True,
        ),
        _f(
            "categories",
            "Categorieën",
            FieldKind.MULTI_CHOICE,
            noun="de categorie",
            required=True,
            vocabulary="categories",
            group=_AARD,
            column=True,
        ),
        _f(
            "severity_level",
            "Ernst (beoordeeld)",
            FieldKind.CHOICE,
            noun="de ernst",
            vocab=level_choices,
            required=True,
            group=_AARD,
            column=True,
            sortable=True,
        ),
        _f(
            "severity_experienced",
            "Ernst (beleving slachtoffer)",
            FieldKind.CHOICE,
            noun="de beleving van het slachtoffer",
            vocab=Experienced,
            group=_AARD,
        ),
        _f(
            "status",
            "Status",
            FieldKind.CHOICE,
            noun="de status",
            vocab=IncidentStatus,
            app_only=("geanonimiseerd",),  # only the retention purge anonymises
            required=True,
            group=_AARD,
            column=True,
            sortable=True,
        ),
        _f("perpetrator_known", "Dader bekend", FieldKind.FLAG, group=_DADER),
        _f(
            "perpetrator_id",
            "Dader",
            FieldKind.PERSON,
            noun="de dader",
            person_kinds=("betrokkene",),
            group=_DADER,
        ),
        _f(
            "perpetrator_type",
            "Soort dader",
            FieldKind.CHOICE,
            noun="de soort dader",
            vocab=PerpetratorType,
            required=True,
            group=_DADER,
        ),
        _f(
            "perpetrator_description",
            "Omschrijving dader",
            FieldKind.TEXT,
            noun="de omschrijving van de dader",
            max_len=2000,
            multiline=True,
            group=_DADER,
            help="signalement of omschrijving",
        ),
        _f(
            "witnesses",
            "Getuigen",
            FieldKind.TEXT,
            noun="de getuigen",
            max_len=2000,
            multiline=True,
            group=_DADER,
            examples=("", "bode van het gemeentehuis", "twee raadsleden"),
        ),
        _f(
            "description",
            "Beschrijving",
            FieldKind.LONG_TEXT,
            noun="de beschrijving",
            required=True,
            max_len=LONG_TEXT_MAX,
            group=_BESCHRIJVING,
            help="Wat is er gebeurd? Letterlijke bewoordingen tussen aanhalingstekens.",
        ),
        _f("impact_injury", "Letsel", FieldKind.FLAG, group=_BESCHRIJVING),
        _f("impact_damage", "Schade", FieldKind.FLAG, group=_BESCHRIJVING),
        _f("impact_absence", "Verzuim", FieldKind.FLAG, group=_BESCHRIJVING),
        _f("impact_family", "Impact op het gezin", FieldKind.FLAG, group=_BESCHRIJVING),
        _f("impact_avoidance", "Vermijdingsgedrag", FieldKind.FLAG, group=_BESCHRIJVING),
        _f(
            "impact",
            "Impact",
            FieldKind.LONG_TEXT,
            noun="de impact",
            max_len=LONG_TEXT_MAX,
            group=_BESCHRIJVING,
            help="toelichting op de impact (optioneel)",
        ),
        _f("closed_on", "Afgesloten op", FieldKind.DATE, noun="de afsluitdatum", not_future=True, form=False),
    ),
    context="incidents",
    messages={
        "categories": "Kies ten minste één categorie.",
        "victims": "Kies ten minste één slachtoffer (ambtsdrager of naaste).",
    },
)


def check_incident(
    d: IncidentDraft, known_categories: set[str], today: date | None = None, now: time | None = None
) -> IncidentDraft:
    """The declared field checks, then the rules that span fields. `now` (the clock time of `today`, when the
    caller knows it) refuses an incident later today than now."""
    today = today or date.today()
    d = INCIDENT.clean(d, today)
    if now is not None and d.occurred_on == today and d.occurred_time is not None and d.occurred_time > now:
        raise ValidationError(
            tr(
                "incidents",
                "De tijd van het incident ligt later dan nu ({now}). Controleer de tijd; een incident dat nog moet "
                "gebeuren kan niet worden geregistreerd.",
            ).format(now=now.strftime("%H:%M")),
            field="occurred_time",
        )
    if d.reported_on < d.occurred_on:
        raise ValidationError(
            tr("incidents", "De meldingsdatum ligt vóór de datum van het incident. Controleer beide datums."),
            field="reported_on",
        )
    if "doxing" in d.categories and d.occurred_on < DOXING_SINCE:
        raise ValidationError(
            tr(
                "incidents",
                "Doxing is pas strafbaar sinds 1 januari 2024 (art. 285d Sr). Kies voor een eerder incident een "
                "andere categorie, bijvoorbeeld intimidatie of stalking.",
            ),
            field="categories",
        )
    unknown = [c for c in d.categories if c not in known_categories]
    if unknown:
        raise ValidationError(
            tr("incidents", "Onbekende categorie: {c}.").format(c=", ".join(unknown)), field="categories"
        )
    if len({v.person_id for v in d.victims}) != len(d.victims):
        raise ValidationError(tr("incidents", "Een slachtoffer staat er twee keer in."), field="victims")
    if d.closed_on is not None and d.closed_on < d.occurred_on:
        raise ValidationError(
            tr("incidents", "De afsluitdatum ligt vóór de datum van het incident."), field="closed_on"
        )
    if d.place == Place.WONING and not d.at_home:
        d = replace(d, at_home=True)  # the place says it: at the home
    elif d.at_home and d.place is None:
        d = replace(d, place=Place.WONING)
    elif d.at_home and d.place is not None and d.place != Place.WONING:
        raise ValidationError(
            tr(
                "incidents",
                "‘Bij de woning van het slachtoffer’ is aangevinkt, maar de plaats is ‘{p}’. Kies als plaats ‘bij de "
                "woning’ of haal het vinkje weg.",
            ).format(p=Place(d.place).label),
            field="place",
        )
    if d.perpetrator_id is not None and not d.perpetrator_known:
        raise ValidationError(
            tr("incidents", "Er is een dader gekozen maar de dader staat op ‘onbekend’."),
            field="perpetrator_known",
        )
    return replace(d, categories=tuple(dict.fromkeys(d.categories)))


def check_status_change(old: IncidentStatus | None, new: IncidentStatus) -> None:
    """`old` None: a new incident."""
    if old == IncidentStatus.GEANONIMISEERD and new != old:
        raise ValidationError(
            tr("incidents", "Een geanonimiseerd incident kan niet meer worden gewijzigd."), field="status"
        )
    if new == IncidentStatus.GEANONIMISEERD and old != new:
        raise ValidationError(
            tr(
                "incidents",
                "Alleen het opschonen na de bewaartermijn maakt een incident anoniem (de namen gaan er dan uit). "
                "Kies een andere status.",
            ),
            field="status",
        )


# --- follow-up details --------------------------------------------------------------------------------------

PV_NUMBER = re.compile(r"^[A-Za-z0-9\-./ ]{4,40}$")


def parse_amount(text: str, label: str) -> Decimal | None:
    """Dutch euro amount: '1.234,56', '1234,5', '€ 12' → Decimal; never negative."""
    t = text.strip().replace("€", "").replace(" ", "")
    if not t:
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise ValidationError(
            tr("incidents", "{label} is geen geldig bedrag. Schrijf bijvoorbeeld 1.234,56.").format(
                label=label[:1].upper() + label[1:]
            )
        ) from None
    if not value.is_finite() or value < 0:
        raise ValidationError(
            tr("incidents", "{label} mag niet negatief zijn.").format(label=label[:1].upper() + label[1:])
        )
    if value > Decimal("10000000"):
        raise ValidationError(
            tr("incidents", "{label} is onwaarschijnlijk hoog. Controleer het bedrag.").format(
                label=label[:1].upper() + label[1:]
            )
        )
    return value.quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class FollowUpDraft:
    """Changes to one follow-up row; `details` holds the track's own fields as plain strings."""

    title: str
    owner: str = ""
    deadline: date | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    done_on: date | None = None
    details: dict[str, str] = field(default_factory=dict)


class YesNo(Vocab):
    JA = "ja"
    NEE = "nee"


_labels(YesNo, {"ja": "ja", "nee": "nee"})


class YesNoUnknown(Vocab):
    JA = "ja"
    NEE = "nee"
    ONBEKEND = "onbekend"


_labels(YesNoUnknown, {"ja": "ja", "nee": "nee", "onbekend": "onbekend"})


def _detail(name: str, label: str, kind: FieldKind = FieldKind.TEXT, **kw: Any) -> Field:
    return Field(name, label, kind, context="incidents", max_len=2000, **kw)


# every track: why a follow-up does not apply (asked when it is dropped on closing)
_NVT_REASON = _detail("nvt_reason", "Reden n.v.t.")

# The track's own fields of a follow-up, declared once (domain.fields): the follow-up editor, the checks of
# check_follow_up and the report's details all come from here.
FOLLOW_UP_DETAILS: dict[Track, tuple[Field, ...]] = {
    Track.AANGIFTE: (
        _detail("decision", "Aangifte of melding?", FieldKind.CHOICE, vocab=ReportChoice),
        _detail(
            "reason", "Reden om geen aangifte of melding te doen", FieldKind.CHOICE, vocab=AangifteReason
        ),
        _detail("filed_on", "Aangifte of melding gedaan op", FieldKind.DATE, not_future=True),
        _detail("filed_by", "Aangifte of melding gedaan", FieldKind.CHOICE, vocab=FiledBy),
        _detail("pv_number", "PV-nummer"),
        _detail(
            "vpt_registered",
            "VPT-code geregistreerd door de politie",
            FieldKind.CHOICE,
            vocab=YesNoUnknown,
            help="De ELA-afspraken met politie en OM gelden alleen als de politie de VPT-code registreert.",
        ),
        _detail("vpt_asked", "VPT-code gevraagd", FieldKind.CHOICE, vocab=YesNo),
        _detail("address_choice", "Adreskeuze", FieldKind.CHOICE, vocab=AddressChoice),
        _detail("om_decision", "Beslissing OM", FieldKind.CHOICE, vocab=OmDecision),
        _detail("om_note", "Toelichting beslissing OM"),
        _detail("verdict", "Uitspraak"),
        _NVT_REASON,
    ),
    Track.NAZORG: (
        _detail("referral", "Verwezen naar"),
        _detail("for_whom", "Voor wie (slachtoffer, getuige, gezin)"),
        _NVT_REASON,
    ),
    Track.REACTIE: (_detail("how", "Hoe gereageerd"), _NVT_REASON),
    Track.SANCTIE: (
        _detail("type", "Soort sanctie", FieldKind.CHOICE, vocab=SanctionType),
        _detail("start", "Ingangsdatum", FieldKind.DATE),
        _detail("end", "Einddatum", FieldKind.DATE),
        _detail("letter_sent_on", "Brief verstuurd op", FieldKind.DATE, not_future=True),
        _detail("police_informed", "Politie geïnformeerd", FieldKind.CHOICE, vocab=YesNo),
        _NVT_REASON,
    ),
    Track.SCHADE: (
        _detail("claimant", "Wiens schade", FieldKind.CHOICE, vocab=Claimant),
        _detail("items", "Schadeposten", multiline=True),
        _detail("route", "Route", FieldKind.CHOICE, vocab=DamageRoute),
        _detail(
            "liability_letter_on", "Aansprakelijkstellingsbrief verstuurd op", FieldKind.DATE, not_future=True
        ),
        _detail("joinder_deadline", "Uiterste datum voegen in het strafproces", FieldKind.DATE),
        _detail("claimed", "Gevorderd bedrag", FieldKind.AMOUNT),
        _detail("received", "Ontvangen bedrag", FieldKind.AMOUNT),
        _NVT_REASON,
    ),
    Track.OVERIG: (_detail("notes", "Toelichting", multiline=True), _NVT_REASON),
}
_ALL_DETAILS = [f for fields in FOLLOW_UP_DETAILS.values() for f in fields]
_DETAILS_BY_NAME = {f.name: f for f in _ALL_DETAILS}

# derived from the declarations: (key, label) per track, and the keys by kind
DETAIL_FIELDS: dict[Track, tuple[tuple[str, str], ...]] = {
    track: tuple((f.name, f.label) for f in fields) for track, fields in FOLLOW_UP_DETAILS.items()
}
DETAIL_CHOICES: dict[str, type[Vocab]] = {
    f.name: f.vocab
    for f in _ALL_DETAILS
    if f.kind == FieldKind.CHOICE and isinstance(f.vocab, type) and issubclass(f.vocab, Vocab)
}
_DATE_DETAILS = {f.name for f in _ALL_DETAILS if f.kind == FieldKind.DATE}
_PAST_DETAILS = {f.name for f in _ALL_DETAILS if f.kind == FieldKind.DATE and f.not_future}
_AMOUNT_DETAILS = {f.name for f in _ALL_DETAILS if f.kind == FieldKind.AMOUNT}
_MULTILINE_DETAILS = {f.name for f in _ALL_DETAILS if f.multiline}


def detail_label(key: str, value: str) -> str:
    """How a stored detail value reads in Dutch (vocabulary label, dd-mm-jjjj date or euro amount)."""
    vocab = DETAIL_CHOICES.get(key)
    if vocab is not None:
        try:
            return vocab(value).label
        except ValueError:
            return value
    if key in _DATE_DETAILS and value:
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if key in _AMOUNT_DETAILS and value:
        from veiligbestuur_desktop.domain.rules import format_euro

        try:
            return format_euro(Decimal(value))
        except InvalidOperation:
            return value
    return value


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def parse_dutch_date(text: str, label: str) -> date | None:
    t = text.strip()
    if not t:
        return None
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", t) or None
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(t)
    except ValueError:
        pass
    raise ValidationError(
        tr("incidents", "{label}: ongeldige datum. Gebruik dd-mm-jjjj.").format(label=label)
    )


def check_follow_up(track: Track, d: FollowUpDraft, today: date | None = None) -> FollowUpDraft:
    today = today or date.today()
    title = clean_text(d.title, tr("incidents", "de omschrijving"), max_len=200, required=True, field="title")
    owner = clean_text(d.owner, tr("incidents", "de verantwoordelijke"), max_len=120, field="owner")
    check_date_range(d.deadline, tr("incidents", "de termijn"), field="deadline")
    check_date_range(
        d.done_on, tr("incidents", "de datum van afronding"), not_future=True, today=today, field="done_on"
    )
    allowed = dict(DETAIL_FIELDS[track])
    details: dict[str, str] = {}
    for key, value in d.details.items():
        if key not in allowed:
            raise ValidationError(tr("incidents", "Onbekend gegeven ‘{k}’ bij deze opvolging.").format(k=key))
        label = tr("incidents", allowed[key])
        text = clean_text(value, label, max_len=2000, multiline=key in _MULTILINE_DETAILS, field=key)
        if not text:
            continue
        if key in _DATE_DETAILS:
            parsed = parse_dutch_date(text, label)
            check_date_range(parsed, label, not_future=key in _PAST_DETAILS, today=today, field=key)
            text = parsed.isoformat() if parsed else ""
        if key in _AMOUNT_DETAILS:
            amount = parse_amount(text, label)
            text = str(amount) if amount is not None else ""
        if key in DETAIL_CHOICES:
            vocab = DETAIL_CHOICES[key]
            try:
                text = str(vocab.parse(text).value)
            except ValueError:
                raise ValidationError(
                    tr("incidents", "{label}: kies uit {choices}.").format(
                        label=_cap_first(label), choices=", ".join(lab for _v, lab in vocab.choices())
                    ),
                    field=key,
                ) from None
        if key == "pv_number" and not PV_NUMBER.match(text):
            raise ValidationError(
                tr(
                    "incidents",
                    "Het PV-nummer is ongeldig. Gebruik 4 tot 40 letters, cijfers, spaties of de tekens - . en /.",
                ),
                field=key,
            )
        details[key] = text
    if (
        track == Track.SANCTIE
        and details.get("start")
        and details.get("end")
        and details["end"] < details["start"]
    ):
        raise ValidationError(
            tr("incidents", "De einddatum van de sanctie ligt vóór de ingangsdatum."), field="end"
        )
    status = FollowUpStatus(d.status)
    done_on = d.done_on
    if status == FollowUpStatus.GEREED and done_on is None:
        done_on = today
    deadline = d.deadline
    if track == Track.SCHADE and deadline is None and details.get("joinder_deadline"):
        # voegen in the criminal case is possible only until then: without another termijn, that is the termijn
        deadline = date.fromisoformat(details["joinder_deadline"])
    return FollowUpDraft(title, owner, deadline, status, done_on, details)


def follow_up_changes(before: FollowUpDraft, after: FollowUpDraft) -> list[str]:
    """The codes of what an edit of a follow-up changed (its attributes, then its detail fields by name), for
    the timeline; the status has an entry of its own."""
    changed = [a for a in FOLLOW_UP_ATTRIBUTES if getattr(before, a) != getattr(after, a)]
    keys = sorted(set(before.details) | set(after.details))
    changed += [k for k in keys if before.details.get(k, "") != after.details.get(k, "")]
    return changed


def aangifte_warnings(
    details: Mapping[str, str], perpetrator_type: PerpetratorType | str | None
) -> list[str]:
    """What the coordinator should know about an aangifte track: a perpetrator who is an office holder falls
    outside the ELA; the ELA agreements apply only when the police registered the VPT code."""
    out = []
    if perpetrator_type == PerpetratorType.BESTUURDER:
        out.append(
            tr(
                "incidents",
                "De veroorzaker is een andere ambtsdrager (bestuurder onderling). Dat valt buiten de ELA-afspraken "
                "met politie en OM; bespreek de aanpak met de burgemeester.",
            )
        )
    if details.get("decision") in (ReportChoice.AANGIFTE, ReportChoice.MELDING) and (
        details.get("vpt_registered") != YesNoUnknown.JA
    ):
        out.append(
            tr(
                "incidents",
                "De ELA-afspraken (voorrang bij opsporing en vervolging) gelden alleen als de politie de VPT-code "
                "heeft geregistreerd. Vraag de politie dat te bevestigen en leg het hier vast.",
            )
        )
    return out
