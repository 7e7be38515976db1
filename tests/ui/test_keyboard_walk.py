"""Keyboard only: every window and dialog of the app opens from the keyboard (menus by their shortcut or by
Alt+letter, buttons by Tab and Space) and every enabled, visible control in it is reached by Tab.

The windows are found through the app itself (the menu bar's actions, the step tabs, the buttons on each step
page that open a dialog: their text ends in "…"), not through a list that goes stale. Helpers here serve
test_accessibility.py and test_scaling.py too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError

from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for_tasks
from veiligbestuur_desktop.ui.app.main_window import MainWindow

# actions that leave the window (lock, quit, restore) or only ask for a file name are not windows
SKIP_ACTIONS = ("lock_action", "quit_action", "restore_action")


@pytest.fixture
def no_native_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """File and print dialogs are the platform's: answered 'cancel' (they would block a headless test)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)


@pytest.fixture
def demo_window(qtbot, app, data_dir, no_native_dialogs) -> Iterator[MainWindow]:
    """The main window on a small demo vault (every register has rows), shown and active."""
    from veiligbestuur_desktop.services import demo

    ws, _ = demo.create_demo_vault(data_dir, PASSPHRASE, 30)
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_workspace(ws)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.clear()
    ws.lock()


# --- what is a control ----------------------------------------------------------------------------------


def focusable(root: QWidget) -> list[QWidget]:
    """The enabled, visible widgets of `root`'s window that Tab can reach (a focus proxy's owner counts as its
    proxy)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.window() is not root.window() or not w.isVisible() or not w.isEnabled():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue
        if isinstance(w, QTabBar) and w.count() < 2:
            continue
        if w.visibleRegion().isEmpty() and not w.isWindow():
            continue  # scrolled out of a scroll area's view: it scrolls in when Tab reaches it
        found.append(w)
    return found


def key(w: QWidget) -> int:
    """The C++ object's address: Python wrappers come and go, their id() is not stable."""
    return int(shiboken6.getCppPointer(w)[0])


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__}({w.objectName()!r}{', ' + repr(text) if text else ''})"


def tab_walk(qtbot, window: QWidget, limit: int = 600) -> tuple[set[int], list[str]]:
    """Press Tab until focus comes back where it started; the ids of the widgets it reached, and traps."""
    start = QApplication.focusWidget()
    if start is None or start.window() is not window.window():
        first = focusable(window)
        assert first, f"nothing to focus in {window.windowTitle()!r}"
        first[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = QApplication.focusWidget()
    assert start is not None
    reached = {key(start)}
    traps: list[str] = []
    same, last, left = 0, start, False
    for _ in range(limit):
        w = QApplication.focusWidget()
        assert w is not None
        QTest.keyClick(w, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            break
        if now is last:
            same += 1
            if same > 40:  # a label or text with links takes one Tab per link
                traps.append(describe(now))
                break
        else:
            same = 0
        last = now
        reached.add(key(now))
        if now is not start:
            left = True
        elif left:  # round: back where it started (a label with links keeps focus for a few Tabs)
            break
    return reached, traps


def assert_all_reached(qtbot, window: QWidget, where: str) -> None:
    before = {key(w) for w in focusable(window)}  # a button enabled by the walk's own selection is not asked
    reached, traps = tab_walk(qtbot, window)
    assert not traps, f"{where}: Tab stays in {traps}"
    missed = [describe(w) for w in focusable(window) if key(w) in before and key(w) not in reached]
    assert not missed, f"{where}: Tab never reaches {missed}"


# --- finding windows ------------------------------------------------------------------------------------


@dataclass
class Opened:
    where: str
    window: QWidget


def top_windows(main: QWidget) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not main and not isinstance(w, QMenu) and w.isWindow()
    ]


def close_window(qtbot, w: QWidget) -> None:
    QTest.keyClick(w, Qt.Key.Key_Escape)
    if w.isVisible():
        w.close()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)


def menu_actions(win: MainWindow) -> list[tuple[QMenu, QAction]]:
    out = []
    for top in win.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
                continue
            out.append((menu, action))
    return out


def key_target(win: QWidget) -> QWidget:
    """Where a key goes: the focused widget of the active window."""
    w = QApplication.focusWidget()
    return w if w is not None and w.isVisible() and w.window() is win.window() else win


def _mnemonic(text: str) -> str | None:
    i = text.find("&")
    return text[i + 1].upper() if 0 <= i < len(text) - 1 else None


