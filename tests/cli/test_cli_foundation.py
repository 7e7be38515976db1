import os
import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop import __version__
from veiligbestuur_desktop.cli import main


@pytest.fixture
def pwfile(tmp_path):
    p = tmp_path / "pw.txt"
    p.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return p


def test_init_then_verify(data_dir, pwfile, capsys):
    assert (
        main(["init", "--data-dir", str(data_dir), "--municipality", "Ede", "--passphrase-file", str(pwfile)])
        == 0
    )
    assert "Kluis aangemaakt" in capsys.readouterr().out
    assert main(["verify", "--data-dir", str(data_dir), "--passphrase-file", str(pwfile)]) == 0
    out = capsys.readouterr().out
    assert "integrity_check): in orde" in out and "hashketen): in orde" in out
    assert "alle controles geslaagd" in out


def test_passphrase_from_environment(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--data-dir", str(data_dir), "--municipality", "Ede"]) == 0
    assert main(["verify", "--data-dir", str(data_dir)]) == 0


def test_data_dir_from_environment(tmp_path, monkeypatch, pwfile):
    target = tmp_path / "via-env"
    monkeypatch.setenv("VEILIGBESTUUR_DATA_DIR", str(target))
    assert main(["init", "--municipality", "Ede", "--passphrase-file", str(pwfile)]) == 0
    assert (target / "veiligbestuur.keys").exists()


@pytest.mark.parametrize(
    ("setup", "argv_tail", "message"),
    [
        ("vault", ["verify", "--passphrase-file", "WRONG"], "wachtwoord klopt niet"),
        ("vault", ["init", "--municipality", "Ede", "--passphrase-file", "PW"], "staat al een kluis"),
        ("none", ["verify", "--passphrase-file", "PW"], "staat geen kluis"),
        ("nokey", ["verify", "--passphrase-file", "PW"], "sleutelbestand"),
        ("vault", ["verify", "--passphrase-file", "MISSING"], "bestaat niet"),
    ],
)
def test_user_errors_one_dutch_line_exit_2_no_change(
    data_dir, pwfile, tmp_path, capsys, setup, argv_tail, message
):
    if setup in ("vault", "nokey"):
        assert (
            main(
                [
                    "init",
                    "--data-dir",
                    str(data_dir),
                    "--municipality",
                    "Ede",
                    "--passphrase-file",
                    str(pwfile),
                ]
            )
            == 0
        )
    if setup == "nokey":
        (data_dir / "veiligbestuur.keys").unlink()
        (data_dir / "veiligbestuur.keys.2").unlink()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("een heel ander wachtwoord", encoding="utf-8")
    files = {"WRONG": str(wrong), "PW": str(pwfile), "MISSING": str(tmp_path / "nope.txt")}
    argv = [files.get(a, a) for a in argv_tail]
    capsys.readouterr()
    before = snapshot(data_dir)
    assert main([argv[0], "--data-dir", str(data_dir), *argv[1:]]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err
    assert snapshot(data_dir) == before


def test_subprocess_version_and_usage_error():
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    r = subprocess.run(
        [sys.executable, "-m", "veiligbestuur_desktop", "--version"], capture_output=True, text=True, env=env
    )
    assert r.returncode == 0 and r.stdout.strip() == f"veiligbestuur {__version__}"
    r = subprocess.run(
        [sys.executable, "-m", "veiligbestuur_desktop", "verify", "--onbekend"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 2
    assert "Ongeldige aanroep" in r.stderr and "Traceback" not in r.stderr


def test_subprocess_wrong_passphrase_no_traceback(data_dir, pwfile, tmp_path):
    assert (
        main(["init", "--data-dir", str(data_dir), "--municipality", "Ede", "--passphrase-file", str(pwfile)])
        == 0
    )
    env = {**os.environ, "VEILIGBESTUUR_PASSPHRASE": "fout fout fout fout"}
    r = subprocess.run(
        [sys.executable, "-m", "veiligbestuur_desktop", "verify", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 2
    assert r.stderr.strip().startswith("Het wachtwoord klopt niet") and "Traceback" not in r.stderr
