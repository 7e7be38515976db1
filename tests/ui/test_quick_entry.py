"""Issue 10: quick keyboard entry — a date costs one Tab, a victim or perpetrator who is not in Personen yet is
added from the incident form itself."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from tests.support.incidents import make_people
from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.people import PersonKind
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.incidents.form import IncidentForm
from veiligbestuur_desktop.ui.kit.widgets import DateEdit
from veiligbestuur_desktop.ui.persons.quick_add import NewPersonDialog


def _focused() -> QWidget:
    return QApplication.focusWidget()


def _activate(qtbot, widget: QWidget) -> None:
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()


def test_a_date_costs_one_tab_and_knows_today_and_empty(qtbot, app):
    host = QWidget()
    qtbot.addWidget(host)
    before, required, optional, after = QLineEdit(), DateEdit(), DateEdit(), QLineEdit()
    optional.setMinimumDate(QDate(1900, 1, 1))
    optional.setSpecialValueText(" ")
    optional.setDate(QDate(1900, 1, 1))
    lay = QVBoxLayout(host)
    for w in (before, required, optional, after):
        lay.addWidget(w)
    _activate(qtbot, host)
    before.setFocus()

    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert _focused() is required
    QTest.keyClicks(required, "29112026")
    QTest.keyClick(required, Qt.Key.Key_Tab)  # one Tab: on to the next field, not to the month
    assert required.date() == QDate(2026, 11, 29)
    assert _focused() is optional

    QTest.keyClicks(optional, "17")  # an empty date starts from today: the 17th of this month
    QTest.keyClick(optional, Qt.Key.Key_Tab)
    today = date.today()
    assert optional.date().toPython() == date(today.year, today.month, 17)
    assert _focused() is after

    QTest.keyClick(after, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # and back, also one press
    assert _focused() is optional
    QTest.keyClick(optional, Qt.Key.Key_Delete)
    assert optional.is_empty()
    QTest.keyClick(optional, Qt.Key.Key_V)
    assert optional.date().toPython() == today
    QTest.keyClick(optional, Qt.Key.Key_Minus)
    assert optional.date().toPython() == today - timedelta(days=1)


def test_incident_form_dates_take_one_tab(qtbot, app, workspace):
    make_people(workspace)
    form = IncidentForm(IncidentService(workspace), PersonService(workspace))
    qtbot.addWidget(form)
    _activate(qtbot, form)
    occurred = form.findChild(QWidget, "occurred_on")
    assert isinstance(occurred, DateEdit)
    occurred.setFocus()
    QTest.keyClicks(occurred, "01112026")
    QTest.keyClick(occurred, Qt.Key.Key_Tab)
    assert occurred.date() == QDate(2026, 11, 1)
    assert _focused() is form.findChild(QWidget, "occurred_time_known")  # the next field, after one Tab


def _fill_new_person(qtbot, name: str, done: list[str]) -> None:
    """Fill the 'Nieuwe persoon' dialog by keyboard once it is shown, and save it with Ctrl+S. What goes wrong
    inside the dialog's event loop is recorded in `done` (an assert there would leave the dialog open)."""
    tries = [0]

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        tries[0] += 1
        if not isinstance(dialog, NewPersonDialog) or not dialog.isActiveWindow():
            if tries[0] < 200:
                QTimer.singleShot(20, fill)
            else:
                done.append("no dialog")
            return
        name_edit = dialog.findChild(QWidget, "name")
        if _focused() is not name_edit:
            done.append(f"focus on {_focused()!r}")
            dialog.reject()
            return
        type_text(name_edit, name)
        role = dialog.findChild(QWidget, "role")
        if role is not None and role.isVisible():  # an ambtsdrager needs a role: one arrow key
            role.setFocus()
            QTest.keyClick(role, Qt.Key.Key_Down)
        QTest.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():
            done.append(f"not saved: {dialog.editor.error.text()}")
            dialog.reject()
            return
        done.append("saved")

    QTimer.singleShot(20, fill)


