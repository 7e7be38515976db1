"""The house style of every document: A4, embedded DejaVu fonts, header, footer with classification,
date and "Pagina x van y", one style sheet, Dutch formatting. A document is a function from plain data to
PDF bytes; nothing is written to disk here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from veiligbestuur_desktop.domain.attachments import human_size
from veiligbestuur_desktop.domain.rules import format_date, format_euro
from veiligbestuur_desktop.paths import fonts_dir

TZ = ZoneInfo("Europe/Amsterdam")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 28 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_MONO = "DejaVuSansMono"

ACCENT = colors.HexColor("#1f3a5f")
LIGHT = colors.HexColor("#eef2f7")
GRID = colors.HexColor("#b8c4d4")
RED = colors.HexColor("#b00020")

_fonts_registered = False


def register_fonts() -> None:
    """Register the TTFs from resources/fonts once (they are embedded in every PDF)."""
    global _fonts_registered
    if _fonts_registered:
        return
    d = fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(d / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(d / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(d / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_MONO, str(d / "DejaVuSansMono.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    # A table cell that holds a plain string (even an empty one) is drawn in CellStyle's font, Helvetica by
    # default, which is then referenced but not embedded: our tables use the house font
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = FONT
    _fonts_registered = True


# --- formatting ---------------------------------------------------------------------------------------------


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return format_date(value)


def fmt_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def local(value: datetime) -> datetime:
    return value.astimezone(TZ) if value.tzinfo else value.replace(tzinfo=TZ)


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    v = local(value)
    return f"{format_date(v)} {v:%H:%M}"


def fmt_euro(value: Decimal | None) -> str:
    return format_euro(value)


def fmt_size(n: int) -> str:
    return human_size(n)


def text(value: str) -> str:
    """User text made safe for a Paragraph: XML-escaped, newlines kept."""
    return escape(value or "").replace("\n", "<br/>")


# --- styles -------------------------------------------------------------------------------------------------


def styles() -> StyleSheet1:
    """The one style sheet of the house style."""
    register_fonts()
    ss = StyleSheet1()
    base = ParagraphStyle(
        "Body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT, spaceAfter=4
    )
    ss.add(base)
    ss.add(
        ParagraphStyle(
            "Title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=2
        )
    )
    ss.add(
        ParagraphStyle(
            "Subtitle",
            parent=base,
            fontSize=10.5,
            leading=14,
            textColor=colors.HexColor("#444444"),
            spaceAfter=10,
        )
    )
    ss.add(
        ParagraphStyle(
            "H1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,  # a heading never ends a page alone
        )
    )
    ss.add(
        ParagraphStyle(
            "H2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        )
    )
    ss.add(
        ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, textColor=colors.HexColor("#333333"))
    )
    ss.add(ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0))
    ss.add(
        ParagraphStyle("CellBold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0)
    )
    ss.add(
        ParagraphStyle(
            "Label",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            spaceAfter=0,
            textColor=colors.HexColor("#333333"),
        )
    )
    ss.add(ParagraphStyle("Mono", parent=base, fontName=FONT_MONO, fontSize=7, leading=9, spaceAfter=0))
    ss.add(
        ParagraphStyle(
            "Notice",
            parent=base,
            backColor=colors.HexColor("#fdecea"),
            borderColor=RED,
            borderWidth=0.8,
            borderPadding=6,
            spaceBefore=6,
            spaceAfter=10,
        )
    )
    ss.add(ParagraphStyle("Big", parent=base, fontName=FONT_MONO, fontSize=17, leading=24, alignment=1))
    return ss


# --- building blocks ----------------------------------------------------------------------------------------


def heading(title: str, ss: StyleSheet1, level: int = 1) -> Paragraph:
    return Paragraph(text(title), ss["H1" if level == 1 else "H2"])


def para(value: str, ss: StyleSheet1, style: str = "Body") -> Paragraph:
    return Paragraph(text(value), ss[style])


def kv_table(rows: Sequence[tuple[str, str]], ss: StyleSheet1, label_width: float = 45 * mm) -> Table:
    """Label/value pairs in two columns; values wrap."""
    data = [[Paragraph(text(k), ss["Label"]), Paragraph(text(v) or "—", ss["Cell"])] for k, v in rows]
    t = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # ReportLab's table default is a non-embedded Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    ss: StyleSheet1,
    widths: Sequence[float],
    *,
    highlight_rows: Sequence[int] = (),
) -> Table:
    """A table with a repeating header row that splits across pages. Widths are fractions of the width."""
    data: list[list[Any]] = [[Paragraph(text(h), ss["CellBold"]) for h in header]]
    for row in rows:
        data.append([c if isinstance(c, Flowable) else Paragraph(text(str(c)), ss["Cell"]) for c in row])
    t = Table(data, colWidths=[w * CONTENT_WIDTH for w in widths], repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # ReportLab's table default is a non-embedded Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in highlight_rows:
        style.append(("TEXTCOLOR", (0, r + 1), (-1, r + 1), RED))
    t.setStyle(TableStyle(style))
    return t


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# --- the audit chain head on documents ----------------------------------------------------------------------

# Machine-readable form of the head in a PDF's keywords (also read back by `verify --anchor`).
_HEAD_KEYWORD = "veiligbestuur-audit-head"
_HEAD_PATTERN = re.compile(_HEAD_KEYWORD + r"\s+count=(\d+)\s+hash=([0-9a-f]{64})")
_stamp: ContextVar[tuple[int, str] | None] = ContextVar("audit_head_stamp", default=None)


def audit_head_keywords(count: int, hash_: str) -> str:
    return f"{_HEAD_KEYWORD} count={count} hash={hash_}"


def parse_audit_head(value: str) -> tuple[int, str] | None:
    """(count, hash) from a PDF's keywords as written by `audit_head_keywords`, else None."""
    m = _HEAD_PATTERN.search(value or "")
    return (int(m.group(1)), m.group(2)) if m else None


