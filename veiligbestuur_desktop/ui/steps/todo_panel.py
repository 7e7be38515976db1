"""'Te doen' on Overzicht: due and overdue follow-ups across all incidents, most urgent first (overdue, then the
most severe incident); the numbers are counted in SQL, the list holds at most LIMIT rows. Reloads from the change
bus."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.incidents import Track, level_label
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.incidents import IncidentService, TodoItem
from veiligbestuur_desktop.ui.incidents.model import level_short
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.kit.list_model import RowListModel

Index = QModelIndex | QPersistentModelIndex


class TodoModel(RowListModel[TodoItem]):
    HEADERS = ("Incident", "Ernst", "Slachtoffer(s)", "Spoor", "Wat", "Termijn", "Verantwoordelijke")
    LEVEL = 1
    WHAT = 4  # the column that takes the remaining width

    def cell(self, t: TodoItem, column: int, role: int) -> Any:
        d = t.due
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LEVEL:
            return level_label(d.severity_level)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            late = self.tr(" (te laat)") if t.state == "overdue" else ""
            return [
                d.number,
                level_short(d.severity_level),
                ", ".join(t.victims),
                Track(d.track).label,
                d.title,
                format_date(d.deadline) + late,
                d.owner,
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and t.state == "overdue":
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.UserRole:
            return d.incident_id
        return None


class TodoPanel(QGroupBox):
    open_incident = Signal(int)
    LIMIT = 500  # rows listed; the numbers above the list are always the true ones

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Te doen bij incidenten"), parent)
        self.model = TodoModel(self)
        self.view = QTableView()
        self.view.setObjectName("todo")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(TodoModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(180)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.empty = QLabel(self.tr("Geen opvolging die nu aan de beurt is of te laat is."))
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.service: IncidentService | None = None
        subscribe(self, ("incident", "follow_up"), lambda _changes: self.reload())

    def load(self, service: IncidentService, today: date | None = None) -> None:
        self.service = service
        self.reload(today)

    def reload(self, today: date | None = None) -> None:
        """Reads what is due again (also when the change bus reports a changed incident or follow-up)."""
        if self.service is None or self.service.ws.locked:
            return
        items = self.service.todo(today, self.LIMIT)
        counts = self.service.todo_counts(today)
        self.model.set_rows(items)
        text = self.tr(
            "{n} te laat, {m} nu aan de beurt. Dubbelklik of druk Enter om het incident te openen."
        ).format(n=QLocale().toString(counts.overdue), m=QLocale().toString(counts.due))
        if counts.overdue + counts.due > len(items):
            text += " " + self.tr("De {k} dringendste staan hieronder.").format(
                k=QLocale().toString(len(items))
            )
        self.summary.setText(text)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(TodoModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)

    def clear(self) -> None:
        self.service = None
        self.model.set_rows([])
        self.summary.setText("")

    def _open(self, index: QModelIndex) -> None:
        incident_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if incident_id is not None:
            self.open_incident.emit(int(incident_id))
