"""Issue 13 (unlock to a painted overview in a second): while the passphrase is typed, the main window is built
one piece per turn of the event loop, so that after Enter the key derivation has both cores to itself; the
unlock says so in its own dialog instead of a progress window; the theme's window watcher never runs during the
construction of a window that is not shown yet."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from tests.conftest import PASSPHRASE
from tests.ui.conftest import progress_window_seen_until, slowed, type_text
from veiligbestuur_desktop.domain.steps import STEPS
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.ui.app import start
from veiligbestuur_desktop.ui.app.start import AppController
from veiligbestuur_desktop.ui.kit import settings, theme


class PaintCounter(QObject):
    def __init__(self, painted: list[int]) -> None:
        super().__init__()
        self.painted = painted
        self.pages_at_first_paint = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self.painted:
                self.pages_at_first_paint = len(watched.step_pages)  # type: ignore[attr-defined]
            self.painted.append(1)
        return False


@pytest.fixture(autouse=True)
def _no_warm_up_thread(monkeypatch):
    """These tests emit `warmed_up` themselves: the real warm-up (once per process, so only in the first test of
    a worker that starts a controller) would emit it a second time at a moment of its own and start a second
    chain of pieces."""
    monkeypatch.setattr(start, "_warm_up_started", True)


def _unlock_dialog(workspace, data_dir) -> AppController:
    workspace.lock()
    ctrl = AppController(data_dir)
    ctrl.start()
    assert ctrl.unlock_dialog is not None and ctrl.unlock_dialog.isVisible()
    return ctrl


def test_the_window_is_built_in_pieces_while_the_passphrase_is_typed(qtbot, app, workspace, data_dir):
    ctrl = _unlock_dialog(workspace, data_dir)
    dlg = ctrl.unlock_dialog
    assert ctrl._window is None, "nothing of the main window before the warm-up has imported its modules"
    pieces: list[int] = []
    original = ctrl._build_window

    def counted() -> None:
        pieces.append(len(ctrl._window.step_pages) if ctrl._window is not None else -1)
        original()

    ctrl._build_window = counted  # type: ignore[method-assign]
    ctrl.warmed_up.emit()  # as the warm-up thread does when its imports are done
    dlg.passphrase.setFocus()
    type_text(dlg.passphrase, PASSPHRASE[:5])  # typing goes on between the pieces
    qtbot.waitUntil(lambda: ctrl._window is not None and ctrl._window.pages_complete, timeout=10_000)
    assert not ctrl._may_freeze, "the complete window was put out of the full collections"
    window = ctrl._window
    assert window is not None and not window.isVisible()
    assert [p.step.number for p in window.step_pages] == [s.number for s in STEPS]
    # one call made the shell, then one page per turn (the last page's turn also styles the whole window)
    assert pieces == [-1, *range(len(STEPS))]
    assert dlg.passphrase.text() == PASSPHRASE[:5] and dlg.isVisible()
    type_text(dlg.passphrase, PASSPHRASE[5:])
    dlg.submit()
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15_000)
    assert ctrl.window is window and window.isVisible(), "the window built beforehand is the one shown"
    assert window.tabs.count() == len(STEPS) + 1
    ctrl.quit()


def test_an_unlock_that_starts_at_once_shows_the_overview_first_and_the_pages_after_it(
    qtbot, app, workspace, data_dir, monkeypatch
):
    """The keyring, or a passphrase pasted at once: the overview does not wait for the seven step pages."""
    gate = threading.Event()
    real_unlock = lifecycle.unlock

    def held(*args, **kwargs):  # the unlock ends when the test says so
        assert gate.wait(20), "the test never let the unlock end"
        return real_unlock(*args, **kwargs)

    monkeypatch.setattr(lifecycle, "unlock", held)
    settings.LAST_TAB.set(3)  # the user left off at step 3: that page is there when the window appears
    ctrl = _unlock_dialog(workspace, data_dir)
    dlg = ctrl.unlock_dialog
    dlg.hide()  # e.g. the recovery dialog took over: nothing is built ahead
    ctrl._build_window()
    assert ctrl._window is None
    dlg.show()
    dlg.passphrase.setText(PASSPHRASE)
    dlg.submit()  # before any piece was built: the shell now, while the key is derived
    window = ctrl._window
    assert window is not None and window.step_pages == [] and not ctrl._may_freeze
    assert not gc.isenabled(), "no collector passes while the unlock runs"
    # the warm-up's second part waits for the overview, and no page is built ahead while the unlock runs
    assert start.overview_first.is_set()
    ctrl.warmed_up.emit()
    QApplication.processEvents()
    assert window.step_pages == [] and start.overview_first.is_set()
    gate.set()
    shown_with: list[tuple[int, int]] = []
    after_show: list[tuple[int, bool, bool]] = []
    show = window.show

    def shown() -> None:
        shown_with.append((len(window.step_pages), window.tabs.count()))
        show()
        ctrl.warmed_up.emit()  # the warm-up's signal between the show and the first paint: it waits
        after_show.append((len(window.step_pages), start.overview_first.is_set(), gc.isenabled()))

    window.show = shown  # type: ignore[method-assign]
    painted: list[int] = []
    window.installEventFilter(counter := PaintCounter(painted))
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15_000)
    # the overview came with every step's tab, and with step 3's page; the others are built after it is painted
    assert shown_with == [(3, len(STEPS) + 1)] and window.tabs.currentIndex() == 3
    assert after_show == [(3, True, False)], "nothing more is built, or imported, before the first paint"
    qtbot.waitUntil(lambda: window.pages_complete, timeout=10_000)
    assert painted and counter.pages_at_first_paint == 3
    assert not start.overview_first.is_set() and gc.isenabled()
    assert window.tabs.count() == len(STEPS) + 1
    for page in window.step_pages:  # a page built after the unlock has the checklist and what is open
        assert page.service is not None and page.model.rowCount() == len(page.step.items)
        assert page.open_label.text()
        assert page.table.accessibleName(), "the theme names the views of a page built after the first show"
    qtbot.waitUntil(lambda: all(p.services is not None for p in window.step_pages), timeout=20_000)
    ctrl.quit()


def test_a_page_asked_for_before_it_is_built_is_built_at_once(qtbot, app, workspace):
    from veiligbestuur_desktop.ui.app.main_window import MainWindow

    settings.LAST_TAB.set(0)
    window = MainWindow(build_pages=False)
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    assert window.step_pages == []
    assert window.tabs.count() == len(STEPS) + 1  # the tabs are there before their pages
    window.show_step(5)
    assert len(window.step_pages) == 5 and window.tabs.currentIndex() == 5
    assert window.tabs.currentWidget() is window.step_pages[4]
    assert window.step_page(5).services is not None  # shown: its registers are loaded
    window.tabs.setCurrentIndex(6)  # a click on a tab whose page is not built yet
    assert window.tabs.currentWidget() is window.step_pages[5] and window.step_pages[5].services is not None
    assert [window.tabs.tabText(i) for i in range(1, 8)] == [f"&{s.number} {s.tab_label}" for s in STEPS]
    assert window.register.model.service is not None and window.pages_complete


def test_the_unlock_says_so_in_its_dialog_and_shows_no_progress_window(
    qtbot, app, workspace, data_dir, monkeypatch
):
    monkeypatch.setattr(lifecycle, "unlock", slowed(lifecycle.unlock))
    ctrl = _unlock_dialog(workspace, data_dir)
    dlg = ctrl.unlock_dialog
    dlg.passphrase.setText(PASSPHRASE)
    dlg.submit()
    assert dlg.status.isVisible() and dlg.status.text() == "Kluis wordt ontgrendeld…"
    seen = progress_window_seen_until(qtbot, lambda: ctrl.workspace is not None, timeout=15_000)
    assert not seen, "no progress window during the unlock"
    assert not dlg.status.isVisible()
    ctrl.lock()
    # a wrong passphrase: the status goes, the error comes
    dlg.passphrase.setText("helemaal niet goed")
    dlg.submit()
    assert dlg.status.isVisible()
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=15_000)
    assert not dlg.status.isVisible() and ctrl.workspace is None
    assert gc.isenabled(), "the collector resumes when the attempt fails"
    ctrl.quit()


def test_a_window_watcher_installed_while_a_window_is_built_unseen_starts_after_it(app, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(theme, "_watcher", None)
    original = theme._Watcher.eventFilter

    def counting(self, watched, event):
        calls.append(1)
        return original(self, watched, event)

    monkeypatch.setattr(theme._Watcher, "eventFilter", counting)
    with theme.unwatched():
        theme.watch_windows()  # as the main window's constructor does
        watcher = theme._watcher
        assert watcher is not None
        label = QLabel("eerst")
        label.setText("daarna")
        label.ensurePolished()
        QApplication.processEvents()
        assert calls == [], "the filter saw the construction of a window that is not shown yet"
    label = QLabel("na het blok")
    label.show()
    QApplication.processEvents()
    assert calls, "the filter works once the block has ended"
    label.close()
    app.removeEventFilter(watcher)


def test_no_freeze_after_a_vault_was_open_in_this_process(qtbot, app, workspace, data_dir, monkeypatch):
    """The first run opens its new vault without an unlock; a later unlock must not freeze that session's
    leftovers (models that held personal data) out of the garbage collector."""
    freezes: list[int] = []
    monkeypatch.setattr(start.gc, "freeze", lambda: freezes.append(1))
    ctrl = AppController(data_dir)
    ctrl._opened(workspace)  # as the first run does after the recovery key was confirmed
    ctrl.lock()
    dlg = ctrl.unlock_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.passphrase.setText(PASSPHRASE)
    dlg.submit()
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15_000)
    assert freezes == []
    ctrl.quit()


def test_after_first_paint_calls_once_after_the_paint_or_after_its_fallback(qtbot, app):
    from PySide6.QtWidgets import QWidget

    from veiligbestuur_desktop.ui.kit.widgets import after_first_paint

    shown = QWidget()
    qtbot.addWidget(shown)
    calls: list[str] = []
    after_first_paint(shown, lambda: calls.append("painted"), fallback_ms=60_000)
    assert calls == []
    shown.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=5_000)
    shown.repaint()
    QApplication.processEvents()
    assert calls == ["painted"], "once only"
    never = QWidget()  # never shown, so never painted (as a window shown minimised)
    qtbot.addWidget(never)
    after_first_paint(never, lambda: calls.append("fallback"), fallback_ms=50)
    qtbot.waitUntil(lambda: calls == ["painted", "fallback"], timeout=5_000)


def test_the_keyring_is_not_checked_while_an_attempt_runs(qtbot, app, workspace, data_dir, monkeypatch):
    """A passphrase entered at once: the check for 'Onthoud op deze werkplek' (it loads the keyring) is put off
    until the attempt has failed; it would otherwise take its time from the unlock."""
    from veiligbestuur_desktop.services import vault_admin

    gate = threading.Event()
    real_unlock = lifecycle.unlock

    def held(*args, **kwargs):
        assert gate.wait(20), "the test never let the unlock end"
        return real_unlock(*args, **kwargs)

    monkeypatch.setattr(lifecycle, "unlock", held)
    checks: list[int] = []
    real_status = vault_admin.keyring_status
    monkeypatch.setattr(vault_admin, "keyring_status", lambda: (checks.append(1), real_status())[1])
    ctrl = _unlock_dialog(workspace, data_dir)
    dlg = ctrl.unlock_dialog
    dlg._keyring_checked = False  # as when its delayed check has not come yet
    checks.clear()
    dlg.passphrase.setText("niet het goede wachtwoord")
    dlg.submit()
    dlg.check_keyring()  # the delayed check arrives during the attempt
    assert checks == [] and dlg.busy
    gate.set()
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: checks == [1], timeout=5_000)
    assert dlg.remember.isVisible()
    ctrl.quit()
