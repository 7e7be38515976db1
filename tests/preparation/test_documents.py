"""The step-3 documents rendered from plain data (no vault), read back with pypdf; and each document through
the command line on a demo vault."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.reports import contact_card, sanction_policy, work_instruction
from veiligbestuur_desktop.reports.letter import Letterhead
from veiligbestuur_desktop.reports.letters_preparation import (
    AangifteLetterFacts,
    SanctionLetterFacts,
    Signer,
    render_aangifte_letter,
    render_sanction_letter,
)

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
HEAD = Letterhead(
    "Proefdorp", "Markt 1\n8700 AA Proefdorp", "Postbus 9\n8700 AB Proefdorp", "14 0515", "proefdorp.nl"
)
HOME = "Tsjerkebuorren 12"


def _read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, " ".join("\n".join(p.extract_text() for p in reader.pages).split())


def _fonts(reader: PdfReader) -> set[str]:
    return {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}


def test_contact_card_is_a6_with_numbers_check_date_and_warning() -> None:
    data = contact_card.ContactCardData(
        municipality="Proefdorp",
        entries=(("Alarmnummer (acuut gevaar)", "112", ""), ("De Vertrouwenslijn", "0800-2800200", "BZK")),
        checked_on=date(2026, 3, 1),
        stale=True,
        opvang=(("wethouder", "burgemeester"),),
        generated_at=NOW,
    )
    reader, text = _read(contact_card.render(data))
    assert reader.metadata is not None and reader.metadata.title == contact_card.TITLE
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (105, 148)
    for expected in (
        "Gemeente Proefdorp",
        "112",
        "0800-2800200",
        "01-03-2026",
        "zes maanden",
        "burgemeester",
    ):
        assert expected in text, expected
    assert not any("Helvetica" in f for f in _fonts(reader))
    fresh = _read(
        contact_card.render(contact_card.ContactCardData("Proefdorp", data.entries, date(2026, 11, 1), False))
    )[1]
    assert "zes maanden" not in fresh


def test_sanction_policy_for_the_college() -> None:
    rows = tuple(
        sanction_policy.LadderRow(
            n, t, "criteria " + t, "burgemeester", "duur", basis, "bezwaar", "geen brief"
        )
        for n, (t, basis) in enumerate(
            (("Schriftelijke waarschuwing", "huisrecht"), ("Gebiedsverbod", "art. 172a Gemeentewet")), 1
        )
    )
    data = sanction_policy.SanctionPolicyData(
        "Proefdorp", NOW, rows, imposed_this_year=3, year=2026, retired=("Oud",)
    )
    reader, text = _read(sanction_policy.render(data))
    assert reader.metadata is not None and reader.metadata.title == sanction_policy.TITLE
    for expected in (
        "Sanctiebeleid",
        "1. Schriftelijke waarschuwing",
        "art. 172a Gemeentewet",
        "loco-burgemeester",
        "minder dan 5",
        "Oud",
    ):
        assert expected in text, expected
    assert "VERTROUWELIJK" not in text  # no personal data: for the college
    assert not any("Helvetica" in f for f in _fonts(reader))


def test_work_instruction() -> None:
    data = work_instruction.WorkInstructionData(
        municipality="Proefdorp",
        generated_at=NOW,
        town_hall="Markt 1, 8700 AA Proefdorp",
        contacts=(("Alarmnummer", "112"),),
        chain=(("Openbaar Ministerie", "VPT-code op elke aangifte", "officier VPT"),),
        opvang_hours=48,
    )
    reader, text = _read(work_instruction.render(data))
    assert reader.metadata is not None and reader.metadata.title == work_instruction.TITLE
    for expected in ("VPT-code", "domicilie", "Markt 1, 8700 AA Proefdorp", "48 uur", "officier VPT", "112"):
        assert expected in text, expected


@pytest.mark.parametrize(
    ("kind", "subject"),
    [
        ("waarschuwing", "Schriftelijke waarschuwing"),
        ("ordegesprek", "Uitnodiging voor een ordegesprek"),
        ("toegangsverbod", "Toegangsverbod gemeentehuis"),
    ],
)
def test_sanction_letters(kind: str, subject: str) -> None:
    facts = SanctionLetterFacts(
        kind=kind,
        letterhead=HEAD,
        signer=Signer("A. de Vries", "burgemeester"),
        reference="S-2026-0003",
        letter_date=date(2026, 11, 28),
        person_name="Gerrit Brouwer",
        person_address="Dijkstraat 4\n8701 XY Proefdorp",
        step_title=subject,
        decided_on=date(2026, 11, 25),
        ends_on=date(2027, 5, 25),
        legal_basis="huisregels gemeentehuis",
        bezwaar="binnen zes weken",
        incident_date=date(2026, 11, 20),
        incident_categories=("bedreiging",),
        meeting="dinsdag 1-12-2026 om 10.00 uur",
    )
    reader, text = _read(render_sanction_letter(facts))
    assert reader.metadata is not None and reader.metadata.title == f"{subject} (S-2026-0003)"
    for expected in (
        subject,
        "Gerrit Brouwer",
        "Dijkstraat 4",
        "S-2026-0003",
        "20-11-2026",
        "bedreiging",
        "VERTROUWELIJK",
    ):
        assert expected in text, expected
    if kind == "toegangsverbod":
        assert "25-05-2027" in text and "binnen zes weken" in text and "politie" in text
    if kind == "ordegesprek":
        assert "1-12-2026 om 10.00" in text


def test_aangifte_letter_gives_the_town_hall_never_the_home_address() -> None:
    facts = AangifteLetterFacts(
        letterhead=HEAD,
        signer=Signer("A. de Vries", "burgemeester"),
        letter_date=date(2026, 11, 28),
        incident_number="2026-014",
        incident_date=date(2026, 11, 20),
        incident_categories=("bedreiging", "doxing (art. 285d Sr)"),
        victim_name="Hélène van der Meer",
        victim_role="wethouder",
        police_contact="ELA-contactfunctionaris P. Smit",
    )
    reader, text = _read(render_aangifte_letter(facts))
    assert reader.metadata is not None and reader.metadata.title == "Aangifte-ondersteuningsbrief (2026-014)"
    for expected in (
        "wethouder",
        "VPT-code",
        "ELA",
        "domicilie",
        "Markt 1, 8700 AA Proefdorp",
        "2026-014",
        "hogere straf",
    ):
        assert expected in text, expected
    assert HOME not in text


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    mp = pytest.MonkeyPatch()
    mp.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    d = tmp_path_factory.mktemp("prep") / "demo"
    assert main(["demo", "--data-dir", str(d), "--incidents", "200", "--seed", "3"]) == 0
    yield d
    mp.undo()


NAMES = (
    "contactkaart",
    "sanctiebeleid",
    "werkinstructie-melding-aangifte",
    "brief-waarschuwing",
    "brief-ordegesprek",
    "brief-toegangsverbod",
    "brief-aangifte-ondersteuning",
)


def test_cli_lists_and_renders_every_step3_document_on_a_demo_vault(
    demo_dir, tmp_path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    assert main(["document", "list", "--data-dir", str(demo_dir)]) == 0
    listed = capsys.readouterr().out
    for name in NAMES:
        assert name in listed, name
    for name in NAMES:
        out = tmp_path / f"{name}.pdf"
        assert main(["document", name, "--data-dir", str(demo_dir), "--out", str(out)]) == 0, name
        reader = PdfReader(out)
        text = "\n".join(p.extract_text() for p in reader.pages)
        assert "Wâldhoeke-Oost" in text, name
        assert "veiligbestuur-audit-head" in str(reader.metadata.get("/Keywords", "")), name
    assert main(["verify", "--data-dir", str(demo_dir)]) == 0


def test_cli_letter_for_a_record_that_does_not_fit_is_a_dutch_message(
    demo_dir, tmp_path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "x.pdf"
    assert (
        main(["document", "brief-ordegesprek", "--data-dir", str(demo_dir), "--out", str(out), "--id", "1"])
        == 2
    )
    err = capsys.readouterr().err
    assert "sanctieladder" in err and not out.exists()
