"""Mediabeleid: per scenario the woordvoerder and the plaatsvervanger, the standaardlijn and who informs whom —
a table from the declared fields (domain.policy.MEDIA_SCENARIO) and a form dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.policy import MEDIA_SCENARIO, MediaScenarioDraft, Scenario
from veiligbestuur_desktop.services.policy import MediaPolicyService
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.record_form import RecordForm
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import FullTextDelegate, PagedRecordModel
from veiligbestuur_desktop.ui.kit.widgets import CommitDialog

COLUMNS = FieldColumns(MEDIA_SCENARIO)


class ScenarioForm(CommitDialog):
    def __init__(
        self,
        service: MediaPolicyService,
        record_id: int | None,
        base: MediaScenarioDraft,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Save, long_form=True)
        self.service = service
        self.record_id = record_id
        self.setObjectName("media_scenario_form")
        self.setWindowTitle(self.tr("Mediabeleid: scenario"))
        self.fields = RecordForm(MEDIA_SCENARIO)
        self.extra.addWidget(self.fields, 1)
        self.fields.set_draft(base)
        self.resize(720, 560)
        self.fields.focus_field("scenario" if record_id is None else "spokesperson")

    def commit(self) -> None:
        draft = self.fields.draft(MediaScenarioDraft())
        try:
            if self.record_id is None:
                created = self.service.create(draft)
                self.record_id, changes = created.id, created.changes
            else:
                changes = self.service.update(self.record_id, draft)
        except ValidationError as exc:
            self.fields.focus_field(exc.field)
            raise
        publish(changes)


class MediaPolicyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_media")
        self.service: MediaPolicyService | None = None
        self.model = PagedRecordModel(COLUMNS, None, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("media_scenarios")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(FullTextDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _i: self.edit())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_line())
        self.missing = QLabel()
        self.missing.setObjectName("missingScenarios")
        self.missing.setWordWrap(True)
        self.line = QLabel()
        self.line.setObjectName("standardLine")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_notice(self.line, theme.Role.ACCENT)
        self.new_button = QPushButton(self.tr("&Nieuw scenario…"))
        self.new_button.setObjectName("newScenario")
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        self.edit_button.setObjectName("editScenario")
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.setObjectName("deleteScenario")
        for b, slot in (
            (self.new_button, self.new),
            (self.edit_button, self.edit),
            (self.delete_button, self.delete),
        ):
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, s=slot: s())
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.missing)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.line)
        subscribe(self, ("media_scenario",), lambda _c: self.refresh())

    def load(self, service: MediaPolicyService) -> None:
        self.service = service
        self.model.set_service(service)
        self.refresh()

    def clear(self) -> None:
        self.service = None
        self.model.clear()
        self.missing.setText("")
        self.line.setText("")

    def refresh(self) -> None:
        if self.service is None or self.service.ws.locked:
            return
        self.model.refresh()
        missing = self.service.missing_scenarios()
        self.missing.setText(
            self.tr("Nog geen woordvoerder voor: {list}.").format(list=", ".join(s.label for s in missing))
            if missing
            else self.tr("Voor elk scenario is een woordvoerder aangewezen.")
        )
        theme.paint_text(self.missing, theme.Role.ERROR if missing else theme.Role.OK)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self._show_line()

    def current_id(self) -> int | None:
        item = self.model.row_at(self.view.currentIndex().row())
        return item.id if item is not None else None

    def _show_line(self) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            self.line.setText("")
            self.line.setVisible(False)
            return
        d = self.service.get(rid)
        self.line.setVisible(True)
        self.line.setText(
            self.tr("Standaardlijn: {line}").format(line=d.standard_line)
            + ("\n" + self.tr("Wie informeert wie: {who}").format(who=d.informs) if d.informs else "")
        )

    def _open(self, record_id: int | None, base: MediaScenarioDraft) -> None:
        assert self.service is not None
        dlg = ScenarioForm(self.service, record_id, base, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def new(self) -> None:
        if self.service is None:
            return
        missing = self.service.missing_scenarios()
        if not missing:
            messages.show_info(
                self,
                self.tr("Voor elk scenario is het mediabeleid al vastgelegd; kies er een om te wijzigen."),
            )
            return
        self._open(None, MediaScenarioDraft(scenario=missing[0]))

    def edit(self) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            return
        try:
            base = self.service.get(rid)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self._open(rid, base)

    def delete(self) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            return
        d = self.service.get(rid)
        if not messages.ask(
            self, self.tr("Het mediabeleid voor ‘{s}’ verwijderen?").format(s=Scenario(str(d.scenario)).label)
        ):
            return
        try:
            changes = self.service.delete(rid)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
