"""Exports, the calendar, retention and purge, inzage, the processing register and the regional statistics
(issue 14). Files are made off the GUI thread and written only where the user chooses (save_bytes_as refuses
the data dir)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.retention import RetentionRule
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.calendar_export import CalendarService
from veiligbestuur_desktop.services.exporter import ExportService, exports
from veiligbestuur_desktop.services.inzage import InzageService
from veiligbestuur_desktop.services.records import Changes
from veiligbestuur_desktop.services.regional_stats import RegionalStatsService
from veiligbestuur_desktop.services.retention import DueRecord, PurgeResult, RetentionService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.documents import open_document
from veiligbestuur_desktop.ui.kit.viewers import save_bytes_as
from veiligbestuur_desktop.ui.kit.worker import run_task

FILTERS = {".xlsx": "Excel-werkmap (*.xlsx)", ".csv": "CSV, puntkomma gescheiden (*.csv)"}


def _reenable(button: QPushButton) -> Callable[[BaseException], bool]:
    """An on_error for run_task: the button works again; a Dutch message is shown (a bug by the worker)."""

    def on_error(exc: BaseException) -> bool:
        button.setEnabled(True)
        if isinstance(exc, UserFacingError):
            messages.show_error(button.window(), exc)
            return True
        return False

    return on_error


class ExportDialog(QDialog):
    """Exporteren…: a register, a format, pseudonymised or not; then 'Opslaan als'."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exporteren"))
        self.service = ExportService(ws)
        self.data_dir = ws.vault.paths.data_dir
        self.register = QComboBox()
        self.register.setObjectName("register")
        for name, spec in exports().items():
            self.register.addItem(QCoreApplication.translate("exchange", spec.title), name)
        self.format = QComboBox()
        self.format.setObjectName("format")
        self.format.addItem(self.tr("Excel (.xlsx)"), ".xlsx")
        self.format.addItem(self.tr("CSV (.csv)"), ".csv")
        self.pseudonymise = QCheckBox(
            self.tr("&Pseudonimiseren (namen vervangen door Persoon 1, Persoon 2, …)")
        )
        self.pseudonymise.setObjectName("pseudonymise")
        note = QLabel(
            self.tr(
                "De kolommen zijn de velden van het register. Het bestand is niet versleuteld: bewaar het alleen "
                "op een veilige plek. De export komt in de audittrail."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Register:"), self.register)
        form.addRow(self.tr("&Formaat:"), self.format)
        form.addRow(self.pseudonymise)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Opslaan als…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("export_save")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.saved: Path | None = None

    def export(self) -> None:
        name, suffix, pseud = (
            self.register.currentData(),
            self.format.currentData(),
            self.pseudonymise.isChecked(),
        )
        self.save_button.setEnabled(False)

        def done(result: tuple[bytes, int]) -> None:
            self.save_button.setEnabled(True)
            data, n = result
            path = save_bytes_as(
                self,
                data,
                ExportService.file_name(name, suffix, pseud),
                FILTERS[suffix],
                forbidden=[self.data_dir],
            )
            if path is not None:
                self.saved = path
                messages.show_info(self, self.tr("{n} rij(en) opgeslagen in {p}.").format(n=n, p=path))
                self.accept()

        run_task(
            self,
            self.tr("Export wordt gemaakt…"),
            lambda: self.service.render(name, suffix, pseud),
            on_done=done,
            on_error=_reenable(self.save_button),
        )


def export_calendar(parent: QWidget, ws: Workspace) -> None:
    """Agenda exporteren…: the deadlines as .ics, without personal data."""
    service = CalendarService(ws)

    def done(result: tuple[bytes, int]) -> None:
        data, n = result
        path = save_bytes_as(
            parent,
            data,
            f"termijnen-{date.today().isoformat()}.ics",
            QCoreApplication.translate("ExportDialog", "Agenda (*.ics)"),
            forbidden=[ws.vault.paths.data_dir],
        )
        if path is not None:
            messages.show_info(
                parent,
                QCoreApplication.translate(
                    "ExportDialog",
                    "{n} termijn(en) opgeslagen in {p}. De afspraken noemen het incidentnummer en de soort "
                    "opvolging, geen namen.",
                ).format(n=n, p=path),
            )

    run_task(
        parent,
        QCoreApplication.translate("ExportDialog", "Agenda wordt gemaakt…"),
        lambda: service.render(),
        on_done=done,
    )


def export_stats(parent: QWidget, ws: Workspace) -> None:
    """Statistiek voor de regio…: the counts as CSV, small numbers as '<5'."""
    service = RegionalStatsService(ws)

    def done(result: tuple[bytes, int]) -> None:
        data, n = result
        path = save_bytes_as(
            parent,
            data,
            f"statistiek-regio-{date.today().isoformat()}.csv",
            FILTERS[".csv"],
            forbidden=[ws.vault.paths.data_dir],
        )
        if path is not None:
            messages.show_info(
                parent,
                QCoreApplication.translate(
                    "ExportDialog",
                    "{n} regel(s) opgeslagen in {p}: aantallen per jaar, categorie, kanaal en ernst, zonder namen; "
                    "aantallen onder de 5 als ‘<5’.",
                ).format(n=n, p=path),
            )

    run_task(
        parent,
        QCoreApplication.translate("ExportDialog", "Statistiek wordt gemaakt…"),
        lambda: service.render(),
        on_done=done,
    )


class RetentionDialog(QDialog):
    """Bewaartermijnen en opschonen…: the rules (editable), the records due, the purge."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Bewaartermijnen en opschonen"))
        self.resize(980, 640)
        self.service = RetentionService(ws)
        self.today = today or date.today()
        tabs = QTabWidget()
        # the rules
        rules_page = QWidget()
        self.rules = QTableWidget(0, 4)
        self.rules.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.rules.setObjectName("rules")
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Gegevens"), self.tr("Jaren"), self.tr("Vanaf"), self.tr("Grondslag")]
        )
        self.rules.verticalHeader().hide()
        self.rules.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        save_rules = QPushButton(self.tr("Termijnen op&slaan"))
        save_rules.setObjectName("save_rules")
        save_rules.clicked.connect(self.save_rules)
        rl = QVBoxLayout(rules_page)
        rl.addWidget(self.rules, 1)
        rl.addWidget(save_rules, 0, Qt.AlignmentFlag.AlignRight)
        # what is due
        due_page = QWidget()
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.due = QTableWidget(0, 4)
        self.due.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.due.setObjectName("due")
        self.due.setHorizontalHeaderLabels(
            [self.tr("Opschonen"), self.tr("Gegeven"), self.tr("Soort"), self.tr("Termijn voorbij sinds")]
        )
        self.due.verticalHeader().hide()
        self.due.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.purge_button = QPushButton(self.tr("Gekozen gegevens &definitief opschonen…"))
        self.purge_button.setObjectName("purge")
        self.purge_button.clicked.connect(self.purge)
        self.result_label = QLabel()
        self.result_label.setObjectName("purge_result")
        self.result_label.setWordWrap(True)
        self.remove_backups = QPushButton(self.tr("Oudere back-ups &verwijderen"))
        self.remove_backups.setObjectName("remove_backups")
        self.remove_backups.setVisible(False)
        self.remove_backups.clicked.connect(self._remove_backups)
        dl = QVBoxLayout(due_page)
        dl.addWidget(self.due_label)
        dl.addWidget(self.due, 1)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.remove_backups)
        row.addWidget(self.purge_button)
        dl.addLayout(row)
        tabs.addTab(due_page, self.tr("&Aan de beurt"))
        tabs.addTab(rules_page, self.tr("&Termijnen"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close)
        self.records: list[DueRecord] = []
        self.old: list[Path] = []
        self.load()

    def load(self) -> None:
        rules = self.service.rules()
        self.rules.setRowCount(len(rules))
        self._rules = rules
        for n, r in enumerate(rules):
            self.rules.setItem(n, 0, QTableWidgetItem(QCoreApplication.translate("retention", r.label)))
            spin = QSpinBox()
            spin.setObjectName(f"years_{r.kind}")
            spin.setRange(1, 30)
            spin.setValue(r.years)
            self.rules.setCellWidget(n, 1, spin)
            self.rules.setItem(n, 2, QTableWidgetItem(QCoreApplication.translate("retention", r.after)))
            basis = QLineEdit(r.basis)
            basis.setObjectName(f"basis_{r.kind}")
            basis.setToolTip(r.basis)
            self.rules.setCellWidget(n, 3, basis)
            for col in (0, 2):
                cell = self.rules.item(n, col)
                if cell is not None:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.rules.resizeColumnsToContents()
        self.rules.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.load_due()

    def load_due(self) -> None:
        self.records = self.service.due(self.today)
        self.due.setRowCount(len(self.records))
        labels = {r.kind: QCoreApplication.translate("retention", r.label) for r in self._rules}
        for n, rec in enumerate(self.records):
            box = QTableWidgetItem()
            box.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            box.setCheckState(Qt.CheckState.Checked)
            self.due.setItem(n, 0, box)
            what = self.tr("incident {n}").format(n=rec.label) if rec.kind == "incident" else rec.label
            self.due.setItem(n, 1, QTableWidgetItem(what))
            self.due.setItem(n, 2, QTableWidgetItem(labels.get(rec.rule, rec.rule)))
            self.due.setItem(n, 3, QTableWidgetItem(format_date(rec.since)))
        self.due.resizeColumnsToContents()
        self.due.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_label.setText(
            self.tr(
                "{n} gegeven(s) zijn over hun bewaartermijn heen. Opschonen haalt de persoonsgegevens er definitief "
                "uit: een incident wordt geanonimiseerd (jaar, categorie, ernst en kanaal blijven voor de "
                "jaarcijfers), een persoon wordt verwijderd. Daarna wordt de kluis gecomprimeerd en een nieuwe "
                "back-up gemaakt."
            ).format(n=len(self.records))
            if self.records
            else self.tr("Er zijn geen gegevens waarvan de bewaartermijn voorbij is.")
        )
        self.purge_button.setEnabled(bool(self.records))

    def save_rules(self) -> None:
        changed = 0
        try:
            for n, rule in enumerate(self._rules):
                spin = self.rules.cellWidget(n, 1)
                basis = self.rules.cellWidget(n, 3)
                assert isinstance(spin, QSpinBox) and isinstance(basis, QLineEdit)
                new = RetentionRule(rule.kind, rule.label, rule.after, spin.value(), basis.text())
                changed += bool(self.service.save_rule(new))
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("{n} bewaartermijn(en) gewijzigd.").format(n=changed))
        self.load()

    def chosen(self) -> list[DueRecord]:
        return [
            rec
            for n, rec in enumerate(self.records)
            if (item := self.due.item(n, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def purge(self) -> None:
        chosen = self.chosen()
        if not chosen:
            messages.show_error(self, self.tr("Vink eerst aan welke gegevens worden opgeschoond."))
            return
        if not messages.ask(
            self,
            self.tr(
                "{n} gegeven(s) definitief opschonen? Dit kan niet ongedaan worden gemaakt: ook de app kan de "
                "gegevens daarna niet meer terughalen."
            ).format(n=len(chosen)),
            self.tr("Definitief opschonen"),
            yes=self.tr("Opschonen"),
            no=self.tr("Annuleren"),
        ):
            return
        incidents = [r.id for r in chosen if r.kind == "incident"]
        people = [r.id for r in chosen if r.kind == "person"]
        self.purge_button.setEnabled(False)
        today = self.today
        run_task(
            self,
            self.tr("Gegevens worden opgeschoond…"),
            lambda progress: self.service.purge(incidents, people, today, progress),
            on_done=self._purged,
            on_error=_reenable(self.purge_button),
            with_progress=True,
        )

    def _purged(self, result: PurgeResult) -> None:
        text = self.tr("Opgeschoond: {i} incident(en) geanonimiseerd, {p} perso(o)n(en) verwijderd.").format(
            i=result.incidents, p=result.people
        )
        if result.backup_problem:
            text += " " + result.backup_problem
        elif result.new_backup is not None:
            text += " " + self.tr("Nieuwe back-up gemaakt.")
        self.old = result.old_backups
        if self.old:
            text += " " + self.tr(
                "Deze oudere automatische back-ups bevatten de opgeschoonde gegevens nog: {names}."
            ).format(names=", ".join(p.name for p in self.old))
        text += " " + self.tr(
            "Back-ups die u zelf elders bewaart (bijvoorbeeld op een USB-stick) bevatten ze ook nog: vervang die "
            "door een nieuwe back-up."
        )
        self.result_label.setText(text)
        self.remove_backups.setVisible(bool(self.old))
        publish(Changes(frozenset({"incident", "person"})))
        self.load_due()

    def _remove_backups(self) -> None:
        if not self.old or not messages.ask(
            self,
            self.tr(
                "{n} oudere back-up(s) verwijderen? Daarmee verdwijnen ook de opgeschoonde gegevens uit de back-ups."
            ).format(n=len(self.old)),
            self.tr("Back-ups verwijderen"),
            yes=self.tr("Verwijderen"),
            no=self.tr("Annuleren"),
        ):
            return
        try:
            n = self.service.remove_backups(self.old)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self.old = []
        self.remove_backups.setVisible(False)
        self.result_label.setText(
            self.result_label.text() + " " + self.tr("{n} back-up(s) verwijderd.").format(n=n)
        )


class InzageDialog(QDialog):
    """Inzageverzoek…: choose the person, preview the PDF, or save PDF, JSON and CSV in a folder."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inzageDialog")
        self.setWindowTitle(self.tr("Inzageverzoek (AVG art. 15)"))
        self.ws = ws
        self.service = InzageService(ws)
        self.person = QComboBox()
        self.person.setObjectName("person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, name, kind in self.service.people():
            self.person.addItem(f"{name} ({kind})", pid)
        note = QLabel(
            self.tr(
                "Het overzicht bevat alles wat de kluis over deze persoon bevat: persoonsgegevens, incidenten als "
                "slachtoffer of dader, opvolging, contacten en bijlagen (genoemd). Namen van anderen worden "
                "vervangen door ‘Persoon 1’, ‘Persoon 2’, …"
            )
        )
        note.setWordWrap(True)
        preview = QPushButton(self.tr("&Voorbeeld (PDF)"))
        preview.setObjectName("inzage_preview")
        preview.clicked.connect(self.preview)
        save = QPushButton(self.tr("&Opslaan als PDF, JSON en CSV…"))
        save.setObjectName("inzage_save")
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addWidget(save)
        row.addStretch(1)
        row.addWidget(close)
        form = QFormLayout()
        form.addRow(self.tr("&Persoon:"), self.person)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(row)
        self.written: list[Path] = []

    def preview(self) -> None:
        pid = self.person.currentData()
        if pid is not None:
            open_document(self, self.ws, "inzage", int(pid))

    def save(self, folder: str | None = None) -> None:
        pid = self.person.currentData()
        if pid is None:
            return
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Map voor het inzageoverzicht"))
        if not folder:
            return

        def done(paths: list[Path]) -> None:
            self.written = paths
            messages.show_info(
                self, self.tr("Opgeslagen: {files}").format(files=", ".join(p.name for p in paths))
            )

        run_task(
            self,
            self.tr("Inzageoverzicht wordt gemaakt…"),
            lambda: self.service.export(int(pid), Path(folder)),
            on_done=done,
        )


class ProcessingRegisterDialog(QDialog):
    """Verwerkingsregister…: the texts (editable, saved in the vault) and the printed document."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processingRegisterDialog")
        self.setWindowTitle(self.tr("Verwerkingsregister"))
        self.resize(820, 720)
        self.ws = ws
        self.service = RetentionService(ws)
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        for key, heading, text in self.service.processing_register():
            edit = QPlainTextEdit(text)
            edit.setObjectName(f"register_{key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            form.addRow(QLabel(QCoreApplication.translate("retention", heading)), edit)
            self.edits[key] = edit
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Op&slaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("register_save")
        show = buttons.addButton(self.tr("&Afdrukken / voorbeeld…"), QDialogButtonBox.ButtonRole.ActionRole)
        show.setObjectName("register_print")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        save.clicked.connect(self.save)
        show.clicked.connect(lambda: open_document(self, self.ws, "verwerkingsregister"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            self.service.save_processing_register({k: e.toPlainText() for k, e in self.edits.items()})
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return False
        messages.show_info(self, self.tr("Het verwerkingsregister is opgeslagen."))
        return True
