"""A step page whose main content is a tab per register (steps 4 and 5): attach, clear, unsaved edits and
apply/discard go to every register, so that an edit in any tab counts as an edit of the page (lock, close)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from veiligbestuur_desktop.ui.kit.area_register import AreaRegister
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage


class RegisterTabsPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def registers_and_labels(self) -> list[tuple[AreaRegister, str]]:
        """The page's registers with their (translated) tab labels, in tab order."""
        raise NotImplementedError

    def main_panel(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName(f"step{self.step.number}_tabs")
        pairs = self.registers_and_labels()
        self.registers: list[AreaRegister] = [register for register, _label in pairs]
        for register, label in pairs:
            self.tabs.addTab(register, label)
        return self.tabs

    def attach(self, services: PageServices) -> None:
        super().attach(services)
        for register in self.registers:
            register.attach(services.workspace)

    def clear(self) -> None:
        super().clear()
        for register in self.registers:
            register.clear()

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
