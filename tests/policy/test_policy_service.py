"""Step 1 services: versions, the status flow, freezing, supersession, the signed decision, the mediabeleid,
and the audit trail that covers every write."""

from __future__ import annotations

from datetime import date

import pytest

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.policy import (
    AdoptingBody,
    HouseRulesDraft,
    MediaScenarioDraft,
    PolicyDraft,
    RulesAuthority,
    Scenario,
)
from veiligbestuur_desktop.domain.versioning import DocStatus
from veiligbestuur_desktop.services.policy import HouseRulesService, MediaPolicyService, PolicyService
from veiligbestuur_desktop.services.verify import verify

TODAY = date(2026, 3, 20)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def policy_draft(**kw):
    base = dict(
        categories=("bedreiging", "fysiek_geweld"),
        meldpunt="de griffier",
        adopted_by=AdoptingBody.RAAD_PRESIDIUM,
        review_date=date(2030, 4, 1),
    )
    base.update(kw)
    return PolicyDraft(**base)


def adopt(svc, rid, on=date(2026, 3, 12)):
    svc.transition(rid, DocStatus.VOORGELEGD, today=TODAY)
    svc.transition(rid, DocStatus.VASTGESTELD, on=on, today=TODAY)


def test_status_flow_freezing_new_version_and_supersession(workspace):
    svc = PolicyService(workspace)
    v1 = svc.create(policy_draft(), TODAY)
    assert svc.get(v1).version == 1 and svc.get(v1).status == DocStatus.CONCEPT
    # a second open version is refused
    with pytest.raises(ValidationError, match="al een versie in bewerking"):
        svc.create(policy_draft(), TODAY)
    # only forward moves that make sense
    with pytest.raises(ValidationError, match="wel naar ‘voorgelegd’"):
        svc.transition(v1, DocStatus.GEPUBLICEERD, today=TODAY)
    with pytest.raises(ValidationError, match="vanzelf ‘vervangen’"):
        svc.transition(v1, DocStatus.VERVANGEN, today=TODAY)
    svc.transition(v1, DocStatus.VOORGELEGD, today=TODAY)
    with pytest.raises(ValidationError, match="besluitdatum"):
        svc.transition(v1, DocStatus.VASTGESTELD, today=TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        svc.transition(v1, DocStatus.VASTGESTELD, on=date(2026, 4, 1), today=TODAY)
    svc.transition(v1, DocStatus.VASTGESTELD, on=date(2026, 3, 12), today=TODAY)
    with pytest.raises(ValidationError, match="vindplaats"):
        svc.transition(v1, DocStatus.GEPUBLICEERD, reference=" ", today=TODAY)
    svc.transition(v1, DocStatus.GEPUBLICEERD, reference="Gemeenteblad 2026, 4711", today=TODAY)
    assert svc.get(v1).publication_ref == "Gemeenteblad 2026, 4711"

    # frozen: a direct update is refused, a save makes version 2 (concept) and leaves version 1 as it was
    with pytest.raises(ValidationError, match="Nieuwe versie"):
        svc.update(v1, policy_draft(meldpunt="de burgemeester"), TODAY)
    saved = svc.save(v1, policy_draft(meldpunt="de burgemeester"), TODAY)
    assert saved.new_version and saved.id != v1
    v2 = saved.id
    assert (svc.get(v2).version, svc.get(v2).status) == (2, DocStatus.CONCEPT)
    assert svc.get(v1).meldpunt == "de griffier" and svc.get(v1).status == DocStatus.GEPUBLICEERD
    assert svc.current_id() == v1  # the one in force, not the newer concept
    # editing the concept updates it in place
    again = svc.save(v2, policy_draft(meldpunt="de burgemeester en de griffier"), TODAY)
    assert not again.new_version and svc.get(v2).meldpunt == "de burgemeester en de griffier"

    adopt(svc, v2, date(2026, 3, 15))
    assert svc.get(v1).status == DocStatus.VERVANGEN
    assert svc.current_id() == v2
    steps = [(h.code, h.from_status, h.to_status) for h in svc.history(v1)]
    assert steps == [
        ("created", "", "concept"),
        ("status", "concept", "voorgelegd"),
        ("status", "voorgelegd", "vastgesteld"),
        ("status", "vastgesteld", "gepubliceerd"),
        ("status", "gepubliceerd", "vervangen"),
    ]
    with pytest.raises(ValidationError, match="verandert niet meer"):
        svc.transition(v1, DocStatus.TE_HERIJKEN, today=TODAY)
    assert verify(workspace, backups=False).ok


def test_adoption_needs_a_review_date_after_the_decision(workspace):
    svc = PolicyService(workspace)
    rid = svc.create(policy_draft(review_date=None), TODAY)
    svc.transition(rid, DocStatus.VOORGELEGD, today=TODAY)
    with pytest.raises(ValidationError, match="herzieningsdatum in"):
        svc.transition(rid, DocStatus.VASTGESTELD, on=date(2026, 3, 1), today=TODAY)
    assert svc.get(rid).status == DocStatus.VOORGELEGD


def test_policy_checks_speak_dutch(workspace):
    svc = PolicyService(workspace)
    with pytest.raises(ValidationError, match="ten minste één soort grensoverschrijdend"):
        svc.create(policy_draft(categories=()), TODAY)
    with pytest.raises(ValidationError, match="ten minste één rol"):
        svc.create(policy_draft(scope_roles=()), TODAY)
    with pytest.raises(ValidationError, match="altijd intern melden"):
        svc.create(policy_draft(report_internally=False), TODAY)
    with pytest.raises(ValidationError, match="meldpunt"):
        svc.create(policy_draft(meldpunt=""), TODAY)


def test_signed_decision_is_kept_in_the_vault_and_replaced(workspace):
    svc = PolicyService(workspace)
    rid = svc.create(policy_draft(), TODAY)
    with pytest.raises(ValidationError, match="voorgelegde of vastgestelde"):
        svc.attach_decision(rid, "besluit.pdf", PDF)
    adopt(svc, rid)
    with pytest.raises(ValidationError, match="PDF of als scan"):
        svc.attach_decision(rid, "besluit.txt", b"getekend")
    svc.attach_decision(rid, "besluit.pdf", PDF)
    assert svc.decision_content(rid) == ("besluit.pdf", "application/pdf", PDF)
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    svc.attach_decision(rid, "scan.png", png)
    assert svc.decision_content(rid)[0] == "scan.png"
    assert svc.decisions() == {rid: 1}
    assert svc.history(rid)[-1].code == "decision"
    svc.record_decision_use(rid, "export")
    from veiligbestuur_desktop.store import audit

    with workspace.reading() as s:
        last = audit.entries_for(s, "policy_decision", str(svc.decision(rid).id))[-1]
    assert (last.action, last.summary.endswith("opgeslagen buiten de kluis")) == ("export", True)
    assert verify(workspace, backups=False).ok


def test_concept_may_be_deleted_an_adopted_version_not(workspace):
    svc = PolicyService(workspace)
    rid = svc.create(policy_draft(), TODAY)
    adopt(svc, rid)
    with pytest.raises(ValidationError, match="Alleen een conceptversie"):
        svc.delete(rid)
    v2 = svc.new_version(rid, TODAY)
    assert svc.get(v2).meldpunt == "de griffier"
    svc.delete(v2)
    assert [v.version for v in svc.versions()] == [1]


def test_house_rules_share_the_versioning(workspace):
    svc = HouseRulesService(workspace)
    with pytest.raises(ValidationError, match="ten minste één plek"):
        svc.create(HouseRulesDraft(adopted_by=RulesAuthority.BURGEMEESTER), TODAY)
    rid = svc.create(
        HouseRulesDraft(
            publieke_tribune="Geen spandoeken.",
            adopted_by=RulesAuthority.BURGEMEESTER,
            review_date=date(2028, 1, 1),
        ),
        TODAY,
    )
    adopt(svc, rid)
    saved = svc.save(rid, replace_text(svc.get(rid)), TODAY)
    assert saved.new_version and svc.get(saved.id).version == 2


def replace_text(d):
    from dataclasses import replace

    return replace(d, raadszaal="Niet filmen zonder toestemming van de voorzitter.")


def test_media_policy_one_record_per_scenario(workspace):
    svc = MediaPolicyService(workspace)
    svc.create(
        MediaScenarioDraft(Scenario.ONLINE, "communicatieadviseur", "", "Wij reageren niet inhoudelijk.")
    )
    rid = svc.create(
        MediaScenarioDraft(Scenario.RAADSLID, "de griffier", "de burgemeester", "Wij veroordelen dit.")
    )
    with pytest.raises(ValidationError, match="al vastgelegd"):
        svc.create(MediaScenarioDraft(Scenario.RAADSLID, "x", "", "y"))
    with pytest.raises(ValidationError, match="ander zijn dan de woordvoerder"):
        svc.update(rid, MediaScenarioDraft(Scenario.RAADSLID, "de griffier", "De Griffier", "y"))
    assert [r.scenario for r in svc.page(None, 0, 10)] == ["raadslid", "online"]
    assert svc.missing_scenarios() == [Scenario.WETHOUDER, Scenario.BURGEMEESTER, Scenario.THUIS]
    assert verify(workspace, backups=False).ok
