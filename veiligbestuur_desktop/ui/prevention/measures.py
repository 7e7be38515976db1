"""Maatregelen: the register with a status filter, the measure form, and "Status wijzigen…": the next step of
the flow voorgesteld → besloten → in uitvoering → gerealiseerd → geëvalueerd (or afgeschaald) on a date; every
step is kept in the measure's history and audited."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.prevention import MEASURE, MeasureDraft, MeasureStatus, next_statuses
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.prevention import MeasureQuery, MeasureService, RiskAnalysisService
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.record_form import Sources
from veiligbestuur_desktop.ui.kit.widgets import DATE_FORMAT, DateEdit, ErrorLabel, from_qdate, to_qdate
from veiligbestuur_desktop.ui.prevention.register import RecordDialog, RegisterTab


class StatusDialog(QDialog):
    """The next status of one measure and the day it took effect."""

    def __init__(self, service: MeasureService, measure_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measure_status_dialog")
        self.service = service
        self.measure_id = measure_id
        draft = service.get(measure_id)
        current = MeasureStatus(draft.status)
        self.setWindowTitle(self.tr("Status wijzigen: {title}").format(title=draft.title))
        self.status = QComboBox()
        self.status.setObjectName("new_status")
        for s in next_statuses(current):
            self.status.addItem(s.label, s.value)
        self.on = DateEdit()
        self.on.setObjectName("status_on")
        self.on.setDisplayFormat(DATE_FORMAT)
        self.on.setMaximumDate(to_qdate(date.today()))
        self.on.setDate(QDate.currentDate())
        self.history = QListWidget()
        self.history.setObjectName("status_history")
        for step in service.history(measure_id):
            self.history.addItem(f"{format_date(step.on)} — {step.status.label}")
        self.history.setMaximumHeight(120)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Huidige status:"), QLabel(current.label))
        status_label = QLabel(self.tr("&Nieuwe status:"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, self.status)
        on_label = QLabel(self.tr("&Met ingang van:"))
        on_label.setBuddy(self.on)
        form.addRow(on_label, self.on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Status &wijzigen"))
        ok.setObjectName("apply_status")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Verloop tot nu toe:")))
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.status.count() == 0:
            self.error.show_message(self.tr("Dit is de laatste stap: de status kan niet verder."))
            ok.setEnabled(False)
        self.status.setFocus()

    def apply(self) -> bool:
        value = self.status.currentData()
        if value is None:
            return False
        try:
            changes = self.service.set_status(
                self.measure_id, MeasureStatus(value), from_qdate(self.on.date()) or date.today()
            )
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return False
        publish(changes)
        self.accept()
        return True


class MeasuresTab(RegisterTab):
    kinds = ("measure", "risk_analysis", "person")
    first_sort = "title"
    descending = False

    def __init__(self, analyses: RiskAnalysisService | None = None, parent: QWidget | None = None) -> None:
        label = QCoreApplication.translate("MeasuresTab", "&Nieuwe maatregel…")
        super().__init__(MEASURE, "measures", label, MeasureDraft, MeasureQuery(), parent)
        self.model.nobody = self.tr("organisatie")
        self.analyses = analyses
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("measures_status")
        self.status_filter.addItem(self.tr("alle statussen"), "")
        for value, text in MeasureStatus.choices():
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        status_label = QLabel(self.tr("Stat&us:"))
        status_label.setBuddy(self.status_filter)
        self.filters.addWidget(status_label)
        self.filters.addWidget(self.status_filter, 1)
        self.status_button = self.button(
            self.tr("&Status wijzigen…"), "measures_set_status", self.change_status
        )
        self.toolbar.insertWidget(2, self.status_button)
        self.controls += [self.status_button, self.status_filter]
        self.set_enabled(False)

    def attach_analyses(self, analyses: RiskAnalysisService) -> None:
        self.analyses = analyses

    def query(self) -> MeasureQuery:
        return MeasureQuery(status=self.status_filter.currentData() or "", text=self.search.text())

    def change_status(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.service is None:
            return
        dlg = StatusDialog(self.service, record_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def sources(self) -> Sources:
        analyses = self.analyses
        return Sources(
            vocabulary=lambda name: (
                analyses.choices() if analyses is not None and name == "risk_analysis" else []
            ),
            people=lambda _kinds: analyses.person_choices() if analyses is not None else [],
        )

    def new_title(self) -> str:
        return self.tr("Nieuwe maatregel")

    def title_of(self, draft: Any) -> str:
        return self.tr("Maatregel: {title}").format(title=draft.title)

    def dialog(self, record_id: int | None) -> RecordDialog:
        dlg = super().dialog(record_id)
        if record_id is not None:
            history = QListWidget()
            history.setObjectName("measure_history")
            for step in self.service.history(record_id):
                history.addItem(f"{format_date(step.on)} — {step.status.label}")
            history.setMaximumHeight(110)
            label = QLabel(
                self.tr("Status: {status}. &Verloop (wijzigen met ‘Status wijzigen…’ in de lijst):").format(
                    status=MeasureStatus(dlg.base.status).label
                )
            )
            label.setBuddy(history)
            dlg.extra.addWidget(label)
            dlg.extra.addWidget(history)
        return dlg
