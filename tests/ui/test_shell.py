"""The shell as a new user meets it: keyboard paths through the wizard, Enter and Ctrl+S, F1, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE
from tests.ui.conftest import type_text, visible_child
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.ui.app.start import AppController


@pytest.fixture
def vault_dir(data_dir):
    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(ws)
    ws.lock()
    return data_dir


@pytest.fixture
def ctrl(qtbot, app, vault_dir):
    """The application after the user typed the passphrase and pressed Enter."""
    c = AppController(vault_dir)
    qtbot.addWidget(c.window)
    c.start()
    dlg = c.unlock_dialog
    type_text(dlg.passphrase, PASSPHRASE)
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.workspace is not None and c.window.isVisible(), timeout=15000)
    yield c
    c.quit()


# --- Enter ------------------------------------------------------------------------------------------------


def test_enter_in_the_unlock_dialog_unlocks(qtbot, app, vault_dir):
    c = AppController(vault_dir)
    qtbot.addWidget(c.window)
    c.start()
    dlg = c.unlock_dialog
    assert dlg.ok_button.isDefault()
    assert not dlg.recovery_button.isDefault() and not dlg.recovery_button.autoDefault()
    assert not dlg.restore_button.autoDefault()
    type_text(dlg.passphrase, PASSPHRASE)
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.workspace is not None, timeout=15000)
    assert c.window.isVisible() and not dlg.isVisible()
    from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryUnlockDialog

    assert not [d for d in dlg.findChildren(RecoveryUnlockDialog) if d.isVisible()]
    c.quit()


def test_enter_in_a_form_does_not_close_it_and_ctrl_s_saves(qtbot, ctrl):
    from veiligbestuur_desktop.ui.kit import settings
    from veiligbestuur_desktop.ui.vault.vault_dialogs import SettingsDialog

    ctrl.window.settings_action.trigger()
    dlg = visible_child(ctrl.window, SettingsDialog)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.idle.setFocus()
    dlg.idle.setValue(17)
    qtbot.keyClick(dlg.idle, Qt.Key.Key_Return)
    assert dlg.isVisible(), "Enter does not save and close a form"
    assert QApplication.focusWidget() is not dlg.idle, "Enter moves to the next field"
    assert settings.IDLE_MINUTES.get() != 17
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible() and settings.IDLE_MINUTES.get() == 17
