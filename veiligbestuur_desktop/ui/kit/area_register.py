"""A register of one record kind: a table paged from SQL (columns from the declared fields) with Nieuw and
Verwijderen, and the record form — beside the table with Opslaan (steps 3, 4 and 5), or in a dialog per record
(`side_form = False`, step 2: Enter or a double click opens the chosen record). All by keyboard: Alt+letters no
other control of the register uses, Ctrl+S, Ctrl+Shift+N, Delete in the table, and Tab in reading order, also
through what a register adds to its rows.

A register subclasses it only for what its kind adds: the service (`make_service`), a filter (`query`), the
names behind ids (`labels`), a mark for a late row (`model.late`), a document of the record in the form
(`add_document_button`), lines under the form (`note`, `below_form`). Steps 3 and 2 set their keys and button
texts in `preparation/register.py` and `prevention/register.py`. Writes publish their `Changes`; the register
reloads from the change bus.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
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
from veiligbestuur_desktop.domain.fields import FieldKind, RecordKind
from veiligbestuur_desktop.domain.people import PersonKind, display_name
from veiligbestuur_desktop.services.actions import AreaQuery
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.records import Changes, Created
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.documents import open_document
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import FullTextDelegate, PagedRecordModel, sort_in_sql
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, enter_does_not_close, save_keys

# Alt+letters taken around a register: Vorige/Volgende and the tabs of steps 4 and 5
RESERVED_LETTERS = "vgabimcls"


def reading_order(layout: QLayout | None) -> list[QWidget]:
    """The controls under `layout` as they are read: the items of each layout in order, a splitter's panes
    left to right, a scroll area before its content, a record form in its own (declared) order."""
    out: list[QWidget] = []

    def widget(w: QWidget | None) -> None:
        if isinstance(w, RecordForm):
            out.extend(t for ed in w.editors.values() for t in ed.tab_widgets)
            return
        if w is None:
            return
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(w)
        if isinstance(w, QScrollArea):
            widget(w.widget())
        elif isinstance(w, QSplitter):
            for i in range(w.count()):
                widget(w.widget(i))
        else:
            items(w.layout())

    def items(lay: QLayout | None) -> None:
        for item in (lay.itemAt(i) for i in range(lay.count())) if lay is not None else ():
            if item is not None:
                widget(item.widget())
                items(item.layout())

    items(layout)
    return out


def tab_in_reading_order(layout: QLayout | None) -> None:
    """Tab goes through the controls under `layout` in reading order (also those added after construction)."""
    for a, b in itertools.pairwise(reading_order(layout)):
        QWidget.setTabOrder(a, b)


class AreaTableModel(PagedRecordModel):
    """Cells through Field.display with names for ids: the labels a row read (`row.labels`), the register's
    (`labels`: field name -> id -> text) or a row's person names (`row.names`; `nobody` for no person). A row
    for which `late(row)` holds is red, has a warning icon and says `late_note` in words; amounts align right."""

    def __init__(self, kind: RecordKind, query: Any, parent: Any = None) -> None:
        super().__init__(FieldColumns(kind), query, parent)
        self.labels: Mapping[str, Mapping[Any, str]] = {}
        self.late: Callable[[Any], bool] = lambda _row: False
        self.late_note = ""  # what a marked row means, in words (default: verlopen)
        self.nobody = ""  # a person field of a row with names, without a person

    def text(self, row: Any, column: int) -> str:
        f = self.columns.field(column)
        if f is None:
            return super().text(row, column)
        value = row.values.get(f.name)
        names = getattr(row, "names", None)
        if names is not None and f.kind == FieldKind.PERSON:
            return str(names.get(value, "")) if value is not None else self.nobody
        if names is not None and f.kind == FieldKind.PERSONS:
            return ", ".join(names.get(v, "?") for v in value or ())
        labels = getattr(row, "labels", None) or self.labels
        return f.display(value, labels=labels.get(f.name))

    def extra(self, row: Any, column: int, role: int) -> Any:
        f = self.columns.field(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and f is not None and f.kind == FieldKind.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.late(row):
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and self.late(row):
            return theme.warning_icon()  # not by colour alone: an icon, and the note in words
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self.late(row):
            return self.late_note or QCoreApplication.translate("RecordRegister", "verlopen")
        return None


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

    def showEvent(self, event: QShowEvent) -> None:
        tab_in_reading_order(self.layout())  # the lines a register added under the form before the buttons
        super().showEvent(event)

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


class AreaRegister(QWidget):
    """Table and form (or dialog) of one record kind. `new_draft()` gives the draft a new record starts from;
    `query` is the list's first query (default: an AreaQuery sorted on `first_sort`)."""

    saved = Signal()  # a record was written or deleted (a step's checklist evidence may have changed)

    #: the column the register sorts on at first (a declared, sortable field); "": no sorting by the header
    first_sort: str = ""
    descending: bool = True
    #: the kinds whose changes reload the list (default: the register's own)
    kinds: tuple[str, ...] = ()
    #: the record form beside the table (Opslaan, Ctrl+S); False: a dialog per record (`dialog()`)
    side_form = True
    #: ask to save an edit before the form shows something else, and count it as an unsaved edit of the page
    ask_to_save = True
    #: choice lists and long texts sized so that the form fits beside its table
    compact_form = True
    new_keys = "Ctrl+Shift+N"
    #: the widest a column is fitted to its contents (0: as wide as they are); fitted again at every refresh
    max_column_width = 200
    fit_on_refresh = False
    #: stretch factors of table and form, and their first widths (none: from their contents)
    split: tuple[tuple[int, int], tuple[int, ...]] = ((1, 1), (480, 880))
    form: RecordForm  # with a side form only, like error, form_title, save_button and below_form

    def __init__(
        self,
        kind: RecordKind,
        name: str,
        new_draft: Callable[[], Any],
        parent: QWidget | None = None,
        *,
        query: Any = None,
        model: AreaTableModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(name)
        self.new_draft = new_draft
        self.service: Any = None
        self.persons: PersonService | None = None
        self.workspace: Workspace | None = None
        self.record_id: int | None = None
        self._include: tuple[int, ...] = ()  # the incidents the shown record links
        self._shown: Any = None  # the draft as put in the form (to see whether it was edited)
        # the pickers are refilled only when people or incidents changed or another record links others:
        # every refill costs a call per choice (and PySide calls are not free)
        self._sources_for: Any = None

        if query is None:
            query = AreaQuery(sort=self.first_sort, descending=self.descending)
        self.model = model if model is not None else AreaTableModel(kind, query, self)
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
        self.view.installEventFilter(self)  # Delete removes the chosen record (after a question)
        if not self.side_form:
            self.view.activated.connect(lambda _i: self.open_selected())
            self.view.doubleClicked.connect(lambda _i: self.open_selected())
        if self.first_sort:
            column = self.model.columns.index(self.first_sort)
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            sort_in_sql(self.view, self.model.columns, max(column, 0), order)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count")

        # button mnemonics: letters no label of the form, no tab of the step and no Vorige/Volgende uses
        self._used = set(RESERVED_LETTERS)
        if self.side_form:
            self.form = RecordForm(kind, self.sources())
            if self.compact_form:
                self._fit_editors()
            self._used |= {
                label.text()[label.text().index("&") + 1].lower()
                for label in self.form.labels.values()
                if "&" in label.text()
            }
        self.new_button = self.button(self.tr("Nieuw"), f"{name}_new", self.new)
        self.new_button.setToolTip(self.tr("Nieuw (Ctrl+Shift+N)"))
        if self.side_form:
            self.save_button = self.button(self.tr("Opslaan"), f"{name}_save", self.save)
            self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.delete_button = self.button(self.tr("Verwijderen"), f"{name}_delete", self.delete)
        self.toolbar = QHBoxLayout()  # a register adds its filter and document buttons here
        self.toolbar.addWidget(self.new_button)
        self.toolbar.addWidget(self.delete_button)
        self.toolbar.addStretch(1)
        #: what is enabled while a vault is open (a register adds its own controls)
        self.controls: list[QWidget] = [self.new_button, self.delete_button]

        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        if self.side_form:
            ll.addLayout(self.toolbar)
        ll.addWidget(self.view, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        if self.side_form:
            ll.addWidget(self.count_label)
            self.splitter.addWidget(self._editor())
            (table, form), sizes = self.split
            self.splitter.setStretchFactor(0, table)
            self.splitter.setStretchFactor(1, form)
            if sizes:
                self.splitter.setSizes(list(sizes))
            for keys in save_keys():
                self.shortcut(keys, self.save)
            self.controls += [self.save_button, self.form]
        else:  # the buttons above the table and what a register puts beside it
            self.toolbar.addWidget(self.count_label)
            self.body.addLayout(self.toolbar)
        self.body.addWidget(self.splitter, 1)
        if self.new_keys:
            self.shortcut(self.new_keys, self.new)
        subscribe(self, self.watched_kinds(), lambda _changes: self.refresh())
        subscribe(self, ("incident", "person"), lambda _changes: self._sources_changed())
        self.set_enabled(False)

    def _editor(self) -> QWidget:
        """The form's pane: its title, the form, the lines a register adds, the error, Opslaan."""
        self.error = ErrorLabel()
        self.form_title = QLabel()
        self.form_title.setObjectName(f"{self.objectName()}_form_title")
        self.editor = QWidget()
        el = QVBoxLayout(self.editor)
        el.addWidget(self.form_title)
        el.addWidget(self.form)
        # a register adds lines under the form (the action points of a review)
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
        return scroll

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
        """A push button; a text without an & gets an Alt+letter no other control of this register uses."""
        for i, ch in enumerate(text if "&" not in text else ""):
            if ch.isalpha() and ch.isascii() and ch.lower() not in self._used:
                self._used.add(ch.lower())
                text = text[:i] + "&" + text[i:]
                break
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _=False: slot())
        return b

    def add_document_button(self, text: str, name: str, document: str, keys: str = "") -> QPushButton:
        """A button in the row (and `keys`) for the document `document` of the record in the form; disabled
        until a register's `shown` enables it."""

        def open_() -> None:
            if self.workspace is not None and self.record_id is not None and button.isEnabled():
                open_document(self, self.workspace, document, self.record_id)

        button = self.button(text, name, open_)
        button.setEnabled(False)
        self.toolbar.addWidget(button)
        if keys:
            self.shortcut(keys, open_)
        return button

    def note(self, text: str) -> QLabel:
        """A muted line of explanation under the form."""
        label = QLabel(text)
        label.setWordWrap(True)
        theme.paint_text(label, theme.Role.MUTED)
        self.below_form.addWidget(label)
        return label

    def shortcut(self, keys: str | QKeySequence, slot: Callable[[], object]) -> None:
        """A key for this register only (while the focus is in it)."""
        sc = QShortcut(QKeySequence(keys), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)

    def showEvent(self, event: QShowEvent) -> None:
        tab_in_reading_order(self.body)  # also the buttons and filters a register added to its rows
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete()
            return True
        return super().eventFilter(watched, event)

    # --- what a register may change ----------------------------------------------------------------------

    def watched_kinds(self) -> tuple[str, ...]:
        return self.kinds or (self.kind.name,)

    def make_service(self, ws: Workspace) -> Any:
        raise NotImplementedError

    def query(self) -> Any:
        """The list's query (a register's filter); the sort comes from the header."""
        return self.model.query

    def labels(self) -> Mapping[str, Mapping[Any, str]]:
        """Names for the ids in the table's columns (read when the list is refreshed)."""
        return {}

    def sources(self) -> Sources:
        """The form's choices from the vault: people by name, incidents (the ones the record links first)."""
        return Sources(vocabulary=self._vocabulary, people=self._people)

    def prepare(self, draft: Any | None) -> None:
        """Before a record (None: a new one) is put in the form: the choices it needs (the incidents it links
        stay choosable, also old ones)."""
        self._include = self.linked_incidents(draft) if draft is not None else ()

    def sources_key(self) -> Any:
        """What the form's choices depend on besides the vault (they are refilled when it changes)."""
        return self._include

    def shown(self, record_id: int | None, draft: Any) -> None:
        """After a record (None: a new one) was put in the form."""

    def count_text(self, n: int) -> str:
        return self.tr("{n} in de lijst").format(n=n)

    def kind_label(self) -> str:
        return QCoreApplication.translate(self.kind.context, self.kind.label)

    def new_title(self) -> str:
        return self.tr("Nieuw: {kind}").format(kind=self.kind_label())

    def title_of(self, draft: Any) -> str:
        return self.tr("{kind} wijzigen").format(kind=self.kind_label().capitalize())

    def delete_question(self) -> str:
        return self.tr("Dit gegeven verwijderen? Dat kan niet ongedaan worden gemaakt.")

    def dialog(self, record_id: int | None) -> RecordDialog:
        """The dialog of a record (None: a new one) of a register without a side form."""
        draft = self.service.get(record_id) if record_id is not None else self.new_draft()
        write = partial(self.service.update, record_id) if record_id is not None else self.service.create
        title = self.title_of(draft) if record_id is not None else self.new_title()
        return RecordDialog(self.kind, self.sources(), title, draft, write, self)

    # --- sources of the form -----------------------------------------------------------------------------

    def _vocabulary(self, name: str) -> list[tuple[Any, str]]:
        if self.service is None:
            return []
        choices = self.service.incident_choices(self._include)
        linked = set(self._include)  # the incidents this record links come first, then the newest
        return [c for c in choices if c[0] in linked] + [c for c in choices if c[0] not in linked]

    def _people(self, kinds: tuple[str, ...]) -> list[tuple[int, str]]:
        if self.persons is None:
            return []
        rows = self.persons.search(kinds=tuple(PersonKind(k) for k in kinds), limit=5000)
        return [(p.id, display_name(p.name, p.description)) for p in rows]

    def _sources_changed(self) -> None:
        self._sources_for = None

    def _reload_sources(self) -> None:
        if self._sources_for != self.sources_key():
            self.form.reload_sources()
            self._sources_for = self.sources_key() if self.service is not None else None

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

    # --- life cycle --------------------------------------------------------------------------------------

    def attach(self, ws: Workspace) -> None:
        self.attach_service(self.make_service(ws), ws)

    def attach_service(self, service: Any, ws: Workspace) -> None:
        self.workspace = ws
        self.service = service
        self.persons = PersonService(ws)
        self.model.set_service(service)
        self.set_enabled(True)
        self.refresh()
        if self.side_form:
            self.new()
        self.fit_columns()

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount() if self.max_column_width else 0):
            # never narrower than its header
            widest = max(self.max_column_width, header.sectionSizeHint(column))
            header.resizeSection(column, min(header.sectionSize(column), widest))

    def clear(self) -> None:
        """Forget everything (lock)."""
        self.workspace = None
        self.service = None
        self.persons = None
        self.record_id = None
        self._include = ()
        self._shown = None
        self._sources_for = None
        self.model.labels = {}
        self.model.clear()
        if self.side_form:
            self._reload_sources()
            self.form.set_draft(self.new_draft())
            self.error.show_message("")
        self.count_label.setText("")
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        for w in self.controls:
            w.setEnabled(on)

    def refresh(self) -> None:
        if self.service is None or self.service.ws.locked:
            return
        query, shown = self.query(), self.model.query
        if hasattr(query, "sort"):  # the order the header shows
            query = replace(query, sort=shown.sort, descending=shown.descending)
        self.model.query = query
        self.model.labels = self.labels()
        self.model.refresh()
        if self.fit_on_refresh:
            self.fit_columns()
        self.count_label.setText(self.count_text(self.model.total))
        if self.record_id is not None:
            self._reselect(self.record_id)

    def _reselect(self, record_id: int) -> None:
        for r in range(min(self.model.rowCount(), 2000)):
            row = self.model.row_at(r)
            if row is not None and row.id == record_id:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(r)
                self.view.selectionModel().blockSignals(False)
                return

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return None if row is None else int(row.id)

    # --- a dialog per record ---------------------------------------------------------------------------------

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
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    # --- the form ----------------------------------------------------------------------------------------

    def new(self) -> None:
        if not self.side_form:
            self._open(None)
            return
        if not self.settle():
            return
        self.record_id = None
        self.view.clearSelection()
        self.prepare(None)
        self._reload_sources()
        draft = self.new_draft()
        self.form.set_draft(draft)
        self._shown = self.form.draft(draft)
        self.error.show_message("")
        self.form_title.setText(f"<b>{self.new_title()}</b>")
        self.delete_button.setEnabled(False)
        self.shown(None, draft)
        self.focus_first()

    def focus_first(self) -> None:
        first = next(iter(self.form.editors), None)
        if first is not None:
            self.form.focus_field(first)

    def _select(self, row: int) -> None:
        r = self.model.row_at(row)
        if not self.side_form or r is None or r.id == self.record_id:
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
        if not self.ask_to_save or self.service is None or self._shown is None:
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
        self.prepare(draft)
        self._reload_sources()
        self.form.set_draft(draft)
        self._shown = self.form.draft(draft)
        self.error.show_message("")
        self.form_title.setText(f"<b>{self.title_of(draft)}</b>")
        self.delete_button.setEnabled(True)
        self.shown(record_id, draft)

    def draft(self) -> Any:
        base = self.service.get(self.record_id) if (self.service and self.record_id) else self.new_draft()
        return self.form.draft(base)

    def save(self) -> bool:
        if self.service is None or not self.side_form:
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
        self.saved.emit()
        if self.record_id is not None:
            self.load(self.record_id)  # what was stored (a recurring action point's next deadline)
            self._reselect(self.record_id)
        return True

    def delete(self) -> None:
        record_id = self.record_id if self.side_form else self.selected_id()
        if self.service is None or record_id is None:
            return
        if not messages.ask(self, self.delete_question()):
            return
        try:
            changes = self.service.delete(record_id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self.record_id = None
        self._shown = None  # the record is gone: nothing of it to save
        publish(changes)
        self.saved.emit()
        if self.side_form:
            self.new()
