"""The incident register in tab 6: filters, free-text search, the paged list, and the way into a new incident."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.fields import FieldKind
from veiligbestuur_desktop.domain.incidents import Channel, IncidentStatus, level_label
from veiligbestuur_desktop.domain.people import PersonKind, display_name
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.records import Changes
from veiligbestuur_desktop.ui.incidents.model import COLUMNS, LEVEL_WORDS, IncidentTableModel, level_short
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.kit.register import FullTextDelegate, fit_columns, sort_in_sql
from veiligbestuur_desktop.ui.kit.widgets import FlowLayout, labelled


class IncidentRegister(QWidget):
    """Refreshes from the change bus (incidents and people); `changed` tells the step page that its
    progress may have moved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incidents: IncidentService | None = None
        self.persons: PersonService | None = None

        title = QLabel(self.tr("<h3>Incidentregister</h3>"))
        self.new_button = QPushButton(self.tr("&Nieuw incident (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_incident)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken in nummer, beschrijving, locatie, namen…"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.status = QComboBox()
        self.category = QComboBox()
        self.level = QComboBox()
        self.person = QComboBox()
        self.person.setMinimumWidth(180)
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        filters = FlowLayout()  # wraps at a large font or in a narrow window (each label stays with its box)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 22)  # room for a query
        filters.addWidget(self.search)
        for label, combo in (
            (self.tr("Jaar"), self.year),
            (self.tr("Status"), self.status),
            (self.tr("Categorie"), self.category),
            (self.tr("Ernst"), self.level),
            (self.tr("Persoon"), self.person),
        ):
            lab = QLabel(label + ":")
            lab.setBuddy(combo)
            filters.addWidget(labelled(lab, combo))

        self.model = IncidentTableModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("incidentList")
        self.view.setModel(self.model)
        sort_in_sql(self.view, self.model.columns, 0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(130)
        self.view.setItemDelegate(FullTextDelegate(self.view))
        self.fit_columns()
        self.view.doubleClicked.connect(self.open_index)
        self.view.activated.connect(self.open_index)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.year, self.status, self.category, self.level, self.person):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.shortcut_find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.shortcut_find.activated.connect(self.search.setFocus)
        self.shortcut_find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        subscribe(self, ("incident", "person"), self._changed)

    def _changed(self, changes: Changes) -> None:
        if self.incidents is None or self.incidents.ws.locked:
            return
        self.refresh()
        if changes.touches("incident"):
            self.changed.emit()

    def fit_columns(self) -> None:
        """The number (five digits in a busy year), the dates and the severity are never cut."""
        samples = {COLUMNS.index("number"): "8888-88888"}
        for column in range(len(COLUMNS)):
            f = COLUMNS.field(column)
            if f is not None and f.kind == FieldKind.DATE:
                samples[column] = format_date(date(2088, 12, 28))
        samples[COLUMNS.index("severity_level")] = max(
            (level_short(i) for i in LEVEL_WORDS), key=self.view.fontMetrics().horizontalAdvance
        )
        metrics = self.view.fontMetrics().horizontalAdvance
        samples[COLUMNS.index("channel")] = max((c.label for c in Channel), key=metrics)
        samples[COLUMNS.index("status")] = max((s.label for s in IncidentStatus), key=metrics)
        fit_columns(self.view, samples)
        # the spare width goes to the names and the categories (lists that are cut first), not to the status
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for key in ("victims", "categories"):
            header.setSectionResizeMode(COLUMNS.index(key), QHeaderView.ResizeMode.Stretch)

    # --- loading --------------------------------------------------------------------------------------------

    def load(self, incidents: IncidentService, persons: PersonService) -> None:
        self.incidents, self.persons = incidents, persons
        self._fill_filters()
        self.model.set_service(incidents)
        self.apply_filters()
        self.fit_columns()

    def clear(self) -> None:
        self.incidents = self.persons = None
        self.model.clear()
        for combo in (self.year, self.status, self.category, self.level, self.person):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.search.clear()
        self.count_label.setText("")

    def _fill_filters(self) -> None:
        assert self.incidents is not None and self.persons is not None
        everything = self.tr("alle")
        combos: dict[QComboBox, Sequence[tuple[object, str]]] = {
            self.year: [(y, str(y)) for y in self.incidents.years()],
            self.status: IncidentStatus.choices(),
            self.category: self.incidents.categories(active_only=False),
            self.level: [
                (i, level_label(i).split(" — ")[0] + " — " + level_label(i).split(" — ")[1][:28])
                for i in range(5)
            ],
            self.person: [
                (p.id, display_name(p.name, p.description))
                for p in self.persons.search(
                    kinds=(PersonKind.AMBTSDRAGER, PersonKind.NAASTE, PersonKind.BETROKKENE), limit=5000
                )
            ],
        }
        for combo, items in combos.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, label in items:
                combo.addItem(label, value)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

    def query(self) -> IncidentQuery:
        header = self.view.horizontalHeader()
        from veiligbestuur_desktop.ui.incidents.model import COLUMNS

        key = COLUMNS.sort_key(header.sortIndicatorSection()) or "number"
        return IncidentQuery(
            year=self.year.currentData(),
            status=self.status.currentData(),
            category=self.category.currentData(),
            severity_level=self.level.currentData(),
            person_id=self.person.currentData(),
            text=self.search.text(),
            sort=key,
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def apply_filters(self) -> None:
        if self.incidents is None:
            return
        self.model.set_query(self.query())
        self.view.scrollToTop()
        self.count_label.setText(self.tr("%Ln incident(en)", "", self.model.total))

    def refresh(self) -> None:
        if self.incidents is None:
            return
        self._fill_filters()
        self.model.refresh()
        self.count_label.setText(self.tr("%Ln incident(en)", "", self.model.total))

    # --- actions ------------------------------------------------------------------------------------------

    def new_incident(self) -> None:
        from veiligbestuur_desktop.ui.incidents.form import IncidentForm

        if self.incidents is None or self.persons is None:
            return
        form = IncidentForm(self.incidents, self.persons, parent=self)
        form.accepted.connect(lambda: self._registered(form))
        form.open()  # window-modal without a nested event loop

    def _registered(self, form: QDialog) -> None:
        reg = getattr(form, "result_registered", None)
        if reg is None:
            return
        if reg.escalation_advised:
            from veiligbestuur_desktop.domain.incidents import contacts_text, escalation_advice

            messages.show_warning(
                self,
                self.tr("Incident {n}").format(n=reg.number)
                + "\n\n"
                + escalation_advice()
                + "\n\n"
                + contacts_text(self.incidents.contacts() if self.incidents is not None else ()),
                self.tr("Opschalen naar politie en OM"),
            )
        self.open_incident(reg.id)

    def open_index(self, index: QModelIndex) -> None:
        incident_id = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if incident_id is not None:
            self.open_incident(int(incident_id))

    def open_incident(self, incident_id: int) -> None:
        from veiligbestuur_desktop.ui.incidents.detail import IncidentDetailDialog

        if self.incidents is None or self.persons is None:
            return
        dlg = IncidentDetailDialog(self.incidents, self.persons, incident_id, self)
        dlg.open()
