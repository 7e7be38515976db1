"""The letters of step 3, filled from plain facts (the services gather them from the records):

- a schriftelijke waarschuwing, an uitnodiging voor een ordegesprek and a toegangsverbod, to the veroorzaker
  of a sanction (at the postal address recorded for that person);
- an aangifte-ondersteuningsbrief for a victim and an incident: it confirms the public role, asks the police
  for the VPT-code and ELA handling, and gives the gemeentehuis as domicilie. It never holds the victim's home
  address: the recipient block is the police, the victim's address is the gemeentehuis.

Each is a function from its facts to a `LetterData` (reports/letter.py), so the text can be tested without a
vault; `render_*` gives the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.reports.letter import LetterData, Letterhead, Recipient, render_letter


@dataclass(frozen=True, slots=True)
class Signer:
    name: str  # may be "" (only the function is printed)
    function: str  # "burgemeester", "loco-burgemeester"


@dataclass(frozen=True, slots=True)
class SanctionLetterFacts:
    """What a sanction letter says. `kind`: "waarschuwing", "ordegesprek" or "toegangsverbod"."""

    kind: str
    letterhead: Letterhead
    signer: Signer
    reference: str  # "Ons kenmerk", e.g. "S-2026-0003"
    letter_date: date
    person_name: str
    person_address: str  # the veroorzaker's postal address as recorded ("" when unknown)
    step_title: str
    decided_on: date | None = None
    ends_on: date | None = None
    legal_basis: str = ""
    bezwaar: str = ""
    incident_date: date | None = None
    incident_categories: Sequence[str] = field(default_factory=tuple)
    behaviour: str = ""  # the coordinator's description of the behaviour (sanction notes)
    meeting: str = ""  # ordegesprek: when and where ("dinsdag 17-03-2026 om 10.00 uur, gemeentehuis")
    contact: str = ""  # "Inlichtingen bij"


@dataclass(frozen=True, slots=True)
class AangifteLetterFacts:
    letterhead: Letterhead
    signer: Signer
    letter_date: date
    incident_number: str
    incident_date: date
    incident_categories: Sequence[str]
    victim_name: str
    victim_role: str  # "wethouder", "raadslid", "partner van wethouder A. Bakker"
    police_contact: str = ""  # from the ketenafspraken: the ELA-contactfunctionaris
    contact: str = ""


def _salutation(name: str) -> str:
    return f"Geachte {name}," if name else "Geachte heer, mevrouw,"


def _what(facts: SanctionLetterFacts) -> str:
    cats = ", ".join(facts.incident_categories)
    if facts.incident_date and cats:
        return f"Op {format_date(facts.incident_date)} heeft u zich gedragen op een manier die wij niet accepteren ({cats})."
    if facts.incident_date:
        return f"Op {format_date(facts.incident_date)} heeft u zich gedragen op een manier die wij niet accepteren."
    return "U heeft zich gedragen op een manier die wij niet accepteren."


NORM = (
    "Bestuurders, raadsleden en medewerkers van de gemeente moeten hun werk veilig en ongestoord kunnen doen. "
    "Emotie mag, agressie niet: op agressie, intimidatie of bedreiging volgt altijd een reactie."
)


def sanction_letter(f: SanctionLetterFacts) -> LetterData:
    paragraphs: list[str] = [_what(f)]
    if f.behaviour:
        paragraphs.append(f.behaviour)
    paragraphs.append(NORM)
    if f.kind == "waarschuwing":
        subject = "Schriftelijke waarschuwing"
        paragraphs += [
            "Met deze brief geven wij u een schriftelijke waarschuwing. Wij verzoeken u dringend dit gedrag niet "
            "te herhalen.",
            "Als u zich opnieuw zo gedraagt, kunnen wij zwaardere maatregelen nemen, zoals een ordegesprek, een "
            "toegangsverbod voor het gemeentehuis of aangifte bij de politie.",
        ]
    elif f.kind == "ordegesprek":
        subject = "Uitnodiging voor een ordegesprek"
        when = f.meeting or "een moment dat wij telefonisch met u afspreken"
        paragraphs += [
            f"Wij nodigen u uit voor een ordegesprek op {when}. In dat gesprek bespreken wij wat er is gebeurd, "
            "welk gedrag wij van u verwachten en welke afspraken wij daarover maken.",
            "De afspraken uit het gesprek bevestigen wij schriftelijk. Komt u niet, of houdt u zich niet aan de "
            "afspraken, dan kunnen wij verdere maatregelen nemen.",
        ]
    elif f.kind == "toegangsverbod":
        subject = "Toegangsverbod gemeentehuis"
        start = format_date(f.decided_on or f.letter_date)
        period = f"van {start} tot en met {format_date(f.ends_on)}" if f.ends_on else f"vanaf {start}"
        basis = f" op grond van {f.legal_basis}" if f.legal_basis else ""
        paragraphs += [
            f"Daarom is besloten u{basis} de toegang tot het gemeentehuis te ontzeggen, {period}. In die periode "
            "mag u het gemeentehuis en de bijbehorende terreinen niet betreden.",
            "Heeft u in deze periode een afspraak nodig met de gemeente, neem dan schriftelijk of telefonisch "
            "contact op; wij zorgen dan voor een passende oplossing. De politie is over dit verbod geïnformeerd. "
            "Overtreding van het verbod kan leiden tot aangifte van lokaalvredebreuk.",
        ]
        if f.bezwaar:
            paragraphs.append(
                f"Bezwaar: {f.bezwaar}. Vermeld in uw bezwaarschrift het kenmerk van deze brief."
            )
    else:
        raise ValueError(f.kind)
    return LetterData(
        letterhead=f.letterhead,
        recipient=Recipient(f.person_name, f.person_address),
        date=f.letter_date,
        subject=subject,
        salutation=_salutation(f.person_name),
        paragraphs=tuple(paragraphs),
        signer_name=f.signer.name,
        signer_function=f.signer.function,
        reference=f.reference,
        contact=f.contact,
        confidential=True,
        title=f"{subject} ({f.reference})",
    )


def aangifte_letter(f: AangifteLetterFacts) -> LetterData:
    """Addressed to the police; the victim's address is the gemeentehuis (domicilie), never their home."""
    head = f.letterhead
    town_hall = (head.visiting_address.strip() or head.mail_address).replace("\n", ", ") or head.title
    cats = ", ".join(f.incident_categories) or "een strafbaar feit"
    paragraphs: tuple[str, ...] = (
        f"{f.victim_name} is {f.victim_role} van de {head.title.replace('Gemeente ', 'gemeente ')}. Op "
        f"{format_date(f.incident_date)} is {f.victim_name} in verband met deze publieke functie het slachtoffer "
        f"geworden van {cats} (ons incidentnummer {f.incident_number}). Met deze brief bevestigen wij die publieke "
        "functie en ondersteunen wij de aangifte.",
        "Wij verzoeken u de aangifte te registreren met de VPT-code (Veilige Publieke Taak) en haar te behandelen "
        "volgens de Eenduidige Landelijke Afspraken (ELA). Het Openbaar Ministerie eist bij strafbare feiten tegen "
        "personen met een publieke taak een hogere straf.",
        f"Voor deze aangifte kiest {f.victim_name} domicilie op het gemeentehuis: {town_hall}. Wij verzoeken u "
        "het woonadres niet in de aangifte of het proces-verbaal op te nemen; post en oproepen kunnen naar het "
        "gemeentehuis worden gestuurd.",
    )
    if f.police_contact:
        paragraphs += (f"Ons aanspreekpunt bij de politie voor deze afspraken is: {f.police_contact}.",)
    return LetterData(
        letterhead=head,
        recipient=Recipient("Politie Nederland", "t.a.v. de medewerker die de aangifte opneemt"),
        date=f.letter_date,
        subject=f"Ondersteuning aangifte {f.victim_role} — verzoek VPT-code",
        salutation="Geachte heer, mevrouw,",
        paragraphs=paragraphs,
        signer_name=f.signer.name,
        signer_function=f.signer.function,
        reference=f.incident_number,
        contact=f.contact,
        confidential=True,
        title=f"Aangifte-ondersteuningsbrief ({f.incident_number})",
    )


def render_sanction_letter(f: SanctionLetterFacts) -> bytes:
    return render_letter(sanction_letter(f))


def render_aangifte_letter(f: AangifteLetterFacts) -> bytes:
    return render_letter(aangifte_letter(f))
