"""The seven steps of the "Stappenplan beveiliging lokale bestuurders" and their 26 checklist items.

The items follow the bullets of the national plan (NGB, Wethoudersvereniging, NCTV, VNG). Where one bullet
names several distinct acts (step 6), it is split so that each act can be ticked on its own. Codes are
stable identifiers stored in the database: never rename one, add a new code instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from veiligbestuur_desktop.domain.i18n import tr


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    code: str
    step: int
    title_nl: str

    @property
    def title(self) -> str:
        return tr("steps", self.title_nl)


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    code: str
    title_nl: str
    tab_label_nl: str
    items: tuple[ChecklistItem, ...]

    @property
    def title(self) -> str:
        return tr("steps", self.title_nl)

    @property
    def tab_label(self) -> str:
        return tr("steps", self.tab_label_nl)


def _step(number: int, code: str, title: str, tab: str, items: list[tuple[str, str]]) -> Step:
    return Step(number, code, title, tab, tuple(ChecklistItem(c, number, t) for c, t in items))


STEPS: tuple[Step, ...] = (
    _step(
        1,
        "beleid",
        "Beleid formuleren",
        "Beleid",
        [
            ("beleid_afbakenen", "Onderwerp afbakenen, grenzen bepalen en beleid bekrachtigen"),
            ("beleid_media", "Mediabeleid bepalen en woordvoerder(s) aanwijzen"),
        ],
    ),
    _step(
        2,
        "preventie",
        "Preventieve maatregelen nemen",
        "Preventie",
        [
            (
                "preventie_risicoanalyse",
                "Risicoanalyse opstellen: generiek en per beleidsgebied, eventueel per persoon",
            ),
            ("preventie_communicatie", "Communicatie, trainingen en protocollen opzetten"),
            ("preventie_beveiligen", "Zo nodig actief beveiligen"),
        ],
    ),
    _step(
        3,
        "voorbereiding",
        "Voorbereid zijn op incidenten",
        "Voorbereiding",
        [
            ("voorbereiding_ketenafspraken", "Ketenafspraken maken met gemeente(n), politie, OM en NCTV"),
            ("voorbereiding_opvang", "Opvang, nazorg en repressie voorbereiden"),
            ("voorbereiding_registratie", "Meld- en registratiesysteem opzetten"),
            ("voorbereiding_sanctiebeleid", "Sanctiebeleid bepalen"),
        ],
    ),
    _step(
        4,
        "uitvoering",
        "Maatregelen blijvend uitvoeren",
        "Uitvoering",
        [
            ("uitvoering_maatregelen", "Voorgenomen maatregelen en protocollen laten uitvoeren"),
            ("uitvoering_operationeel", "Operationele risicoanalyses laten uitvoeren"),
            ("uitvoering_bespreken", "Incidenten intern regelmatig bespreken"),
            ("uitvoering_vermijding", "Vermijdingsgedrag bij collega-bestuurders signaleren"),
        ],
    ),
    _step(
        5,
        "communicatie",
        "Actief communiceren",
        "Communicatie",
        [
            ("communicatie_normen", "Normen blijven uitdragen"),
            ("communicatie_besluiten", "Genomen besluiten toelichten en uitleggen aan betrokkenen"),
            ("communicatie_gesprek", "In gesprek blijven met ‘lastige’ personen"),
        ],
    ),
    _step(
        6,
        "incidenten",
        "Handelen bij incidenten en bedreigingen",
        "Incidenten",
        [
            ("incidenten_protocol", "Protocollen volgen en opsporing faciliteren"),
            (
                "incidenten_vertrouwenslijn",
                "Wijzen op De Vertrouwenslijn en het Ondersteuningsteam Weerbaar Bestuur",
            ),
            ("incidenten_registreren", "Incidenten analyseren en registreren"),
            ("incidenten_nabespreken", "Incidenten nabespreken met het slachtoffer"),
            ("incidenten_sancties", "Sancties afwegen"),
            ("incidenten_aangifte", "Bij een strafbaar feit aangifte doen en schade verhalen"),
        ],
    ),
    _step(
        7,
        "evaluatie",
        "Controleren op uitvoering en effectiviteit",
        "Evaluatie",
        [
            ("evaluatie_incidenten", "Incidenten systematisch evalueren"),
            ("evaluatie_herijken", "Per zittings- of collegetermijn de uitgangspunten herijken"),
            (
                "evaluatie_jaarlijks",
                "Processen controleren en jaarlijks evalueren naar aanleiding van incidenten",
            ),
            ("evaluatie_bijstellen", "Waar nodig beleid en maatregelen bijstellen"),
        ],
    ),
)

ALL_ITEMS: tuple[ChecklistItem, ...] = tuple(item for step in STEPS for item in step.items)
ITEMS_BY_CODE: dict[str, ChecklistItem] = {item.code: item for item in ALL_ITEMS}


def step(number: int) -> Step:
    return STEPS[number - 1]
