import pytest

from tests.conftest import PASSPHRASE, REAL_KEYRING_BACKEND
from tests.support.files import snapshot
from veiligbestuur_desktop.domain.errors import ValidationError, VaultError, WrongPassphrase
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services import lifecycle, vault_admin
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.store import audit
from veiligbestuur_desktop.vault import recovery
from veiligbestuur_desktop.vault.vault import Vault

DEPUTY = "Plaatsvervanger"
DEPUTY_PASS = "Groene weide bij de Linge 77"


def test_recovery_key_format_and_typos():
    key = recovery.generate()
    groups = key.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert recovery.normalise(key.lower().replace("-", " ")) == key
    typo = key[:-1] + ("0" if key[-1] != "0" else "1")
    with pytest.raises(ValidationError, match="typfout"):
        recovery.normalise(typo)
    with pytest.raises(ValidationError, match="geen geldige herstelsleutel"):
        recovery.normalise("ABCD")
    assert len({recovery.generate() for _ in range(50)}) == 50


def test_created_vault_has_a_recovery_key_that_unlocks(workspace, data_dir):
    key = workspace.pending_recovery_key
    assert key and len(key) == 34
    kinds = {s.kind for s in vault_admin.slots(workspace)}
    assert kinds == {"passphrase", "recovery"}
    assert key.replace("-", "") not in (data_dir / "veiligbestuur.keys").read_text()
    workspace.lock()
    ws = lifecycle.unlock_with_recovery_key(data_dir, key.lower())
    assert ws.actor == "Herstelsleutel"
    vault_admin.change_passphrase(
        ws, "Nieuw wachtwoord na herstel 2026!", "Nieuw wachtwoord na herstel 2026!"
    )
    ws.lock()
    with pytest.raises(WrongPassphrase):
        lifecycle.unlock(data_dir, PASSPHRASE)
    lifecycle.unlock(data_dir, "Nieuw wachtwoord na herstel 2026!").lock()


def test_wrong_recovery_key_changes_nothing(workspace, data_dir):
    workspace.lock()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase, match="past niet"):
        lifecycle.unlock_with_recovery_key(data_dir, recovery.generate())
    assert snapshot(data_dir) == before


def test_named_slots_add_remove_and_audit_who_acted(workspace, data_dir):
    vault_admin.add_passphrase(workspace, DEPUTY, DEPUTY_PASS, DEPUTY_PASS)
    with pytest.raises(ValidationError, match="al een sleutel"):
        vault_admin.add_passphrase(workspace, "plaatsvervanger", DEPUTY_PASS, DEPUTY_PASS)
    with pytest.raises(ValidationError, match=r"te zwak|te kort"):
        vault_admin.add_passphrase(workspace, "Zwak", "kort", "kort")
    workspace.lock()
    ws = lifecycle.unlock(data_dir, DEPUTY_PASS)
    assert ws.actor == DEPUTY
    PlanService(ws).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    with ws.reading() as s:
        entry = audit.entries_for(s, "plan_item", "beleid_media")[-1]
    assert entry.slot == DEPUTY
    coordinator = next(s for s in vault_admin.slots(ws) if s.name == "Coördinator")
    with pytest.raises(ValidationError, match="waarmee u nu bent ingelogd"):
        vault_admin.remove_slot(ws, next(s.id for s in vault_admin.slots(ws) if s.current))
    vault_admin.remove_slot(ws, coordinator.id)
    with pytest.raises(ValidationError, match="herstelsleutel kan niet"):
        vault_admin.remove_slot(ws, next(s.id for s in vault_admin.slots(ws) if s.kind == "recovery"))
    ws.lock()
    with pytest.raises(WrongPassphrase):
        lifecycle.unlock(data_dir, PASSPHRASE)
    ws = lifecycle.unlock(data_dir, DEPUTY_PASS)
    with pytest.raises(ValidationError, match="laatste wachtwoord"):
        ws.vault.remove_slot(ws.vault.slot.id)
    ws.lock()


