"""Step 5 — Actief communiceren: communication actions, the contact log with persons of concern (an
ordegesprek is a contact of its own kind) and 'slachtoffer geïnformeerd' per incident."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.execution import INCIDENTS
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.vocab import Vocab, _labels


def _f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="communication", **kw)


class CommunicationKind(Vocab):
    NORMUITDRAGING = "normuitdraging"
    TOELICHTING_BESLUIT = "toelichting_besluit"
    GESPREK_LASTIGE_PERSOON = "gesprek_lastige_persoon"
    WOORDVOERING_NA_INCIDENT = "woordvoering_na_incident"


_labels(
    CommunicationKind,
    {
        "normuitdraging": "normuitdraging",
        "toelichting_besluit": "toelichting op een besluit",
        "gesprek_lastige_persoon": "gesprek met een lastige persoon",
        "woordvoering_na_incident": "woordvoering na een incident",
    },
)


@dataclass(frozen=True, slots=True)
class CommunicationDraft:
    kind: CommunicationKind = CommunicationKind.NORMUITDRAGING
    held_on: date | None = None
    subject: str = ""
    audience: str = ""
    by_whom: str = ""
    decision: str = ""
    explanation: str = ""
    incident_id: int | None = None
    person_id: int | None = None
    outcome: str = ""


_WAT = "Communicatie"
_KOPPELING = "Besluit, incident of persoon"
_INHOUD = "Inhoud"

COMMUNICATION = RecordKind(
    "communication",
    "communicatieactie",
    (
        _f(
            "held_on",
            "Datum",
            FieldKind.DATE,
            noun="de datum",
            required=True,
            earliest=date(2000, 1, 1),
            group=_WAT,
            column=True,
            sortable=True,
        ),
        _f(
            "kind",
            "Soort",
            FieldKind.CHOICE,
            noun="de soort communicatie",
            vocab=CommunicationKind,
            required=True,
            group=_WAT,
            column=True,
            sortable=True,
        ),
        _f(
            "subject",
            "Onderwerp",
            FieldKind.TEXT,
            noun="het onderwerp",
            required=True,
            max_len=200,
            group=_WAT,
            column=True,
            sortable=True,
            help="bijvoorbeeld: besluit over de windmolens",
        ),
        _f(
            "audience",
            "Doelgroep",
            FieldKind.TEXT,
            noun="de doelgroep",
            required=True,
            max_len=200,
            group=_WAT,
            column=True,
            help="bijvoorbeeld: omwonenden van het windpark",
        ),
        _f("by_whom", "Door", FieldKind.TEXT, noun="wie communiceert", max_len=120, group=_WAT, column=True),
        _f(
            "incident_id",
            "Incident",
            FieldKind.RECORD,
            noun="het incident",
            vocabulary=INCIDENTS,
            group=_KOPPELING,
        ),
        _f(
            "person_id",
            "Persoon",
            FieldKind.PERSON,
            noun="de persoon",
            person_kinds=("betrokkene",),
            group=_KOPPELING,
            help="bij een gesprek met een lastige persoon of een brief aan een veroorzaker",
        ),
        _f(
            "decision",
            "Besluit",
            FieldKind.LONG_TEXT,
            noun="het besluit",
            max_len=4000,
            group=_INHOUD,
            help="de tekst van het besluit dat wordt toegelicht",
        ),
        _f(
            "explanation",
            "Toelichting",
            FieldKind.LONG_TEXT,
            noun="de toelichting",
            max_len=8000,
            group=_INHOUD,
            help="de uitleg; bij een toelichting op een besluit ook de tekst van de brief",
        ),
        _f("outcome", "Uitkomst", FieldKind.LONG_TEXT, noun="de uitkomst", max_len=4000, group=_INHOUD),
    ),
    context="communication",
)


def check_communication(d: CommunicationDraft, today: date | None = None) -> CommunicationDraft:
    d = COMMUNICATION.clean(d, today)
    if d.kind == CommunicationKind.TOELICHTING_BESLUIT and not d.decision:
        raise ValidationError(
            tr("communication", "Vul het besluit in dat wordt toegelicht."), field="decision"
        )
    if d.kind == CommunicationKind.GESPREK_LASTIGE_PERSOON and d.person_id is None:
        raise ValidationError(
            tr("communication", "Kies de persoon met wie het gesprek is."), field="person_id"
        )
    if d.kind == CommunicationKind.WOORDVOERING_NA_INCIDENT and d.incident_id is None:
        raise ValidationError(
            tr("communication", "Kies het incident waarover de woordvoering gaat."), field="incident_id"
        )
    return d


# --- the contact log --------------------------------------------------------------------------------------------


class ContactKind(Vocab):
    GESPREK = "gesprek"
    TELEFOON = "telefoon"
    EMAIL = "email"
    BRIEF = "brief"
    HUISBEZOEK = "huisbezoek"
    ORDEGESPREK = "ordegesprek"


_labels(
    ContactKind,
    {
        "gesprek": "gesprek",
        "telefoon": "telefoon",
        "email": "e-mail",
        "brief": "brief",
        "huisbezoek": "huisbezoek",
        "ordegesprek": "ordegesprek",
    },
)


@dataclass(frozen=True, slots=True)
class ContactLogDraft:
    person_id: int | None = None
    on: date | None = None
    channel: ContactKind = ContactKind.GESPREK
    at_time: time | None = None
    place: str = ""
    incident_id: int | None = None
    who: str = ""
    summary: str = ""
    agreements: str = ""
    conduct_agreements: str = ""
    conduct_until: date | None = None
    next_contact: date | None = None
    report: str = ""


_CONTACT = "Contact"
_ORDE = "Ordegesprek"
_AFSPRAKEN = "Afspraken"
_O = ("ordegesprek",)

CONTACT_LOG = RecordKind(
    "contact_log",
    "contactmoment",
    (
        _f(
            "person_id",
            "Veroorzaker",
            FieldKind.PERSON,
            noun="de veroorzaker",
            person_kinds=("betrokkene",),
            group=_CONTACT,
            column=True,
        ),
        _f(
            "on",
            "Datum",
            FieldKind.DATE,
            noun="de datum van het contact",
            required=True,
            earliest=date(2000, 1, 1),
            group=_CONTACT,
            column=True,
            sortable=True,
        ),
        _f(
            "channel",
            "Soort contact",
            FieldKind.CHOICE,
            noun="de soort contact",
            vocab=ContactKind,
            required=True,
            group=_CONTACT,
            column=True,
            sortable=True,
        ),
        _f(
            "who",
            "Gesproken door",
            FieldKind.TEXT,
            noun="wie het contact had",
            max_len=120,
            group=_CONTACT,
            column=True,
        ),
        _f("at_time", "Tijd", FieldKind.TIME, noun="de tijd", group=_ORDE, applies=_O),
        _f(
            "place",
            "Plaats",
            FieldKind.TEXT,
            noun="de plaats",
            max_len=200,
            group=_ORDE,
            applies=_O,
            help="bijvoorbeeld: gemeentehuis, kamer van de burgemeester",
        ),
        _f(
            "incident_id",
            "Aanleiding (incident)",
            FieldKind.RECORD,
            noun="het incident",
            vocabulary=INCIDENTS,
            group=_ORDE,
            applies=_O,
        ),
        _f(
            "summary",
            "Aanleiding en samenvatting",
            FieldKind.LONG_TEXT,
            noun="de samenvatting",
            max_len=8000,
            group=_AFSPRAKEN,
        ),
        _f(
            "agreements",
            "Afspraken",
            FieldKind.LONG_TEXT,
            noun="de afspraken",
            max_len=4000,
            group=_AFSPRAKEN,
        ),
        _f(
            "conduct_agreements",
            "Gedragsafspraken",
            FieldKind.LONG_TEXT,
            noun="de gedragsafspraken",
            max_len=4000,
            group=_AFSPRAKEN,
            help="bijvoorbeeld: geen contact meer met de wethouder buiten het spreekuur",
        ),
        _f(
            "conduct_until",
            "Gedragsafspraken gelden tot",
            FieldKind.DATE,
            noun="de einddatum van de gedragsafspraken",
            group=_AFSPRAKEN,
            column=True,
            sortable=True,
        ),
        _f(
            "next_contact",
            "Volgend contact",
            FieldKind.DATE,
            noun="de datum van het volgende contact",
            group=_AFSPRAKEN,
            column=True,
            sortable=True,
        ),
        _f(
            "report",
            "Verslag van het ordegesprek",
            FieldKind.LONG_TEXT,
            noun="het verslag",
            max_len=12000,
            group=_AFSPRAKEN,
            applies=_O,
        ),
    ),
    context="communication",
    discriminator="channel",
)


def check_contact(d: ContactLogDraft, today: date | None = None) -> ContactLogDraft:
    from dataclasses import replace

    today = today or date.today()
    if d.person_id is None:  # the picker starts empty: nobody is chosen by accident
        raise ValidationError(
            tr("communication", "Kies de veroorzaker met wie het contact was."), field="person_id"
        )
    d = CONTACT_LOG.clean(d, today)
    if d.channel != ContactKind.ORDEGESPREK:  # fields of an ordegesprek only
        d = replace(d, at_time=None, place="", incident_id=None, report="")
    planned = d.channel == ContactKind.ORDEGESPREK  # an ordegesprek may be planned (the invitation)
    if d.on is not None and d.on > today and not planned:
        raise ValidationError(
            tr(
                "communication",
                "Een contact kan niet in de toekomst liggen; alleen een ordegesprek kan worden gepland.",
            ),
            field="on",
        )
    if d.report and d.on is not None and d.on > today:
        raise ValidationError(
            tr("communication", "Het verslag vult u in na het ordegesprek; dat is pas op {d}.").format(
                d=CONTACT_LOG.field("on").display(d.on)
            ),
            field="report",
        )
    if d.conduct_until is not None and not d.conduct_agreements:
        raise ValidationError(
            tr("communication", "Vul de gedragsafspraken in die tot die datum gelden."),
            field="conduct_agreements",
        )
    if d.conduct_until is not None and d.on is not None and d.conduct_until < d.on:
        raise ValidationError(
            tr("communication", "De gedragsafspraken eindigen vóór het contact. Controleer de einddatum."),
            field="conduct_until",
        )
    if d.next_contact is not None and d.on is not None and d.next_contact < d.on:
        raise ValidationError(
            tr("communication", "Het volgende contact ligt vóór dit contact. Controleer de datum."),
            field="next_contact",
        )
    return d


# --- slachtoffer geïnformeerd -----------------------------------------------------------------------------------


class InformedAbout(Vocab):
    AANGIFTE = "aangifte"
    OM_BESLISSING = "om_beslissing"
    SANCTIE = "sanctie"
    UITSPRAAK = "uitspraak"
    SCHADE = "schade"
    OVERIG = "overig"


_labels(
    InformedAbout,
    {
        "aangifte": "de aangifte",
        "om_beslissing": "de beslissing van het OM",
        "sanctie": "een sanctie",
        "uitspraak": "de uitspraak van de rechter",
        "schade": "het schadeverhaal",
        "overig": "iets anders",
    },
)


@dataclass(frozen=True, slots=True)
class VictimInformedDraft:
    incident_id: int | None = None
    about: InformedAbout = InformedAbout.AANGIFTE
    informed_on: date | None = None
    by_whom: str = ""
    note: str = ""


VICTIM_INFORMED = RecordKind(
    "victim_informed",
    "slachtoffer geïnformeerd",
    (
        _f(  # not `required` in the form: the picker starts empty, check_victim_informed asks for it
            "incident_id",
            "Incident",
            FieldKind.RECORD,
            noun="het incident",
            vocabulary=INCIDENTS,
            column=True,
        ),
        _f(
            "about",
            "Geïnformeerd over",
            FieldKind.CHOICE,
            noun="waarover",
            vocab=InformedAbout,
            required=True,
            column=True,
            sortable=True,
        ),
        _f(
            "informed_on",
            "Datum",
            FieldKind.DATE,
            noun="de datum",
            required=True,
            not_future=True,
            column=True,
            sortable=True,
        ),
        _f(
            "by_whom", "Door", FieldKind.TEXT, noun="wie informeerde", required=True, max_len=120, column=True
        ),
        _f("note", "Toelichting", FieldKind.LONG_TEXT, noun="de toelichting", max_len=4000),
    ),
    context="communication",
)


def check_victim_informed(d: VictimInformedDraft, today: date | None = None) -> VictimInformedDraft:
    if d.incident_id is None:
        raise ValidationError(tr("communication", "Kies het incident (op nummer)."), field="incident_id")
    return VICTIM_INFORMED.clean(d, today)
