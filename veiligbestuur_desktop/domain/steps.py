"""The seven steps of the "Stappenplan beveiliging lokale bestuurders" and their 26 checklist items.

The items follow the bullets of the national plan (NGB, Wethoudersvereniging, NCTV, VNG). Where one bullet
names several distinct acts (step 6), it is split so that each act can be ticked on its own. Codes are
stable identifiers stored in the database: never rename one, add a new code instead.

Most bullets are ongoing duties ("blijven", "regelmatig", "jaarlijks", "per termijn"): every item has a
default :class:`Frequency` (the user can choose another per item), and :func:`next_due` computes when a
recurring item is due again after it was last done. Step 6's items are not ticked by hand: their state
follows from the incidents (:class:`IncidentEvidence`).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.vocab import Vocab, _labels


class Frequency(Vocab):
    """How often a checklist item recurs. Values are stored in the database."""

    EENMALIG = "eenmalig"
    MAANDELIJKS = "maandelijks"
    KWARTAAL = "kwartaal"
    JAARLIJKS = "jaarlijks"
    TERMIJN = "termijn"
    PER_INCIDENT = "per_incident"  # step 6: follows from the incidents, not chosen by the user

    @property
    def recurring(self) -> bool:
        return self in (Frequency.MAANDELIJKS, Frequency.KWARTAAL, Frequency.JAARLIJKS, Frequency.TERMIJN)

    @classmethod
    def user_choices(cls) -> list[tuple[str, str]]:
        """The frequencies a user may choose for an item that is not derived from the incidents."""
        return [(str(m.value), m.label) for m in cls if m is not Frequency.PER_INCIDENT]


_labels(
    Frequency,
    {
        "eenmalig": "eenmalig",
        "maandelijks": "maandelijks",
        "kwartaal": "per kwartaal",
        "jaarlijks": "jaarlijks",
        "termijn": "per bestuurstermijn",
        "per_incident": "bij elk incident",
    },
)

# --- dates ---------------------------------------------------------------------------------------------------

# Municipal terms last four years from the raadsverkiezing in March (2026, 2030, 2034, ...).
ELECTION_YEAR = 2026
ELECTION_MONTH = 3
TERM_YEARS = 4
_MONTHS = {Frequency.MAANDELIJKS: 1, Frequency.KWARTAAL: 3, Frequency.JAARLIJKS: 12}


def add_months(day: date, months: int) -> date:
    """The same day `months` later; a day the month lacks becomes its last day (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def term_start(day: date) -> date:
    """The first day of the election month that began the municipal term `day` falls in."""
    months = (day.year - ELECTION_YEAR) * 12 + day.month - ELECTION_MONTH
    terms = months // (TERM_YEARS * 12)
    return date(ELECTION_YEAR + terms * TERM_YEARS, ELECTION_MONTH, 1)


def next_due(last_done: date, frequency: Frequency) -> date | None:
    """When a recurring item is due again after it was done on `last_done` (None: it does not recur).

    Monthly, quarterly and yearly duties are due the same day one, three or twelve months later (month ends
    clamp: 31 January → 28 or 29 February; 29 February → 28 February a year later). A duty per term is due
    once in every term: by the end of the election month that starts the next term (done in the term
    2026-2030 → due 31 March 2030, when the new raad and college start).
    """
    months = _MONTHS.get(frequency)
    if months is not None:
        return add_months(last_done, months)
    if frequency is Frequency.TERMIJN:
        start = term_start(last_done)
        year = start.year + TERM_YEARS
        return date(year, ELECTION_MONTH, calendar.monthrange(year, ELECTION_MONTH)[1])
    return None


# --- step 6: what the incidents say ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IncidentEvidence:
    """How a step-6 item is read from the incidents of a year.

    An incident counts as handled for the item when every check of the incident's handling checklist in
    `checks` is ticked, or (when `tracks` is set) every follow-up of those tracks is gereed or n.v.t.
    Only incidents of at least `min_level` count (aangifte applies to a punishable act: level 2 and up).
    """

    checks: tuple[str, ...]
    tracks: tuple[str, ...] = ()
    min_level: int = 0
    text_nl: str = "{done} van {total} incidenten dit jaar afgehandeld"

    def text(self, done: int, total: int) -> str:
        if total == 0:
            return tr("steps", "geen incidenten dit jaar")
        return tr("steps", self.text_nl).format(done=done, total=total)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    code: str
    step: int
    title_nl: str
    frequency: Frequency = Frequency.EENMALIG  # the default; the user can choose another per item
    evidence: IncidentEvidence | None = None  # step 6: the state follows from the incidents

    @property
    def title(self) -> str:
        return tr("steps", self.title_nl)

    @property
    def derived(self) -> bool:
        return self.evidence is not None


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
    return Step(
        number,
        code,
        title,
        tab,
        tuple(ChecklistItem(c, number, t, DEFAULT_FREQUENCY[c], EVIDENCE.get(c)) for c, t in items),
    )


F = Frequency
# The default frequency per item, from the bullet's wording and DOMAIN.md (the user can change it per item).
DEFAULT_FREQUENCY: dict[str, Frequency] = {
    # 1 — the protocol and the woordvoerders are set once per term (re-adopted at the termijnherijking)
    "beleid_afbakenen": F.TERMIJN,
    "beleid_media": F.TERMIJN,
    # 2 — risk analyses have a yearly review date; training and the starterspakket yearly; whether active
    #     protection is still needed is looked at every quarter (afschalen)
    "preventie_risicoanalyse": F.JAARLIJKS,
    "preventie_communicatie": F.JAARLIJKS,
    "preventie_beveiligen": F.KWARTAAL,
    # 3 — ketenafspraken and the opvangregeling are checked yearly (the contactkaart shows its last check);
    #     the registration system is set up once (this application); the sanction policy per term
    "voorbereiding_ketenafspraken": F.JAARLIJKS,
    "voorbereiding_opvang": F.JAARLIJKS,
    "voorbereiding_registratie": F.EENMALIG,
    "voorbereiding_sanctiebeleid": F.TERMIJN,
    # 4 — "blijvend uitvoeren": quarterly status of measures, operational risk checks for the monthly
    #     raadsvergadering, incidents "regelmatig" discussed, avoidance signals looked for every quarter
    "uitvoering_maatregelen": F.KWARTAAL,
    "uitvoering_operationeel": F.MAANDELIJKS,
    "uitvoering_bespreken": F.KWARTAAL,
    "uitvoering_vermijding": F.KWARTAAL,
    # 5 — "blijven uitdragen" at least yearly; decisions explained and contacts kept up as they come
    "communicatie_normen": F.JAARLIJKS,
    "communicatie_besluiten": F.KWARTAAL,
    "communicatie_gesprek": F.MAANDELIJKS,
    # 6 — per incident, read from the incidents
    "incidenten_protocol": F.PER_INCIDENT,
    "incidenten_vertrouwenslijn": F.PER_INCIDENT,
    "incidenten_registreren": F.PER_INCIDENT,
    "incidenten_nabespreken": F.PER_INCIDENT,
    "incidenten_sancties": F.PER_INCIDENT,
    "incidenten_aangifte": F.PER_INCIDENT,
    # 7 — incidents evaluated every quarter; herijken per term; the jaarevaluatie and what it adjusts yearly
    "evaluatie_incidenten": F.KWARTAAL,
    "evaluatie_herijken": F.TERMIJN,
    "evaluatie_jaarlijks": F.JAARLIJKS,
    "evaluatie_bijstellen": F.JAARLIJKS,
}

# Step 6: which ticks of an incident's handling checklist (domain.incidents.CheckItem values) and which
# follow-up tracks (domain.incidents.Track values) show that the item was done for that incident.
EVIDENCE: dict[str, IncidentEvidence] = {
    "incidenten_protocol": IncidentEvidence(
        ("protocol",), text_nl="protocol gevolgd bij {done} van {total} incidenten dit jaar"
    ),
    "incidenten_vertrouwenslijn": IncidentEvidence(
        ("vertrouwenslijn",), text_nl="gewezen op de hulplijnen bij {done} van {total} incidenten dit jaar"
    ),
    "incidenten_registreren": IncidentEvidence(
        ("geanalyseerd", "geregistreerd"),
        text_nl="geanalyseerd en geregistreerd: {done} van {total} incidenten dit jaar",
    ),
    "incidenten_nabespreken": IncidentEvidence(
        ("nabesproken",), text_nl="nabesproken {done} van {total} incidenten dit jaar"
    ),
    "incidenten_sancties": IncidentEvidence(
        ("sancties",), ("sanctie",), text_nl="sancties afgewogen bij {done} van {total} incidenten dit jaar"
    ),
    "incidenten_aangifte": IncidentEvidence(
        ("aangifte",),
        ("aangifte",),
        min_level=2,
        text_nl="aangifte afgewogen bij {done} van {total} strafbare incidenten dit jaar",
    ),
}


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
            ("voorbereiding_registratie", "Meld- en registratiesysteem (laten) opzetten"),
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
            ("uitvoering_operationeel", "Operationele risicoanalyses (laten) uitvoeren"),
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
            ("evaluatie_bijstellen", "Waar nodig beleid en/of maatregelen bijstellen"),
        ],
    ),
)

ALL_ITEMS: tuple[ChecklistItem, ...] = tuple(item for step in STEPS for item in step.items)
ITEMS_BY_CODE: dict[str, ChecklistItem] = {item.code: item for item in ALL_ITEMS}


def step(number: int) -> Step:
    return STEPS[number - 1]
