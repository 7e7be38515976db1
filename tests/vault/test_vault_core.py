import sqlite3
import stat

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE
from tests.support.files import snapshot
from veiligbestuur_desktop.domain.errors import KeyFileMissing, VaultExists, VaultNotFound, WrongPassphrase
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.vault import keyfile
from veiligbestuur_desktop.vault.database import key_pragma
from veiligbestuur_desktop.vault.vault import Vault, VaultPaths


def test_first_run_creates_private_dir_two_keyfile_copies_and_ciphertext(workspace, data_dir):
    paths = VaultPaths(data_dir)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert paths.keyfile.read_bytes() == paths.keyfile_copy.read_bytes()
    kf = keyfile.KeyFile.from_bytes(paths.keyfile.read_bytes())
    slot = kf.slots_of(keyfile.SLOT_PASSPHRASE)[0]
    assert slot.kdf is not None and len(slot.salt) == 16
    assert len(workspace.vault.key) == 32
    raw = paths.db.read_bytes()
    assert not raw.startswith(b"SQLite format 3\x00")
    assert MUNICIPALITY.encode() not in raw


def test_plain_sqlite_cannot_read_but_sqlcipher_with_raw_key_can(workspace, data_dir):
    key = bytes(workspace.vault.key)
    workspace.lock()
    db = VaultPaths(data_dir).db
    plain = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    plain.close()
    conn = sqlcipher.connect(str(db))
    conn.execute(key_pragma(key))
    value = conn.execute("SELECT value FROM setting WHERE key='municipality'").fetchone()[0]
    conn.close()
    assert value == MUNICIPALITY


def test_every_connection_has_the_required_pragmas(workspace):
    with workspace.vault.engine.connect() as c:
        get = lambda p: c.exec_driver_sql(f"PRAGMA {p}").scalar()  # noqa: E731
        assert get("cipher_version")
        assert get("journal_mode") == "wal"
        assert get("synchronous") == 2  # FULL
        assert get("foreign_keys") == 1
        assert get("secure_delete") == 1
        assert get("cache_size") <= -48 * 1024  # 48 MiB per connection (vault/database.py CACHE_SIZE_KIB)


def test_wrong_passphrase_changes_no_file(workspace, data_dir):
    workspace.lock()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase) as exc:
        lifecycle.unlock(data_dir, "dit is niet het wachtwoord")
    assert "wachtwoord klopt niet" in exc.value.message
    assert snapshot(data_dir) == before


def test_unlock_after_lock_and_lock_wipes_key(workspace, data_dir):
    key_ref = workspace.vault.key
    workspace.lock()
    assert not any(key_ref)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert ws.info().coordinator == COORDINATOR
    finally:
        ws.lock()


def test_init_refuses_existing_vault(workspace, data_dir):
    workspace.lock()
    before = snapshot(data_dir)
    with pytest.raises(VaultExists):
        lifecycle.create_vault(data_dir, "Ede", "Iemand", PASSPHRASE)
    assert snapshot(data_dir) == before


def test_missing_keyfile_and_missing_vault(workspace, data_dir, tmp_path):
    workspace.lock()
    paths = VaultPaths(data_dir)
    paths.keyfile.unlink()
    paths.keyfile_copy.unlink()
    with pytest.raises(KeyFileMissing, match="sleutelbestand"):
        Vault.open(data_dir)
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "bestaat-niet")
    assert not (tmp_path / "bestaat-niet").exists()


def test_damaged_primary_keyfile_second_copy_takes_over(workspace, data_dir):
    workspace.lock()
    paths = VaultPaths(data_dir)
    raw = bytearray(paths.keyfile.read_bytes())
    raw[40] ^= 0x01
    paths.keyfile.write_bytes(bytes(raw))
    vault = Vault.open(data_dir)
    ws = lifecycle.unlock_vault(vault, PASSPHRASE)
    assert any("andere kopie is gebruikt" in n for n in ws.notices)
    ws.lock()
    # the damaged copy was repaired from the good one
    assert paths.keyfile.read_bytes() == paths.keyfile_copy.read_bytes()


def test_a_driver_without_sqlcipher_is_refused(workspace, data_dir, monkeypatch):
    """Fail closed: if the driver were plain SQLite, the key pragma would be ignored and data written in clear."""
    from veiligbestuur_desktop.domain.errors import EncryptionUnavailable
    from veiligbestuur_desktop.vault import database

    workspace.lock()
    before = snapshot(data_dir)
    monkeypatch.setattr(database.sqlcipher, "connect", lambda path, **kw: sqlite3.connect(path, **kw))
    with pytest.raises(EncryptionUnavailable, match="SQLCipher"):
        lifecycle.unlock(data_dir, PASSPHRASE)
    assert snapshot(data_dir) == before
