"""Keyboard only: every window and dialog of the app opens from the keyboard (menus by their shortcut or by
Alt+letter, buttons by Tab and Space) and every enabled, visible control in it is reached by Tab.

The windows are found through the app itself (the menu bar's actions, the step tabs, the buttons on each step
page that open a dialog: their text ends in "…"), not through a list that goes stale. Helpers here serve
test_accessibility.py and test_scaling.py too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
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


def tab_walk(
    qtbot, window: QWidget, limit: int = 600, order: list[int] | None = None
) -> tuple[set[int], list[str]]:
    """Press Tab until focus comes back where it started; the ids of the widgets it reached, and traps.
    `order` gets the widgets in the order Tab reached them."""
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
            order.append(key(now))
        reached.add(key(now))
        if now is not start:
            left = True
        elif left:  # round: back where it started (a label with links keeps focus for a few Tabs)
            break
    return reached, traps


def assert_all_reached(qtbot, window: QWidget, where: str) -> None:
    before = {key(w) for w in focusable(window)}  # a button enabled by the walk's own selection is not asked
    start = QApplication.focusWidget()
    order = [key(start)] if start is not None and start.window() is window.window() else []
    reached, traps = tab_walk(qtbot, window, order=order)
    assert not traps, f"{where}: Tab stays in {traps}"
    missed = [describe(w) for w in focusable(window) if key(w) in before and key(w) not in reached]
    assert not missed, f"{where}: Tab never reaches {missed}"
    wrong = reading_order_problems(window, order)
    assert not wrong, f"{where}: Tab does not follow the reading order: {wrong}"


def _field_widgets(item: QLayoutItem | None) -> list[QWidget]:
    """The focusable widgets of one form row, in their own order."""
    if item is None:
        return []
    if item.widget() is not None:
        w = item.widget()
        inner = [c for c in [w, *w.findChildren(QWidget)] if c.isVisible() and c.isEnabled()]
        return [c for c in inner if c.focusPolicy() & Qt.FocusPolicy.TabFocus and c.focusProxy() is None]
    if item.layout() is not None:
        lay = item.layout()
        return [w for i in range(lay.count()) for w in _field_widgets(lay.itemAt(i))]
    return []


FIELD_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)


def reading_order_problems(window: QWidget, order: list[int]) -> list[str]:
    """In every form (QFormLayout) of the window, Tab visits the rows top to bottom."""
    position = {k: n for n, k in enumerate(order)}
    problems = []
    for form in window.findChildren(QFormLayout):
        rows = []
        for row in range(form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                widgets = [w for w in _field_widgets(form.itemAt(row, role)) if key(w) in position]
                if widgets:
                    rows.append((row, widgets[0]))
        seen = list(dict.fromkeys(position[key(w)] for _row, w in rows))
        # the walk starts where the dialog put the focus: the order is a round, any rotation of it is fine
        descents = sum(1 for a, b in itertools.pairwise(seen) if b < a)
        if descents > 1 or (descents == 1 and seen[-1] > seen[0]):
            problems.append(
                " → ".join(describe(w) for _row, w in sorted(rows, key=lambda r: position[key(r[1])]))
            )
    problems += button_box_problems(window, order)
    return problems


def button_box_problems(window: QWidget, order: list[int]) -> list[str]:
    """In a dialog, its OK/Cancel row (QDialogButtonBox) comes after every field: the round read from the
    control at the top left ends with the buttons."""
    boxes = [b for b in window.findChildren(QDialogButtonBox) if b.isVisible() and b.window() is window]
    if not isinstance(window, QDialog) or not boxes or not order:
        return []
    widgets = {key(w): w for w in focusable(window)}
    present = [k for k in order if k in widgets]
    if not present:
        return []
    top = min(
        present,
        key=lambda k: (
            widgets[k].mapTo(window, QPoint(0, 0)).y(),
            widgets[k].mapTo(window, QPoint(0, 0)).x(),
        ),
    )
    i = present.index(top)
    rotated = present[i:] + present[:i]
    box_keys = {key(b) for box in boxes for b in box.buttons()}
    last_field = max(
        (n for n, k in enumerate(rotated) if k not in box_keys and isinstance(widgets[k], FIELD_TYPES)),
        default=-1,
    )
    early = [describe(widgets[k]) for n, k in enumerate(rotated) if k in box_keys and n < last_field]
    return [f"{early} before the last field {describe(widgets[rotated[last_field]])}"] if early else []


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


def test_every_window_by_keyboard_named_and_reached_by_tab_in_reading_order(qtbot, demo_window, dialogs):
    """One walk (it is the slow part): each window opened by keyboard; every control in it has a name; Tab
    reaches every control, never stays in one, and follows the reading order of each form."""
    seen = []
    problems = []
    for opened in every_window(qtbot, demo_window):
        seen.append(opened.where)
        w = opened.window
        missing = unnamed(w.window())
        if missing:
            problems.append(f"{opened.where}: no accessible name: {missing}")
        try:
            if w.isWindow():
                w.activateWindow()
                qtbot.waitUntil(w.isActiveWindow, timeout=3000)
            assert_all_reached(qtbot, w.window(), opened.where)
        except (AssertionError, TimeoutError) as exc:
            problems.append(f"{opened.where}: {exc}")
    assert len([s for s in seen if s.startswith("menu")]) >= 8, seen
    assert len([s for s in seen if "›" in s and not s.startswith("menu")]) >= 10, seen
    assert any("Enter op een incident ›" in s for s in seen), seen  # the incident detail and its tabs
    assert any("Document maken" in s for s in seen), seen  # a step's document previews
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


# --- before the vault is open ---------------------------------------------------------------------------


def _walk_startup_window(qtbot, main: QWidget, where: str) -> list[str]:
    problems = []
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=3000)
    missing = unnamed(main)
    if missing:
        problems.append(f"{where}: no accessible name: {missing}")
    try:
        assert_all_reached(qtbot, main, where)
    except AssertionError as exc:
        problems.append(str(exc))
    for b in dialog_buttons(main):  # Herstelsleutel gebruiken…, Back-up terugzetten…
        before = set(map(key, top_windows(main)))
        b.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(b, Qt.Key.Key_Space)
        QApplication.processEvents()
        for w in [w for w in top_windows(main) if key(w) not in before]:
            qtbot.waitExposed(w)
            name = f"{where} › {b.text()}".replace("&", "")
            missing = unnamed(w)
            if missing:
                problems.append(f"{name}: no accessible name: {missing}")
            w.activateWindow()
            qtbot.waitUntil(w.isActiveWindow, timeout=3000)
            try:
                assert_all_reached(qtbot, w, name)
            except AssertionError as exc:
                problems.append(str(exc))
            close_window(qtbot, w)
        main.activateWindow()
    return problems


def test_unlock_and_first_run_dialogs_by_keyboard(qtbot, app, data_dir, no_native_dialogs, dialogs):
    from tests.conftest import COORDINATOR, MUNICIPALITY
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.ui.app.start import AppController

    first = AppController(data_dir)  # an empty data folder: the first-run dialog
    qtbot.addWidget(first.window)
    first.start()
    assert first.first_run is not None
    qtbot.waitExposed(first.first_run)
    problems = _walk_startup_window(qtbot, first.first_run, "eerste start")
    first.first_run.reject()

    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(ws)
    ws.lock()
    c = AppController(data_dir)
    qtbot.addWidget(c.window)
    c.start()
    assert c.unlock_dialog is not None
    qtbot.waitExposed(c.unlock_dialog)
    problems += _walk_startup_window(qtbot, c.unlock_dialog, "ontgrendelen")
    assert len(dialog_buttons(c.unlock_dialog)) >= 2
    c.quit()
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


def test_no_control_takes_a_menu_letter(qtbot, demo_window, dialogs):
    """Alt+B opens Bestand on every page: a field label, button or tab with &B would make it ambiguous (then
    nothing opens). Also after a page changed a button's text (a toggle) and the user came back to it."""
    menus = {_letter(a.text()) for a in demo_window.menuBar().actions()}
    assert menus == {"b", "w", "e", "h"}
    clashes = []
    for view in step_views(qtbot, demo_window):
        for w in demo_window.findChildren(QWidget):
            if not w.isVisible():
                continue
            texts = []
            if (isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisible()) or (
                isinstance(w, QAbstractButton) and w.isEnabled() and w.window() is demo_window
            ):
                texts = [w.text()]
            elif isinstance(w, QTabBar) and w is not demo_window.tabs.tabBar():
                texts = [w.tabText(i) for i in range(w.count())]
            clashes += [f"{view.where}: {t!r}" for t in texts if _letter(t) in menus]
    assert not clashes, "\n".join(dict.fromkeys(clashes))
    # Alt+H opens Help from the page that had Om&hoog and &Hernoemen (step 3)
    QTest.keyClick(demo_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(key_target(demo_window), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(demo_window.help_menu.isVisible, timeout=3000)
    QTest.keyClick(demo_window.help_menu, Qt.Key.Key_Escape)


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
    with pytest.raises(AssertionError, match="before the last field"):
        assert_all_reached(qtbot, dlg, "test")
