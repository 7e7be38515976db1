"""Steps 4 and 5 in the shared parts of the app: their documents (the meeting risk sheet, the minutes of an
incident review, the letter explaining a decision, the invitation to and the verslag of an ordegesprek), the
evidence of their checklist items, and their demo records.

Avoidance signals are never in a document: only counts reach the checklist's evidence line.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain import i18n
from veiligbestuur_desktop.domain.actions import (
    ActionDraft,
    ActionSource,
    ActionStatus,
    Recurrence,
)
from veiligbestuur_desktop.domain.communication import (
    CommunicationDraft,
    CommunicationKind,
    ContactKind,
    ContactLogDraft,
    InformedAbout,
    VictimInformedDraft,
)
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.execution import (
    AvoidanceKind,
    AvoidanceSignalDraft,
    Forum,
    IncidentReviewDraft,
    MeetingCheckDraft,
    MeetingKind,
    MeetingMeasure,
    MeetingSignal,
    RiskLevel,
    SignalFollowUp,
    SignalSource,
    SignalStatus,
)
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import PersonKind, display_name
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.steps import DEFAULT_FREQUENCY, next_due
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.actions import ActionService
from veiligbestuur_desktop.services.communication import CommunicationService, VictimInformedService
from veiligbestuur_desktop.services.contact_log import ContactLogService
from veiligbestuur_desktop.services.extensions import (
    DocumentSpec,
    register_demo,
    register_document,
    register_evidence,
)
from veiligbestuur_desktop.services.incident_report import Pseudonymiser
from veiligbestuur_desktop.services.meetings import MeetingService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import Evidence
from veiligbestuur_desktop.services.reviews import ReviewService
from veiligbestuur_desktop.services.signals import SignalService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import settings
from veiligbestuur_desktop.store.execution import IncidentRef, incident_people, incident_refs

if TYPE_CHECKING:  # the report modules load ReportLab: only when a document is made
    from veiligbestuur_desktop.reports.letter import Letterhead, Recipient
    from veiligbestuur_desktop.reports.letters_communication import (
        DecisionLetterFacts,
        OrdegesprekFacts,
        Signer,
    )
    from veiligbestuur_desktop.reports.meeting_sheet import MeetingSheetData
    from veiligbestuur_desktop.reports.review_minutes import (
        ReviewMinutesData,
    )

# --- shared facts ------------------------------------------------------------------------------------------------


def _municipality(ws: Workspace) -> str:
    with ws.reading() as s:
        return settings.get(s, settings.MUNICIPALITY)


def _refs(ws: Workspace, ids: tuple[int, ...]) -> list[IncidentRef]:
    if not ids:
        return []
    with ws.reading() as s:
        found = {r.id: r for r in incident_refs(s, ids=ids)}
    return [found[i] for i in ids if i in found]


def _letterhead(ws: Workspace) -> tuple[Letterhead, Signer, str]:
    """The Briefhoofd of step 3 (when that area is present), else the municipality's name; the signer; and
    the 'Inlichtingen bij' line (the coordinator)."""
    from veiligbestuur_desktop.reports.letter import Letterhead
    from veiligbestuur_desktop.reports.letters_communication import Signer

    with ws.reading() as s:
        municipality = settings.get(s, settings.MUNICIPALITY)
        coordinator = settings.get(s, settings.COORDINATOR)
    head = Letterhead(municipality=municipality)
    signer = Signer("", "burgemeester")
    phone = ""
    try:
        from veiligbestuur_desktop.services.letters import LetterService
        from veiligbestuur_desktop.services.preparation import PreparationSettings

        head = LetterService(ws).letterhead()
        h = PreparationSettings(ws).letterhead()
        signer = Signer(h.signer_name, h.signer_function or "burgemeester")
        phone = h.phone
    except ImportError:  # step 3's Briefhoofd is not part of this installation
        pass
    contact = (
        "Coördinator veiligheid"
        + (f" {coordinator}" if coordinator else "")
        + (f", {phone}" if phone else "")
    )
    return head, signer, contact


def _recipient(
    ws: Workspace, person_id: int | None, head: Letterhead, fallback: str
) -> tuple[Recipient, str]:
    """(recipient, salutation). A person of concern gets the letter at their own address as recorded; anyone
    who is a victim of an incident only via the gemeentehuis: never a victim's home address."""
    from veiligbestuur_desktop.reports.letter import Recipient

    if person_id is None:
        return Recipient(fallback[:1].upper() + fallback[1:]), "Geachte heer, mevrouw,"
    p = PersonService(ws).get(person_id)
    name = display_name(p.name, p.description)
    with ContactLogService(ws).reading() as repo:
        victim = repo.is_victim(person_id)
    if p.kind != PersonKind.BETROKKENE or victim:
        return Recipient.via_town_hall(name, head), f"Geachte {name},"
    return Recipient(name, p.address), f"Geachte {name}," if p.name else "Geachte heer, mevrouw,"


