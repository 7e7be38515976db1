"""Step 2 — Preventieve maatregelen nemen: tabs Risicoanalyses (with the heat map), Maatregelen and Trainingen;
the step's checklist is folded away below them (its items show what the records evidence)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from veiligbestuur_desktop.services.prevention import MeasureService, RiskAnalysisService, TrainingService
from veiligbestuur_desktop.ui.prevention.analyses import AnalysesTab
from veiligbestuur_desktop.ui.prevention.measures import MeasuresTab
from veiligbestuur_desktop.ui.prevention.trainings import TrainingsTab
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, register_page


@register_page(2)
class PreventionStepPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def main_panel(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("prevention_tabs")
        self.analyses = AnalysesTab()
        self.measures = MeasuresTab()
        self.trainings = TrainingsTab()
        self.tabs.addTab(self.analyses, self.tr("&Risicoanalyses"))
        self.tabs.addTab(self.measures, self.tr("&Maatregelen"))
        self.tabs.addTab(self.trainings, self.tr("Tr&ainingen"))
        return self.tabs

    def attach(self, services: PageServices) -> None:
        super().attach(services)
        analyses = RiskAnalysisService(services.workspace)
        self.measures.attach_analyses(analyses)
        self.trainings.people = analyses.person_choices
        self.analyses.attach(analyses)
        self.measures.attach(MeasureService(services.workspace))
        self.trainings.attach(TrainingService(services.workspace))

    def clear(self) -> None:
        super().clear()
        self.analyses.clear()
        self.measures.clear()
        self.trainings.clear()
