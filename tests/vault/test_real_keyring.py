"""One test against a real Secret Service (gnome-keyring on a private session bus, see scripts/with-keyring.sh).

`make test` runs it in its own pytest invocation with VEILIGBESTUUR_REAL_KEYRING=1; there it must pass, never
skip. In the main run (no session bus) it is skipped with that explanation.
"""

import os

import pytest

from tests.conftest import PASSPHRASE, REAL_KEYRING_BACKEND
from veiligbestuur_desktop.services import lifecycle, vault_admin
from veiligbestuur_desktop.vault import keyring_slot

REAL = bool(os.environ.get("VEILIGBESTUUR_REAL_KEYRING"))


@pytest.mark.realkeyring
@pytest.mark.skipif(not REAL, reason="runs in its own invocation inside scripts/with-keyring.sh (make test)")
def test_remember_on_workstation_with_real_secret_service(data_dir, monkeypatch):
    monkeypatch.setattr(keyring_slot, "backend", REAL_KEYRING_BACKEND)  # the real, explicitly chosen backend
    backend = keyring_slot.backend()
    assert backend is not None, "Secret Service not reachable inside with-keyring.sh"
    assert keyring_slot.backend_name(backend) == "keyring.backends.SecretService.Keyring"
    ws = lifecycle.create_vault(data_dir, "Ede", "Coördinator", PASSPHRASE)
    lifecycle.confirm_created(ws)  # the recovery key counts as shown
    vault_admin.remember_workstation(ws)
    db_id = ws.vault.database_id
    ws.lock()
    stored = backend.get_password(keyring_slot.SERVICE, db_id)
    assert stored and len(stored) > 40
    ws = lifecycle.unlock_with_keyring(data_dir)
    assert ws.actor == "Deze werkplek"
    vault_admin.forget_workstation(ws)
    ws.lock()
    assert backend.get_password(keyring_slot.SERVICE, db_id) is None