# --- step 4 documents --------------------------------------------------------------------------------------------


def meeting_sheet_data(ws: Workspace, meeting_id: int) -> MeetingSheetData:
    from veiligbestuur_desktop.reports.meeting_sheet import MeetingSheetData

    with i18n.dutch():
        d = MeetingService(ws).get(meeting_id)
        refs = _refs(ws, d.incident_ids)
        assert d.held_on is not None and d.level is not None
        return MeetingSheetData(
            municipality=_municipality(ws),
            generated_at=datetime.now(UTC),
            title=d.title,
            kind=MeetingKind(d.meeting_kind).label,
            held_on=d.held_on,
            level=RiskLevel(d.level).value,
            level_label=RiskLevel(d.level).label,
            location=d.location,
            expected_attendance=d.expected_attendance,
            agenda_items=d.agenda_items,
            signals=tuple(MeetingSignal(s).label for s in d.signals),
            incidents=tuple(
                f"{r.number} · {format_date(r.occurred_on)} · {', '.join(r.categories) or '—'}" for r in refs
            ),
            signal_note=d.signal_note,
            measures=tuple(MeetingMeasure(m).label for m in d.measures),
            measure_note=d.measure_note,
            outcome=d.outcome,
        )


def review_minutes_data(ws: Workspace, review_id: int, *, pseudonymise: bool = True) -> ReviewMinutesData:
    """The minutes' data; pseudonymised: incidents by number and category, names in the text as initials."""
    from veiligbestuur_desktop.reports.review_minutes import (
        DecisionLine,
        DiscussedIncident,
        ReviewMinutesData,
    )

    with i18n.dutch():
        d = ReviewService(ws).get(review_id)
        refs = _refs(ws, d.incident_ids)
        actions = ActionService(ws).for_source(ActionSource.INCIDENTBESPREKING, review_id)
        with ws.reading() as s:
            names = incident_people(s, d.incident_ids)
        px = Pseudonymiser(names) if pseudonymise else (lambda v: v)
        assert d.held_on is not None
        return ReviewMinutesData(
            municipality=_municipality(ws),
            generated_at=datetime.now(UTC),
            held_on=d.held_on,
            forum=Forum(d.forum).label,
            incidents=tuple(DiscussedIncident(r.number, ", ".join(r.categories)) for r in refs),
            conclusions=px(d.conclusions),
            decisions=tuple(
                DecisionLine(
                    px(a.values["title"]),
                    a.values["owner"],
                    a.values["deadline"],
                    ActionStatus(a.values["status"]).label,
                )
                for a in actions
            ),
            pseudonymised=pseudonymise,
        )


def _latest_review(ws: Workspace) -> int | None:
    found = ReviewService(ws).latest()
    return None if found is None else found[0]


register_document(
    DocumentSpec(
        name="bijeenkomst-risico",
        title="Risicoblad bijeenkomst",
        step=4,
        render=lambda ws, rid: _meeting_sheet_pdf(meeting_sheet_data(ws, rid or 0)),
        record_kind="meeting_check",
        current=lambda ws: MeetingService(ws).current(),
        description="De risico-inschatting van één bijeenkomst op één pagina (standaard: de eerstvolgende).",
    )
)
register_document(
    DocumentSpec(
        name="verslag-incidentbespreking",
        title="Verslag incidentbespreking",
        step=4,
        render=lambda ws, rid: _review_minutes_pdf(review_minutes_data(ws, rid or 0)),
        record_kind="incident_review",
        current=_latest_review,
        description="Verslag van een incidentbespreking, gepseudonimiseerd: incidenten op nummer, geen namen.",
    )
)


# --- step 5 letters ----------------------------------------------------------------------------------------------


