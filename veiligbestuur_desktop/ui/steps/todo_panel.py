"""'Te doen' on Overzicht: due and overdue follow-ups across all incidents, most urgent first (overdue, then the
most severe incident); the numbers are counted in SQL, the list holds at most LIMIT rows. Below them the overdue
action points of step 4 (longest overdue first); Enter on one opens it on the Actiepunten tab. Reloads from the
change bus."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
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
from veiligbestuur_desktop.services.actions import ActionService, OverdueAction
from veiligbestuur_desktop.services.incidents import IncidentService, TodoCounts, TodoItem
from veiligbestuur_desktop.ui.incidents.model import level_short
from veiligbestuur_desktop.ui.kit import theme
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.kit.list_model import RowListModel

Index = QModelIndex | QPersistentModelIndex


class TodoModel(RowListModel[TodoItem]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("TodoModel", "Incident")),
        str(QT_TRANSLATE_NOOP("TodoModel", "Ernst")),
        str(QT_TRANSLATE_NOOP("TodoModel", "Slachtoffer(s)")),
        str(QT_TRANSLATE_NOOP("TodoModel", "Spoor")),
        str(QT_TRANSLATE_NOOP("TodoModel", "Wat")),
        str(QT_TRANSLATE_NOOP("TodoModel", "Termijn")),
        str(QT_TRANSLATE_NOOP("TodoModel", "Verantwoordelijke")),
    )
    LEVEL = 1
    WHAT = 4  # the column that takes the remaining width

    def cell(self, t: TodoItem, column: int, role: int) -> Any:
        d = t.due
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LEVEL:
            return level_label(d.severity_level)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            late = self.tr(" (verlopen)") if t.state == "overdue" else ""
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
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.UserRole:
            return d.incident_id
        return None


class OverdueActionsModel(RowListModel[OverdueAction]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("OverdueActionsModel", "Actiepunt")),
        str(QT_TRANSLATE_NOOP("OverdueActionsModel", "Verantwoordelijke")),
        str(QT_TRANSLATE_NOOP("OverdueActionsModel", "Uiterlijk")),
        str(QT_TRANSLATE_NOOP("OverdueActionsModel", "Verlopen")),
        str(QT_TRANSLATE_NOOP("OverdueActionsModel", "Bron")),
        str(QT_TRANSLATE_NOOP("OverdueActionsModel", "Status")),
    )
    WHAT = 0

    def cell(self, a: OverdueAction, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            days = self.tr("1 dag") if a.days == 1 else self.tr("{n} dagen").format(n=a.days)
            return [a.title, a.owner, format_date(a.deadline), days, a.source_kind.label, a.status.label][
                column
            ]
        if role == Qt.ItemDataRole.ForegroundRole:
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None


@dataclass(frozen=True)
class TodoData:
    items: list[TodoItem]
    counts: TodoCounts
    actions: list[OverdueAction]
    actions_total: int


class TodoPanel(QGroupBox):
    open_incident = Signal(int)
    open_action = Signal(int)
    LIMIT = 500  # rows listed; the numbers above the list are always the true ones

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Te doen bij incidenten"), parent)
        self.model = TodoModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("todo")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(TodoModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(180)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.empty = QLabel(self.tr("Geen opvolging die nu aan de beurt is of verlopen is."))
        self.summary = QLabel()
        # the overdue action points of step 4
        self.actions_model = OverdueActionsModel(self)
        self.actions_view = QTableView()
        self.actions_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.actions_view.setObjectName("todo_actions")
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.verticalHeader().hide()
        self.actions_view.setMinimumHeight(120)
        self.actions_view.doubleClicked.connect(self._open_action)
        self.actions_view.activated.connect(self._open_action)
        self.actions_summary = QLabel()
        self.actions_summary.setObjectName("todo_actions_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.actions_summary)
        layout.addWidget(self.actions_view)
        self.service: IncidentService | None = None
        self.action_service: ActionService | None = None
        self.open_action.connect(self._show_action)
        subscribe(self, ("incident", "follow_up"), lambda _changes: self.reload())
        subscribe(self, ("action",), lambda _changes: self.reload_actions())

    @staticmethod
    def fetch(service: IncidentService, today: date | None = None, limit: int = LIMIT) -> TodoData:
        """What the panel shows, read through the services only (no Qt): safe in another thread, so that the
        window can read it while it counts the checklist at unlock."""
        actions = ActionService(service.ws)
        return TodoData(
            service.todo(today, limit),
            service.todo_counts(today),
            actions.overdue(today, limit),
            actions.overdue_count(today),
        )

    def load(self, service: IncidentService, today: date | None = None, data: TodoData | None = None) -> None:
        self.service = service
        self.action_service = ActionService(service.ws)
        self.reload(today, data)

    def reload(self, today: date | None = None, data: TodoData | None = None) -> None:
        """Reads what is due again (also when the change bus reports a changed incident or follow-up); `data`
        when it was read already (`fetch`)."""
        if self.service is None or self.service.ws.locked:
            return
        if data is None:
            data = self.fetch(self.service, today, self.LIMIT)
        items, counts = data.items, data.counts
        self.model.set_rows(items)
        text = self.tr(
            "{n} verlopen, {m} nu aan de beurt. Dubbelklik of druk Enter om het incident te openen."
        ).format(n=QLocale().toString(counts.overdue), m=QLocale().toString(counts.due))
        if counts.overdue + counts.due > len(items):
            text += " " + self.tr("De {k} dringendste staan hieronder.").format(
                k=QLocale().toString(len(items))
            )
        self.summary.setText(text)
        self.view.horizontalHeader().setResizeContentsPrecision(50)  # 50 rows tell the width, not all 500
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(TodoModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.reload_actions(today, (data.actions, data.actions_total))

    def reload_actions(
        self, today: date | None = None, data: tuple[list[OverdueAction], int] | None = None
    ) -> None:
        """The overdue action points (step 4), longest overdue first."""
        if self.action_service is None or self.action_service.ws.locked:
            return
        if data is None:
            data = (self.action_service.overdue(today, self.LIMIT), self.action_service.overdue_count(today))
        items, total = data
        self.actions_model.set_rows(items)
        if total:
            text = self.tr(
                "Verlopen actiepunten: {n}. Dubbelklik of druk Enter om het actiepunt te openen."
            ).format(n=QLocale().toString(total))
        else:
            text = self.tr("Geen verlopen actiepunten.")
        self.actions_summary.setText(text)
        self.actions_view.horizontalHeader().setResizeContentsPrecision(50)
        self.actions_view.resizeColumnsToContents()
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(OverdueActionsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.actions_view.setVisible(bool(items))

    def clear(self) -> None:
        self.service = None
        self.action_service = None
        self.model.set_rows([])
        self.actions_model.set_rows([])
        self.summary.setText("")
        self.actions_summary.setText("")

    def _open_action(self, index: QModelIndex) -> None:
        action_id = self.actions_model.data(index, Qt.ItemDataRole.UserRole)
        if action_id is not None:
            self.open_action.emit(int(action_id))

    def _show_action(self, action_id: int) -> None:
        """Open the action point on step 4's Actiepunten tab (the window that holds the step pages)."""
        window = self.window()
        step_page = getattr(window, "step_page", None)
        show_step = getattr(window, "show_step", None)
        if step_page is None or show_step is None:
            return
        page = step_page(4)
        show = getattr(page, "show_action", None)
        if show is not None:
            show_step(4)
            show(action_id)

    def _open(self, index: QModelIndex) -> None:
        incident_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if incident_id is not None:
            self.open_incident.emit(int(incident_id))
