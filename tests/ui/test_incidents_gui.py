"""Step 6 through the GUI, the way a coordinator on the phone would do it: keyboard first."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip, QWidget

from tests.support.incidents import incident_draft, make_people
from tests.ui.conftest import open_main_window, type_text
from veiligbestuur_desktop.domain.incidents import Track
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
from veiligbestuur_desktop.ui.incidents.detail import FollowUpEditor, IncidentDetailDialog
from veiligbestuur_desktop.ui.incidents.form import IncidentForm
from veiligbestuur_desktop.ui.incidents.model import IncidentTableModel
from veiligbestuur_desktop.ui.kit.viewers import PdfPreviewDialog

PNG = b"\x89PNG\r\n\x1a\n" + b"schermafdruk" * 50
DESCRIPTION = "Tijdens de raadsvergadering riep een man: ‘wij weten waar je woont’. Hélène schrok erg."


def _focused():
    return QApplication.focusWidget()


def shown(parent, cls):
    """The visible dialog of `cls` under `parent`, found through Qt (the code keeps no reference for tests)."""
    found = [w for w in parent.findChildren(cls) if w.isVisible()]
    assert found, f"no visible {cls.__name__}"
    return found[-1]


def is_shown(parent, cls):
    return any(w.isVisible() for w in parent.findChildren(cls))


def field(form, name):
    """A form's editor, by the name of its declared field (its objectName)."""
    widget = form.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def tab_to(qtbot, widget, limit=60):
    for _ in range(limit):
        if _focused() is widget or (widget.focusProxy() is not None and _focused() is widget.focusProxy()):
            return
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName() or type(widget).__name__}; at {_focused()}")


def check_item(qtbot, list_widget, text):
    """Move to the list item with `text` using the arrow keys, then toggle it with Space."""
    QTest.keyClick(list_widget, Qt.Key.Key_Home)
    for _ in range(list_widget.count()):
        item = list_widget.currentItem()
        if item is not None and not item.isHidden() and text in item.text():
            QTest.keyClick(list_widget, Qt.Key.Key_Space)
            assert item.checkState() == Qt.CheckState.Checked
            return
        QTest.keyClick(list_widget, Qt.Key.Key_Down)
    raise AssertionError(text)


@pytest.fixture
def people(workspace):
    return make_people(workspace)


@pytest.fixture
def window(qtbot, app, workspace, people):
    return open_main_window(qtbot, workspace)