def decision_letter_facts(
    ws: Workspace, communication_id: int, today: date | None = None
) -> DecisionLetterFacts:
    from veiligbestuur_desktop.reports.letters_communication import DecisionLetterFacts

    with i18n.dutch():
        d = CommunicationService(ws).get(communication_id)
        if d.kind != CommunicationKind.TOELICHTING_BESLUIT:
            raise ValidationError(
                tr(
                    "documents",
                    "Deze communicatieactie is geen toelichting op een besluit. Kies een communicatieactie van "
                    "die soort.",
                )
            )
        head, signer, contact = _letterhead(ws)
        recipient, salutation = _recipient(ws, d.person_id, head, d.audience)
        year = (d.held_on or date.today()).year
        return DecisionLetterFacts(
            letterhead=head,
            recipient=recipient,
            salutation=salutation,
            letter_date=today or date.today(),
            reference=f"VB/{year}/C{communication_id}",
            subject=_subject(d.subject),
            decision=d.decision,
            explanation=d.explanation,
            signer=signer,
            contact=contact,
        )


def _subject(subject: str) -> str:
    """'Besluit over de windmolens' → 'de windmolens' (the letter says 'het besluit over …')."""
    s = subject.strip()
    for lead in ("besluit over ", "het besluit over "):
        if s.lower().startswith(lead):
            return s[len(lead) :]
    return s[:1].lower() + s[1:] if s[:1].isupper() and not s[1:2].isupper() else s


def ordegesprek_facts(
    ws: Workspace, log_id: int, today: date | None = None, *, report: bool = False
) -> OrdegesprekFacts:
    from veiligbestuur_desktop.reports.letters_communication import OrdegesprekFacts

    with i18n.dutch():
        d = ContactLogService(ws).get(log_id)
        if d.channel != ContactKind.ORDEGESPREK:
            raise ValidationError(
                tr(
                    "documents",
                    "Dit contactmoment is geen ordegesprek. Kies een contactmoment van de soort ordegesprek.",
                )
            )
        if report and not d.report:
            raise ValidationError(
                tr(
                    "documents",
                    "Bij dit ordegesprek is nog geen verslag ingevuld. Vul het verslag in bij "
                    "Contactlog (stap 5).",
                )
            )
        head, signer, contact = _letterhead(ws)
        recipient, salutation = _recipient(ws, d.person_id, head, "")
        occasion = ""
        if d.incident_id is not None:
            refs = _refs(ws, (d.incident_id,))
            if refs:
                cats = ", ".join(refs[0].categories)
                occasion = f"het incident van {format_date(refs[0].occurred_on)}" + (
                    f" ({cats})" if cats else ""
                )
        assert d.on is not None
        return OrdegesprekFacts(
            letterhead=head,
            recipient=recipient,
            salutation=salutation,
            letter_date=today or date.today(),
            reference=f"VB/{d.on.year}/O{log_id}",
            held_on=d.on,
            signer=signer,
            at_time=d.at_time,
            place=d.place,
            occasion=occasion,
            summary=d.summary,
            who=d.who,
            agreements=d.agreements,
            conduct_agreements=d.conduct_agreements,
            conduct_until=d.conduct_until,
            report=d.report,
            next_contact=d.next_contact,
            contact=contact,
        )


def _current_ordegesprek(ws: Workspace, with_report: bool) -> int | None:
    svc = ContactLogService(ws)
    for row in svc.ordegesprekken():
        if not with_report or row.values["report"]:
            return int(row.id)
    return None


register_document(
    DocumentSpec(
        name="brief-toelichting-besluit",
        title="Brief toelichting besluit",
        step=5,
        render=lambda ws, rid: _decision_letter_pdf(decision_letter_facts(ws, rid or 0)),
        record_kind="communication",
        current=lambda ws: CommunicationService(ws).current_letter(),
        description="Brief die een genomen besluit uitlegt aan betrokkenen (een communicatieactie "
        "‘toelichting op een besluit’).",
    )
)
register_document(
    DocumentSpec(
        name="uitnodiging-ordegesprek",
        title="Uitnodiging ordegesprek",
        step=5,
        render=lambda ws, rid: _invitation_pdf(ordegesprek_facts(ws, rid or 0)),
        record_kind="contact_log",
        current=lambda ws: _current_ordegesprek(ws, False),
        description="Uitnodiging voor een ordegesprek, uit een contactmoment van de soort ordegesprek.",
    )
)
register_document(
    DocumentSpec(
        name="verslag-ordegesprek",
        title="Verslag ordegesprek",
        step=5,
        render=lambda ws, rid: _report_letter_pdf(ordegesprek_facts(ws, rid or 0, report=True)),
        record_kind="contact_log",
        current=lambda ws: _current_ordegesprek(ws, True),
        description="Het verslag van een ordegesprek als brief aan de veroorzaker, met de gedragsafspraken.",
    )
)


