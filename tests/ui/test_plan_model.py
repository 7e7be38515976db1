"""The checklist model shows frequency, last done, next due and, for step 6, what the incidents say."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QTableView
from sqlalchemy import text

from veiligbestuur_desktop.domain.rules import PlanItemState, format_date
from veiligbestuur_desktop.domain.steps import STEPS, Frequency
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.ui.steps.plan_model import (
    COL_DATE,
    COL_FREQUENCY,
    COL_LAST_DONE,
    COL_STATUS,
    ChoiceDelegate,
    PlanItemsModel,
    install_delegates,
)

EDIT = Qt.ItemDataRole.EditRole


def test_frequency_and_last_done_are_edited_in_place_and_move_the_next_due_date(qtmodeltester, workspace):
    svc = PlanService(workspace)
    model = PlanItemsModel(STEPS[6])  # step 7
    model.load(svc)
    qtmodeltester.check(model)
    row = 2  # "Processen controleren en jaarlijks evalueren ..."
    assert model.headerData(COL_FREQUENCY, Qt.Orientation.Horizontal) == "Frequentie"
    assert model.index(row, COL_FREQUENCY).data() == "jaarlijks"
    assert model.index(row, COL_LAST_DONE).data() == ""

    saved: list[str] = []
    model.saved.connect(saved.append)
    assert model.setData(model.index(row, COL_LAST_DONE), QDate(2026, 1, 31), EDIT)
    assert model.index(row, COL_LAST_DONE).data() == "31-01-2026"
    assert model.index(row, COL_DATE).data() == "31-01-2027"
    assert model.setData(model.index(row, COL_FREQUENCY), Frequency.MAANDELIJKS.value, EDIT)
    assert model.index(row, COL_FREQUENCY).data() == "maandelijks"
    assert model.index(row, COL_DATE).data() == "28-02-2026"  # month end
    assert model.index(row, COL_DATE).data(Qt.ItemDataRole.ToolTipRole) == "Streefdatum verstreken"
    assert saved == ["evaluatie_jaarlijks", "evaluatie_jaarlijks"]
    assert svc.states()["evaluatie_jaarlijks"].frequency is Frequency.MAANDELIJKS

    # a due recurring item marked gereed again is done today and moves on
    assert model.setData(model.index(row, COL_STATUS), "gereed", EDIT)
    today = date.today()
    assert model.index(row, COL_LAST_DONE).data() == format_date(today)
    again = svc.states()["evaluatie_jaarlijks"]
    assert again.last_done == today and again.due_date is not None and again.due_date > today
    # not due: choosing gereed again changes nothing
    assert not model.setData(model.index(row, COL_STATUS), "gereed", EDIT)
    # a future last-done date is refused with a message
    failed: list[object] = []
    model.save_failed.connect(failed.append)
    assert not model.setData(model.index(row, COL_LAST_DONE), today + timedelta(days=3), EDIT)
    assert failed and "toekomst" in str(failed[0])


def test_step_6_shows_the_incident_counts_and_its_frequency_is_not_editable(qtmodeltester, workspace):
    svc = PlanService(workspace)
    year = date.today().year
    with workspace.transaction() as s:
        for iid, checked in ((1, True), (2, False), (3, True)):
            s.execute(
                text(
                    "INSERT INTO incident (id, year, seq, number, occurred_on, occurred_time, reported_on, "
                    "reported_by, received_by, location, at_home, channel, severity_level, status, "
                    "perpetrator_known, perpetrator_type, perpetrator_description, witnesses, description, "
                    "impact, impact_injury, impact_damage, impact_absence, impact_family, impact_avoidance, "
                    "created_at, updated_at) VALUES (:id, :year, :id, :number, :on, '', :on, '', '', '', 0, "
                    "'telefoon', 3, 'nazorg', 0, 'onbekend', '', '', 'x', '', 0, 0, 0, 0, 0, :on, :on)"
                ),
                {"id": iid, "year": year, "number": f"{year}-{iid:03d}", "on": f"{year}-01-02"},
            )
            if checked:
                s.execute(
                    text(
                        "INSERT INTO incident_check (incident_id, code, done_on, by) "
                        "VALUES (:id, 'nabesproken', :on, '')"
                    ),
                    {"id": iid, "on": f"{year}-01-03"},
                )
    model = PlanItemsModel(STEPS[5])
    model.load(svc)
    qtmodeltester.check(model)
    row = [i.code for i in STEPS[5].items].index("incidenten_nabespreken")
    assert model.index(row, COL_STATUS).data() == "nabesproken 2 van 3 incidenten dit jaar"
    assert "volgt uit de incidentregistratie" in model.index(row, COL_STATUS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.effective(row).status == ItemStatus.BEZIG
    assert model.index(row, COL_FREQUENCY).data() == "bij elk incident"
    assert not model.flags(model.index(row, COL_FREQUENCY)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, COL_LAST_DONE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(row, COL_FREQUENCY), "jaarlijks", EDIT)
    # n.v.t. chosen by the user is shown as such
    assert model.setData(model.index(row, COL_STATUS), "nvt", EDIT)
    assert model.index(row, COL_STATUS).data() == "n.v.t."


def test_install_delegates_gives_a_frequency_list_without_per_incident(qtbot, workspace):
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    view = QTableView()
    qtbot.addWidget(view)
    model = PlanItemsModel(STEPS[0])
    model.load(PlanService(workspace))
    view.setModel(model)
    install_delegates(view)
    assert isinstance(view.itemDelegateForColumn(COL_FREQUENCY), ChoiceDelegate)
    index = model.index(1, COL_FREQUENCY)
    view.edit(index)
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "eenmalig",
        "maandelijks",
        "per kwartaal",
        "jaarlijks",
        "per bestuurstermijn",
    ]
    assert combo.currentText() == "per bestuurstermijn"
    view.itemDelegateForColumn(COL_FREQUENCY).setModelData(combo, model, index)  # unchanged: nothing saved
    combo.setCurrentIndex(combo.findText("per kwartaal"))
    view.itemDelegateForColumn(COL_FREQUENCY).setModelData(combo, model, index)
    assert model.index(1, COL_FREQUENCY).data() == "per kwartaal"
    assert PlanService(workspace).states()["beleid_media"].frequency is Frequency.KWARTAAL
