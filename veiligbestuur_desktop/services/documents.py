"""Printable documents of every step through one service: list, render (for a preview, print or export) and
record in the audit trail what left the app.

The documents themselves are registered by the areas (services/extensions.py: `register_document`). A document
carries the head of the audit chain in its metadata and footer; for a print or an export that head includes
the entry that records it (an anchor on paper, SECURITY.md).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain import i18n
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services import extensions
from veiligbestuur_desktop.services.extensions import DocumentSpec
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PURPOSES = ("preview", "print", "export")


class DocumentService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def available(self, step: int | None = None) -> list[DocumentSpec]:
        return extensions.documents(step)

    def spec(self, name: str) -> DocumentSpec:
        return extensions.document(name)

    def resolve(self, name: str, record_id: int | None = None) -> tuple[DocumentSpec, int | None]:
        """The document and the record it is about: `record_id`, or the current one; a clear Dutch message
        when the document needs a record and there is none."""
        spec = extensions.document(name)
        if spec.record_kind is None:
            return spec, None
        if record_id is None and spec.current is not None:
            record_id = spec.current(self.ws)
        if record_id is None:
            raise ValidationError(
                tr(
                    "documents",
                    "Voor ‘{title}’ is nog geen gegeven om af te drukken. Leg het eerst vast in stap {step}, "
                    "of kies er een met --id.",
                ).format(title=spec.title, step=spec.step)
            )
        return spec, record_id

    def render(self, name: str, record_id: int | None = None, *, purpose: str = "export") -> bytes:
        """The PDF. A print or export is recorded first (codes and the document name, no content), so that
        the chain head on the paper includes that entry; a preview records nothing."""
        from veiligbestuur_desktop.reports.layout import stamped_audit_head

        if purpose not in PURPOSES:
            raise ValueError(purpose)
        spec, record_id = self.resolve(name, record_id)
        if purpose == "preview":
            with self.ws.reading() as s:
                head = audit.chain_head(s)
        else:
            with self.ws.transaction() as s:
                self._audit(s, spec, record_id, purpose)
                head = audit.chain_head(s)
        with stamped_audit_head(head.count, head.hash), i18n.dutch():
            return spec.render(self.ws, record_id)

    def record(self, name: str, record_id: int | None, purpose: str) -> None:
        """Record a print or export of a document already rendered for a preview."""
        if purpose not in ("print", "export"):
            raise ValueError(purpose)
        spec, record_id = self.resolve(name, record_id)
        with self.ws.transaction() as s:
            self._audit(s, spec, record_id, purpose)

    def _audit(self, s: Session, spec: DocumentSpec, record_id: int | None, purpose: str) -> None:
        entity = spec.record_kind or "document"
        key: str | int = record_id if record_id is not None else spec.name
        self.ws.audit(s, purpose, entity, key, f"document {spec.name}")

    @staticmethod
    def file_name(spec: DocumentSpec, record_id: int | None = None, today: date | None = None) -> str:
        """A file name without personal data: the document's name, the record number and the date."""
        day = (today or date.today()).isoformat()
        return f"{spec.name}{f'-{record_id}' if record_id is not None else ''}-{day}.pdf"
