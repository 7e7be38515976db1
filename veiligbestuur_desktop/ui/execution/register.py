"""A register as a tab of steps 4 and 5: a table of one record kind (paged from SQL, columns from the declared
fields) beside its record form, with Nieuw, Opslaan and Verwijderen — all by keyboard (Alt+letter, Ctrl+S).

A tab subclasses it only for what its kind adds: a filter (the overdue action points), a button for a
document, a line under the form. Writes publish their `Changes`; the register reloads from the change bus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.fields import RecordKind
from veiligbestuur_desktop.domain.people import PersonKind, display_name
from veiligbestuur_desktop.services.actions import AreaQuery, AreaRow, AreaService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import FullTextDelegate, PagedRecordModel, sort_in_sql
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, save_keys

# Alt+letters taken around a register: Vorige/Volgende and the tabs of steps 4 and 5
RESERVED_LETTERS = "vgabimcls"


class AreaTableModel(PagedRecordModel):
    """Cells through Field.display with the labels the repository read (names, incident numbers)."""

    def __init__(self, kind: RecordKind, query: AreaQuery, parent: Any = None) -> None:
        super().__init__(FieldColumns(kind), query, parent)
        self.late: Callable[[AreaRow], bool] = lambda _row: False
        self.late_note = ""  # what a marked row means, in words (default: verlopen)

    def text(self, row: Any, column: int) -> str:
        f = self.columns.field(column)
        if f is None:
            return super().text(row, column)
        return f.display(row.values.get(f.name), labels=row.labels.get(f.name))

    def extra(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.late(row):
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and self.late(row):
            return theme.warning_icon()  # not by colour alone: an icon, and the note in words
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self.late(row):
            return self.late_note or QCoreApplication.translate("RecordRegister", "verlopen")
        return None


class AreaRegister(QWidget):
    """Table and form of one record kind. `new_draft()` gives the draft a new record starts from."""

    #: the column the register sorts on at first (a declared, sortable field), newest first
    first_sort: str = ""
    descending: bool = True

    def __init__(
        self,
        kind: RecordKind,
        name: str,
        new_draft: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(name)
        self.new_draft = new_draft
        self.service: AreaService[Any, Any] | None = None
        self.persons: PersonService | None = None
        self.workspace: Workspace | None = None
        self.record_id: int | None = None
        self._include: tuple[int, ...] = ()
        self._shown: Any = None  # the draft as put in the form (to see whether it was edited)
        # the pickers are refilled only when people or incidents changed or another record links others:
        # every refill costs a call per choice (and PySide calls are not free)
        self._sources_for: tuple[int, ...] | None = None

        self.model = AreaTableModel(kind, AreaQuery(sort=self.first_sort, descending=self.descending), self)
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
        if self.first_sort:
            column = self.model.columns.index(self.first_sort)
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            sort_in_sql(self.view, self.model.columns, max(column, 0), order)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count")

        self.form = RecordForm(kind, Sources(vocabulary=self._vocabulary, people=self._people))
        self._fit_editors()
        self.error = ErrorLabel()
        self.form_title = QLabel()
        self.form_title.setObjectName(f"{name}_form_title")
        # button mnemonics: letters no label of the form, no tab of the step and no Vorige/Volgende uses
        self._used = set(RESERVED_LETTERS) | {
            label.text()[label.text().index("&") + 1].lower()
            for label in self.form.labels.values()
            if "&" in label.text()
        }
        self.new_button = self.button(self.tr("Nieuw"), f"{name}_new", self.new)
        self.new_button.setToolTip(self.tr("Nieuw (Ctrl+Shift+N)"))
        self.save_button = self.button(self.tr("Opslaan"), f"{name}_save", self.save)
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.delete_button = self.button(self.tr("Verwijderen"), f"{name}_delete", self.delete)
        self.toolbar = QHBoxLayout()  # a tab adds its filter and document buttons here
        self.toolbar.addWidget(self.new_button)
        self.toolbar.addWidget(self.delete_button)
        self.toolbar.addStretch(1)
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
        self.below_form = QVBoxLayout()  # a tab adds lines under the form (the action points of a review)
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
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 880])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        for keys in save_keys():
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        new_key = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_key.activated.connect(self.new)
        subscribe(self, self.watched_kinds(), lambda _changes: self.refresh())
        subscribe(self, ("incident", "person"), lambda _changes: self._sources_changed())
        self._set_enabled(False)

    def _fit_editors(self) -> None:
        """Choice lists as high as their choices (the incidents: a fixed height that scrolls); long texts
        a few lines high, so a form fits beside its table."""
        for ed in self.form.editors.values():
            w = ed.widget
            if isinstance(w, QListWidget):
                if ed.field.vocabulary:
                    w.setMinimumHeight(170)
                else:
                    rows = max(w.count(), 1) * max(w.sizeHintForRow(0), w.fontMetrics().height() + 4)
                    w.setFixedHeight(rows + 2 * w.frameWidth() + 4)
            elif isinstance(w, QPlainTextEdit):
                line = w.fontMetrics().lineSpacing()
                w.setMinimumHeight(3 * line + 12)
                w.setMaximumHeight(6 * line + 12)

    def button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        """A push button whose Alt+letter is one no other control of this register uses."""
        labelled = text
        for i, ch in enumerate(text):
            if ch.isalpha() and ch.isascii() and ch.lower() not in self._used:
                self._used.add(ch.lower())
                labelled = text[:i] + "&" + text[i:]
                break
        b = QPushButton(labelled)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _=False: slot())
        return b

    def shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        """A key for this register only (while the focus is in it)."""
        sc = QShortcut(QKeySequence(keys), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)

    # --- what a tab may change ---------------------------------------------------------------------------

    def watched_kinds(self) -> tuple[str, ...]:
        return (self.kind.name,)

    def make_service(self, ws: Workspace) -> AreaService[Any, Any]:
        raise NotImplementedError

    def query(self) -> AreaQuery:
        """The list's query (a tab's filter); the sort comes from the header."""
        query: AreaQuery = self.model.query
        return replace(query)

    def shown(self, record_id: int | None, draft: Any) -> None:
        """After a record (None: a new one) was put in the form."""

    # --- sources of the form -----------------------------------------------------------------------------

    def _vocabulary(self, name: str) -> list[tuple[Any, str]]:
        if self.service is None:
            return []
        choices = self.service.incident_choices(self._include)
        linked = set(self._include)  # the incidents this record links come first, then the newest
        return [c for c in choices if c[0] in linked] + [c for c in choices if c[0] not in linked]

    def _sources_changed(self) -> None:
        self._sources_for = None

    def _reload_sources(self) -> None:
        if self._sources_for != self._include:
            self.form.reload_sources()
            self._sources_for = self._include if self.service is not None else None

    def include_incident(self, incident_id: int, field: str = "incident_id") -> None:
        """Offer `incident_id` in the form's incident picker (also an old one) and choose it there."""
        values = self.form.values()
        if incident_id not in self._include:
            self._include = (*self._include, incident_id)
        self._reload_sources()
        editor = self.form.editors.get(field)
        if editor is not None:
            editor.set(incident_id)
        for name, value in values.items():  # the rest of the form as it was
            if name != field and self.form.editors[name].get() != value:
                self.form.editors[name].set(value)

    def _people(self, kinds: tuple[str, ...]) -> list[tuple[int, str]]:
        if self.persons is None:
            return []
        rows = self.persons.search(kinds=tuple(PersonKind(k) for k in kinds), limit=5000)
        return [(p.id, display_name(p.name, p.description)) for p in rows]

    # --- life cycle --------------------------------------------------------------------------------------

    def attach(self, ws: Workspace) -> None:
        self.workspace = ws
        self.service = self.make_service(ws)
        self.persons = PersonService(ws)
        self.model.set_service(self.service)
        self._set_enabled(True)
        self.refresh()
        self.new()
        self.fit_columns()

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 200))

    def clear(self) -> None:
        """Forget everything (lock)."""
        self.workspace = None
        self.service = None
        self.persons = None
        self.record_id = None
        self._include = ()
        self._shown = None
        self.model.clear()
        self._reload_sources()
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
        query = self.query()
        self.model.query = replace(query, sort=self.model.query.sort, descending=self.model.query.descending)
        self.model.refresh()
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
        if not self.settle():
            return
        self.record_id = None
        self._include = ()
        self.view.clearSelection()
        self._reload_sources()
        draft = self.new_draft()
        self.form.set_draft(draft)
        self._shown = self.form.draft(draft)
        self.error.show_message("")
        self.form_title.setText("<b>{}</b>".format(self.tr("Nieuw: {kind}").format(kind=self.kind_label())))
        self.delete_button.setEnabled(False)
        self.shown(None, draft)
        self.focus_first()

    def kind_label(self) -> str:
        return QCoreApplication.translate(self.kind.context, self.kind.label)

    def focus_first(self) -> None:
        first = next(iter(self.form.editors), None)
        if first is not None:
            self.form.focus_field(first)

    def _select(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is None or r.id == self.record_id:
            return
        if not self.settle():
            if self.record_id is not None:
                self._reselect(self.record_id)
            return
        self.load(r.id)
        self._reselect(r.id)

    # --- unsaved edits ------------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """The form differs from what was shown (a new record or a stored one)."""
        if self.service is None or self._shown is None:
            return False
        try:
            return bool(self.draft() != self._shown)
        except UserFacingError:
            return True

    def settle(self) -> bool:
        """Before the form shows something else: ask to save an edit. False: stay (not saved, or refused)."""
        if not self.is_dirty():
            return True
        if messages.ask(
            self,
            self.tr("De wijzigingen in dit formulier zijn nog niet opgeslagen. Nu opslaan?"),
            yes=self.tr("Opslaan"),
            no=self.tr("Niet opslaan"),
        ):
            return self.save()
        self.discard()
        return True

    def apply(self) -> bool:
        """Save a pending edit (lock, close); False when it was refused."""
        return self.save() if self.is_dirty() else True

    def discard(self) -> None:
        """Forget a pending edit: the form shows the stored record (or a fresh one) again."""
        self._shown = None
        if self.record_id is not None:
            self.load(self.record_id)
        else:
            self.new()

    def load(self, record_id: int) -> None:
        if self.service is None:
            return
        try:
            draft = self.service.get(record_id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self.record_id = record_id
        self._include = self.linked_incidents(draft)
        self._reload_sources()
        self.form.set_draft(draft)
        self._shown = self.form.draft(draft)
        self.error.show_message("")
        self.form_title.setText(f"<b>{self.title_of(draft)}</b>")
        self.delete_button.setEnabled(True)
        self.shown(record_id, draft)

    def title_of(self, draft: Any) -> str:
        return self.tr("{kind} wijzigen").format(kind=self.kind_label().capitalize())

    @staticmethod
    def linked_incidents(draft: Any) -> tuple[int, ...]:
        ids: list[int] = []
        for name in ("incident_id", "incident_ids"):
            v = getattr(draft, name, None)
            if isinstance(v, tuple):
                ids += v
            elif v is not None:
                ids.append(v)
        return tuple(ids)

    def draft(self) -> Any:
        base = self.service.get(self.record_id) if (self.service and self.record_id) else self.new_draft()
        return self.form.draft(base)

    def save(self) -> bool:
        if self.service is None:
            return False
        try:
            if self.record_id is None:
                created = self.service.create(self.draft())
                self.record_id, changes = created.id, created.changes
            else:
                changes = self.service.update(self.record_id, self.draft())
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.form.focus_field(getattr(exc, "field", None))
            return False
        publish(changes)
        if self.record_id is not None:
            self.load(self.record_id)  # what was stored (a recurring action point's next deadline)
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
        self.new()
