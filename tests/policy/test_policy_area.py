"""Step 1 in the shared parts: the checklist evidence (the record, or the gap), the demo records, and every
step-1 document through the CLI on a demo vault."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.policy import AdoptingBody, MediaScenarioDraft, PolicyDraft, Scenario
from veiligbestuur_desktop.domain.versioning import DocStatus
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.area_policy import policy_evidence
from veiligbestuur_desktop.services.policy import MediaPolicyService, PolicyService

TODAY = date(2026, 3, 20)


def test_evidence_names_the_record_or_the_gap(workspace):
    ev = policy_evidence(workspace, TODAY)
    assert ev["beleid_afbakenen"].text == "nog geen agressieprotocol vastgelegd"
    assert (ev["beleid_afbakenen"].done, ev["beleid_afbakenen"].status) == (0, None)
    assert ev["beleid_media"].text.startswith(
        "mediabeleid: nog geen woordvoerder voor een raadslid is slachtoffer"
    )

    svc = PolicyService(workspace)
    rid = svc.create(
        PolicyDraft(
            categories=("bedreiging",),
            meldpunt="de griffier",
            adopted_by=AdoptingBody.COLLEGE,
            review_date=date(2027, 1, 1),
        ),
        TODAY,
    )
    assert (
        policy_evidence(workspace, TODAY)["beleid_afbakenen"].text
        == "protocol v1 is concept: nog niet vastgesteld"
    )
    svc.transition(rid, DocStatus.VOORGELEGD, today=TODAY)
    svc.transition(rid, DocStatus.VASTGESTELD, on=date(2026, 3, 12), today=TODAY)
    ev = policy_evidence(workspace, TODAY)["beleid_afbakenen"]
    assert ev.text == "vastgesteld protocol v1, 12-03-2026"
    assert (ev.done, ev.total, ev.status) == (1, 1, ItemStatus.GEREED)
    late = policy_evidence(workspace, date(2027, 2, 1))["beleid_afbakenen"]
    assert late.status is None and "herzieningsdatum verstreken" in late.text
    svc.transition(rid, DocStatus.TE_HERIJKEN, today=TODAY)
    review = policy_evidence(workspace, TODAY)["beleid_afbakenen"]
    assert svc.current_id() == rid  # still in force until a newer version is vastgesteld
    assert review.status is None
    assert (
        review.text
        == "vastgesteld protocol v1, 12-03-2026 (te herijken); maak een nieuwe versie en laat die vaststellen"
    )

    media = MediaPolicyService(workspace)
    for s in Scenario:
        media.create(MediaScenarioDraft(s, "de burgemeester", "", "Wij veroordelen dit."))
    ev = policy_evidence(workspace, TODAY)["beleid_media"]
    assert ev.text == "mediabeleid: woordvoerder voor alle 5 scenario’s" and ev.status == ItemStatus.GEREED


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
        d = tmp_path_factory.mktemp("demo") / "kluis"
        assert main(["demo", "--data-dir", str(d), "--incidents", "40", "--seed", "3"]) == 0
        yield d


def test_cli_lists_and_renders_every_step_1_document_on_a_demo_vault(demo_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    assert main(["document", "list", "--data-dir", str(demo_dir)]) == 0
    listed = capsys.readouterr().out
    names = [line.split()[0] for line in listed.splitlines() if line.strip()]
    for name in ("protocol", "raadsvoorstel", "normkaart", "woordvoeringsschema"):
        assert name in names, listed

    expected = {
        "protocol": (
            "Agressieprotocol politieke ambtsdragers",
            "versie 2",
            "gepubliceerd",
            "Versiegeschiedenis",
        ),
        "normkaart": ("Wat te doen bij agressie of bedreiging", "112", "0900-8844", "Meldpunt"),
        "woordvoeringsschema": ("Woordvoeringsschema", "de loco-burgemeester", "Standaardlijnen"),
    }
    for name, musts in expected.items():
        out = tmp_path / f"{name}.pdf"
        assert main(["document", name, "--data-dir", str(demo_dir), "--out", str(out)]) == 0, name
        text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
        for must in musts:
            assert must in text, (name, must)
    # version 1 of the protocol, by id: replaced
    out = tmp_path / "protocol-1.pdf"
    assert main(["document", "protocol", "--data-dir", str(demo_dir), "--out", str(out), "--id", "1"]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "versie 1 · vervangen" in text and "niet in werking" in text
    # the raadsvoorstel: the version on its way to the council (the demo's v3, voorgelegd), or one by --id
    out = tmp_path / "raadsvoorstel.pdf"
    assert main(["document", "raadsvoorstel", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    assert "versie 3" in "\n".join(p.extract_text() for p in PdfReader(out).pages)
    out.unlink()
    assert (
        main(["document", "raadsvoorstel", "--data-dir", str(demo_dir), "--out", str(out), "--id", "2"]) == 0
    )
    assert "Ontwerpbesluit" in "\n".join(p.extract_text() for p in PdfReader(out).pages)


def test_demo_vault_verifies_clean(demo_dir, monkeypatch, capsys):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    assert main(["verify", "--data-dir", str(demo_dir)]) == 0, capsys.readouterr()


def test_the_normkaart_carries_the_contact_card_of_step_3(workspace):
    from veiligbestuur_desktop.domain.preparation import ContactEntry
    from veiligbestuur_desktop.services.area_policy import normkaart_data
    from veiligbestuur_desktop.services.contacts import ContactService
    from veiligbestuur_desktop.services.policy import contact_card

    with pytest.raises(ValidationError, match="Leg eerst het protocol vast"):
        normkaart_data(workspace)
    PolicyService(workspace).create(
        PolicyDraft(categories=("bedreiging",), meldpunt="de griffier", adopted_by=AdoptingBody.COLLEGE),
        TODAY,
    )
    assert ("Alarmnummer (acuut gevaar)", "112") in contact_card(workspace)
    ContactService(workspace).add(ContactEntry("Bode gemeentehuis", "0318-555555"))
    data = normkaart_data(workspace)
    assert ("Bode gemeentehuis", "0318-555555") in data.contacts
    assert [r.code for r in data.roles] == ["burgemeester", "wethouder", "raadslid", "commissielid"]
    assert data.source == "Agressieprotocol, versie 1 (concept)"
