"""Step 3 — Voorbereid zijn op incidenten in the shared parts of the app: its documents (the contactkaart, the
sanctiebeleid, the werkinstructie melding en aangifte, the four letters), the evidence of its checklist items,
and its demo records."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.preparation import (
    OPVANG_ROLES,
    AgreementDraft,
    ContactEntry,
    LetterheadSettings,
    Opvang,
    Partner,
    Subject,
    agreement_overdue,
    card_is_stale,
    letterhead_complete,
    opvang_complete,
)
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.sanctions import (
    Decider,
    LetterKind,
    SanctionDraft,
    SanctionStatus,
    decider_for,
)
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.contacts import ContactService
from veiligbestuur_desktop.services.extensions import (
    DocumentSpec,
    register_demo,
    register_document,
    register_evidence,
)
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.letters import LetterService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import Evidence
from veiligbestuur_desktop.services.preparation import AgreementService, LadderService, PreparationSettings
from veiligbestuur_desktop.services.sanctions import SanctionQuery, SanctionService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store.preparation import incidents_of, victims

if TYPE_CHECKING:  # the report modules load ReportLab: only when a document is made
    from veiligbestuur_desktop.reports import contact_card, sanction_policy, work_instruction

# --- the data of the documents -------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _opvang_lines(ws: Workspace) -> tuple[tuple[str, str], ...]:
    o = PreparationSettings(ws).opvang()
    return tuple((label, o.who(code)) for code, label in OPVANG_ROLES if o.who(code))


def contact_card_data(ws: Workspace, today: date | None = None) -> contact_card.ContactCardData:
    from veiligbestuur_desktop.reports import contact_card

    svc = ContactService(ws)
    checked = svc.last_checked()
    return contact_card.ContactCardData(
        municipality=PreparationSettings(ws).municipality(),
        entries=tuple((e.label, e.number, e.note) for e in svc.card()),
        checked_on=checked,
        stale=card_is_stale(checked, today or date.today()),
        opvang=_opvang_lines(ws),
        generated_at=_now(),
    )


def sanction_policy_data(ws: Workspace, today: date | None = None) -> sanction_policy.SanctionPolicyData:
    from veiligbestuur_desktop.reports import sanction_policy

    today = today or date.today()
    steps = LadderService(ws).steps()
    sanctions = SanctionService(ws)
    this_year = sum(
        1
        for listed in sanctions.page(SanctionQuery(), 0, 100_000)
        if listed.values["decided_on"] is not None
        and listed.values["decided_on"].year == today.year
        and listed.values["status"] != SanctionStatus.VOORGENOMEN
    )
    return sanction_policy.SanctionPolicyData(
        municipality=PreparationSettings(ws).municipality(),
        generated_at=_now(),
        steps=tuple(
            sanction_policy.LadderRow(
                n,
                d.title,
                d.criteria,
                Decider(d.decider).label,
                d.duration,
                d.legal_basis,
                d.bezwaar,
                LetterKind(d.letter).label,
            )
            for n, (_i, d) in enumerate([s for s in steps if s[1].active], 1)
        ),
        imposed_this_year=this_year,
        year=today.year,
        retired=tuple(d.title for _i, d in steps if not d.active),
    )


def work_instruction_data(ws: Workspace) -> work_instruction.WorkInstructionData:
    from veiligbestuur_desktop.reports import work_instruction

    head = PreparationSettings(ws).letterhead()
    intervals = IncidentService(ws).nazorg_intervals()
    chain = tuple(
        (Partner(d.partner).label, Subject(d.subject).label, d.contact)
        for _i, d in AgreementService(ws).all()
    )
    return work_instruction.WorkInstructionData(
        municipality=PreparationSettings(ws).municipality(),
        generated_at=_now(),
        town_hall=(head.visiting_address or head.postal_address).replace("\n", ", "),
        contacts=tuple((e.label, e.number) for e in ContactService(ws).card()),
        chain=chain,
        opvang_hours=intervals.opvang_hours,
        first_window=(intervals.first_from_days, intervals.first_to_days),
        second_window=(intervals.second_from_days, intervals.second_to_days),
        first_opvang=_opvang_lines(ws),
        referral=PreparationSettings(ws).opvang().referral,
    )


def _render_card(ws: Workspace, _record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import contact_card

    return contact_card.render(contact_card_data(ws))


def _render_policy(ws: Workspace, _record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import sanction_policy

    return sanction_policy.render(sanction_policy_data(ws))


def _render_instruction(ws: Workspace, _record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import work_instruction

    return work_instruction.render(work_instruction_data(ws))


def _sanction_letter(kind: LetterKind) -> DocumentSpec:
    def render(ws: Workspace, record_id: int | None) -> bytes:
        assert record_id is not None
        return LetterService(ws).sanction_letter(kind, record_id)

    def current(ws: Workspace) -> int | None:
        return LetterService(ws).current_sanction(kind)

    names = {
        LetterKind.WAARSCHUWING: ("brief-waarschuwing", "Brief: schriftelijke waarschuwing"),
        LetterKind.ORDEGESPREK: ("brief-ordegesprek", "Brief: uitnodiging ordegesprek"),
        LetterKind.TOEGANGSVERBOD: ("brief-toegangsverbod", "Brief: toegangsverbod gemeentehuis"),
    }
    name, title = names[kind]
    return DocumentSpec(
        name=name,
        title=title,
        step=3,
        render=render,
        record_kind="sanction",
        current=current,
        description="Brief aan de veroorzaker bij een sanctie (--id: de sanctie; anders de laatste).",
    )


def _render_aangifte(ws: Workspace, record_id: int | None) -> bytes:
    assert record_id is not None
    return LetterService(ws).aangifte_letter(record_id)


CONTACT_CARD = register_document(
    DocumentSpec(
        name="contactkaart",
        title="Contactkaart (A6)",
        step=3,
        render=_render_card,
        description="De nummers bij agressie en bedreiging, A6 voor- en achterkant, met de datum van controle.",
    )
)
SANCTION_POLICY = register_document(
    DocumentSpec(
        name="sanctiebeleid",
        title="Sanctiebeleid (voor het college)",
        step=3,
        render=_render_policy,
        description="De sanctieladder met criteria, beslisser, duur, grondslag, bezwaar en brief.",
    )
)
WORK_INSTRUCTION = register_document(
    DocumentSpec(
        name="werkinstructie-melding-aangifte",
        title="Werkinstructie melding en aangifte",
        step=3,
        render=_render_instruction,
        description="Van melding tot aangifte met VPT-code en domicilie, nazorgtermijnen en nummers.",
    )
)
for _kind in (LetterKind.WAARSCHUWING, LetterKind.ORDEGESPREK, LetterKind.TOEGANGSVERBOD):
    register_document(_sanction_letter(_kind))
AANGIFTE_LETTER = register_document(
    DocumentSpec(
        name="brief-aangifte-ondersteuning",
        title="Brief: ondersteuning aangifte (VPT-code, domicilie)",
        step=3,
        render=_render_aangifte,
        record_kind="incident",
        current=lambda ws: LetterService(ws).current_incident(),
        description="Voor het slachtoffer van een incident (--id: het incident; anders het laatste met slachtoffer).",
    )
)


# --- the evidence of the checklist items ------------------------------------------------------------------


def _gap(code: str, today: date, text: str, status: ItemStatus | None = None) -> Evidence:
    return Evidence(code, today.year, 0, 1, text, status)


def _done(code: str, today: date, text: str) -> Evidence:
    return Evidence(code, today.year, 1, 1, text, ItemStatus.GEREED)


def evidence(ws: Workspace, today: date) -> dict[str, Evidence]:
    """Shown next to the checklist items, so in the language of the UI (`tr`), like every step's evidence."""
    return _evidence(ws, today)


