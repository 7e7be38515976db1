"""The exchange commands on a demo vault and on messy files: exit codes, row reports, nothing written on
invalid rows, formats by extension, the documents inzage and verwerkingsregister."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.exchange.helpers import messy_xlsx
from tests.support.demo_vaults import demo_copy
from veiligbestuur_desktop.cli import main


@pytest.fixture
def demo_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    return demo_copy(tmp_path / "demo", incidents=120, seed=3)  # as `demo --incidents 120 --seed 3` makes it


def _count(demo_dir: Path, capsys) -> int:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main(["list", "incidents", "--data-dir", str(demo_dir)]) == 0
    return len(capsys.readouterr().out.strip().splitlines())


def test_exports_by_extension(demo_dir, tmp_path, capsys):
    xlsx, csv_, ics = tmp_path / "i.xlsx", tmp_path / "p.csv", tmp_path / "t.ics"
    assert (
        main(["export", "incidents", "--data-dir", str(demo_dir), "--out", str(xlsx), "--pseudonymise"]) == 0
    )
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[0][0] == "Nummer" and len(rows) == 121
    assert main(["export", "persons", "--data-dir", str(demo_dir), "--out", str(csv_)]) == 0
    assert csv_.read_bytes().startswith(b"\xef\xbb\xbfId;Naam;Soort")
    assert main(["export", "deadlines", "--data-dir", str(demo_dir), "--out", str(ics)]) == 0
    assert Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    capsys.readouterr()
    assert main(["export", "deadlines", "--data-dir", str(demo_dir), "--out", str(tmp_path / "t.csv")]) == 2
    assert "eindigt op .ics" in capsys.readouterr().err
    inside = demo_dir / "lek.xlsx"
    assert main(["export", "incidents", "--data-dir", str(demo_dir), "--out", str(inside)]) == 2
    assert not inside.exists()


def test_documents_on_a_demo_vault(demo_dir, tmp_path, capsys):
    capsys.readouterr()
    assert main(["document", "list"]) == 0
    listed = capsys.readouterr().out
    assert "inzage\tstap 6" in listed and "verwerkingsregister\tstap 1" in listed
    # an inzage is about one person chosen on purpose: without --id nothing is written
    refused = tmp_path / "inzage-zonder-id.pdf"
    assert main(["document", "inzage", "--data-dir", str(demo_dir), "--out", str(refused)]) == 2
    assert not refused.exists() and "--id" in capsys.readouterr().err
    for name, extra, expect in (
        ("verwerkingsregister", [], "art. 33 UAVG"),
        ("inzage", ["--id", "1"], "Inzageoverzicht"),
    ):
        out = tmp_path / f"{name}{len(extra)}.pdf"
        assert main(["document", name, "--data-dir", str(demo_dir), "--out", str(out), *extra]) == 0
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
        assert expect in " ".join(text.split())
    folder = tmp_path / "inzage"
    folder.mkdir()
    assert main(["inzage", "--id", "1", "--data-dir", str(demo_dir), "--out-dir", str(folder)]) == 0
    assert sorted(p.suffix for p in folder.iterdir()) == [".csv", ".json", ".pdf"]
    stats = tmp_path / "regio.csv"
    assert main(["statistiek", "--data-dir", str(demo_dir), "--out", str(stats)]) == 0
    body = stats.read_text(encoding="utf-8-sig")
    assert body.startswith("Gemeente;Jaar;Categorie") and "<5" in body


def test_import_exit_codes_and_nothing_written_on_invalid_rows(demo_dir, tmp_path, capsys):
    sheet = messy_xlsx(tmp_path / "oud.xlsx")
    n = _count(demo_dir, capsys)
    assert main(["import", "incidents", str(sheet), "--data-dir", str(demo_dir)]) == 2
    captured = capsys.readouterr()
    assert "Rij 9 kolom ‘Datum’: ‘31-02-2025’ is geen datum" in captured.out
    assert "niets geïmporteerd" in captured.err and "Traceback" not in captured.err
    assert "‘belediging’ → verbale agressie / belediging" in captured.out
    assert _count(demo_dir, capsys) == n
    assert main(["import", "incidents", str(sheet), "--data-dir", str(demo_dir), "--dry-run"]) == 2
    assert "Proefdraai" in capsys.readouterr().out
    assert _count(demo_dir, capsys) == n
    assert main(["import", "incidents", str(sheet), "--data-dir", str(demo_dir), "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "Geïmporteerd: 3 incident(en)" in out and "Overgeslagen wegens fouten: rij 3, 8, 9, 10, 11" in out
    assert "Overgeslagen als dubbel: rij 6" in out
    assert _count(demo_dir, capsys) == n + 3
    mapping = tmp_path / "koppeling.json"
    mapping.write_text(
        '{"categories": {"zwerfvuil": "hinderlijk", "fietsendiefstal": "vernieling"}}', encoding="utf-8"
    )
    ok = tmp_path / "goed.csv"
    ok.write_text(
        "Datum;Omschrijving;Soort incident;Naam slachtoffer;Functie;Ernst;Kanaal\n"
        "01-03-2025;Zwerfvuil voor de deur;zwerfvuil;Nieuwe Wethouder;wethouder;1;persoonlijk\n",
        encoding="utf-8",
    )
    assert (
        main(
            [
                "import",
                "incidents",
                str(ok),
                "--data-dir",
                str(demo_dir),
                "--dry-run",
                "--mapping",
                str(mapping),
            ]
        )
        == 0
    )
    assert _count(demo_dir, capsys) == n + 3
    assert main(["import", "incidents", str(ok), "--data-dir", str(demo_dir), "--mapping", str(mapping)]) == 0
    assert "Geïmporteerd: 1 incident(en) en 1 nieuwe" in capsys.readouterr().out
    assert main(["verify", "--data-dir", str(demo_dir)]) == 0
    assert main(["import", "incidents", str(tmp_path / "bestaat-niet.csv"), "--data-dir", str(demo_dir)]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_opschonen_lists_and_purges_what_is_due(demo_dir, capsys):
    from dataclasses import replace

    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.regional_stats import RegionalStatsService
    from veiligbestuur_desktop.services.retention import RetentionService

    ws = lifecycle.unlock(demo_dir, PASSPHRASE)
    try:
        svc = RetentionService(ws)
        rule = next(r for r in svc.rules() if r.kind == "incident")
        svc.save_rule(replace(rule, years=1, basis="Proef: één jaar na afsluiten"))
        due = [r for r in svc.due() if r.kind == "incident"]
        counts = RegionalStatsService(ws).rows()
    finally:
        ws.lock()
    assert due
    capsys.readouterr()
    assert main(["opschonen", "--data-dir", str(demo_dir)]) == 0
    listed = capsys.readouterr().out
    assert f"incident {due[0].label}\tbewaartermijn voorbij sinds" in listed and "Gebruik --ja" in listed
    assert main(["opschonen", "--data-dir", str(demo_dir), "--ja"]) == 0
    out = capsys.readouterr().out
    assert f"Opgeschoond: {len(due)} incident(en) geanonimiseerd" in out and "Nieuwe back-up" in out
    ws = lifecycle.unlock(demo_dir, PASSPHRASE)
    try:
        assert RegionalStatsService(ws).rows() == counts  # the annual figures stay true
        assert not [r for r in RetentionService(ws).due() if r.kind == "incident"]
    finally:
        ws.lock()
    assert main(["verify", "--data-dir", str(demo_dir)]) == 0
