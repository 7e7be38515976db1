"""Step 7 through the GUI, by keyboard: a new evaluation (the incident becomes 'geëvalueerd'), editing it,
the incident form refusing 'geëvalueerd' without an evaluation, the term review ticked with a date, the
annual figures with the year chooser, and the overview's dashboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.evaluation import term_of
from veiligbestuur_desktop.domain.incidents import IncidentStatus
from veiligbestuur_desktop.domain.steps import step
from veiligbestuur_desktop.services.demo import ANCHOR, create_demo_vault
from veiligbestuur_desktop.services.evaluation import EvaluationQuery, EvaluationService, TermReviewService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.ui.steps.step_page import PageServices, create_page


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws, _summary = create_demo_vault(tmp_path_factory.mktemp("gui7") / "kluis", PASSPHRASE, 300, seed=21)
    yield ws
    ws.lock()


@pytest.fixture
def page(qtbot, app, demo):
    p = create_page(step(7))
    qtbot.addWidget(p)
    p.attach(PageServices(demo, PlanService(demo), IncidentService(demo), PersonService(demo)))
    p.load(PlanService(demo))
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    return p


def child(parent: QWidget, name: str) -> QWidget:
    w = parent.findChild(QWidget, name)
    assert w is not None, name
    return w


def press(widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    widget.setFocus()
    QTest.keyClick(widget, key)


def open_dialog(parent: QWidget, cls: type) -> QDialog:
    dialogs = [d for d in parent.findChildren(cls) if d.isVisible()]
    assert dialogs, cls
    return dialogs[-1]


def test_a_new_evaluation_by_keyboard_marks_the_incident_and_can_be_edited(qtbot, page, demo):
    from veiligbestuur_desktop.ui.evaluation.evaluations import EvaluationDialog

    service = EvaluationService(demo)
    before = service.count(EvaluationQuery())
    press(child(page, "newEvaluation"))
    dlg = open_dialog(page, EvaluationDialog)
    incident = child(dlg, "incident_id")
    assert isinstance(incident, QComboBox)
    qtbot.waitUntil(incident.hasFocus)
    while "al geëvalueerd" in incident.currentText():  # choose, by arrow keys, one without an evaluation
        QTest.keyClick(incident, Qt.Key.Key_Down)
    chosen = int(incident.currentData())
    summary = child(dlg, "incidentSummary")
    assert isinstance(summary, QLabel) and incident.currentText().split(" ")[0] in summary.text()
    assert IncidentService(demo).get(chosen).status in (IncidentStatus.AFGESLOTEN, IncidentStatus.GEEVALUEERD)

    # saving an empty evaluation: a Dutch message, the dialog stays
    press(child(dlg, "saveEvaluation"))
    assert "een lege evaluatie zegt niets" in child(dlg, "errorLabel").text() and dlg.isVisible()
    type_text(child(dlg, "participants"), "coördinator en griffier")
    type_text(child(dlg, "went_well"), "De bode greep direct in.")
    type_text(child(dlg, "lessons"), "Het protocol was niet bekend.")
    type_text(child(dlg, "adjustments"), "Protocol bespreken in het presidium")
    QTest.keyClick(child(dlg, "adjustments"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert service.count(EvaluationQuery()) == before + 1
    assert IncidentService(demo).get(chosen).status == IncidentStatus.GEEVALUEERD

    # the new one is in the list (the newest date first); Enter opens it for editing
    view = child(page, "evaluations")
    number = page.evaluations.model.data(page.evaluations.model.index(0, 0))
    evaluation_id = service.for_incident(chosen)[0]
    assert service.incident_number(evaluation_id) in [
        page.evaluations.model.data(page.evaluations.model.index(r, 0))
        for r in range(page.evaluations.model.rowCount())
    ]
    assert number
    row = next(
        r
        for r in range(page.evaluations.model.rowCount())
        if page.evaluations.model.data(page.evaluations.model.index(r, 0), Qt.ItemDataRole.UserRole)
        == evaluation_id
    )
    view.setFocus()
    view.setCurrentIndex(page.evaluations.model.index(row, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    edit = open_dialog(page, EvaluationDialog)
    assert edit.evaluation_id == evaluation_id and not child(edit, "incident_id").isEnabled()
    lessons = child(edit, "lessons")
    assert isinstance(lessons, QPlainTextEdit)
    lessons.selectAll()
    type_text(lessons, "Het protocol hangt nu in de raadzaal.")
    press(child(edit, "saveEvaluation"))
    qtbot.waitUntil(lambda: not edit.isVisible())
    assert service.get(evaluation_id).lessons == "Het protocol hangt nu in de raadzaal."


def test_the_incident_form_refuses_geevalueerd_without_an_evaluation(qtbot, app, demo):
    from veiligbestuur_desktop.ui.incidents.form import IncidentForm

    c = next(
        c
        for c in EvaluationService(demo).incidents_to_evaluate(limit=5000)
        if c.status == IncidentStatus.AFGESLOTEN.value and not c.evaluated
    )
    form = IncidentForm(IncidentService(demo), PersonService(demo), c.id)
    qtbot.addWidget(form)
    form.show()
    status = child(form, "status")
    assert isinstance(status, QComboBox)
    status.setFocus()
    while status.currentData() != IncidentStatus.GEEVALUEERD.value:
        QTest.keyClick(status, Qt.Key.Key_Down)
    form.save()
    assert "pas als er een evaluatie is" in form.error.text()
    assert IncidentService(demo).get(c.id).status == IncidentStatus.AFGESLOTEN


def test_the_term_review_ticked_by_keyboard(qtbot, page, demo):
    page.tabs.setCurrentIndex(1)
    panel = page.term_review
    reviews = TermReviewService(demo)
    term = term_of(date.today())
    view = reviews.view(term)
    if view.review_id is None:  # the demo made the checklist of ANCHOR's term; today may be in a later one
        press(child(page, "makeTermChecklist"))
        view = reviews.view(term)
    items = child(page, "termItems")
    open_row = next(i for i, item in enumerate(view.items) if item.done_on is None)
    code = view.items[open_row].code
    date_edit = child(page, "tickDate")
    date_edit.setFocus()
    date_edit.setDate(date_edit.date().addDays(-2))  # the day it was done
    items.setFocus()
    items.setCurrentIndex(panel.model.index(open_row, 1))
    QTest.keyClick(items, Qt.Key.Key_Space)
    done = next(i for i in reviews.view(term).items if i.code == code)
    assert done.done_on == date.today() - timedelta(days=2)
    assert (
        panel.model.data(panel.model.index(open_row, 0), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    # Space again takes the tick away
    items.setCurrentIndex(panel.model.index(open_row, 1))
    QTest.keyClick(items, Qt.Key.Key_Space)
    assert next(i for i in reviews.view(term).items if i.code == code).done_on is None
    assert "gedaan" in child(page, "termState").text()


def test_the_annual_figures_follow_the_year_chooser(qtbot, page, demo):
    from veiligbestuur_desktop.services.annual import AnnualService

    page.tabs.setCurrentIndex(2)
    year_box = child(page, "annualYear")
    assert isinstance(year_box, QComboBox)
    year_box.setFocus()
    target = ANCHOR.year - 2
    while int(year_box.currentData()) != target:
        QTest.keyClick(year_box, Qt.Key.Key_Down)
    total = AnnualService(demo).figures(target).total
    label = child(page, "figure_total")
    assert isinstance(label, QLabel)
    qtbot.waitUntil(lambda: label.text().startswith(f"{total} "))  # counted off the GUI thread
    months = child(page, "chartMonths")
    assert str(target) in months.accessibleDescription()
    assert all(
        isinstance(b, QPushButton) for b in (child(page, "annualReport"), child(page, "councilLetter"))
    )


def test_the_overview_is_a_dashboard(qtbot, app, demo):
    from veiligbestuur_desktop.services.annual import AnnualService
    from veiligbestuur_desktop.ui.steps.overview import OverviewPage

    overview = OverviewPage()
    qtbot.addWidget(overview)
    overview.attach(demo)
    plan = PlanService(demo)
    overview.show_overview("Wâldhoeke-Oost", plan.overview(), plan.due())
    overview.resize(1300, 900)
    overview.show()
    d = AnnualService(demo).dashboard()
    qtbot.waitUntil(lambda: bool(child(overview, "dashboardText").text()))  # counted off the GUI thread
    text = child(overview, "dashboardText").text()
    assert f"{d.year}" in text and "opvolgingen staan open" in text
    follow_ups = child(overview, "dashboardFollowUps").accessibleDescription()
    assert all(c.label in follow_ups for c in d.open_follow_ups)
    assert "gereed" in child(overview, "dashboardPlan").accessibleDescription()
    # the per-step progress stays
    assert child(overview, "progress_7").text()
    # a new incident this year reaches the dashboard through the change bus
    from tests.support.incidents import incident_draft, make_people
    from veiligbestuur_desktop.ui.kit.changes import publish

    today = date.today()
    people = make_people(demo)
    created = IncidentService(demo).create(
        incident_draft(people, occurred_on=today, reported_on=today), today
    )
    publish(created.changes)
    qtbot.waitUntil(
        lambda: f"{d.total + 1} incidenten in {d.year}" in child(overview, "dashboardText").text()
    )
    overview.clear()
    assert child(overview, "dashboardText").text() == ""
    QApplication.processEvents()


def test_the_evaluations_filter_by_year(qtbot, page, demo):
    year_box = child(page, "evaluationYear")
    assert isinstance(year_box, QComboBox) and year_box.currentData() is None  # alle jaren
    total = page.evaluations.model.rowCount()
    year_box.setFocus()
    target = ANCHOR.year - 1
    while year_box.currentData() != target:
        QTest.keyClick(year_box, Qt.Key.Key_Down)
    model = page.evaluations.model
    assert 0 < model.rowCount() < total
    assert model.rowCount() == EvaluationService(demo).count(EvaluationQuery(year=target))
    assert all(model.data(model.index(r, 1)).endswith(str(target)) for r in range(model.rowCount()))