# --- evidence of the checklist items of steps 4 and 5 ------------------------------------------------------------


def _current(code: str, last: date | None, today: date) -> bool:
    """Done recently enough for the item's frequency (the plan's next-due rule)."""
    if last is None:
        return False
    due = next_due(last, DEFAULT_FREQUENCY[code])
    return due is None or due >= today


def _ev(code: str, today: date, ok: bool, text: str) -> Evidence:
    if ok:
        return Evidence(code, today.year, 1, 1, text, ItemStatus.GEREED)
    return Evidence(code, today.year, 0, 1, text, None)


def step4_evidence(ws: Workspace, today: date) -> dict[str, Evidence]:
    out: dict[str, Evidence] = {}
    actions = ActionService(ws)
    open_n = actions.open_count()
    late = actions.overdue(today, limit=1)
    late_n = actions.overdue_count(today)
    code = "uitvoering_maatregelen"
    if late:
        out[code] = _ev(
            code,
            today,
            False,
            tr("steps", "{n} actiepunt(en) verlopen, het oudste sinds {d}").format(
                n=late_n, d=format_date(late[0].deadline)
            ),
        )
    elif open_n:
        out[code] = _ev(
            code, today, True, tr("steps", "{n} open actiepunt(en), geen verlopen").format(n=open_n)
        )
    else:
        out[code] = _ev(code, today, False, tr("steps", "nog geen open actiepunten vastgelegd"))

    code = "uitvoering_operationeel"
    meeting = MeetingService(ws).latest(today)
    upcoming = MeetingService(ws).current(today)
    if meeting is not None and _current(code, meeting[1].held_on, today):
        d = meeting[1]
        out[code] = _ev(
            code,
            today,
            True,
            tr("steps", "risico-inschatting {kind} {d} (niveau {level})").format(
                kind=MeetingKind(d.meeting_kind).label,
                d=format_date(d.held_on),
                level=RiskLevel(d.level).label if d.level else "",
            ),
        )
    elif meeting is not None:
        out[code] = _ev(
            code,
            today,
            False,
            tr("steps", "laatste risico-inschatting {d}: langer dan een maand geleden").format(
                d=format_date(meeting[1].held_on)
            ),
        )
    elif upcoming is not None:
        out[code] = _ev(
            code, today, False, tr("steps", "alleen een risico-inschatting voor een komende bijeenkomst")
        )
    else:
        out[code] = _ev(code, today, False, tr("steps", "nog geen risico-inschatting van een bijeenkomst"))

    code = "uitvoering_bespreken"
    review = ReviewService(ws).latest()
    if review is None:
        out[code] = _ev(code, today, False, tr("steps", "nog geen incidentbespreking vastgelegd"))
    else:
        d2 = review[1]
        text = tr("steps", "incidentbespreking {forum} {d} ({n} incidenten)").format(
            forum=Forum(d2.forum).label, d=format_date(d2.held_on), n=len(d2.incident_ids)
        )
        if _current(code, d2.held_on, today):
            out[code] = _ev(code, today, True, text)
        else:
            out[code] = _ev(
                code,
                today,
                False,
                tr("steps", "laatste incidentbespreking {d}: langer dan een kwartaal geleden").format(
                    d=format_date(d2.held_on)
                ),
            )

    code = "uitvoering_vermijding"
    signals = SignalService(ws)
    found = signals.latest()
    open_signals, no_follow_up = signals.counts()
    if found is None:
        out[code] = _ev(code, today, False, tr("steps", "nog geen vermijdingssignalen vastgelegd"))
    elif no_follow_up:
        out[code] = _ev(
            code,
            today,
            False,
            tr("steps", "{n} vermijdingssignaal/-signalen zonder opvolging").format(n=no_follow_up),
        )
    elif open_signals or _current(code, found[1].observed_on, today):
        out[code] = _ev(
            code,
            today,
            True,
            tr("steps", "laatste signaal {d}; {n} open, alle met opvolging").format(
                d=format_date(found[1].observed_on), n=open_signals
            ),
        )
    else:
        out[code] = _ev(
            code,
            today,
            False,
            tr(
                "steps", "laatste signaal {d}: langer dan een kwartaal geleden; let op nieuwe signalen"
            ).format(d=format_date(found[1].observed_on)),
        )
    return out


