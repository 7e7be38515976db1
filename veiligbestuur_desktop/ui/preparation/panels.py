"""The settings tabs of step 3: Contactkaart, Opvangregeling, Categorieën and Briefhoofd. Each is keyboard-
complete (mnemonics, Ctrl+S saves) and says in Dutch what is wrong when a value is refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.nazorg import NazorgIntervals
from veiligbestuur_desktop.domain.preparation import (
    LETTERHEAD_FIELDS,
    OPVANG_ROLES,
    ContactEntry,
    LetterheadSettings,
    Opvang,
    card_is_stale,
)
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.categories import CategoryService
from veiligbestuur_desktop.services.contacts import ContactService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.preparation import PreparationSettings
from veiligbestuur_desktop.services.records import Changes
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.record_form import menu_letters
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, FlowLayout, save_keys


def _save_shortcuts(widget: QWidget, slot: object) -> None:
    for keys in save_keys():
        shortcut = QShortcut(keys, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAutoDefault(False)
    return b


class Panel(QWidget):
    saved = Signal()

    def attach(self, ws: Workspace) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError


# --- Contactkaart ----------------------------------------------------------------------------------------


class ContactCardPanel(Panel):
    """The numbers of the contact card in an editable table, the date they were last checked, a warning when
    that is longer than six months ago."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.service: ContactService | None = None
        self.status = QLabel()
        self.status.setObjectName("contactCard_status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("contactCard_table")
        self.table.setHorizontalHeaderLabels([self.tr("Wie"), self.tr("Nummer"), self.tr("Toelichting")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 160)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.add_button = _button(self.tr("Nummer &toevoegen"), "contactCard_add")
        self.remove_button = _button(self.tr("Ver&wijderen"), "contactCard_remove")
        self.up_button = _button(self.tr("Om&hoog"), "contactCard_up")
        self.down_button = _button(self.tr("Om&laag"), "contactCard_down")
        self.save_button = _button(self.tr("&Opslaan"), "contactCard_save")
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.check_button = _button(self.tr("Alles &gecontroleerd (vandaag)"), "contactCard_checked")
        self.check_button.setToolTip(
            self.tr("Sla de kaart op en leg vast dat u vandaag elk nummer hebt gecontroleerd")
        )
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.save_button.clicked.connect(lambda: self.save(False))
        self.check_button.clicked.connect(lambda: self.save(True))
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.check_button)
        hint = QLabel(
            self.tr(
                "De landelijke nummers komen uit openbare bronnen: controleer ze en vul de eigen nummers van de "
                "gemeente aan (bode, meldpunt). De kaart staat op de normkaart, de contactkaart (A6) en de "
                "werkinstructie. F2 of typen wijzigt een cel."
            )
        )
        hint.setWordWrap(True)
        theme.paint_text(hint, theme.Role.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        _save_shortcuts(self, lambda: self.save(False))
        self.setEnabled(False)

    def attach(self, ws: Workspace) -> None:
        self.service = ContactService(ws)
        self.setEnabled(True)
        self.load()

    def clear(self) -> None:
        self.service = None
        self.table.setRowCount(0)
        self.status.setText("")
        self.error.show_message("")
        self.setEnabled(False)

    def load(self) -> None:
        if self.service is None:
            return
        card = self.service.card()
        self.table.setRowCount(0)
        for e in card:
            self._append(e)
        self.show_status()

    def show_status(self, today: date | None = None) -> None:
        if self.service is None:
            return
        today = today or date.today()
        checked = self.service.last_checked()
        if checked is None:
            text = self.tr(
                "Laatst gecontroleerd: nog nooit. Controleer de nummers en kies ‘Alles gecontroleerd’."
            )
        else:
            text = self.tr("Laatst gecontroleerd: {d}.").format(d=format_date(checked))
        stale = card_is_stale(checked, today)
        if stale and checked is not None:
            text += " " + self.tr("Dat is langer dan zes maanden geleden: controleer de nummers opnieuw.")
        self.status.setText(text)
        theme.paint_text(self.status, theme.Role.ERROR if stale else theme.Role.OK, bold=stale)

    def _append(self, e: ContactEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate((e.label, e.number, e.note)):
            self.table.setItem(row, col, QTableWidgetItem(value))

    def entries(self) -> list[ContactEntry]:
        out = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(3)]
            values = [item.text() if item is not None else "" for item in items]
            if any(v.strip() for v in values):
                out.append(ContactEntry(*values))
        return out

    def add_row(self) -> None:
        self._append(ContactEntry("", ""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_row(self, offset: int) -> None:
        row = self.table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        for col in range(3):
            a, b = self.table.takeItem(row, col), self.table.takeItem(target, col)
            self.table.setItem(row, col, b)
            self.table.setItem(target, col, a)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def save(self, checked: bool) -> None:
        if self.service is None:
            return
        try:
            self.service.save(self.entries(), checked_on=date.today() if checked else None)
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        self.error.show_message("")
        self.load()
        publish(Changes.of("setting"))
        self.saved.emit()


# --- Opvangregeling -----------------------------------------------------------------------------------------


class OpvangPanel(Panel):
    """Who gives the first opvang per role, who does the nazorg, the referral routes, and the nazorg intervals
    (IncidentService: the incident follow-up plan uses them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opvang")
        self.settings: PreparationSettings | None = None
        self.incidents: IncidentService | None = None
        first = QGroupBox(self.tr("Eerste opvang (dezelfde dag) — wie vangt op als het slachtoffer is:"))
        form = QFormLayout(first)
        self.first: dict[str, QLineEdit] = {}
        for code, label in OPVANG_ROLES:
            edit = QLineEdit()
            edit.setObjectName(f"opvang_{code}")
            edit.setPlaceholderText(self.tr("functie of naam, bijv. gemeentesecretaris"))
            self.first[code] = edit
            lab = QLabel(QCoreApplication.translate("preparation", label) + ":")
            lab.setBuddy(edit)
            form.addRow(lab, edit)
        care = QGroupBox(self.tr("Nazorg en doorverwijzing"))
        cform = QFormLayout(care)
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("opvang_follow_up")
        fl = QLabel(self.tr("&Nazorg door:"))
        fl.setBuddy(self.follow_up)
        cform.addRow(fl, self.follow_up)
        self.referral = QPlainTextEdit()
        self.referral.setObjectName("opvang_referral")
        self.referral.setTabChangesFocus(True)
        self.referral.setMaximumHeight(90)
        self.referral.setPlaceholderText(
            self.tr(
                "Ondersteuningsteam Weerbaar Bestuur, De Vertrouwenslijn, Slachtofferhulp, bedrijfsarts …"
            )
        )
        rl = QLabel(self.tr("&Doorverwijzen naar:"))
        rl.setBuddy(self.referral)
        cform.addRow(rl, self.referral)
        terms = QGroupBox(self.tr("Nazorgtermijnen (voor de opvolging van elk nieuw incident)"))
        tform = QFormLayout(terms)
        self.opvang_hours = self._spin("nazorg_opvang_hours", 1, 24 * 14, self.tr(" uur na het incident"))
        self.first_from = self._spin("nazorg_first_from", 1, 365, self.tr(" dagen"))
        self.first_to = self._spin("nazorg_first_to", 1, 365, self.tr(" dagen"))
        self.second_from = self._spin("nazorg_second_from", 1, 365, self.tr(" dagen"))
        self.second_to = self._spin("nazorg_second_to", 1, 365, self.tr(" dagen"))
        for text, a, b in (
            (self.tr("Op&vanggesprek binnen:"), self.opvang_hours, None),
            (self.tr("&1e vervolggesprek (na opvanggesprek), van – tot:"), self.first_from, self.first_to),
            (self.tr("&2e vervolggesprek (na opvanggesprek), van – tot:"), self.second_from, self.second_to),
        ):
            lab = QLabel(text)
            lab.setBuddy(a)
            if b is None:
                tform.addRow(lab, a)
            else:
                row = QHBoxLayout()
                row.addWidget(a)
                row.addWidget(QLabel("–"))
                row.addWidget(b)
                b.setAccessibleName(self.tr("{field} tot").format(field=text.replace("&", "").rstrip(":")))
                row.addStretch(1)
                tform.addRow(lab, row)
        self.error = ErrorLabel()
        self.save_button = _button(self.tr("&Opslaan"), "opvang_save")
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.defaults_button = _button(self.tr("Standaard&termijnen"), "opvang_defaults")
        self.defaults_button.clicked.connect(lambda: self._show_intervals(NazorgIntervals()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        for f in (form, tform, cform):  # a label above its field when the two do not fit side by side
            f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # the two columns wrap under each other when the window is narrow for the text (150 % font); the
        # whole scrolls when the page is too low for it
        content = QWidget()
        layout = QVBoxLayout(content)
        top = FlowLayout()
        top.addWidget(first)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(terms)
        column.addWidget(care)
        top.addWidget(right)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        _save_shortcuts(self, self.save)
        self.setEnabled(False)

    @staticmethod
    def _spin(name: str, low: int, high: int, suffix: str) -> QSpinBox:
        s = QSpinBox()
        s.setObjectName(name)
        s.setRange(low, high)
        s.setSuffix(suffix)
        return s

    def attach(self, ws: Workspace) -> None:
        self.settings = PreparationSettings(ws)
        self.incidents = IncidentService(ws)
        self.setEnabled(True)
        self.load()

    def clear(self) -> None:
        self.settings = None
        self.incidents = None
        for edit in self.first.values():
            edit.clear()
        self.follow_up.clear()
        self.referral.clear()
        self._show_intervals(NazorgIntervals())
        self.error.show_message("")
        self.setEnabled(False)

    def load(self) -> None:
        if self.settings is None or self.incidents is None:
            return
        o = self.settings.opvang()
        for code, edit in self.first.items():
            edit.setText(o.who(code))
        self.follow_up.setText(o.follow_up)
        self.referral.setPlainText(o.referral)
        self._show_intervals(self.incidents.nazorg_intervals())

    def _show_intervals(self, iv: NazorgIntervals) -> None:
        self.opvang_hours.setValue(iv.opvang_hours)
        self.first_from.setValue(iv.first_from_days)
        self.first_to.setValue(iv.first_to_days)
        self.second_from.setValue(iv.second_from_days)
        self.second_to.setValue(iv.second_to_days)

    def intervals(self) -> NazorgIntervals:
        return NazorgIntervals(
            self.opvang_hours.value(),
            self.first_from.value(),
            self.first_to.value(),
            self.second_from.value(),
            self.second_to.value(),
        )

    def save(self) -> None:
        if self.settings is None or self.incidents is None:
            return
        try:
            iv = self.intervals().check()
            self.settings.set_opvang(
                Opvang(
                    first=tuple((code, edit.text()) for code, edit in self.first.items()),
                    follow_up=self.follow_up.text(),
                    referral=self.referral.toPlainText(),
                )
            )
            changes = self.incidents.set_nazorg_intervals(iv)
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        self.error.show_message("")
        publish(changes | Changes.of("setting"))
        self.saved.emit()
        self.load()


# --- Categorieën --------------------------------------------------------------------------------------------


class CategoriesPanel(Panel):
    """The incident categories: add, rename, retire or reactivate; delete only when no incident uses one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categories")
        self.service: CategoryService | None = None
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("categories_table")
        self.table.setHorizontalHeaderLabels([self.tr("Categorie"), self.tr("Status"), self.tr("Incidenten")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda row, *_a: self._selected(row))
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("categories_label")
        self.label_edit.setPlaceholderText(self.tr("naam van de categorie"))
        label = QLabel(self.tr("&Naam:"))
        label.setBuddy(self.label_edit)
        self.add_button = _button(self.tr("&Toevoegen"), "categories_add")
        self.rename_button = _button(self.tr("&Hernoemen"), "categories_rename")
        self.toggle_button = _button(self.tr("&Buiten gebruik"), "categories_toggle")
        self.delete_button = _button(self.tr("Ver&wijderen"), "categories_delete")
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button.clicked.connect(self.toggle)
        self.delete_button.clicked.connect(self.delete)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.label_edit, 1)
        for b in (self.add_button, self.rename_button, self.toggle_button, self.delete_button):
            row.addWidget(b)
        hint = QLabel(
            self.tr(
                "Een categorie die bij een incident is gebruikt, kan niet worden verwijderd: zet haar buiten "
                "gebruik. Dan wordt ze niet meer aangeboden bij nieuwe incidenten, maar blijven bestaande "
                "incidenten en de jaarcijfers kloppen."
            )
        )
        hint.setWordWrap(True)
        theme.paint_text(hint, theme.Role.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.label_edit.returnPressed.connect(self.add)
        self.setEnabled(False)

    def attach(self, ws: Workspace) -> None:
        self.service = CategoryService(ws)
        self.setEnabled(True)
        self.load()

    def clear(self) -> None:
        self.service = None
        self.table.setRowCount(0)
        self.label_edit.clear()
        self.error.show_message("")
        self.setEnabled(False)

    def load(self, select: str | None = None) -> None:
        if self.service is None:
            return
        rows = self.service.all()
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            name = QTableWidgetItem(c.label)
            name.setData(Qt.ItemDataRole.UserRole, c.code)
            status = QTableWidgetItem(self.tr("in gebruik") if c.active else self.tr("buiten gebruik"))
            if not c.active:
                for item in (name, status):
                    item.setForeground(theme.brush(theme.Role.MUTED))
            used = QTableWidgetItem(str(c.used))
            used.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((name, status, used)):
                self.table.setItem(r, col, item)
            if select is not None and c.code == select:
                self.table.setCurrentCell(r, 0)
        self._selected(self.table.currentRow())

    def current_code(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        status = self.table.item(row, 1) if row >= 0 else None
        if item is not None:
            self.label_edit.setText(item.text())
        active = status is None or status.text() == self.tr("in gebruik")
        self.toggle_button.setText(self.tr("&Buiten gebruik") if active else self.tr("Weer in &gebruik"))
        theme.keep_menu_letters(self, menu_letters())  # Alt+B stays Bestand's

    def _run(self, action: object, select: str | None = None) -> None:
        try:
            result = action()  # type: ignore[operator]
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        self.error.show_message("")
        self.load(
            select if select is not None else (result if isinstance(result, str) else self.current_code())
        )
        publish(Changes.of("category"))
        self.saved.emit()

    def add(self) -> None:
        if self.service is not None:
            service = self.service
            self._run(lambda: service.add(self.label_edit.text()))

    def rename(self) -> None:
        code = self.current_code()
        if self.service is not None and code is not None:
            service = self.service
            self._run(lambda: service.rename(code, self.label_edit.text()), code)

    def toggle(self) -> None:
        code = self.current_code()
        status = self.table.item(self.table.currentRow(), 1)
        if self.service is not None and code is not None and status is not None:
            service = self.service
            active = status.text() != self.tr("in gebruik")
            self._run(lambda: service.set_active(code, active), code)

    def delete(self) -> None:
        code = self.current_code()
        if self.service is None or code is None:
            return
        if not messages.ask(self, self.tr("Deze categorie verwijderen?")):
            return
        service = self.service
        self._run(lambda: service.delete(code), "")


# --- Briefhoofd ---------------------------------------------------------------------------------------------


class LetterheadPanel(Panel):
    """The letterhead fields of every letter (bezoekadres, postadres, telefoon, website, ondertekenaar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterhead")
        self.settings: PreparationSettings | None = None
        self.municipality = QLabel()
        self.municipality.setObjectName("letterhead_municipality")
        box = QGroupBox(self.tr("Briefhoofd van de brieven (stap 3, 4 en 5)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Gemeente:"), self.municipality)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        used: set[str] = menu_letters()  # Alt+letter of a menu stays the menu's
        for name, label, max_len, multiline in LETTERHEAD_FIELDS:
            edit: QLineEdit | QPlainTextEdit
            if multiline:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(60)
            else:
                edit = QLineEdit()
                edit.setMaxLength(max_len)
            edit.setObjectName(f"letterhead_{name}")
            self.edits[name] = edit
            label = QCoreApplication.translate("preparation", label)
            mn = label
            for i, ch in enumerate(label):
                if ch.isalpha() and ch.lower() not in used and ch.lower() not in "o":
                    used.add(ch.lower())
                    mn = label[:i] + "&" + label[i:]
                    break
            lab = QLabel(mn + ":")
            lab.setBuddy(edit)
            form.addRow(lab, edit)
        note = QLabel(
            self.tr(
                "Een brief aan een ambtsdrager of een naaste gaat altijd naar het gemeentehuis (p/a het postadres "
                "hierboven), nooit naar het huisadres."
            )
        )
        note.setWordWrap(True)
        theme.paint_text(note, theme.Role.MUTED)
        self.error = ErrorLabel()
        self.save_button = _button(self.tr("&Opslaan"), "letterhead_save")
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        _save_shortcuts(self, self.save)
        self.setEnabled(False)

    def attach(self, ws: Workspace) -> None:
        self.settings = PreparationSettings(ws)
        self.setEnabled(True)
        self.load()

    def clear(self) -> None:
        self.settings = None
        for edit in self.edits.values():
            edit.clear()
        self.municipality.setText("")
        self.error.show_message("")
        self.setEnabled(False)

    def load(self) -> None:
        if self.settings is None:
            return
        head = self.settings.letterhead()
        self.municipality.setText(self.settings.municipality())
        for name, edit in self.edits.items():
            value = getattr(head, name)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)

    def values(self) -> LetterheadSettings:
        return LetterheadSettings(
            **{
                name: (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text())
                for name, edit in self.edits.items()
            }
        )

    def save(self) -> None:
        if self.settings is None:
            return
        try:
            self.settings.set_letterhead(self.values())
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            field = getattr(exc, "field", None)
            if field in self.edits:
                self.edits[field].setFocus()
            return
        self.error.show_message("")
        self.load()
        publish(Changes.of("setting"))
        self.saved.emit()


__all__ = ["CategoriesPanel", "ContactCardPanel", "LetterheadPanel", "OpvangPanel", "Panel"]
