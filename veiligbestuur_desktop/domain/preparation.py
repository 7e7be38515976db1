"""Step 3 — Voorbereid zijn op incidenten: the chain agreements (ketenafspraken), the contact card, the
opvangregeling and the municipality's letterhead fields.

Pure Python: what the records mean and how they are checked (Dutch messages). The sanction ladder and the
sanctions of a person are in domain/sanctions.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import clean_text
from veiligbestuur_desktop.domain.vocab import Vocab, _labels

# --- the contact card ---------------------------------------------------------------------------------------

CARD_STALE_MONTHS = 6  # the card warns when it was last checked longer ago than this
CONTACTS_MAX = 30


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One line of the contact card: "De Vertrouwenslijn", "0800-2800200", "voor ambtsdragers en hun gezin"."""

    label: str
    number: str
    note: str = ""


_NUMBER = re.compile(r"^[0-9+()\-\s]{3,20}$")


def check_contact(entry: ContactEntry) -> ContactEntry:
    label = clean_text(entry.label, tr("preparation", "de naam van het contact"), max_len=80, required=True)
    number = clean_text(
        entry.number, tr("preparation", "het nummer"), max_len=20, required=True, field="number"
    )
    if not _NUMBER.match(number):
        raise ValidationError(
            tr(
                "preparation",
                "Het nummer van ‘{label}’ is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes, "
                "bijvoorbeeld 0800-2800200.",
            ).format(label=label),
            field="number",
        )
    note = clean_text(entry.note, tr("preparation", "de toelichting"), max_len=200, field="note")
    return ContactEntry(label, number, note)


