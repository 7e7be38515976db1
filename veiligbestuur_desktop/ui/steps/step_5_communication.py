"""Step 5 — Actief communiceren: the tabs Communicatie, Contactlog and Slachtoffer geïnformeerd; the step's
checklist is folded away below them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from veiligbestuur_desktop.ui.communication.tabs import CommunicationTab, ContactLogTab, VictimInformedTab
from veiligbestuur_desktop.ui.execution.register import AreaRegister
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, register_page


@register_page(5)
class CommunicationStepPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def main_panel(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("step5_tabs")
        self.communication_tab = CommunicationTab()
        self.contact_log_tab = ContactLogTab()
        self.victim_informed_tab = VictimInformedTab()
        self.registers: list[AreaRegister] = [
            self.communication_tab,
            self.contact_log_tab,
            self.victim_informed_tab,
        ]
        self.tabs.addTab(self.communication_tab, self.tr("&Communicatie"))
        self.tabs.addTab(self.contact_log_tab, self.tr("Contact&log"))
        self.tabs.addTab(self.victim_informed_tab, self.tr("&Slachtoffer geïnformeerd"))
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
