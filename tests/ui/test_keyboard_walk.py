"""Keyboard only: every window and dialog of the app opens from the keyboard (menus by their shortcut or by
Alt+letter, buttons by Tab and Space); every enabled, visible control in it is reached by Tab, in reading order
(the rule: the docstring of the walk's test), Shift+Tab walks the same round back, and no Alt+letter has two
owners.

The windows are found through the app itself (the menu bar's actions, the step tabs, the buttons on each step
page that open a dialog: their text ends in "…"), not through a list that goes stale. Helpers here serve
test_accessibility.py and test_scaling.py too.
"""

from __future__ import annotations

import itertools
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
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

    def show_instead(self: QDialog) -> int:  # a modal exec() would stop the walk: shown, answered later
        self.show()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", show_instead)


@pytest.fixture(scope="session")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo vault (every register has rows), made once per session and locked: a test opens a copy."""
    from veiligbestuur_desktop.services import demo

    path = tmp_path_factory.mktemp("demo") / "kluis"
    ws, _ = demo.create_demo_vault(path, PASSPHRASE, 30)
    ws.lock()
    return path


@pytest.fixture
def demo_window(qtbot, app, data_dir, demo_vault, no_native_dialogs) -> Iterator[MainWindow]:
    """The main window on a copy of the demo vault, unlocked, shown and active."""
    from veiligbestuur_desktop.services import lifecycle

    shutil.copytree(demo_vault, data_dir)
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
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
        if not w.isWindow() and (w.size().isEmpty() or scrolled_out(w)):
            continue  # scrolled out of a scroll area's view: it scrolls in when Tab reaches it
        found.append(w)
    return found


def scrolled_out(w: QWidget) -> bool:
    """Outside the view of a scroll area it is in (not merely covered by its own children, as a scroll area
    is by its viewport)."""
    parent = w.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(w):
            view = parent.viewport()
            if not QRect(w.mapTo(view, QPoint(0, 0)), w.size()).intersects(view.rect()):
                return True
        parent = parent.parentWidget()
    return False


def key(w: QWidget) -> int:
    """The C++ object's address: Python wrappers come and go, their id() is not stable."""
    return int(shiboken6.getCppPointer(w)[0])


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__}({w.objectName()!r}{', ' + repr(text) if text else ''})"


def tab_walk(
    qtbot, window: QWidget, limit: int = 600, order: list[QWidget] | None = None
) -> tuple[set[int], list[str]]:
    """Press Tab until focus comes back where it started; the ids of the widgets it reached, and traps. `order`
    gets the widgets in the order Tab reached them."""
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
        if order is not None and key(now) not in reached:
            order.append(now)
        reached.add(key(now))
        if now is not start:
            left = True
        elif left:  # round: back where it started (a label with links keeps focus for a few Tabs)
            break
    return reached, traps


def walk_problems(qtbot, window: QWidget, where: str) -> list[str]:
    """From the first control in reading order, Tab reaches every control, never stays in one, and goes
    forward in reading order (`reading_order_problems`) up to the wrap back to the first control; Shift+Tab
    walks the same round backwards. What is wrong, one problem per entry."""
    before = focusable(window)  # a button enabled by the walk's own selection is not asked
    if not before:
        return [f"{where}: nothing to focus"]
    first_in_reading_order(before, window).setFocus(Qt.FocusReason.TabFocusReason)
    start = QApplication.focusWidget()
    assert start is not None
    order = [start]
    reached, traps = tab_walk(qtbot, window, order=order)
    if traps:
        return [f"{where}: Tab stays in {traps}"]
    problems = []
    ask = {key(w) for w in before}  # and still there: a selection made by the walk may show other fields
    missed = [describe(w) for w in focusable(window) if key(w) in ask and key(w) not in reached]
    if missed:
        problems.append(f"{where}: Tab never reaches {missed}")
    wrong = reading_order_problems(window, order)
    if wrong:
        problems.append(f"{where}: Tab does not follow the reading order: {wrong}")
    back = shift_tab_round(start, 3 * len(order) + 45)
    expected = [start, *order[:0:-1], start]
    if [key(w) for w in back] != [key(w) for w in expected]:
        n = next((i for i, (a, b) in enumerate(zip(back, expected, strict=False)) if key(a) != key(b)), None)
        n = min(len(back), len(expected)) if n is None else n
        got = " → ".join(describe(w) for w in back[max(n - 1, 0) : n + 2])
        want = " → ".join(describe(w) for w in expected[max(n - 1, 0) : n + 2])
        problems.append(f"{where}: Shift+Tab goes {got}, not back along the Tab round ({want})")
    return problems


