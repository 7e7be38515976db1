"""What the three registers of step 2 share: a paged table over a record service (columns from the declared
fields, people by name), the buttons to add, change and delete, and the record dialog built from the field
list (RecordForm). Writes publish their Changes; each tab reloads from the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.fields import FieldKind, RecordKind
from veiligbestuur_desktop.services.records import Changes, Created
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.register import FullTextDelegate, PagedRecordModel, sort_in_sql
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, enter_does_not_close


class NamedRecordModel(PagedRecordModel):
    """Rows whose person references show as names (`row.names`); `nobody` is the text for no person."""

    nobody: str = ""

    def extra(self, row: Any, column: int, role: int) -> Any:
        f = self.columns.field(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and f is not None and f.kind == FieldKind.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: Any, column: int) -> str:
        f = self.columns.field(column)
        if f is not None and f.kind == FieldKind.PERSON:
            value = row.values.get(f.name)
            return str(row.names.get(value, "")) if value is not None else self.nobody
        if f is not None and f.kind == FieldKind.PERSONS:
            return ", ".join(row.names.get(v, "?") for v in row.values.get(f.name, ()))
        return super().text(row, column)


class RecordDialog(QDialog):
    """A record's declared fields in a form; Opslaan (Ctrl+S) writes through `write`, a refusal shows its Dutch
    message under the form and puts the focus on the field it names."""

    def __init__(
        self,
        kind: RecordKind,
        sources: Sources,
        title: str,
        draft: Any,
        write: Callable[[Any], Changes | Created],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind.name}_dialog")
        self.setWindowTitle(title)
        self.base = draft
        self.write = write
        self.saved_id: int | None = None
        self.form = RecordForm(kind, sources)
        self.form.set_draft(draft)
        if kind.discriminator:
            combo = self.form.editors[kind.discriminator]
            signal = getattr(combo.widget, "currentIndexChanged", None)
            if signal is not None:
                signal.connect(lambda _i: self.form.show_applicable())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.extra = QVBoxLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Opslaan"))
        save.setObjectName("save")
        save.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.extra)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        enter_does_not_close(self, self.save)
        self.resize(860, 680)
        first = next(iter(self.form.editors), None)
        self.form.focus_field(first)

    def draft(self) -> Any:
        return self.form.draft(self.base)

    def save(self) -> bool:
        try:
            result = self.write(self.draft())
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.form.focus_field(getattr(exc, "field", None))
            return False
        if isinstance(result, Created):
            self.saved_id = result.id
            publish(result.changes)
        else:
            publish(result)
        self.error.show_message("")
        self.accept()
        return True


class RegisterTab(QWidget):
    """A register: search, table, Nieuw / Wijzigen / Verwijderen; `kinds` it reloads on."""

    kinds: tuple[str, ...] = ()
    sort_column = 0
    sort_order = Qt.SortOrder.AscendingOrder

    def __init__(
        self, model: PagedRecordModel, name: str, new_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.service: Any = None
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(self.tr("Zoeken…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.apply_filters())
        self.new_button = QPushButton(new_label)
        self.new_button.setObjectName(f"{name}_new")
        self.new_button.clicked.connect(self.open_new)
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setObjectName(f"{name}_edit")
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Verwij&deren"))
        self.delete_button.setObjectName(f"{name}_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setAutoDefault(False)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count")
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName(f"{name}_table")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        header.setStretchLastSection(True)
        self.view.setItemDelegate(FullTextDelegate(self.view))
        sort_in_sql(self.view, model.columns, self.sort_column, self.sort_order)
        self.view.activated.connect(lambda _i: self.open_selected())
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.installEventFilter(self)  # Delete removes the selected record (after a question)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.filters)
        self.body.addLayout(buttons)
        self.body.addWidget(self.view, 1)
        self.set_enabled(False)
        subscribe(self, self.kinds, lambda _c: self.reload())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # --- what a tab declares ---------------------------------------------------------------------------------

    def query(self) -> Any:
        raise NotImplementedError

    def dialog(self, record_id: int | None) -> RecordDialog | None:
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(getattr(row, "title", "") or getattr(row, "course", ""))

    # --- loading ---------------------------------------------------------------------------------------------

    def attach(self, service: Any) -> None:
        self.service = service
        self.model.set_service(service)
        self.set_enabled(True)
        self.reload()

    def clear(self) -> None:
        self.service = None
        self.model.clear()
        self.count_label.setText("")
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        for w in (self.new_button, self.edit_button, self.delete_button, self.search):
            w.setEnabled(on)

    def reload(self) -> None:
        if self.service is None or self.service.ws.locked:
            return
        self.apply_filters()

    def apply_filters(self) -> None:
        if self.service is None:
            return
        sort = getattr(self.model.query, "sort", "")
        descending = getattr(self.model.query, "descending", False)
        query = self.query()
        if hasattr(query, "sort") and sort:
            query = replace(query, sort=sort, descending=descending)
        self.model.set_query(query)
        self.view.resizeColumnsToContents()
        self.count_label.setText(self.tr("{n} in de lijst").format(n=self.model.rowCount()))

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return None if row is None else int(row.id)

    # --- actions ---------------------------------------------------------------------------------------------

    def open_new(self) -> None:
        self._open(None)

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self._open(record_id)

    def _open(self, record_id: int | None) -> None:
        if self.service is None:
            return
        try:
            dlg = self.dialog(record_id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        if dlg is None:
            return
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def delete_selected(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        if row is None or self.service is None:
            return
        if not messages.ask(self, self.tr("‘{name}’ verwijderen?").format(name=self.describe(row))):
            return
        try:
            changes = self.service.delete(row.id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
