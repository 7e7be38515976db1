"""Issue 13 (unlock to a painted overview in a second at 100,000 incidents): only the page on screen loads its
registers when the vault opens; another page loads when it is first shown, or soon after in the background, and
that background work never moves the user's cursor. Locking stops it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_main_window
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.ui.app import main_window
from veiligbestuur_desktop.ui.app.main_window import MainWindow
from veiligbestuur_desktop.ui.kit import settings
from veiligbestuur_desktop.ui.steps.step_page import StepPage


def attached(win: MainWindow) -> list[int]:
    return [p.step.number for p in win.step_pages if p.services is not None]


def opened(qtbot, workspace, monkeypatch, delay_ms: int) -> MainWindow:
    monkeypatch.setattr(main_window, "ATTACH_DELAY_MS", delay_ms)
    settings.LAST_TAB.set(0)  # the window opens on Overzicht (another test may have left another tab)
    return open_main_window(qtbot, workspace)  # type: ignore[return-value]


def test_only_the_page_on_screen_loads_at_unlock_and_a_tab_loads_when_shown(
    qtbot, app, workspace, monkeypatch
):
    IncidentService(workspace)  # the vault has its categories; nothing else is needed
    win = opened(qtbot, workspace, monkeypatch, delay_ms=60_000)  # no background loading in this test
    assert win.tabs.currentIndex() == 0 and attached(win) == []
    assert win.overview.isVisible()  # the overview is complete without any step page loaded
    win.show_step(4)
    assert attached(win) == [4]
    page = win.step_pages[3]
    assert page.documents.isEnabled() or page.services is not None
    # "Nieuw incident" and the to-do list reach step 6's register: it loads on the way
    assert win.register.model.service is not None and 6 in attached(win)


def test_the_other_pages_load_in_the_background_without_taking_the_focus(qtbot, app, workspace, monkeypatch):
    win = opened(qtbot, workspace, monkeypatch, delay_ms=50)
    win.show_step(1)
    typing = win.step_page(1).table  # the checklist, where the user is working
    typing.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is typing)
    qtbot.waitUntil(lambda: attached(win) == list(range(1, 8)), timeout=20_000)
    assert QApplication.focusWidget() is typing  # still where the user was typing


def test_lock_stops_the_background_loading(qtbot, app, workspace, monkeypatch):
    win = opened(qtbot, workspace, monkeypatch, delay_ms=200)
    win.clear()  # as the lock does
    workspace.lock()
    qtbot.wait(600)  # the timer fires and finds nothing to load: no error, nothing attached
    assert attached(win) == []
    assert all(isinstance(p, StepPage) and p.services is None for p in win.step_pages)
