"""A register of one step-3 record kind: a table (paged from the service, columns from the declared fields)
beside its record form, with Nieuw, Opslaan and Verwijderen — all by keyboard (Alt+letter, Ctrl+S, Ctrl+N).

A tab subclasses it for what its kind adds: a filter, the names behind ids (`labels`), a colour for a late
row, a line under the form. Writes publish their `Changes`; the register reloads from the change bus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.fields import RecordKind
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import FullTextDelegate, PagedRecordModel
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, save_keys


class LabelledModel(PagedRecordModel):
    """Cells through Field.display, with names for ids (`labels`: field name -> id -> text)."""

    def __init__(self, kind: RecordKind, query: Any, parent: Any = None) -> None:
        super().__init__(FieldColumns(kind), query, parent)
        self.labels: Mapping[str, Mapping[Any, str]] = {}
        self.late: Callable[[Any], bool] = lambda _row: False
        self.late_note = ""  # what a marked row means, in words (default: verlopen)

    def text(self, row: Any, column: int) -> str:
        f = self.columns.field(column)
        if f is None:
            return super().text(row, column)
        return f.display(row.values.get(f.name), labels=self.labels.get(f.name))

    def extra(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.late(row):
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and self.late(row):
            return theme.warning_icon()  # not by colour alone: an icon, and the note in words
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self.late(row):
            return self.late_note or QCoreApplication.translate("RecordRegister", "verlopen")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return None  # these short lists keep their own order


class RecordRegister(QWidget):
    """Table and form of one record kind. `new_draft()` gives the draft a new record starts from."""

    saved = Signal()  # a record was written (the step's checklist evidence may have changed)

    def __init__(
        self,
        kind: RecordKind,
        name: str,
        new_draft: Callable[[], Any],
        query: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(name)
        self.new_draft = new_draft
        self.service: Any = None
        self.workspace: Workspace | None = None
        self.record_id: int | None = None

        self.model = LabelledModel(kind, query, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName(f"{name}_table")
        self.view.setModel(self.model)
        self.view.setItemDelegate(FullTextDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count")

        self.form = RecordForm(kind, self.sources())
        self.error = ErrorLabel()
        self.form_title = QLabel()
        self.form_title.setObjectName(f"{name}_form_title")
        self.new_button = QPushButton(self.tr("&Nieuw"))
        self.new_button.setObjectName(f"{name}_new")
        self.new_button.setToolTip(self.tr("Nieuw (Ctrl+N)"))
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Ver&wijderen"))
        self.delete_button.setObjectName(f"{name}_delete")
        self.delete_button.clicked.connect(self.delete)
        for b in (self.new_button, self.save_button, self.delete_button):
            b.setAutoDefault(False)

        self.toolbar = QHBoxLayout()  # a tab adds its filter and buttons here
        self.toolbar.addWidget(self.new_button)
        self.toolbar.addWidget(self.delete_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(self.toolbar)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.count_label)

        self.editor = QWidget()
        el = QVBoxLayout(self.editor)
        el.addWidget(self.form_title)
        el.addWidget(self.form)
        self.below_form = QVBoxLayout()
        el.addLayout(self.below_form)
        el.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        el.addLayout(row)
        el.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        for keys in save_keys():
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        new_key = QShortcut(QKeySequence("Ctrl+N"), self)
        new_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_key.activated.connect(self.new)
        subscribe(self, self.watched_kinds(), lambda _changes: self.refresh())
        self._set_enabled(False)

    # --- what a tab may change ---------------------------------------------------------------------------

    def sources(self) -> Sources:
        return Sources()

    def watched_kinds(self) -> tuple[str, ...]:
        return (self.kind.name,)

    def make_service(self, ws: Workspace) -> Any:
        raise NotImplementedError

    def labels(self) -> Mapping[str, Mapping[Any, str]]:
        """Names for the ids in the table's columns (read when the list is refreshed)."""
        return {}

    def prepare(self, draft: Any | None) -> None:
        """Before a record (None: a new one) is put in the form: the choices it needs (its own values stay
        choosable, also when they are no longer offered for new records)."""

    def shown(self, record_id: int | None, draft: Any) -> None:
        """After a record (None: a new one) was put in the form."""

    def create_record(self, draft: Any) -> Any:
        return self.service.create(draft)

    # --- life cycle --------------------------------------------------------------------------------------

    def attach(self, ws: Workspace) -> None:
        self.workspace = ws
        self.service = self.make_service(ws)
        self._set_enabled(True)
        self.model.set_service(self.service)
        self.refresh()
        self.new()
        self.view.resizeColumnsToContents()

    def clear(self) -> None:
        """Forget everything (lock)."""
        self.workspace = None
        self.service = None
        self.record_id = None
        self.model.labels = {}
        self.model.clear()
        self.form.reload_sources()
        self.form.set_draft(self.new_draft())
        self.error.show_message("")
        self.count_label.setText("")
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.new_button, self.save_button, self.delete_button, self.form):
            w.setEnabled(on)

    def refresh(self) -> None:
        if self.service is None or self.service.ws.locked:
            return
        self.model.labels = self.labels()
        self.model.refresh()
        self.form.reload_sources()  # new people, steps or incidents to choose (the choice made stays)
        self.view.resizeColumnsToContents()
        self.count_label.setText(self.count_text(self.model.total))
        if self.record_id is not None:
            self._reselect(self.record_id)

    def count_text(self, n: int) -> str:
        return self.tr("{n} in de lijst").format(n=n)

    def _reselect(self, record_id: int) -> None:
        for r in range(min(self.model.rowCount(), 2000)):
            row = self.model.row_at(r)
            if row is not None and row.id == record_id:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(r)
                self.view.selectionModel().blockSignals(False)
                return

    # --- the form ----------------------------------------------------------------------------------------

    def new(self) -> None:
        self.record_id = None
        self.view.clearSelection()
        self.prepare(None)
        self.form.reload_sources()
        draft = self.new_draft()
        self.form.set_draft(draft)
        self.error.show_message("")
        self.form_title.setText("<b>{}</b>".format(self.tr("Nieuw: {kind}").format(kind=self.kind_label())))
        self.delete_button.setEnabled(False)
        self.shown(None, draft)
        first = next(iter(self.form.editors), None)
        if first is not None:
            self.form.focus_field(first)

    def kind_label(self) -> str:
        from veiligbestuur_desktop.domain.i18n import tr

        return tr(self.kind.context, self.kind.label)

    def _select(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is not None:
            self.load(r.id)

    def load(self, record_id: int) -> None:
        if self.service is None:
            return
        try:
            draft = self.service.get(record_id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self.record_id = record_id
        self.prepare(draft)
        self.form.reload_sources()
        self.form.set_draft(draft)
        self.error.show_message("")
        self.form_title.setText(
            "<b>{}</b>".format(self.tr("{kind} wijzigen").format(kind=self.kind_label().capitalize()))
        )
        self.delete_button.setEnabled(True)
        self.shown(record_id, draft)

    def draft(self) -> Any:
        base = self.service.get(self.record_id) if (self.service and self.record_id) else self.new_draft()
        return self.form.draft(base)

    def save(self) -> bool:
        if self.service is None:
            return False
        try:
            if self.record_id is None:
                created = self.create_record(self.draft())
                self.record_id, changes = created.id, created.changes
            else:
                changes = self.service.update(self.record_id, self.draft())
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.form.focus_field(getattr(exc, "field", None))
            return False
        publish(changes)
        self.saved.emit()
        if self.record_id is not None:
            self.load(self.record_id)
            self._reselect(self.record_id)
        return True

    def delete(self) -> None:
        if self.service is None or self.record_id is None:
            return
        if not messages.ask(self, self.tr("Dit gegeven verwijderen? Dat kan niet ongedaan worden gemaakt.")):
            return
        try:
            changes = self.service.delete(self.record_id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self.record_id = None
        publish(changes)
        self.saved.emit()
        self.new()
