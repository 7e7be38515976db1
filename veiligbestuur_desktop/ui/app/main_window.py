"""The main window: Overzicht plus the seven step tabs, menus with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from functools import partial
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from veiligbestuur_desktop import __version__
from veiligbestuur_desktop.domain.rules import PlanItemState, is_overdue
from veiligbestuur_desktop.domain.steps import STEPS
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import Evidence, PlanService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.incidents.register import IncidentRegister
from veiligbestuur_desktop.ui.kit import messages, settings, theme
from veiligbestuur_desktop.ui.kit.viewers import HelpWindow
from veiligbestuur_desktop.ui.persons.dialog import PersonsDialog
from veiligbestuur_desktop.ui.steps.overview import OverviewPage
from veiligbestuur_desktop.ui.steps.step_6_incidents import IncidentsStepPage
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, create_page, is_open
from veiligbestuur_desktop.ui.steps.todo_panel import TodoData, TodoPanel


def first_open_item(states: dict[str, PlanItemState], today: date | None = None) -> tuple[int, int] | None:
    """(step, row) of the item to do next: the longest overdue one, else the first open one in step order."""
    today = today or date.today()
    overdue: list[tuple[date, int, int]] = []
    first: tuple[int, int] | None = None
    for step in STEPS:
        for row, item in enumerate(step.items):
            st = states.get(item.code, PlanItemState(item.code))
            if is_overdue(st, today) and st.due_date is not None:
                overdue.append((st.due_date, step.number, row))
            if first is None and is_open(st, today):
                first = (step.number, row)
    if overdue:
        _due, step_number, row = min(overdue)
        return step_number, row
    return first


P = TypeVar("P", bound=StepPage)

# After the window is painted, the pages not shown yet load their registers one per event-loop turn.
ATTACH_DELAY_MS = 400
ATTACH_STEP_MS = 30


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    restore_requested = Signal()
    settings_changed = Signal()

    def __init__(self, parent: QWidget | None = None, build_pages: bool = True) -> None:
        """`build_pages=False`: the step pages are added later, one per `build_next_page()` call (the controller
        builds them between keystrokes while the passphrase is typed, or after the overview is painted); a page
        that is asked for (`show_step`, `step_page`, the last tab shown) is built at once."""
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.plan: PlanService | None = None
        self.incidents: IncidentService | None = None
        self.persons: PersonService | None = None
        # pages whose registers are loaded only once they are first shown (or soon after the window is painted)
        self._page_services: PageServices | None = None
        self._unattached: list[StepPage] = []
        # the checklist as last read (states, evidence) and what is open per item: for a page built after it
        self._loaded: tuple[dict[str, PlanItemState], dict[str, Evidence]] | None = None
        self._open_states: dict[str, PlanItemState] | None = None
        self.municipality = ""
        self.setWindowTitle("VeiligBestuur")
        self.resize(1280, 820)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage()
        self.overview.navigate.connect(self.show_step)
        self.overview.next_open_requested.connect(self.next_open_item)
        self.overview.open_item.connect(self.show_item)
        self.tabs.addTab(self.overview, self.tr("Overzicht"))
        self.step_pages: list[StepPage] = []
        # every step has its tab from the start; an empty widget holds it until the page is built
        for step in STEPS:
            self.tabs.addTab(QWidget(), f"&{step.number} {step.tab_label}")
            self.tabs.setTabToolTip(step.number, step.title)
        self.setCentralWidget(self.tabs)

        self.todo = TodoPanel()
        self.overview.extension_layout().addWidget(self.todo)
        self.todo.open_incident.connect(self.open_incident)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.help_window: HelpWindow | None = None
        self._build_menus()
        theme.name_views_on_show()  # screen readers: the lists and tables of every dialog get a name
        self.menu_letters = {theme.mnemonic_letter(a.text()) or "" for a in self.menuBar().actions()} - {""}
        theme.keep_menu_letters(self.overview, self.menu_letters)  # Alt+B opens Bestand on every page
        self.tabs.currentChanged.connect(  # again for a text a page changed meanwhile (a toggle's label)
            lambda _i: theme.keep_menu_letters(self.tabs.currentWidget(), self.menu_letters)
        )
        self.tabs.currentChanged.connect(lambda _i: self._attach_current())
        if build_pages:
            self.build_all_pages()

    def build_next_page(self) -> bool:
        """Add the next step's page (in step order); False once every step has its page."""
        if len(self.step_pages) == len(STEPS):
            return False
        step = STEPS[len(self.step_pages)]
        page = create_page(step)  # each step declares its own page (registers, panels, checklist)
        page.changed.connect(lambda: self.refresh_overview())
        page.navigate.connect(self.tabs.setCurrentIndex)
        self.step_pages.append(page)
        self._take_place(step.number, page)
        theme.keep_menu_letters(page, self.menu_letters)
        if self.isVisible():  # built after the window was shown: what the theme does at a window's first show
            theme.name_views(page)
            theme.order_button_boxes(page)
        if self.plan is not None and self._loaded is not None:  # the vault is open already
            page.load(self.plan, *self._loaded)
            if self._open_states is not None:
                page.show_open(self._open_states)
            self._unattached.append(page)
        return len(self.step_pages) < len(STEPS)

    def _take_place(self, index: int, page: StepPage) -> None:
        """Put `page` in its tab instead of the empty widget that held it; the tab shown stays shown."""
        holder = self.tabs.widget(index)
        text, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # the same tab is current before and after
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, text)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if holder is not None:
            holder.deleteLater()

    def build_all_pages(self) -> None:
        self.build_pages_to(len(STEPS))

    def build_pages_to(self, number: int) -> None:
        """Every step's page up to step `number`."""
        while len(self.step_pages) < number and self.build_next_page():
            pass

    @property
    def pages_complete(self) -> bool:
        return len(self.step_pages) == len(STEPS)

    def _incidents_page(self) -> IncidentsStepPage:
        self.build_all_pages()
        page = next(p for p in self.step_pages if isinstance(p, IncidentsStepPage))
        return page

    @property
    def register(self) -> IncidentRegister:
        """The register of step 6 (it serves "Nieuw incident" and the to-do list on Overzicht), loaded."""
        return self.attach_page(self._incidents_page()).register

    # --- menus -------------------------------------------------------------------------------------------

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        std = QKeySequence.StandardKey

        self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_incident_action = self._action(
            self.file_menu, self.tr("&Nieuw incident…"), self.new_incident, QKeySequence(std.New)
        )
        self.file_menu.addSeparator()
        self.import_action = self._action(self.file_menu, self.tr("&Importeren…"), self.show_import)
        self.export_action = self._action(self.file_menu, self.tr("&Exporteren…"), self.show_export)
        self.calendar_action = self._action(
            self.file_menu, self.tr("A&genda exporteren…"), self.export_calendar
        )
        self.file_menu.addSeparator()
        self.backup_action = self._action(
            self.file_menu, self.tr("&Back-up maken…"), self.make_backup, "Ctrl+Shift+B"
        )
        self.restore_action = self._action(
            self.file_menu, self.tr("&Herstellen…"), self.restore_requested.emit
        )
        self.slots_action = self._action(self.file_menu, self.tr("&Wachtwoorden beheren…"), self.show_slots)
        self.file_menu.addSeparator()
        self.lock_action = self._action(
            self.file_menu, self.tr("&Vergrendelen"), self.lock_requested.emit, "Ctrl+L"
        )
        self.quit_action = self._action(
            self.file_menu, self.tr("&Afsluiten"), self.quit_requested.emit, "Ctrl+Q"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.persons_action = self._action(
            self.edit_menu, self.tr("&Personen…"), self.show_persons, "Ctrl+Shift+P"
        )
        self.edit_menu.addSeparator()  # privacy (issue 14)
        self.retention_action = self._action(
            self.edit_menu, self.tr("&Bewaartermijnen en opschonen…"), self.show_retention
        )
        self.inzage_action = self._action(self.edit_menu, self.tr("In&zageverzoek…"), self.show_inzage)
        self.register_action = self._action(
            self.edit_menu, self.tr("Verwerkings&register…"), self.show_processing_register
        )
        self.stats_action = self._action(
            self.edit_menu, self.tr("&Statistiek voor de regio…"), self.export_regional_stats
        )
        self.edit_menu.addSeparator()
        self.settings_action = self._action(
            self.edit_menu, self.tr("&Instellingen…"), self.show_settings, "Ctrl+,"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.view_menu = bar.addMenu(self.tr("Be&eld"))
        self._action(self.view_menu, self.tr("&Overzicht"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+0")
        for step in STEPS:
            self._action(
                self.view_menu,
                self.tr("Stap &{n}: {title}").format(n=step.number, title=step.tab_label),
                partial(self.show_step, step.number),
                f"Ctrl+{step.number}",
            )
        self.view_menu.addSeparator()
        self.previous_step_action = self._action(
            self.view_menu, self.tr("&Vorige stap"), self.previous_step, "Ctrl+PgUp"
        )
        self.next_step_action = self._action(
            self.view_menu, self.tr("V&olgende stap"), self.next_step, "Ctrl+PgDown"
        )
        self.next_open_action = self._action(
            self.view_menu, self.tr("Volgende open &punt"), self.next_open_item, "Ctrl+J"
        )
        self.view_menu.addSeparator()
        self._build_language_menu()

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(
            self.help_menu, self.tr("&Handleiding"), self.show_help, QKeySequence(std.HelpContents)
        )
        self.help_menu.addSeparator()
        about = self._action(self.help_menu, self.tr("&Over VeiligBestuur"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_language_menu(self) -> None:
        """Beeld > Taal: follow the system, Dutch or English; stored in QSettings, used at the next start."""
        from veiligbestuur_desktop.ui.app.start import LANGUAGE

        self.language_menu = self.view_menu.addMenu(self.tr("&Taal"))
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        current = LANGUAGE.get()
        # the languages' own names, as every program lists them; "Systeem" follows the operating system
        for code, text in (("", self.tr("&Systeem")), ("nl", "&Nederlands"), ("en", "&English")):
            action = QAction(text, self)
            action.setObjectName(f"language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current or (code == "" and current not in ("nl", "en")))
            action.triggered.connect(partial(self.choose_language, code))
            group.addAction(action)
            self.language_menu.addAction(action)

    def choose_language(self, code: str, _checked: bool = False) -> None:
        from veiligbestuur_desktop.ui.app.start import LANGUAGE

        if code == LANGUAGE.get():
            return
        LANGUAGE.set(code)
        # in both languages: the new choice applies only after a restart, the old one is still on screen
        messages.show_info(
            self,
            "De taal verandert als u VeiligBestuur opnieuw start.\n"
            "The language changes when you restart VeiligBestuur.",
        )

    # --- moving through the plan ---------------------------------------------------------------------------

    def previous_step(self) -> None:
        self.tabs.setCurrentIndex(max(self.tabs.currentIndex() - 1, 0))

    def next_step(self) -> None:
        self.tabs.setCurrentIndex(min(self.tabs.currentIndex() + 1, self.tabs.count() - 1))

    def next_open_item(self) -> None:
        """Go to the first open item anywhere in the plan: overdue first (longest overdue), then in step order."""
        if self.plan is None:
            return
        target = first_open_item(self.plan.effective_states())
        if target is None:
            self.statusBar().showMessage(self.tr("Er staat niets meer open in het stappenplan."), 8000)
            return
        step, row = target
        self.show_step(step)
        self.step_page(step).select_row(row)

    def show_item(self, code: str) -> None:
        """Select checklist item `code` on its step's tab."""
        self.build_all_pages()
        for page in self.step_pages:
            for row, item in enumerate(page.step.items):
                if item.code == code:
                    self.show_step(page.step.number)
                    page.select_row(row)
                    return

    def show_help(self) -> None:
        """F1: the user guide, on the page of the tab that is open."""
        current = self.tabs.currentWidget()
        page = current.help_page() if isinstance(current, StepPage) else "start"
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show_page(page)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

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
        # Fast unlock: only the page on screen loads its registers now; the others when they are first shown, or
        # one by one once the window is painted (at 100,000 incidents loading all of them costs a second).
        self._page_services = PageServices(ws, self.plan, self.incidents, self.persons)
        self._unattached = list(self.step_pages)
        info = ws.info()
        self.municipality = info.municipality
        self.setWindowTitle(self.tr("VeiligBestuur — {municipality}").format(municipality=info.municipality))
        self.status_label.setText(self.tr("Aangemeld als: {slot}").format(slot=info.slot_name))
        # the to-do list is read in a second thread while this one counts the checklist (both wait mostly on
        # SQLCipher, which lets the other thread run)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="todo") as pool:
            self.reload(pool.submit(TodoPanel.fetch, self.incidents))
        last = settings.LAST_TAB.get()
        self.build_pages_to(last)
        self.tabs.setCurrentIndex(last if 0 <= last < self.tabs.count() else 0)
        self._attach_current()
        QTimer.singleShot(ATTACH_DELAY_MS, self._attach_next)

    def attach_page(self, page: P) -> P:
        """Load the page's registers and panels if that has not happened since the vault was opened."""
        services = self._page_services
        if page in self._unattached and services is not None and not services.workspace.locked:
            self._unattached.remove(page)
            page.attach(services)
        return page

    def _attach_current(self) -> None:
        self.build_pages_to(self.tabs.currentIndex())  # a tab chosen before its page was built
        current = self.tabs.currentWidget()
        if isinstance(current, StepPage):
            self.attach_page(current)

    def _attach_next(self) -> None:
        """In the background of the event loop: the next page that has not been shown yet, one per turn. The
        user's focus stays where it is (a register that loads may put the cursor in its form)."""
        if self._unattached and self._page_services is not None and not self._page_services.workspace.locked:
            focused = QApplication.focusWidget()
            self.attach_page(self._unattached[0])
            if focused is not None and QApplication.focusWidget() is not focused:
                focused.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(ATTACH_STEP_MS, self._attach_next)

    def reload(self, todo: Future[TodoData] | None = None) -> None:
        if self.plan is None:
            return
        states = self.plan.states()
        evidence = self.plan.evidence()  # once for the whole window (at 100,000 incidents a query round each)
        self._loaded = (states, evidence)
        for page in self.step_pages:
            page.load(self.plan, states, evidence)
        self.refresh_overview(evidence, todo)

    def refresh_overview(
        self, evidence: dict[str, Evidence] | None = None, todo: Future[TodoData] | None = None
    ) -> None:
        """After a change: the overview, and what is open on every step tab (`todo`: the to-do list, when it is
        being read already)."""
        if self.plan is None:
            return
        if evidence is None:
            evidence = self.plan.evidence()
        today = date.today()
        self.overview.show_overview(
            self.municipality, self.plan.overview(today, evidence), self.plan.due(today, evidence)
        )
        states = self.plan.effective_states(today, evidence)
        self._open_states = states
        for page in self.step_pages:
            page.show_open(states)
        if self.incidents is not None:
            self.todo.load(self.incidents, data=todo.result() if todo is not None else None)

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

    # --- exchange and privacy (issue 14) ------------------------------------------------------------------

    def show_import(self) -> None:
        from veiligbestuur_desktop.ui.exchange.import_wizard import open_import

        if self.workspace is not None:
            open_import(self, self.workspace)

    def show_export(self) -> None:
        from veiligbestuur_desktop.ui.exchange.dialogs import ExportDialog

        if self.workspace is not None:
            dlg = ExportDialog(self.workspace, self)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.open()

    def export_calendar(self) -> None:
        from veiligbestuur_desktop.ui.exchange.dialogs import export_calendar

        if self.workspace is not None:
            export_calendar(self, self.workspace)

    def show_retention(self) -> None:
        from veiligbestuur_desktop.ui.exchange.dialogs import RetentionDialog

        if self.workspace is not None:
            dlg = RetentionDialog(self.workspace, self)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.open()

    def show_inzage(self) -> None:
        from veiligbestuur_desktop.ui.exchange.dialogs import InzageDialog

        if self.workspace is not None:
            dlg = InzageDialog(self.workspace, self)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.open()

    def show_processing_register(self) -> None:
        from veiligbestuur_desktop.ui.exchange.dialogs import ProcessingRegisterDialog

        if self.workspace is not None:
            dlg = ProcessingRegisterDialog(self.workspace, self)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.open()

    def export_regional_stats(self) -> None:
        from veiligbestuur_desktop.ui.exchange.dialogs import export_stats

        if self.workspace is not None:
            export_stats(self, self.workspace)

    def show_step(self, number: int) -> None:
        self.build_pages_to(number)
        self.tabs.setCurrentIndex(number)

    def step_page(self, number: int) -> StepPage:
        self.build_pages_to(number)
        return self.attach_page(self.step_pages[number - 1])

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
        self.help_window = None  # closed with the rest; F1 makes a new one
        self.workspace = None
        self.plan = None
        self.incidents = None
        self.persons = None
        self._page_services = None
        self._unattached = []
        self._loaded = None
        self._open_states = None
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
