"""Evaluaties: the register of incident evaluations and the evaluation form (the declared fields of
domain.evaluation.INCIDENT_EVALUATION); an evaluation's adjustments become action points of step 4."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.evaluation import INCIDENT_EVALUATION, EvaluationDraft, adjustment_lines
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.evaluation import (
    EvaluationQuery,
    EvaluationService,
    actions_available,
)
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.documents import open_document
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import PagedRecordModel
from veiligbestuur_desktop.ui.kit.widgets import (
    DateEdit,
    ErrorLabel,
    enter_does_not_close,
    from_qdate,
    to_qdate,
)

COLUMNS = FieldColumns(
    INCIDENT_EVALUATION, lead=(("number", str(QT_TRANSLATE_NOOP("FieldColumns", "Incident"))),)
)


class EvaluationTableModel(PagedRecordModel):
    """Evaluations, newest first: the incident's number, the date, and the declared columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, EvaluationQuery(), parent)


class EvaluationDialog(QDialog):
    """A new evaluation (of an incident chosen from the closed ones) or an existing one."""

    def __init__(
        self,
        service: EvaluationService,
        evaluation_id: int | None = None,
        incident_id: int | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.evaluation_id = evaluation_id
        self.today = today or date.today()
        self.setObjectName("evaluationDialog")
        self.setWindowTitle(self.tr("Nieuwe evaluatie") if evaluation_id is None else self.tr("Evaluatie"))
        self.resize(760, 640)
        draft = (
            service.get(evaluation_id)
            if evaluation_id is not None
            else service.defaults(incident_id, self.today)
        )
        self._include = draft.incident_id
        self.form = RecordForm(INCIDENT_EVALUATION, Sources(vocabulary=self._vocabulary), self.today)
        self.form.set_draft(draft)
        incident = self.form.widget("incident_id")
        incident.setEnabled(evaluation_id is None)
        self.summary = QLabel()
        self.summary.setObjectName("incidentSummary")
        self.summary.setWordWrap(True)
        theme.paint_text(self.summary, theme.Role.MUTED)
        assert isinstance(incident, QComboBox)
        incident.currentIndexChanged.connect(lambda _i: self._show_incident())
        self._show_incident()
        self.mark = QCheckBox(self.tr("Incident op ‘geëvalueerd’ &zetten"))
        self.mark.setObjectName("markEvaluated")
        self.mark.setChecked(True)
        self.mark.setVisible(evaluation_id is None)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Opslaan"))
        save.setObjectName("saveEvaluation")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.mark)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        enter_does_not_close(self, self.save)
        self._first = "incident_id" if evaluation_id is None and incident_id is None else "went_well"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.focus_field(self._first)  # the first field to fill has the focus when the dialog opens

    def _show_incident(self) -> None:
        """The chosen incident in one line above the form (date, categories, severity, status)."""
        value = self.form.editors["incident_id"].get()
        try:
            self.summary.setText(self.service.incident_summary(int(value)) if value is not None else "")
        except UserFacingError:
            self.summary.setText("")

    def _vocabulary(self, name: str) -> list[tuple[int, str]]:
        if name != "incidents_to_evaluate":
            return []
        out = []
        for c in self.service.incidents_to_evaluate(self._include):
            mark = self.tr(" — al geëvalueerd") if c.evaluated else ""
            out.append((c.id, f"{c.number} ({format_date(c.occurred_on)}){mark}"))
        return out

    def draft(self) -> EvaluationDraft:
        return self.form.draft(EvaluationDraft(None, self.today))  # type: ignore[no-any-return]

    def save(self) -> bool:
        try:
            if self.evaluation_id is None:
                self.evaluation_id, changes = self.service.record(
                    self.draft(), mark_evaluated=self.mark.isChecked(), today=self.today
                )
            else:
                changes = self.service.update(self.evaluation_id, self.draft(), self.today)
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.form.focus_field(getattr(exc, "field", None))
            return False
        publish(changes)
        self.accept()
        return True


