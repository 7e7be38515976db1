"""Every fault gets its own Dutch message, CLI exit code 2 without a traceback, and leaves the files as they were."""

import json

import pytest

from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.plan import PlanService


def _fill(ws):
    for i, item in enumerate(("beleid_media", "beleid_afbakenen", "preventie_beveiligen") * 30):
        PlanService(ws).update_item(PlanItemState(item, ItemStatus.BEZIG, note=f"notitie {i} " + "x" * 500))


def damage_page(path, page=3):
    raw = bytearray(path.read_bytes())
    offset = 4096 * (page - 1) + 100
    raw[offset] ^= 0xFF
    path.write_bytes(bytes(raw))


def truncate(path):
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2 + 123])


def newer_schema(ws):
    from sqlalchemy import text

    with ws.transaction() as s:
        s.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))


def newer_keyfile(path):
    from veiligbestuur_desktop.vault import keyfile as kf

    doc = json.loads(path.read_text())
    doc.pop("checksum")
    doc["version"] = 99
    doc["checksum"] = kf._checksum(doc)
    path.write_text(json.dumps(doc))
    (path.parent / "veiligbestuur.keys.2").write_text(json.dumps(doc))


CASES = {
    "damaged_page": ("beschadigd", "back-up"),
    "truncated": ("beschadigd", "back-up"),
    "newer_schema": ("nieuwere versie", "Installeer"),
    "newer_keyfile": ("nieuwere versie", "Installeer"),
    "keyfile_missing": ("ontbreekt", "back-up"),
    "both_keyfiles_damaged": ("beschadigd", "back-up"),
}


@pytest.mark.parametrize("fault", sorted(CASES))
def test_fault_message_exit_code_and_files_unchanged(workspace, data_dir, tmp_path, capsys, fault):
    _fill(workspace)
    db = data_dir / "veiligbestuur.db"
    if fault == "newer_schema":
        newer_schema(workspace)
    workspace.lock()
    if fault == "damaged_page":
        damage_page(db)
    elif fault == "truncated":
        truncate(db)
    elif fault == "newer_keyfile":
        newer_keyfile(data_dir / "veiligbestuur.keys")
    elif fault == "keyfile_missing":
        (data_dir / "veiligbestuur.keys").unlink()
        (data_dir / "veiligbestuur.keys.2").unlink()
    elif fault == "both_keyfiles_damaged":
        for name in ("veiligbestuur.keys", "veiligbestuur.keys.2"):
            (data_dir / name).write_text("{kapot", encoding="utf-8")
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE, encoding="utf-8")
    before = snapshot(data_dir)
    capsys.readouterr()
    code = main(["verify", "--data-dir", str(data_dir), "--passphrase-file", str(pw)])
    err = capsys.readouterr().err
    assert code == 2, err
    for word in CASES[fault]:
        assert word in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert snapshot(data_dir) == before, "a failed unlock must not change any file"


def test_the_app_never_offers_to_recreate_an_existing_database(workspace, data_dir, capsys):
    workspace.lock()
    (data_dir / "veiligbestuur.keys").unlink()
    (data_dir / "veiligbestuur.keys.2").unlink()
    assert main(["init", "--data-dir", str(data_dir), "--municipality", "Ede"]) == 2
    assert "staat al een kluis" in capsys.readouterr().err
    assert (data_dir / "veiligbestuur.db").exists()