def _evidence(ws: Workspace, today: date) -> dict[str, Evidence]:
    out: dict[str, Evidence] = {}
    # 3.1 ketenafspraken with police and OM at least, none past its review date
    agreements = AgreementService(ws).all()
    code = "voorbereiding_ketenafspraken"
    partners = {Partner(d.partner) for _i, d in agreements}
    overdue = [d for _i, d in agreements if agreement_overdue(d, today)]
    missing = [
        label
        for label, wanted in (
            (tr("steps", "politie"), {Partner.POLITIE, Partner.ELA}),
            (tr("steps", "OM"), {Partner.OM}),
        )
        if not partners & wanted
    ]
    if not agreements:
        out[code] = _gap(code, today, tr("steps", "nog geen ketenafspraken vastgelegd"))
    elif missing:
        out[code] = _gap(
            code,
            today,
            tr("steps", "geen ketenafspraak met {who}").format(who=tr("steps", " en ").join(missing)),
        )
    elif overdue:
        text = (
            tr("steps", "1 ketenafspraak over de herzieningsdatum")
            if len(overdue) == 1
            else tr("steps", "{n} ketenafspraken over de herzieningsdatum").format(n=len(overdue))
        )
        out[code] = _gap(code, today, text)
    else:
        last = max((d.agreed_on for _i, d in agreements if d.agreed_on), default=None)
        out[code] = _done(
            code,
            today,
            tr("steps", "{n} ketenafspraken, laatst {d}").format(n=len(agreements), d=format_date(last)),
        )
    # 3.2 opvang, nazorg: the opvangregeling and a contact card checked within six months
    code = "voorbereiding_opvang"
    contacts = ContactService(ws)
    checked = contacts.last_checked()
    opvang = PreparationSettings(ws).opvang()
    if card_is_stale(checked, today):
        text = (
            tr("steps", "contactkaart sinds {d} niet gecontroleerd (ouder dan zes maanden)").format(
                d=format_date(checked)
            )
            if checked
            else tr("steps", "contactkaart nog nooit gecontroleerd")
        )
        # a stale card reopens the item: it shows among the open items whatever was ticked
        out[code] = _gap(code, today, text, ItemStatus.BEZIG)
    elif not opvang_complete(opvang):
        out[code] = _gap(
            code,
            today,
            tr("steps", "opvangregeling nog niet ingevuld (eerste opvang, nazorg, doorverwijzing)"),
        )
    else:
        out[code] = _done(
            code,
            today,
            tr("steps", "opvangregeling vastgelegd; contactkaart gecontroleerd {d}").format(
                d=format_date(checked)
            ),
        )
    # 3.3 the registration system: this application, with its category list
    code = "voorbereiding_registratie"
    active = IncidentService(ws).categories(active_only=True)  # not CategoryService.all: it counts their use
    if not active:
        out[code] = _gap(code, today, tr("steps", "geen incidentcategorieën in gebruik"))
    else:
        out[code] = _done(
            code,
            today,
            tr("steps", "VeiligBestuur met {n} incidentcategorieën in gebruik").format(n=len(active)),
        )
    # 3.4 the sanction policy: a ladder with steps in use, and the letterhead for its letters
    code = "voorbereiding_sanctiebeleid"
    steps = [d for _i, d in LadderService(ws).steps() if d.active]
    head = PreparationSettings(ws).letterhead()
    if not steps:
        out[code] = _gap(code, today, tr("steps", "de sanctieladder heeft geen maatregelen in gebruik"))
    elif not letterhead_complete(head):
        out[code] = _gap(
            code, today, tr("steps", "briefhoofd onvolledig: adres, telefoon en ondertekenaar ontbreken")
        )
    else:
        out[code] = _done(
            code,
            today,
            tr("steps", "sanctieladder met {n} maatregelen; briefhoofd ingevuld").format(n=len(steps)),
        )
    return out