def assert_all_reached(qtbot, window: QWidget, where: str) -> None:
    problems = walk_problems(qtbot, window, where)
    assert not problems, "\n".join(problems)


def shift_tab_round(start: QWidget, limit: int) -> list[QWidget]:
    """Shift+Tab from `start` until focus is back there: every widget focus moved to, in order (a label with
    links keeps the focus for a few presses: counted once)."""
    start.setFocus(Qt.FocusReason.BacktabFocusReason)
    seen = [start]
    for _ in range(limit):
        w = QApplication.focusWidget()
        assert w is not None
        QTest.keyClick(w, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        now = QApplication.focusWidget()
        if now is None:
            break
        if key(now) != key(seen[-1]):
            seen.append(now)
        if key(now) == key(start):
            break
    return seen


# --- reading order --------------------------------------------------------------------------------------

#: containers read as one block, in their place among the controls around them, completely before the next
BLOCK_TYPES = (QGroupBox, QTabWidget, QAbstractScrollArea, QDialogButtonBox)


def blocks(w: QWidget, window: QWidget) -> list[QWidget]:
    """The blocks `w` sits in, outermost first: group boxes, tab widgets, scroll areas (a scroll area's content
    counts where the area is), button boxes, and the panes of a splitter and the pages of a stacked widget."""
    out = []
    child, parent = w, w.parentWidget()
    while parent is not None and key(child) != key(window):
        if (child is not w and isinstance(child, BLOCK_TYPES)) or (
            child is not w and isinstance(parent, QSplitter | QStackedWidget)
        ):
            out.append(child)
        child, parent = parent, parent.parentWidget()
    return out[::-1]


def place(w: QWidget, window: QWidget) -> QRect:
    return QRect(w.mapTo(window, QPoint(0, 0)), w.size())


def reads_before(a: QRect, b: QRect) -> bool:
    """Does `b` come before `a` in reading order? Rows first: two rectangles whose heights overlap (by more than
    the 2 px of a frame) are in one row band, read left to right; otherwise the higher one comes first."""
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    if overlap > 2:
        return b.left() < a.left()
    return b.top() < a.top()


def back_step(a: QWidget, b: QWidget, window: QWidget) -> bool:
    """Is Tab from `a` to `b` a step back in reading order? Compared are the outermost blocks (or the controls
    themselves) in which the two differ; a block that is itself a stop (a scroll area) comes before its
    content."""
    pa, pb = [*blocks(a, window), a], [*blocks(b, window), b]
    i = 0
    while i < min(len(pa), len(pb)) and key(pa[i]) == key(pb[i]):
        i += 1
    if i == len(pa):
        return False  # a holds b: the container, then its content
    if i == len(pb):
        return True  # b holds a: back to the container
    return reads_before(place(pa[i], window), place(pb[i], window))


def first_in_reading_order(widgets: list[QWidget], window: QWidget) -> QWidget:
    """The control read first: the top left one, outer blocks first."""

    def position(w: QWidget) -> list[tuple[int, int]]:
        return [(place(x, window).top(), place(x, window).left()) for x in [*blocks(w, window), w]]

    return min(widgets, key=position)


def reading_order_problems(window: QWidget, order: list[QWidget]) -> list[str]:
    """The Tab steps of `order` (a round from the first control, without the wrap back to it) that go back in
    reading order."""
    return [f"{describe(a)} → {describe(b)}" for a, b in itertools.pairwise(order) if back_step(a, b, window)]


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
        # from step 3 (Ctrl+3), the page with the most buttons, tabs and fields: none takes a menu's letter
        QTest.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
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


def select_first_rows(page: QWidget) -> None:
    """Home in every visible table: its first row is chosen (buttons that act on a row come alive)."""
    for view in [v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.isEnabled()]:
        if view.model() is not None and view.model().rowCount() and not view.currentIndex().isValid():
            view.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(view, Qt.Key.Key_Home)
    QApplication.processEvents()


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
        select_first_rows(page)
        yield Opened(f"tab {win.tabs.tabText(n)}".replace("&", ""), page)
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            bar = tabs.tabBar()
            bar.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(bar, Qt.Key.Key_Home)
            for i in range(1, tabs.count()):
                QTest.keyClick(bar, Qt.Key.Key_Right)
                assert tabs.currentIndex() == i
                select_first_rows(page)
                yield Opened(f"tab {win.tabs.tabText(n)} › {tabs.tabText(i)}".replace("&", ""), page)


def dialog_buttons(page: QWidget, documents: bool = True) -> list[QPushButton]:
    """Buttons that open a dialog (their text ends in '…', or a step's document button), enabled and
    visible."""
    return [
        b
        for b in page.findChildren(QPushButton)
        if b.isVisible()
        and b.isEnabled()
        and b.window() is page.window()
        and (b.text().rstrip().endswith("…") or (documents and b.objectName().startswith("document_button")))
    ]


def button_windows(
    qtbot, win: MainWindow, page: QWidget, where: str, depth: int = 2, documents: bool = True
) -> Iterator[Opened]:
    """Every dialog a '…' button on the visible page opens (focus it, press Space), and the dialogs the buttons
    of that dialog open (`depth` levels)."""
    for b in dialog_buttons(page, documents):
        if not b.isVisible() or not b.isEnabled():
            continue
        before = set(map(key, top_windows(win)))
        b.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(b, Qt.Key.Key_Space)
        wait_for_tasks(qtbot)  # a document preview renders off the GUI thread
        QApplication.processEvents()
        for w in [w for w in top_windows(win) if key(w) not in before]:
            qtbot.waitExposed(w)
            name = f"{where} › {b.text()}".replace("&", "")
            yield Opened(name, w)
            if depth > 1 and w.isVisible():
                yield from button_windows(qtbot, win, w, name, depth - 1)
            if w.isVisible():
                close_window(qtbot, w)
        owner = page.window()
        owner.activateWindow()
        qtbot.waitUntil(owner.isActiveWindow, timeout=3000)


def document_windows(
    qtbot, win: MainWindow, page: QWidget, where: str, every: bool = True
) -> Iterator[Opened]:
    """The previews a step's document menu opens: Space on the menu button, arrows, Enter."""
    for b in [
        b for b in page.findChildren(QPushButton) if b.menu() is not None and b.isVisible() and b.isEnabled()
    ]:
        menu = b.menu()
        actions = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
        for action in actions if every else actions[:1]:
            if not action.isEnabled():
                continue
            before = set(map(key, top_windows(win)))
            b.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(b, Qt.Key.Key_Space)
            qtbot.waitUntil(menu.isVisible, timeout=3000)
            for _ in range(len(menu.actions()) + 1):
                if menu.activeAction() is action:
                    break
                QTest.keyClick(menu, Qt.Key.Key_Down)
            assert menu.activeAction() is action, action.text()
            QTest.keyClick(menu, Qt.Key.Key_Return)
            wait_for_tasks(qtbot)
            QApplication.processEvents()
            for w in [w for w in top_windows(win) if key(w) not in before]:
                qtbot.waitExposed(w)
                yield Opened(f"{where} › {b.text()} › {action.text()}".replace("&", ""), w)
                close_window(qtbot, w)
            win.activateWindow()
            qtbot.waitUntil(win.isActiveWindow, timeout=3000)


def row_windows(qtbot, win: MainWindow, where: str) -> Iterator[Opened]:
    """The record a register row opens with Enter (the incident detail), and the dialogs of its buttons."""
    from veiligbestuur_desktop.ui.incidents.register import IncidentRegister

    page = win.tabs.currentWidget()
    for register in [r for r in page.findChildren(IncidentRegister) if r.isVisible()]:
        before = set(map(key, top_windows(win)))
        register.view.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(register.view, Qt.Key.Key_Home)
        QTest.keyClick(register.view, Qt.Key.Key_Return)
        wait_for_tasks(qtbot)
        for w in [w for w in top_windows(win) if key(w) not in before]:
            qtbot.waitExposed(w)
            name = f"{where} › Enter op een incident"
            yield Opened(name, w)
            yield from button_windows(qtbot, win, w, name, 1)
            for tabs in [t for t in w.findChildren(QTabWidget) if t.isVisible()]:
                for i in range(1, tabs.count()):  # the detail's tabs, by keyboard
                    tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
                    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
                    yield Opened(f"{name} › {tabs.tabText(i)}".replace("&", ""), w)
                    yield from button_windows(qtbot, win, w, f"{name} › {tabs.tabText(i)}", 1)
            close_window(qtbot, w)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=3000)


