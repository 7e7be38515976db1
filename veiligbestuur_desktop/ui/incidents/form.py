"""The new/edit incident form: fast enough for a phone call, keyboard only, every field of DOMAIN.md."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.incidents import (
    AimedAt,
    Channel,
    Experienced,
    IncidentDraft,
    IncidentStatus,
    PerpetratorType,
    VictimDraft,
    level_label,
)
from veiligbestuur_desktop.domain.people import PersonKind, display_name
from veiligbestuur_desktop.services.incidents import IncidentService, Registered
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.kit.widgets import DATE_FORMAT, ErrorLabel, from_qdate, to_qdate

NO_TIME = QTime(0, 0)


def _combo(items: list[tuple[str, str]], none_label: str | None = None) -> QComboBox:
    c = QComboBox()
    if none_label is not None:
        c.addItem(none_label, None)
    for value, label in items:
        c.addItem(label, value)
    return c


def _set_combo(c: QComboBox, value: object) -> None:
    i = c.findData(value)
    c.setCurrentIndex(max(i, 0))


class IncidentForm(QDialog):
    """Registers a new incident (incident_id None) or edits one. `result_registered` holds the outcome."""

    def __init__(
        self,
        incidents: IncidentService,
        persons: PersonService,
        incident_id: int | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.incidents = incidents
        self.persons = persons
        self.incident_id = incident_id
        self.today = today or date.today()
        self.result_registered: Registered | None = None
        self.setWindowTitle(
            self.tr("Nieuw incident") if incident_id is None else self.tr("Incident bewerken")
        )
        self.resize(1180, 800)

        # --- when and who -------------------------------------------------------------------------------
        self.occurred_on = self._date_edit()
        self.has_time = QCheckBox(self.tr("tijd bekend"))
        self.occurred_time = QTimeEdit()
        self.occurred_time.setDisplayFormat("HH:mm")
        self.occurred_time.setEnabled(False)
        self.has_time.toggled.connect(self.occurred_time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.occurred_on)
        when.addWidget(self.has_time)
        when.addWidget(self.occurred_time)
        when.addStretch(1)
        self.reported_on = self._date_edit()
        self.reported_by = QLineEdit()
        self.reported_by.setPlaceholderText(self.tr("het slachtoffer, of wie namens hem of haar belde"))
        self.received_by = QLineEdit()
        self.channel = _combo(Channel.choices())
        self.location = QLineEdit()
        self.at_home = QCheckBox(self.tr("bij de woning van het slachtoffer"))

        facts = QGroupBox(self.tr("Melding"))
        f1 = QFormLayout(facts)
        when_label = QLabel(self.tr("&Datum incident:"))
        when_label.setBuddy(self.occurred_on)
        f1.addRow(when_label, when)
        f1.addRow(self.tr("Ge&meld op:"), self.reported_on)
        f1.addRow(self.tr("Gemeld &door:"), self.reported_by)
        f1.addRow(self.tr("&Aangenomen door:"), self.received_by)
        f1.addRow(self.tr("&Kanaal:"), self.channel)
        f1.addRow(self.tr("&Locatie:"), self.location)
        f1.addRow("", self.at_home)

        # --- victims ----------------------------------------------------------------------------------
        self.victim_filter = QLineEdit()
        self.victim_filter.setPlaceholderText(self.tr("zoek op naam…"))
        self.victim_list = QListWidget()
        self.victim_list.setObjectName("victims")
        self.victim_filter.textChanged.connect(self._filter_victims)
        self.office_related = QCheckBox(self.tr("houdt verband met het ambt"))
        self.office_related.setChecked(True)
        self.aimed_at = _combo(AimedAt.choices())
        victims = QGroupBox(self.tr("Slachtoffer(s) — ambtsdrager of naaste"))
        v1 = QVBoxLayout(victims)
        v1.addWidget(self.victim_filter)
        v1.addWidget(self.victim_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.office_related)
        row.addWidget(QLabel(self.tr("gericht op:")))
        row.addWidget(self.aimed_at)
        v1.addLayout(row)

        # --- what -------------------------------------------------------------------------------------
        self.category_list = QListWidget()
        self.category_list.setObjectName("categories")
        for code, label in incidents.categories():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.category_list.addItem(item)
        self.level = _combo([(str(i), level_label(i)) for i in range(5)])
        for combo in (self.level, self.channel, self.aimed_at):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
        self.experienced = _combo(Experienced.choices(), self.tr("niet gevraagd"))
        self.status = _combo(IncidentStatus.choices())
        what = QGroupBox(self.tr("Aard en ernst"))
        w1 = QFormLayout(what)
        w1.addRow(self.tr("Ca&tegorieën:"), self.category_list)
        w1.addRow(self.tr("&Ernst (beoordeeld):"), self.level)
        w1.addRow(self.tr("Beleving s&lachtoffer:"), self.experienced)
        w1.addRow(self.tr("Stat&us:"), self.status)

        # --- perpetrator ---------------------------------------------------------------------------------
        self.perp_known = QCheckBox(self.tr("dader bekend"))
        self.perp = QComboBox()
        self.perp.setEnabled(False)
        self.perp_known.toggled.connect(self.perp.setEnabled)
        self.perp_type = _combo(PerpetratorType.choices())
        self.perp_description = QLineEdit()
        self.perp_description.setPlaceholderText(self.tr("signalement of omschrijving"))
        self.witnesses = QLineEdit()
        perp = QGroupBox(self.tr("Dader en getuigen"))
        p1 = QFormLayout(perp)
        p1.addRow(self.perp_known, self.perp)
        p1.addRow(self.tr("Soort &dader:"), self.perp_type)
        p1.addRow(self.tr("&Omschrijving:"), self.perp_description)
        p1.addRow(self.tr("&Getuigen:"), self.witnesses)

        # --- description and impact --------------------------------------------------------------------
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("Wat is er gebeurd? Letterlijke bewoordingen tussen aanhalingstekens.")
        )
        self.impact = QPlainTextEdit()
        self.impact.setTabChangesFocus(True)
        self.impact.setMaximumHeight(70)
        self.impact_boxes = {
            "impact_injury": QCheckBox(self.tr("letsel")),
            "impact_damage": QCheckBox(self.tr("schade")),
            "impact_absence": QCheckBox(self.tr("verzuim")),
            "impact_family": QCheckBox(self.tr("impact op het gezin")),
            "impact_avoidance": QCheckBox(self.tr("vermijdingsgedrag")),
        }
        desc = QGroupBox(self.tr("Beschrijving en impact"))
        d1 = QVBoxLayout(desc)
        d1.addWidget(QLabel(self.tr("&Beschrijving (verplicht):")))
        d1.itemAt(0).widget().setBuddy(self.description)  # type: ignore[union-attr]
        d1.addWidget(self.description, 1)
        boxes = QHBoxLayout()
        for b in self.impact_boxes.values():
            boxes.addWidget(b)
        boxes.addStretch(1)
        d1.addLayout(boxes)
        d1.addWidget(self.impact)
        self.impact.setPlaceholderText(self.tr("toelichting op de impact (optioneel)"))

        grid = QGridLayout()
        grid.addWidget(facts, 0, 0)
        grid.addWidget(victims, 0, 1)
        grid.addWidget(what, 1, 0)
        grid.addWidget(perp, 1, 1)
        grid.addWidget(desc, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for a, b in (
            (self.occurred_on, self.has_time),
            (self.has_time, self.occurred_time),
            (self.occurred_time, self.reported_on),
            (self.reported_on, self.reported_by),
            (self.reported_by, self.received_by),
            (self.received_by, self.channel),
            (self.channel, self.location),
            (self.location, self.at_home),
            (self.at_home, self.victim_filter),
            (self.victim_filter, self.victim_list),
            (self.victim_list, self.office_related),
            (self.office_related, self.aimed_at),
            (self.aimed_at, self.category_list),
            (self.category_list, self.level),
            (self.level, self.experienced),
            (self.experienced, self.status),
            (self.status, self.perp_known),
            (self.perp_known, self.perp),
            (self.perp, self.perp_type),
            (self.perp_type, self.perp_description),
            (self.perp_description, self.witnesses),
            (self.witnesses, self.description),
            (self.description, self.impact_boxes["impact_injury"]),
        ):
            QWidget.setTabOrder(a, b)

        self._load_people()
        self._fill(
            incidents.defaults(self.today) if incident_id is None else incidents.detail(incident_id).draft
        )
        self.occurred_on.setFocus()

    # --- helpers -----------------------------------------------------------------------------------------

    def _date_edit(self) -> QDateEdit:
        e = QDateEdit()
        e.setDisplayFormat(DATE_FORMAT)
        e.setCalendarPopup(True)
        e.setMinimumDate(QDate(1990, 1, 1))
        e.setMaximumDate(to_qdate(self.today))
        return e

    def _load_people(self) -> None:
        self.victim_list.clear()
        for p in self.persons.search(kinds=(PersonKind.AMBTSDRAGER, PersonKind.NAASTE), limit=5000):
            label = p.name + (f" — {p.role}" if p.role else f" — {self.tr('naaste')}")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.victim_list.addItem(item)
        self.perp.clear()
        for p in self.persons.search(kinds=(PersonKind.BETROKKENE,), limit=5000):
            self.perp.addItem(display_name(p.name, p.description), p.id)

    def _filter_victims(self, text: str) -> None:
        t = text.casefold().strip()
        for i in range(self.victim_list.count()):
            item = self.victim_list.item(i)
            item.setHidden(bool(t) and t not in item.text().casefold())

    def _checked(self, lst: QListWidget) -> list[object]:
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _set_checked(self, lst: QListWidget, values: set[object]) -> None:
        for i in range(lst.count()):
            item = lst.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _fill(self, d: IncidentDraft) -> None:
        self._base = d
        self.occurred_on.setDate(to_qdate(d.occurred_on))
        self.has_time.setChecked(d.occurred_time is not None)
        if d.occurred_time:
            self.occurred_time.setTime(QTime(d.occurred_time.hour, d.occurred_time.minute))
        self.reported_on.setDate(to_qdate(d.reported_on))
        self.reported_by.setText(d.reported_by)
        self.received_by.setText(d.received_by)
        _set_combo(self.channel, d.channel.value)
        self.location.setText(d.location)
        self.at_home.setChecked(d.at_home)
        self._set_checked(self.victim_list, {v.person_id for v in d.victims})
        if d.victims:
            self.office_related.setChecked(d.victims[0].office_related is not False)
            _set_combo(self.aimed_at, d.victims[0].aimed_at.value)
        self._set_checked(self.category_list, set(d.categories))
        _set_combo(self.level, str(d.severity_level))
        _set_combo(self.experienced, d.severity_experienced.value if d.severity_experienced else None)
        _set_combo(self.status, d.status.value)
        self.perp_known.setChecked(d.perpetrator_known)
        if d.perpetrator_id is not None:
            _set_combo(self.perp, d.perpetrator_id)
        _set_combo(self.perp_type, d.perpetrator_type.value)
        self.perp_description.setText(d.perpetrator_description)
        self.witnesses.setText(d.witnesses)
        self.description.setPlainText(d.description)
        self.impact.setPlainText(d.impact)
        for name, box in self.impact_boxes.items():
            box.setChecked(bool(getattr(d, name)))

    def draft(self) -> IncidentDraft:
        occurred_on = from_qdate(self.occurred_on.date()) or self.today
        t = self.occurred_time.time()
        aimed = AimedAt(self.aimed_at.currentData())
        victims = tuple(
            VictimDraft(int(pid), self.office_related.isChecked(), aimed)  # type: ignore[call-overload]
            for pid in self._checked(self.victim_list)
        )
        experienced = self.experienced.currentData()
        known = self.perp_known.isChecked()
        return replace(
            self._base,
            occurred_on=occurred_on,
            occurred_time=time(t.hour(), t.minute()) if self.has_time.isChecked() else None,
            reported_on=from_qdate(self.reported_on.date()) or occurred_on,
            reported_by=self.reported_by.text(),
            received_by=self.received_by.text(),
            channel=Channel(self.channel.currentData()),
            location=self.location.text(),
            at_home=self.at_home.isChecked(),
            victims=victims,
            categories=tuple(str(c) for c in self._checked(self.category_list)),
            severity_level=int(self.level.currentData()),
            severity_experienced=Experienced(experienced) if experienced else None,
            status=IncidentStatus(self.status.currentData()),
            perpetrator_known=known,
            perpetrator_id=self.perp.currentData() if known and self.perp.count() else None,
            perpetrator_type=PerpetratorType(self.perp_type.currentData()),
            perpetrator_description=self.perp_description.text(),
            witnesses=self.witnesses.text(),
            description=self.description.toPlainText(),
            impact=self.impact.toPlainText(),
            **{name: box.isChecked() for name, box in self.impact_boxes.items()},
        )

    def is_dirty(self) -> bool:
        """True when the form holds something the user typed that is not saved yet."""
        try:
            return self.draft() != self._base
        except (ValueError, TypeError):
            return True

    def _focus(self, field: str | None) -> None:
        widget = {
            "occurred_on": self.occurred_on,
            "reported_on": self.reported_on,
            "description": self.description,
            "categories": self.category_list,
            "victims": self.victim_list,
            "severity_level": self.level,
            "location": self.location,
            "reported_by": self.reported_by,
            "received_by": self.received_by,
            "perpetrator_id": self.perp,
            "perpetrator_known": self.perp_known,
            "closed_on": self.status,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        try:
            draft = self.draft()
            if self.incident_id is None:
                self.result_registered = self.incidents.register(draft, self.today)
            else:
                self.incidents.update(self.incident_id, draft, self.today)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            self._focus(exc.field)
            return
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
