"""Personen: ambtsdragers, naasten, betrokkenen and contacts — a searchable list and an editor."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.people import (
    BetrokkeneType,
    PersonDraft,
    PersonKind,
    Relation,
    Role,
    display_name,
)
from veiligbestuur_desktop.services.persons import PersonRow, PersonService
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.list_model import RowListModel
from veiligbestuur_desktop.ui.kit.widgets import DATE_FORMAT, ErrorLabel, from_qdate, to_qdate

Index = QModelIndex | QPersistentModelIndex
EMPTY_DATE = QDate(1900, 1, 1)


class PersonTableModel(RowListModel[PersonRow]):
    HEADERS = ("Naam", "Soort", "Rol / relatie", "Verhoogd risico")

    def cell(self, p: PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            role_text = Role(p.role).label if p.role else (Relation(p.relation).label if p.relation else "")
            risk = self.tr("ja") if p.verhoogd_risico else ""
            return [display_name(p.name, p.description), PersonKind(p.kind).label, role_text, risk][column]
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None


def _date_edit() -> QDateEdit:
    e = QDateEdit()
    e.setDisplayFormat(DATE_FORMAT)
    e.setCalendarPopup(True)
    e.setMinimumDate(EMPTY_DATE)
    e.setSpecialValueText(" ")
    e.setDate(EMPTY_DATE)
    return e


def _get_date(e: QDateEdit) -> date | None:
    return None if e.date() == EMPTY_DATE else from_qdate(e.date())


def _set_date(e: QDateEdit, value: date | None) -> None:
    e.setDate(to_qdate(value) if value else EMPTY_DATE)


class PersonEditor(QWidget):
    def __init__(self, service: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.person_id: int | None = None
        self.kind = QComboBox()
        for value, label in PersonKind.choices():
            self.kind.addItem(label, value)
        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(60)
        self.description.setTabChangesFocus(True)
        self.role = QComboBox()
        self.role.addItem("", None)
        for value, label in Role.choices():
            self.role.addItem(label, value)
        self.party = QLineEdit()
        self.party.setToolTip(
            self.tr(
                "Politieke voorkeur is een bijzonder persoonsgegeven: optioneel, nooit standaard afgedrukt."
            )
        )
        self.term_start, self.term_end = _date_edit(), _date_edit()
        self.portefeuilles = QLineEdit()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.risk = QCheckBox(self.tr("verhoogd risico"))
        self.zelfscan, self.woningscan, self.advies = _date_edit(), _date_edit(), _date_edit()
        self.advies_ref = QLineEdit()
        self.related = QComboBox()
        self.relation = QComboBox()
        self.relation.addItem("", None)
        for value, label in Relation.choices():
            self.relation.addItem(label, value)
        self.btype = QComboBox()
        self.btype.addItem("", None)
        for value, label in BetrokkeneType.choices():
            self.btype.addItem(label, value)
        self.birth = _date_edit()
        self.address = QLineEdit()
        self.organisation, self.function = QLineEdit(), QLineEdit()

        self.form = QFormLayout()
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}

        def add(key: str, label: str, w: QWidget) -> None:
            lab = QLabel(label)
            lab.setBuddy(w)
            self.form.addRow(lab, w)
            self.rows[key] = (lab, w)

        add("kind", self.tr("&Soort:"), self.kind)
        add("name", self.tr("&Naam:"), self.name)
        add("description", self.tr("Omschrijving:"), self.description)
        add("role", self.tr("&Rol:"), self.role)
        add("party", self.tr("Partij (gevoelig):"), self.party)
        add("term_start", self.tr("Termijn vanaf:"), self.term_start)
        add("term_end", self.tr("Termijn tot:"), self.term_end)
        add("portefeuilles", self.tr("Portefeuilles:"), self.portefeuilles)
        add("phone", self.tr("Telefoon:"), self.phone)
        add("email", self.tr("E-mail:"), self.email)
        add("risk", "", self.risk)
        add("zelfscan", self.tr("Zelfscan gedaan op:"), self.zelfscan)
        add("woningscan", self.tr("Woningscan (CCV) op:"), self.woningscan)
        add("advies", self.tr("Beveiligingsadvies op:"), self.advies)
        add("advies_ref", self.tr("Kenmerk advies:"), self.advies_ref)
        add("related", self.tr("Naaste van:"), self.related)
        add("relation", self.tr("Relatie:"), self.relation)
        add("btype", self.tr("Soort betrokkene:"), self.btype)
        add("birth", self.tr("Geboortedatum:"), self.birth)
        add("address", self.tr("Adres:"), self.address)
        add("organisation", self.tr("Organisatie:"), self.organisation)
        add("function", self.tr("Functie:"), self.function)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.new(PersonKind.AMBTSDRAGER)

    VISIBLE: ClassVar[dict[PersonKind, set[str]]] = {
        PersonKind.AMBTSDRAGER: {
            "kind",
            "name",
            "role",
            "party",
            "term_start",
            "term_end",
            "portefeuilles",
            "phone",
            "email",
            "risk",
            "zelfscan",
            "woningscan",
            "advies",
            "advies_ref",
        },
        PersonKind.NAASTE: {"kind", "name", "related", "relation", "phone", "email"},
        PersonKind.BETROKKENE: {"kind", "name", "description", "btype", "birth", "address", "organisation"},
        PersonKind.CONTACT: {"kind", "name", "organisation", "function", "phone", "email"},
    }

    def _kind_changed(self) -> None:
        kind = PersonKind(self.kind.currentData())
        for key, (lab, w) in self.rows.items():
            on = key in self.VISIBLE[kind]
            lab.setVisible(on)
            w.setVisible(on)
        if kind == PersonKind.NAASTE:
            self.related.clear()
            for p in self.service.search(kinds=(PersonKind.AMBTSDRAGER,), limit=5000):
                self.related.addItem(p.name, p.id)

    def new(self, kind: PersonKind) -> None:
        self.person_id = None
        self.show_draft(PersonDraft(kind))
        self.kind.setEnabled(True)
        self.name.setFocus()

    def load(self, person_id: int) -> None:
        self.person_id = person_id
        self.show_draft(self.service.get(person_id))
        self.kind.setEnabled(False)

    def show_draft(self, d: PersonDraft) -> None:
        self.error.show_message("")
        self.kind.setCurrentIndex(self.kind.findData(d.kind.value))
        self._kind_changed()
        self.name.setText(d.name)
        self.description.setPlainText(d.description)
        self.role.setCurrentIndex(max(self.role.findData(d.role.value if d.role else None), 0))
        self.party.setText(d.party)
        _set_date(self.term_start, d.term_start)
        _set_date(self.term_end, d.term_end)
        self.portefeuilles.setText(d.portefeuilles)
        self.phone.setText(d.phone)
        self.email.setText(d.email)
        self.risk.setChecked(d.verhoogd_risico)
        _set_date(self.zelfscan, d.zelfscan_on)
        _set_date(self.woningscan, d.woningscan_on)
        _set_date(self.advies, d.beveiligingsadvies_on)
        self.advies_ref.setText(d.beveiligingsadvies_ref)
        self.related.setCurrentIndex(max(self.related.findData(d.related_to_id), 0))
        self.relation.setCurrentIndex(
            max(self.relation.findData(d.relation.value if d.relation else None), 0)
        )
        self.btype.setCurrentIndex(
            max(self.btype.findData(d.betrokkene_type.value if d.betrokkene_type else None), 0)
        )
        _set_date(self.birth, d.birth_date)
        self.address.setText(d.address)
        self.organisation.setText(d.organisation)
        self.function.setText(d.function)

    def draft(self) -> PersonDraft:
        kind = PersonKind(self.kind.currentData())
        visible = self.VISIBLE[kind]

        def v(key: str, value: Any, empty: Any = "") -> Any:
            return value if key in visible else empty

        role = self.role.currentData()
        relation = self.relation.currentData()
        btype = self.btype.currentData()
        return PersonDraft(
            kind=kind,
            name=self.name.text(),
            description=v("description", self.description.toPlainText()),
            role=Role(role) if role and "role" in visible else None,
            party=v("party", self.party.text()),
            term_start=v("term_start", _get_date(self.term_start), None),
            term_end=v("term_end", _get_date(self.term_end), None),
            portefeuilles=v("portefeuilles", self.portefeuilles.text()),
            phone=v("phone", self.phone.text()),
            email=v("email", self.email.text()),
            verhoogd_risico=bool(v("risk", self.risk.isChecked(), False)),
            zelfscan_on=v("zelfscan", _get_date(self.zelfscan), None),
            woningscan_on=v("woningscan", _get_date(self.woningscan), None),
            beveiligingsadvies_on=v("advies", _get_date(self.advies), None),
            beveiligingsadvies_ref=v("advies_ref", self.advies_ref.text()),
            related_to_id=v("related", self.related.currentData(), None),
            relation=Relation(relation) if relation and "relation" in visible else None,
            betrokkene_type=BetrokkeneType(btype) if btype and "btype" in visible else None,
            birth_date=v("birth", _get_date(self.birth), None),
            address=v("address", self.address.text()),
            organisation=v("organisation", self.organisation.text()),
            function=v("function", self.function.text()),
        )

    def save(self) -> bool:
        try:
            if self.person_id is None:
                self.person_id = self.service.create(self.draft())
            else:
                self.service.update(self.person_id, self.draft())
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return False
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return False
        self.error.show_message("")
        self.kind.setEnabled(False)
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
        self.kind.addItem(self.tr("alle soorten"), None)
        for value, label in PersonKind.choices():
            self.kind.addItem(label, value)
        self.model = PersonTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("persons")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.editor = PersonEditor(service)
        self.editor.save_button.clicked.connect(self.refresh)
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

    def refresh(self) -> None:
        kind = self.kind.currentData()
        kinds = (PersonKind(kind),) if kind else ()
        self.model.set_rows(self.service.search(self.search.text(), kinds))

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            try:
                self.editor.load(self.model.rows[row].id)
            except UserFacingError as exc:
                messages.show_error(self, exc)

    def delete(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        p = self.model.rows[row]
        if not messages.ask(
            self, self.tr("{name} verwijderen?").format(name=display_name(p.name, p.description))
        ):
            return
        try:
            self.service.delete(p.id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self.refresh()
        self.editor.new(PersonKind.AMBTSDRAGER)