def every_window(qtbot, win: MainWindow, previews: bool = True) -> Iterator[Opened]:
    """The main window per tab, every dialog of its menus and of its pages' buttons; `previews=False`: one
    document preview per step instead of all (they are the same window)."""
    yield from menu_windows(qtbot, win)
    for view in step_views(qtbot, win):
        yield view
        # a step's document buttons stay in view on each of its tabs: opened once per step
        yield from button_windows(qtbot, win, view.window, view.where, documents="›" not in view.where)
        yield from row_windows(qtbot, win, view.where)
        if "›" not in view.where:  # the step's documents, once per step
            yield from document_windows(qtbot, win, view.window, view.where, previews)


# --- the tests ------------------------------------------------------------------------------------------


def has_buddy(w: QWidget) -> bool:
    return any(label.buddy() is w for label in w.window().findChildren(QLabel))


def unnamed(window: QWidget) -> list[str]:
    """Controls a screen reader cannot name. A value field (combo box, spin box, date) must have its own name
    or a label pointing at it: Qt would otherwise say its value ("alle") as if it were the name."""
    out = []
    for w in focusable(window):
        if isinstance(w, QComboBox | QAbstractSpinBox) and not (w.accessibleName() or has_buddy(w)):
            out.append(describe(w) + " (only its value)")
        elif not accessible_name(w):
            out.append(describe(w))
    return out


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letters that more than one visible item of `window` answers to: menu bar titles, tab titles,
    buttons (enabled or not: a disabled one comes alive with a selection), group box titles and labels with a
    buddy. Qt makes such a letter ambiguous: it moves the focus between the owners and opens none."""
    owners: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = _letter(text)
        if letter is not None:
            owners.setdefault(letter, []).append(f"{what} {text!r}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window:
            continue
        if isinstance(w, QAbstractButton):
            add(w.text(), "button")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
        elif isinstance(w, QGroupBox):
            add(w.title(), "box")
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
    return [f"Alt+{letter.upper()}: {', '.join(texts)}" for letter, texts in owners.items() if len(texts) > 1]


def test_every_window_by_keyboard_named_and_reached_by_tab_in_reading_order(qtbot, demo_window, dialogs):
    """One walk (it is the slow part): each window opened by keyboard; every control in it has a name; from
    the control read first, Tab reaches every control, never stays in one, and goes forward in reading order
    until it wraps; Shift+Tab walks the same round backwards; no Alt+letter has two owners.

    Reading order, precisely: rows from top to bottom, left to right within a row. Two controls are in one row
    when their heights overlap (mapTo(window) geometry, by more than 2 px); otherwise the higher one comes
    first. Containers are read as one block in their place: a group box, a tab widget (its tab bar, then the
    page), a scroll area (its content counts where the area is; the area itself, when it is a stop, before its
    content), a dialog's button box, a splitter's pane and a stacked widget's page; of two controls the
    outermost blocks in which they differ are compared. So a two-column form in one box is read per row, two
    boxes side by side one after the other. A table, a list or a text is one stop."""
    seen = []
    problems = []
    for opened in every_window(qtbot, demo_window):
        seen.append(opened.where)
        QApplication.processEvents()  # what the app does once a page or field has been shown
        w = opened.window
        missing = unnamed(w.window())
        if missing:
            problems.append(f"{opened.where}: no accessible name: {missing}")
        problems += [f"{opened.where}: {clash}" for clash in mnemonic_clashes(w.window())]
        try:
            if w.isWindow():
                w.activateWindow()
                qtbot.waitUntil(w.isActiveWindow, timeout=3000)
            problems += walk_problems(qtbot, w.window(), opened.where)
        except (AssertionError, TimeoutError) as exc:
            problems.append(f"{opened.where}: {exc}")
    assert len([s for s in seen if s.startswith("menu")]) >= 8, seen
    assert len([s for s in seen if "›" in s and not s.startswith("menu")]) >= 10, seen
    assert any("Enter op een incident ›" in s for s in seen), seen  # the incident detail and its tabs
    assert any("Document maken" in s for s in seen), seen  # a step's document previews
    # Alt+B, W, E, H open the menus from every page (the clash check above saw the menu bar on each page); from
    # step 3, which had Om&hoog and &Hernoemen, Alt+H opens Help
    assert {_letter(a.text()) for a in demo_window.menuBar().actions()} == {"b", "w", "e", "h"}
    QTest.keyClick(demo_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(key_target(demo_window), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(demo_window.help_menu.isVisible, timeout=3000)
    QTest.keyClick(demo_window.help_menu, Qt.Key.Key_Escape)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_walk_finds_a_tab_trap(qtbot):
    """A text field that takes Tab as a character keeps keyboard users in it: the walk says so."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

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


