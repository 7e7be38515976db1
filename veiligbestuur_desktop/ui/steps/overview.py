"""Overzicht: progress of the seven steps at a glance and what is overdue or due this month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.steps import STEPS
from veiligbestuur_desktop.services.plan import DueItem, PlanOverview
from veiligbestuur_desktop.ui.kit.list_model import RowListModel

Index = QModelIndex | QPersistentModelIndex


class DueItemsModel(RowListModel[DueItem]):
    """Checklist items that are overdue or due this month."""

    HEADERS = ("Stap", "Onderdeel", "Streefdatum", "Eigenaar", "Status")

    def cell(self, d: DueItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            late = self.tr(" (te laat)") if d.overdue else ""
            return [
                f"{d.item.step} {STEPS[d.item.step - 1].tab_label}",
                d.item.title,
                format_date(d.state.due_date) + late,
                d.state.owner,
                d.state.status.label,
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and d.overdue and column == 2:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.UserRole:
            return d.item.step
        return None


class OverviewPage(QWidget):
    navigate = Signal(int)  # step number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.summary = QLabel()
        progress_box = QGroupBox(self.tr("Voortgang van het stappenplan"))
        grid = QGridLayout(progress_box)
        self.bars: list[QProgressBar] = []
        self.texts: list[QLabel] = []
        for i, step in enumerate(STEPS):
            button = QPushButton(f"{step.number}  {step.title}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px;")
            button.setToolTip(self.tr("Ga naar stap {n}").format(n=step.number))
            button.clicked.connect(lambda _=False, n=step.number: self.navigate.emit(n))
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(14)
            text = QLabel()
            text.setObjectName(f"progress_{step.number}")
            grid.addWidget(button, i, 0)
            grid.addWidget(bar, i, 1)
            grid.addWidget(text, i, 2)
            self.bars.append(bar)
            self.texts.append(text)
        grid.setColumnStretch(1, 1)

        due_box = QGroupBox(self.tr("Te laat en deze maand"))
        due_layout = QVBoxLayout(due_box)
        self.due_model = DueItemsModel(self)
        self.due_view = QTableView()
        self.due_view.setObjectName("dueItems")
        self.due_view.setModel(self.due_model)
        self.due_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_view.verticalHeader().hide()
        self.due_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_view.doubleClicked.connect(
            lambda idx: self.navigate.emit(int(self.due_model.data(idx, Qt.ItemDataRole.UserRole)))
        )
        self.due_empty = QLabel(self.tr("Niets te laat en niets deze maand."))
        due_layout.addWidget(self.due_view)
        due_layout.addWidget(self.due_empty)

        self._extension = QVBoxLayout()  # room for panels such as "Te doen" (incident follow-ups)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(progress_box)
        layout.addWidget(due_box)
        layout.addLayout(self._extension, 1)

    def extension_layout(self) -> QVBoxLayout:
        return self._extension

    def show_overview(self, municipality: str, overview: PlanOverview) -> None:
        self.heading.setText(f"<h2>{self.tr('Overzicht')} — {municipality}</h2>")
        self.summary.setText(
            self.tr("In totaal {done} van {total} onderdelen gereed.").format(
                done=overview.done, total=overview.applicable
            )
        )
        for progress, bar, text in zip(overview.steps, self.bars, self.texts, strict=True):
            bar.setRange(0, max(progress.applicable, 1))
            bar.setValue(progress.done)
            line = progress.text
            if progress.overdue:
                line += self.tr(", {n} te laat").format(n=progress.overdue)
            text.setText(line)
        self.due_model.set_rows(list(overview.due))
        self.due_view.resizeColumnsToContents()
        self.due_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_view.setVisible(bool(overview.due))
        self.due_empty.setVisible(not overview.due)

    def clear(self) -> None:
        self.heading.setText("")
        self.summary.setText("")
        for bar, text in zip(self.bars, self.texts, strict=True):
            bar.setValue(0)
            text.setText("")
        self.due_model.set_rows([])
