"""The registers of step 5: Communicatie, Contactlog (an ordegesprek with its invitation and verslag) and
Slachtoffer geïnformeerd (per incident, picked by number)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from veiligbestuur_desktop.domain.communication import (
    COMMUNICATION,
    CONTACT_LOG,
    VICTIM_INFORMED,
    CommunicationDraft,
    CommunicationKind,
    ContactKind,
    ContactLogDraft,
    VictimInformedDraft,
)
from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.services.communication import CommunicationService, VictimInformedService
from veiligbestuur_desktop.services.contact_log import ContactLogService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit.area_register import AreaRegister


class CommunicationTab(AreaRegister):
    first_sort = "held_on"
    kinds = ("communication", "person", "incident")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COMMUNICATION, "communication", self._new_draft, parent)
        self.letter_button = self.add_document_button(
            self.tr("Brief toelichting besluit…"), "communication_letter", "brief-toelichting-besluit"
        )
        self.letter_button.setToolTip(
            self.tr(
                "Een brief aan de gekozen persoon met het besluit en de toelichting (bij een toelichting op een besluit)."
            )
        )

    def _new_draft(self) -> CommunicationDraft:
        by = self.workspace.person if self.workspace is not None else ""
        return CommunicationDraft(held_on=date.today(), by_whom=by)

    def make_service(self, ws: Workspace) -> CommunicationService:
        return CommunicationService(ws)

    def shown(self, record_id: int | None, draft: Any) -> None:
        self.letter_button.setEnabled(
            record_id is not None and draft.kind == CommunicationKind.TOELICHTING_BESLUIT
        )


class ContactLogTab(AreaRegister):
    first_sort = "on"
    kinds = ("contact_log", "person")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CONTACT_LOG, "contact_log", self._new_draft, parent)
        self.invite_button = self.add_document_button(
            self.tr("Uitnodiging ordegesprek…"), "contact_log_invite", "uitnodiging-ordegesprek"
        )
        self.report_button = self.add_document_button(
            self.tr("Verslag ordegesprek…"), "contact_log_report", "verslag-ordegesprek"
        )
        kind = self.form.widget("channel")
        assert isinstance(kind, QComboBox)
        kind.currentIndexChanged.connect(lambda _i: self.form.show_applicable())
        self.note(
            self.tr(
                "Een ordegesprek kan vooruit worden gepland (voor de uitnodiging); het verslag vult u in na het "
                "gesprek. Andere contacten legt u vast als ze geweest zijn."
            )
        )

    def _new_draft(self) -> ContactLogDraft:
        who = self.workspace.person if self.workspace is not None else ""
        return ContactLogDraft(on=date.today(), who=who)

    def make_service(self, ws: Workspace) -> ContactLogService:
        return ContactLogService(ws)

    def shown(self, record_id: int | None, draft: Any) -> None:
        orde = record_id is not None and draft.channel == ContactKind.ORDEGESPREK
        self.invite_button.setEnabled(orde)
        self.report_button.setEnabled(orde and bool(draft.report))


class VictimInformedTab(AreaRegister):
    first_sort = "informed_on"
    kinds = ("victim_informed", "incident")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(VICTIM_INFORMED, "victim_informed", self._new_draft, parent)
        # an incident by its number: also one older than the keuzelijst reaches
        self.number = QLineEdit()
        self.number.setObjectName("victim_informed_number")
        self.number.setPlaceholderText(self.tr("bijvoorbeeld 2024-031"))
        self.number.setMaximumWidth(160)
        self.number.returnPressed.connect(self.pick_number)
        label = QLabel(self.tr("Incidentnummer:"))
        label.setBuddy(self.number)
        self.find_button = self.button(self.tr("Kiezen"), "victim_informed_pick", self.pick_number)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.number)
        row.addWidget(self.find_button)
        row.addStretch(1)
        self.below_form.addLayout(row)
        self.note(
            self.tr(
                "Kies het incident in de keuzelijst (typ de eerste cijfers, bijvoorbeeld 2026-01), of typ het "
                "nummer hierboven en druk Enter. Alleen nummer en categorie worden getoond."
            )
        )

    def pick_number(self) -> None:
        """Put the incident with the typed number in the form's incident field."""
        if self.service is None or not self.number.text().strip():
            return
        try:
            incident_id = self.service.incident_by_number(self.number.text())
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.number.setFocus()
            return
        self.error.show_message("")
        self.include_incident(incident_id)
        self.number.clear()
        self.form.focus_field("about")

    def _new_draft(self) -> VictimInformedDraft:
        by = self.workspace.person if self.workspace is not None else ""
        return VictimInformedDraft(informed_on=date.today(), by_whom=by)

    def make_service(self, ws: Workspace) -> VictimInformedService:
        return VictimInformedService(ws)
