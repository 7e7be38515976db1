"""The opschalen advice shows the contact card of step 3 as the coordinator keeps it, not numbers fixed in code."""

from __future__ import annotations

from datetime import date

from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.domain.incidents import contacts_text
from veiligbestuur_desktop.domain.preparation import ContactEntry
from veiligbestuur_desktop.services.contacts import ContactService
from veiligbestuur_desktop.services.incidents import IncidentService


def test_the_advice_uses_the_edited_contact_card(workspace):
    people = make_people(workspace)
    ContactService(workspace).save(
        [
            ContactEntry("Alarmnummer (acuut gevaar)", "112"),
            ContactEntry("Wijkagent Wâldhoeke", "06-12345678"),
        ],
        checked_on=date(2026, 11, 1),
    )
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people))
    contacts = svc.detail(reg.id).contacts
    assert ("Wijkagent Wâldhoeke", "06-12345678") in contacts
    assert "0900-8844" not in contacts_text(contacts)  # the default police number is no longer offered
