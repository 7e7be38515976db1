"""Key-file faults (issue "One vault, one writer", defect 9): the second copy whenever the first fails for any
reason, repair with a notice, another vault's key file named as such, injected slots and forged Argon2
parameters refused, and no downgrade to an unauthenticated key file."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.domain.errors import KeyFileDamaged
from veiligbestuur_desktop.services import lifecycle, vault_admin
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.vault import crypto, keyfile
from veiligbestuur_desktop.vault.vault import VaultPaths


def _doc(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _write_with_checksum(path, doc):
    """What an attacker without the key can do: edit the JSON and fix the (keyless) checksum."""
    doc.pop("checksum", None)
    doc["checksum"] = keyfile._checksum(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.fixture
def paths(workspace, data_dir):
    workspace.lock()
    return VaultPaths(data_dir)


@pytest.fixture
def other_vault(tmp_path):
    ws = lifecycle.create_vault(tmp_path / "andere", "Ede", "Iemand", PASSPHRASE)
    lifecycle.confirm_created(ws)
    ws.lock()
    return VaultPaths(tmp_path / "andere")


def _unlock_and_notice(data_dir):
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert verify(ws).ok
        return " ".join(ws.notices)
    finally:
        ws.lock()


@pytest.mark.parametrize("fault", ["damaged", "other_vault", "newer_version", "empty", "missing"])
def test_a_bad_primary_copy_falls_back_to_the_second_and_is_repaired(paths, other_vault, fault):
    good = paths.keyfile_copy.read_bytes()
    if fault == "damaged":
        raw = bytearray(paths.keyfile.read_bytes())
        raw[60] ^= 0x01
        paths.keyfile.write_bytes(bytes(raw))
    elif fault == "other_vault":
        shutil.copyfile(other_vault.keyfile, paths.keyfile)
    elif fault == "newer_version":
        doc = _doc(paths.keyfile)
        doc["version"] = keyfile.VERSION + 1
        _write_with_checksum(paths.keyfile, doc)
    elif fault == "empty":
        paths.keyfile.write_bytes(b"")
    else:
        paths.keyfile.unlink()
    notice = _unlock_and_notice(paths.data_dir)
    assert "andere kopie is gebruikt" in notice and "hersteld" in notice, notice
    assert paths.keyfile.read_bytes() == paths.keyfile_copy.read_bytes()
    assert paths.keyfile.read_bytes() != good  # rewritten with a newer generation
    assert "andere kopie" not in _unlock_and_notice(paths.data_dir)  # repaired once, quiet afterwards


def test_an_empty_second_copy_raises_a_notice_and_is_repaired(paths):
    paths.keyfile_copy.write_bytes(b"")
    notice = _unlock_and_notice(paths.data_dir)
    assert "veiligbestuur.keys.2" in notice
    assert paths.keyfile_copy.read_bytes() == paths.keyfile.read_bytes()


def test_a_key_file_of_another_vault_is_named_as_such_not_as_a_damaged_database(paths, other_vault):
    for target in (paths.keyfile, paths.keyfile_copy):
        shutil.copyfile(other_vault.keyfile, target)
    before = snapshot(paths.data_dir)
    with pytest.raises(KeyFileDamaged, match="hoort bij een andere kluis") as info:
        lifecycle.unlock(paths.data_dir, PASSPHRASE)
    assert "beschadigd" not in info.value.message
    assert snapshot(paths.data_dir) == before


def _as_version_1(path):
    """The key file as a release before the MAC wrote it (or as an attacker would downgrade it)."""
    doc = _doc(path)
    doc["version"] = 1
    for k in ("generation", "db_salts", "mac"):
        doc.pop(k)
    _write_with_checksum(path, doc)


def _forge_slot(doc, **kdf):
    slot = json.loads(json.dumps(doc["slots"][0]))
    slot["id"] = "vervalst0001"
    slot["name"] = "Indringer"
    slot["kdf"].update(kdf)
    doc["slots"].insert(0, slot)
    return doc


def test_an_injected_slot_is_refused_and_nothing_changes(paths):
    for target in (paths.keyfile, paths.keyfile_copy):
        _write_with_checksum(target, _forge_slot(_doc(target)))
    before = snapshot(paths.data_dir)
    with pytest.raises(KeyFileDamaged, match="buiten VeiligBestuur gewijzigd"):
        lifecycle.unlock(paths.data_dir, PASSPHRASE)
    assert snapshot(paths.data_dir) == before


def test_an_injected_slot_in_one_copy_only_is_ignored_for_the_authentic_copy(paths):
    _write_with_checksum(paths.keyfile, _forge_slot(_doc(paths.keyfile)))
    notice = _unlock_and_notice(paths.data_dir)
    assert "hersteld" in notice
    assert "Indringer" not in paths.keyfile.read_text(encoding="utf-8")


def test_forged_argon2_parameters_are_not_believed(paths, monkeypatch):
    """A slot claiming 4 GiB x 1000 iterations would make every unlock take 10+ s: never derived."""
    for target in (paths.keyfile, paths.keyfile_copy):
        _write_with_checksum(target, _forge_slot(_doc(target), memory_kib=4 * 1024 * 1024, iterations=1000))
    calls = []
    real = crypto.derive
    crypto_derive = lambda secret, salt, params: calls.append(params) or real(secret, salt, params)  # noqa: E731
    monkeypatch.setattr(crypto, "derive", crypto_derive)
    with pytest.raises(KeyFileDamaged):
        lifecycle.unlock(paths.data_dir, PASSPHRASE)
    assert all(
        p.memory_kib <= crypto.DEFAULT_MEMORY_KIB and p.iterations <= crypto.MAX_ITERATIONS for p in calls
    )
    with pytest.raises(ValueError):
        crypto.KdfParams.from_json(
            {"name": "argon2id", "iterations": 1000, "memory_kib": 4 * 1024 * 1024, "lanes": 4}
        )


def test_a_downgrade_to_an_unauthenticated_version_1_key_file_is_refused(paths):
    for target in (paths.keyfile, paths.keyfile_copy):
        _as_version_1(target)
    with pytest.raises(KeyFileDamaged, match="oudere, niet-beveiligde versie"):
        lifecycle.unlock(paths.data_dir, PASSPHRASE)


def test_a_version_1_key_file_of_an_older_release_is_upgraded(workspace, data_dir):
    """Vaults made before the MAC existed still open, once, and are then authenticated."""
    paths = workspace.vault.paths
    raw = workspace.vault.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA application_id = 0")  # as an older release left it
    raw.close()
    workspace.lock()
    for target in (paths.keyfile, paths.keyfile_copy):
        _as_version_1(target)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    vault_admin.add_passphrase(
        ws, "Plaatsvervanger", "Groene weide bij de Linge 77", "Groene weide bij de Linge 77"
    )
    ws.lock()
    assert _doc(paths.keyfile)["version"] == keyfile.VERSION and _doc(paths.keyfile)["mac"]


def test_unlock_removes_the_leftovers_of_a_killed_backup(workspace, data_dir):
    backups = data_dir / "backups" / "auto"
    backups.mkdir(parents=True)
    left = [
        data_dir / "backups" / (".snapshot-" + "0123abcd" * 4 + ".db"),
        backups / ".veiligbestuur-2026-11-29.vbbackup.ab12cd34.tmp",
    ]
    for p in left:
        p.write_bytes(b"half")
    workspace.lock()
    lifecycle.unlock(data_dir, PASSPHRASE).lock()
    assert not any(p.exists() for p in left)