def audit_head_line(count: int, hash_: str) -> str:
    """The small footer line: how many audit entries, and the start of the last one's hash."""
    return f"Audittrail {count} · {hash_[:8]}…"


@contextmanager
def stamped_audit_head(count: int, hash_: str) -> Iterator[None]:
    """Every document rendered inside carries this chain head (metadata and footer), also when the
    document's own module does not pass one to `render`."""
    token = _stamp.set((count, hash_))
    try:
        yield
    finally:
        _stamp.reset(token)


# --- document metadata --------------------------------------------------------------------------------------
# What a file manager, a search index or a document management system shows of a PDF without opening it: Dutch,
# and never personal data. The title on the page may name a person ("Inzageoverzicht Jan Jansen"); then the
# metadata title keeps only the kind of document.

_NAME_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "op", "la", "le", "du", "da"}
_SEPARATOR = re.compile(r"\s*(?::|—|–|\s-\s|\(|\)|,|;|/|\|)\s*")


def metadata_title(title: str) -> str:
    """The title for the metadata: the title itself when no word in it can start a name, else the kind of
    document only.

    A capitalised word that does not open the title or a part of it (after ":", "—", "(", ",", ...) may be a
    name ("Inzageoverzicht Jan Jansen", "Risicoanalyse: burgemeester De Vries"); then only the first part is
    kept, up to its first capitalised word or name particle ("van", "de", ...)."""
    parts = [p.split() for p in _SEPARATOR.split(title.strip()) if p.strip()]
    if not parts:
        return "Document"
    if not any(any(c.isupper() for c in word) for words in parts for word in words[1:]):
        return " ".join(title.split())
    kept = [parts[0][0]]
    for word in parts[0][1:]:
        if word.lower() in _NAME_PARTICLES or any(c.isupper() for c in word):
            break
        kept.append(word)
    return " ".join(kept)


