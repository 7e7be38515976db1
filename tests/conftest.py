"""Test isolation: offscreen Qt, a private HOME/XDG/TMP, an in-memory keyring and cheap Argon2id parameters.

Nothing here touches the real user profile, the real keyring or the network.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# --- environment, set before anything imports Qt, platformdirs users or keyring ---------------------------
_SANDBOX = Path(tempfile.mkdtemp(prefix="vb-tests-"))
for _name in ("home", "data", "config", "cache", "state", "runtime", "tmp", "logs"):
    (_SANDBOX / _name).mkdir(mode=0o700)
os.environ.update(
    {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(_SANDBOX / "home"),
        "XDG_DATA_HOME": str(_SANDBOX / "data"),
        "XDG_CONFIG_HOME": str(_SANDBOX / "config"),
        "XDG_CACHE_HOME": str(_SANDBOX / "cache"),
        "XDG_STATE_HOME": str(_SANDBOX / "state"),
        "XDG_RUNTIME_DIR": str(_SANDBOX / "runtime"),
        "TMPDIR": str(_SANDBOX / "tmp"),
        "VEILIGBESTUUR_LOG_DIR": str(_SANDBOX / "logs"),
        "LANG": "nl_NL.UTF-8",
        "TZ": "Europe/Amsterdam",
    }
)
os.environ.pop("VEILIGBESTUUR_DATA_DIR", None)
os.environ.pop("VEILIGBESTUUR_PASSPHRASE", None)
if not os.environ.get("VEILIGBESTUUR_REAL_KEYRING"):
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)  # only the real-keyring run may reach a session bus
tempfile.tempdir = None  # re-read TMPDIR

import keyring  # noqa: E402

from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from veiligbestuur_desktop.vault import crypto, keyring_slot  # noqa: E402

REAL_KEYRING_BACKEND = keyring_slot.backend  # the production choice, for the tests that need it

# Cheap Argon2id for speed: the calibration is replaced in the test process (slots store their parameters, so
# the code under test is unchanged); child processes do the same (tests/support/child.py).
CHEAP_KDF = crypto.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
crypto.calibrate = lambda target_seconds=crypto.TARGET_SECONDS: CHEAP_KDF

PASSPHRASE = "Correct paard batterij niet 42!"
MUNICIPALITY = "Súdwest-Fryslân"
COORDINATOR = "Eelke de Vries"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring; the vault's explicit backend choice is pointed at it."""
    from veiligbestuur_desktop.vault import keyring_slot

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyring_slot, "backend", lambda: backend)
        yield backend


@pytest.fixture
def sandbox() -> Path:
    """The session's private HOME/XDG/TMP root (for scans of everything the app may have written)."""
    return _SANDBOX


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "kluis"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[object]:
    """A freshly created, unlocked vault."""
    from veiligbestuur_desktop.services import lifecycle

    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(ws)  # the recovery key counts as shown
    yield ws
    ws.lock()