# --- before the vault is open ---------------------------------------------------------------------------


def _walk_startup_window(qtbot, main: QWidget, where: str) -> list[str]:
    problems = []
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=3000)
    QApplication.processEvents()
    missing = unnamed(main)
    if missing:
        problems.append(f"{where}: no accessible name: {missing}")
    problems += [f"{where}: {clash}" for clash in mnemonic_clashes(main)]
    problems += walk_problems(qtbot, main, where)
    for b in dialog_buttons(main):  # Herstelsleutel gebruiken…, Back-up terugzetten…
        before = set(map(key, top_windows(main)))
        b.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(b, Qt.Key.Key_Space)
        QApplication.processEvents()
        for w in [w for w in top_windows(main) if key(w) not in before]:
            qtbot.waitExposed(w)
            name = f"{where} › {b.text()}".replace("&", "")
            QApplication.processEvents()
            missing = unnamed(w)
            if missing:
                problems.append(f"{name}: no accessible name: {missing}")
            problems += [f"{name}: {clash}" for clash in mnemonic_clashes(w)]
            w.activateWindow()
            qtbot.waitUntil(w.isActiveWindow, timeout=3000)
            problems += walk_problems(qtbot, w, name)
            close_window(qtbot, w)
        main.activateWindow()
    return problems


