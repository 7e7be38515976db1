"""Trainingen: the register (course, date, trainer, who attended) and beside it the office holders who have had
no training this bestuurstermijn (since the last municipal election)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget

from veiligbestuur_desktop.domain.prevention import TRAINING, TrainingDraft, term_start_of
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.prevention import TrainingQuery, TrainingService
from veiligbestuur_desktop.ui.kit.record_form import Sources
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.prevention.register import NamedRecordModel, RecordDialog, RegisterTab

COLUMNS = FieldColumns(TRAINING)


class TrainingTableModel(NamedRecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, TrainingQuery(), parent)


class TrainingsTab(RegisterTab):
    kinds = ("training", "person")
    sort_column = COLUMNS.index("held_on")
    sort_order = Qt.SortOrder.DescendingOrder

    def __init__(self, people: Any = None, parent: QWidget | None = None) -> None:
        label = QCoreApplication.translate("TrainingsTab", "&Nieuwe training…")
        super().__init__(TrainingTableModel(), "trainings", label, parent)
        self.people = people  # a callable giving (id, name) of the ambtsdragers
        self.untrained_title = QLabel()
        self.untrained_title.setWordWrap(True)
        self.untrained_title.setTextFormat(Qt.TextFormat.PlainText)
        self.untrained = QListWidget()
        self.untrained.setObjectName("untrained")
        self.untrained_title.setBuddy(self.untrained)
        self.untrained.setAccessibleName(self.tr("Ambtsdragers zonder training deze bestuurstermijn"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.untrained_title)
        side_layout.addWidget(self.untrained, 1)
        self.body.removeWidget(self.view)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.body.addWidget(split, 1)

    def query(self) -> TrainingQuery:
        return TrainingQuery(text=self.search.text())

    def apply_filters(self) -> None:
        super().apply_filters()
        self._show_untrained()

    def clear(self) -> None:
        super().clear()
        self.untrained.clear()
        self.untrained_title.setText("")

    def _show_untrained(self) -> None:
        if self.service is None or self.service.ws.locked:
            return
        today = date.today()
        people = self.service.untrained(today)
        self.untrained_title.setText(
            self.tr("Nog geen &training deze bestuurstermijn (sinds {d}): {n}").format(
                d=format_date(term_start_of(today)), n=len(people)
            )
        )
        self.untrained.clear()
        for _pid, name in people:
            self.untrained.addItem(name)

    def describe(self, row: Any) -> str:
        return str(row.course)

    def dialog(self, record_id: int | None) -> RecordDialog:
        service: TrainingService = self.service
        people = self.people
        sources = Sources(people=lambda _kinds: people() if people is not None else [])
        if record_id is None:
            draft = TrainingDraft(held_on=date.today())
            title = self.tr("Nieuwe training")

            def write(d: Any) -> Any:
                return service.create(d)
        else:
            draft = service.get(record_id)
            title = self.tr("Training: {course}").format(course=draft.course)

            def write(d: Any) -> Any:
                return service.update(record_id, d)

        return RecordDialog(TRAINING, sources, title, draft, write, self)
