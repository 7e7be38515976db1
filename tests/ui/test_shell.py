"""The shell as a new user meets it: keyboard paths through the wizard, Enter and Ctrl+S, F1, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

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
    assert not [b for b in dlg.findChildren(QPushButton) if b.isDefault()], "no button looks like Enter's"
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


# --- the wizard ---------------------------------------------------------------------------------------------


def _activate(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _press(qtbot, win, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or win, key, modifier)


def _mnemonic(qtbot, win, key):
    """Alt+letter on a button: Qt animates the click, so it lands a moment later."""
    qtbot.keyClick(win, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)


def test_each_step_says_what_it_asks_and_what_is_open(qtbot, ctrl):
    win = ctrl.window
    for step in range(1, 8):
        page = win.step_page(step)
        assert len(page.intro.text().split(". ")) >= 2, "two or three sentences of the Stappenplan"
    page = win.step_page(3)
    assert "ketenafspraken" in page.intro.text().lower()
    # 3.3 (a registration system) is evidenced by the vault itself; the other three are open
    assert "Nog open in deze stap (3)" in page.open_label.text()
    assert "3.1 Ketenafspraken maken" in page.open_label.text()
    page.model.setData(page.model.index(0, 1), "gereed")  # 3.1 done
    qtbot.waitUntil(lambda: "Nog open in deze stap (2)" in page.open_label.text())
    assert "3.1 " not in page.open_label.text()


def test_vorige_volgende_and_ctrl_pgup_pgdown_move_between_steps(qtbot, ctrl):
    win = ctrl.window
    win.show_step(2)
    _activate(qtbot, win)
    page = win.step_page(2)
    assert page.next_button.text().replace("&", "") == "Volgende: stap 3 Voorbereiding ›"
    assert page.prev_button.text().replace("&", "") == "‹ Vorige: stap 1 Beleid"
    _mnemonic(qtbot, win, Qt.Key.Key_G)  # Vol&gende
    assert win.tabs.currentIndex() == 3
    _mnemonic(qtbot, win, Qt.Key.Key_V)  # &Vorige
    assert win.tabs.currentIndex() == 2
    win.step_page(2).table.setFocus()  # also from inside the checklist
    _press(qtbot, win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentIndex() == 4
    _press(qtbot, win, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentIndex() == 3
    win.show_step(1)
    _mnemonic(qtbot, win, Qt.Key.Key_V)
    assert win.tabs.currentIndex() == 0, "Vorige on step 1 goes to the overview"
    win.show_step(7)
    assert win.step_page(7).next_button.text().replace("&", "") == "Naar het overzicht ›"


def test_volgende_open_punt_jumps_to_the_first_open_item(qtbot, ctrl):
    from datetime import date, timedelta

    from veiligbestuur_desktop.domain.rules import PlanItemState
    from veiligbestuur_desktop.domain.vocab import ItemStatus

    win = ctrl.window
    plan = win.plan
    plan.update_item(PlanItemState("beleid_afbakenen", ItemStatus.GEREED))
    win.reload()
    win.tabs.setCurrentIndex(0)
    _activate(qtbot, win)
    _mnemonic(qtbot, win, Qt.Key.Key_O)  # "Volgende &open punt"
    assert win.tabs.currentIndex() == 1
    page = win.step_page(1)
    assert page.table.currentIndex().row() == 1 and page.table.hasFocus(), "1.2 is selected, ready to edit"

    late = date.today() - timedelta(days=10)
    plan.update_item(PlanItemState("uitvoering_bespreken", ItemStatus.BEZIG, due_date=late))
    win.reload()
    _press(qtbot, win, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # anywhere: Ctrl+J
    assert win.tabs.currentIndex() == 4, "what is overdue comes first"
    assert win.step_page(4).table.currentIndex().row() == 2


def test_tab_6_shows_the_register_with_the_checklist_folded_away(qtbot, ctrl):
    from veiligbestuur_desktop.ui.incidents.register import IncidentRegister

    win = ctrl.window
    win.show_step(6)
    page = win.step_page(6)
    assert page.main is win.register and isinstance(page.main, IncidentRegister)
    assert not page.checklist.expanded
    qtbot.waitUntil(lambda: page.main.height() > 0)
    assert page.main.height() > page.height() / 2, "the register is the main thing on tab 6"
    assert page.checklist.height() < page.height() / 6
    assert win.step_page(3).main is not win.register  # each step has its own registers; 6 has the incidents


# --- F1 ---------------------------------------------------------------------------------------------------


def test_f1_opens_the_guide_on_the_current_steps_page(qtbot, ctrl):
    from veiligbestuur_desktop.ui.kit.viewers import HelpWindow

    win = ctrl.window
    win.show_step(3)
    _activate(qtbot, win)
    _press(qtbot, win, Qt.Key.Key_F1)
    help_window = visible_child(win, HelpWindow)
    assert help_window.current_page == "stap-3"
    assert "Voorbereid zijn op incidenten" in help_window.browser.toPlainText()
    assert help_window.pages.currentItem().text() == "Stap 3 — Voorbereid zijn op incidenten"
    win.tabs.setCurrentIndex(0)
    _activate(qtbot, win)
    _press(qtbot, win, Qt.Key.Key_F1)
    assert (
        help_window.current_page == "start"
        and "Handleiding VeiligBestuur" in help_window.browser.toPlainText()
    )


def test_the_guide_has_a_page_per_step_and_a_start_page():
    from veiligbestuur_desktop.domain.steps import STEPS
    from veiligbestuur_desktop.ui.kit.viewers import help_dir

    for step in STEPS:
        text = (help_dir() / f"stap-{step.number}.md").read_text(encoding="utf-8")
        assert text.startswith(f"# Stap {step.number} — {step.title_nl}")
    assert (help_dir() / "start.md").exists()


# --- menus, locale, file dialogs --------------------------------------------------------------------------


def test_menus_follow_convention(qtbot, ctrl):
    bar = ctrl.window.menuBar()
    titles = [a.text().replace("&", "") for a in bar.actions()]
    assert titles == ["Bestand", "Bewerken", "Beeld", "Help"]
    edit = [a.text().replace("&", "") for a in ctrl.window.edit_menu.actions() if a.text()]
    assert "Instellingen…" in edit


def test_numbers_read_dutch_and_file_dialogs_are_qts_own_in_dutch(qtbot, app):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from veiligbestuur_desktop.ui.steps.overview import number

    assert number(1234567) == "1.234.567"
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(None, "Opslaan als")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert "Opslaan" in texts and "Annuleren" in texts, texts
    labels = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]
    assert labels == ["Zoeken in:", "Bestandsnaam:", "Bestandstype:"], labels
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Map"


# --- a bug in a background task reaches the user in a real dialog -------------------------------------------


def test_a_failing_task_shows_a_real_error_dialog(qtbot, app, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tests.ui.conftest import REAL_SHOW, wait_for_tasks
    from veiligbestuur_desktop.ui.kit import messages, worker

    monkeypatch.setattr(messages, "_show", REAL_SHOW)
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            box.accept()
        else:
            QTimer.singleShot(50, close_box)

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(50, close_box)

    def broken():
        raise RuntimeError("kapot")

    worker.run_task(parent, "Rapport wordt gemaakt…", broken, on_done=lambda _r: None)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    title, text = seen[0]
    assert title == "Onverwachte fout" and "RuntimeError" in text and "kapot" not in text


def test_locking_waits_for_a_running_task_before_the_key_is_wiped(qtbot, ctrl, dialogs):
    import threading

    from tests.ui.conftest import wait_for_tasks
    from veiligbestuur_desktop.ui.kit import worker

    ws = ctrl.workspace
    gate = threading.Event()
    seen = []

    def reads_the_vault() -> int:
        gate.wait(10)
        seen.append(ws.locked)  # the key must still be there while the task runs
        return ctrl.window.plan.overview().done

    worker.run_task(ctrl.window, "Bezig…", reads_the_vault, on_done=lambda r: seen.append("shown"))
    threading.Timer(0.3, gate.set).start()
    ctrl.lock()
    assert seen == [False], "the task ended before the lock, and nothing of it is shown afterwards"
    assert ws.locked and ctrl.unlock_dialog.isVisible()
    wait_for_tasks(qtbot)
    assert seen == [False] and not dialogs.kinds("error", "crash")


def test_enter_on_a_due_item_of_the_overview_opens_it_on_its_step(qtbot, ctrl):
    from datetime import date, timedelta

    from veiligbestuur_desktop.domain.rules import PlanItemState
    from veiligbestuur_desktop.domain.vocab import ItemStatus

    win = ctrl.window
    late = date.today() - timedelta(days=3)
    win.plan.update_item(PlanItemState("preventie_beveiligen", ItemStatus.BEZIG, owner="OOV", due_date=late))
    win.reload()
    win.tabs.setCurrentIndex(0)
    _activate(qtbot, win)
    view = win.overview.due_view
    assert win.overview.due_model.rowCount() == 1
    assert view.model().index(0, 3).data().endswith("(verlopen)")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert win.tabs.currentIndex() == 2 and win.step_page(2).table.currentIndex().row() == 2
    assert "verlopen sinds" in win.step_page(2).open_label.text()