def test_a_victim_not_in_personen_is_added_in_place(qtbot, app, workspace):
    make_people(workspace)
    persons = PersonService(workspace)
    form = IncidentForm(IncidentService(workspace), persons)
    qtbot.addWidget(form)
    _activate(qtbot, form)
    button = form.findChild(QWidget, "victims_new")
    assert button is not None
    # reached by Tab from the victims list
    victims = form.findChild(QWidget, "victims")
    victims.setFocus()
    QTest.keyClick(victims, Qt.Key.Key_Tab)
    assert _focused() is button

    done: list[str] = []
    _fill_new_person(qtbot, "Tjitske Bergsma", done)
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert done == ["saved"]
    added = [p for p in persons.search("Tjitske") if p.name == "Tjitske Bergsma"]
    assert len(added) == 1 and added[0].kind == PersonKind.AMBTSDRAGER.value
    checked = [
        victims.item(i).text()
        for i in range(victims.count())
        if victims.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert any("Tjitske Bergsma" in t for t in checked)
    assert form.focusWidget() is victims  # back in the list (once the form is active again), ready to go on


def test_a_perpetrator_not_in_personen_is_added_in_place(qtbot, app, workspace):
    make_people(workspace)
    persons = PersonService(workspace)
    form = IncidentForm(IncidentService(workspace), persons)
    qtbot.addWidget(form)
    _activate(qtbot, form)
    form.findChild(QWidget, "perpetrator_known").setChecked(True)
    done: list[str] = []
    _fill_new_person(qtbot, "Onbekende beller (Facebook)", done)
    QTest.keyClick(form.findChild(QWidget, "perpetrator_id_new"), Qt.Key.Key_Space)
    assert done == ["saved"]
    combo = form.findChild(QWidget, "perpetrator_id")
    assert combo.currentText().startswith("Onbekende beller")
    new = [p for p in persons.search("Onbekende beller") if p.name.startswith("Onbekende beller")]
    assert len(new) == 1 and new[0].kind == PersonKind.BETROKKENE.value
    assert form.draft().perpetrator_id == new[0].id


def test_an_invalid_new_person_keeps_the_dialog_open_and_adds_nothing(qtbot, app, workspace):
    persons = PersonService(workspace)
    dialog = NewPersonDialog(persons, (PersonKind.AMBTSDRAGER, PersonKind.NAASTE))
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = dialog.editor.kind
    assert {kinds.itemData(i) for i in range(kinds.count())} == {"ambtsdrager", "naaste"}
    dialog.save()  # no name
    assert dialog.isVisible() and dialog.person_id is None
    assert dialog.editor.error.text()
    assert persons.search() == []


def test_handling_rows_are_ticked_with_space_and_tab_and_a_date_typed_once(qtbot, app, workspace):
    from tests.support.incidents import incident_draft
    from veiligbestuur_desktop.store import audit
    from veiligbestuur_desktop.ui.incidents.detail import IncidentDetailDialog

    people = make_people(workspace)
    incidents = IncidentService(workspace)
    reg = incidents.register(incident_draft(people))
    detail = IncidentDetailDialog(incidents, PersonService(workspace), reg.id)
    qtbot.addWidget(detail)
    _activate(qtbot, detail)
    detail.tabs.setCurrentIndex(1)
    first = detail.findChild(QWidget, "check_protocol")
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Space)  # ticked today
    QTest.keyClick(first, Qt.Key.Key_Tab)
    when = detail.findChild(QWidget, "check_protocol_date")
    assert _focused() is when  # the row's date, one Tab away
    yesterday = date.today() - timedelta(days=1)
    QTest.keyClicks(when, yesterday.strftime("%d%m%Y"))
    QTest.keyClick(when, Qt.Key.Key_Tab)  # one Tab on: the next row's box, and the date is saved once
    second = _focused()
    assert second.objectName().startswith("check_") and not second.objectName().endswith("_date")
    QTest.keyClick(second, Qt.Key.Key_Space)
    checks = incidents.detail(reg.id).checks
    assert checks["protocol"][0] == yesterday
    assert second.objectName().removeprefix("check_") in checks
    with workspace.reading() as s:  # the typed date: one audit entry, not one per digit
        entries = [e for e in audit.entries_for(s, "incident", str(reg.id)) if "protocol" in e.summary]
    assert len(entries) == 2  # ticked, then re-dated
