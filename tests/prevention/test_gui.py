"""Step 2 through the GUI, by keyboard: the three registers, their forms (from the field lists), the hidden
person analyses, the measure's status flow, who had no training, and the heat map beside the analyses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.support.incidents import make_people
from tests.ui.conftest import type_text, visible_child
from veiligbestuur_desktop.domain.prevention import MeasureStatus, RiskLevel
from veiligbestuur_desktop.domain.steps import STEPS
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.prevention import (
    AnalysisQuery,
    MeasureQuery,
    MeasureService,
    RiskAnalysisService,
    TrainingQuery,
    TrainingService,
)
from veiligbestuur_desktop.store import audit
from veiligbestuur_desktop.ui.prevention.measures import StatusDialog
from veiligbestuur_desktop.ui.prevention.register import RecordDialog
from veiligbestuur_desktop.ui.steps.step_page import PageServices, create_page


def _focused() -> QWidget:
    return QApplication.focusWidget()


def field(parent: QWidget, name: str) -> QWidget:
    widget = parent.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _page(qtbot, workspace):  # type: ignore[no-untyped-def]
    page = create_page(STEPS[1])
    qtbot.addWidget(page)
    plan = PlanService(workspace)
    page.attach(PageServices(workspace, plan, IncidentService(workspace), PersonService(workspace)))
    page.load(plan, plan.effective_states())
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _press(button: QWidget) -> None:
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def _choose(combo: QWidget, text: str) -> None:
    """Pick the item with `text` with the arrow keys."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):  # type: ignore[attr-defined]
        if combo.currentText() == text:  # type: ignore[attr-defined]
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, text  # type: ignore[attr-defined]


