"""The sanction policy (sanctiebeleid) of step 3 and the sanctions a person gets (issue 10: "Sanctions belong to
the person").

The ladder is an editable list of steps, each with its criteria, who decides, the duration, the legal basis,
bezwaar and the letter it uses; the national defaults (`DEFAULT_LADDER`) are seeded by migration 0010. A
sanction is a record of a veroorzaker (a betrokkene in Personen): the ladder step, who decided and when, the
end date, the bezwaar dates and optionally the incident it answers.

The one rule that spans both: when the burgemeester is the victim, the burgemeester does not decide — the
loco-burgemeester does (`decider_for`, `check_decider`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.vocab import Vocab, _labels


class Decider(Vocab):
    BURGEMEESTER = "burgemeester"
    LOCO_BURGEMEESTER = "loco_burgemeester"
    VOORZITTER_RAAD = "voorzitter_raad"
    COLLEGE = "college"
    GEMEENTESECRETARIS = "gemeentesecretaris"
    SLACHTOFFER = "slachtoffer"
    RECHTER = "rechter"


_labels(
    Decider,
    {
        "burgemeester": "burgemeester",
        "loco_burgemeester": "loco-burgemeester",
        "voorzitter_raad": "voorzitter van de raad",
        "college": "college van B&W",
        "gemeentesecretaris": "gemeentesecretaris",
        "slachtoffer": "slachtoffer (met steun van de gemeente)",
        "rechter": "rechter (op vordering van gemeente of slachtoffer)",
    },
)

# The burgemeester's own powers: another decides when the burgemeester is the victim (the voorzitter van de
# raad is the burgemeester too).
BURGEMEESTER_POWERS = frozenset({Decider.BURGEMEESTER, Decider.VOORZITTER_RAAD})


def decider_for(decider: Decider, burgemeester_is_victim: bool) -> Decider:
    """Who decides in this case: the loco-burgemeester instead of the burgemeester when the burgemeester is
    the victim (nobody decides in their own case)."""
    if burgemeester_is_victim and decider in BURGEMEESTER_POWERS:
        return Decider.LOCO_BURGEMEESTER
    return decider


def check_decider(decided_by: Decider | None, burgemeester_is_victim: bool) -> None:
    if decided_by is not None and burgemeester_is_victim and decided_by in BURGEMEESTER_POWERS:
        raise ValidationError(
            tr(
                "sanctions",
                "De burgemeester is slachtoffer van dit incident en beslist daarom niet zelf. Kies de "
                "loco-burgemeester als beslisser.",
            ),
            field="decided_by",
        )


class LetterKind(Vocab):
    GEEN = "geen"
    WAARSCHUWING = "waarschuwing"
    ORDEGESPREK = "ordegesprek"
    TOEGANGSVERBOD = "toegangsverbod"


_labels(
    LetterKind,
    {
        "geen": "geen brief",
        "waarschuwing": "brief schriftelijke waarschuwing",
        "ordegesprek": "uitnodiging ordegesprek",
        "toegangsverbod": "brief toegangsverbod",
    },
)


@dataclass(frozen=True, slots=True)
class LadderStepDraft:
    """One step of the sanction ladder."""

    title: str
    rank: int = 1  # its place on the ladder, 1 = the lightest
    criteria: str = ""
    decider: Decider = Decider.BURGEMEESTER
    duration: str = ""  # "eenmalig", "maximaal 12 maanden"
    legal_basis: str = ""
    bezwaar: str = ""  # whether and how bezwaar is open
    letter: LetterKind = LetterKind.GEEN
    active: bool = True
    code: str = ""  # the seeded steps' stable code ("gebiedsverbod"); "" for the coordinator's own


def _s(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="sanctions", **kw)


LADDER_STEP = RecordKind(
    "sanction_step",
    "trede van de sanctieladder",
    (
        _s("rank", "Trede", FieldKind.TEXT, noun="de trede", form=False, column=True),
        _s(
            "title",
            "Maatregel",
            FieldKind.TEXT,
            noun="de naam van de maatregel",
            max_len=120,
            required=True,
            column=True,
        ),
        _s(
            "criteria",
            "Criteria",
            FieldKind.LONG_TEXT,
            noun="de criteria",
            max_len=2000,
            help="bij welk gedrag deze maatregel past",
        ),
        _s(
            "decider",
            "Wie beslist",
            FieldKind.CHOICE,
            noun="wie beslist",
            vocab=Decider,
            required=True,
            column=True,
        ),
        _s("duration", "Duur", FieldKind.TEXT, noun="de duur", max_len=120, column=True),
        _s("legal_basis", "Grondslag", FieldKind.TEXT, noun="de grondslag", max_len=200, column=True),
        _s("bezwaar", "Bezwaar", FieldKind.TEXT, noun="de bezwaarmogelijkheid", max_len=300, multiline=True),
        _s("letter", "Brief", FieldKind.CHOICE, noun="de brief", vocab=LetterKind, required=True),
        _s("active", "In gebruik", FieldKind.FLAG, column=True),
    ),
    context="sanctions",
)


def check_ladder_step(d: LadderStepDraft, today: date | None = None) -> LadderStepDraft:
    d = LADDER_STEP.clean(d, today, skip=("rank",))
    if not 1 <= int(d.rank) <= 99:
        raise ValidationError(tr("sanctions", "Kies een trede tussen 1 en 99."), field="rank")
    return d


# The national defaults (the handreiking, Gemeentewet, the model huisregels): seeded by migration 0010.
# (code, title, criteria, decider, duration, legal basis, bezwaar, letter)
DEFAULT_LADDER: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "waarschuwing",
        "Schriftelijke waarschuwing",
        "Grensoverschrijdend gedrag zonder strafbaar feit, of een eerste licht strafbaar feit (belediging); "
        "de veroorzaker is bekend.",
        "burgemeester",
        "eenmalig",
        "huisrecht; gedragsnorm uit het agressieprotocol",
        "geen bezwaar: geen besluit in de zin van de Awb",
        "waarschuwing",
    ),
    (
        "ordegesprek",
        "Ordegesprek",
        "Herhaald grensoverschrijdend gedrag, of gedrag na een waarschuwing; het gesprek legt de norm uit en "
        "maakt afspraken.",
        "burgemeester",
        "eenmalig, met schriftelijke bevestiging van de afspraken",
        "agressieprotocol",
        "geen bezwaar",
        "ordegesprek",
    ),
    (
        "toegangsverbod",
        "Toegangsverbod gemeentehuis",
        "Agressie of bedreiging in of bij het gemeentehuis; vereist zichtbare huisregels en een brief met het "
        "gedrag en de duur; de politie wordt geïnformeerd.",
        "burgemeester",
        "maximaal 12 maanden",
        "huisregels gemeentehuis (huisrecht, art. 138 Sr bij overtreding)",
        "bezwaar binnen zes weken (Awb) bij het bestuursorgaan dat besloot",
        "toegangsverbod",
    ),
    (
        "tribune",
        "Verwijdering van de publieke tribune",
        "Verstoring van de orde in een raads- of commissievergadering.",
        "voorzitter_raad",
        "de vergadering; bij herhaling een toegangsverbod",
        "art. 26 Gemeentewet (orde in de vergadering)",
        "geen bezwaar: een ordemaatregel van de voorzitter",
        "geen",
    ),
    (
        "gebiedsverbod",
        "Gebiedsverbod",
        "Ernstige vrees voor verstoring van de openbare orde door herhaalde hinder of bedreiging in een "
        "gebied (bijv. rond de woning van de ambtsdrager); proportioneel en subsidiair.",
        "burgemeester",
        "maximaal drie maanden, te verlengen",
        "art. 172a Gemeentewet",
        "bezwaar binnen zes weken en voorlopige voorziening bij de rechter",
        "geen",
    ),
    (
        "civiel_verbod",
        "Civiel contact- of straatverbod",
        "Aanhoudende belaging of intimidatie waartegen bestuursrechtelijke maatregelen niet volstaan.",
        "rechter",
        "zoals de rechter bepaalt",
        "onrechtmatige daad, art. 6:162 BW (kort geding)",
        "hoger beroep volgens het burgerlijk procesrecht",
        "geen",
    ),
    (
        "aangifte",
        "Aangifte",
        "Elk strafbaar feit (bedreiging, belaging, doxing, geweld, vernieling); met VPT-code en domicilie "
        "op het gemeentehuis.",
        "slachtoffer",
        "tot de beslissing van het OM",
        "Wetboek van Strafvordering; ELA-afspraken",
        "beklag bij het gerechtshof tegen niet-vervolgen (art. 12 Sv)",
        "geen",
    ),
    (
        "schadeverhaal",
        "Schadeverhaal",
        "Materiële of immateriële schade door het incident; namens het slachtoffer of voor de gemeente.",
        "college",
        "tot de schade is vergoed",
        "voeging in het strafproces (art. 51f Sv) of een civiele vordering",
        "volgens de gekozen procedure",
        "geen",
    ),
)


def default_ladder() -> list[LadderStepDraft]:
    return [
        LadderStepDraft(
            code=code,
            title=title,
            rank=n,
            criteria=criteria,
            decider=Decider(decider),
            duration=duration,
            legal_basis=basis,
            bezwaar=bezwaar,
            letter=LetterKind(letter),
        )
        for n, (code, title, criteria, decider, duration, basis, bezwaar, letter) in enumerate(
            DEFAULT_LADDER, start=1
        )
    ]


# --- a person's sanction ------------------------------------------------------------------------------------


class SanctionStatus(Vocab):
    VOORGENOMEN = "voorgenomen"
    OPGELEGD = "opgelegd"
    AFGELOPEN = "afgelopen"
    INGETROKKEN = "ingetrokken"


_labels(
    SanctionStatus,
    {
        "voorgenomen": "voorgenomen",
        "opgelegd": "opgelegd",
        "afgelopen": "afgelopen",
        "ingetrokken": "ingetrokken",
    },
)

SANCTION_FLOW: dict[str, frozenset[str]] = {
    "voorgenomen": frozenset({"voorgenomen", "opgelegd", "ingetrokken"}),
    "opgelegd": frozenset({"opgelegd", "afgelopen", "ingetrokken"}),
    "afgelopen": frozenset({"afgelopen"}),
    "ingetrokken": frozenset({"ingetrokken"}),
}


@dataclass(frozen=True, slots=True)
class SanctionDraft:
    person_id: int | None
    step_id: int | None
    status: SanctionStatus = SanctionStatus.VOORGENOMEN
    decided_by: Decider | None = None
    decided_on: date | None = None
    ends_on: date | None = None
    incident_id: int | None = None
    letter_sent_on: date | None = None
    bezwaar_filed_on: date | None = None
    bezwaar_decided_on: date | None = None
    notes: str = ""


SANCTION = RecordKind(
    "sanction",
    "sanctie",
    (
        _s(
            "person_id",
            "Veroorzaker",
            FieldKind.PERSON,
            noun="de veroorzaker",
            required=True,
            person_kinds=("betrokkene",),
            column=True,
            group="Sanctie",
        ),
        _s(
            "step_id",
            "Maatregel",
            FieldKind.RECORD,
            noun="de maatregel",
            vocabulary="sanction_steps",
            required=True,
            column=True,
            group="Sanctie",
        ),
        _s(
            "status",
            "Status",
            FieldKind.CHOICE,
            noun="de status",
            vocab=SanctionStatus,
            required=True,
            column=True,
            sortable=True,
            group="Sanctie",
        ),
        _s(
            "incident_id",
            "Incident",
            FieldKind.RECORD,
            noun="het incident",
            vocabulary="incidents",
            column=True,
            group="Sanctie",
            help="het incident waarop de sanctie volgt (optioneel)",
        ),
        _s(
            "decided_by",
            "Besloten door",
            FieldKind.CHOICE,
            noun="wie besloot",
            vocab=Decider,
            group="Besluit",
        ),
        _s(
            "decided_on",
            "Besluitdatum",
            FieldKind.DATE,
            noun="de besluitdatum",
            not_future=True,
            column=True,
            sortable=True,
            group="Besluit",
        ),
        _s(
            "ends_on",
            "Einddatum",
            FieldKind.DATE,
            noun="de einddatum",
            column=True,
            sortable=True,
            group="Besluit",
        ),
        _s(
            "letter_sent_on",
            "Brief verstuurd op",
            FieldKind.DATE,
            noun="de verzenddatum van de brief",
            not_future=True,
            group="Besluit",
        ),
        _s(
            "bezwaar_filed_on",
            "Bezwaar ingediend op",
            FieldKind.DATE,
            noun="de datum van het bezwaar",
            not_future=True,
            group="Bezwaar",
        ),
        _s(
            "bezwaar_decided_on",
            "Beslissing op bezwaar",
            FieldKind.DATE,
            noun="de datum van de beslissing op bezwaar",
            not_future=True,
            group="Bezwaar",
        ),
        _s(
            "notes",
            "Toelichting",
            FieldKind.LONG_TEXT,
            noun="de toelichting",
            max_len=4000,
            group="Toelichting",
            help="het gedrag en de afweging (proportionaliteit); geen strafrechtelijk verleden",
        ),
    ),
    context="sanctions",
)


def check_sanction(
    d: SanctionDraft, today: date | None = None, before: SanctionStatus | None = None
) -> SanctionDraft:
    today = today or date.today()
    d = SANCTION.clean(d, today)
    status = SanctionStatus(d.status)
    if before is not None and status.value not in SANCTION_FLOW[SanctionStatus(before).value]:
        raise ValidationError(
            tr("sanctions", "Een sanctie die {before} is, kan niet meer {after} worden.").format(
                before=SanctionStatus(before).label, after=status.label
            ),
            field="status",
        )
    if status != SanctionStatus.VOORGENOMEN:
        if d.decided_on is None:
            raise ValidationError(
                tr("sanctions", "Vul de besluitdatum in: een opgelegde sanctie heeft een besluit."),
                field="decided_on",
            )
        if d.decided_by is None:
            raise ValidationError(tr("sanctions", "Kies wie over de sanctie besloot."), field="decided_by")
    if d.ends_on and d.decided_on and d.ends_on < d.decided_on:
        raise ValidationError(
            tr("sanctions", "De einddatum ligt vóór de besluitdatum. Controleer beide datums."),
            field="ends_on",
        )
    if d.bezwaar_decided_on and not d.bezwaar_filed_on:
        raise ValidationError(
            tr("sanctions", "Vul eerst in wanneer het bezwaar is ingediend."), field="bezwaar_filed_on"
        )
    if d.bezwaar_filed_on and d.decided_on and d.bezwaar_filed_on < d.decided_on:
        raise ValidationError(
            tr("sanctions", "Het bezwaar kan niet vóór het besluit zijn ingediend."), field="bezwaar_filed_on"
        )
    if d.bezwaar_decided_on and d.bezwaar_filed_on and d.bezwaar_decided_on < d.bezwaar_filed_on:
        raise ValidationError(
            tr("sanctions", "De beslissing op bezwaar ligt vóór het bezwaar. Controleer beide datums."),
            field="bezwaar_decided_on",
        )
    return d


def sanction_in_force(d: SanctionDraft, today: date) -> bool:
    return SanctionStatus(d.status) == SanctionStatus.OPGELEGD and (d.ends_on is None or d.ends_on >= today)