def step5_evidence(ws: Workspace, today: date) -> dict[str, Evidence]:
    out: dict[str, Evidence] = {}
    comms = CommunicationService(ws)
    for code, kinds, gap, late in (
        (
            "communicatie_normen",
            (CommunicationKind.NORMUITDRAGING,),
            "nog geen normuitdraging vastgelegd",
            "laatste normuitdraging {d}: langer dan een jaar geleden",
        ),
        (
            "communicatie_besluiten",
            (CommunicationKind.TOELICHTING_BESLUIT,),
            "nog geen toelichting op een besluit vastgelegd",
            "laatste toelichting op een besluit {d}: langer dan een kwartaal geleden",
        ),
    ):
        found = comms.latest(*kinds)
        if found is None:
            out[code] = _ev(code, today, False, tr("steps", gap))
            continue
        d = found[1]
        if _current(code, d.held_on, today):
            text = tr("steps", "{kind} ‘{subject}’, {d}").format(
                kind=CommunicationKind(d.kind).label, subject=d.subject, d=format_date(d.held_on)
            )
            out[code] = _ev(code, today, True, text)
        else:
            out[code] = _ev(code, today, False, tr("steps", late).format(d=format_date(d.held_on)))

    code = "communicatie_gesprek"
    logs = ContactLogService(ws)
    last_log = logs.latest(today)
    last_talk = comms.latest(CommunicationKind.GESPREK_LASTIGE_PERSOON)
    dates = [x for x in (last_log and last_log[1].on, last_talk and last_talk[1].held_on) if x and x <= today]
    late_contacts = logs.overdue_next_contacts(today)
    if not dates:
        out[code] = _ev(code, today, False, tr("steps", "nog geen contact met een veroorzaker vastgelegd"))
    elif late_contacts:
        out[code] = _ev(
            code,
            today,
            False,
            tr("steps", "bij {n} veroorzaker(s) is het afgesproken volgende contact verstreken").format(
                n=late_contacts
            ),
        )
    else:
        last = max(dates)
        out[code] = _ev(
            code,
            today,
            _current(code, last, today),
            tr("steps", "laatste contact met een veroorzaker {d}").format(d=format_date(last)),
        )
    return out


register_evidence(4, step4_evidence)
register_evidence(5, step5_evidence)


# --- demo data ---------------------------------------------------------------------------------------------------

_ACTIONS = (
    ("Huisregels gemeentehuis zichtbaar ophangen bij de ingang", "facilitair beheer", Recurrence.EENMALIG),
    ("Alarmknop raadzaal testen", "bode", Recurrence.MAANDELIJKS),
    ("Status maatregelen rapporteren aan het college", "coördinator veiligheid", Recurrence.KWARTAAL),
    ("Cameratoezicht bij de woning van de burgemeester evalueren", "teamleider OOV", Recurrence.EENMALIG),
    ("Training omgaan met agressie voor nieuwe raadsleden", "griffier", Recurrence.JAARLIJKS),
    ("Zelfscan persoonlijke veiligheid onder de aandacht brengen", "griffier", Recurrence.JAARLIJKS),
    ("Contactkaart crisisnummers controleren", "coördinator veiligheid", Recurrence.KWARTAAL),
    (
        "Afspraken met de politie over aanwezigheid bij raadsvergaderingen vastleggen",
        "teamleider OOV",
        Recurrence.EENMALIG,
    ),
    ("Sociale media monitoren rond het windmolenbesluit", "communicatieadviseur", Recurrence.EENMALIG),
    ("Aparte ingang voor bestuurders inrichten", "facilitair beheer", Recurrence.EENMALIG),
    (
        "Starterspakket veiligheid voor nieuwe wethouders bijwerken",
        "coördinator veiligheid",
        Recurrence.EENMALIG,
    ),
    (
        "Nazorgafspraken met Slachtofferhulp Nederland herbevestigen",
        "coördinator veiligheid",
        Recurrence.JAARLIJKS,
    ),
)
_MEETINGS = (
    (
        MeetingKind.RAADSVERGADERING,
        "Raadsvergadering over de asielopvang",
        "besluit over de locatie van de asielopvang",
    ),
    (MeetingKind.INSPRAAKAVOND, "Inspraakavond windmolens Noordpolder", "plaatsing van vier windmolens"),
    (MeetingKind.BEWONERSAVOND, "Bewonersavond parkeerregels centrum", "betaald parkeren in het centrum"),
    (MeetingKind.RAADSVERGADERING, "Raadsvergadering begroting", "bezuinigingen op het zwembad"),
    (MeetingKind.COMMISSIEVERGADERING, "Commissie ruimte over de nieuwbouwwijk", "bestemmingsplan Oostrand"),
    (MeetingKind.EVENEMENT, "Opening dorpsfeest met de burgemeester", "geen"),
)
_FORUM_CONCLUSIONS = (
    "De meeste incidenten vinden online plaats en volgen op omstreden besluiten. Aangifte wordt nog te weinig "
    "gedaan; slachtoffers noemen het ‘hoort bij het ambt’.",
    "De nazorg is op tijd gegeven. Bij twee incidenten ontbrak een reactie naar de veroorzaker binnen 24 uur.",
    "Eén persoon is bij meerdere incidenten betrokken; een ordegesprek is aangewezen.",
)
_DECISIONS = (
    "Ordegesprek met de veroorzaker van de herhaalde incidenten plannen",
    "Aangifte door de gemeente namens het slachtoffer standaard aanbieden",
    "Raadsleden opnieuw wijzen op het meldpunt en De Vertrouwenslijn",
    "Reactie naar de veroorzaker binnen 24 uur als vaste stap in het protocol opnemen",
    "Politie vragen om extra surveillance bij raadsvergaderingen",
)
_COMMUNICATIONS = (
    (
        CommunicationKind.NORMUITDRAGING,
        "Norm ‘emotie mag, agressie niet’ in de gemeentekrant",
        "alle inwoners",
    ),
    (
        CommunicationKind.NORMUITDRAGING,
        "Huisregels bij de publieke tribune",
        "bezoekers van raadsvergaderingen",
    ),
    (CommunicationKind.TOELICHTING_BESLUIT, "Besluit over de windmolens", "omwonenden van de Noordpolder"),
    (CommunicationKind.TOELICHTING_BESLUIT, "Besluit over de asielopvang", "omwonenden van de opvanglocatie"),
    (
        CommunicationKind.GESPREK_LASTIGE_PERSOON,
        "Gesprek over toon in e-mails aan de wethouder",
        "betrokkene",
    ),
    (CommunicationKind.WOORDVOERING_NA_INCIDENT, "Persbericht na bedreiging van een raadslid", "pers"),
)


