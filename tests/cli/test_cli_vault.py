import pytest

from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.cli import main

NEW = "Nieuw wachtwoord na herstel 2026!"
DEPUTY = "Groene weide bij de Linge 77"


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, value in (("pw", PASSPHRASE), ("new", NEW), ("deputy", DEPUTY)):
        p = tmp_path / f"{name}.txt"
        p.write_text(value + "\n", encoding="utf-8")
        out[name] = str(p)
    return out


@pytest.fixture
def vault(data_dir, files, capsys, tmp_path):
    sheet = tmp_path / "herstel.pdf"
    assert (
        main(
            [
                "init",
                "--data-dir",
                str(data_dir),
                "--municipality",
                "Ede",
                "--passphrase-file",
                files["pw"],
                "--recovery-sheet",
                str(sheet),
            ]
        )
        == 0
    )
    outtext = capsys.readouterr().out
    key = outtext.split("bewaar op papier in een brandkast): ")[1].split()[0]
    assert sheet.exists()
    return key


def test_backup_restore_cli(data_dir, files, vault, tmp_path, capsys):
    out = tmp_path / "b.vbbackup"
    assert (
        main(["backup", "--data-dir", str(data_dir), "--passphrase-file", files["pw"], "--out", str(out)])
        == 0
    )
    assert out.exists()
    assert (
        main(["backup", "--data-dir", str(data_dir), "--passphrase-file", files["pw"], "--out", str(out)])
        == 2
    )
    assert "bestaat al" in capsys.readouterr().err
    before = snapshot(data_dir)
    assert (
        main(["restore", "--data-dir", str(data_dir), "--passphrase-file", files["pw"], "--from", str(out)])
        == 2
    )
    assert "--force" in capsys.readouterr().err
    assert snapshot(data_dir) == before
    assert (
        main(
            [
                "restore",
                "--data-dir",
                str(data_dir),
                "--passphrase-file",
                files["pw"],
                "--from",
                str(out),
                "--force",
            ]
        )
        == 0
    )
    assert "bewaard in" in capsys.readouterr().out
    fresh = tmp_path / "elders"
    assert (
        main(["restore", "--data-dir", str(fresh), "--passphrase-file", files["pw"], "--from", str(out)]) == 0
    )
    assert main(["verify", "--data-dir", str(fresh), "--passphrase-file", files["pw"]]) == 0


def test_recovery_cli_sets_a_new_passphrase(data_dir, files, vault, tmp_path, capsys):
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(vault.lower().replace("-", " "), encoding="utf-8")
    assert (
        main(
            [
                "recovery",
                "--data-dir",
                str(data_dir),
                "--recovery-key-file",
                str(keyfile),
                "--new-passphrase-file",
                files["new"],
            ]
        )
        == 0
    )
    assert main(["verify", "--data-dir", str(data_dir), "--passphrase-file", files["new"]]) == 0
    assert main(["verify", "--data-dir", str(data_dir), "--passphrase-file", files["pw"]]) == 2
    keyfile.write_text(vault[:-1] + ("0" if vault[-1] != "0" else "1"), encoding="utf-8")
    capsys.readouterr()
    before = snapshot(data_dir)
    assert (
        main(
            [
                "recovery",
                "--data-dir",
                str(data_dir),
                "--recovery-key-file",
                str(keyfile),
                "--new-passphrase-file",
                files["new"],
            ]
        )
        == 2
    )
    assert "typfout" in capsys.readouterr().err
    assert snapshot(data_dir) == before


def test_slots_cli(data_dir, files, vault, capsys):
    base = ["--data-dir", str(data_dir), "--passphrase-file", files["pw"]]
    assert (
        main(["slots", "add", *base, "--name", "Plaatsvervanger", "--new-passphrase-file", files["deputy"]])
        == 0
    )
    capsys.readouterr()
    assert main(["slots", "list", *base]) == 0
    listing = capsys.readouterr().out
    assert (
        "Coördinator\twachtwoord" in listing
        and "Plaatsvervanger\twachtwoord" in listing
        and "herstelsleutel" in listing
    )
    assert main(["verify", "--data-dir", str(data_dir), "--passphrase-file", files["deputy"]]) == 0
    assert main(["slots", "remove", *base, "--name", "Coördinator"]) == 2
    assert "waarmee u nu bent ingelogd" in capsys.readouterr().err
    assert (
        main(
            [
                "slots",
                "remove",
                "--data-dir",
                str(data_dir),
                "--passphrase-file",
                files["deputy"],
                "--name",
                "Coördinator",
            ]
        )
        == 0
    )
    assert (
        main(["slots", "remove", *base, "--name", "Niemand"]) == 2
    )  # the coordinator's passphrase no longer works
    assert (
        main(
            [
                "slots",
                "remove",
                "--data-dir",
                str(data_dir),
                "--passphrase-file",
                files["deputy"],
                "--name",
                "Niemand",
            ]
        )
        == 2
    )
    assert "geen sleutel met de naam" in capsys.readouterr().err


def test_slots_rotate_cli(data_dir, files, vault, capsys):
    base = ["--data-dir", str(data_dir), "--passphrase-file", files["pw"]]
    assert (
        main(["slots", "add", *base, "--name", "Plaatsvervanger", "--new-passphrase-file", files["deputy"]])
        == 0
    )
    capsys.readouterr()
    assert main(["slots", "rotate", *base]) == 0
    outtext = capsys.readouterr().out
    assert "opnieuw versleuteld" in outtext and "Plaatsvervanger" in outtext
    new_key = outtext.split("de oude werkt niet meer): ")[1].split()[0]
    assert new_key != vault
    assert main(["verify", *base]) == 0
    assert main(["verify", "--data-dir", str(data_dir), "--passphrase-file", files["deputy"]]) == 2