class ActionsDialog(QDialog):
    """Choose the adjustments of an evaluation that become action points, with their owner and deadline."""

    def __init__(
        self,
        service: EvaluationService,
        evaluation_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.evaluation_id = evaluation_id
        self.today = today or date.today()
        self.setObjectName("evaluationActions")
        self.setWindowTitle(self.tr("Aanpassingen als actiepunt"))
        self.resize(620, 420)
        draft = service.get(evaluation_id)
        self.lines = QListWidget()
        self.lines.setObjectName("adjustmentLines")
        for line in adjustment_lines(draft.adjustments):
            item = QListWidgetItem(line)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lines.addItem(item)
        self.owner = QLineEdit(service.ws.person)
        self.owner.setObjectName("actionOwner")
        self.deadline = DateEdit()
        self.deadline.setObjectName("actionDeadline")
        self.deadline.setDate(to_qdate(self.today + timedelta(days=28)))
        self.error = ErrorLabel()
        form = QFormLayout()
        owner_label = QLabel(self.tr("&Verantwoordelijke:"))
        owner_label.setBuddy(self.owner)
        deadline_label = QLabel(self.tr("&Uiterlijk:"))
        deadline_label.setBuddy(self.deadline)
        form.addRow(owner_label, self.owner)
        form.addRow(deadline_label, self.deadline)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Actiepunten maken"))
        ok.setObjectName("makeActions")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Vink de aanpassingen aan die een actiepunt in stap 4 worden (spatie vinkt aan of uit).")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.lines, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.lines.setCurrentRow(0)
        self.lines.setFocus()

    def chosen(self) -> list[str]:
        return [
            self.lines.item(i).text()
            for i in range(self.lines.count())
            if self.lines.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> bool:
        try:
            changes = self.service.create_actions(
                self.evaluation_id,
                self.chosen(),
                self.owner.text(),
                from_qdate(self.deadline.date()),
                self.today,
            )
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return False
        publish(changes)
        self.accept()
        return True


class EvaluationsPanel(QWidget):
    """The register of evaluations with Nieuw, Openen, Actiepunten, Afdrukken and Verwijderen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: EvaluationService | None = None
        self.model = EvaluationTableModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("evaluations")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(lambda _i: self.open_selected())
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty = QLabel(
            self.tr("Nog geen evaluaties. Evalueer een afgesloten incident met ‘Nieuwe evaluatie’.")
        )
        self.empty.setObjectName("evaluationsEmpty")

        self.new_button = QPushButton(self.tr("&Nieuwe evaluatie…"))
        self.new_button.setObjectName("newEvaluation")
        self.new_button.clicked.connect(lambda: self.new_evaluation())
        self.open_button = QPushButton(self.tr("&Openen…"))
        self.open_button.clicked.connect(self.open_selected)
        self.actions_button = QPushButton(self.tr("Aanpassingen als &actiepunt…"))
        self.actions_button.setObjectName("evaluationToActions")
        self.actions_button.clicked.connect(self.make_actions)
        self.actions_button.setVisible(actions_available())
        self.print_button = QPushButton(self.tr("&Document…"))
        self.print_button.setObjectName("printEvaluation")
        self.print_button.setToolTip(self.tr("De evaluatie als document (voorbeeld, afdrukken, opslaan)"))
        self.print_button.clicked.connect(self.print_selected)
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.year_box = QComboBox()
        self.year_box.setObjectName("evaluationYear")
        self.year_box.currentIndexChanged.connect(lambda _i: self._filter())
        year_label = QLabel(self.tr("&Jaar:"))
        year_label.setBuddy(self.year_box)
        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.open_button,
            self.actions_button,
            self.print_button,
            self.delete_button,
        ):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(year_label)
        buttons.addWidget(self.year_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        subscribe(self, ("incident_evaluation", "incident"), lambda _c: self.refresh())

    def load(self, service: EvaluationService) -> None:
        self.service = service
        self._fill_years()
        self.model.set_service(service)
        self._update()

    def _fill_years(self) -> None:
        """'alle jaren' and the years with evaluations; the chosen year stays chosen."""
        if self.service is None:
            return
        current = self.year_box.currentData()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("alle jaren"), None)
        for y in self.service.years():
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(max(self.year_box.findData(current), 0))
        self.year_box.blockSignals(False)
        self.model.query = EvaluationQuery(year=self.year_box.currentData())

    def _filter(self) -> None:
        self.model.set_query(EvaluationQuery(year=self.year_box.currentData()))
        self._update()

    def refresh(self) -> None:
        if self.service is None or self.service.ws.locked:
            return
        self._fill_years()
        self.model.refresh()
        self._update()

    def _update(self) -> None:
        has = self.model.rowCount() > 0
        self.view.setVisible(has or self.year_box.currentData() is not None)
        self.empty.setVisible(not has)
        for b in (self.open_button, self.actions_button, self.print_button, self.delete_button):
            b.setEnabled(has)

    def clear(self) -> None:
        self.service = None
        self.model.clear()
        self.year_box.clear()

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def new_evaluation(self, incident_id: int | None = None) -> EvaluationDialog | None:
        if self.service is None:
            return None
        dlg = EvaluationDialog(self.service, None, incident_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def open_selected(self) -> EvaluationDialog | None:
        evaluation_id = self.selected_id()
        if self.service is None or evaluation_id is None:
            return None
        try:
            dlg = EvaluationDialog(self.service, evaluation_id, None, self)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def make_actions(self) -> ActionsDialog | None:
        evaluation_id = self.selected_id()
        if self.service is None or evaluation_id is None:
            return None
        dlg = ActionsDialog(self.service, evaluation_id, self)
        if dlg.lines.count() == 0:
            messages.show_info(
                self,
                self.tr(
                    "Deze evaluatie heeft geen aanpassingen. Vul ze in bij ‘Aanpassingen’ (één per regel)."
                ),
            )
            dlg.deleteLater()
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def print_selected(self) -> None:
        evaluation_id = self.selected_id()
        if self.service is not None and evaluation_id is not None:
            open_document(self, self.service.ws, "incidentevaluatie", evaluation_id)

    def delete_selected(self) -> None:
        evaluation_id = self.selected_id()
        if self.service is None or evaluation_id is None:
            return
        number = self.service.incident_number(evaluation_id)
        if not messages.ask(self, self.tr("De evaluatie van incident {n} verwijderen?").format(n=number)):
            return
        try:
            changes = self.service.delete(evaluation_id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