def check_card(entries: list[ContactEntry]) -> list[ContactEntry]:
    if not entries:
        raise ValidationError(
            tr("preparation", "De contactkaart is leeg. Zet er ten minste het alarmnummer 112 op."),
            field="label",
        )
    if len(entries) > CONTACTS_MAX:
        raise ValidationError(
            tr("preparation", "Er passen hoogstens {n} nummers op de contactkaart.").format(n=CONTACTS_MAX)
        )
    return [check_contact(e) for e in entries]


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later` (0 when later is earlier)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def card_is_stale(checked: date | None, today: date) -> bool:
    """Never checked, or checked longer than six months ago."""
    return checked is None or months_between(checked, today) >= CARD_STALE_MONTHS


# --- ketenafspraken -----------------------------------------------------------------------------------------


class Partner(Vocab):
    POLITIE = "politie"
    ELA = "politie_ela"
    OM = "om"
    NCTV = "nctv"
    BUURGEMEENTE = "buurgemeente"
    SLACHTOFFERHULP = "slachtofferhulp"
    ONDERSTEUNINGSTEAM = "ondersteuningsteam"
    VERTROUWENSLIJN = "vertrouwenslijn"
    DRIEHOEK = "driehoek"
    CCV = "ccv"
    VEILIGHEIDSREGIO = "veiligheidsregio"


_labels(
    Partner,
    {
        "politie": "politie",
        "politie_ela": "politie — ELA-contactfunctionaris",
        "om": "Openbaar Ministerie",
        "nctv": "NCTV",
        "buurgemeente": "buurgemeente(n)",
        "slachtofferhulp": "Slachtofferhulp Nederland",
        "ondersteuningsteam": "Ondersteuningsteam Weerbaar Bestuur",
        "vertrouwenslijn": "De Vertrouwenslijn",
        "driehoek": "de driehoek (burgemeester, politie, OM)",
        "ccv": "CCV",
        "veiligheidsregio": "veiligheidsregio",
    },
)


class Subject(Vocab):
    ELA = "ela"
    VPT = "vpt"
    DOMICILIE = "domicilie"
    INFORMATIE = "informatie"
    OPVANG = "opvang"
    OPSCHALING = "opschaling"
    BEVEILIGING = "beveiliging"


_labels(
    Subject,
    {
        "ela": "ELA (Eenduidige Landelijke Afspraken)",
        "vpt": "VPT-code op elke aangifte",
        "domicilie": "domicilie op het gemeentehuis",
        "informatie": "informatie-uitwisseling",
        "opvang": "opvang en nazorg",
        "opschaling": "opschalen naar politie en OM",
        "beveiliging": "bewaken en beveiligen",
    },
)


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    partner: Partner
    subject: Subject
    contact: str = ""  # contact person(s) at the partner: name, function, phone
    source: str = ""  # the document the agreement is in (convenant, mail of 12-03-2026)
    agreed_on: date | None = None
    review_on: date | None = None
    notes: str = ""


def _p(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="preparation", **kw)


AGREEMENT = RecordKind(
    "agreement",
    "ketenafspraak",
    (
        _p(
            "partner",
            "Partner",
            FieldKind.CHOICE,
            noun="de partner",
            vocab=Partner,
            required=True,
            column=True,
            sortable=True,
        ),
        _p(
            "subject",
            "Onderwerp",
            FieldKind.CHOICE,
            noun="het onderwerp",
            vocab=Subject,
            required=True,
            column=True,
            sortable=True,
        ),
        _p(
            "contact",
            "Contactpersoon",
            FieldKind.TEXT,
            noun="de contactpersoon",
            max_len=200,
            column=True,
            help="naam, functie en telefoon van het aanspreekpunt",
            examples=("wijkagent A. Smit, 0900-8844", "ELA-contactfunctionaris J. de Boer"),
        ),
        _p(
            "source",
            "Brondocument",
            FieldKind.TEXT,
            noun="het brondocument",
            max_len=200,
            help="waar de afspraak staat: convenant, verslag driehoek, e-mail",
        ),
        _p(
            "agreed_on",
            "Afgesproken op",
            FieldKind.DATE,
            noun="de datum van de afspraak",
            not_future=True,
            column=True,
            sortable=True,
        ),
        _p(
            "review_on",
            "Herzien op",
            FieldKind.DATE,
            noun="de herzieningsdatum",
            column=True,
            sortable=True,
            help="wanneer de afspraak opnieuw wordt bekeken",
        ),
        _p("notes", "Toelichting", FieldKind.LONG_TEXT, noun="de toelichting", max_len=4000),
    ),
    context="preparation",
)


def check_agreement(d: AgreementDraft, today: date | None = None) -> AgreementDraft:
    today = today or date.today()
    d = AGREEMENT.clean(d, today)
    if d.agreed_on is None:
        raise ValidationError(
            tr("preparation", "Vul de datum in waarop de afspraak is gemaakt."), field="agreed_on"
        )
    if d.review_on is not None and d.review_on <= d.agreed_on:
        raise ValidationError(
            tr("preparation", "De herzieningsdatum ligt na de datum van de afspraak. Kies een latere datum."),
            field="review_on",
        )
    return d


def agreement_overdue(d: AgreementDraft, today: date) -> bool:
    return d.review_on is not None and d.review_on < today


# --- the opvangregeling -------------------------------------------------------------------------------------

OPVANG_ROLES: tuple[tuple[str, str], ...] = (
    ("burgemeester", "burgemeester"),
    ("wethouder", "wethouder"),
    ("raadslid", "raadslid / commissielid"),
    ("griffie", "griffier en fractiemedewerkers"),
    ("naaste", "naasten (partner, kinderen, huisgenoten)"),
)


@dataclass(frozen=True, slots=True)
class Opvang:
    """Who gives first opvang (the same day) per role, who does the follow-up, and the referral routes."""

    first: tuple[tuple[str, str], ...] = ()  # (role code of OPVANG_ROLES, who gives the first opvang)
    follow_up: str = ""  # who does the opvanggesprek and the vervolggesprekken
    referral: str = ""  # referral routes (Ondersteuningsteam, Vertrouwenslijn, Slachtofferhulp, bedrijfsarts)

    def who(self, role: str) -> str:
        return dict(self.first).get(role, "")


def check_opvang(o: Opvang) -> Opvang:
    codes = {c for c, _l in OPVANG_ROLES}
    first = []
    for code, who in o.first:
        if code not in codes:
            raise ValidationError(tr("preparation", "Onbekende rol in de opvangregeling."))
        who = clean_text(who, tr("preparation", "wie de eerste opvang geeft"), max_len=200, field=code)
        if who:
            first.append((code, who))
    return replace(
        o,
        first=tuple(first),
        follow_up=clean_text(
            o.follow_up,
            tr("preparation", "wie de nazorg doet"),
            max_len=500,
            multiline=True,
            field="follow_up",
        ),
        referral=clean_text(
            o.referral,
            tr("preparation", "de doorverwijsroutes"),
            max_len=4000,
            multiline=True,
            field="referral",
        ),
    )


def opvang_complete(o: Opvang) -> bool:
    return bool(o.first) and bool(o.follow_up) and bool(o.referral)


# --- the letterhead -----------------------------------------------------------------------------------------

LETTERHEAD_FIELDS: tuple[tuple[str, str, int, bool], ...] = (
    # name, Dutch label, max length, multi-line
    ("visiting_address", "Bezoekadres", 200, True),
    ("postal_address", "Postadres", 200, True),
    ("phone", "Telefoon", 20, False),
    ("website", "Website", 100, False),
    ("email", "E-mail", 100, False),
    ("signer_name", "Ondertekenaar (naam)", 120, False),
    ("signer_function", "Functie ondertekenaar", 120, False),
    ("contact", "Inlichtingen bij", 200, False),
)


@dataclass(frozen=True, slots=True)
class LetterheadSettings:
    """The letterhead fields the coordinator keeps (Briefhoofd); the municipality's name is the vault's."""

    visiting_address: str = ""
    postal_address: str = ""
    phone: str = ""
    website: str = ""
    email: str = ""
    signer_name: str = ""  # default signer of letters (the burgemeester)
    signer_function: str = "burgemeester"
    contact: str = ""  # "Inlichtingen bij": the coordinator's function and phone


def check_letterhead(h: LetterheadSettings) -> LetterheadSettings:
    values = {}
    for name, label, max_len, multiline in LETTERHEAD_FIELDS:
        values[name] = clean_text(
            getattr(h, name), "‘" + label.lower() + "’", max_len=max_len, multiline=multiline, field=name
        )
    if values["phone"] and not _NUMBER.match(values["phone"]):
        raise ValidationError(
            tr(
                "preparation",
                "Het telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes.",
            ),
            field="phone",
        )
    if values["email"] and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", values["email"]):
        raise ValidationError(
            tr("preparation", "Het e-mailadres is ongeldig, bijvoorbeeld: info@gemeente.nl."), field="email"
        )
    return LetterheadSettings(**values)


def letterhead_complete(h: LetterheadSettings) -> bool:
    return bool((h.postal_address or h.visiting_address) and h.phone and h.signer_name)
