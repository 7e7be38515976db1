"""Step 4 — Maatregelen blijvend uitvoeren: the tabs Actiepunten, Bijeenkomsten, Incidentbesprekingen and
Vermijdingssignalen; the step's checklist is folded away below them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from veiligbestuur_desktop.ui.execution.register import AreaRegister
from veiligbestuur_desktop.ui.execution.tabs import ActionsTab, MeetingsTab, ReviewsTab, SignalsTab
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, register_page


@register_page(4)
class ExecutionStepPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def main_panel(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("step4_tabs")
        self.actions_tab = ActionsTab()
        self.meetings_tab = MeetingsTab()
        self.reviews_tab = ReviewsTab()
        self.signals_tab = SignalsTab()
        self.registers: list[AreaRegister] = [
            self.actions_tab,
            self.meetings_tab,
            self.reviews_tab,
            self.signals_tab,
        ]
        self.tabs.addTab(self.actions_tab, self.tr("&Actiepunten"))
        self.tabs.addTab(self.meetings_tab, self.tr("&Bijeenkomsten"))
        self.tabs.addTab(self.reviews_tab, self.tr("&Incidentbesprekingen"))
        self.tabs.addTab(self.signals_tab, self.tr("Ver&mijdingssignalen"))
        return self.tabs

    def attach(self, services: PageServices) -> None:
        super().attach(services)
        for register in self.registers:
            register.attach(services.workspace)

    def clear(self) -> None:
        super().clear()
        for register in self.registers:
            register.clear()

    # an edit in one of the registers counts as an unsaved edit of the page (lock, close)
    @property
    def has_unsaved_edit(self) -> bool:
        return super().has_unsaved_edit or any(r.is_dirty() for r in self.registers)

    def apply(self) -> bool:
        ok = super().apply()
        for register in self.registers:
            ok = register.apply() and ok
        return ok

    def discard(self) -> None:
        super().discard()
        for register in self.registers:
            if register.is_dirty():
                register.discard()

    def show_late_actions(self) -> None:
        """The overdue action points."""
        self.tabs.setCurrentWidget(self.actions_tab)
        self.actions_tab.show_late()

    def show_action(self, action_id: int) -> None:
        """One action point (from the overview's to-do list), in the list of overdue ones."""
        self.show_late_actions()
        self.actions_tab.load(action_id)
        self.actions_tab.focus_first()
