"""Step 3 — Voorbereid zijn op incidenten: the tabs Ketenafspraken, Contactkaart, Opvangregeling,
Sanctiebeleid, Sancties, Categorieën and Briefhoofd; the step's checklist is folded away below them (its items
show the records that evidence them, or the gap)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from veiligbestuur_desktop.ui.preparation.panels import (
    CategoriesPanel,
    ContactCardPanel,
    LetterheadPanel,
    OpvangPanel,
    Panel,
)
from veiligbestuur_desktop.ui.preparation.register import RecordRegister
from veiligbestuur_desktop.ui.preparation.registers import AgreementsTab, LadderTab, SanctionsTab
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, register_page


@register_page(3)
class PreparationStepPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def main_panel(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("step3_tabs")
        self.agreements_tab = AgreementsTab()
        self.contacts_tab = ContactCardPanel()
        self.opvang_tab = OpvangPanel()
        self.ladder_tab = LadderTab()
        self.sanctions_tab = SanctionsTab()
        self.categories_tab = CategoriesPanel()
        self.letterhead_tab = LetterheadPanel()
        self.parts: list[RecordRegister | Panel] = [
            self.agreements_tab,
            self.contacts_tab,
            self.opvang_tab,
            self.ladder_tab,
            self.sanctions_tab,
            self.categories_tab,
            self.letterhead_tab,
        ]
        for widget, title in (
            (self.agreements_tab, self.tr("&Ketenafspraken")),
            (self.contacts_tab, self.tr("&Contactkaart")),
            (self.opvang_tab, self.tr("Opvang&regeling")),
            (self.ladder_tab, self.tr("Sanctie&beleid")),
            (self.sanctions_tab, self.tr("Sanc&ties")),
            (self.categories_tab, self.tr("Cat&egorieën")),
            (self.letterhead_tab, self.tr("Brie&fhoofd")),
        ):
            self.tabs.addTab(widget, title)
            widget.saved.connect(self._saved)
        return self.tabs

    def _saved(self) -> None:
        if self.services is not None:
            self.load(self.services.plan)  # the checklist's evidence follows the records
        self.changed.emit()

    def attach(self, services: PageServices) -> None:
        super().attach(services)
        for part in self.parts:
            part.attach(services.workspace)

    def clear(self) -> None:
        super().clear()
        for part in self.parts:
            part.clear()

    def show_sanctions_of(self, person_id: int) -> None:
        """The sanctions of one veroorzaker (issue 10: sanctions belong to the person)."""
        self.tabs.setCurrentWidget(self.sanctions_tab)
        self.sanctions_tab.show_person(person_id)
