"""The people of DOMAIN.md: ambtsdragers, naasten, betrokkenen and ketenpartner contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import check_date_range, clean_text
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
        "betrokkene": "betrokkene",
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
    woningscan_on: date | None = None
    beveiligingsadvies_on: date | None = None
    beveiligingsadvies_ref: str = ""
    related_to_id: int | None = None  # naaste: the ambtsdrager
    relation: Relation | None = None
    betrokkene_type: BetrokkeneType | None = None
    birth_date: date | None = None
    address: str = ""  # betrokkene only; never printed on documents for third parties
    organisation: str = ""  # contact: organisation; betrokkene: on behalf of
    function: str = ""  # contact: role at the organisation


_PHONE = re.compile(r"^[0-9+()\-\s]{6,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_person(d: PersonDraft, today: date | None = None) -> PersonDraft:
    today = today or date.today()
    kind = PersonKind(d.kind)
    name = clean_text(d.name, tr("people", "de naam"), max_len=120, field="name")
    description = clean_text(
        d.description, tr("people", "de omschrijving"), max_len=500, multiline=True, field="description"
    )
    if kind == PersonKind.BETROKKENE:
        if not name and not description:
            raise ValidationError(
                tr("people", "Vul een naam in, of bij een onbekende persoon een omschrijving."), field="name"
            )
    elif not name:
        raise ValidationError(tr("people", "Vul de naam in."), field="name")
    if kind == PersonKind.AMBTSDRAGER and d.role is None:
        raise ValidationError(tr("people", "Kies de rol van de ambtsdrager."), field="role")
    if kind == PersonKind.NAASTE and d.related_to_id is None:
        raise ValidationError(
            tr("people", "Kies de ambtsdrager bij wie deze naaste hoort."), field="related_to_id"
        )
    check_date_range(d.term_start, tr("people", "het begin van de termijn"), field="term_start")
    check_date_range(d.term_end, tr("people", "het einde van de termijn"), field="term_end")
    if d.term_start and d.term_end and d.term_end < d.term_start:
        raise ValidationError(
            tr("people", "Het einde van de termijn ligt vóór het begin. Controleer beide datums."),
            field="term_end",
        )
    for value, label, field in (
        (d.zelfscan_on, tr("people", "de datum van de zelfscan"), "zelfscan_on"),
        (d.woningscan_on, tr("people", "de datum van de woningscan"), "woningscan_on"),
        (
            d.beveiligingsadvies_on,
            tr("people", "de datum van het beveiligingsadvies"),
            "beveiligingsadvies_on",
        ),
    ):
        check_date_range(value, label, not_future=True, today=today, field=field)
    if d.birth_date is not None:
        check_date_range(
            d.birth_date,
            tr("people", "de geboortedatum"),
            not_future=True,
            today=today,
            field="birth_date",
            earliest=date(1900, 1, 1),
        )
    phone = clean_text(d.phone, tr("people", "het telefoonnummer"), max_len=20, field="phone")
    if phone and not _PHONE.match(phone):
        raise ValidationError(
            tr("people", "Het telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes."),
            field="phone",
        )
    email = clean_text(d.email, tr("people", "het e-mailadres"), max_len=200, field="email")
    if email and not _EMAIL.match(email):
        raise ValidationError(
            tr("people", "Het e-mailadres is ongeldig, bijvoorbeeld: naam@gemeente.nl."), field="email"
        )
    address = clean_text(d.address, tr("people", "het adres"), max_len=300, multiline=True, field="address")
    if address and kind != PersonKind.BETROKKENE:
        raise ValidationError(
            tr(
                "people",
                "Een adres wordt alleen bij een betrokkene vastgelegd; woonadressen van ambtsdragers niet.",
            ),
            field="address",
        )
    return replace(
        d,
        kind=kind,
        name=name,
        description=description,
        party=clean_text(d.party, tr("people", "de partij"), max_len=100, field="party"),
        portefeuilles=clean_text(
            d.portefeuilles,
            tr("people", "de portefeuilles"),
            max_len=1000,
            multiline=True,
            field="portefeuilles",
        ),
        phone=phone,
        email=email,
        beveiligingsadvies_ref=clean_text(
            d.beveiligingsadvies_ref,
            tr("people", "het kenmerk van het advies"),
            max_len=100,
            field="beveiligingsadvies_ref",
        ),
        address=address,
        organisation=clean_text(
            d.organisation, tr("people", "de organisatie"), max_len=200, field="organisation"
        ),
        function=clean_text(d.function, tr("people", "de functie"), max_len=120, field="function"),
    )


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
