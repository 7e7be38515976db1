"""Step 4 by keyboard: action points (create, recurring done, overdue view), a meeting risk check, an incident
review whose decisions become action points, an avoidance signal; the overdue action points on Overzicht."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.execution.helpers import (
    check,
    choose,
    ctrl,
    focused,
    open_page,
    select_row,
    tab_to,
    type_into,
    widget,
)
from tests.support.incidents import incident_draft, make_people
from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.actions import ActionDraft, ActionSource, ActionStatus, Recurrence
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.execution import Forum, MeetingMeasure, RiskLevel, SignalFollowUp
from veiligbestuur_desktop.domain.steps import next_due
from veiligbestuur_desktop.services.actions import ActionService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.meetings import MeetingService
from veiligbestuur_desktop.services.reviews import ReviewService
from veiligbestuur_desktop.services.signals import SignalService


def test_action_points_by_keyboard_recurring_done_and_overdue_view(qtbot, app, workspace):
    page = open_page(qtbot, workspace, 4)
    tab = page.actions_tab
    svc = ActionService(workspace)
    # a new action point: Ctrl+Shift+N, the title, a recurrence, Ctrl+S
    tab.view.setFocus()
    QTest.keyClick(
        tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert focused() is widget(tab.form, "title")
    type_text(focused(), "Alarmknop raadzaal testen")
    choose(tab.form, "recurrence", Recurrence.MAANDELIJKS)
    choose(tab.form, "source_kind", ActionSource.MAATREGEL)
    type_into(tab.form, "note", "Met de bode, vóór de raadsvergadering.")
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    rows = svc.rows()
    assert [r.values["title"] for r in rows] == ["Alarmknop raadzaal testen"]
    created = svc.get(rows[0].id)
    assert created.owner == workspace.person and created.recurrence == Recurrence.MAANDELIJKS
    assert created.deadline == date.today() + timedelta(days=28)
    assert tab.model.rowCount() == 1

    # done today (Ctrl+D): a recurring one stays open with its next deadline (the plan's rule)
    select_row(tab.view, 0)
    assert tab.record_id == rows[0].id
    ctrl(tab.view, Qt.Key.Key_D)
    done = svc.get(rows[0].id)
    assert done.status == ActionStatus.OPEN and done.last_done == date.today()
    assert done.deadline == next_due(date.today(), Recurrence.MAANDELIJKS.frequency)
    assert "Laatst gedaan op" in widget(tab, "actions_source").text()

    # a one-off set to gereed in the form by keyboard
    svc.create(
        ActionDraft(title="Huisregels ophangen", owner="bode", deadline=date.today() - timedelta(days=3))
    )
    tab.refresh()
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.row_at(r).values["title"] == "Huisregels ophangen"
    )
    assert tab.model.data(tab.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None  # red: late
    assert "1 verlopen" in tab.count_label.text()
    select_row(tab.view, row)
    tab.form.focus_field("title")
    choose(tab.form, "status", ActionStatus.GEREED)
    ctrl(focused(), Qt.Key.Key_S)
    late_one = svc.get(tab.record_id)
    assert late_one.status == ActionStatus.GEREED and late_one.last_done == date.today()

    # the overdue view (Ctrl+T) lists only what is late
    svc.create(
        ActionDraft(title="Camera's evalueren", owner="OOV", deadline=date.today() - timedelta(days=10))
    )
    ctrl(tab.view, Qt.Key.Key_T)
    assert widget(tab, "actions_filter").currentData() == "late"
    assert [tab.model.row_at(r).values["title"] for r in range(tab.model.rowCount())] == [
        "Camera's evalueren"
    ]


def test_action_point_refused_with_a_dutch_message_and_focus_on_the_field(qtbot, app, workspace):
    page = open_page(qtbot, workspace, 4)
    tab = page.actions_tab
    tab.form.focus_field("title")
    choose(tab.form, "recurrence", Recurrence.JAARLIJKS)
    ctrl(focused(), Qt.Key.Key_S)
    assert "Vul wat er moet gebeuren in" in tab.error.text()
    assert focused() is widget(tab.form, "title")
    assert ActionService(workspace).rows() == []


def test_meeting_risk_check_by_keyboard_with_earlier_incidents(qtbot, app, workspace):
    people = make_people(workspace)
    incident = IncidentService(workspace).register(
        incident_draft(
            people, occurred_on=date.today() - timedelta(days=5), reported_on=date.today() - timedelta(days=5)
        )
    )
    number = IncidentService(workspace).detail(incident.id).number
    page = open_page(qtbot, workspace, 4)
    page.tabs.setCurrentWidget(page.meetings_tab)
    tab = page.meetings_tab
    tab.form.focus_field("held_on")
    type_into(tab.form, "title", "Raadsvergadering over de asielopvang")
    type_into(tab.form, "agenda_items", "Locatiekeuze asielopvang")
    check(tab.form, "signals", "aangekondigde demonstratie")
    check(tab.form, "incident_ids", number)
    choose(tab.form, "level", RiskLevel.HOOG)
    ctrl(focused(), Qt.Key.Key_S)
    assert "ten minste één maatregel" in tab.error.text()  # hoog needs a measure
    check(tab.form, "measures", "beveiliging")
    check(tab.form, "measures", "politie aanwezig")
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    rows = MeetingService(workspace).rows()
    assert len(rows) == 1
    d = MeetingService(workspace).get(rows[0].id)
    assert d.incident_ids == (incident.id,)
    assert "eerdere_incidenten" in d.signals  # a linked incident is a signal of its own
    assert d.measures == (MeetingMeasure.BEVEILIGING.value, MeetingMeasure.POLITIE.value)
    assert widget(tab, "meetings_print").isEnabled()
    # afterwards: the outcome cannot be filled before the meeting
    type_into(tab.form, "outcome", "Rustig verlopen.")
    ctrl(focused(), Qt.Key.Key_S)
    assert "na de bijeenkomst" in tab.error.text()


def test_incident_review_decisions_become_action_points(qtbot, app, workspace):
    people = make_people(workspace)
    inc = IncidentService(workspace)
    first = inc.register(incident_draft(people))
    second = inc.register(incident_draft(people))
    page = open_page(qtbot, workspace, 4)
    page.tabs.setCurrentWidget(page.reviews_tab)
    tab = page.reviews_tab
    tab.form.focus_field("held_on")
    choose(tab.form, "forum", Forum.PRESIDIUM)
    check(tab.form, "incident_ids", inc.detail(first.id).number)
    check(tab.form, "incident_ids", inc.detail(second.id).number)
    type_into(tab.form, "conclusions", "Beide incidenten volgden op het besluit over de windmolens.")
    type_into(tab.form, "decisions", "Ordegesprek plannen")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), "- Raadsleden wijzen op het meldpunt")
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    review_id = tab.record_id
    actions = ActionService(workspace).for_source(ActionSource.INCIDENTBESPREKING, review_id)
    assert sorted(a.values["title"] for a in actions) == [
        "Ordegesprek plannen",
        "Raadsleden wijzen op het meldpunt",
    ]
    assert {a.values["owner"] for a in actions} == {workspace.person}
    assert "Actiepunten uit deze bespreking" in widget(tab, "reviews_actions").text()
    # a save without new decisions adds nothing; a new line adds one
    d = ReviewService(workspace).get(review_id)
    ReviewService(workspace).update(
        review_id, replace(d, decisions=d.decisions + "\nPolitie vragen om surveillance")
    )
    assert len(ActionService(workspace).for_source(ActionSource.INCIDENTBESPREKING, review_id)) == 3
    # the overdue view shows them once they are late; the review names its action points
    assert ReviewService(workspace).get(review_id).forum == Forum.PRESIDIUM


def test_avoidance_signal_by_keyboard(qtbot, app, workspace):
    people = make_people(workspace)
    page = open_page(qtbot, workspace, 4)
    page.tabs.setCurrentWidget(page.signals_tab)
    tab = page.signals_tab
    assert "Alleen voor de coördinator" in widget(tab, "signals_notice").text()
    tab.form.focus_field("person_id")
    choose(tab.form, "person_id", people.raadslid)
    choose(tab.form, "signal", "sociale_media")
    type_into(tab.form, "description", "Reageert sinds de bedreiging niet meer op berichten.")
    choose(tab.form, "follow_up", SignalFollowUp.ONDERSTEUNINGSTEAM)
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    rows = SignalService(workspace).rows()
    assert len(rows) == 1 and rows[0].values["person_id"] == people.raadslid
    assert tab.model.data(tab.model.index(0, 0)) == "Sjoerd Wiersma"
    # status flow: afgerond
    select_row(tab.view, 0)
    tab.form.focus_field("person_id")
    choose(tab.form, "status", "afgerond")
    ctrl(focused(), Qt.Key.Key_S)
    assert SignalService(workspace).get(rows[0].id).status.value == "afgerond"
    # only an ambtsdrager
    tab.new()
    tab.form.focus_field("person_id")
    tab_to(widget(tab.form, "person_id"))
    choose(tab.form, "person_id", people.raadslid)
    d = tab.draft()
    with pytest.raises(ValidationError, match="ambtsdrager"):
        SignalService(workspace).create(replace(d, person_id=people.dader))


def test_overdue_action_points_on_the_overview_todo(qtbot, app, workspace):
    from veiligbestuur_desktop.ui.steps.todo_panel import TodoPanel

    svc = ActionService(workspace)
    svc.create(ActionDraft(title="Oud actiepunt", owner="bode", deadline=date.today() - timedelta(days=12)))
    svc.create(ActionDraft(title="Op tijd", owner="bode", deadline=date.today() + timedelta(days=12)))
    panel = TodoPanel()
    qtbot.addWidget(panel)
    panel.load(IncidentService(workspace))
    assert panel.actions_model.rowCount() == 1
    assert panel.actions_model.index(0, 0).data() == "Oud actiepunt"
    assert panel.actions_model.index(0, 3).data() == "12 dagen"
    assert "Verlopen actiepunten: 1" in panel.actions_summary.text()
    # the change bus: marking it done empties the list
    from veiligbestuur_desktop.ui.kit.changes import publish

    publish(svc.mark_done(panel.actions_model.rows[0].id))
    assert panel.actions_model.rowCount() == 0 and "Geen verlopen actiepunten" in panel.actions_summary.text()


def test_an_unsaved_edit_is_never_lost_silently(qtbot, app, workspace, dialogs):
    svc = ActionService(workspace)
    first = svc.create(ActionDraft(title="Eerste", owner="bode", deadline=date.today() + timedelta(days=3)))
    svc.create(ActionDraft(title="Tweede", owner="bode", deadline=date.today() + timedelta(days=5)))
    page = open_page(qtbot, workspace, 4)
    tab = page.actions_tab
    select_row(tab.view, 0)
    assert tab.record_id == first.id and not page.has_unsaved_edit
    tab.form.focus_field("title")
    type_into(tab.form, "note", "Nog niet opgeslagen")
    assert page.has_unsaved_edit
    # another row: the question, answered 'Opslaan'
    select_row(tab.view, 1)
    assert dialogs.kinds("question") and "nog niet opgeslagen" in dialogs.shown[-1].text
    assert svc.get(first.id).note == "Nog niet opgeslagen"
    # an invalid edit is not saved and the form stays on it
    tab.form.focus_field("title")
    widget(tab.form, "title").clear()
    dialogs.shown.clear()
    assert not page.apply()  # the lock asks the page to save: refused, the edit stays in the form
    assert "Vul wat er moet gebeuren in" in tab.error.text() and page.has_unsaved_edit
    page.discard()
    assert not page.has_unsaved_edit and widget(tab.form, "title").text() == "Tweede"


def test_register_model_passes_modeltester(qtmodeltester, app, workspace):
    from veiligbestuur_desktop.domain.actions import ACTION
    from veiligbestuur_desktop.services.actions import AreaQuery
    from veiligbestuur_desktop.ui.execution.register import AreaTableModel

    svc = ActionService(workspace)
    for n in range(3):
        svc.create(
            ActionDraft(title=f"Actie {n}", owner="bode", deadline=date.today() + timedelta(days=n - 1))
        )
    model = AreaTableModel(ACTION, AreaQuery(sort="deadline", descending=False))
    model.set_service(svc)
    assert model.rowCount() == 3 and model.data(model.index(0, 0)) == "Actie 0"
    qtmodeltester.check(model)


def test_a_date_is_typed(qtbot, app, workspace):
    page = open_page(qtbot, workspace, 4)
    tab = page.actions_tab
    tab.form.focus_field("title")
    type_text(focused(), "Huisregels ophangen")
    deadline = widget(tab.form, "deadline")
    tab_to(deadline)
    QTest.keyClicks(deadline, "01102026")
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    d = ActionService(workspace).get(tab.record_id)
    assert d.deadline == date(2026, 10, 1)
