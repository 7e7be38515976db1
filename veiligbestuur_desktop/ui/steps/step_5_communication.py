"""Step 5 — Actief communiceren: the tabs Communicatie, Contactlog and Slachtoffer geïnformeerd; the step's
checklist is folded away below them."""

from __future__ import annotations

from veiligbestuur_desktop.ui.communication.tabs import CommunicationTab, ContactLogTab, VictimInformedTab
from veiligbestuur_desktop.ui.execution.register import AreaRegister
from veiligbestuur_desktop.ui.execution.tabbed_page import RegisterTabsPage
from veiligbestuur_desktop.ui.steps.step_page import register_page


@register_page(5)
class CommunicationStepPage(RegisterTabsPage):
    def registers_and_labels(self) -> list[tuple[AreaRegister, str]]:
        self.communication_tab = CommunicationTab()
        self.contact_log_tab = ContactLogTab()
        self.victim_informed_tab = VictimInformedTab()
        return [
            (self.communication_tab, self.tr("&Communicatie")),
            (self.contact_log_tab, self.tr("Contact&log")),
            (self.victim_informed_tab, self.tr("&Slachtoffer geïnformeerd")),
        ]