def test_change_own_passphrase_rewraps_only(workspace, data_dir):
    key_before = bytes(workspace.vault.key)
    vault_admin.change_passphrase(workspace, "Een heel nieuw wachtwoord 99", "Een heel nieuw wachtwoord 99")
    workspace.lock()
    ws = lifecycle.unlock(data_dir, "Een heel nieuw wachtwoord 99")
    assert bytes(ws.vault.key) == key_before
    ws.lock()


def test_keyring_slot_unlocks_without_typing_and_falls_back(workspace, data_dir, memory_keyring):
    ok, _ = vault_admin.keyring_status()
    assert ok
    vault_admin.remember_workstation(workspace)
    assert vault_admin.remembered(workspace)
    workspace.lock()
    ws = lifecycle.unlock_with_keyring(data_dir)
    assert ws.actor == "Deze werkplek"
    ws.lock()
    memory_keyring.store.clear()  # entry gone
    before = snapshot(data_dir)
    with pytest.raises(VaultError, match="ontbreekt"):
        lifecycle.unlock_with_keyring(data_dir)
    assert snapshot(data_dir) == before
    lifecycle.unlock(data_dir, PASSPHRASE).lock()  # never a dead end


def test_keyring_backend_changed_or_unavailable(workspace, data_dir, monkeypatch):
    from tests.support.memory_keyring import MemoryKeyring
    from veiligbestuur_desktop.vault import keyring_slot

    vault_admin.remember_workstation(workspace)
    workspace.lock()

    class OtherKeyring(MemoryKeyring):
        pass

    other = OtherKeyring()
    monkeypatch.setattr(keyring_slot, "backend", lambda: other)
    with pytest.raises(VaultError, match="veranderd"):
        lifecycle.unlock_with_keyring(data_dir)
    monkeypatch.setattr(keyring_slot, "backend", REAL_KEYRING_BACKEND)
    monkeypatch.setattr(keyring_slot, "_candidates", lambda: [("keyring.backends.fail", "Keyring")])
    assert keyring_slot.backend() is None
    with pytest.raises(VaultError, match="sleutelbos"):
        lifecycle.unlock_with_keyring(data_dir)
    ok, reason = vault_admin.keyring_status()
    assert not ok and "Onthoud op deze werkplek" in reason


def test_plaintext_backends_are_never_chosen(monkeypatch):
    from veiligbestuur_desktop.vault import keyring_slot

    monkeypatch.setattr(keyring_slot, "backend", REAL_KEYRING_BACKEND)
    chosen = keyring_slot.backend()
    if chosen is not None:
        name = keyring_slot.backend_name(chosen)
        assert name.split(".")[-2] in ("SecretService", "Windows", "macOS"), name
    for module, _cls in keyring_slot._candidates():
        assert "file" not in module and "plaintext" not in module.lower() and "alt" not in module


def test_new_recovery_key_replaces_old(workspace, data_dir):
    old = workspace.pending_recovery_key
    new = vault_admin.new_recovery_key(workspace)
    assert new != old
    workspace.lock()
    with pytest.raises(WrongPassphrase):
        lifecycle.unlock_with_recovery_key(data_dir, old)
    lifecycle.unlock_with_recovery_key(data_dir, new).lock()


def test_recovery_sheet_pdf(workspace):
    import io

    from pypdf import PdfReader

    key = workspace.pending_recovery_key
    reader = PdfReader(io.BytesIO(vault_admin.recovery_sheet_pdf(workspace, key)))
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert key in text and workspace.vault.database_id in text
    assert "Herstelsleutel" in text and "Súdwest-Fryslân" in text


def test_vault_open_lists_slots_without_secret(workspace, data_dir):
    vault_admin.add_passphrase(workspace, DEPUTY, DEPUTY_PASS, DEPUTY_PASS)
    workspace.lock()
    v = Vault.open(data_dir)
    assert [s.name for s in v.passphrase_slots()] == ["Coördinator", DEPUTY]
    assert v.has_recovery_slot()
