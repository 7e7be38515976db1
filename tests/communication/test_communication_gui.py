"""Step 5 by keyboard: a communication action explaining a decision, the contact log with an ordegesprek
(planned, then its verslag), and 'slachtoffer geïnformeerd' with the incident picked by number."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.execution.helpers import choose, ctrl, focused, open_page, select_row, type_into, widget
from tests.support.incidents import incident_draft, make_people
from tests.ui.conftest import type_text
from veiligbestuur_desktop.domain.communication import (
    CommunicationKind,
    ContactKind,
    ContactLogDraft,
    InformedAbout,
)
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.services.communication import CommunicationService, VictimInformedService
from veiligbestuur_desktop.services.contact_log import ContactLogService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.verify import verify


def test_communication_action_explaining_a_decision(qtbot, app, workspace):
    people = make_people(workspace)
    page = open_page(qtbot, workspace, 5)
    tab = page.communication_tab
    tab.form.focus_field("held_on")
    choose(tab.form, "kind", CommunicationKind.TOELICHTING_BESLUIT)
    type_into(tab.form, "subject", "Besluit over de windmolens")
    type_into(tab.form, "audience", "omwonenden van de Noordpolder")
    ctrl(focused(), Qt.Key.Key_S)
    assert "Vul het besluit in" in tab.error.text()
    assert focused() is widget(tab.form, "decision")
    type_text(focused(), "De raad stemt in met vier windmolens in de Noordpolder.")
    choose(tab.form, "person_id", people.dader)
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    rows = CommunicationService(workspace).rows()
    assert len(rows) == 1
    d = CommunicationService(workspace).get(rows[0].id)
    assert d.kind == CommunicationKind.TOELICHTING_BESLUIT and d.person_id == people.dader
    assert d.by_whom == workspace.person
    assert widget(tab, "communication_letter").isEnabled()  # the letter for this kind


def test_contact_log_ordegesprek_with_its_verslag_by_keyboard(qtbot, app, workspace):
    people = make_people(workspace)
    inc = IncidentService(workspace).register(incident_draft(people))
    page = open_page(qtbot, workspace, 5)
    page.tabs.setCurrentWidget(page.contact_log_tab)
    tab = page.contact_log_tab
    form = tab.form
    tab.form.focus_field("person_id")
    choose(form, "person_id", people.dader)
    assert not widget(form, "report").isVisibleTo(tab)  # only for an ordegesprek
    choose(form, "channel", ContactKind.ORDEGESPREK)
    assert widget(form, "report").isVisibleTo(tab) and widget(form, "place").isVisibleTo(tab)
    type_into(form, "place", "gemeentehuis, kamer van de burgemeester")
    choose(form, "incident_id", inc.id)
    type_into(form, "summary", "Herhaalde dreigende e-mails aan de wethouder.")
    type_into(form, "conduct_agreements", "Geen berichten meer aan de wethouder via sociale media.")
    type_into(form, "report", "De betrokkene erkende de toon van de e-mails.")
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    log_id = tab.record_id
    stored = ContactLogService(workspace).get(log_id)
    assert stored.channel == ContactKind.ORDEGESPREK and stored.on == date.today()
    assert stored.incident_id == inc.id and stored.report.startswith("De betrokkene erkende")
    assert widget(tab, "contact_log_invite").isEnabled() and widget(tab, "contact_log_report").isEnabled()
    assert tab.model.data(tab.model.index(0, 0)) == "Gerrit Brouwer"
    # an ordinary contact: the ordegesprek's fields are gone, and it cannot lie ahead
    tab.new()
    tab.form.focus_field("person_id")
    choose(form, "person_id", people.dader)
    choose(form, "channel", ContactKind.TELEFOON)
    assert not widget(form, "report").isVisibleTo(tab)
    type_into(form, "agreements", "Vragen via het algemene nummer.")
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    assert len(ContactLogService(workspace).for_person(people.dader)) == 2
    # a contact log entry is part of the person's record: verify stays clean, also after a delete
    select_row(tab.view, 0)
    tab.delete()
    assert len(ContactLogService(workspace).for_person(people.dader)) == 1
    assert verify(workspace, backups=False).ok


def test_an_ordegesprek_may_be_planned_its_verslag_comes_after(workspace):
    people = make_people(workspace)
    svc = ContactLogService(workspace)
    ahead = date.today() + timedelta(days=10)
    planned = svc.create(ContactLogDraft(person_id=people.dader, on=ahead, channel=ContactKind.ORDEGESPREK))
    with pytest.raises(ValidationError, match="na het ordegesprek"):
        svc.update(planned.id, replace(svc.get(planned.id), report="Verslag"))
    with pytest.raises(ValidationError, match="alleen een ordegesprek"):
        svc.create(ContactLogDraft(person_id=people.dader, on=ahead, channel=ContactKind.TELEFOON))
    with pytest.raises(ValidationError, match="veroorzaker"):
        svc.create(ContactLogDraft(person_id=people.wethouder, on=date.today()))
    with pytest.raises(ValidationError, match="gedragsafspraken"):
        svc.create(ContactLogDraft(person_id=people.dader, on=date.today(), conduct_until=ahead))


def test_victim_informed_picks_the_incident_by_number(qtbot, app, workspace):
    people = make_people(workspace)
    inc_svc = IncidentService(workspace)
    first = inc_svc.register(incident_draft(people))
    second = inc_svc.register(incident_draft(people))
    number = inc_svc.detail(second.id).number
    page = open_page(qtbot, workspace, 5)
    page.tabs.setCurrentWidget(page.victim_informed_tab)
    tab = page.victim_informed_tab
    combo = widget(tab.form, "incident_id")
    tab.form.focus_field("incident_id")
    # the picker lists number and categories only: never a victim's name
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert any(label.startswith(number) for label in labels)
    assert not any("Hélène" in label or "Brouwer" in label for label in labels)
    ctrl(focused(), Qt.Key.Key_S)
    assert "Kies het incident" in tab.error.text()
    choose(tab.form, "incident_id", second.id)
    choose(tab.form, "about", InformedAbout.OM_BESLISSING)
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    rows = VictimInformedService(workspace).for_incident(second.id)
    assert len(rows) == 1 and rows[0].values["about"] == InformedAbout.OM_BESLISSING
    assert VictimInformedService(workspace).for_incident(first.id) == []
    assert tab.model.data(tab.model.index(0, 0)) == number


def test_an_old_incident_is_picked_by_typing_its_number(qtbot, app, workspace):
    people = make_people(workspace)
    inc_svc = IncidentService(workspace)
    old = inc_svc.register(incident_draft(people, occurred_on=date(2024, 3, 1), reported_on=date(2024, 3, 2)))
    number = inc_svc.detail(old.id).number
    page = open_page(qtbot, workspace, 5)
    page.tabs.setCurrentWidget(page.victim_informed_tab)
    tab = page.victim_informed_tab
    combo = widget(tab.form, "incident_id")
    assert combo.findData(old.id) < 0  # older than the keuzelijst reaches
    field = widget(tab, "victim_informed_number")
    type_text(field, "2024-999")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert "bestaat niet" in tab.error.text()
    field.clear()
    type_text(field, number)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert tab.error.text() == "" and combo.currentData() == old.id
    assert focused() is widget(tab.form, "about")
    choose(tab.form, "about", InformedAbout.UITSPRAAK)
    ctrl(focused(), Qt.Key.Key_S)
    assert tab.error.text() == ""
    assert [r.values["about"] for r in VictimInformedService(workspace).for_incident(old.id)] == [
        InformedAbout.UITSPRAAK
    ]
