"""Step 1 documents besides the protocol: the A5 normkaart "Wat te doen bij agressie of bedreiging" (one page
per group of office holders, with the municipality's own numbers) and the woordvoeringsschema (the
mediabeleid per scenario). From plain data; the normkaart has its own small A5 template in the house style
(layout.render lays out A4 only)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GRID,
    LIGHT,
    RED,
    audit_head_line,
    fmt_date,
    heading,
    para,
    text,
)
from veiligbestuur_desktop.reports.protocol import data_table, embedded

# --- the normkaart (A5) ----------------------------------------------------------------------------------------

NORMKAART_TITLE = "Wat te doen bij agressie of bedreiging"

A5_WIDTH, A5_HEIGHT = A5
A5_MARGIN_X = 12 * mm
A5_MARGIN_TOP = 20 * mm
A5_MARGIN_BOTTOM = 16 * mm
A5_CONTENT = A5_WIDTH - 2 * A5_MARGIN_X

# What to do, the same for everyone (DOMAIN.md step 2: the protocol card), and per role what is its own.
ACUTE = (
    "Bij acuut gevaar: bel 112. Uw veiligheid gaat voor alles.",
    "Blijf rustig, houd afstand en zoek een uitweg; ga niet in discussie.",
    "Sta er niet alleen voor: roep collega’s, de bode of de beveiliging erbij.",
    "Onthoud het signalement: geslacht, leeftijd, lengte, kleding, kenmerken, voertuig en kenteken.",
)
AFTERWARDS = (
    "Meld het incident altijd intern bij het meldpunt, ook als het klein lijkt.",
    "Bewaar bewijs: berichten, brieven, schermafdrukken met datum en afzender. Verwijder niets.",
    "Doe aangifte bij een strafbaar feit; vraag de politie om de VPT-code. De gemeente helpt u daarbij en "
    "geeft het gemeentehuis op als domicilie.",
    "Nazorg dezelfde dag: het meldpunt neemt contact met u op. U kunt ook bellen met De Vertrouwenslijn.",
)
PER_ROLE: dict[str, tuple[str, ...]] = {
    "burgemeester": (
        "Bent u zelf slachtoffer, dan neemt de loco-burgemeester de besluiten over maatregelen tegen de dader.",
        "In de raadszaal kunt u als voorzitter de vergadering schorsen en iemand laten verwijderen.",
    ),
    "wethouder": (
        "Bij een incident in of na een vergadering: meld het bij de voorzitter, die de orde handhaaft.",
        "Online bedreigd? Reageer niet en meld het; de gemeente beslist over woordvoering.",
    ),
    "raadslid": (
        "In de raadszaal: waarschuw de voorzitter of de griffier; de voorzitter kan de vergadering schorsen.",
        "Na een bedreiging online of bij uw woning: meld het bij de griffier, ook buiten kantoortijd.",
    ),
    "commissielid": (
        "In een commissievergadering: waarschuw de voorzitter of de commissiegriffier.",
        "Ook als commissielid of burgerraadslid valt u onder dit protocol: meld elk incident.",
    ),
}
GENERIC_ROLE = ("Meld elk incident bij het meldpunt; de gemeente zorgt voor opvang en een passende reactie.",)


@dataclass(frozen=True, slots=True)
class NormkaartRole:
    code: str  # role code: "burgemeester", ...
    label: str  # Dutch, the group the page is for: "wethouders", "de burgemeester"
    singular: str  # Dutch: "wethouder", "commissielid of burgerraadslid"


@dataclass(frozen=True, slots=True)
class NormkaartData:
    municipality: str
    generated_at: datetime
    norm: str
    meldpunt: str
    meldpunt_contact: str
    roles: tuple[NormkaartRole, ...]
    contacts: tuple[tuple[str, str], ...]  # (label, number): the contactkaart of step 3
    circle: bool  # the directe omgeving is protected too
    source: str  # "Agressieprotocol, versie 2 (gepubliceerd)"


def _card_styles() -> dict[str, ParagraphStyle]:
    ss = layout.styles()
    body = ParagraphStyle(
        "CardBody", parent=ss["Body"], fontSize=9, leading=11.8, spaceAfter=1.8, bulletFontName=FONT
    )
    return {
        "title": ParagraphStyle("CardTitle", parent=ss["Title"], fontSize=14, leading=17, spaceAfter=1),
        "sub": ParagraphStyle("CardSub", parent=ss["Subtitle"], fontSize=9, leading=11, spaceAfter=4),
        "h": ParagraphStyle(
            "CardH",
            parent=ss["H2"],
            fontSize=9.2,
            leading=12,
            spaceBefore=4,
            spaceAfter=1.5,
            textColor=ACCENT,
        ),
        "body": body,
        "norm": ParagraphStyle(
            "CardNorm",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12.5,
            backColor=LIGHT,
            borderPadding=4,
            leftIndent=4,
            rightIndent=4,
            spaceBefore=2,
            spaceAfter=6,
        ),
        "acute": ParagraphStyle(
            "CardAcute",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=RED,
            spaceAfter=3,
        ),
        "cell": ParagraphStyle("CardCell", parent=body, spaceAfter=0),
        "cellb": ParagraphStyle("CardCellB", parent=body, fontName=FONT_BOLD, spaceAfter=0),
        "small": ParagraphStyle(
            "CardSmall", parent=body, fontSize=7, leading=9, textColor=colors.HexColor("#444444")
        ),
    }


def _bullets(lines: tuple[str, ...], st: ParagraphStyle) -> list[Flowable]:
    bullet = ParagraphStyle(f"{st.name}Bullet", parent=st, leftIndent=8)
    return [Paragraph(text(line), bullet, bulletText="•") for line in lines]


def _numbers(d: NormkaartData, st: dict[str, ParagraphStyle]) -> Table:
    rows = [(label, number) for label, number in d.contacts]
    if d.meldpunt:
        rows.insert(
            1 if rows and rows[0][1] == "112" else 0, (f"Meldpunt: {d.meldpunt}", d.meldpunt_contact or "—")
        )
    data = [[Paragraph(text(a), st["cell"]), Paragraph(text(b), st["cellb"])] for a, b in rows]
    t = Table(data, colWidths=[A5_CONTENT * 0.64, A5_CONTENT * 0.36], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 1.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return embedded(t)


def normkaart_story(d: NormkaartData) -> list[Flowable]:
    st = _card_styles()
    story: list[Flowable] = []
    for n, role in enumerate(d.roles):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(text(NORMKAART_TITLE), st["title"]))
        sub = f"voor {role.label}" + (" en de directe omgeving" if d.circle else "")
        story.append(Paragraph(text(sub), st["sub"]))
        story.append(Paragraph(text(d.norm), st["norm"]))
        story.append(Paragraph(text("Acuut gevaar? Bel 112."), st["acute"]))
        story.append(Paragraph(text("Tijdens het incident"), st["h"]))
        story.extend(_bullets(ACUTE[1:], st["body"]))
        story.append(Paragraph(text(f"Als {role.singular}"), st["h"]))
        story.extend(_bullets(PER_ROLE.get(role.code, GENERIC_ROLE), st["body"]))
        story.append(Paragraph(text("Daarna"), st["h"]))
        story.extend(_bullets(AFTERWARDS, st["body"]))
        story.append(KeepTogether([Paragraph(text("Wie belt u"), st["h"]), _numbers(d, st)]))
        story.append(Paragraph(text(d.source), st["small"]))
    return story


_A5Canvas = layout.numbered_canvas(A5_WIDTH - A5_MARGIN_X, A5_MARGIN_BOTTOM - 9 * mm, font_size=7)


class _A5Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        title: str,
        municipality: str,
        generated_at: datetime,
        audit_head: tuple[int, str] | None,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=A5,
            leftMargin=A5_MARGIN_X,
            rightMargin=A5_MARGIN_X,
            topMargin=A5_MARGIN_TOP,
            bottomMargin=A5_MARGIN_BOTTOM,
            **layout.document_metadata(title, municipality, "", audit_head),
            invariant=1,
        )
        self.municipality = municipality
        self.generated_at = generated_at
        self.audit_head = audit_head
        frame = Frame(
            A5_MARGIN_X,
            A5_MARGIN_BOTTOM,
            A5_CONTENT,
            A5_HEIGHT - A5_MARGIN_TOP - A5_MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="card", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        top = A5_HEIGHT - 10 * mm
        canv.setFillColor(ACCENT)
        canv.setFont(FONT_BOLD, 8.5)
        canv.drawString(A5_MARGIN_X, top, self.municipality)
        canv.setFont(FONT, 7.5)
        canv.drawRightString(A5_WIDTH - A5_MARGIN_X, top, "Normkaart")
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.7)
        canv.line(A5_MARGIN_X, top - 2.5 * mm, A5_WIDTH - A5_MARGIN_X, top - 2.5 * mm)
        y = A5_MARGIN_BOTTOM - 9 * mm
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(A5_MARGIN_X, y + 3.5 * mm, A5_WIDTH - A5_MARGIN_X, y + 3.5 * mm)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.setFont(FONT, 7)
        canv.drawString(A5_MARGIN_X, y, fmt_date(self.generated_at))
        if self.audit_head:
            canv.setFont(FONT, 5.5)
            canv.drawCentredString(A5_WIDTH / 2, y - 3 * mm, audit_head_line(*self.audit_head))
        canv.restoreState()


def render_normkaart(d: NormkaartData) -> bytes:
    layout.register_fonts()
    buf = io.BytesIO()
    doc = _A5Template(
        buf,
        title=NORMKAART_TITLE,
        municipality=municipality_title(d.municipality),
        generated_at=d.generated_at,
        audit_head=layout._stamp.get(),
    )
    doc.build(normkaart_story(d), canvasmaker=_A5Canvas)
    return buf.getvalue()


# --- the woordvoeringsschema ---------------------------------------------------------------------------------

WOORDVOERING_TITLE = "Woordvoeringsschema bij agressie en bedreiging"


@dataclass(frozen=True, slots=True)
class SchemeLine:
    scenario: str  # Dutch label
    spokesperson: str  # "" when the scenario has not been set
    deputy: str
    standard_line: str
    informs: str


@dataclass(frozen=True, slots=True)
class WoordvoeringData:
    municipality: str
    generated_at: datetime
    lines: tuple[SchemeLine, ...]  # every scenario, in the fixed order
    protocol_ref: str  # "Agressieprotocol, versie 2 (gepubliceerd)" or ""


def woordvoering_story(d: WoordvoeringData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [
        Paragraph(text(WOORDVOERING_TITLE), ss["Title"]),
        Paragraph(
            text(
                municipality_title(d.municipality)
                + (f" · hoort bij het {d.protocol_ref}" if d.protocol_ref else "")
            ),
            ss["Subtitle"],
        ),
        para(
            "Wie staat de pers te woord na een incident, wie neemt het over bij afwezigheid, en wie informeert wie. "
            "Noem nooit de naam van een naaste of een woonadres, en geen details van een lopend onderzoek.",
            ss,
        ),
    ]
    missing = [i for i, line in enumerate(d.lines) if not line.spokesperson]
    story.append(
        data_table(
            ["Scenario", "Woordvoerder", "Plaatsvervanger", "Wie informeert wie"],
            [
                [
                    line.scenario,
                    line.spokesperson or "nog niet vastgelegd",
                    line.deputy or "—",
                    line.informs or "—",
                ]
                for line in d.lines
            ],
            ss,
            [0.22, 0.22, 0.22, 0.34],
            highlight_rows=missing,
        )
    )
    story.append(heading("Standaardlijnen", ss))
    for line in d.lines:
        if not line.spokesperson:
            continue
        story.append(
            KeepTogether(
                [
                    heading(line.scenario[:1].upper() + line.scenario[1:], ss, level=2),
                    para(line.standard_line, ss),
                ]
            )
        )
    return story


def render_woordvoering(d: WoordvoeringData) -> bytes:
    return layout.render(
        woordvoering_story(d),
        title=WOORDVOERING_TITLE,
        municipality=municipality_title(d.municipality),
        generated_at=d.generated_at,
        classification="",
    )
