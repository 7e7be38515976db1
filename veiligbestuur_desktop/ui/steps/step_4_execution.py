"""Step 4 — Maatregelen blijvend uitvoeren: the tabs Actiepunten, Bijeenkomsten, Incidentbesprekingen and
Vermijdingssignalen; the step's checklist is folded away below them."""

from __future__ import annotations

from veiligbestuur_desktop.ui.execution.register import AreaRegister
from veiligbestuur_desktop.ui.execution.tabbed_page import RegisterTabsPage
from veiligbestuur_desktop.ui.execution.tabs import ActionsTab, MeetingsTab, ReviewsTab, SignalsTab
from veiligbestuur_desktop.ui.steps.step_page import register_page


@register_page(4)
class ExecutionStepPage(RegisterTabsPage):
    def registers_and_labels(self) -> list[tuple[AreaRegister, str]]:
        self.actions_tab = ActionsTab()
        self.meetings_tab = MeetingsTab()
        self.reviews_tab = ReviewsTab()
        self.signals_tab = SignalsTab()
        return [
            (self.actions_tab, self.tr("&Actiepunten")),
            (self.meetings_tab, self.tr("&Bijeenkomsten")),
            (self.reviews_tab, self.tr("&Incidentbesprekingen")),
            (self.signals_tab, self.tr("Ver&mijdingssignalen")),
        ]

    def show_late_actions(self) -> None:
        """The overdue action points."""
        self.tabs.setCurrentWidget(self.actions_tab)
        self.actions_tab.show_late()

    def show_action(self, action_id: int) -> None:
        """One action point (from the overview's to-do list), in the list of overdue ones."""
        self.show_late_actions()
        self.actions_tab.load(action_id)
        self.actions_tab.focus_first()