register_evidence(3, evidence)


# --- demo ------------------------------------------------------------------------------------------------


def fill_demo(ws: Workspace, seed: int) -> None:
    from veiligbestuur_desktop.services.demo import ANCHOR

    rng = random.Random(f"{seed}-preparation")
    settings = PreparationSettings(ws)
    settings.set_letterhead(
        LetterheadSettings(
            visiting_address="Tsjerkestrjitte 1\n9999 ZZ Wâldhoeke-Oost",
            postal_address="Postbus 1000\n9999 ZX Wâldhoeke-Oost",
            phone="14 0599",
            website="www.waldhoeke-oost.example",
            email="gemeente@waldhoeke-oost.example",
            signer_name="mr. A.B. de Vries",
            signer_function="burgemeester",
            contact="Coördinator veiligheid ambtsdragers, 14 0599",
        )
    )
    contacts = ContactService(ws)
    contacts.save(
        [
            *[ContactEntry(e.label, e.number, e.note) for e in contacts.card()],
            ContactEntry("Bode / beveiliging gemeentehuis", "0599-123400", "tijdens vergaderingen"),
            ContactEntry("Meldpunt (griffie)", "0599-123456", "altijd intern melden"),
            ContactEntry("Slachtofferhulp Nederland", "0900-0101"),
        ],
        checked_on=ANCHOR - timedelta(days=rng.randint(10, 60)),
    )
    settings.set_opvang(
        Opvang(
            first=(
                ("burgemeester", "gemeentesecretaris"),
                ("wethouder", "burgemeester"),
                ("raadslid", "griffier"),
                ("griffie", "gemeentesecretaris"),
                ("naaste", "coördinator veiligheid, samen met de ambtsdrager"),
            ),
            follow_up="coördinator veiligheid ambtsdragers (opvanggesprek en vervolggesprekken)",
            referral="Ondersteuningsteam Weerbaar Bestuur; De Vertrouwenslijn; Slachtofferhulp Nederland; "
            "bedrijfsarts of huisarts voor professionele hulp.",
        )
    )
    agreements = AgreementService(ws)
    plan = [
        (
            Partner.POLITIE,
            Subject.INFORMATIE,
            "teamchef basisteam, 0900-8844",
            "convenant informatie-uitwisseling",
        ),
        (Partner.ELA, Subject.ELA, "ELA-contactfunctionaris, 0900-8844", "ELA-werkafspraken eenheid Noord"),
        (Partner.ELA, Subject.VPT, "ELA-contactfunctionaris", "ELA-werkafspraken eenheid Noord"),
        (Partner.OM, Subject.OPSCHALING, "officier van justitie VPT", "verslag driehoek"),
        (
            Partner.NCTV,
            Subject.BEVEILIGING,
            "Stelsel bewaken en beveiligen, via de politie",
            "circulaire NCTV",
        ),
        (Partner.BUURGEMEENTE, Subject.INFORMATIE, "OOV-adviseurs buurgemeenten", "regionaal overleg"),
        (Partner.SLACHTOFFERHULP, Subject.OPVANG, "regiokantoor, 0900-0101", "e-mail van de regiomanager"),
        (Partner.ONDERSTEUNINGSTEAM, Subject.OPVANG, "070-3738314", "gesprek met het Ondersteuningsteam"),
        (Partner.VERTROUWENSLIJN, Subject.OPVANG, "0800-2800200", "informatie BZK"),
        (Partner.DRIEHOEK, Subject.DOMICILIE, "burgemeester, teamchef, officier", "verslag driehoek"),
        (Partner.CCV, Subject.BEVEILIGING, "adviseur woningbeveiliging", "offerte woningscans"),
        (Partner.VEILIGHEIDSREGIO, Subject.OPSCHALING, "crisiscoördinator", "regionaal crisisplan"),
    ]
    for partner, subject, contact, source in plan:
        agreed = ANCHOR - timedelta(days=rng.randint(30, 500))
        agreements.create(
            AgreementDraft(
                partner=partner,
                subject=subject,
                contact=contact,
                source=source,
                agreed_on=agreed,
                review_on=agreed + timedelta(days=365 + rng.randint(0, 200)),
            ),
            today=ANCHOR,
        )
    # a few sanctions on demo perpetrators, each after one of their incidents
    ladder = {d.code: i for i, d in LadderService(ws).steps() if d.code}
    sanctions = SanctionService(ws)
    people = sanctions.perpetrators()
    rng.shuffle(people)
    made = 0
    persons = PersonService(ws)
    streets = ("Dijkstraat", "Kerkbuurt", "Molenwei", "Stationsweg", "Terpweg", "Buorren")
    for pid, _name in people:
        if made >= 5:
            break
        person = persons.get(pid)
        if not person.name:  # an unknown veroorzaker cannot be written to
            continue
        with ws.reading() as s:
            theirs = incidents_of(s, pid)
            if not theirs:
                continue
            incident_id, on = theirs[-1]
            burgemeester_victim = any(role == "burgemeester" for _v, _n, role in victims(s, incident_id))
        if not person.address:  # a person placed under a measure must be informable (fictitious address)
            street = f"{rng.choice(streets)} {rng.randint(1, 120)}"
            persons.update(
                pid, replace(person, address=f"{street}\n{rng.randint(8400, 9299)} XY Wâldhoeke-Oost")
            )
        code = ("waarschuwing", "ordegesprek", "toegangsverbod", "waarschuwing", "gebiedsverbod")[made]
        decided = min(ANCHOR, on + timedelta(days=rng.randint(2, 20)))
        ends = decided + timedelta(days=180) if code in ("toegangsverbod", "gebiedsverbod") else None
        sanctions.create(
            SanctionDraft(
                person_id=pid,
                step_id=ladder[code],
                status=SanctionStatus.OPGELEGD,
                decided_by=decider_for(Decider.BURGEMEESTER, burgemeester_victim),
                decided_on=decided,
                ends_on=ends,
                incident_id=incident_id,
                letter_sent_on=min(ANCHOR, decided + timedelta(days=1)),
                notes="Herhaaldelijk intimiderend gedrag richting ambtsdragers (demo).",
            ),
            today=ANCHOR,
        )
        made += 1


register_demo("preparation", fill_demo)

__all__ = ["AANGIFTE_LETTER", "CONTACT_CARD", "SANCTION_POLICY", "WORK_INSTRUCTION", "evidence", "fill_demo"]
