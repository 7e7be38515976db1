"""The people of DOMAIN.md: ambtsdragers, naasten, betrokkenen and ketenpartner contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.vocab import Vocab, _labels


class PersonKind(Vocab):
    AMBTSDRAGER = "ambtsdrager"
    NAASTE = "naaste"
    BETROKKENE = "betrokkene"
    CONTACT = "contact"


_labels(
    PersonKind,
    {
        "ambtsdrager": "ambtsdrager",
        "naaste": "naaste",
        "betrokkene": "veroorzaker",  # the code stays; "betrokkene" is the AVG's word for every data subject
        "contact": "contactpersoon",
    },
)


class Role(Vocab):
    BURGEMEESTER = "burgemeester"
    WETHOUDER = "wethouder"
    RAADSLID = "raadslid"
    COMMISSIELID = "commissielid"
    FRACTIEMEDEWERKER = "fractiemedewerker"
    GRIFFIER = "griffier"
    GEMEENTESECRETARIS = "gemeentesecretaris"
    OUD_AMBTSDRAGER = "oud_ambtsdrager"


_labels(
    Role,
    {
        "burgemeester": "burgemeester",
        "wethouder": "wethouder",
        "raadslid": "raadslid",
        "commissielid": "commissielid / burgerraadslid",
        "fractiemedewerker": "fractiemedewerker",
        "griffier": "griffier",
        "gemeentesecretaris": "gemeentesecretaris",
        "oud_ambtsdrager": "oud-ambtsdrager",
    },
)


class Relation(Vocab):
    PARTNER = "partner"
    KIND = "kind"
    OUDER = "ouder"
    FAMILIE = "familie"
    HUISGENOOT = "huisgenoot"
    ANDERS = "anders"


_labels(
    Relation,
    {
        "partner": "partner",
        "kind": "kind",
        "ouder": "ouder",
        "familie": "ander familielid",
        "huisgenoot": "huisgenoot",
        "anders": "anders",
    },
)


class BetrokkeneType(Vocab):
    INDIVIDU = "individu"
    COLLECTIEF = "collectief"
    ORGANISATIE = "organisatie"
    BESTUURDER = "bestuurder"


_labels(
    BetrokkeneType,
    {
        "individu": "individu",
        "collectief": "collectief",
        "organisatie": "namens bedrijf, organisatie of groepering",
        "bestuurder": "bestuurder onderling",
    },
)


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What a form or an import hands to the person service; `check_person` cleans and validates it."""

    kind: PersonKind
    name: str = ""
    description: str = ""  # for an unknown betrokkene: a description instead of a name
    role: Role | None = None
    party: str = ""  # special-category data: optional, never printed by default
    term_start: date | None = None
    term_end: date | None = None
    portefeuilles: str = ""
    phone: str = ""
    email: str = ""
    verhoogd_risico: bool = False
    zelfscan_on: date | None = None
    related_to_id: int | None = None  # naaste: the ambtsdrager
    relation: Relation | None = None
    betrokkene_type: BetrokkeneType | None = None
    birth_date: date | None = None
    address: str = ""  # betrokkene only; never printed on documents for third parties
    organisation: str = ""  # contact: organisation; betrokkene: on behalf of
    function: str = ""  # contact: role at the organisation


def _f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="people", **kw)


_A, _N, _B, _C = "ambtsdrager", "naaste", "betrokkene", "contact"

