"""Attachments inside the encrypted database: metadata and bytes in separate tables."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.errors import NotFound
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.models import Attachment, AttachmentBlob


def add(
    session: Session,
    incident_id: int,
    filename: str,
    mime: str,
    content: bytes,
    sha256: str,
    description: str,
    by: str,
) -> Attachment:
    att = Attachment(
        incident_id=incident_id,
        filename=filename,
        mime=mime,
        size=len(content),
        sha256=sha256,
        description=description,
        added_at=utcnow(),
        added_by=by,
    )
    session.add(att)
    session.flush()
    session.add(AttachmentBlob(attachment_id=att.id, content=content))
    session.flush()
    return att


def for_incident(session: Session, incident_id: int) -> list[Attachment]:
    return list(
        session.scalars(
            select(Attachment).where(Attachment.incident_id == incident_id).order_by(Attachment.id)
        )
    )


def get(session: Session, attachment_id: int) -> Attachment | None:
    return session.get(Attachment, attachment_id)


def content(session: Session, attachment_id: int) -> bytes | None:
    blob = session.get(AttachmentBlob, attachment_id)
    return bytes(blob.content) if blob is not None else None


def delete(session: Session, attachment_id: int) -> bool:
    att = session.get(Attachment, attachment_id)
    if att is None:
        return False
    session.delete(att)  # the blob goes with it (ON DELETE CASCADE; secure_delete overwrites the pages)
    session.flush()
    return True


class AttachmentRepository:
    """Attachments of incidents (metadata and bytes) in one unit of work."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        incident_id: int,
        filename: str,
        mime: str,
        content: bytes,
        sha256: str,
        description: str,
        by: str,
    ) -> Attachment:
        return add(self.session, incident_id, filename, mime, content, sha256, description, by)

    def for_incident(self, incident_id: int) -> list[Attachment]:
        return for_incident(self.session, incident_id)

    def get(self, attachment_id: int) -> Attachment | None:
        return get(self.session, attachment_id)

    def require(self, attachment_id: int, message: Callable[[], str]) -> Attachment:
        att = self.get(attachment_id)
        if att is None:
            raise NotFound(message())
        return att

    def content(self, attachment_id: int) -> bytes | None:
        return content(self.session, attachment_id)

    def delete(self, attachment_id: int) -> bool:
        return delete(self.session, attachment_id)
