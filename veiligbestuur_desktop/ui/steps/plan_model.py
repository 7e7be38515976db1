"""Table model over the checklist items of one step, edited in place and saved through PlanService.

Columns: item, status, owner, frequency, last done, next due (streefdatum), note. A recurring item is
marked done by choosing "gereed" (again, once it is due) or by entering the date it was last done; the
next due date then follows. Step 6's items show what the incident data says instead of a free tick.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.rules import (
    PlanItemState,
    format_date,
    frequency_of,
    is_due_this_month,
    is_overdue,
)
from veiligbestuur_desktop.domain.steps import Frequency, Step
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.plan import Evidence, PlanService, effective_state
from veiligbestuur_desktop.ui.kit import theme
from veiligbestuur_desktop.ui.kit.widgets import DATE_FORMAT, from_qdate, to_qdate

Index = QModelIndex | QPersistentModelIndex

COL_ITEM, COL_STATUS, COL_OWNER, COL_FREQUENCY, COL_LAST_DONE, COL_DATE, COL_NOTE = range(7)
COLUMNS = 7
NO_DATE = date(1990, 1, 1)  # the date editor's minimum shows as "geen datum"


class PlanItemsModel(QAbstractTableModel):
    """Rows are the step's checklist items; status, frequency, last done, date, owner and note are editable
    (step 6: frequency and last done follow the incidents)."""

    saved = Signal(str)  # item code
    save_failed = Signal(object)  # UserFacingError

    def __init__(self, step: Step, parent: Any = None) -> None:
        super().__init__(parent)
        self.step = step
        self.service: PlanService | None = None
        self.states: dict[str, PlanItemState] = {}
        self.evidence: dict[str, Evidence] = {}
        self.today = date.today()

    # --- loading ---------------------------------------------------------------------------------------

    def load(
        self,
        service: PlanService,
        states: dict[str, PlanItemState] | None = None,
        evidence: dict[str, Evidence] | None = None,
    ) -> None:
        """`evidence`: the window's one `PlanService.evidence()` of this refresh, or None to ask for this step."""
        self.beginResetModel()
        self.service = service
        self.states = states if states is not None else service.states()
        self.today = date.today()
        self.evidence = (
            evidence if evidence is not None else service.evidence(self.today, step=self.step.number)
        )
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.service = None
        self.states = {}
        self.evidence = {}
        self.endResetModel()

    def state(self, row: int) -> PlanItemState:
        code = self.step.items[row].code
        return self.states.get(code, PlanItemState(code))

    # --- model interface -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.service is None else len(self.step.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Onderdeel"),
                self.tr("Status"),
                self.tr("Verantwoordelijke"),
                self.tr("Frequentie"),
                self.tr("Laatst gedaan"),
                self.tr("Streefdatum / volgende keer"),
                self.tr("Notitie"),
            ][section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return f"{self.step.number}.{section + 1}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ITEM:
            return base
        if index.column() in (COL_FREQUENCY, COL_LAST_DONE) and self.step.items[index.row()].derived:
            return base  # step 6 follows the incidents
        return base | Qt.ItemFlag.ItemIsEditable

    def _derived(self, row: int) -> Evidence | None:
        """What the incidents say about this row's item (step 6), when they say anything."""
        ev = self.evidence.get(self.step.items[row].code)
        return ev if ev is not None and self.step.items[row].derived else None

    def _linked(self, row: int) -> Evidence | None:
        """The records an area links to this row's item (steps 1-5 and 7): a record, or the gap."""
        ev = self.evidence.get(self.step.items[row].code)
        return ev if ev is not None and not self.step.items[row].derived else None

    def effective(self, row: int) -> PlanItemState:
        """The state as shown and counted: step 6 takes its status from the incidents (unless n.v.t.); an item
        whose evidence states a status (a vastgesteld protocol) takes that."""
        return effective_state(self.state(row), self._derived(row) or self._linked(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        item = self.step.items[index.row()]
        st = self.state(index.row())
        shown = self.effective(index.row())
        ev = self._derived(index.row())
        freq = frequency_of(st)
        col = index.column()
        overdue = is_overdue(shown, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ITEM:
                return item.title
            if col == COL_STATUS:
                if ev is not None and st.status != ItemStatus.NVT:
                    return ev.text
                linked = self._linked(index.row())
                if linked is not None and st.status != ItemStatus.NVT:
                    return f"{shown.status.label} · {linked.text}"
                return shown.status.label
            if col == COL_FREQUENCY:
                return freq.label
            if col == COL_LAST_DONE:
                return format_date(st.last_done)
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
                COL_FREQUENCY: freq.value,
                COL_LAST_DONE: st.last_done,
                COL_OWNER: st.owner,
                COL_DATE: st.due_date,
                COL_NOTE: st.note,
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_ITEM:
                return item.title
            if col == COL_STATUS and item.derived:
                text = ev.text if ev is not None else self.tr("Nog geen incidenten dit jaar.")
                return text + "\n" + self.tr("De status volgt uit de incidentregistratie (stap 6).")
            if col == COL_STATUS and self._linked(index.row()) is not None:
                return self._linked(index.row()).text  # type: ignore[union-attr]
            if col == COL_NOTE and st.note:
                return st.note
            if col == COL_DATE and overdue:
                return self.tr("Streefdatum verstreken")
            if col == COL_DATE and freq.recurring and st.last_done is not None:
                return self.tr("Volgende keer, berekend uit ‘laatst gedaan’ en de frequentie")
            if col in (COL_FREQUENCY, COL_LAST_DONE) and item.derived:
                return self.tr("Dit onderdeel geldt bij elk incident en volgt uit de incidentregistratie.")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DATE and overdue:
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            if overdue:
                return theme.background_brush(theme.Role.ERROR)
            roles = {  # the status is in the cell's text too
                ItemStatus.GEREED: theme.Role.OK,
                ItemStatus.BEZIG: theme.Role.WARNING,
                ItemStatus.NVT: theme.Role.MUTED,
            }
            tint = roles.get(shown.status)
            return theme.background_brush(tint) if tint else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.service is None:
            return False
        st = self.state(index.row())
        item = self.step.items[index.row()]
        col = index.column()
        again = False  # a recurring item that is due again, marked gereed again
        try:
            if col == COL_STATUS:
                new = replace(st, status=ItemStatus(value))
                again = (
                    new.status == st.status == ItemStatus.GEREED
                    and not item.derived
                    and frequency_of(st).recurring
                    and (is_overdue(st, self.today) or is_due_this_month(st, self.today))
                )
            elif col == COL_FREQUENCY and not item.derived:
                new = replace(st, frequency=Frequency.parse(str(value or "")))  # type: ignore[arg-type]
            elif col == COL_LAST_DONE and not item.derived:
                new = replace(st, last_done=_as_date(value))
            elif col == COL_OWNER:
                new = replace(st, owner=str(value or ""))
            elif col == COL_DATE:
                new = replace(st, due_date=_as_date(value))
            elif col == COL_NOTE:
                new = replace(st, note=str(value or ""))
            else:
                return False
        except ValueError:
            return False
        if new == st and not again:
            return False
        try:
            saved = self.service.mark_done(st.code) if again else self.service.update_item(new)
        except UserFacingError as exc:
            self.save_failed.emit(exc)
            return False
        self.states[saved.code] = saved
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.saved.emit(saved.code)
        return True


def _as_date(value: Any) -> date | None:
    """A date from an editor (a date, a QDate, or nothing); the editor's minimum means "geen datum"."""
    if isinstance(value, QDate):
        value = from_qdate(value)
    return value if isinstance(value, date) and value != NO_DATE else None


def install_delegates(view: QTableView) -> None:
    """The editors of every editable column (status and frequency as lists, the dates with a calendar)."""
    view.setItemDelegateForColumn(COL_STATUS, ChoiceDelegate(ItemStatus.choices, view))
    view.setItemDelegateForColumn(COL_FREQUENCY, ChoiceDelegate(Frequency.user_choices, view))
    view.setItemDelegateForColumn(COL_LAST_DONE, DateDelegate(view))
    view.setItemDelegateForColumn(COL_DATE, DateDelegate(view))


class ChoiceDelegate(QStyledItemDelegate):
    """A list of (value, label) choices as the editor of a cell (status, frequency)."""

    def __init__(
        self, choices: Callable[[], Sequence[tuple[str, str]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self._choices():
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
