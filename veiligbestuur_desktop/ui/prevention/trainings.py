"""Trainingen: the register (course, date, trainer, who attended) and beside it the office holders who have had
no training this bestuurstermijn (since the last municipal election)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from veiligbestuur_desktop.domain.prevention import TRAINING, TrainingDraft, term_start_of
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.prevention import TrainingQuery
from veiligbestuur_desktop.ui.kit.record_form import Sources
from veiligbestuur_desktop.ui.prevention.register import RegisterTab


class TrainingsTab(RegisterTab):
    kinds = ("training", "person")
    first_sort = "held_on"

    def __init__(self, people: Any = None, parent: QWidget | None = None) -> None:
        label = QCoreApplication.translate("TrainingsTab", "&Nieuwe training…")
        new = lambda: TrainingDraft(held_on=date.today())  # noqa: E731
        super().__init__(TRAINING, "trainings", label, new, TrainingQuery(), parent)
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
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

    def query(self) -> TrainingQuery:
        return TrainingQuery(text=self.search.text())

    def refresh(self) -> None:
        super().refresh()
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

    def sources(self) -> Sources:
        return Sources(people=lambda _kinds: self.people() if self.people is not None else [])

    def new_title(self) -> str:
        return self.tr("Nieuwe training")

    def title_of(self, draft: Any) -> str:
        return self.tr("Training: {course}").format(course=draft.course)
