"""Attachments: kept inside the vault with their SHA-256; read back into memory only (never a temp file)."""

from __future__ import annotations

from veiligbestuur_desktop.domain import attachments as rules
from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import clean_text
from veiligbestuur_desktop.services.records import Changes, Created, Unit
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store.attachments import AttachmentRepository
from veiligbestuur_desktop.store.incidents import IncidentRepository


def _missing() -> str:
    return tr("services", "Deze bijlage bestaat niet (meer).")


class AttachmentService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def add(self, incident_id: int, filename: str, data: bytes, description: str = "") -> Created:
        checked = rules.check_file(filename, data)
        desc = clean_text(description, tr("attachments", "de omschrijving"), max_len=300, field="description")
        with self.ws.transaction() as s:
            unit = Unit(self.ws, s)
            incidents = unit.repo(IncidentRepository)
            inc = incidents.require(incident_id, lambda: tr("services", "Dit incident bestaat niet (meer)."))
            att = unit.repo(AttachmentRepository).add(
                incident_id, checked.filename, checked.mime, data, checked.sha256, desc, self.ws.person
            )
            incidents.add_event(incident_id, "attachment_added", {"size": str(checked.size)}, self.ws.person)
            unit.audit_record(
                "create", "attachment", att.id, f"incident {inc.number}: bijlage {checked.sha256[:12]}"
            )
            unit.touched("incident", incident_id)
            return Created(att.id, unit.changes)

    def content(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(filename, mime, bytes) for viewing inside the app, from memory."""
        with self.ws.reading() as s:
            repo = AttachmentRepository(s)
            att = repo.require(attachment_id, _missing)
            data = repo.content(attachment_id)
            if data is None:
                raise NotFound(_missing())
            return att.filename, att.mime, data

    def export(self, attachment_id: int) -> tuple[str, bytes]:
        """The bytes for *Opslaan als…*; records the export in the audit trail."""
        filename, _mime, data = self.content(attachment_id)
        with self.ws.transaction() as s:
            att = AttachmentRepository(s).require(attachment_id, _missing)
            Unit(self.ws, s).audit(
                "export", "attachment", attachment_id, f"bijlage {att.sha256[:12]} opgeslagen buiten de kluis"
            )
        return filename, data

    def delete(self, attachment_id: int) -> Changes:
        with self.ws.transaction() as s:
            unit = Unit(self.ws, s)
            repo = unit.repo(AttachmentRepository)
            att = repo.require(attachment_id, _missing)
            incidents = unit.repo(IncidentRepository)
            inc = incidents.get(att.incident_id)
            incident_id, sha = att.incident_id, att.sha256
            if not repo.delete(attachment_id):
                raise ValidationError(tr("services", "De bijlage kon niet worden verwijderd."))
            incidents.add_event(incident_id, "attachment_removed", {}, self.ws.person)
            unit.audit_record(
                "delete",
                "attachment",
                attachment_id,
                f"incident {inc.number if inc else incident_id}: bijlage {sha[:12]}",
            )
            unit.touched("incident", incident_id)
            return unit.changes