def fill_demo(ws: Workspace, seed: int) -> None:
    """Action points (some overdue, some recurring), meetings, reviews, avoidance signals, communication
    actions, contact logs with an ordegesprek, and victim-informed entries on demo incidents."""
    from veiligbestuur_desktop.services.demo import ANCHOR

    rng = random.Random(f"{seed}-execution")
    today = ANCHOR
    people = PersonService(ws)
    office = [p.id for p in people.search(kinds=(PersonKind.AMBTSDRAGER,), limit=5000)]
    betrokkenen = [p.id for p in people.search(kinds=(PersonKind.BETROKKENE,), limit=5000) if p.name]
    actions = ActionService(ws)
    incidents = actions.incidents(today=today, days=600)  # newest first

    # action points: a third overdue, some done, some recurring
    for n, (title, owner, recurrence) in enumerate(_ACTIONS):
        deadline = today + timedelta(days=rng.randint(-60, 90))
        status = (
            ActionStatus.OPEN
            if deadline >= today or n % 3 == 0
            else rng.choice((ActionStatus.GEREED, ActionStatus.OPEN))
        )
        if n % 4 == 1 and deadline < today:
            status = ActionStatus.BEZIG
        source = rng.choice((ActionSource.MAATREGEL, ActionSource.BIJEENKOMST, ActionSource.OVERIG))
        actions.create(
            ActionDraft(
                title=title,
                owner=owner,
                deadline=deadline,
                recurrence=recurrence,
                source_kind=source,
                status=status if recurrence == Recurrence.EENMALIG else ActionStatus.OPEN,
                note="",
            ),
            today=today,
        )

    # meeting risk checks: past ones with their outcome, two upcoming
    meetings = MeetingService(ws)
    for n, (mkind, title, agenda) in enumerate(_MEETINGS):
        held = today - timedelta(days=10 + 28 * n) if n < 4 else today + timedelta(days=20 + 14 * (n - 4))
        level = rng.choice((RiskLevel.LAAG, RiskLevel.MIDDEN, RiskLevel.HOOG))
        linked = tuple(r.id for r in incidents[n * 3 : n * 3 + rng.randint(0, 2)] if r.occurred_on <= held)
        signals = [MeetingSignal.SOCIALE_MEDIA.value] if rng.random() < 0.7 else []
        if level == RiskLevel.HOOG:
            signals.append(MeetingSignal.DEMONSTRATIE.value)
        measures = {
            RiskLevel.LAAG: (),
            RiskLevel.MIDDEN: (MeetingMeasure.BODE.value, MeetingMeasure.BEVEILIGING.value),
            RiskLevel.HOOG: (
                MeetingMeasure.BEVEILIGING.value,
                MeetingMeasure.POLITIE.value,
                MeetingMeasure.APARTE_INGANG.value,
            ),
        }[level]
        meetings.create(
            MeetingCheckDraft(
                meeting_kind=mkind,
                title=title,
                held_on=held,
                location="raadzaal gemeentehuis" if mkind != MeetingKind.EVENEMENT else "dorpsplein",
                agenda_items="" if agenda == "geen" else agenda,
                expected_attendance=f"ca. {rng.randint(2, 15) * 10} bezoekers",
                signals=tuple(signals),
                incident_ids=linked,
                level=level,
                measures=measures,
                measure_note="Bode en beveiliging spreken vooraf een teken af." if measures else "",
                outcome=(
                    "Rustig verlopen."
                    if rng.random() < 0.6
                    else "Luidruchtige tribune; de voorzitter schorste "
                    "de vergadering tien minuten. Geen incidenten."
                )
                if held <= today
                else "",
            ),
            today=today,
        )

    # incident reviews: every quarter, with the incidents of that quarter; decisions become action points
    reviews = ReviewService(ws)
    for q in range(5, -1, -1):
        held = today - timedelta(days=12 + 91 * q)
        window = [r for r in incidents if held - timedelta(days=91) <= r.occurred_on <= held]
        chosen = tuple(r.id for r in window[: rng.randint(2, 5)])
        decisions = "\n".join(rng.sample(_DECISIONS, rng.randint(1, 2)))
        reviews.create(
            IncidentReviewDraft(
                held_on=held,
                forum=rng.choice((Forum.COLLEGE, Forum.PRESIDIUM, Forum.FRACTIEVOORZITTERS, Forum.DRIEHOEK)),
                incident_ids=chosen,
                conclusions=rng.choice(_FORUM_CONCLUSIONS),
                decisions=decisions,
                decision_owner="coördinator veiligheid",
                decision_deadline=held + timedelta(days=42),
            ),
            today=today,
        )

    # most decisions of reviews older than a quarter were carried out
    for row in actions.rows():
        v = row.values
        old = v["source_kind"] == ActionSource.INCIDENTBESPREKING and v["deadline"] < today - timedelta(
            days=60
        )
        if old and rng.random() < 0.75:
            actions.mark_done(row.id, on=v["deadline"] - timedelta(days=rng.randint(0, 20)), today=today)

    # avoidance signals
    signals_svc = SignalService(ws)
    for n in range(min(5, len(office))):
        observed = today - timedelta(days=rng.randint(5, 300))
        follow = rng.choice((SignalFollowUp.GESPREK, SignalFollowUp.ONDERSTEUNINGSTEAM, SignalFollowUp.GEEN))
        signals_svc.create(
            AvoidanceSignalDraft(
                person_id=rng.choice(office),
                observed_on=observed,
                signal=rng.choice(list(AvoidanceKind)),
                source=rng.choice(list(SignalSource)),
                description="Gezien in de fractievergadering; navragen hoe het gaat.",
                follow_up=follow,
                follow_up_on=None
                if follow == SignalFollowUp.GEEN
                else min(today, observed + timedelta(days=7)),
                status=SignalStatus.OPEN if n % 2 == 0 else SignalStatus.AFGEROND,
            ),
            today=today,
        )

    # communication actions
    comms = CommunicationService(ws)
    for n, (kind, subject, audience) in enumerate(_COMMUNICATIONS):
        person = (
            rng.choice(betrokkenen)
            if betrokkenen and kind == CommunicationKind.GESPREK_LASTIGE_PERSOON
            else None
        )
        incident = (
            incidents[n % len(incidents)].id
            if incidents and kind == CommunicationKind.WOORDVOERING_NA_INCIDENT
            else None
        )
        if (kind == CommunicationKind.GESPREK_LASTIGE_PERSOON and person is None) or (
            kind == CommunicationKind.WOORDVOERING_NA_INCIDENT and incident is None
        ):
            continue
        decision = ""
        if kind == CommunicationKind.TOELICHTING_BESLUIT:
            decision = (
                f"De gemeenteraad heeft op {format_date(today - timedelta(days=40 + 30 * n))} ingestemd met "
                + subject[len("Besluit over ") :]
                + "."
            )
        comms.create(
            CommunicationDraft(
                kind=kind,
                held_on=today - timedelta(days=rng.randint(3, 200)),
                subject=subject,
                audience=audience,
                by_whom=rng.choice(("burgemeester", "wethouder", "communicatieadviseur")),
                decision=decision,
                explanation="Het besluit volgt op een zorgvuldige afweging van de belangen van omwonenden en de "
                "opgave van de gemeente. U kunt met vragen terecht op het spreekuur van de wethouder."
                if decision
                else "",
                incident_id=incident,
                person_id=person,
                outcome="Positief ontvangen." if rng.random() < 0.5 else "",
            ),
            today=today,
        )

    # contact log: a few persons of concern; one ordegesprek held (with verslag), one planned
    logs = ContactLogService(ws)
    for n, pid in enumerate(betrokkenen[:3]):
        first = today - timedelta(days=rng.randint(60, 200))
        logs.create(
            ContactLogDraft(
                person_id=pid,
                on=first,
                channel=ContactKind.TELEFOON,
                who="coördinator veiligheid",
                summary="Gebeld na een boze e-mail aan de wethouder.",
                agreements="Vragen voortaan via het algemene nummer.",
                next_contact=first + timedelta(days=30),
            ),
            today=today,
        )
        if n == 0:
            held = first + timedelta(days=21)
            logs.create(
                ContactLogDraft(
                    person_id=pid,
                    on=held,
                    channel=ContactKind.ORDEGESPREK,
                    at_time=time(10, 0),
                    place="gemeentehuis, kamer van de burgemeester",
                    incident_id=next((r.id for r in incidents if r.occurred_on < held), None),
                    who="de burgemeester en de coördinator veiligheid",
                    summary="Herhaalde dreigende berichten aan een raadslid.",
                    agreements="Contact met bestuurders alleen nog via de griffie.",
                    conduct_agreements="Geen berichten meer aan raadsleden via sociale media of privékanalen.",
                    conduct_until=held + timedelta(days=180),
                    next_contact=held + timedelta(days=60),
                    report="De veroorzaker erkende de toon van de berichten en zegde toe zich aan de afspraken te "
                    "houden. Hem is uitgelegd dat bij herhaling een toegangsverbod volgt.",
                ),
                today=today,
            )
        if n == 1:
            logs.create(
                ContactLogDraft(
                    person_id=pid,
                    on=today + timedelta(days=18),
                    channel=ContactKind.ORDEGESPREK,
                    at_time=time(14, 30),
                    place="gemeentehuis, spreekkamer 1",
                    who="de burgemeester",
                    summary="Intimiderend gedrag bij de publieke tribune tijdens de raadsvergadering.",
                ),
                today=today,
            )

    # victim informed: about the aangifte, the OM decision or a sanction, for recent incidents
    informed = VictimInformedService(ws)
    for n, ref in enumerate(incidents[:8]):
        informed.create(
            VictimInformedDraft(
                incident_id=ref.id,
                about=(InformedAbout.AANGIFTE, InformedAbout.OM_BESLISSING, InformedAbout.SANCTIE)[n % 3],
                informed_on=min(today, ref.occurred_on + timedelta(days=rng.randint(3, 40))),
                by_whom="coördinator veiligheid",
                note="Telefonisch; bevestigd per e-mail.",
            ),
            today=today,
        )


register_demo("execution", fill_demo)


# The documents' renderers, imported when a document is made (their modules load ReportLab).


def _meeting_sheet_pdf(data: MeetingSheetData) -> bytes:
    from veiligbestuur_desktop.reports.meeting_sheet import render_meeting_sheet

    return render_meeting_sheet(data)


def _review_minutes_pdf(data: ReviewMinutesData) -> bytes:
    from veiligbestuur_desktop.reports.review_minutes import render_review_minutes

    return render_review_minutes(data)


def _decision_letter_pdf(data: DecisionLetterFacts) -> bytes:
    from veiligbestuur_desktop.reports.letters_communication import render_decision_letter

    return render_decision_letter(data)


def _invitation_pdf(data: OrdegesprekFacts) -> bytes:
    from veiligbestuur_desktop.reports.letters_communication import render_invitation

    return render_invitation(data)


def _report_letter_pdf(data: OrdegesprekFacts) -> bytes:
    from veiligbestuur_desktop.reports.letters_communication import render_report_letter

    return render_report_letter(data)