def test_register_by_keyboard_attach_tick_aangifte_and_todo(qtbot, window, tmp_path):
    win = window
    QTest.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Nieuw incident
    qtbot.waitUntil(lambda: is_shown(win, IncidentForm))
    form = shown(win, IncidentForm)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    field(form, "occurred_on").setFocus()
    assert field(form, "received_by").text() == "Eelke de Vries"  # default: the coordinator
    assert field(form, "occurred_on").date().toPython() == date.today()

    tab_to(qtbot, field(form, "reported_by"))
    type_text(_focused(), "Hélène van der Meer")
    channel = field(form, "channel")
    tab_to(qtbot, channel)
    channel.setFocus()
    QTest.keyClick(channel, Qt.Key.Key_Home)
    for _ in range(channel.count()):
        if channel.currentData() == "persoonlijk":
            break
        QTest.keyClick(channel, Qt.Key.Key_Down)
    assert channel.currentData() == "persoonlijk"
    place = field(form, "place")  # issue 10: where it happened is not the channel
    tab_to(qtbot, place)
    QTest.keyClick(place, Qt.Key.Key_Home)
    for _ in range(place.count()):
        if place.currentData() == "vergadering":
            break
        QTest.keyClick(place, Qt.Key.Key_Down)
    assert place.currentData() == "vergadering"
    tab_to(qtbot, field(form, "location"))
    type_text(_focused(), "Raadzaal, publieke tribune")
    tab_to(qtbot, field(form, "victims_filter"))
    type_text(_focused(), "Hélène")
    tab_to(qtbot, field(form, "victims"))
    check_item(qtbot, field(form, "victims"), "Hélène van der Meer")
    tab_to(qtbot, field(form, "categories"))
    check_item(qtbot, field(form, "categories"), "bedreiging")
    level = field(form, "severity_level")
    tab_to(qtbot, level)
    QTest.keyClick(level, Qt.Key.Key_Down)
    QTest.keyClick(level, Qt.Key.Key_Down)
    assert level.currentData() == 3
    description = field(form, "description")
    tab_to(qtbot, description)
    type_text(description, DESCRIPTION)
    QTest.keyClick(description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Opslaan
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.error.text() == ""
    reg = form.result_registered
    assert reg is not None and reg.number == f"{date.today().year}-001"
    assert win.register.model.total == 1

    qtbot.waitUntil(lambda: is_shown(win, IncidentDetailDialog))
    detail = shown(win, IncidentDetailDialog)
    assert DESCRIPTION.split("‘")[0].strip() in detail.facts.toPlainText()

    # an attachment, as if dropped on the drop area
    shot = tmp_path / "schermafdruk tribune.png"
    shot.write_bytes(PNG)
    detail.drop.dropped.emit([str(shot)])
    assert [a.filename for a in detail.att_model.rows] == ["schermafdruk tribune.png"]
    import hashlib

    assert detail.att_model.rows[0].sha256 == hashlib.sha256(PNG).hexdigest()

    # three checklist items, ticked with the keyboard
    detail.tabs.setCurrentIndex(1)
    for code in ("protocol", "vertrouwenslijn", "geregistreerd"):
        box = detail.check_boxes[code]
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
    assert set(detail.detail.checks) == {"protocol", "vertrouwenslijn", "geregistreerd"}
    assert "door Eelke de Vries" in detail.check_by["protocol"].text()  # the person, not the key slot

    # the aangifte with a PV number
    detail.tabs.setCurrentIndex(2)
    row = next(i for i, f in enumerate(detail.fu_model.rows) if f.track == Track.AANGIFTE)
    detail.edit_follow_up(row)
    qtbot.waitUntil(lambda: is_shown(detail, FollowUpEditor))
    editor = shown(detail, FollowUpEditor)
    type_text(editor.fields.widgets["decision"], "aangifte")
    type_text(editor.fields.widgets["filed_on"], format_date(date.today()))
    type_text(editor.fields.widgets["pv_number"], "PL0100-2026112233")
    editor.status.setCurrentIndex(editor.status.findData("gereed"))
    editor.accept()
    assert not editor.isVisible() and editor.error.text() == ""
    aangifte = next(f for f in detail.fu_model.rows if f.track == Track.AANGIFTE)
    assert aangifte.details["pv_number"] == "PL0100-2026112233" and aangifte.status.value == "gereed"

    # Overzicht shows the nazorg that is due now
    detail.reject()
    win.tabs.setCurrentIndex(0)
    todo = [(t.due.number, t.due.title) for t in win.todo.model.rows]
    assert (reg.number, "Eerste opvang (dezelfde dag)") in todo
    assert (reg.number, "Opvanggesprek") in todo
    assert not any(title == "Aangifte of melding afwegen" for _n, title in todo)


def test_follow_up_editor_keeps_open_on_invalid_input(qtbot, window, workspace, people):
    reg = IncidentService(workspace).register(incident_draft(people))
    window.register.refresh()
    window.register.open_incident(reg.id)
    detail = shown(window, IncidentDetailDialog)
    detail.edit_follow_up(0)
    editor = shown(detail, FollowUpEditor)
    editor.title.setText("")
    editor.accept()
    assert editor.isVisible() and "Vul de omschrijving in" in editor.error.text()
    editor.reject()


def test_new_incident_validation_message(qtbot, window):
    window.new_incident()
    qtbot.waitUntil(lambda: is_shown(window, IncidentForm))
    form = shown(window, IncidentForm)
    form.save()
    assert form.isVisible()
    assert form.error.text() == "Vul de beschrijving in."
    assert form.focusWidget() is field(form, "description")  # the field to fix gets the focus
    field(form, "description").setPlainText("Scheldpartij bij de balie")
    form.save()
    assert form.isVisible() and "categorie" in form.error.text()
    assert window.register.model.total == 0
    form.reject()


def test_enter_in_the_long_incident_form_moves_on_and_never_saves_and_closes(qtbot, window):
    window.new_incident()
    qtbot.waitUntil(lambda: is_shown(window, IncidentForm))
    form = shown(window, IncidentForm)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    location = field(form, "location")
    location.setFocus()
    type_text(location, "Raadszaal")
    QTest.keyClick(location, Qt.Key.Key_Return)
    assert form.isVisible() and window.register.model.total == 0
    assert form.error.text() == ""  # no save was even tried (it would say what is missing)
    assert form.focusWidget() is not location  # Enter went on to the next field
    QTest.keyClick(field(form, "witnesses"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and form.error.text() == "Vul de beschrijving in."  # Ctrl+S tried to save
    form.reject()


def test_escalation_prompt_for_level_4(qtbot, window, dialogs):
    window.new_incident()
    qtbot.waitUntil(lambda: is_shown(window, IncidentForm))
    form = shown(window, IncidentForm)
    check_item(qtbot, field(form, "victims"), "Sjoerd Wiersma")
    check_item(qtbot, field(form, "categories"), "fysiek geweld")
    field(form, "severity_level").setCurrentIndex(field(form, "severity_level").findData(4))
    field(form, "description").setPlainText("Geduwd bij de uitgang van het gemeentehuis.")
    form.save()
    qtbot.waitUntil(lambda: not form.isVisible())
    warning = [m for m in dialogs.shown if m.kind == "warning"]
    assert warning and "0800-2800200" in warning[-1].text and "112" in warning[-1].text
    assert shown(window, IncidentDetailDialog).escalation.isVisible()


def test_preview_renders_pdf_in_memory(qtbot, window, workspace, people, sandbox):
    reg = IncidentService(workspace).register(incident_draft(people))
    window.register.open_incident(reg.id)
    detail = shown(window, IncidentDetailDialog)
    before = {p for p in (sandbox / "tmp").rglob("*")}
    detail.report("preview")
    qtbot.waitUntil(lambda: is_shown(detail, PdfPreviewDialog), timeout=15000)
    preview = shown(detail, PdfPreviewDialog)
    assert preview.document.pageCount() >= 1
    assert {p for p in (sandbox / "tmp").rglob("*")} == before, "no temp files for previews"
    preview.reject()


def test_incident_model_passes_modeltester(qtmodeltester, workspace, people):
    svc = IncidentService(workspace)
    for _ in range(3):
        svc.register(incident_draft(people))
    model = IncidentTableModel()
    model.set_service(svc)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "occurred_on"
    model.set_query(IncidentQuery(text="asielopvang"))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_todo_panel_counts_everything_lists_the_most_urgent_and_names_the_victims(
    qtbot, window, workspace, people
):
    svc = IncidentService(workspace)
    day = date(2026, 11, 27)
    today = date(2026, 11, 28)
    svc.register(incident_draft(people, reported_on=day, occurred_on=day, severity_level=1), today)
    severe = svc.register(incident_draft(people, reported_on=day, occurred_on=day, severity_level=4), today)
    counts = svc.todo_counts(today)
    panel = window.todo
    panel.LIMIT = 1
    panel.reload(today)
    assert panel.model.rowCount() == 1
    assert f"{counts.overdue} verlopen, {counts.due} nu aan de beurt" in panel.summary.text()
    assert counts.overdue >= 2 and counts.due >= 2
    item = panel.model.rows[0]
    assert (item.state, item.due.incident_id) == ("overdue", severe.id)
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
    victims = panel.model.index(0, headers.index("Slachtoffer(s)"))
    assert victims.data() == "Hélène van der Meer, Joëlle Hoekstra"
    assert panel.model.index(0, headers.index("Ernst")).data() == "4 — zeer ernstig"


def _register(qtbot, window, workspace, people, n):
    from veiligbestuur_desktop.ui.incidents.register import IncidentRegister

    svc = IncidentService(workspace)
    for i in range(n):
        svc.register(incident_draft(people, severity_level=i % 5))
    window.tabs.setCurrentIndex(6)
    register = window.findChild(IncidentRegister)
    register.refresh()
    qtbot.waitUntil(lambda: register.view.isVisible())
    return register


def _click_header(qtbot, view, title):
    header = view.horizontalHeader()
    model = view.model()
    section = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    view.scrollTo(model.index(view.rowAt(0), section))
    pos = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, header.height() // 2))
    return section


def test_only_sortable_columns_take_the_arrow_and_the_list_returns_to_the_top(
    qtbot, window, workspace, people
):
    register = _register(qtbot, window, workspace, people, 12)
    view, header = register.view, register.view.horizontalHeader()
    view.setFixedHeight(120)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)

    date_col = _click_header(qtbot, view, "Datum incident")
    assert register.model.query.sort == "occurred_on"
    assert header.sortIndicatorSection() == date_col
    order = header.sortIndicatorOrder()
    for title in ("Categorieën", "Slachtoffers"):
        _click_header(qtbot, view, title)
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (date_col, order), title
        assert register.model.query.sort == "occurred_on"

    # a sort, a filter and a search start at the top
    bar.setValue(bar.maximum())
    _click_header(qtbot, view, "Nummer")
    assert register.model.query.sort == "number" and bar.value() == 0
    bar.setValue(bar.maximum())
    register.level.setCurrentIndex(register.level.findData(None))
    register.apply_filters()
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    type_text(register.search, "asielopvang")
    qtbot.waitUntil(lambda: register.model.query.text == "asielopvang")
    assert bar.value() == 0


def test_five_digit_numbers_dates_and_severity_fit_and_a_cut_cell_shows_its_text(
    qtbot, window, workspace, people
):
    from sqlalchemy import update

    from veiligbestuur_desktop.store.models import Incident
    from veiligbestuur_desktop.ui.incidents.model import COLUMNS

    svc = IncidentService(workspace)
    busy = svc.register(incident_draft(people, severity_level=4))
    with workspace.transaction() as s:  # the 17,000th incident of a busy year
        s.execute(update(Incident).where(Incident.id == busy.id).values(seq=17000, number="2026-17000"))
    register = _register(qtbot, window, workspace, people, 2)
    view, model = register.view, register.model
    delegate = view.itemDelegate()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "2026-17000")

    def cut(column):
        index = model.index(row, column)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        return delegate.cut_text(view, option, index)

    for key in ("number", "occurred_on", "severity_level"):
        assert cut(COLUMNS.index(key)) is None, key
    # the severity reads without its colour: its number and a word, the whole description as tooltip
    severity = model.index(row, COLUMNS.index("severity_level"))
    assert severity.data() == "4 — zeer ernstig"
    assert severity.data(Qt.ItemDataRole.ToolTipRole).startswith("4 — zeer ernstig (fysiek geweld")
    # a cell too narrow for its text offers the whole text
    number = COLUMNS.index("number")
    view.horizontalHeader().resizeSection(number, 12)
    assert cut(number) == "2026-17000"
    index = model.index(row, number)
    pos = view.visualRect(index).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    )
    assert QToolTip.text() == "2026-17000"
