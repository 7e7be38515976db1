"""Step 1 — Beleid formuleren: the agressieprotocol (policy), the huisregels (house rules) and the mediabeleid
(one row per scenario). The protocol and the huisregels are versioned (domain.versioning)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import Role
from veiligbestuur_desktop.domain.versioning import DocStatus, version_fields
from veiligbestuur_desktop.domain.vocab import Vocab, _labels

DEFAULT_NORM = "Emotie mag, agressie niet; er volgt altijd een passende reactie."
DEFAULT_TITLE = "Agressieprotocol politieke ambtsdragers"
DEFAULT_RULES_TITLE = "Huisregels gemeentehuis, raadszaal en publieke tribune"


class Circle(Vocab):
    """The directe omgeving the protocol also protects."""

    PARTNER = "partner"
    KINDEREN = "kinderen"
    HUISGENOTEN = "huisgenoten"


_labels(Circle, {"partner": "partner", "kinderen": "kinderen", "huisgenoten": "huisgenoten"})


class AdoptingBody(Vocab):
    RAAD_PRESIDIUM = "raad_presidium"
    RAAD_COLLEGE = "raad_college"
    COLLEGE = "college"


_labels(
    AdoptingBody,
    {
        "raad_presidium": "de raad, op voorstel van het presidium",
        "raad_college": "de raad, op voorstel van het college",
        "college": "het college van B&W",
    },
)


class RulesAuthority(Vocab):
    """Who sets the huisregels: the burgemeester (huisrecht of the gemeentehuis), the voorzitter of the raad
    (order in the raadszaal), or the college."""

    BURGEMEESTER = "burgemeester"
    VOORZITTER_RAAD = "voorzitter_raad"
    COLLEGE = "college"


_labels(
    RulesAuthority,
    {
        "burgemeester": "de burgemeester",
        "voorzitter_raad": "de voorzitter van de raad",
        "college": "het college van B&W",
    },
)


class Scenario(Vocab):
    RAADSLID = "raadslid"
    WETHOUDER = "wethouder"
    BURGEMEESTER = "burgemeester"
    THUIS = "thuis"
    ONLINE = "online"


_labels(
    Scenario,
    {
        "raadslid": "een raadslid is slachtoffer",
        "wethouder": "een wethouder is slachtoffer",
        "burgemeester": "de burgemeester is slachtoffer",
        "thuis": "incident bij de woning",
        "online": "online (sociale media, e-mail)",
    },
)

# How a normkaart names the group of each role: (the group the page is for, one of them).
ROLE_GROUPS: dict[str, tuple[str, str]] = {
    "burgemeester": ("de burgemeester", "burgemeester"),
    "wethouder": ("wethouders", "wethouder"),
    "raadslid": ("raadsleden", "raadslid"),
    "commissielid": ("commissieleden en burgerraadsleden", "commissielid of burgerraadslid"),
    "fractiemedewerker": ("fractiemedewerkers", "fractiemedewerker"),
    "griffier": ("de griffier", "griffier"),
    "gemeentesecretaris": ("de gemeentesecretaris", "gemeentesecretaris"),
    "oud_ambtsdrager": ("oud-ambtsdragers", "oud-ambtsdrager"),
}

# The roles the protocol protects by default (the Stappenplan's office holders).
DEFAULT_ROLES = (Role.BURGEMEESTER, Role.WETHOUDER, Role.RAADSLID, Role.COMMISSIELID)


@dataclass(frozen=True, slots=True)
class PolicyDraft:
    title: str = DEFAULT_TITLE
    scope_roles: tuple[str, ...] = tuple(r.value for r in DEFAULT_ROLES)
    scope_circle: tuple[str, ...] = (Circle.PARTNER.value, Circle.KINDEREN.value, Circle.HUISGENOTEN.value)
    norm: str = DEFAULT_NORM
    categories: tuple[str, ...] = ()
    behaviour_note: str = ""
    report_internally: bool = True
    meldpunt: str = ""
    meldpunt_contact: str = ""
    version: int = 1
    status: DocStatus = DocStatus.CONCEPT
    adopted_by: AdoptingBody | None = None
    decision_date: date | None = None
    publication_ref: str = ""
    review_date: date | None = None


@dataclass(frozen=True, slots=True)
class HouseRulesDraft:
    title: str = DEFAULT_RULES_TITLE
    gemeentehuis: str = ""
    raadszaal: str = ""
    publieke_tribune: str = ""
    sanctions: str = ""
    version: int = 1
    status: DocStatus = DocStatus.CONCEPT
    adopted_by: RulesAuthority | None = None
    decision_date: date | None = None
    publication_ref: str = ""
    review_date: date | None = None


@dataclass(frozen=True, slots=True)
class MediaScenarioDraft:
    scenario: Scenario | None = None
    spokesperson: str = ""
    deputy: str = ""
    standard_line: str = ""
    informs: str = ""


def _p(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="policy", **kw)


_SCOPE = "Reikwijdte"
_NORM = "Norm en grenzen"
_MELDEN = "Melden"

POLICY = RecordKind(
    "policy",
    "agressieprotocol",
    (
        _p(
            "title",
            "Titel",
            FieldKind.TEXT,
            noun="de titel",
            required=True,
            max_len=150,
            group=_SCOPE,
            column=True,
        ),
        _p(
            "scope_roles",
            "Geldt voor de rollen",
            FieldKind.MULTI_CHOICE,
            noun="de rollen",
            vocab=Role,
            required=True,
            group=_SCOPE,
        ),
        _p(
            "scope_circle",
            "Ook de directe omgeving",
            FieldKind.MULTI_CHOICE,
            noun="de directe omgeving",
            vocab=Circle,
            group=_SCOPE,
            help="bedreiging van een naaste geldt als bedreiging van de ambtsdrager",
        ),
        _p(
            "norm",
            "Organisatienorm",
            FieldKind.LONG_TEXT,
            noun="de organisatienorm",
            required=True,
            max_len=1000,
            group=_NORM,
        ),
        _p(
            "categories",
            "Grensoverschrijdend gedrag",
            FieldKind.MULTI_CHOICE,
            noun="het grensoverschrijdend gedrag",
            vocabulary="categories",
            required=True,
            group=_NORM,
        ),
        _p(
            "behaviour_note",
            "Toelichting op de grenzen",
            FieldKind.LONG_TEXT,
            noun="de toelichting",
            max_len=4000,
            group=_NORM,
            help="bijvoorbeeld: ook kritiek is welkom, zolang die niet persoonlijk of dreigend wordt",
        ),
        _p(
            "report_internally",
            "Basisafspraak: elk incident wordt altijd intern gemeld",
            FieldKind.FLAG,
            group=_MELDEN,
        ),
        _p(
            "meldpunt",
            "Meldpunt",
            FieldKind.TEXT,
            noun="het meldpunt",
            required=True,
            max_len=200,
            group=_MELDEN,
            help="bijvoorbeeld: de griffier, en bij zijn afwezigheid de burgemeester",
        ),
        _p(
            "meldpunt_contact",
            "Bereikbaar via",
            FieldKind.TEXT,
            noun="hoe het meldpunt bereikbaar is",
            max_len=200,
            group=_MELDEN,
            help="telefoonnummer en/of e-mailadres van het meldpunt",
        ),
        *version_fields("policy", AdoptingBody),
    ),
    context="policy",
    messages={
        "scope_roles": "Kies ten minste één rol waarvoor het protocol geldt.",
        "categories": "Kies ten minste één soort grensoverschrijdend gedrag.",
    },
)

HOUSE_RULES = RecordKind(
    "house_rules",
    "huisregels",
    (
        _p(
            "title",
            "Titel",
            FieldKind.TEXT,
            noun="de titel",
            required=True,
            max_len=150,
            column=True,
            group="Algemeen",
        ),
        _p(
            "gemeentehuis",
            "Gemeentehuis",
            FieldKind.LONG_TEXT,
            noun="de huisregels voor het gemeentehuis",
            max_len=6000,
            group="Huisregels",
        ),
        _p(
            "raadszaal",
            "Raadszaal",
            FieldKind.LONG_TEXT,
            noun="de huisregels voor de raadszaal",
            max_len=6000,
            group="Huisregels",
        ),
        _p(
            "publieke_tribune",
            "Publieke tribune",
            FieldKind.LONG_TEXT,
            noun="de huisregels voor de publieke tribune",
            max_len=6000,
            group="Huisregels",
        ),
        _p(
            "sanctions",
            "Bij overtreding",
            FieldKind.LONG_TEXT,
            noun="wat er bij overtreding gebeurt",
            max_len=4000,
            group="Huisregels",
            help="waarschuwing, verwijdering, toegangsverbod: een toegangsverbod rust op deze huisregels",
        ),
        *version_fields("policy", RulesAuthority),
    ),
    context="policy",
)

MEDIA_SCENARIO = RecordKind(
    "media_scenario",
    "scenario van het mediabeleid",
    (
        _p(
            "scenario",
            "Scenario",
            FieldKind.CHOICE,
            noun="het scenario",
            vocab=Scenario,
            required=True,
            column=True,
            sortable=True,
        ),
        _p(
            "spokesperson",
            "Woordvoerder",
            FieldKind.TEXT,
            noun="de woordvoerder",
            required=True,
            max_len=120,
            column=True,
            help="bijvoorbeeld: de burgemeester, of de communicatieadviseur openbare orde",
        ),
        _p(
            "deputy",
            "Plaatsvervanger",
            FieldKind.TEXT,
            noun="de plaatsvervanger",
            max_len=120,
            column=True,
        ),
        _p(
            "standard_line",
            "Standaardlijn",
            FieldKind.LONG_TEXT,
            noun="de standaardlijn",
            required=True,
            max_len=2000,
            help="wat de gemeente zegt, en wat niet (nooit namen van naasten, nooit een woonadres)",
        ),
        _p(
            "informs",
            "Wie informeert wie",
            FieldKind.LONG_TEXT,
            noun="wie wie informeert",
            max_len=2000,
            help="bijvoorbeeld: griffier informeert fractievoorzitters; burgemeester informeert college",
        ),
    ),
    context="policy",
)

# Fields set by the app (the versioning), never by a form's clean pass.
APP_SET = ("version",)


def _roles_ok(values: tuple[str, ...]) -> None:
    known = {r.value for r in Role}
    if any(v not in known for v in values):
        raise ValidationError(tr("policy", "Kies de rollen uit de lijst."), field="scope_roles")


def check_policy(d: PolicyDraft, today: date | None = None) -> PolicyDraft:
    d = POLICY.clean(d, today, skip=APP_SET)
    _roles_ok(d.scope_roles)
    circle = {c.value for c in Circle}
    if any(v not in circle for v in d.scope_circle):
        raise ValidationError(tr("policy", "Kies de directe omgeving uit de lijst."), field="scope_circle")
    if not d.report_internally:
        raise ValidationError(
            tr(
                "policy",
                "De basisafspraak ‘altijd intern melden’ hoort in elk protocol (Stappenplan stap 1). "
                "Zet het vinkje aan.",
            ),
            field="report_internally",
        )
    return d


def check_house_rules(d: HouseRulesDraft, today: date | None = None) -> HouseRulesDraft:
    d = HOUSE_RULES.clean(d, today, skip=APP_SET)
    if not (d.gemeentehuis or d.raadszaal or d.publieke_tribune):
        raise ValidationError(
            tr(
                "policy",
                "Vul de huisregels in voor ten minste één plek: gemeentehuis, raadszaal of publieke tribune.",
            ),
            field="gemeentehuis",
        )
    return d


def check_media_scenario(d: MediaScenarioDraft, today: date | None = None) -> MediaScenarioDraft:
    d = MEDIA_SCENARIO.clean(d, today)
    if d.deputy and d.deputy.casefold() == d.spokesperson.casefold():
        raise ValidationError(
            tr("policy", "De plaatsvervanger moet een ander zijn dan de woordvoerder."), field="deputy"
        )
    return d
