"""The main window: Overzicht plus the seven step tabs, menus with standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QTabWidget, QWidget

from veiligbestuur_desktop import __version__
from veiligbestuur_desktop.domain.steps import STEPS
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.incidents.register import IncidentRegister
from veiligbestuur_desktop.ui.kit import messages, settings
from veiligbestuur_desktop.ui.persons.dialog import PersonsDialog
from veiligbestuur_desktop.ui.steps.overview import OverviewPage
from veiligbestuur_desktop.ui.steps.step_page import StepPage
from veiligbestuur_desktop.ui.steps.todo_panel import TodoPanel


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    restore_requested = Signal()
    settings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.plan: PlanService | None = None
        self.municipality = ""
        self.setWindowTitle("VeiligBestuur")
        self.resize(1280, 820)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage()
        self.overview.navigate.connect(self.show_step)
        self.tabs.addTab(self.overview, self.tr("Overzicht"))
        self.step_pages: list[StepPage] = []
        for step in STEPS:
            page = StepPage(step)
            page.changed.connect(self.refresh_overview)
            self.step_pages.append(page)
            self.tabs.addTab(page, f"&{step.number} {step.tab_label}")
            self.tabs.setTabToolTip(step.number, step.title)
        self.setCentralWidget(self.tabs)

        # step 6: the incident register below the step's checklist; Overzicht: what is due
        self.incidents: IncidentService | None = None
        self.persons: PersonService | None = None
        self.register = IncidentRegister()
        self.step_page(6).extension_layout().addWidget(self.register)
        self.step_page(6).splitter.setSizes([260, 740])
        self.register.changed.connect(self.refresh_overview)
        self.todo = TodoPanel()
        self.overview.extension_layout().addWidget(self.todo)
        self.todo.open_incident.connect(self.open_incident)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()

    # --- menus -------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.new_incident_action = QAction(self.tr("&Nieuw incident…"), self)
        self.new_incident_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_incident_action.triggered.connect(self.new_incident)
        self.file_menu.addAction(self.new_incident_action)
        self.persons_action = QAction(self.tr("&Personen…"), self)
        self.persons_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.persons_action.triggered.connect(self.show_persons)
        self.file_menu.addAction(self.persons_action)
        self.file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back-up maken…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.make_backup)
        self.file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Herstellen…"), self)
        self.restore_action.triggered.connect(self.restore_requested.emit)
        self.file_menu.addAction(self.restore_action)
        self.slots_action = QAction(self.tr("&Sleutels beheren…"), self)
        self.slots_action.triggered.connect(self.show_slots)
        self.file_menu.addAction(self.slots_action)
        self.settings_action = QAction(self.tr("&Instellingen…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu(self.tr("Be&eld"))
        overview_action = QAction(self.tr("&Overzicht"), self)
        overview_action.setShortcut(QKeySequence("Ctrl+0"))
        overview_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.view_menu.addAction(overview_action)
        for step in STEPS:
            action = QAction(self.tr("Stap {n}: {title}").format(n=step.number, title=step.tab_label), self)
            action.setShortcut(QKeySequence(f"Ctrl+{step.number}"))
            action.triggered.connect(lambda _=False, n=step.number: self.show_step(n))
            self.view_menu.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over VeiligBestuur"), self)
        about.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def show_about(self) -> None:
        text = self.tr(
            "<h3>VeiligBestuur Desktop {version}</h3>"
            "<p>Registratie en opvolging van agressie, bedreiging en geweld tegen politieke ambtsdragers, "
            "volgens het Stappenplan beveiliging lokale bestuurders (NGB, Wethoudersvereniging, NCTV, VNG).</p>"
            "<p>Alle gegevens staan versleuteld op deze werkplek.</p>"
        ).format(version=__version__)
        messages.show_about(self, text, self.tr("Over VeiligBestuur"))

    # --- content -----------------------------------------------------------------------------------------

    def open_workspace(self, ws: Workspace) -> None:
        self.workspace = ws
        self.plan = PlanService(ws)
        self.incidents = IncidentService(ws)
        self.persons = PersonService(ws)
        self.register.load(self.incidents, self.persons)
        info = ws.info()
        self.municipality = info.municipality
        self.setWindowTitle(self.tr("VeiligBestuur — {municipality}").format(municipality=info.municipality))
        self.status_label.setText(self.tr("Ingelogd met sleutel: {slot}").format(slot=info.slot_name))
        self.reload()
        last = settings.LAST_TAB.get()
        self.tabs.setCurrentIndex(last if 0 <= last < self.tabs.count() else 0)

    def reload(self) -> None:
        if self.plan is None:
            return
        states = self.plan.states()
        for page in self.step_pages:
            page.load(self.plan, states)
        self.refresh_overview()

    def refresh_overview(self) -> None:
        if self.plan is None:
            return
        self.overview.show_overview(self.municipality, self.plan.overview())
        if self.incidents is not None:
            self.todo.load(self.incidents)

    def new_incident(self) -> None:
        if self.incidents is None:
            return
        self.show_step(6)
        self.register.new_incident()

    def open_incident(self, incident_id: int) -> None:
        self.show_step(6)
        self.register.open_incident(incident_id)

    def make_backup(self) -> None:
        from veiligbestuur_desktop.ui.vault.vault_dialogs import make_backup

        if self.workspace is not None:
            make_backup(self, self.workspace)

    def show_slots(self) -> None:
        from veiligbestuur_desktop.ui.vault.vault_dialogs import SlotsDialog

        if self.workspace is not None:
            dlg = SlotsDialog(self.workspace, self)
            dlg.open()

    def show_settings(self) -> None:
        from veiligbestuur_desktop.ui.vault.vault_dialogs import SettingsDialog

        if self.workspace is not None:
            dlg = SettingsDialog(self.workspace, self)
            dlg.accepted.connect(self.settings_changed.emit)
            dlg.open()

    def show_persons(self) -> None:
        if self.persons is None:
            return
        dlg = PersonsDialog(self.persons, self)
        dlg.finished.connect(lambda _r: self.register.refresh())
        dlg.open()

    def show_step(self, number: int) -> None:
        self.tabs.setCurrentIndex(number)

    def step_page(self, number: int) -> StepPage:
        return self.step_pages[number - 1]

    def _open_forms(self) -> list[QDialog]:
        from veiligbestuur_desktop.ui.incidents.form import IncidentForm

        return [f for f in self.findChildren(IncidentForm) if f.isVisible() and f.is_dirty()]

    def has_unsaved_edit(self) -> bool:
        return any(p.has_unsaved_edit for p in self.step_pages) or bool(self._open_forms())

    def apply_pending(self) -> bool:
        """Save every open edit that is valid; returns False when one of them could not be saved."""
        ok = all([p.apply() for p in self.step_pages])
        for form in self._open_forms():
            form.save()  # type: ignore[attr-defined]
            ok = ok and not form.isVisible()
        return ok

    def discard_pending(self) -> None:
        for p in self.step_pages:
            if p.has_unsaved_edit:
                p.discard()

    def clear(self) -> None:
        """Forget every bit of content (used when locking)."""
        for dialog in self.findChildren(QDialog):  # forms, details, previews: nothing stays readable
            dialog.reject()
            dialog.deleteLater()
        self.workspace = None
        self.plan = None
        self.incidents = None
        self.persons = None
        self.register.clear()
        self.todo.clear()
        self.municipality = ""
        self.setWindowTitle("VeiligBestuur")
        self.status_label.setText("")
        self.overview.clear()
        for page in self.step_pages:
            page.clear()

    def save_ui_state(self) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.LAST_TAB.set(self.tabs.currentIndex())

    def restore_ui_state(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.quit_requested.emit()