def startup_windows(qtbot, data_dir: Path) -> Iterator[tuple[str, QWidget]]:
    """The windows before a vault is open, shown as the application shows them: the first-run dialog (an empty
    data folder), then, once a vault exists there, the unlock dialog. Each is closed when the caller is done."""
    from tests.conftest import COORDINATOR, MUNICIPALITY
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.ui.app.start import AppController

    first = AppController(data_dir)
    qtbot.addWidget(first.window)
    first.start()
    assert first.first_run is not None
    qtbot.waitExposed(first.first_run)
    yield "eerste start", first.first_run
    first.first_run.reject()

    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(ws)
    ws.lock()
    c = AppController(data_dir)
    qtbot.addWidget(c.window)
    c.start()
    assert c.unlock_dialog is not None
    qtbot.waitExposed(c.unlock_dialog)
    yield "ontgrendelen", c.unlock_dialog
    c.quit()


def test_unlock_and_first_run_dialogs_by_keyboard(qtbot, app, data_dir, no_native_dialogs, dialogs):
    """The windows before a vault is open: the same checks as the walk (names, Tab, reading order, Shift+Tab,
    Alt+letters)."""
    problems: list[str] = []
    for label, window in startup_windows(qtbot, data_dir):
        problems += _walk_startup_window(qtbot, window, label)
        if label == "ontgrendelen":
            assert len(dialog_buttons(window)) >= 2
    assert not problems, "\n".join(problems)


def test_the_walk_finds_a_form_out_of_reading_order(qtbot):
    from PySide6.QtWidgets import QLineEdit

    dlg = QDialog()
    qtbot.addWidget(dlg)
    form = QFormLayout(dlg)
    edits = [QLineEdit() for _ in range(4)]
    for n, e in enumerate(edits):
        form.addRow(f"Veld {n}:", e)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    edits[0].setFocus()
    assert_all_reached(qtbot, dlg, "test")  # the layout's order
    QWidget.setTabOrder(edits[0], edits[2])  # 0 → 2 → 1 → 3: not the order they are read in
    QWidget.setTabOrder(edits[2], edits[1])
    edits[0].setFocus()
    with pytest.raises(AssertionError, match="reading order"):
        assert_all_reached(qtbot, dlg, "test")


def _letter(text: str) -> str | None:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def test_the_walk_finds_buttons_before_the_fields(qtbot):
    dlg = QDialog()
    qtbot.addWidget(dlg)
    form = QFormLayout(dlg)
    first, second = QLineEdit(), QLineEdit()
    form.addRow("Naam:", first)
    form.addRow("Plaats:", second)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    form.addRow(box)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    first.setFocus()
    assert_all_reached(qtbot, dlg, "test")
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    QWidget.setTabOrder(first, ok)  # OK between the two fields
    QWidget.setTabOrder(ok, second)
    first.setFocus()
    with pytest.raises(AssertionError, match=r"reading order: \[\"QPushButton\('', 'OK'\) → QLineEdit"):
        assert_all_reached(qtbot, dlg, "test")
