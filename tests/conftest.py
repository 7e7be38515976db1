"""Test isolation: offscreen Qt, a private HOME/XDG/TMP, an in-memory keyring and cheap Argon2id parameters.

Nothing here touches the real user profile, the real keyring or the network.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


_idle_lockers: weakref.WeakSet[Any] = weakref.WeakSet()


def _track_idle_lockers() -> bool:
    """Remember every IdleLocker made from now on (True), once its module is imported (else False).

    Each AppController's IdleLocker installs an application-wide event filter that stays until the controller
    is garbage collected, which for the reference cycles of a Qt object can take many tests; meanwhile every
    event of every later test passes through each of them (8 million eventFilter calls in 23 GUI tests).
    """
    idle = sys.modules.get("veiligbestuur_desktop.ui.app.idle")
    if idle is None:
        return False
    if not getattr(idle.IdleLocker.__init__, "tracked_by_tests", False):
        original = idle.IdleLocker.__init__

        def init(self: Any, *args: Any, **kwargs: Any) -> None:
            original(self, *args, **kwargs)
            _idle_lockers.add(self)

        init.tracked_by_tests = True  # type: ignore[attr-defined]
        idle.IdleLocker.__init__ = init
    return True


@pytest.fixture(autouse=True)
def release_windows() -> Iterator[None]:
    """After each test, remove what its windows leave in the application before the next test starts.

    pytest-qt only closes the widgets given to `qtbot.addWidget` and posts their deletion, which no event loop
    carries out between tests; dialogs and second windows stay alive entirely. Hundreds of leftover windows
    (several thousand widgets) and the application-wide event filters of leftover controllers made every later
    test slower. Nothing is closed here (a close may ask a question): the application filters of the test's
    IdleLockers are removed and the windows without a parent are deleted, their children with them. When a
    background task of the test is still running, its callbacks may still need its window, so no window is
    deleted then (the next test's teardown does it).
    """
    tracked = _track_idle_lockers()
    yield
    if not gc.isenabled():  # a test that ended during an unlock (the controller pauses the collector then)
        gc.enable()
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return
    app = widgets.QApplication.instance()
    if app is None:
        return
    if not tracked and _track_idle_lockers():
        gc.collect()  # the idle module came in during this test: its controllers were not tracked
    import shiboken6

    for locker in list(_idle_lockers):
        if shiboken6.isValid(locker):
            locker.stop()
            app.removeEventFilter(locker)
    worker = sys.modules.get("veiligbestuur_desktop.ui.kit.worker")
    if worker is not None and worker.running_tasks():
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    for w in widgets.QApplication.topLevelWidgets():
        if w.parent() is None:
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
