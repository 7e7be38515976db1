"""One tab per step: the step's checklist (edited in place) and an extension area for step-specific registers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.rules import NOTE_MAX
from veiligbestuur_desktop.domain.steps import Step
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.steps.plan_model import (
    COL_DATE,
    COL_NOTE,
    COL_OWNER,
    COL_STATUS,
    DateDelegate,
    PlanItemsModel,
    StatusDelegate,
)


class StepPage(QWidget):
    """A view over the state of one step (ARCHITECTURE.md convention 2): load(), apply(), valid, changed."""

    changed = Signal()

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.service: PlanService | None = None

        title = QLabel(f"<h2>{self.tr('Stap {n}').format(n=step.number)} — {step.title}</h2>")
        self.model = PlanItemsModel(step, self)
        self.model.saved.connect(lambda _code: self.changed.emit())
        self.model.save_failed.connect(lambda exc: messages.show_error(self, exc))

        self.table = QTableView()
        self.table.setObjectName(f"checklist_{step.number}")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_DATE, DateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 120), (2, 170), (3, 110), (4, 260)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)

        hint = QLabel(
            self.tr(
                "Dubbelklik of druk F2 op een cel om status, eigenaar, streefdatum of notitie te wijzigen; "
                "Delete maakt eigenaar, streefdatum of notitie leeg."
            )
        )
        hint.setStyleSheet("color: #555;")

        # a larger editor for the note of the selected item
        self.note_title = QLabel(self.tr("Notitie bij het gekozen onderdeel"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Kies een onderdeel in de tabel."))
        self.note_edit.setEnabled(False)
        self.note_edit.setMaximumHeight(160)
        self.note_edit.textChanged.connect(self._note_edited)
        self.note_save = QPushButton(self.tr("Notitie &opslaan"))
        self.note_save.setEnabled(False)
        self.note_save.clicked.connect(self.apply)
        note_box = QWidget()
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.note_title)
        note_layout.addWidget(self.note_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.note_save)
        note_layout.addLayout(row)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(title)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(hint)
        top_layout.addWidget(note_box)
        top_layout.addStretch(1)

        self._extension = QWidget()
        self._extension_layout = QVBoxLayout(self._extension)
        self._extension_layout.setContentsMargins(0, 0, 0, 0)
        self._extension.hide()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._extension)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._note_dirty = False
        self._note_row: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self.table.currentIndex()
            if (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and index.isValid()
                and index.column() in (COL_OWNER, COL_DATE, COL_NOTE)
                and self.table.state() != QAbstractItemView.State.EditingState
            ):
                self.model.setData(index, None if index.column() == COL_DATE else "")
                if index.column() == COL_NOTE:
                    self._show_note(index.row())
                return True
        return super().eventFilter(watched, event)

    # --- extension point for step-specific registers (incidents in step 6, risks in step 2, ...) ------

    def extension_layout(self) -> QVBoxLayout:
        """Layout below the checklist where later features add their widgets (shown once used)."""
        self._extension.show()
        return self._extension_layout

    # --- page protocol --------------------------------------------------------------------------------

    def load(self, service: PlanService, states: dict | None = None) -> None:  # type: ignore[type-arg]
        self.service = service
        self.model.load(service, states)
        self._show_note(None)
        self._fit_table()

    def _fit_table(self) -> None:
        """The checklist is short: let the table be as high as its rows, the note editor takes the rest."""
        rows = len(self.step.items)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 4
        )
        self.table.setFixedHeight(height)

    def clear(self) -> None:
        """Forget all content (lock)."""
        self.service = None
        self.model.clear()
        self._show_note(None)

    @property
    def valid(self) -> bool:
        return len(self.note_edit.toPlainText()) <= NOTE_MAX

    @property
    def has_unsaved_edit(self) -> bool:
        return self._note_dirty

    def apply(self) -> bool:
        """Save the pending note edit, if any. Returns False when the save was refused."""
        if not self._note_dirty or self._note_row is None:
            return True
        index = self.model.index(self._note_row, COL_NOTE)
        ok = self.model.setData(index, self.note_edit.toPlainText())
        current = self.model.state(self._note_row).note
        if ok or current == self.note_edit.toPlainText().strip():
            self._note_dirty = False
            self.note_save.setEnabled(False)
            return True
        return False

    def discard(self) -> None:
        self._note_dirty = False
        self._show_note(self._note_row)

    # --- note editor ------------------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._note_dirty:
            self.apply()
        rows = {i.row() for i in selected.indexes()}
        self._show_note(next(iter(rows)) if rows else None)

    def _show_note(self, row: int | None) -> None:
        self._note_row = row
        self.note_edit.blockSignals(True)
        if row is None or self.service is None:
            self.note_edit.setPlainText("")
            self.note_edit.setPlaceholderText(self.tr("Kies een onderdeel in de tabel."))
            self.note_edit.setEnabled(False)
            self.note_title.setText(self.tr("Notitie bij het gekozen onderdeel"))
        else:
            self.note_edit.setPlainText(self.model.state(row).note)
            self.note_edit.setPlaceholderText(
                self.tr("Typ hier een notitie, bijvoorbeeld wat is afgesproken en met wie.")
            )
            self.note_edit.setEnabled(True)
            self.note_title.setText(
                self.tr("Notitie bij {n}: {title}").format(
                    n=f"{self.step.number}.{row + 1}", title=self.step.items[row].title
                )
            )
        self.note_edit.blockSignals(False)
        self._note_dirty = False
        self.note_save.setEnabled(False)

    def _note_edited(self) -> None:
        self._note_dirty = True
        self.note_save.setEnabled(True)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, COL_STATUS))