def _save(dlg: QWidget) -> None:
    QTest.keyClick(_focused() or dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _dialog(page: QWidget) -> RecordDialog:
    dlg = visible_child(page, RecordDialog)
    dlg.activateWindow()
    QApplication.processEvents()
    return dlg


def test_analyses_by_keyboard_person_analyses_hidden_until_shown(qtbot, app, workspace, dialogs):
    make_people(workspace)
    page = _page(qtbot, workspace)
    tab = page.analyses
    assert page.tabs.currentWidget() is tab

    _press(tab.new_button)
    dlg = _dialog(page)
    assert _focused() is field(dlg, "title")
    type_text(_focused(), "Komst azc")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is field(dlg, "kind")
    QTest.keyClick(_focused(), Qt.Key.Key_Down)  # beleidsgebied / dossier
    assert field(dlg, "dossier").isVisibleTo(dlg) and not field(dlg, "person_id").isVisibleTo(dlg)
    _choose(field(dlg, "likelihood"), "4 — groot")
    _choose(field(dlg, "impact"), "4 — ernstig")
    assert "zeer hoog" in field(dlg, "analysis_level").text()
    _save(dlg)
    assert dlg.isVisible() and "Vul het beleidsgebied of dossier in" in dlg.error.text()
    assert _focused() is field(dlg, "dossier")  # the field to fix has the focus
    type_text(_focused(), "asielopvang")
    _save(dlg)
    assert not dlg.isVisible()
    assert tab.model.rowCount() == 1 and tab.model.data(tab.model.index(0, 0)) == "Komst azc"
    level_col = tab.model.columns.index("level")
    assert tab.model.data(tab.model.index(0, level_col)) == "zeer hoog"
    assert (
        tab.heat_map.counts[(4, 4)] == 1
        and "kans 4 en impact 4: 1 (zeer hoog)" in tab.heat_map.accessibleDescription()
    )

    # edit: Enter on the row opens it
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    dlg = _dialog(page)
    title = field(dlg, "title")
    title.selectAll()  # type: ignore[attr-defined]
    type_text(title, "Komst asielzoekerscentrum")
    _choose(field(dlg, "impact"), "2 — beperkt")
    _save(dlg)
    svc = RiskAnalysisService(workspace)
    (row,) = svc.page(AnalysisQuery(), 0, 10)
    assert row.title == "Komst asielzoekerscentrum" and svc.get(row.id).level == RiskLevel.MIDDEN

    # a person analysis: saved, but its row stays hidden until asked for
    _press(tab.new_button)
    dlg = _dialog(page)
    type_text(field(dlg, "title"), "Wethouder asiel")
    _choose(field(dlg, "kind"), "persoon")
    assert field(dlg, "person_id").isVisibleTo(dlg) and not field(dlg, "dossier").isVisibleTo(dlg)
    _choose(field(dlg, "person_id"), "Hélène van der Meer")
    _choose(field(dlg, "likelihood"), "5 — zeer groot")
    _choose(field(dlg, "impact"), "5 — zeer ernstig")
    _save(dlg)
    assert not dlg.isVisible()
    titles = [tab.model.row_at(r).title for r in range(tab.model.rowCount())]
    assert titles == ["Komst asielzoekerscentrum"]
    assert tab.hidden_label.text() == "1 persoonsgebonden analyse(s) verborgen."
    assert tab.heat_map.total() == 2  # the map counts every current analysis (numbers only)
    with workspace.reading() as s:
        assert audit.entries_for(s, "risk_analysis", "persoonsanalyses") == []
    _press(tab.personal_button)
    titles = sorted(tab.model.row_at(r).title for r in range(tab.model.rowCount()))
    assert titles == ["Komst asielzoekerscentrum", "Wethouder asiel"]
    with workspace.reading() as s:
        (view,) = audit.entries_for(s, "risk_analysis", "persoonsanalyses")
    assert view.action == "view"
    _press(tab.personal_button)  # hide again
    assert tab.model.rowCount() == 1
    # the analysis lapses: off the heat map, still in the register
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    dlg = _dialog(page)
    _choose(field(dlg, "status"), "vervallen")
    _save(dlg)
    assert not dlg.isVisible()
    assert tab.heat_map.total() == 1 and tab.heat_map.counts[(4, 2)] == 0
    assert tab.model.data(tab.model.index(0, tab.model.columns.index("status"))) == "vervallen"
    assert dialogs.kinds("error", "crash") == []


def test_measure_form_and_status_flow_by_keyboard(qtbot, app, workspace, dialogs):
    make_people(workspace)
    page = _page(qtbot, workspace)
    page.tabs.setCurrentWidget(page.measures)
    tab = page.measures
    _press(tab.new_button)
    dlg = _dialog(page)
    type_text(_focused(), "Camera bij de voordeur")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    _choose(_focused(), "fysiek")
    _choose(field(dlg, "for_person_id"), "Hélène van der Meer")
    type_text(field(dlg, "cost"), "1.250,50")
    _save(dlg)
    assert not dlg.isVisible()
    cost_col = tab.model.columns.index("cost")
    assert tab.model.data(tab.model.index(0, cost_col)) == "€ 1.250,50"
    assert tab.model.data(tab.model.index(0, tab.model.columns.index("status"))) == "voorgesteld"
    assert (
        tab.model.data(tab.model.index(0, tab.model.columns.index("for_person_id"))) == "Hélène van der Meer"
    )

    # a bad amount is refused in Dutch and nothing is saved
    _press(tab.new_button)
    dlg = _dialog(page)
    type_text(field(dlg, "title"), "Training")
    type_text(field(dlg, "cost"), "veel")
    _save(dlg)
    assert "geen geldig bedrag" in dlg.error.text() and dlg.isVisible()
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    assert MeasureService(workspace).count(MeasureQuery()) == 1

    # besloten needs the date of the college decision
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    _press(tab.status_button)
    status = visible_child(page, StatusDialog)
    assert status.status.currentText() == "besloten"
    QTest.keyClick(status.status, Qt.Key.Key_Return)
    assert status.isVisible() and "datum van het collegebesluit" in status.error.text()
    QTest.keyClick(status.status, Qt.Key.Key_Escape)

    tab.view.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    dlg = _dialog(page)
    decision = field(dlg, "decision_ref")
    type_text(decision, "B&W 2026/112")
    field(dlg, "decided_on").setDate(date.today())  # type: ignore[attr-defined]
    _save(dlg)
    assert not dlg.isVisible()
    for expected in ("besloten", "in uitvoering", "gerealiseerd"):
        tab.view.setCurrentIndex(tab.model.index(0, 0))
        _press(tab.status_button)
        status = visible_child(page, StatusDialog)
        assert status.status.currentText() == expected
        QTest.keyClick(status.status, Qt.Key.Key_Return)
        assert not status.isVisible(), status.error.text()
    svc = MeasureService(workspace)
    (row,) = svc.page(MeasureQuery(), 0, 10)
    assert [s.status for s in svc.history(row.id)] == [
        MeasureStatus.VOORGESTELD,
        MeasureStatus.BESLOTEN,
        MeasureStatus.IN_UITVOERING,
        MeasureStatus.GEREALISEERD,
    ]
    assert tab.model.data(tab.model.index(0, tab.model.columns.index("status"))) == "gerealiseerd"
    # the filter by status
    _choose(tab.status_filter, "voorgesteld")
    assert tab.model.rowCount() == 0
    assert dialogs.kinds("error", "crash") == []


def test_trainings_by_keyboard_and_who_had_none_this_term(qtbot, app, workspace, dialogs):
    make_people(workspace)
    page = _page(qtbot, workspace)
    page.tabs.setCurrentWidget(page.trainings)
    tab = page.trainings
    untrained = [tab.untrained.item(i).text() for i in range(tab.untrained.count())]
    assert untrained == ["Hélène van der Meer", "Sjoerd Wiersma"]
    _press(tab.new_button)
    dlg = _dialog(page)
    type_text(_focused(), "Weerbaarheid online")
    type_text(field(dlg, "trainer"), "Bureau Weerbaar")
    people = field(dlg, "attendees")
    filter_box = field(dlg, "attendees_filter")
    type_text(filter_box, "Sjoerd")
    people.setFocus()
    QTest.keyClick(people, Qt.Key.Key_Home)
    for _ in range(people.count()):  # type: ignore[attr-defined]
        item = people.currentItem()  # type: ignore[attr-defined]
        if item is not None and not item.isHidden():
            break
        QTest.keyClick(people, Qt.Key.Key_Down)
    QTest.keyClick(people, Qt.Key.Key_Space)
    _save(dlg)
    assert not dlg.isVisible(), dlg.error.text()
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, tab.model.columns.index("attendees"))) == "Sjoerd Wiersma"
    assert [tab.untrained.item(i).text() for i in range(tab.untrained.count())] == ["Hélène van der Meer"]
    (row,) = TrainingService(workspace).page(TrainingQuery(), 0, 5)
    assert row.course == "Weerbaarheid online"
    # edit: Enter on the row, another trainer
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    dlg = _dialog(page)
    trainer = field(dlg, "trainer")
    trainer.selectAll()  # type: ignore[attr-defined]
    type_text(trainer, "Ondersteuningsteam Weerbaar Bestuur")
    _save(dlg)
    assert not dlg.isVisible()
    assert TrainingService(workspace).get(row.id).trainer == "Ondersteuningsteam Weerbaar Bestuur"
    assert TrainingService(workspace).get(row.id).attendees == (row.values["attendees"][0],)
    # delete by keyboard, confirmed
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 0 and tab.untrained.count() == 2


def test_lock_clears_the_page(qtbot, app, workspace, dialogs):
    make_people(workspace)
    page = _page(qtbot, workspace)
    page.clear()
    assert page.analyses.model.rowCount() == 0 and page.analyses.heat_map.total() == 0
    assert not page.analyses.new_button.isEnabled() and page.trainings.untrained.count() == 0
