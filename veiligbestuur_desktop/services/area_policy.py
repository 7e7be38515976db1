"""Step 1 — Beleid formuleren in the shared parts of the app: its four documents (the protocol as adopted, the
raadsvoorstel with ontwerpbesluit, the A5 normkaart, the woordvoeringsschema), the evidence of its checklist
items, and its demo records."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import Role
from veiligbestuur_desktop.domain.policy import (
    ROLE_GROUPS,
    AdoptingBody,
    Circle,
    HouseRulesDraft,
    MediaScenarioDraft,
    PolicyDraft,
    RulesAuthority,
    Scenario,
)
from veiligbestuur_desktop.domain.versioning import IN_FORCE, DocStatus, VersionInfo, adopted_text
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.extensions import (
    DocumentSpec,
    register_demo,
    register_document,
    register_evidence,
)
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.plan import Evidence
from veiligbestuur_desktop.services.policy import (
    HouseRulesService,
    MediaPolicyService,
    PolicyService,
    contact_card,
)
from veiligbestuur_desktop.services.workspace import Workspace

if TYPE_CHECKING:  # the report modules load ReportLab: only when a document is made
    from veiligbestuur_desktop.reports.policy_documents import (
        NormkaartData,
        WoordvoeringData,
    )
    from veiligbestuur_desktop.reports.protocol import (
        ProposalData,
        ProtocolData,
        ScenarioLine,
    )

# --- the data of the documents -------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _scenario_lines(ws: Workspace) -> tuple[ScenarioLine, ...]:
    from veiligbestuur_desktop.reports.protocol import ScenarioLine

    return tuple(
        ScenarioLine(Scenario(str(d.scenario)).label, d.spokesperson, d.deputy)
        for _id, d in MediaPolicyService(ws).all()
    )


def protocol_data(ws: Workspace, record_id: int) -> ProtocolData:
    from veiligbestuur_desktop.reports.protocol import ProtocolData, VersionLine

    svc = PolicyService(ws)
    d = svc.get(record_id)
    categories = dict(IncidentService(ws).categories(active_only=False))
    status = DocStatus(d.status)
    history = tuple(
        VersionLine(v.version, v.status.label, v.decision_date, svc.get(v.id).publication_ref)
        for v in sorted(svc.versions(), key=lambda v: v.version, reverse=True)
    )
    return ProtocolData(
        municipality=ws.info().municipality,
        generated_at=_now(),
        title=d.title,
        version=d.version,
        status=status.label,
        in_force=status in IN_FORCE,
        under_review=status == DocStatus.TE_HERIJKEN,
        roles=tuple(Role(r).label for r in d.scope_roles),
        circle=tuple(Circle(c).label for c in d.scope_circle),
        norm=d.norm,
        behaviours=tuple(categories.get(c, c) for c in d.categories),
        behaviour_note=d.behaviour_note,
        report_internally=d.report_internally,
        meldpunt=d.meldpunt,
        meldpunt_contact=d.meldpunt_contact,
        adopted_by=AdoptingBody(d.adopted_by).label if d.adopted_by else "",
        decision_date=d.decision_date,
        publication_ref=d.publication_ref,
        review_date=d.review_date,
        scenarios=_scenario_lines(ws),
        history=history,
    )


def proposal_data(ws: Workspace, record_id: int) -> ProposalData:
    from veiligbestuur_desktop.reports.protocol import ProposalData

    d = PolicyService(ws).get(record_id)
    if d.adopted_by is None:
        raise ValidationError(
            tr(
                "policy",
                "Kies eerst wie het protocol vaststelt (raad of college); dan volgt het voorstel daaruit.",
            )
        )
    return ProposalData(protocol_data(ws, record_id), AdoptingBody(d.adopted_by).value, ws.info().coordinator)


def _source(version: VersionInfo | None) -> str:
    if version is None:
        return "Nog geen agressieprotocol vastgelegd."
    return f"Agressieprotocol, versie {version.version} ({version.status.label})"


def normkaart_data(ws: Workspace) -> NormkaartData:
    from veiligbestuur_desktop.reports.policy_documents import NormkaartData, NormkaartRole

    svc = PolicyService(ws)
    current = svc.current()
    if current is None:
        raise ValidationError(
            tr(
                "policy",
                "De normkaart volgt uit het agressieprotocol. Leg eerst het protocol vast in stap 1 (tab Protocol).",
            )
        )
    d = svc.get(current.id)
    roles = tuple(
        NormkaartRole(r, *ROLE_GROUPS.get(r, (Role(r).label, Role(r).label)))
        for r in [role.value for role in Role if role.value in d.scope_roles]
    )
    return NormkaartData(
        municipality=ws.info().municipality,
        generated_at=_now(),
        norm=d.norm,
        meldpunt=d.meldpunt,
        meldpunt_contact=d.meldpunt_contact,
        roles=roles,
        contacts=tuple(contact_card(ws)),
        circle=bool(d.scope_circle),
        source=_source(current),
    )


def woordvoering_data(ws: Workspace) -> WoordvoeringData:
    from veiligbestuur_desktop.reports.policy_documents import SchemeLine, WoordvoeringData

    have = {str(d.scenario): d for _id, d in MediaPolicyService(ws).all()}
    if not have:
        raise ValidationError(
            tr(
                "policy",
                "Er is nog geen mediabeleid vastgelegd. Leg in stap 1 (tab Mediabeleid) per scenario de "
                "woordvoerder vast.",
            )
        )
    lines = []
    for s in Scenario:
        d = have.get(s.value)
        lines.append(
            SchemeLine(s.label, d.spokesperson, d.deputy, d.standard_line, d.informs)
            if d is not None
            else SchemeLine(s.label, "", "", "", "")
        )
    current = PolicyService(ws).current()
    return WoordvoeringData(
        ws.info().municipality, _now(), tuple(lines), _source(current).lower() if current else ""
    )


def _need(record_id: int | None) -> int:
    if record_id is None:  # the DocumentService resolves the record first; a direct call must name one
        raise ValidationError(tr("policy", "Kies een versie van het protocol."))
    return record_id


def _open_or_current(ws: Workspace) -> int | None:
    svc = PolicyService(ws)
    open_ = svc.open_version()
    return open_.id if open_ is not None else None


register_document(
    DocumentSpec(
        name="protocol",
        title="Agressieprotocol",
        step=1,
        render=lambda ws, rid: _protocol_pdf(protocol_data(ws, _need(rid))),
        record_kind="policy",
        current=lambda ws: PolicyService(ws).current_id(),
        description="Het agressieprotocol zoals vastgesteld: versie, status, vaststelling en de tekst.",
    )
)
register_document(
    DocumentSpec(
        name="raadsvoorstel",
        title="Raadsvoorstel en ontwerpbesluit",
        step=1,
        render=lambda ws, rid: _proposal_pdf(proposal_data(ws, _need(rid))),
        record_kind="policy",
        current=_open_or_current,
        description="Voorstel en ontwerpbesluit om de concept- of voorgelegde versie van het protocol vast te "
        "stellen.",
    )
)
register_document(
    DocumentSpec(
        name="normkaart",
        title="Normkaart (A5)",
        step=1,
        render=lambda ws, _rid: _normkaart_pdf(normkaart_data(ws)),
        description="A5-kaart ‘Wat te doen bij agressie of bedreiging’ per groep ambtsdragers, met de "
        "telefoonnummers van de contactkaart.",
    )
)
register_document(
    DocumentSpec(
        name="woordvoeringsschema",
        title="Woordvoeringsschema",
        step=1,
        render=lambda ws, _rid: _woordvoering_pdf(woordvoering_data(ws)),
        description="Het mediabeleid: per scenario de woordvoerder, de plaatsvervanger, de standaardlijn en "
        "wie wie informeert.",
    )
)


# --- checklist evidence --------------------------------------------------------------------------------------


def _evidence(code: str, today: date, text: str, done: bool) -> Evidence:
    return Evidence(code, today.year, 1 if done else 0, 1, text, ItemStatus.GEREED if done else None)


def policy_evidence(ws: Workspace, today: date) -> dict[str, Evidence]:
    """1.1 from the protocol (the version in force, its herzieningsdatum) and the huisregels; 1.2 from the
    mediabeleid (a woordvoerder for every scenario)."""
    out: dict[str, Evidence] = {}
    policies = PolicyService(ws)
    current = policies.current()
    if current is None:
        out["beleid_afbakenen"] = _evidence(
            "beleid_afbakenen", today, tr("policy", "nog geen agressieprotocol vastgelegd"), False
        )
    elif current.status in IN_FORCE:
        review = policies.get(current.id).review_date
        line = adopted_text("protocol", current)
        if current.status == DocStatus.TE_HERIJKEN:
            out["beleid_afbakenen"] = _evidence(
                "beleid_afbakenen",
                today,
                line + "; " + tr("policy", "maak een nieuwe versie en laat die vaststellen"),
                False,
            )
        elif review is not None and review < today:
            out["beleid_afbakenen"] = _evidence(
                "beleid_afbakenen",
                today,
                line + "; " + tr("policy", "herzieningsdatum verstreken: herijk het protocol"),
                False,
            )
        else:
            rules = HouseRulesService(ws).current()
            extra = f"; huisregels v{rules.version}" if rules is not None and rules.status in IN_FORCE else ""
            out["beleid_afbakenen"] = _evidence("beleid_afbakenen", today, line + extra, True)
    else:
        out["beleid_afbakenen"] = _evidence(
            "beleid_afbakenen",
            today,
            tr("policy", "protocol v{v} is {status}: nog niet vastgesteld").format(
                v=current.version, status=current.status.label
            ),
            False,
        )
    media = MediaPolicyService(ws)
    missing = media.missing_scenarios()
    if not missing:
        out["beleid_media"] = _evidence(
            "beleid_media",
            today,
            tr("policy", "mediabeleid: woordvoerder voor alle {n} scenario’s").format(n=len(Scenario)),
            True,
        )
    else:
        out["beleid_media"] = _evidence(
            "beleid_media",
            today,
            tr("policy", "mediabeleid: nog geen woordvoerder voor {list}").format(
                list=", ".join(s.label for s in missing)
            ),
            False,
        )
    return out


register_evidence(1, policy_evidence)


# --- demo data -----------------------------------------------------------------------------------------------


def fill_demo(ws: Workspace, seed: int) -> None:
    """A protocol v1 (vastgesteld, gepubliceerd, then vervangen), v2 (gepubliceerd) and v3 (voorgelegd to the new
    council: the raadsvoorstel has content), the huisregels (v1,
    gepubliceerd) and the mediabeleid for every scenario; deterministic from `seed`, dated before the demo's
    anchor day."""
    from veiligbestuur_desktop.services.demo import ANCHOR

    rng = random.Random(f"{seed}-policy")
    codes = [c for c, _label in IncidentService(ws).categories()]
    first = ANCHOR - timedelta(days=rng.randint(700, 900))
    second = ANCHOR - timedelta(days=rng.randint(120, 300))
    meldpunt = rng.choice(("de griffier", "de gemeentesecretaris", "de coördinator veiligheid"))
    svc = PolicyService(ws)
    v1 = svc.create(
        PolicyDraft(
            scope_roles=("burgemeester", "wethouder", "raadslid"),
            scope_circle=("partner", "kinderen"),
            categories=tuple(codes[:8]),
            meldpunt=meldpunt,
            meldpunt_contact="0318 - 68 00 00",
            adopted_by=AdoptingBody.RAAD_PRESIDIUM,
            review_date=first + timedelta(days=4 * 365),
        ),
        first,
    )
    svc.transition(v1, DocStatus.VOORGELEGD, today=first)
    svc.transition(v1, DocStatus.VASTGESTELD, on=first, today=first)
    svc.transition(
        v1,
        DocStatus.GEPUBLICEERD,
        reference=f"Gemeenteblad {first.year}, {rng.randint(10000, 99999)}",
        today=first,
    )
    d2 = replace(
        svc.get(v1),
        scope_roles=("burgemeester", "wethouder", "raadslid", "commissielid"),
        scope_circle=("partner", "kinderen", "huisgenoten"),
        categories=tuple(codes),
        behaviour_note="Kritiek op besluiten is welkom; persoonlijke aanvallen, bedreiging en intimidatie, ook "
        "online en bij de woning, niet.",
        review_date=second + timedelta(days=4 * 365),
    )
    v2 = svc.save(v1, d2, second).id
    svc.transition(v2, DocStatus.VOORGELEGD, today=second)
    svc.transition(v2, DocStatus.VASTGESTELD, on=second, today=second)
    svc.transition(v2, DocStatus.GEPUBLICEERD, reference=f"CVDR{rng.randint(700000, 799999)}", today=second)
    # after the elections of March 2026 the new council re-adopts it: v3 is the concept on its way (raadsvoorstel)
    third = ANCHOR - timedelta(days=rng.randint(5, 25))
    v3 = svc.new_version(v2, third).id
    svc.save(
        v3,
        replace(
            svc.get(v3),
            behaviour_note=d2.behaviour_note + " Dit geldt ook voor deepfakes en het verspreiden van "
            "persoonsgegevens (doxing).",
            review_date=third + timedelta(days=4 * 365),
        ),
        third,
    )
    svc.transition(v3, DocStatus.VOORGELEGD, today=third)

    rules = HouseRulesService(ws)
    h1 = rules.create(
        HouseRulesDraft(
            gemeentehuis="Bezoekers melden zich bij de receptie. Wie een medewerker of bestuurder bedreigt, "
            "beledigt of intimideert, wordt de toegang ontzegd.",
            raadszaal="Alleen raadsleden, de burgemeester, wethouders en de griffie betreden de vloer. Filmen "
            "en fotograferen mag, zonder te hinderen.",
            publieke_tribune="Geen spandoeken, geen geroep, geen interrupties. De voorzitter kan de tribune "
            "laten ontruimen (art. 26 Gemeentewet).",
            sanctions="Waarschuwing; verwijdering; een toegangsverbod van ten hoogste twaalf maanden, dat rust op "
            "deze huisregels.",
            adopted_by=RulesAuthority.BURGEMEESTER,
            review_date=second + timedelta(days=3 * 365),
        ),
        second,
    )
    rules.transition(h1, DocStatus.VOORGELEGD, today=second)
    rules.transition(h1, DocStatus.VASTGESTELD, on=second, today=second)
    rules.transition(
        h1,
        DocStatus.GEPUBLICEERD,
        reference=f"Gemeenteblad {second.year}, {rng.randint(10000, 99999)}",
        today=second,
    )

    media = MediaPolicyService(ws)
    lines = {
        Scenario.RAADSLID: (
            "de burgemeester",
            "de griffier",
            "griffier informeert de fractievoorzitters",
            "Het raadslid krijgt alle steun van de gemeente.",
        ),
        Scenario.WETHOUDER: (
            "de burgemeester",
            "de gemeentesecretaris",
            "burgemeester informeert het college",
            "De wethouder zet zijn of haar werk voort; het college staat achter hem of haar.",
        ),
        Scenario.BURGEMEESTER: (
            "de loco-burgemeester",
            "de gemeentesecretaris",
            "loco-burgemeester informeert college en fractievoorzitters",
            "De loco-burgemeester neemt de besluiten over maatregelen; de burgemeester spreekt niet over de zaak.",
        ),
        Scenario.THUIS: (
            "de burgemeester",
            "de communicatieadviseur OOV",
            "burgemeester informeert politie en college",
            "Over de woning en de gezinsleden doen wij nooit mededelingen.",
        ),
        Scenario.ONLINE: (
            "de communicatieadviseur OOV",
            "de woordvoerder van de burgemeester",
            "communicatie informeert griffier en college",
            "Wij gaan niet in discussie op sociale media; strafbare berichten melden wij bij de politie.",
        ),
    }
    for scenario, (who, deputy, informs, own) in lines.items():
        media.create(
            MediaScenarioDraft(
                scenario,
                who,
                deputy,
                "Wij veroordelen agressie en bedreiging tegen onze bestuurders: emotie mag, agressie niet. "
                + own
                + " Over de persoon en een lopend onderzoek doen wij geen mededelingen.",
                informs,
            )
        )


register_demo("policy", fill_demo)


# The documents' renderers, imported when a document is made (their modules load ReportLab).


def _protocol_pdf(data: ProtocolData) -> bytes:
    from veiligbestuur_desktop.reports.protocol import render_protocol

    return render_protocol(data)


def _proposal_pdf(data: ProposalData) -> bytes:
    from veiligbestuur_desktop.reports.protocol import render_proposal

    return render_proposal(data)


def _normkaart_pdf(data: NormkaartData) -> bytes:
    from veiligbestuur_desktop.reports.policy_documents import render_normkaart

    return render_normkaart(data)


def _woordvoering_pdf(data: WoordvoeringData) -> bytes:
    from veiligbestuur_desktop.reports.policy_documents import render_woordvoering

    return render_woordvoering(data)
