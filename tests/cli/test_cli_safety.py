"""Outputs and input on the command line (issue "One vault, one writer", defects 3 and 11)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.services import lifecycle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pw(tmp_path: Path) -> str:
    p = tmp_path / "pw.txt"
    p.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return str(p)


@pytest.fixture
def demo_vault(data_dir: Path, pw: str, capsys) -> Path:
    assert main(["demo", "--data-dir", str(data_dir), "--passphrase-file", pw, "--incidents", "40"]) == 0
    capsys.readouterr()
    return data_dir


def _number(data_dir: Path, pw: str, capsys) -> str:
    assert main(["list", "incidents", "--data-dir", str(data_dir), "--passphrase-file", pw]) == 0
    return capsys.readouterr().out.splitlines()[0].split("\t")[0]


def test_report_never_overwrites_an_existing_file_without_force(demo_vault, pw, tmp_path, capsys):
    number = _number(demo_vault, pw, capsys)
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"mijn eigen document")
    base = ["report", "incident", number, "--data-dir", str(demo_vault), "--passphrase-file", pw, "--out"]
    assert main([*base, str(target)]) == 2
    err = capsys.readouterr().err
    assert "bestaat al" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == b"mijn eigen document"
    assert main([*base, str(target), "--force"]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_report_never_lands_in_the_data_dir_not_even_with_force(demo_vault, pw, tmp_path, capsys):
    """Defect 3: `--out <data dir>/veiligbestuur.db` destroyed the vault and exited 0."""
    number = _number(demo_vault, pw, capsys)
    before = snapshot(demo_vault)
    for target, force in (
        (demo_vault / "veiligbestuur.db", []),
        (demo_vault / "veiligbestuur.db", ["--force"]),
    ):
        code = main(
            [
                "report",
                "incident",
                number,
                "--data-dir",
                str(demo_vault),
                "--passphrase-file",
                pw,
                "--out",
                str(target),
                *force,
            ]
        )
        assert code == 2
        assert "ligt in de map van de kluis" in capsys.readouterr().err
    assert snapshot(demo_vault) == before
    lifecycle.unlock(demo_vault, PASSPHRASE).lock()


def test_new_report_files_are_private(demo_vault, pw, tmp_path, capsys):
    number = _number(demo_vault, pw, capsys)
    old = os.umask(0)
    try:
        target = tmp_path / "nieuw.pdf"
        assert (
            main(
                [
                    "report",
                    "incident",
                    number,
                    "--data-dir",
                    str(demo_vault),
                    "--passphrase-file",
                    pw,
                    "--out",
                    str(target),
                ]
            )
            == 0
        )
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_init_recovery_sheet_never_overwrites_and_creates_no_vault_when_refused(
    data_dir, pw, tmp_path, capsys
):
    sheet = tmp_path / "herstel.pdf"
    sheet.write_bytes(b"iets anders")
    args = ["init", "--data-dir", str(data_dir), "--municipality", "Ede", "--passphrase-file", pw]
    assert main([*args, "--recovery-sheet", str(sheet)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert sheet.read_bytes() == b"iets anders"
    assert not lifecycle.vault_exists(data_dir)
    assert main([*args, "--recovery-sheet", str(sheet), "--force"]) == 0
    assert sheet.read_bytes().startswith(b"%PDF") and stat.S_IMODE(sheet.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("\u200b\u200b\u200b", "onzichtbare tekens"),
        ("\u2060\ufeff\u00ad", "onzichtbare tekens"),
        ("Ede\u202e sdrawkcab", "leesrichting"),
        ("\u2067Ede\u2069", "leesrichting"),
    ],
)
def test_invisible_or_bidi_names_are_refused(data_dir, pw, tmp_path, capsys, name, word):
    """Defect 11: a municipality or slot name of invisible characters, or with a bidi override, was accepted."""
    assert main(["init", "--data-dir", str(data_dir), "--municipality", name, "--passphrase-file", pw]) == 2
    assert word in capsys.readouterr().err
    assert not lifecycle.vault_exists(data_dir)
    assert main(["init", "--data-dir", str(data_dir), "--municipality", "Ede", "--passphrase-file", pw]) == 0
    deputy = tmp_path / "deputy.txt"
    deputy.write_text("Groene weide bij de Linge 77", encoding="utf-8")
    capsys.readouterr()
    args = [
        "slots",
        "add",
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        pw,
        "--new-passphrase-file",
        str(deputy),
    ]
    assert main([*args, "--name", name]) == 2
    assert capsys.readouterr().err.strip()


def test_a_closed_pipe_ends_quietly(data_dir, pw, capsys):
    """Defect 11: `veiligbestuur list incidents | head -1` ended in "Er ging iets onverwachts mis (BrokenPipeError)"."""
    assert main(["demo", "--data-dir", str(data_dir), "--passphrase-file", pw, "--incidents", "3000"]) == 0
    capsys.readouterr()
    cmd = (
        f"{sys.executable} -m tests.support.child cli list incidents --data-dir '{data_dir}' --passphrase-file '{pw}'"
        " 2>err.txt | head -1; echo ${PIPESTATUS[0]} > code.txt"
    )
    work = data_dir.parent
    subprocess.run(
        ["bash", "-c", f"cd {work} && {cmd}"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        timeout=120,
    )
    assert (work / "err.txt").read_text() == ""
    assert (work / "code.txt").read_text().strip() == "0"


def test_a_data_dir_that_is_a_file_gets_its_own_message(tmp_path, pw, capsys):
    f = tmp_path / "geen-map"
    f.write_text("x", encoding="utf-8")
    for args in (["verify"], ["init", "--municipality", "Ede"], ["list", "incidents"]):
        assert main([*args, "--data-dir", str(f), "--passphrase-file", pw]) == 2
        err = capsys.readouterr().err
        assert "is een bestand, geen map" in err, err
    assert f.read_text(encoding="utf-8") == "x"
