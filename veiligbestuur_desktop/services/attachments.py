"""Attachments: kept inside the vault with their SHA-256; read back into memory only (never a temp file)."""

from __future__ import annotations

from veiligbestuur_desktop.domain import attachments as rules
from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import clean_text
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import attachments as store
from veiligbestuur_desktop.store import incidents as incident_store


class AttachmentService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def add(self, incident_id: int, filename: str, data: bytes, description: str = "") -> int:
        checked = rules.check_file(filename, data)
        desc = clean_text(description, tr("attachments", "de omschrijving"), max_len=300, field="description")
        with self.ws.transaction() as s:
            inc = incident_store.get(s, incident_id)
            if inc is None:
                raise NotFound(tr("services", "Dit incident bestaat niet (meer)."))
            att = store.add(
                s, incident_id, checked.filename, checked.mime, data, checked.sha256, desc, self.ws.actor
            )
            incident_store.add_event(
                s,
                incident_id,
                tr("services", "Bijlage toegevoegd ({size})").format(size=rules.human_size(checked.size)),
                self.ws.actor,
            )
            self.ws.audit(
                s,
                "create",
                "attachment",
                att.id,
                f"incident {inc.number}: bijlage {checked.sha256[:12]}",
                record=True,
            )
            return att.id

    def content(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(filename, mime, bytes) for viewing inside the app, from memory."""
        with self.ws.reading() as s:
            att = store.get(s, attachment_id)
            data = store.content(s, attachment_id) if att else None
            if att is None or data is None:
                raise NotFound(tr("services", "Deze bijlage bestaat niet (meer)."))
            return att.filename, att.mime, data

    def export(self, attachment_id: int) -> tuple[str, bytes]:
        """The bytes for *Opslaan als…*; records the export in the audit trail."""
        filename, _mime, data = self.content(attachment_id)
        with self.ws.transaction() as s:
            att = store.get(s, attachment_id)
            assert att is not None
            self.ws.audit(
                s,
                "export",
                "attachment",
                attachment_id,
                f"bijlage {att.sha256[:12]} opgeslagen buiten de kluis",
            )
        return filename, data

    def delete(self, attachment_id: int) -> None:
        with self.ws.transaction() as s:
            att = store.get(s, attachment_id)
            if att is None:
                raise NotFound(tr("services", "Deze bijlage bestaat niet (meer)."))
            inc = incident_store.get(s, att.incident_id)
            incident_id, sha = att.incident_id, att.sha256
            if not store.delete(s, attachment_id):
                raise ValidationError(tr("services", "De bijlage kon niet worden verwijderd."))
            incident_store.add_event(s, incident_id, tr("services", "Bijlage verwijderd"), self.ws.actor)
            self.ws.audit(
                s,
                "delete",
                "attachment",
                attachment_id,
                f"incident {inc.number if inc else incident_id}: bijlage {sha[:12]}",
                record=True,
            )
