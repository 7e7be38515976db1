"""The generic register (ui/kit/area_register.py) that steps 2 to 5 share: Delete in the table, Tab in reading
order through what a tab added to its rows, Nieuw by key also where a record opens in a dialog."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.execution.helpers import open_page, select_row
from veiligbestuur_desktop.domain.actions import ActionDraft, Recurrence
from veiligbestuur_desktop.services.actions import ActionService
from veiligbestuur_desktop.ui.kit.area_register import RecordDialog


def test_delete_in_the_table_asks_once_and_removes_the_chosen_record(qtbot, app, workspace, dialogs):
    svc = ActionService(workspace)
    kept = svc.create(ActionDraft(title="Camera's evalueren", owner="OOV", deadline=date.today()))
    gone = svc.create(
        ActionDraft(
            title="Alarmknop testen",
            owner="bode",
            deadline=date.today() + timedelta(days=3),
            recurrence=Recurrence.MAANDELIJKS,
        )
    )
    svc.mark_done(gone.id)  # a value the form does not show (last_done): nothing to ask about afterwards
    page = open_page(qtbot, workspace, 4)
    tab = page.actions_tab
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).id == gone.id)
    select_row(tab.view, row)
    assert tab.record_id == gone.id
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert [m.text for m in dialogs.kinds("question")] == [
        "Dit gegeven verwijderen? Dat kan niet ongedaan worden gemaakt."
    ]
    assert [r.id for r in svc.rows()] == [kept.id]
    assert tab.record_id is None and not tab.is_dirty()

    dialogs.answer = False  # a no keeps the record
    select_row(tab.view, 0)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert [r.id for r in svc.rows()] == [kept.id]


def _chain(start: QWidget, names: list[str]) -> list[str]:
    """The objectNames of `names` in the order Tab reaches them from `start`."""
    out, w = [], start
    for _ in range(2000):
        if w.objectName() in names and w.objectName() not in out:
            out.append(w.objectName())
        w = w.nextInFocusChain()
        if w is start:
            break
    return out


def test_tab_reads_the_buttons_and_filters_a_tab_added_before_the_table_and_the_form(qtbot, app, workspace):
    page = open_page(qtbot, workspace, 4)
    tab = page.actions_tab  # Gedaan and the filter are added to the row after the register was built
    names = ["actions_new", "actions_delete", "actions_done", "actions_filter", "actions_table", "title"]
    names += ["note", "actions_save"]
    assert _chain(tab.new_button, names) == names

    page.tabs.setCurrentWidget(page.signals_tab)  # a notice above the register; Tab still starts at the row
    signals = page.signals_tab
    names = ["signals_new", "signals_delete", "signals_table", "signals_save"]
    assert _chain(signals.new_button, names) == names


def test_nieuw_by_key_opens_the_dialog_of_a_register_without_a_side_form(qtbot, app, workspace):
    page = open_page(qtbot, workspace, 2)
    page.tabs.setCurrentWidget(page.measures)
    page.measures.view.setFocus()
    QTest.keyClick(
        page.measures.view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = [d for d in page.findChildren(RecordDialog) if d.isVisible()]
    assert [d.windowTitle() for d in dialogs] == ["Nieuwe maatregel"]
    assert dialogs[0].objectName() == "measure_dialog"
    dialogs[0].reject()
