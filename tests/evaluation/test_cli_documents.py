"""Step 7's documents through `veiligbestuur document` on a demo vault (in-process)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.cli import main


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli7") / "demo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
        assert main(["demo", "--data-dir", str(d), "--incidents", "500", "--seed", "9"]) == 0
    return d


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_the_list_names_the_three_documents_of_step_7(demo_dir, capsys):
    capsys.readouterr()
    assert main(["document", "list"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "\tstap 7\t" in line]
    names = {line.split("\t")[0] for line in lines}
    assert {"jaarverslag", "raadsinformatiebrief", "incidentevaluatie"} <= names


def test_annual_report_and_council_letter_of_a_demo_year(demo_dir, tmp_path, capsys):
    out = tmp_path / "jaarverslag.pdf"
    assert (
        main(["document", "jaarverslag", "--data-dir", str(demo_dir), "--id", "2025", "--out", str(out)]) == 0
    )
    text = _text(out)
    assert "Jaarverslag 2025" in text and "VERTROUWELIJK" in text and "Incidenten per maand" in text

    letter = tmp_path / "brief.pdf"
    args = [
        "document",
        "raadsinformatiebrief",
        "--data-dir",
        str(demo_dir),
        "--id",
        "2025",
        "--out",
        str(letter),
    ]
    assert main(args) == 0
    text = _text(letter)
    assert (
        "Raadsinformatiebrief" in text and "Agressie en geweld tegen politieke ambtsdragers in 2025" in text
    )
    assert "VERTROUWELIJK" not in text
    # no name of anybody in the vault
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.persons import PersonService

    ws = lifecycle.unlock(demo_dir, PASSPHRASE)
    try:
        names = [p.name for p in PersonService(ws).search(limit=5000) if p.name]
    finally:
        ws.lock()
    assert names and not [n for n in names if n in text]


def test_the_latest_evaluation_without_an_id(demo_dir, tmp_path):
    out = tmp_path / "evaluatie.pdf"
    assert main(["document", "incidentevaluatie", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    text = _text(out)
    assert "Evaluatie incident" in text and "Wat ging goed" in text


def test_a_year_out_of_range_is_a_dutch_message(demo_dir, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    args = ["document", "jaarverslag", "--data-dir", str(demo_dir), "--id", str(date.today().year + 5)]
    assert main([*args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Kies een jaar tussen 1990" in err and "Traceback" not in err
    assert not out.exists()


def test_the_status_of_the_measures_of_a_demo_year(demo_dir, tmp_path):
    from veiligbestuur_desktop.services import extensions

    if "status-maatregelen" not in {d.name for d in extensions.documents(7)}:
        pytest.skip("step 2's measures are not in this build")
    out = tmp_path / "maatregelen.pdf"
    args = ["document", "status-maatregelen", "--data-dir", str(demo_dir), "--id", "2026", "--out", str(out)]
    assert main(args) == 0
    text = _text(out)
    assert "Status van de maatregelen 2026" in text and "Per maatregel" in text
