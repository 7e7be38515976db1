"""Step 7 — Controleren op uitvoering en effectiviteit: tabs Evaluaties, Termijnherijking and Jaarevaluatie;
the step's checklist is folded away below them (its items show what the records evidence)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from veiligbestuur_desktop.services.annual import AnnualService
from veiligbestuur_desktop.services.evaluation import EvaluationService, TermReviewService
from veiligbestuur_desktop.ui.evaluation.annual import AnnualPanel
from veiligbestuur_desktop.ui.evaluation.evaluations import EvaluationsPanel
from veiligbestuur_desktop.ui.evaluation.term_review import TermReviewPanel
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, register_page


@register_page(7)
class EvaluationStepPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def main_panel(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("evaluationTabs")
        self.evaluations = EvaluationsPanel()
        self.term_review = TermReviewPanel()
        self.annual = AnnualPanel()
        self.tabs.addTab(self.evaluations, self.tr("&Evaluaties"))
        self.tabs.addTab(self.term_review, self.tr("&Termijnherijking"))
        self.tabs.addTab(self.annual, self.tr("&Jaarevaluatie"))
        # what step 7's checklist evidences changes with these records: the open items follow
        subscribe(self, ("incident_evaluation", "term_review"), lambda _c: self.changed.emit())
        return self.tabs

    def attach(self, services: PageServices) -> None:
        super().attach(services)
        ws = services.workspace
        self.evaluations.load(EvaluationService(ws))
        self.term_review.load(TermReviewService(ws))
        self.annual.load(AnnualService(ws))

    def clear(self) -> None:
        super().clear()
        self.evaluations.clear()
        self.term_review.clear()
        self.annual.clear()