def trigger_by_keyboard(qtbot, win: MainWindow, menu: QMenu, action: QAction) -> None:
    """The action's shortcut, or Alt+the menu's letter and then the action's letter."""
    target = key_target(win)
    if not action.shortcut().isEmpty():
        QTest.keySequence(target, action.shortcut())
        return
    menu_letter = _mnemonic(menu.title())
    letter = _mnemonic(action.text())
    assert menu_letter and letter, f"{action.text()!r} has no shortcut and no letter"
    QTest.keyClick(target, getattr(Qt.Key, f"Key_{menu_letter}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    QTest.keyClick(menu, getattr(Qt.Key, f"Key_{letter}"))
    if menu.isVisible():  # the letter is shared: Enter on the highlighted one until it is ours
        for _ in range(len(menu.actions())):
            if menu.activeAction() is action:
                QTest.keyClick(menu, Qt.Key.Key_Return)
                break
            QTest.keyClick(menu, getattr(Qt.Key, f"Key_{letter}"))
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)


def menu_windows(qtbot, win: MainWindow) -> Iterator[Opened]:
    """Every window a menu item opens, opened by keyboard; closed with Escape after the caller's look."""
    skip = {getattr(win, name) for name in SKIP_ACTIONS}
    for menu, action in menu_actions(win):
        if action in skip:
            continue
        before = set(map(key, top_windows(win)))
        # from Overzicht (Ctrl+0): buttons on some step pages share a letter with a menu (see the report)
        QTest.keyClick(key_target(win), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        trigger_by_keyboard(qtbot, win, menu, action)
        wait_for_tasks(qtbot)
        QApplication.processEvents()
        new = [w for w in top_windows(win) if key(w) not in before]
        for w in new:
            qtbot.waitExposed(w)
            yield Opened(f"menu {menu.title()} › {action.text()}".replace("&", ""), w)
            close_window(qtbot, w)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=3000)


def inner_tabs(page: QWidget) -> list[tuple[QTabWidget, int]]:
    return [(t, i) for t in page.findChildren(QTabWidget) if t.isVisible() for i in range(t.count())]


def step_views(qtbot, win: MainWindow) -> Iterator[Opened]:
    """Every main tab (Ctrl+0…Ctrl+7) and every tab inside it (its tab bar, arrow keys)."""
    for n in range(win.tabs.count()):
        QTest.keyClick(win, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert win.tabs.currentIndex() == n, (
            top_windows(win),
            QApplication.focusWidget(),
            QApplication.activeWindow(),
        )
        page = win.tabs.currentWidget()
        yield Opened(f"tab {win.tabs.tabText(n)}".replace("&", ""), page)
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            bar = tabs.tabBar()
            bar.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(bar, Qt.Key.Key_Home)
            for i in range(1, tabs.count()):
                QTest.keyClick(bar, Qt.Key.Key_Right)
                assert tabs.currentIndex() == i
                yield Opened(f"tab {win.tabs.tabText(n)} › {tabs.tabText(i)}".replace("&", ""), page)


def dialog_buttons(page: QWidget) -> list[QPushButton]:
    """Buttons that open a dialog (their text ends in '…'), enabled and visible."""
    return [
        b
        for b in page.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and b.text().rstrip().endswith("…") and b.window() is page.window()
    ]


def button_windows(qtbot, win: MainWindow, page: QWidget, where: str) -> Iterator[Opened]:
    """Every dialog a '…' button on the visible page opens: focus it by Tab, press Space."""
    for b in dialog_buttons(page):
        before = set(map(key, top_windows(win)))
        b.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(b, Qt.Key.Key_Space)
        wait_for_tasks(qtbot)  # a document preview renders off the GUI thread
        QApplication.processEvents()
        for w in [w for w in top_windows(win) if key(w) not in before]:
            qtbot.waitExposed(w)
            yield Opened(f"{where} › {b.text()}".replace("&", ""), w)
            close_window(qtbot, w)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=3000)


def every_window(qtbot, win: MainWindow) -> Iterator[Opened]:
    """The main window per tab, every dialog of its menus and of its pages' buttons."""
    yield from menu_windows(qtbot, win)
    for view in step_views(qtbot, win):
        yield view
        yield from button_windows(qtbot, win, view.window, view.where)


# --- the tests ------------------------------------------------------------------------------------------


def unnamed(window: QWidget) -> list[str]:
    return [describe(w) for w in focusable(window) if not accessible_name(w)]


def test_every_window_opens_by_keyboard_and_every_control_has_a_name(qtbot, demo_window, dialogs):
    seen = []
    problems = []
    for opened in every_window(qtbot, demo_window):
        seen.append(opened.where)
        missing = unnamed(opened.window.window())
        if missing:
            problems.append(f"{opened.where}: no accessible name: {missing}")
    assert len([s for s in seen if s.startswith("menu")]) >= 8, seen
    assert len([s for s in seen if "›" in s and not s.startswith("menu")]) >= 10, seen
    assert not problems, "\n".join(problems)


def test_tab_reaches_every_control_in_every_window(qtbot, demo_window, dialogs):
    problems = []
    for opened in every_window(qtbot, demo_window):
        w = opened.window
        try:
            if w.isWindow():
                w.activateWindow()
                qtbot.waitUntil(w.isActiveWindow, timeout=3000)
            assert_all_reached(qtbot, w.window(), opened.where)
        except (AssertionError, TimeoutError) as exc:
            problems.append(f"{opened.where}: {exc}")
    assert not problems, "\n".join(problems)


def test_the_walk_finds_a_tab_trap(qtbot):
    """A text field that takes Tab as a character keeps keyboard users in it: the walk says so."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout

    dlg = QDialog()
    qtbot.addWidget(dlg)
    lay = QVBoxLayout(dlg)
    first, trap, after = QLineEdit(), QPlainTextEdit(), QPushButton("Opslaan")
    for w in (first, trap, after):
        lay.addWidget(w)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    first.setFocus()
    with pytest.raises(AssertionError, match="Tab stays in"):
        assert_all_reached(qtbot, dlg, "test")
    trap.setTabChangesFocus(True)
    first.setFocus()
    assert_all_reached(qtbot, dlg, "test")
