"""Table model over the checklist items of one step, edited in place and saved through PlanService."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.rules import PlanItemState, format_date, is_overdue
from veiligbestuur_desktop.domain.steps import Step
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.ui.kit.widgets import DATE_FORMAT, from_qdate, to_qdate

Index = QModelIndex | QPersistentModelIndex

COL_ITEM, COL_STATUS, COL_OWNER, COL_DATE, COL_NOTE = range(5)
NO_DATE = date(1990, 1, 1)  # the date editor's minimum shows as "geen datum"


class PlanItemsModel(QAbstractTableModel):
    """Rows are the step's checklist items; status, owner, date and note are editable."""

    saved = Signal(str)  # item code
    save_failed = Signal(object)  # UserFacingError

    def __init__(self, step: Step, parent: Any = None) -> None:
        super().__init__(parent)
        self.step = step
        self.service: PlanService | None = None
        self.states: dict[str, PlanItemState] = {}
        self.today = date.today()

    # --- loading ---------------------------------------------------------------------------------------

    def load(self, service: PlanService, states: dict[str, PlanItemState] | None = None) -> None:
        self.beginResetModel()
        self.service = service
        self.states = states if states is not None else service.states()
        self.today = date.today()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.service = None
        self.states = {}
        self.endResetModel()

    def state(self, row: int) -> PlanItemState:
        code = self.step.items[row].code
        return self.states.get(code, PlanItemState(code))

    # --- model interface -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.service is None else len(self.step.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Onderdeel"),
                self.tr("Status"),
                self.tr("Eigenaar"),
                self.tr("Streefdatum"),
                self.tr("Notitie"),
            ][section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return f"{self.step.number}.{section + 1}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_ITEM:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        item = self.step.items[index.row()]
        st = self.state(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ITEM:
                return item.title
            if col == COL_STATUS:
                return st.status.label
            if col == COL_OWNER:
                return st.owner
            if col == COL_DATE:
                return format_date(st.due_date)
            if col == COL_NOTE:
                return st.note.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.EditRole:
            return {
                COL_ITEM: item.title,
                COL_STATUS: st.status.value,
                COL_OWNER: st.owner,
                COL_DATE: st.due_date,
                COL_NOTE: st.note,
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_ITEM:
                return item.title
            if col == COL_NOTE and st.note:
                return st.note
            if col == COL_DATE and is_overdue(st, self.today):
                return self.tr("Streefdatum verstreken")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DATE and is_overdue(st, self.today):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            colors = {
                ItemStatus.GEREED: "#e3f2e1",
                ItemStatus.BEZIG: "#fff6d6",
                ItemStatus.NVT: "#eeeeee",
            }
            color = colors.get(st.status)
            return QBrush(QColor(color)) if color else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.service is None:
            return False
        st = self.state(index.row())
        col = index.column()
        if col == COL_STATUS:
            new = replace(st, status=ItemStatus(value))
        elif col == COL_OWNER:
            new = replace(st, owner=str(value or ""))
        elif col == COL_DATE:
            new = replace(st, due_date=value if isinstance(value, date) and value != NO_DATE else None)
        elif col == COL_NOTE:
            new = replace(st, note=str(value or ""))
        else:
            return False
        if new == st:
            return False
        try:
            saved = self.service.update_item(new)
        except UserFacingError as exc:
            self.save_failed.emit(exc)
            return False
        self.states[saved.code] = saved
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.saved.emit(saved.code)
        return True


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in ItemStatus.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        pos = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat(DATE_FORMAT)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(to_qdate(NO_DATE))
        editor.setMaximumDate(to_qdate(date(2100, 12, 31)))
        editor.setSpecialValueText(self.tr("geen datum"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(to_qdate(value if isinstance(value, date) else date.today()))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, from_qdate(editor.date()), Qt.ItemDataRole.EditRole)
