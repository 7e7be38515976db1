"""The import wizard: file → column mapping → validation report → category mapping → import.

Reading, checking and writing run off the GUI thread (ui/kit/worker.run_task, with progress). Nothing is
written before the last page's 'Importeren'; the import is one transaction (services.importer).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from veiligbestuur_desktop.domain import exchange as ex
from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.services.importer import (
    KINDS,
    ImportCheck,
    ImportResult,
    ImportService,
    Sheet,
    read_sheet,
)
from veiligbestuur_desktop.services.records import Changes
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.worker import Task, run_task


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Bestand kiezen"))
        self.setSubTitle(
            self.tr(
                "Kies een Excel-bestand (.xlsx) of CSV-bestand met uw oude registratie. Er wordt nog niets "
                "opgeslagen: eerst wordt elke rij gecontroleerd."
            )
        )
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Incidenten"), "incident")
        self.kind.addItem(self.tr("Personen"), "person")
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("bijvoorbeeld C:\\Gegevens\\incidenten 2019-2025.xlsx"))
        browse = QPushButton(self.tr("B&laderen…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.saved = QComboBox()
        self.saved.setObjectName("saved_mapping")
        self.error = QLabel()
        self.error.setObjectName("file_error")
        self.error.setWordWrap(True)
        theme.paint_text(self.error, theme.Role.ERROR)
        form = QFormLayout(self)
        label_kind = QLabel(self.tr("&Wat importeert u?"))
        label_kind.setBuddy(self.kind)
        form.addRow(label_kind, self.kind)
        label_path = QLabel(self.tr("&Bestand:"))
        label_path.setBuddy(self.path)
        form.addRow(label_path, row)
        label_saved = QLabel(self.tr("&Opgeslagen koppeling:"))
        label_saved.setBuddy(self.saved)
        form.addRow(label_saved, self.saved)
        form.addRow(self.error)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_saved())
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def initializePage(self) -> None:
        self._fill_saved()

    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("geen (koppen herkennen)"), None)
        for m in self.w.service.mappings(self.kind.currentData()):
            self.saved.addItem(m.name, m.name)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bestand kiezen"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.error.clear()
        try:
            sheet = read_sheet(Path(self.path.text().strip()))
        except UserFacingError as exc:
            self.error.setText(exc.message)
            return False
        if not sheet.rows:
            self.error.setText(self.tr("Het bestand heeft een kopregel maar geen rijen met gegevens."))
            return False
        self.w.sheet = sheet
        self.w.kind = self.kind.currentData()
        saved = (
            self.w.service.mapping(self.w.kind, self.saved.currentData())
            if self.saved.currentData()
            else None
        )
        self.w.columns = dict(saved.columns) if saved else {}
        self.w.categories = dict(saved.categories) if saved else {}
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Kolommen koppelen"))
        self.setSubTitle(
            self.tr(
                "Gewone Nederlandse kolomkoppen (Datum, Omschrijving, Soort incident, Naam slachtoffer, ...) zijn al "
                "herkend. Kies bij de andere kolommen welk gegeven erin staat, of ‘niet importeren’."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("mapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kolom in het bestand"), self.tr("Gegeven"), self.tr("Voorbeeld")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.name = QLineEdit()
        self.name.setObjectName("mapping_name")
        self.name.setPlaceholderText(self.tr("naam, bijvoorbeeld ‘Excel tot 2025’"))
        save = QPushButton(self.tr("Koppeling op&slaan"))
        save.setObjectName("save_mapping")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Bewaar deze koppeling voor een volgende keer:")))
        row.addWidget(self.name, 1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.combos: list[tuple[str, QComboBox]] = []

    def initializePage(self) -> None:
        sheet = self.w.sheet
        assert sheet is not None
        suggested = self.w.service.suggest(sheet, self.w.kind)
        suggested.update({h: t for h, t in self.w.columns.items() if h in sheet.headers})
        targets = ex.targets(KINDS[self.w.kind])
        self.table.setRowCount(len(sheet.headers))
        self.combos = []
        example = next((r for r in sheet.rows if any(c not in (None, "") for c in r)), [])
        for n, header in enumerate(sheet.headers):
            self.table.setItem(n, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setObjectName(f"map_{n}")
            combo.addItem(self.tr("— niet importeren —"), ex.IGNORE)
            for target, label in targets:
                combo.addItem(label, target)
            index = combo.findData(suggested.get(header, ex.IGNORE))
            combo.setCurrentIndex(max(0, index))
            self.table.setCellWidget(n, 1, combo)
            value = ex.cell_text(example[n]) if n < len(example) else ""
            self.table.setItem(n, 2, QTableWidgetItem(value[:80]))
            self.combos.append((header, combo))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 260)

    def columns(self) -> dict[str, str]:
        return {header: str(combo.currentData()) for header, combo in self.combos}

    def save(self) -> None:
        try:
            self.w.service.save_mapping(self.w.kind, self.name.text(), self.columns(), self.w.categories)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("De koppeling is opgeslagen in de kluis."))

    def validatePage(self) -> bool:
        self.w.columns = self.columns()
        return True


class CheckPage(QWizardPage):
    """Runs the check off the GUI thread and shows the row-by-row report."""

    def __init__(self, wizard: ImportWizard, title: str, subtitle: str, name: str) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels([self.tr("Rij"), self.tr("Kolom"), self.tr("Melding")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.table, 1)
        self.task: Task | None = None

    def initializePage(self) -> None:
        self.w.check_result = None
        self.summary.setText(self.tr("Elke rij wordt gecontroleerd…"))
        self.table.setRowCount(0)
        self.completeChanged.emit()
        sheet, kind, columns, categories = (
            self.w.sheet,
            self.w.kind,
            dict(self.w.columns),
            dict(self.w.categories),
        )
        assert sheet is not None
        service = self.w.service
        self.task = run_task(
            self,
            self.tr("Rijen worden gecontroleerd…"),
            lambda progress: service.check(sheet, kind, columns, categories, progress=progress),
            on_done=self.show_check,
            on_error=self._failed,
            with_progress=True,
        )

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserFacingError):
            self.summary.setText(exc.message)
            return True
        return False

    def show_check(self, check: ImportCheck) -> None:
        self.w.check_result = check
        issues = sorted(check.issues, key=lambda i: (i.row, i.warning, i.column))
        self.table.setRowCount(len(issues))
        for n, issue in enumerate(issues):
            for col, value in enumerate((str(issue.row), issue.column, issue.message)):
                item = QTableWidgetItem(value)
                item.setForeground(theme.brush(theme.Role.WARNING if issue.warning else theme.Role.ERROR))
                if col == 0:  # not by colour alone: an icon and the kind in words
                    item.setIcon(theme.warning_icon() if issue.warning else theme.error_icon())
                    kind = self.tr("waarschuwing") if issue.warning else self.tr("fout")
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, kind)
                    item.setToolTip(kind)
                if col == 2:
                    item.setToolTip(value)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.summary.setText(summary_text(self, check))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.check_result is not None


def summary_text(widget: QWidget, check: ImportCheck) -> str:
    text = QCoreApplication.translate(
        "CheckPage",
        "{total} rij(en) gelezen: {ok} goed, {bad} met fouten, {dup} dubbel, {empty} leeg overgeslagen.",
    ).format(
        total=check.total,
        ok=len(check.plans) - len(check.duplicates),
        bad=len(check.invalid_rows),
        dup=len(check.duplicates),
        empty=check.empty_rows,
    )
    if check.unknown_categories:
        text += " " + QCoreApplication.translate(
            "CheckPage", "{n} onbekende categorie(ën): koppel ze op de volgende pagina."
        ).format(n=len(check.unknown_categories))
    return text


class CategoryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Categorieën koppelen"))
        self.setSubTitle(
            self.tr(
                "Kies bij elke tekst uit het bestand welke categorie het is: eerst de onbekende, dan de voorstellen "
                "(herkend aan een woord; controleer ze). Bewaar de kolommen en deze keuzes met ‘Koppeling opslaan’."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("categories")
        self.table.setHorizontalHeaderLabels(
            [self.tr("In het bestand"), self.tr("Rijen"), self.tr("Categorie")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.none = QLabel(self.tr("Alle categorieën zijn herkend."))
        self.none.setObjectName("categories_none")
        self.name = QLineEdit()
        self.name.setObjectName("category_mapping_name")
        self.name.setPlaceholderText(self.tr("naam, bijvoorbeeld ‘Excel tot 2025’"))
        save = QPushButton(self.tr("Koppeling op&slaan"))
        save.setObjectName("save_category_mapping")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Bewaar de koppeling:")))
        row.addWidget(self.name, 1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.combos: list[tuple[str, QComboBox]] = []

    def chosen(self) -> dict[str, str]:
        out = dict(self.w.categories)
        out.update({text: str(combo.currentData()) for text, combo in self.combos if combo.currentData()})
        return out

    def save(self) -> None:
        try:
            self.w.service.save_mapping(self.w.kind, self.name.text(), self.w.columns, self.chosen())
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("De koppeling is opgeslagen in de kluis."))

    def initializePage(self) -> None:
        if not self.name.text():
            self.name.setText(self.w.mapping_page.name.text())
        check = self.w.check_result
        unknown = sorted(check.unknown_categories.items()) if check else []
        guesses = sorted(check.category_guesses.items()) if check else []
        entries = [
            (text, ", ".join(str(r) for r in rows[:8]) + (" …" if len(rows) > 8 else ""), "")
            for text, rows in unknown
        ]
        entries += [(text, self.tr("voorstel"), code) for text, code in guesses]
        vocab = self.w.service.categories()
        self.table.setRowCount(len(entries))
        self.combos = []
        for n, (text, rows_text, guess) in enumerate(entries):
            self.table.setItem(n, 0, QTableWidgetItem(text))
            self.table.setItem(n, 1, QTableWidgetItem(rows_text))
            combo = QComboBox()
            combo.setObjectName(f"category_{n}")
            combo.addItem(self.tr("— kies een categorie —"), "")
            for code, label in vocab:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(self.w.categories.get(text, guess))))
            if guess:
                combo.setToolTip(
                    self.tr("Voorgesteld op grond van een woord in de tekst; pas aan als het niet klopt.")
                )
            self.table.setCellWidget(n, 2, combo)
            self.combos.append((text, combo))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.none.setVisible(not entries)
        self.table.setVisible(bool(entries))

    def validatePage(self) -> bool:
        self.w.categories = self.chosen()
        return True


class RunPage(CheckPage):
    """The check again with the chosen categories, then 'Importeren' in one transaction."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            QCoreApplication.translate("RunPage", "Importeren"),
            QCoreApplication.translate(
                "RunPage",
                "Controleer de laatste meldingen. Rijen met fouten worden niet geïmporteerd; dubbele alleen als u "
                "dat aangeeft. Het importeren gebeurt in één keer: afbreken laat niets achter.",
            ),
            "final_report",
        )
        self.skip_invalid = QCheckBox(self.tr("Rijen met fouten &overslaan en de goede rijen importeren"))
        self.skip_invalid.setObjectName("skip_invalid")
        self.confirm_duplicates = QCheckBox(self.tr("Ook de &dubbele rijen importeren"))
        self.confirm_duplicates.setObjectName("confirm_duplicates")
        self.button = QPushButton(self.tr("&Importeren"))
        self.button.setObjectName("import_button")
        self.button.clicked.connect(self.start)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.skip_invalid)
        row.addWidget(self.confirm_duplicates)
        row.addStretch(1)
        row.addWidget(self.button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.result_label)
        self.result: ImportResult | None = None
        self.skip_invalid.toggled.connect(lambda _c: self._enable())

    def initializePage(self) -> None:
        self.result = None
        self.result_label.clear()
        self.button.setEnabled(False)
        super().initializePage()

    def show_check(self, check: ImportCheck) -> None:
        super().show_check(check)
        self._enable()

    def _enable(self) -> None:
        check = self.w.check_result
        can = check is not None and self.result is None and (check.ok or self.skip_invalid.isChecked())
        self.button.setEnabled(bool(can and check and check.plans))

    def start(self) -> None:
        check = self.w.check_result
        if check is None:
            return
        self.button.setEnabled(False)
        service = self.w.service
        skip, confirm = self.skip_invalid.isChecked(), self.confirm_duplicates.isChecked()
        self.result_label.setText(self.tr("Bezig met importeren…"))
        self.task = run_task(
            self,
            self.tr("Rijen worden geïmporteerd…"),
            lambda progress: service.run(
                check, confirm_duplicates=confirm, skip_invalid=skip, progress=progress
            ),
            on_done=self.done,
            on_error=self._import_failed,
            with_progress=True,
        )

    def _import_failed(self, exc: BaseException) -> bool:
        self._enable()
        if isinstance(exc, UserFacingError):
            self.result_label.setText(exc.message)
            return True
        self.result_label.setText(self.tr("Er is niets geïmporteerd."))
        return False

    def done(self, result: ImportResult) -> None:
        self.result = result
        if self.w.kind == "incident":
            text = self.tr("Geïmporteerd: {i} incident(en) en {p} nieuwe perso(o)n(en).").format(
                i=result.incidents, p=result.people
            )
        else:
            text = self.tr("Geïmporteerd: {p} perso(o)n(en).").format(p=result.people)
        if result.skipped_invalid:
            text += " " + self.tr("Overgeslagen wegens fouten: rij {rows}.").format(
                rows=", ".join(str(r) for r in result.skipped_invalid[:30])
            )
        if result.skipped_duplicates:
            text += " " + self.tr("Overgeslagen als dubbel: rij {rows}.").format(
                rows=", ".join(str(r) for r in result.skipped_duplicates[:30])
            )
        self.result_label.setText(text)
        publish(Changes(frozenset({"incident", "person"})))
        self.w.button(QWizard.WizardButton.CancelButton).setEnabled(False)  # done: only 'Sluiten' remains
        self._enable()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None


class ImportWizard(QWizard):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Importeren"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(1000, 680)
        self.service = ImportService(ws)
        self.sheet: Sheet | None = None
        self.kind = "incident"
        self.columns: dict[str, str] = {}
        self.categories: dict[str, str] = {}
        self.check_result: ImportCheck | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(
            self,
            self.tr("Controle per rij"),
            self.tr(
                "Elke rij is gecontroleerd; er is nog niets opgeslagen. Rood: deze rij wordt niet geïmporteerd tot "
                "de fout is verbeterd. Bruin: ter informatie (een nieuwe persoon, een dubbele rij)."
            ),
            "report",
        )
        self.category_page = CategoryPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.category_page, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sluiten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def reject(self) -> None:
        for page in (self.check_page, self.run_page):
            if page.task is not None and page.task.running:
                page.task.cancel()  # a running import stops at its next progress report and rolls back
        super().reject()


def open_import(parent: QWidget, ws: Workspace) -> ImportWizard:
    wizard = ImportWizard(ws, parent)
    wizard.open()
    return wizard


__all__ = ["ImportWizard", "open_import"]
