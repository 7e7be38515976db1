"""A letter in the house style: the municipality's letterhead, the recipient in the window of a standard Dutch
window envelope, the reference block (date, "Ons kenmerk", "Onderwerp"), salutation, body, closing and
signature; "VERTROUWELIJK" in the footer when asked; "Pagina x van y" and the audit chain head as on every
document (reports/layout.py).

One function: ``render_letter(LetterData) -> bytes``. Everything on the letter comes from the plain data; this
module never looks anything up. Usage::

    from veiligbestuur_desktop.reports.letter import Letterhead, LetterData, Recipient, render_letter

    head = Letterhead(municipality="Gemeente Zuiderveen", visiting_address="Markt 1\\n1234 AB Zuiderveen",
                      postal_address="Postbus 100\\n1230 AA Zuiderveen", phone="14 0123",
                      website="www.zuiderveen.nl")
    pdf = render_letter(LetterData(
        letterhead=head,
        recipient=Recipient("De heer J. Jansen", "Dorpsstraat 5\\n1234 CD Zuiderveen"),
        date=date(2026, 3, 12), reference="VB/2026/014", subject="Schriftelijke waarschuwing",
        salutation="Geachte heer Jansen,", paragraphs=("Op 3 maart ...", "Wij verzoeken u ..."),
        signer_name="A. de Vries", signer_function="burgemeester", confidential=True))

The one rule a caller must keep: **never a victim's home address**. A letter to an office holder (a victim)
goes to the gemeentehuis: ``Recipient.via_town_hall(name, letterhead)`` puts "p/a" and the municipality's postal
address in the window. Only a letter to a veroorzaker (a warning, a toegangsverbod) carries that person's own
postal address, as the coordinator recorded it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

from veiligbestuur_desktop.domain.rules import format_date, municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import ACCENT, FONT, FONT_BOLD, RED, text

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 22 * mm  # the window of a standard (EA4/EA5) window envelope starts about 20 mm from the left
RIGHT = 20 * mm
WIDTH = PAGE_WIDTH - LEFT - RIGHT
WINDOW_TOP = 52 * mm  # top of the address window, from the top of the page
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 32 * mm
FIRST_BODY_TOP = 90 * mm  # where the reference block starts on page 1
LATER_BODY_TOP = 28 * mm
BOTTOM = 24 * mm
CONFIDENTIAL = "VERTROUWELIJK"


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The municipality's letterhead fields, as the coordinator set them ("Briefhoofd", stap 3).

    `municipality`: the name as it heads the letter; "Zuiderveen" is printed as "Gemeente Zuiderveen"
    (domain.rules.municipality_title). Addresses may hold line breaks ("Markt 1\\n1234 AB Zuiderveen").
    Empty fields are left out of the letterhead.
    """

    municipality: str
    visiting_address: str = ""  # bezoekadres (the gemeentehuis)
    postal_address: str = (
        ""  # postadres: "Postbus 100\n1230 AA Zuiderveen"; falls back to the visiting address
    )
    phone: str = ""  # e.g. "14 0123"
    website: str = ""  # e.g. "www.zuiderveen.nl"
    email: str = ""  # optional general mail address

    @property
    def title(self) -> str:
        return municipality_title(self.municipality) if self.municipality.strip() else ""

    @property
    def mail_address(self) -> str:
        """Where post for the gemeentehuis goes: the postal address, else the visiting address."""
        return self.postal_address.strip() or self.visiting_address.strip()


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who the letter is for, as it shows in the envelope window: a name line and a postal address (lines).

    For a victim (an office holder, a naaste) use `via_town_hall`: the address is then the gemeentehuis,
    never their home address.
    """

    name: str  # "De heer J. Jansen", "Mevrouw A. Bakker, wethouder"
    address: str = ""  # postal address, lines separated by "\n"

    @classmethod
    def via_town_hall(cls, name: str, letterhead: Letterhead) -> Recipient:
        """A letter to an office holder: "p/a" the gemeentehuis (the municipality's postal address)."""
        lines = [f"p/a {letterhead.title}".strip()]
        if letterhead.mail_address:
            lines.append(letterhead.mail_address)
        return cls(name, "\n".join(lines))


@dataclass(frozen=True, slots=True)
class LetterData:
    """Everything one letter says, as plain values (the service fills them inside ``i18n.dutch()``).

    - `date`: the letter's date (printed dd-mm-jjjj); `reference` is "Ons kenmerk" (e.g. the sanction or
      incident number, never a name); `your_reference` ("Uw kenmerk") and `contact` ("Inlichtingen bij",
      e.g. "Coördinator veiligheid, 14 0123") are printed only when set.
    - `salutation`: the whole line, "Geachte heer Jansen,"; `paragraphs`: the body, one string per paragraph
      (line breaks inside a paragraph are kept); `closing`: "Met vriendelijke groet," by default.
    - `signer_name` and `signer_function` under the signature space; `signer_on_behalf`: an optional line
      above them ("De burgemeester van Zuiderveen,").
    - `enclosures` ("Bijlage(n)") and `copies` ("Afschrift aan") are listed after the signature when given.
    - `confidential`: "VERTROUWELIJK" above the reference block and in red in the footer of every page.
    - `title`: the PDF's title (metadata); the subject when empty. `generated_at`: the moment of rendering
      (metadata only; the letter shows `date`).
    """

    letterhead: Letterhead
    recipient: Recipient
    date: date
    subject: str
    salutation: str
    paragraphs: Sequence[str]
    signer_name: str
    signer_function: str
    reference: str = ""
    your_reference: str = ""
    contact: str = ""
    closing: str = "Met vriendelijke groet,"
    signer_on_behalf: str = ""
    enclosures: Sequence[str] = field(default_factory=tuple)
    copies: Sequence[str] = field(default_factory=tuple)
    confidential: bool = False
    title: str = ""
    generated_at: datetime | None = None


def _styles() -> dict[str, ParagraphStyle]:
    ss = layout.styles()
    body = ParagraphStyle("LetterBody", parent=ss["Body"], fontSize=10, leading=14, spaceAfter=7)
    return {
        "body": body,
        "tight": ParagraphStyle("LetterTight", parent=body, spaceAfter=0),
        "address": ParagraphStyle("LetterAddress", parent=body, spaceAfter=0, leading=13.5),
        "label": ParagraphStyle(
            "LetterLabel", parent=ss["Label"], fontSize=8.5, textColor=colors.HexColor("#555555")
        ),
        "value": ParagraphStyle("LetterValue", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        "subject": ParagraphStyle(
            "LetterSubject", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=12.5, spaceAfter=0
        ),
        "small": ParagraphStyle("LetterSmall", parent=ss["Small"], fontSize=8.5, leading=11),
        "mark": ParagraphStyle(
            "LetterMark", parent=body, fontName=FONT_BOLD, textColor=RED, fontSize=9.5, spaceAfter=4
        ),
    }


class _LetterTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, data: LetterData, audit_head: tuple[int, str] | None) -> None:
        # the metadata names the kind of letter: layout.document_metadata cuts a subject back to it ("Toelichting
        # besluit — de windmolens …" → "Toelichting besluit"), so no addressee reaches the file's properties
        title = data.title or data.subject or "Brief"
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=LATER_BODY_TOP,
            bottomMargin=BOTTOM,
            **layout.document_metadata(
                title,
                data.letterhead.title or "VeiligBestuur",
                "VERTROUWELIJK" if data.confidential else "",
                audit_head,
            ),
            invariant=1,
        )
        self.data = data
        self.audit_head = audit_head
        self.ss = _styles()
        first = Frame(
            LEFT,
            BOTTOM,
            WIDTH,
            PAGE_HEIGHT - FIRST_BODY_TOP - BOTTOM,
            id="first",
            leftPadding=0,
            rightPadding=0,
        )
        later = Frame(
            LEFT,
            BOTTOM,
            WIDTH,
            PAGE_HEIGHT - LATER_BODY_TOP - BOTTOM,
            id="later",
            leftPadding=0,
            rightPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="first", frames=[first], onPage=self._first_page),
                PageTemplate(id="later", frames=[later], onPage=self._later_page),
            ]
        )

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        self._handle_nextPageTemplate("later")

    # --- page decoration --------------------------------------------------------------------------------

    def _first_page(self, canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        head = self.data.letterhead
        canv.saveState()
        top = PAGE_HEIGHT - 16 * mm
        # the municipality's name, left, with a rule under it
        canv.setFillColor(ACCENT)
        canv.setFont(FONT_BOLD, 15)
        canv.drawString(LEFT, top - 2 * mm, head.title)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.line(LEFT, top - 6 * mm, LEFT + 60 * mm, top - 6 * mm)
        # the letterhead's contact column, right
        x = PAGE_WIDTH - RIGHT - 55 * mm
        y = top
        blocks: list[tuple[str, str]] = []
        if head.visiting_address.strip():
            blocks.append(("Bezoekadres", head.visiting_address.strip()))
        if head.postal_address.strip():
            blocks.append(("Postadres", head.postal_address.strip()))
        lines = [v for v in (head.phone and f"Telefoon {head.phone}", head.email, head.website) if v]
        if lines:
            blocks.append(("Contact", "\n".join(lines)))
        for label, value in blocks:
            canv.setFont(FONT_BOLD, 7.5)
            canv.setFillColor(ACCENT)
            canv.drawString(x, y, label)
            y -= 3.4 * mm
            canv.setFont(FONT, 7.5)
            canv.setFillColor(colors.HexColor("#333333"))
            for line in value.splitlines():
                canv.drawString(x, y, line.strip()[:60])
                y -= 3.3 * mm
            y -= 1.5 * mm
        # the recipient in the envelope window
        window = Paragraph(self._recipient_markup(), self.ss["address"])
        _w, h = window.wrap(WINDOW_WIDTH, WINDOW_HEIGHT)
        window.drawOn(canv, LEFT, PAGE_HEIGHT - WINDOW_TOP - min(h, WINDOW_HEIGHT) - 2 * mm)
        canv.restoreState()
        self._footer(canv)

    def _recipient_markup(self) -> str:
        r = self.data.recipient
        lines = [text(r.name)] + [text(line.strip()) for line in r.address.splitlines() if line.strip()]
        return "<br/>".join(lines)

    def _later_page(self, canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        top = PAGE_HEIGHT - 14 * mm
        canv.setFillColor(ACCENT)
        canv.setFont(FONT_BOLD, 9.5)
        canv.drawString(LEFT, top, self.data.letterhead.title)
        canv.setFont(FONT, 8.5)
        canv.setFillColor(colors.HexColor("#333333"))
        right = f"{format_date(self.data.date)}"
        if self.data.reference:
            right = f"Ons kenmerk {self.data.reference} · {right}"
        canv.drawRightString(PAGE_WIDTH - RIGHT, top, right)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(LEFT, top - 3 * mm, PAGE_WIDTH - RIGHT, top - 3 * mm)
        canv.restoreState()
        self._footer(canv)

    def _footer(self, canv: rl_canvas.Canvas) -> None:
        canv.saveState()
        y = BOTTOM - 14 * mm
        canv.setStrokeColor(layout.GRID)
        canv.setLineWidth(0.4)
        canv.line(LEFT, y + 4 * mm, PAGE_WIDTH - RIGHT, y + 4 * mm)
        if self.data.confidential:
            canv.setFont(FONT_BOLD, 8)
            canv.setFillColor(RED)
            canv.drawString(LEFT, y, CONFIDENTIAL)
        if self.audit_head:
            canv.setFont(FONT, 6.5)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawCentredString(PAGE_WIDTH / 2, y, layout.audit_head_line(*self.audit_head))
        canv.restoreState()


_LetterCanvas = layout.numbered_canvas(PAGE_WIDTH - RIGHT, BOTTOM - 14 * mm)


def _reference_block(data: LetterData, ss: dict[str, ParagraphStyle]) -> Table:
    rows: list[tuple[str, str, str]] = [("Datum", format_date(data.date), "value")]
    if data.reference:
        rows.append(("Ons kenmerk", data.reference, "value"))
    if data.your_reference:
        rows.append(("Uw kenmerk", data.your_reference, "value"))
    if data.contact:
        rows.append(("Inlichtingen bij", data.contact, "value"))
    rows.append(("Onderwerp", data.subject, "subject"))
    cells = [[Paragraph(text(k), ss["label"]), Paragraph(text(v), ss[style])] for k, v, style in rows]
    t = Table(cells, colWidths=[32 * mm, WIDTH - 32 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # a Table's cell font is Helvetica unless set
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return t


def build_story(data: LetterData) -> list[Flowable]:
    """The letter's flowables below the letterhead and the envelope window."""
    ss = _styles()
    story: list[Flowable] = []
    if data.confidential:
        story.append(Paragraph(CONFIDENTIAL, ss["mark"]))
    story.append(_reference_block(data, ss))
    story.append(Spacer(1, 7 * mm))
    story.append(Paragraph(text(data.salutation), ss["body"]))
    for p in data.paragraphs:
        if p.strip():
            story.append(Paragraph(text(p.strip()), ss["body"]))
    signature: list[Flowable] = [Spacer(1, 2 * mm), Paragraph(text(data.closing), ss["tight"])]
    if data.signer_on_behalf:
        signature.append(Paragraph(text(data.signer_on_behalf), ss["tight"]))
    signature += [
        Spacer(1, 15 * mm),
        Paragraph(text(data.signer_name), ss["tight"]),
        Paragraph(text(data.signer_function), ss["tight"]),
    ]
    story.append(KeepTogether(signature))
    if data.enclosures or data.copies:
        story.append(Spacer(1, 8 * mm))
    if data.enclosures:
        story.append(Paragraph("Bijlage(n)", ss["label"]))
        story += [Paragraph(text("– " + e), ss["small"]) for e in data.enclosures]
        story.append(Spacer(1, 2 * mm))
    if data.copies:
        story.append(Paragraph("Afschrift aan", ss["label"]))
        story += [Paragraph(text("– " + c), ss["small"]) for c in data.copies]
    return story


def render_letter(data: LetterData, *, audit_head: tuple[int, str] | None = None) -> bytes:
    """The letter as PDF bytes (A4, fonts embedded). `audit_head` (count, hash) goes into the metadata and
    the footer; without it the head set by `layout.stamped_audit_head` (DocumentService) is used."""
    layout.register_fonts()
    buf = io.BytesIO()
    doc = _LetterTemplate(buf, data, audit_head or layout._stamp.get())
    doc.build(build_story(data), canvasmaker=_LetterCanvas)
    return buf.getvalue()


__all__ = ["CONFIDENTIAL", "LetterData", "Letterhead", "Recipient", "build_story", "render_letter"]
