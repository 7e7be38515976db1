"""Step 1 — Beleid formuleren: the agressieprotocol and the huisregels (versioned registers with their status
moves, new versions and the signed decision) and the mediabeleid per scenario, as three tabs; the step's
checklist is folded away below them (its items follow these records)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from veiligbestuur_desktop.services.policy import HouseRulesService, MediaPolicyService, PolicyService
from veiligbestuur_desktop.services.records import Changes
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.kit.record_form import Sources
from veiligbestuur_desktop.ui.policy.media import MediaPolicyPanel
from veiligbestuur_desktop.ui.policy.versions import VersionRegister
from veiligbestuur_desktop.ui.steps.step_page import PageServices, StepPage, register_page


@register_page(1)
class PolicyStepPage(StepPage):
    checklist_collapsed: ClassVar[bool] = True

    def main_panel(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("policyTabs")
        self.protocol = VersionRegister("policy")
        self.house_rules = VersionRegister("house_rules")
        self.media = MediaPolicyPanel()
        self.tabs.addTab(self.protocol, self.tr("&Protocol"))
        self.tabs.addTab(self.house_rules, self.tr("&Huisregels"))
        self.tabs.addTab(self.media, self.tr("&Mediabeleid"))
        # the checklist's evidence and what is open follow these records
        subscribe(self, ("policy", "house_rules", "media_scenario", "policy_decision"), self._records_changed)
        return self.tabs

    def _records_changed(self, _changes: Changes) -> None:
        if self.service is None or self.service.ws.locked:
            return
        self.model.load(self.service)
        self.changed.emit()

    def attach(self, services: PageServices) -> None:
        super().attach(services)
        ws = services.workspace
        incidents = services.incidents

        def sources() -> Sources:
            categories = incidents.categories()
            return Sources(vocabulary=lambda _name: categories)

        self.protocol.load(PolicyService(ws), sources)
        self.house_rules.load(HouseRulesService(ws), Sources)
        self.media.load(MediaPolicyService(ws))

    def clear(self) -> None:
        super().clear()
        self.protocol.clear()
        self.house_rules.clear()
        self.media.clear()
