"""Keyboard helpers for the registers of steps 4 and 5 (they find widgets through Qt by objectName)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QWidget

from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.steps import step
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.ui.steps.step_page import PageServices, create_page


def open_page(qtbot: Any, workspace: Any, number: int) -> Any:
    page = create_page(step(number))
    qtbot.addWidget(page)
    services = PageServices(
        workspace, PlanService(workspace), IncidentService(workspace), PersonService(workspace)
    )
    page.attach(services)
    page.load(services.plan)
    page.resize(1400, 900)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def widget(parent: QWidget, name: str) -> Any:
    found = parent.findChild(QWidget, name)
    assert found is not None, name
    return found


def ctrl(w: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(w, key, Qt.KeyboardModifier.ControlModifier)


def alt(w: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(w, key, Qt.KeyboardModifier.AltModifier)


def tab_to(target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` has the focus (the form's tab order is its declared order)."""
    for _ in range(limit):
        if focused() is target:
            return
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def type_into(form: QWidget, name: str, text: str) -> None:
    w = widget(form, name)
    tab_to(w)
    type_text(w, text)


def choose(form: QWidget, name: str, value: Any) -> None:
    """Tab to a combo box and move to `value` with the arrow keys."""
    combo = widget(form, name)
    assert isinstance(combo, QComboBox)
    tab_to(combo)
    QTest.keyClick(combo, Qt.Key.Key_Home)
    want = getattr(value, "value", value)
    for _ in range(combo.count()):
        if combo.currentData() == want:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{name}: no choice {want!r}")


def check(form: QWidget, name: str, text: str) -> None:
    """Tab to a check list, go to the item that shows `text` with the arrow keys, toggle it with Space."""
    lst = widget(form, name)
    assert isinstance(lst, QListWidget)
    tab_to(lst)
    QTest.keyClick(lst, Qt.Key.Key_Home)
    for _ in range(lst.count()):
        item = lst.currentItem()
        if item is not None and text in item.text():
            QTest.keyClick(lst, Qt.Key.Key_Space)
            assert item.checkState() == Qt.CheckState.Checked
            return
        QTest.keyClick(lst, Qt.Key.Key_Down)
    raise AssertionError(text)


def select_row(view: Any, row: int) -> None:
    """Focus the table and move to `row` with the arrow keys (the form follows the current row)."""
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home)
    for _ in range(row):
        QTest.keyClick(view, Qt.Key.Key_Down)
    if view.currentIndex().row() != row:
        view.selectRow(row)
