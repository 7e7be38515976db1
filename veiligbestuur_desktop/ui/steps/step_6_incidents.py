"""Step 6 — Handelen bij incidenten en bedreigingen: the incident register is the tab's main content; the
step's checklist is folded away below it (its items follow the incident data)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from veiligbestuur_desktop.ui.incidents.register import IncidentRegister
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, register_page


@register_page(6)
class IncidentsStepPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def main_panel(self) -> QWidget:
        self.register = IncidentRegister()
        self.register.changed.connect(self.changed.emit)
        return self.register

    def attach(self, services: PageServices) -> None:
        super().attach(services)
        self.register.load(services.incidents, services.persons)

    def clear(self) -> None:
        super().clear()
        self.register.clear()
