"""Personen: ambtsdragers, naasten, betrokkenen and contacts — a searchable list and an editor, both from the
declared fields (domain.people.PERSON); refreshed from the change bus."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.people import PERSON, PersonDraft, PersonKind, display_name
from veiligbestuur_desktop.services.persons import PersonQuery, PersonService
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import PagedRecordModel
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel

COLUMNS = FieldColumns(PERSON)


class PersonTableModel(PagedRecordModel):
    """The person's fields declared as columns (domain.people.PERSON), paged from SQL."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, PersonQuery(), parent)

    def text(self, row: Any, column: int) -> str:
        if COLUMNS.key(column) == "name":
            return display_name(row.name, row.description)
        return super().text(row, column)


class PersonEditor(QWidget):
    """A person's declared fields in a record form; only the fields that apply to the chosen kind show."""

    def __init__(self, service: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.person_id: int | None = None
        self.fields = RecordForm(PERSON, Sources(people=self._people))
        self.kind = self.fields.widget("kind")
        assert isinstance(self.kind, QComboBox)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.new(PersonKind.AMBTSDRAGER)

    def _people(self, kinds: tuple[str, ...]) -> list[tuple[int, str]]:
        rows = self.service.search(kinds=tuple(PersonKind(k) for k in kinds), limit=5000)
        return [(p.id, display_name(p.name, p.description)) for p in rows if p.id != self.person_id]

    def _kind_changed(self) -> None:
        self.fields.reload_sources()
        self.fields.show_applicable()

    def new(self, kind: PersonKind) -> None:
        self.person_id = None
        self.show_draft(PersonDraft(kind))
        self.kind.setEnabled(True)
        self.fields.focus_field("name")

    def load(self, person_id: int) -> None:
        self.person_id = person_id
        self.fields.reload_sources()
        self.show_draft(self.service.get(person_id))
        self.kind.setEnabled(False)

    def show_draft(self, d: PersonDraft) -> None:
        self.error.show_message("")
        self.fields.set_draft(d)

    def draft(self) -> PersonDraft:
        kind = self.kind
        assert isinstance(kind, QComboBox)
        return self.fields.draft(PersonDraft(PersonKind(kind.currentData())))  # type: ignore[no-any-return]

    def save(self) -> bool:
        try:
            if self.person_id is None:
                created = self.service.create(self.draft())
                self.person_id, changes = created.id, created.changes
            else:
                changes = self.service.update(self.person_id, self.draft())
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.fields.focus_field(getattr(exc, "field", None))
            return False
        self.error.show_message("")
        self.kind.setEnabled(False)
        publish(changes)
        return True


class PersonsDialog(QDialog):
    def __init__(self, service: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Personen"))
        self.resize(1100, 720)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, omschrijving of organisatie…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        # the filter has no label: its value is not its name
        self.kind.setAccessibleName(self.tr("Soort persoon"))
        self.kind.addItem(self.tr("alle soorten"), None)
        for value, label in PersonKind.choices():
            self.kind.addItem(label, value)
        self.model = PersonTableModel(self)
        self.model.set_service(service)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("persons")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):  # never narrower than the header (few rows: cheap)
            self.view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.editor = PersonEditor(service)
        new = QPushButton(self.tr("&Nieuwe persoon"))
        new.clicked.connect(
            lambda: self.editor.new(PersonKind(self.kind.currentData() or PersonKind.AMBTSDRAGER.value))
        )
        delete = QPushButton(self.tr("&Verwijderen"))
        delete.clicked.connect(self.delete)
        left = QWidget()
        ll = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.kind)
        ll.addLayout(row)
        ll.addWidget(self.view, 1)
        row2 = QHBoxLayout()
        row2.addWidget(new)
        row2.addWidget(delete)
        row2.addStretch(1)
        ll.addLayout(row2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setSizes([520, 580])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        subscribe(self, ("person",), lambda _changes: None if service.ws.locked else self.refresh())

    def refresh(self) -> None:
        kind = self.kind.currentData()
        kinds = (PersonKind(kind),) if kind else ()
        self.model.set_query(PersonQuery(self.search.text(), tuple(k.value for k in kinds)))

    def _select(self, row: int) -> None:
        p = self.model.row_at(row)
        if p is not None:
            try:
                self.editor.load(p.id)
            except UserFacingError as exc:
                messages.show_error(self, exc)

    def delete(self) -> None:
        row = self.view.currentIndex().row()
        p = self.model.row_at(row)
        if p is None:
            return
        if not messages.ask(
            self, self.tr("{name} verwijderen?").format(name=display_name(p.name, p.description))
        ):
            return
        try:
            changes = self.service.delete(p.id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self.editor.new(PersonKind.AMBTSDRAGER)
        publish(changes)
