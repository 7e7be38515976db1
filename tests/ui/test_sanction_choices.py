"""Issue 11: the incident's sanction track offers the sanctions of the ladder of step 3 — its active steps, in
its order, with its titles — and a sanction recorded under a step that was retired later stays as it was."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox

from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.domain.incidents import Track
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.preparation import LadderService
from veiligbestuur_desktop.ui.incidents.detail import IncidentDetailDialog
from veiligbestuur_desktop.ui.incidents.follow_up import FollowUpEditor


def _sanction_combo(qtbot, detail: IncidentDetailDialog) -> QComboBox:
    row = next(i for i, f in enumerate(detail.fu_model.rows) if f.track == Track.SANCTIE)
    detail.edit_follow_up(row)
    editor = [w for w in detail.findChildren(FollowUpEditor) if w.isVisible()][-1]
    combo = editor.findChild(QComboBox, "type")
    assert combo is not None
    return combo


def test_the_sanction_choices_follow_the_ladder(qtbot, app, workspace):
    people = make_people(workspace)
    incidents = IncidentService(workspace)
    reg = incidents.register(incident_draft(people))
    ladder = LadderService(workspace)
    steps = ladder.steps(active_only=True)
    tribune_id, tribune = next((i, d) for i, d in steps if d.code == "tribune")
    ladder.update(tribune_id, replace(tribune, title="Verwijdering van de tribune", active=False))
    warning_id, warning = next((i, d) for i, d in steps if d.code == "waarschuwing")
    ladder.update(warning_id, replace(warning, title="Schriftelijke waarschuwing (brief B1)"))

    detail = IncidentDetailDialog(incidents, PersonService(workspace), reg.id)
    qtbot.addWidget(detail)
    detail.show()
    combo = _sanction_combo(qtbot, detail)
    offered = [combo.itemText(i) for i in range(1, combo.count())]
    expected = [
        d.title
        for _i, d in LadderService(workspace).steps(active_only=True)
        if d.code
        in {
            "waarschuwing",
            "ordegesprek",
            "toegangsverbod",
            "tribune",
            "gebiedsverbod",
            "gedragsaanwijzing",
            "civiel_verbod",
        }
    ]
    assert offered == expected  # the ladder's order and titles
    assert "Schriftelijke waarschuwing (brief B1)" in offered
    assert not any("tribune" in text for text in offered)  # retired: not offered for a new sanction


def test_a_sanction_under_a_retired_step_stays_as_recorded(qtbot, app, workspace):
    from veiligbestuur_desktop.domain.incidents import FollowUpDraft

    people = make_people(workspace)
    incidents = IncidentService(workspace)
    reg = incidents.register(incident_draft(people))
    f = next(f for f in incidents.detail(reg.id).follow_ups if f.track == Track.SANCTIE)
    incidents.update_follow_up(
        f.id, FollowUpDraft(f.title, f.owner, f.deadline, f.status, details={"type": "tribune"})
    )
    ladder = LadderService(workspace)
    tribune_id, tribune = next((i, d) for i, d in ladder.steps() if d.code == "tribune")
    ladder.update(tribune_id, replace(tribune, active=False))

    detail = IncidentDetailDialog(incidents, PersonService(workspace), reg.id)
    qtbot.addWidget(detail)
    detail.show()
    combo = _sanction_combo(qtbot, detail)
    assert combo.currentData() == "tribune" and "tribune" in combo.currentText()


def test_the_incident_shows_the_sanctions_of_the_person_that_name_it(qtbot, app, workspace):
    from PySide6.QtWidgets import QLabel

    from veiligbestuur_desktop.domain.sanctions import SanctionDraft
    from veiligbestuur_desktop.services.sanctions import SanctionService

    people = make_people(workspace)
    incidents = IncidentService(workspace)
    reg = incidents.register(incident_draft(people))
    other = incidents.register(incident_draft(people))
    step_id = next(i for i, d in LadderService(workspace).steps() if d.code == "waarschuwing")
    SanctionService(workspace).create(SanctionDraft(people.dader, step_id, incident_id=reg.id))

    shown = {}
    for incident_id in (reg.id, other.id):
        detail = IncidentDetailDialog(incidents, PersonService(workspace), incident_id)
        qtbot.addWidget(detail)
        shown[incident_id] = detail.findChild(QLabel, "incidentSanctions").text()
    assert "Schriftelijke waarschuwing" in shown[reg.id] and "Gerrit Brouwer" in shown[reg.id]
    assert "geen sanctie" in shown[other.id]