# A person, declared once (see domain.fields). `applies` says for which kinds of person a field is kept.
PERSON = RecordKind(
    "person",
    "persoon",
    (
        _f("name", "Naam", FieldKind.TEXT, noun="de naam", max_len=120, column=True, sortable=True),
        _f(
            "kind",
            "Soort",
            FieldKind.CHOICE,
            noun="de soort",
            vocab=PersonKind,
            required=True,
            column=True,
            sortable=True,
        ),
        _f(
            "description",
            "Omschrijving",
            FieldKind.LONG_TEXT,
            noun="de omschrijving",
            max_len=500,
            applies=(_B,),
            help="bij een onbekende persoon: een omschrijving in plaats van een naam",
        ),
        _f("role", "Rol", FieldKind.CHOICE, noun="de rol", vocab=Role, applies=(_A,), column=True),
        _f(
            "party",
            "Partij (gevoelig)",
            FieldKind.TEXT,
            noun="de partij",
            max_len=100,
            applies=(_A,),
            help="Politieke voorkeur is een bijzonder persoonsgegeven: optioneel, nooit standaard afgedrukt.",
        ),
        _f("term_start", "Termijn vanaf", FieldKind.DATE, noun="het begin van de termijn", applies=(_A,)),
        _f("term_end", "Termijn tot", FieldKind.DATE, noun="het einde van de termijn", applies=(_A,)),
        _f(
            "portefeuilles",
            "Portefeuilles",
            FieldKind.TEXT,
            noun="de portefeuilles",
            max_len=1000,
            multiline=True,
            applies=(_A,),
        ),
        _f("phone", "Telefoon", FieldKind.TEXT, noun="het telefoonnummer", max_len=20, applies=(_A, _N, _C)),
        _f("email", "E-mail", FieldKind.TEXT, noun="het e-mailadres", max_len=200, applies=(_A, _N, _C)),
        _f("verhoogd_risico", "Verhoogd risico", FieldKind.FLAG, applies=(_A,), column=True),
        _f(
            "zelfscan_on",
            "Zelfscan gedaan op",
            FieldKind.DATE,
            noun="de datum van de zelfscan",
            not_future=True,
            applies=(_A,),
        ),
        _f(
            "related_to_id",
            "Naaste van",
            FieldKind.PERSON,
            noun="de ambtsdrager",
            person_kinds=(_A,),
            applies=(_N,),
        ),
        _f(
            "relation",
            "Relatie",
            FieldKind.CHOICE,
            noun="de relatie",
            vocab=Relation,
            applies=(_N,),
            column=True,
        ),
        _f(
            "betrokkene_type",
            "Soort veroorzaker",
            FieldKind.CHOICE,
            noun="de soort veroorzaker",
            vocab=BetrokkeneType,
            applies=(_B,),
        ),
        _f(
            "birth_date",
            "Geboortedatum",
            FieldKind.DATE,
            noun="de geboortedatum",
            not_future=True,
            earliest=date(1900, 1, 1),
            applies=(_B,),
        ),
        _f(
            "address",
            "Adres",
            FieldKind.TEXT,
            noun="het adres",
            max_len=300,
            multiline=True,
            applies=(_B,),
            facts=False,
        ),
        _f(
            "organisation",
            "Organisatie",
            FieldKind.TEXT,
            noun="de organisatie",
            max_len=200,
            applies=(_B, _C),
        ),
        _f("function", "Functie", FieldKind.TEXT, noun="de functie", max_len=120, applies=(_C,)),
    ),
    context="people",
    discriminator="kind",
)

_PHONE = re.compile(r"^[0-9+()\-\s]{6,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_person(d: PersonDraft, today: date | None = None) -> PersonDraft:
    """The declared field checks, then the rules that depend on the kind of person."""
    today = today or date.today()
    d = PERSON.clean(d, today)
    kind = PersonKind(d.kind)
    if kind == PersonKind.BETROKKENE:
        if not d.name and not d.description:
            raise ValidationError(
                tr("people", "Vul een naam in, of bij een onbekende persoon een omschrijving."), field="name"
            )
    elif not d.name:
        raise ValidationError(tr("people", "Vul de naam in."), field="name")
    if kind == PersonKind.AMBTSDRAGER and d.role is None:
        raise ValidationError(tr("people", "Kies de rol van de ambtsdrager."), field="role")
    if kind == PersonKind.NAASTE and d.related_to_id is None:
        raise ValidationError(
            tr("people", "Kies de ambtsdrager bij wie deze naaste hoort."), field="related_to_id"
        )
    if d.term_start and d.term_end and d.term_end < d.term_start:
        raise ValidationError(
            tr("people", "Het einde van de termijn ligt vóór het begin. Controleer beide datums."),
            field="term_end",
        )
    if d.phone and not _PHONE.match(d.phone):
        raise ValidationError(
            tr("people", "Het telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes."),
            field="phone",
        )
    if d.email and not _EMAIL.match(d.email):
        raise ValidationError(
            tr("people", "Het e-mailadres is ongeldig, bijvoorbeeld: naam@gemeente.nl."), field="email"
        )
    if d.address and kind != PersonKind.BETROKKENE:
        raise ValidationError(
            tr(
                "people",
                "Een adres wordt alleen bij een veroorzaker vastgelegd; woonadressen van ambtsdragers niet.",
            ),
            field="address",
        )
    return d


def display_name(name: str, description: str) -> str:
    """The name, or for an unknown person the start of the description."""
    if name:
        return name
    return description[:60] if description else tr("people", "Onbekend")


def initials(name: str) -> str:
    """'Jan-Willem van der Berg' -> 'J.W.v.d.B.' (pseudonymised reports)."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    if not parts:
        return "?"
    return "".join(p[0] + "." for p in parts)
