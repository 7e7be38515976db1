"""A person another area still refers to (a measure, a sanction, an avoidance signal, ...) is not deleted: the
coordinator gets a Dutch message naming where, and nothing changes."""

from __future__ import annotations

import pytest

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.domain.prevention import MeasureCategory, MeasureDraft
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.prevention import MeasureService
from veiligbestuur_desktop.services.verify import verify


def test_a_person_with_a_measure_is_not_deleted(workspace):
    persons = PersonService(workspace)
    pid = persons.create(
        PersonDraft(PersonKind.AMBTSDRAGER, name="Hélène van der Meer", role=Role.WETHOUDER)
    ).id
    MeasureService(workspace).create(
        MeasureDraft(title="Camera bij de voordeur", category=MeasureCategory.FYSIEK, for_person_id=pid)
    )
    with pytest.raises(ValidationError) as caught:
        persons.delete(pid)
    assert "maatregelen (1)" in caught.value.message
    assert persons.get(pid).name == "Hélène van der Meer"


def test_a_person_without_references_is_deleted_and_verify_stays_clean(workspace):
    persons = PersonService(workspace)
    pid = persons.create(PersonDraft(PersonKind.AMBTSDRAGER, name="Sjoerd Wiersma", role=Role.RAADSLID)).id
    persons.delete(pid)
    assert persons.search("Sjoerd") == []
    assert verify(workspace).ok
