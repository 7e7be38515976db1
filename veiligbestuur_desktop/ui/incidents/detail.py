"""The incident's detail view: facts, the nine-item handling checklist, follow-up tracks, attachments,
the timeline, and the report (Voorbeeld, Afdrukken…, Opslaan als…) generated off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.attachments import MAX_BYTES, VIEWABLE_IMAGES, human_size
from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.fields import format_datetime
from veiligbestuur_desktop.domain.incidents import (
    CLOSED_STATUSES,
    INCIDENT,
    CheckItem,
    PerpetratorType,
    Track,
    aangifte_warnings,
    escalation_advice,
)
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.incident_report import IncidentReportService
from veiligbestuur_desktop.services.incidents import (
    AttachmentInfo,
    FollowUpView,
    IncidentDetail,
    IncidentService,
)
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.records import Changes, Created
from veiligbestuur_desktop.ui.incidents.close_dialog import CloseIncidentDialog
from veiligbestuur_desktop.ui.incidents.follow_up import FollowUpEditor, NewFollowUpDialog
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.list_model import RowListModel
from veiligbestuur_desktop.ui.kit.widgets import DateEdit, from_qdate, to_qdate
from veiligbestuur_desktop.ui.kit.worker import run_task

Index = QModelIndex | QPersistentModelIndex


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")


class FollowUpModel(RowListModel[FollowUpView]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Spoor")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Onderdeel")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Verantwoordelijke")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Termijn")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Status")),
    )

    def cell(self, f: FollowUpView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            state = {"overdue": self.tr(" (verlopen)"), "due": self.tr(" (nu aan de beurt)")}.get(f.state, "")
            return [f.track.label, f.title, f.owner, format_date(f.deadline) + state, f.status.label][column]
        if role == Qt.ItemDataRole.ForegroundRole and f.state == "overdue" and column == 3:
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.BackgroundRole and f.state == "due" and column == 3:
            return theme.background_brush(theme.Role.WARNING)
        return None


class AttachmentDropArea(QLabel):
    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(48)
        theme.set_notice(self, theme.Role.MUTED, padding=8, dashed=True)
        self.setText(
            self.tr("Sleep bestanden hierheen om ze als bijlage toe te voegen (max. 25 MB per bestand)")
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.dropped.emit(paths)
            event.acceptProposedAction()


class AttachmentModel(RowListModel[AttachmentInfo]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AttachmentModel", "Bestand")),
        str(QT_TRANSLATE_NOOP("AttachmentModel", "Grootte")),
        str(QT_TRANSLATE_NOOP("AttachmentModel", "Toegevoegd")),
        str(QT_TRANSLATE_NOOP("AttachmentModel", "SHA-256")),
    )

    def cell(self, a: AttachmentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            added = format_datetime(a.added_at)
            return [a.filename, human_size(a.size), added, a.sha256][column]
        return None


class IncidentDetailDialog(QDialog):
    """Reloads itself from the change bus whenever a published change touches this incident."""

    def __init__(
        self,
        incidents: IncidentService,
        persons: PersonService,
        incident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDetail")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.incidents = incidents
        self.persons = persons
        self.attachments = AttachmentService(incidents.ws)
        self.reports = IncidentReportService(incidents.ws)
        self.incident_id = incident_id
        self.detail: IncidentDetail | None = None
        self.resize(1100, 780)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.escalation = QLabel()
        self.escalation.setWordWrap(True)
        theme.set_notice(self.escalation, theme.Role.ERROR, padding=8)
        self.tabs = QTabWidget()

        # facts
        self.facts = QTextBrowser()
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        self.edit_button.clicked.connect(self.edit)
        self.close_button = QPushButton(self.tr("Af&sluiten…"))
        self.close_button.setObjectName("closeIncident")
        self.close_button.setAutoDefault(False)  # Enter in the dialog never starts closing the incident
        self.close_button.setToolTip(
            self.tr("Het incident afsluiten; opvolging die nog open staat kunt u daarbij op ‘n.v.t.’ zetten")
        )
        self.close_button.clicked.connect(self.close_incident)
        facts_page = QWidget()
        fl = QVBoxLayout(facts_page)
        fl.addWidget(self.facts, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.edit_button)
        fl.addLayout(row)
        self.tabs.addTab(facts_page, self.tr("&Feiten"))

        # checklist
        check_page = QWidget()
        grid = QGridLayout(check_page)
        self.check_boxes: dict[str, QCheckBox] = {}
        self.check_dates: dict[str, DateEdit] = {}
        self.check_by: dict[str, QLabel] = {}
        for i, item in enumerate(CheckItem):
            box = QCheckBox(item.label)
            box.setObjectName(f"check_{item.value}")
            when = DateEdit()  # one Tab past it: a ticked row costs Space and Tab
            when.setObjectName(f"check_{item.value}_date")
            when.setMaximumDate(to_qdate(date.today()))
            when.setAccessibleName(self.tr("Datum: {item}").format(item=item.label))
            by = QLabel()
            box.toggled.connect(lambda on, code=item.value: self._tick(code, on))
            # saved when the date is left, not at every typed digit (each save is an audit entry)
            when.editingFinished.connect(lambda code=item.value: self._redate(code))
            grid.addWidget(box, i, 0)
            grid.addWidget(when, i, 1)
            grid.addWidget(by, i, 2)
            self.check_boxes[item.value] = box
            self.check_dates[item.value] = when
            self.check_by[item.value] = by
        grid.setRowStretch(len(CheckItem), 1)
        grid.setColumnStretch(2, 1)
        self.tabs.addTab(check_page, self.tr("Af&handeling"))

        # follow-ups
        self.fu_model = FollowUpModel(self)
        self.fu_view = QTableView()
        self.fu_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.fu_view.setObjectName("followUps")
        self.fu_view.setModel(self.fu_model)
        self.fu_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fu_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fu_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fu_view.doubleClicked.connect(lambda idx: self.edit_follow_up(idx.row()))
        self.fu_edit = QPushButton(self.tr("Opvolging &wijzigen…"))
        self.fu_edit.clicked.connect(lambda: self.edit_follow_up(self.fu_view.currentIndex().row()))
        self.fu_add = QPushButton(self.tr("Opvolging &toevoegen…"))
        self.fu_add.setObjectName("addFollowUp")
        self.fu_add.clicked.connect(self.add_follow_up)
        self.ela = QLabel()  # what the aangifte track asks attention for (outside the ELA, no VPT code)
        self.ela.setObjectName("elaWarnings")
        self.ela.setWordWrap(True)
        theme.set_notice(self.ela, theme.Role.WARNING)
        fu_page = QWidget()
        ful = QVBoxLayout(fu_page)
        ful.addWidget(self.ela)
        ful.addWidget(self.fu_view, 1)
        # sanctions are records of the person (step 3, Sancties); the incident shows the ones that name it
        self.sanctions = QLabel()
        self.sanctions.setObjectName("incidentSanctions")
        self.sanctions.setWordWrap(True)
        self.sanctions.setTextFormat(Qt.TextFormat.PlainText)
        ful.addWidget(self.sanctions)
        r2 = QHBoxLayout()
        r2.addWidget(
            QLabel(
                self.tr(
                    "Dubbelklik op een regel om verantwoordelijke, termijn, status en gegevens (zoals het PV-nummer) "
                    "vast te leggen."
                )
            )
        )
        r2.addStretch(1)
        r2.addWidget(self.fu_add)
        r2.addWidget(self.fu_edit)
        ful.addLayout(r2)
        self.tabs.addTab(fu_page, self.tr("&Opvolging"))

        # attachments
        self.att_model = AttachmentModel(self)
        self.att_view = QTableView()
        self.att_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.att_view.setObjectName("attachments")
        self.att_view.setModel(self.att_model)
        self.att_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.att_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.att_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.att_view.doubleClicked.connect(lambda idx: self.view_attachment(idx.row()))
        self.drop = AttachmentDropArea()
        self.drop.dropped.connect(self.add_files)
        add = QPushButton(self.tr("&Toevoegen…"))
        add.clicked.connect(self.choose_files)
        view = QPushButton(self.tr("Be&kijken"))
        view.clicked.connect(lambda: self.view_attachment(self.att_view.currentIndex().row()))
        export = QPushButton(self.tr("Opslaan &als…"))
        export.clicked.connect(lambda: self.export_attachment(self.att_view.currentIndex().row()))
        remove = QPushButton(self.tr("&Verwijderen"))
        remove.clicked.connect(lambda: self.remove_attachment(self.att_view.currentIndex().row()))
        att_page = QWidget()
        al = QVBoxLayout(att_page)
        al.addWidget(self.att_view, 1)
        al.addWidget(self.drop)
        r3 = QHBoxLayout()
        for b in (add, view, export, remove):
            r3.addWidget(b)
        r3.addStretch(1)
        al.addLayout(r3)
        self.tabs.addTab(att_page, self.tr("B&ijlagen"))

        # timeline
        self.timeline = QTextBrowser()
        self.tabs.addTab(self.timeline, self.tr("Tij&dlijn"))

        # report
        self.pseudonymise = QCheckBox(self.tr("gepseudonimiseerd (initialen)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optioneel PDF-wachtwoord"))
        self.preview_button = QPushButton(self.tr("&Voorbeeld"))
        self.print_button = QPushButton(self.tr("Af&drukken…"))
        self.save_button = QPushButton(self.tr("Rapport op&slaan als…"))
        self.preview_button.clicked.connect(lambda: self.report("preview"))
        self.print_button.clicked.connect(lambda: self.report("print"))
        self.save_button.clicked.connect(lambda: self.report("export"))
        report_row = QHBoxLayout()
        report_row.addWidget(QLabel(self.tr("Incidentrapport:")))
        report_row.addWidget(self.pseudonymise)
        report_row.addWidget(self.password)
        report_row.addStretch(1)
        for b in (self.preview_button, self.print_button, self.save_button):
            report_row.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.escalation)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(report_row)
        layout.addWidget(close)
        self.reload()
        subscribe(self, ("incident",), self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches_record("incident", self.incident_id) and not self.incidents.ws.locked:
            self.reload()

    # --- loading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        d = self.detail = self.incidents.detail(self.incident_id)
        dr = d.draft
        self.setWindowTitle(self.tr("Incident {n}").format(n=d.number))
        incident, severity = self.tr("Incident"), self.tr("ernst")
        self.header.setText(
            f"<h2>{incident} {d.number}</h2>"
            f"{format_date(dr.occurred_on)} · {_html(dr.status.label)} · {_html(', '.join(label for _c, label in d.categories))}"
            f" · {severity} {dr.severity_level}"
        )
        if d.escalation_advised:
            numbers = " · ".join(f"{_html(name)}: <b>{_html(num)}</b>" for name, num in d.contacts)
            self.escalation.setText(f"<b>{_html(escalation_advice())}</b><br>{numbers}")
        self.escalation.setVisible(d.escalation_advised)
        aimed_at = self.tr("gericht op")
        victims = "".join(
            f"<li>{_html(v.name)} — {_html(v.description)}; {aimed_at} {_html(v.aimed_at.label)}</li>"
            for v in d.victims
        )
        labels: dict[str, Mapping[Any, str]] = {
            "categories": dict(d.categories),
            "victims": {v.person_id: v.name for v in d.victims},
            "perpetrator_id": {dr.perpetrator_id: d.perpetrator_name} if dr.perpetrator_id else {},
        }
        # the facts come from the declared field list (domain.incidents.INCIDENT), like the report's
        rows = INCIDENT.facts(dr, labels, skip=("victims",), empty="—")
        texts = INCIDENT.facts(dr, labels, long_text=True)
        table = "".join(f"<tr><td><b>{_html(k)}</b></td><td>{_html(v)}</td></tr>" for k, v in rows)
        victims_heading = self.tr("Slachtoffers")
        self.facts.setHtml(
            f"<table cellpadding='3'>{table}</table><h3>{victims_heading}</h3><ul>{victims}</ul>"
            + "".join(f"<h3>{_html(label)}</h3><p>{_html(text)}</p>" for label, text in texts)
        )
        for code, box in self.check_boxes.items():
            box.blockSignals(True)
            self.check_dates[code].blockSignals(True)
            done = d.checks.get(code)
            box.setChecked(done is not None)
            self.check_dates[code].setDate(to_qdate(done[0] if done else date.today()))
            self.check_dates[code].setEnabled(done is not None)
            self.check_by[code].setText(self.tr("door {who}").format(who=done[1]) if done else "")
            box.blockSignals(False)
            self.check_dates[code].blockSignals(False)
        warnings = list(
            dict.fromkeys(
                w
                for f in d.follow_ups
                if f.track == Track.AANGIFTE
                for w in aangifte_warnings(f.details, dr.perpetrator_type)
            )
        )
        self.ela.setText("<br>".join(f"⚠ {_html(w)}" for w in warnings))
        self.ela.setVisible(bool(warnings))
        self.close_button.setEnabled(dr.status not in CLOSED_STATUSES)
        self.fu_model.set_rows(list(d.follow_ups))
        self._show_sanctions()
        self.fu_view.resizeColumnsToContents()
        self.fu_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.att_model.set_rows(list(d.attachments))
        self.att_view.resizeColumnsToContents()
        self.att_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.setHtml(
            "<table cellpadding='3'>"
            + "".join(
                f"<tr><td>{format_datetime(e.at)}</td><td>{_html(e.what)}</td><td>{_html(e.by)}</td></tr>"
                for e in d.events
            )
            + "</table>"
        )

    def _run(self, fn: Callable[[], Changes | Created | None]) -> bool:
        """A use case; its changes go on the bus (this view reloads from there, like every other)."""
        try:
            changes = fn()
        except UserFacingError as exc:
            messages.show_error(self, exc)
            self.reload()
            return False
        publish(changes.changes if isinstance(changes, Created) else changes)
        return True

    # --- actions ------------------------------------------------------------------------------------------

    def edit(self) -> None:
        from veiligbestuur_desktop.ui.incidents.form import IncidentForm

        form = IncidentForm(self.incidents, self.persons, self.incident_id, self)
        form.open()  # it publishes what it saved

    def _tick(self, code: str, on: bool) -> None:
        when = from_qdate(self.check_dates[code].date()) if on else None
        self._run(lambda: self.incidents.set_check(self.incident_id, CheckItem(code), when))

    def _redate(self, code: str) -> None:
        if not self.check_boxes[code].isChecked() or self.detail is None:
            return
        stored = self.detail.checks.get(code)
        if stored is None or stored[0] != from_qdate(self.check_dates[code].date()):
            self._tick(code, True)

    def _perpetrator_type(self) -> PerpetratorType | None:
        return self.detail.draft.perpetrator_type if self.detail is not None else None

    def _show_sanctions(self) -> None:
        from veiligbestuur_desktop.services.sanctions import SanctionService

        views = SanctionService(self.incidents.ws).for_incident(self.incident_id)
        if not views:
            self.sanctions.setText(
                self.tr("Sancties (stap 3): geen sanctie vastgelegd die naar dit incident verwijst.")
            )
            return
        lines = [
            self.tr("{step} — {person}, {status}{when}").format(
                step=v.step_title,
                person=v.person_name,
                status=v.draft.status.label,
                when=f", {format_date(v.draft.decided_on)}" if v.draft.decided_on else "",
            )
            for v in views
        ]
        self.sanctions.setText(self.tr("Sancties (stap 3):") + "\n" + "\n".join(lines))

    def edit_follow_up(self, row: int) -> None:
        if not 0 <= row < len(self.fu_model.rows):
            return
        editor = FollowUpEditor(
            self.fu_model.rows[row],
            self.incidents.update_follow_up,
            self,
            self._perpetrator_type(),
            {"type": self.incidents.sanction_choices()},
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    def add_follow_up(self) -> None:
        """A follow-up of the coordinator's own, of any kind (it publishes what it saved)."""
        incident_id = self.incident_id
        dialog = NewFollowUpDialog(
            lambda track, draft: self.incidents.add_follow_up(incident_id, track, draft),
            self,
            self._perpetrator_type(),
            {"type": self.incidents.sanction_choices()},
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def close_incident(self) -> None:
        """Close; open follow-ups can be set to n.v.t. in the same step (the dialog asks which)."""
        if self.detail is not None and self.detail.draft.status in CLOSED_STATUSES:
            messages.show_info(self, self.tr("Dit incident is al afgesloten."))
            return
        dialog = CloseIncidentDialog(self.incidents, self.incident_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Bijlage toevoegen"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        for p in paths:
            path = Path(p)
            try:
                size = path.stat().st_size
                if size > MAX_BYTES:
                    raise ValidationError(
                        self.tr("{name} is te groot ({size}). Een bijlage mag hoogstens 25 MB zijn.").format(
                            name=path.name, size=human_size(size)
                        )
                    )
                data = path.read_bytes()
            except OSError as exc:
                messages.show_error(
                    self,
                    self.tr("{name} kan niet worden gelezen ({err}).").format(
                        name=path.name, err=exc.strerror
                    ),
                )
                continue
            except ValidationError as exc:
                messages.show_error(self, exc)
                continue
            self._run(partial(self.attachments.add, self.incident_id, path.name, data))
        self.tabs.setCurrentIndex(3)

    def _attachment(self, row: int) -> Any:
        return self.att_model.rows[row] if 0 <= row < len(self.att_model.rows) else None

    def view_attachment(self, row: int) -> None:
        from veiligbestuur_desktop.ui.kit.viewers import ImageViewer, PdfPreviewDialog

        a = self._attachment(row)
        if a is None:
            return
        try:
            name, mime, data = self.attachments.content(a.id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        if mime in VIEWABLE_IMAGES:
            ImageViewer(data, name, self).exec()
        elif mime == "application/pdf":
            PdfPreviewDialog(data, name, name, self).exec()
        else:
            messages.show_info(
                self, self.tr("Dit bestand kan niet in de applicatie worden getoond. Gebruik ‘Opslaan als…’.")
            )

    def export_attachment(self, row: int) -> None:
        from veiligbestuur_desktop.ui.kit.viewers import save_bytes_as

        a = self._attachment(row)
        if a is None:
            return
        if not messages.ask(
            self,
            self.tr("De bijlage wordt onversleuteld opgeslagen op de plek die u kiest. Doorgaan?"),
            self.tr("Bijlage opslaan"),
        ):
            return
        name, data = self.attachments.export(a.id)
        save_bytes_as(self, data, name, self.tr("Alle bestanden (*)"))

    def remove_attachment(self, row: int) -> None:
        a = self._attachment(row)
        if a is None:
            return
        if messages.ask(
            self, self.tr("Bijlage ‘{n}’ verwijderen?").format(n=a.filename), self.tr("Verwijderen")
        ):
            self._run(lambda: self.attachments.delete(a.id))

    def report(self, purpose: str) -> None:
        from veiligbestuur_desktop.ui.kit import viewers
        from veiligbestuur_desktop.ui.kit.viewers import PdfPreviewDialog

        assert self.detail is not None
        number = self.detail.number
        pseudo = self.pseudonymise.isChecked()
        password = self.password.text() or None
        reports = self.reports
        incident_id = self.incident_id

        def done(pdf: bytes) -> None:
            name = f"incident-{number}{'-pseudoniem' if pseudo else ''}.pdf"
            if purpose == "preview":
                dlg = PdfPreviewDialog(
                    pdf,
                    self.tr("Voorbeeld incidentrapport {n}").format(n=number),
                    name,
                    self,
                    on_print=lambda: (
                        reports.render(incident_id, pseudonymise=pseudo, purpose="print") and None
                    ),
                    on_save=lambda: self._record(incident_id, pseudo, "export"),
                )
                dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dlg.open()
            elif purpose == "print":
                doc, _buf = viewers.load_pdf(pdf, self)
                viewers.print_pdf(self, doc)
            else:
                viewers.save_bytes_as(self, pdf, name, self.tr("PDF-bestanden (*.pdf)"))

        run_task(
            self,
            self.tr("Rapport wordt gemaakt…"),
            lambda: reports.render(incident_id, pseudonymise=pseudo, password=password, purpose=purpose),
            on_done=done,
            on_error=lambda exc: messages.show_error(self, exc) if isinstance(exc, UserFacingError) else None,
        )

    def _record(self, incident_id: int, pseudo: bool, purpose: str) -> None:
        self.incidents.record_report(incident_id, purpose, pseudo)
