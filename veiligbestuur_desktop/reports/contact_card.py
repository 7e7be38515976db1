"""The contactkaart (step 3): A6, front and back, to print double-sided on card or to fold into a wallet.

Front: the numbers to call, largest first what is acute (112). Back: what to do, who gives the first opvang,
and when the numbers were last checked. No personal data beyond the names the coordinator put on the card.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from veiligbestuur_desktop.domain.rules import format_date, municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import ACCENT, FONT, FONT_BOLD, GRID, RED, text

WIDTH, HEIGHT = A6
MARGIN = 8 * mm
TITLE = "Contactkaart bij agressie en bedreiging"


@dataclass(frozen=True, slots=True)
class ContactCardData:
    municipality: str
    entries: Sequence[tuple[str, str, str]]  # (label, number, note)
    checked_on: date | None
    stale: bool  # never checked, or longer than six months ago
    opvang: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (role, who gives first opvang)
    generated_at: datetime | None = None


def _styles() -> dict[str, ParagraphStyle]:
    ss = layout.styles()
    return {
        "title": ParagraphStyle(
            "CardTitle",
            parent=ss["Body"],
            fontName=FONT_BOLD,
            fontSize=11,
            leading=13.5,
            textColor=ACCENT,
            spaceAfter=1,
        ),
        "sub": ParagraphStyle(
            "CardSub",
            parent=ss["Body"],
            fontSize=7.5,
            leading=9.5,
            spaceAfter=4,
            textColor=colors.HexColor("#444444"),
        ),
        "label": ParagraphStyle("CardLabel", parent=ss["Body"], fontSize=8, leading=10, spaceAfter=0),
        "note": ParagraphStyle(
            "CardNote",
            parent=ss["Body"],
            fontSize=6.5,
            leading=8,
            spaceAfter=0,
            textColor=colors.HexColor("#555555"),
        ),
        "number": ParagraphStyle(
            "CardNumber",
            parent=ss["Body"],
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=12.5,
            spaceAfter=0,
            alignment=2,
        ),
        "h": ParagraphStyle(
            "CardH",
            parent=ss["Body"],
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=ACCENT,
            spaceBefore=3,
            spaceAfter=1,
        ),
        "body": ParagraphStyle("CardBody", parent=ss["Body"], fontSize=7.5, leading=9.5, spaceAfter=1.5),
        "warn": ParagraphStyle(
            "CardWarn",
            parent=ss["Body"],
            fontName=FONT_BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=RED,
            spaceAfter=1,
        ),
    }


STEPS = (
    "Acuut gevaar: bel 112. In een vergadering: waarschuw de bode of de beveiliging.",
    "Blijf rustig, houd afstand, handel met meer mensen en onthoud het signalement.",
    "Meld het altijd intern bij het meldpunt, ook als het meevalt.",
    "Nazorg: een opvanggesprek dezelfde dag; bel De Vertrouwenslijn of het Ondersteuningsteam als u wilt praten.",
    "Doe aangifte bij een strafbaar feit: vraag om de VPT-code en geef het gemeentehuis als adres.",
)


def build_story(data: ContactCardData) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = [
        Paragraph(text(TITLE), st["title"]),
        Paragraph(text(municipality_title(data.municipality)), st["sub"]),
    ]
    rows = []
    for label, number, note in data.entries:
        cell: list[Flowable] = [Paragraph(text(label), st["label"])]
        if note:
            cell.append(Paragraph(text(note), st["note"]))
        rows.append([cell, Paragraph(text(number), st["number"])])
    inner = WIDTH - 2 * MARGIN
    t = Table(rows, colWidths=[inner * 0.62, inner * 0.38], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fdecea")),
            ]
        )
    )
    story.append(t)
    story.append(PageBreak())
    story.append(Paragraph("Wat te doen bij agressie of bedreiging", st["h"]))
    for n, step in enumerate(STEPS, 1):
        story.append(Paragraph(text(f"{n}. {step}"), st["body"]))
    if data.opvang:
        story.append(Paragraph("Eerste opvang", st["h"]))
        for role, who in data.opvang:
            story.append(Paragraph(f"<b>{text(role)}</b>: {text(who)}", st["body"]))
    story.append(Spacer(1, 2 * mm))
    checked = format_date(data.checked_on) if data.checked_on else "nog nooit"
    story.append(Paragraph(text(f"Nummers laatst gecontroleerd: {checked}"), st["body"]))
    if data.stale:
        story.append(
            Paragraph(
                text("Let op: langer dan zes maanden niet gecontroleerd. Controleer de nummers."), st["warn"]
            )
        )
    return story


_CardCanvas = layout.numbered_canvas(WIDTH - MARGIN, 4 * mm, font_size=6, colour="#555555")


class _CardTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, data: ContactCardData, audit_head: tuple[int, str] | None) -> None:
        super().__init__(
            buffer,
            pagesize=A6,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            **layout.document_metadata(TITLE, municipality_title(data.municipality), "", audit_head),
            invariant=1,
        )
        self.audit_head = audit_head
        frame = Frame(
            MARGIN,
            MARGIN,
            WIDTH - 2 * MARGIN,
            HEIGHT - 2 * MARGIN,
            id="card",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="card", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(2)
        canv.line(0, HEIGHT - 2.5 * mm, WIDTH, HEIGHT - 2.5 * mm)
        if self.audit_head:
            canv.setFont(FONT, 5)
            canv.setFillColor(colors.HexColor("#777777"))
            canv.drawString(MARGIN, 4 * mm, layout.audit_head_line(*self.audit_head))
        canv.restoreState()


def render(data: ContactCardData, *, audit_head: tuple[int, str] | None = None) -> bytes:
    layout.register_fonts()
    buf = io.BytesIO()
    doc = _CardTemplate(buf, data, audit_head or layout._stamp.get())
    doc.build(build_story(data), canvasmaker=_CardCanvas)
    return buf.getvalue()
