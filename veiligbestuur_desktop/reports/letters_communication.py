"""The letters of step 5 on the house-style letter (reports/letter.py): a decision explained to those
involved, the invitation to an ordegesprek, and the verslag of an ordegesprek sent to the person afterwards.

Each is a function from plain facts to PDF bytes. The service decides the recipient's address: a person of
concern's own postal address, never a victim's home address (a letter to an office holder goes via the
gemeentehuis, `Recipient.via_town_hall`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from veiligbestuur_desktop.domain.rules import format_date, municipality_title
from veiligbestuur_desktop.reports.letter import LetterData, Letterhead, Recipient, render_letter


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    function: str


@dataclass(frozen=True, slots=True)
class DecisionLetterFacts:
    letterhead: Letterhead
    recipient: Recipient
    salutation: str  # "Geachte heer Jansen," / "Geachte bewoners,"
    letter_date: date
    reference: str
    subject: str  # "besluit over de windmolens"
    decision: str  # the decision's text
    explanation: str  # why, in plain words
    signer: Signer
    contact: str = ""  # "Inlichtingen bij"


def decision_letter(f: DecisionLetterFacts) -> LetterData:
    town = municipality_title(f.letterhead.municipality)
    paragraphs = [
        f"Het gemeentebestuur heeft een besluit genomen over {f.subject}. Wij vinden het belangrijk u uit te "
        "leggen wat er is besloten en waarom, omdat dit besluit u raakt.",
        "Het besluit luidt:",
        f.decision,
    ]
    if f.explanation:
        paragraphs += ["Toelichting", f.explanation]
    paragraphs += [
        "Wij begrijpen dat niet iedereen het met dit besluit eens is. U kunt uw zorgen of bezwaren met ons "
        "bespreken; neem daarvoor contact op via de gegevens in deze brief. Waar de wet dat mogelijk maakt, "
        "staat bezwaar of beroep open volgens de procedure die bij het besluit is bekendgemaakt.",
        f"{town} staat voor een open gesprek. Wij vragen u daarbij respect te tonen voor de mensen die het "
        "besluit nemen en uitvoeren: emotie mag, agressie niet.",
    ]
    return LetterData(
        letterhead=f.letterhead,
        recipient=f.recipient,
        date=f.letter_date,
        subject=f"Toelichting op het besluit over {f.subject}",
        salutation=f.salutation,
        paragraphs=tuple(paragraphs),
        signer_name=f.signer.name,
        signer_function=f.signer.function,
        reference=f.reference,
        contact=f.contact,
        title=f"Toelichting besluit — {f.subject}",
    )


@dataclass(frozen=True, slots=True)
class OrdegesprekFacts:
    letterhead: Letterhead
    recipient: Recipient
    salutation: str
    letter_date: date
    reference: str
    held_on: date
    signer: Signer
    at_time: time | None = None
    place: str = ""
    occasion: str = ""  # "het incident van 03-02-2026 (bedreiging)"; never a victim's name
    summary: str = ""  # why the conversation is held (the aanleiding)
    who: str = ""  # who holds the conversation for the municipality
    agreements: str = ""
    conduct_agreements: str = ""
    conduct_until: date | None = None
    report: str = ""
    next_contact: date | None = None
    contact: str = ""


def invitation_letter(f: OrdegesprekFacts) -> LetterData:
    when = format_date(f.held_on) + (f" om {f.at_time:%H:%M} uur" if f.at_time else "")
    where = f" in {f.place}" if f.place else " op het gemeentehuis"
    occasion = f" naar aanleiding van {f.occasion}" if f.occasion else ""
    paragraphs = [
        f"Hierbij nodigen wij u uit voor een gesprek{occasion}. Het gesprek vindt plaats op {when}{where}.",
    ]
    if f.summary:
        paragraphs += ["Aanleiding", f.summary]
    paragraphs += [
        "In dit gesprek bespreken wij met u het gedrag dat aanleiding gaf tot deze uitnodiging, wat wij van u "
        "verwachten en welke afspraken wij daarover maken. De gemeente staat voor een open gesprek: emotie "
        "mag, agressie niet.",
        "Wij verzoeken u uw komst te bevestigen. Bent u verhinderd, neem dan vóór de afspraak contact met ons "
        "op om een andere datum af te spreken. Komt u niet, dan kan de burgemeester verdere maatregelen nemen, "
        "zoals een schriftelijke waarschuwing of een toegangsverbod.",
    ]
    if f.who:
        paragraphs.append(f"Namens de gemeente voert {f.who} het gesprek.")
    return LetterData(
        letterhead=f.letterhead,
        recipient=f.recipient,
        date=f.letter_date,
        subject="Uitnodiging voor een gesprek (ordegesprek)",
        salutation=f.salutation,
        paragraphs=tuple(paragraphs),
        signer_name=f.signer.name,
        signer_function=f.signer.function,
        signer_on_behalf=f"De burgemeester van {f.letterhead.municipality},",
        reference=f.reference,
        contact=f.contact,
        confidential=True,
        title="Uitnodiging ordegesprek",
    )


def report_letter(f: OrdegesprekFacts) -> LetterData:
    paragraphs = [
        f"Op {format_date(f.held_on)} hebben wij met u een gesprek gevoerd"
        + (f" naar aanleiding van {f.occasion}" if f.occasion else "")
        + ". In deze brief leggen wij vast wat er is besproken en welke afspraken zijn gemaakt.",
        "Verslag",
        f.report,
    ]
    if f.agreements:
        paragraphs += ["Afspraken", f.agreements]
    if f.conduct_agreements:
        until = (
            f" Deze afspraken gelden tot en met {format_date(f.conduct_until)}." if f.conduct_until else ""
        )
        paragraphs += ["Gedragsafspraken", f.conduct_agreements + until]
    if f.next_contact:
        paragraphs.append(f"Wij nemen uiterlijk {format_date(f.next_contact)} opnieuw contact met u op.")
    paragraphs.append(
        "Houdt u zich niet aan deze afspraken, dan kan de burgemeester verdere maatregelen nemen, zoals een "
        "toegangsverbod voor het gemeentehuis of een gebiedsverbod. Bent u het niet eens met dit verslag, laat "
        "het ons dan binnen twee weken weten."
    )
    return LetterData(
        letterhead=f.letterhead,
        recipient=f.recipient,
        date=f.letter_date,
        subject=f"Verslag van ons gesprek van {format_date(f.held_on)}",
        salutation=f.salutation,
        paragraphs=tuple(paragraphs),
        signer_name=f.signer.name,
        signer_function=f.signer.function,
        signer_on_behalf=f"De burgemeester van {f.letterhead.municipality},",
        reference=f.reference,
        contact=f.contact,
        confidential=True,
        title="Verslag ordegesprek",
    )


def render_decision_letter(f: DecisionLetterFacts) -> bytes:
    return render_letter(decision_letter(f))


def render_invitation(f: OrdegesprekFacts) -> bytes:
    return render_letter(invitation_letter(f))


def render_report_letter(f: OrdegesprekFacts) -> bytes:
    return render_letter(report_letter(f))
