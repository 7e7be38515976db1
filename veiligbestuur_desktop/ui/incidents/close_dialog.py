"""Closing an incident: the follow-ups that are still open are listed with a checkbox each; the ones chosen are
set to n.v.t. with the reason given, and the incident is closed, in one step (IncidentService.close)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.widgets import CommitDialog


class CloseIncidentDialog(CommitDialog):
    def __init__(self, incidents: IncidentService, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Ok)
        self.setObjectName("closeIncident")
        self.incidents = incidents
        self.incident_id = incident_id
        self.setWindowTitle(self.tr("Incident afsluiten"))
        self.setMinimumWidth(560)
        open_ = incidents.open_follow_ups(incident_id)
        self.boxes: dict[int, QCheckBox] = {}
        intro = QLabel()
        intro.setWordWrap(True)
        if open_:
            intro.setText(
                self.tr(
                    "Deze opvolging staat nog open. Vink aan wat niet meer van toepassing is: dat wordt ‘n.v.t.’ "
                    "met de reden hieronder. Wat open blijft, houdt het afsluiten tegen."
                )
            )
        else:
            intro.setText(self.tr("Alle opvolging is afgerond. Het incident wordt afgesloten."))
        self.form.addRow(intro)
        deadline = self.tr("termijn")
        for f in open_:
            when = format_date(f.deadline)
            box = QCheckBox(f"{f.track.label}: {f.title}" + (f" ({deadline} {when})" if when else ""))
            box.setObjectName(f"drop_{f.id}")
            self.boxes[f.id] = box
            self.form.addRow(box)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("bijvoorbeeld ‘slachtoffer wil geen vervolggesprek’"))
        if open_:
            self.form.addRow(self.tr("&Reden n.v.t.:"), self.reason)
        else:
            self.reason.hide()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Afsluiten"))

    def chosen(self) -> list[int]:
        return [fid for fid, box in self.boxes.items() if box.isChecked()]

    def commit(self) -> None:
        publish(self.incidents.close(self.incident_id, self.chosen(), self.reason.text()))