def document_metadata(
    title: str, municipality: str, classification: str, audit_head: tuple[int, str] | None
) -> dict[str, str]:
    """Title, author, subject, creator, producer, keywords and language of a PDF (Dutch, no personal data; the
    keywords carry the audit chain head, read back by `verify --anchor`)."""
    from reportlab import Version as reportlab_version

    from veiligbestuur_desktop import __version__

    confidential = classification.upper().startswith("VERTROUWELIJK")
    keywords = [audit_head_keywords(*audit_head)] if audit_head else []
    keywords += ["VeiligBestuur", "Stappenplan beveiliging lokale bestuurders"]
    if confidential:
        keywords.append("vertrouwelijk")
    return {
        "title": metadata_title(title),
        "author": municipality or "VeiligBestuur",
        "subject": ("Vertrouwelijk document" if confidential else "Document")
        + " uit VeiligBestuur Desktop: veiligheid van politieke ambtsdragers",
        "creator": f"VeiligBestuur Desktop {__version__}",
        "producer": f"VeiligBestuur Desktop {__version__} met ReportLab {reportlab_version}",
        "keywords": "; ".join(keywords),
        "lang": "nl-NL",
    }


# --- the document template ----------------------------------------------------------------------------------


def numbered_canvas(
    right_x: float, baseline_y: float, *, font_size: float = 8, colour: str = "#333333"
) -> type[rl_canvas.Canvas]:
    """A canvas class that defers page output until the end, so that every page can say "Pagina x van y" (at
    `right_x`, `baseline_y`, right-aligned), and that starts in the embedded house font: ReportLab's canvas
    starts in Helvetica, which is then referenced (not embedded) in every PDF. The house template, the letter,
    the A5 and A6 cards use it with their own positions."""

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get(
                "initialFontName"
            ):  # the doc template passes None: ReportLab then uses Helvetica
                kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(FONT, font_size)
                self.setFillColor(colors.HexColor(colour))
                self.drawRightString(right_x, baseline_y, f"Pagina {self._pageNumber} van {total}")
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


_NumberedCanvas = numbered_canvas(PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 12 * mm)


class HouseDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """First page with the full header, later pages with a compact one; footer on every page."""

    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        title: str,
        municipality: str,
        classification: str,
        generated_at: datetime,
        audit_head: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **document_metadata(title, municipality, classification, audit_head),
            invariant=1,
        )
        self.audit_head = audit_head
        self.doc_title = title
        self.municipality = municipality
        self.classification = classification
        self.generated_at = generated_at
        frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body"
        )
        self.addPageTemplates(
            [
                PageTemplate(id="first", frames=[frame], onPage=self._decorate),
                PageTemplate(id="later", frames=[frame], onPage=self._decorate),
            ]
        )

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        self._handle_nextPageTemplate("later")

    def _decorate(self, canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        top = PAGE_HEIGHT - 14 * mm
        canv.setFillColor(ACCENT)
        canv.setFont(FONT_BOLD, 9.5)
        canv.drawString(MARGIN_X, top, self.municipality)
        canv.setFont(FONT, 9)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.doc_title)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(MARGIN_X, top - 3 * mm, PAGE_WIDTH - MARGIN_X, top - 3 * mm)
        # footer: classification, date (the page number is added by the numbered canvas)
        y = MARGIN_BOTTOM - 12 * mm
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(RED if self.classification.upper().startswith("VERTROUWELIJK") else colors.black)
        canv.drawString(MARGIN_X, y, self.classification)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.setFont(FONT, 8)
        canv.drawCentredString(PAGE_WIDTH / 2, y, fmt_date(self.generated_at))
        if self.audit_head:
            canv.setFont(FONT, 6.5)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawCentredString(PAGE_WIDTH / 2, y - 3.5 * mm, audit_head_line(*self.audit_head))
        canv.restoreState()


def render(
    story: list[Flowable],
    *,
    title: str,
    municipality: str,
    generated_at: datetime,
    classification: str = "VERTROUWELIJK",
    audit_head: tuple[int, str] | None = None,
) -> bytes:
    """Lay out `story` in the house style and return the PDF bytes.

    `audit_head` (count, hash) of the audit chain goes into the metadata and a footer line; without it, the
    head set by `stamped_audit_head` (if any) is used."""
    register_fonts()
    buf = io.BytesIO()
    doc = HouseDocTemplate(
        buf,
        title=title,
        municipality=municipality,
        classification=classification,
        generated_at=generated_at,
        audit_head=audit_head or _stamp.get(),
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buf.getvalue()


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """Protect a finished PDF with AES-256 (pypdf); ReportLab's own 256-bit output is unreadable elsewhere."""
    from pypdf import PdfReader, PdfWriter

    if not password:
        return pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
