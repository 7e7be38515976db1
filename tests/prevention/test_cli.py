"""The step 2 documents from the command line on a demo vault: listed, rendered, the current analysis by
default and a person analysis by --id; the demo fills every measure status."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.domain.prevention import AnalysisKind, MeasureStatus
from veiligbestuur_desktop.services import lifecycle, verify
from veiligbestuur_desktop.services.prevention import (
    AnalysisQuery,
    MeasureQuery,
    MeasureService,
    RiskAnalysisService,
    TrainingQuery,
    TrainingService,
)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):  # type: ignore[no-untyped-def]
    mp = pytest.MonkeyPatch()
    mp.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    d = tmp_path_factory.mktemp("prev") / "demo"
    assert main(["demo", "--data-dir", str(d), "--incidents", "30", "--seed", "4"]) == 0
    yield d
    mp.undo()


def _text(path) -> str:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join("\n".join(p.extract_text() for p in reader.pages).split())


def test_demo_fills_step_2_and_verifies(demo_dir, monkeypatch):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    ws = lifecycle.unlock(demo_dir, PASSPHRASE)
    try:
        rows = RiskAnalysisService(ws).page(AnalysisQuery(show_personal=True), 0, 100)
        assert {r.kind for r in rows} == {k.value for k in AnalysisKind}
        measures = MeasureService(ws).page(MeasureQuery(), 0, 100)
        assert {m.status for m in measures} == {s.value for s in MeasureStatus}
        assert {"Woningscan (CCV)", "Beveiligingsadvies"} <= {m.title for m in measures}
        assert TrainingService(ws).count(TrainingQuery()) >= 3
        assert verify.verify(ws).ok
    finally:
        ws.lock()


def test_document_list_and_each_step_2_document(demo_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["document", "list", "--data-dir", str(demo_dir)]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert {"risicoanalyse", "maatregelenplan", "trainingsoverzicht"} <= set(names)

    out = tmp_path / "plan.pdf"
    assert main(["document", "maatregelenplan", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    plan = _text(out)
    assert "Maatregelenplan veiligheid politieke ambtsdragers" in plan and "€ 6.500,00" in plan
    assert "Persoonsgebonden analyse burgemeester" not in plan and "Damocles" not in plan
    assert "persoonsgebonden analyse (niet in dit plan)" in plan

    out = tmp_path / "analyse.pdf"
    assert main(["document", "risicoanalyse", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    current = _text(out)
    assert "Risicoanalyse: Informatieavond windpark" in current and "VERTROUWELIJK" in current
    assert "Uitsluitend bestemd" not in current

    ws = lifecycle.unlock(demo_dir, PASSPHRASE)
    try:
        personal = next(
            r.id
            for r in RiskAnalysisService(ws).page(AnalysisQuery(show_personal=True), 0, 100)
            if r.kind == "persoon"
        )
    finally:
        ws.lock()
    out = tmp_path / "persoon.pdf"
    args = [
        "document",
        "risicoanalyse",
        "--data-dir",
        str(demo_dir),
        "--out",
        str(out),
        "--id",
        str(personal),
    ]
    assert main(args) == 0
    assert "Uitsluitend bestemd voor" in _text(out) and "en de burgemeester" in _text(out)

    out = tmp_path / "training.pdf"
    assert main(["document", "trainingsoverzicht", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    trainings = _text(out)
    assert (
        "Trainingsoverzicht ambtsdragers" in trainings
        and "Starterspakket veiligheid nieuwe raad" in trainings
    )
    assert "Nog geen training deze bestuurstermijn" in trainings
