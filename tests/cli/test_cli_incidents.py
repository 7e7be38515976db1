import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.support.demo_vaults import demo_copy
from veiligbestuur_desktop.cli import main


@pytest.fixture
def demo_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    return demo_copy(tmp_path / "demo", incidents=300, seed=5)  # as `demo --incidents 300 --seed 5` makes it


def test_demo_list_and_report(demo_dir, tmp_path, capsys):
    capsys.readouterr()
    assert main(["list", "incidents", "--data-dir", str(demo_dir)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 300
    number, day, status, cats = lines[0].split("\t")
    assert number.endswith("-001") and len(day) == 10 and status and cats
    assert main(["list", "incidents", "--data-dir", str(demo_dir), "--year", number[:4]]) == 0
    year_lines = capsys.readouterr().out.strip().splitlines()
    assert 0 < len(year_lines) < 300 and all(line.startswith(number[:4]) for line in year_lines)

    out = tmp_path / "rapport.pdf"
    pwfile = tmp_path / "pdfpw"
    pwfile.write_text("pdf-wachtwoord\n", encoding="utf-8")
    assert (
        main(
            [
                "report",
                "incident",
                number,
                "--data-dir",
                str(demo_dir),
                "--out",
                str(out),
                "--pdf-password-file",
                str(pwfile),
            ]
        )
        == 0
    )
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("pdf-wachtwoord")
    assert number in reader.pages[0].extract_text()


def test_unknown_number_is_a_dutch_message_and_no_file(demo_dir, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["report", "incident", "1999-123", "--data-dir", str(demo_dir), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Incident 1999-123 bestaat niet" in err and "Traceback" not in err
    assert not out.exists()


def test_demo_is_deterministic(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    outputs = []
    for name in ("a", "b"):
        d = tmp_path / name
        assert main(["demo", "--data-dir", str(d), "--incidents", "200", "--seed", "9"]) == 0
        capsys.readouterr()
        assert main(["list", "incidents", "--data-dir", str(d)]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == 200
    d = tmp_path / "c"
    assert main(["demo", "--data-dir", str(d), "--incidents", "200", "--seed", "10"]) == 0
    capsys.readouterr()
    assert main(["list", "incidents", "--data-dir", str(d)]) == 0
    assert capsys.readouterr().out != outputs[0]


def test_demo_refuses_a_filled_vault(demo_dir, capsys):
    assert main(["demo", "--data-dir", str(demo_dir), "--incidents", "10"]) == 2
    assert "bevat al gegevens" in capsys.readouterr().err


def test_demo_reports_in_dutch_number_format(tmp_path, capsys):
    """Issue 10: '4,1 s', not '4.1 s' (and Dutch thousands separators)."""
    import re

    from tests.conftest import PASSPHRASE
    from veiligbestuur_desktop.cli import main

    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE, encoding="utf-8")
    assert (
        main(["demo", "--data-dir", str(tmp_path / "k"), "--passphrase-file", str(pw), "--incidents", "130"])
        == 0
    )
    out = capsys.readouterr().out
    assert re.search(r"1\.\d{3} opvolgingen in \d+,\d s\.$", out.strip()), out
