"""What exchange and privacy (issue 14) add to the shared parts: the documents "inzage" (one person's data,
AVG art. 15) and "verwerkingsregister" (AVG art. 30), and demo data (the processing register as adopted)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain.retention import RetentionRule
from veiligbestuur_desktop.services.extensions import DocumentSpec, register_demo, register_document
from veiligbestuur_desktop.services.inzage import InzageService
from veiligbestuur_desktop.services.retention import RetentionService
from veiligbestuur_desktop.services.workspace import Workspace

if TYPE_CHECKING:  # ReportLab loads with the report module: only when the document is made
    from veiligbestuur_desktop.reports.processing_register import ProcessingRegisterData


def processing_register_data(ws: Workspace, now: datetime | None = None) -> ProcessingRegisterData:
    from veiligbestuur_desktop.reports.processing_register import ProcessingRegisterData

    service = RetentionService(ws)
    rules: list[RetentionRule] = service.rules()
    return ProcessingRegisterData(
        municipality=ws.info().municipality,
        generated_at=now or datetime.now(UTC),
        sections=[(heading, body) for _key, heading, body in service.processing_register()],
        retention=[[r.label, f"{r.years} jaar", r.after, r.basis] for r in rules],
    )


def _render_register(ws: Workspace, _record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import processing_register

    return processing_register.render(processing_register_data(ws))


def _render_inzage(ws: Workspace, record_id: int | None) -> bytes:
    assert record_id is not None  # DocumentService resolves the record first
    service = InzageService(ws)
    service.require(record_id)
    return service.pdf(record_id)


register_document(
    DocumentSpec(
        name="inzage",
        title="Inzageoverzicht (AVG art. 15)",
        step=6,
        render=_render_inzage,
        record_kind="person",  # always chosen on purpose (--id, or Bewerken > Inzageverzoek…): never a default
        description="Alles wat de kluis over één persoon bevat, met de namen van anderen gepseudonimiseerd.",
    )
)
register_document(
    DocumentSpec(
        name="verwerkingsregister",
        title="Verwerkingsregister",
        step=1,
        render=_render_register,
        description="Doel, rechtsgrond (ook art. 10 AVG / art. 33 UAVG), categorieën, bewaartermijnen en ontvangers.",
    )
)


def _demo(ws: Workspace, seed: int) -> None:
    """The demo municipality adopted the default processing register with its own contact line."""
    service = RetentionService(ws)
    texts = {key: body for key, _heading, body in service.processing_register()}
    texts["controller"] = (
        "Het college van burgemeester en wethouders van de demogemeente; contactpersoon: de "
        "veiligheidscoördinator (demo)."
    )
    service.save_processing_register(texts)


register_demo("exchange", _demo)

__all__ = ["processing_register_data"]
