import pytest

from tests.conftest import PASSPHRASE
from tests.support.rotation import STEPS, interrupt_at
from veiligbestuur_desktop.domain.errors import ValidationError, WrongPassphrase
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services import lifecycle, vault_admin
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.verify import verify

DEPUTY_PASS = "Groene weide bij de Linge 77"


def SHOWN(_key):  # the new recovery key counts as shown
    return None


class Interrupted(Exception):
    pass


def _prepare(workspace):
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.GEREED, note="voor rotatie"))
    vault_admin.add_passphrase(workspace, "Plaatsvervanger", DEPUTY_PASS, DEPUTY_PASS)
    vault_admin.remember_workstation(workspace)


def test_rotation_replaces_key_and_rewraps_kept_slots(workspace, data_dir):
    _prepare(workspace)
    old_key = bytes(workspace.vault.key)
    current = workspace.vault.slot.id
    new_recovery = vault_admin.rotate_data_key(workspace, {current: PASSPHRASE}, SHOWN)
    assert bytes(workspace.vault.key) != old_key
    assert verify(workspace).ok
    assert {s.kind for s in vault_admin.slots(workspace)} == {"passphrase", "recovery", "keyring"}
    assert [s.name for s in vault_admin.slots(workspace) if s.kind == "passphrase"] == ["Coördinator"]
    workspace.lock()
    with pytest.raises(WrongPassphrase):  # the deputy's slot was not kept
        lifecycle.unlock(data_dir, DEPUTY_PASS)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    assert PlanService(ws).states()["beleid_media"].note == "voor rotatie"
    ws.lock()
    lifecycle.unlock_with_keyring(data_dir).lock()
    lifecycle.unlock_with_recovery_key(data_dir, new_recovery).lock()
    import sqlcipher3.dbapi2 as sqlcipher

    from veiligbestuur_desktop.vault.database import key_pragma

    conn = sqlcipher.connect(str(data_dir / "veiligbestuur.db"))
    conn.execute(key_pragma(old_key))
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.close()


def test_rotation_needs_a_kept_passphrase(workspace):
    with pytest.raises(ValidationError, match="ten minste één"):
        vault_admin.rotate_data_key(workspace, {}, SHOWN)
    with pytest.raises(WrongPassphrase):
        vault_admin.rotate_data_key(workspace, {workspace.vault.slot.id: "fout fout fout fout"}, SHOWN)


@pytest.mark.parametrize("step", STEPS)
def test_interrupted_rotation_leaves_a_vault_that_opens(workspace, data_dir, monkeypatch, step):
    _prepare(workspace)

    def die():
        raise Interrupted(step)

    interrupt_at(monkeypatch.setattr, step, die)
    with pytest.raises(Interrupted):
        prepared = vault_admin.prepare_rotation(workspace, {workspace.vault.slot.id: PASSPHRASE})
        if step == "pending_written":
            die()
        vault_admin.commit_rotation(workspace, prepared)
    workspace.vault.engine.dispose()  # the process "dies" here (the OS would release its vault lock)
    workspace.vault.vault_lock.release()
    monkeypatch.undo()
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    assert verify(ws).ok
    assert PlanService(ws).states()["beleid_media"].note == "voor rotatie"
    assert not ws.vault.keyfile.pending, "the rotation is finished or rolled back at unlock"
    ws.lock()
    lifecycle.unlock(data_dir, PASSPHRASE).lock()  # and stays openable
