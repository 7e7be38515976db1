"""The 5×5 heat map of risk analyses on paper: likelihood (rows, 5 at the top) × impact (columns), each cell
with its count AND its level in words (never colour alone), as a ReportLab table — no bitmap."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from veiligbestuur_desktop.domain.prevention import (
    LEVEL_COLOURS,
    SCALE,
    impact_choices,
    likelihood_choices,
    risk_level,
)
from veiligbestuur_desktop.reports.layout import ACCENT, FONT, GRID, text


@dataclass(frozen=True, slots=True)
class HeatMapData:
    counts: dict[tuple[int, int], int]  # (likelihood, impact) -> number of analyses; every cell present
    marked: tuple[int, int] | None = None  # the cell of the analysis the document is about
    caption: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def embedded(table: Table) -> Table:
    """A ReportLab table draws in Helvetica (referenced, not embedded) unless told: use the house font."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def cell_text(likelihood: int, impact: int, count: int, marked: bool) -> str:
    """What a cell says: the count, the level in words, and a mark for the analysis itself."""
    level = risk_level(likelihood, impact).label
    mark = "<br/><font size=6>▲ deze analyse</font>" if marked else ""
    return f"<b>{count}</b><br/><font size=6.5>{text(level)}</font>{mark}"


def heat_map_table(data: HeatMapData, ss: StyleSheet1, cell_mm: float = 22) -> Table:
    """The map as a table: a label column for the likelihood, five impact columns, an impact label row."""
    centre = ss["Cell"].clone("HeatCell", alignment=1, fontSize=8.5, leading=9.5)
    head = ss["CellBold"].clone("HeatHead", fontSize=7.5, leading=9.5)
    likelihood = dict(likelihood_choices(translate=False))
    impact = dict(impact_choices(translate=False))
    rows: list[list[Flowable | str]] = []
    style: list[tuple[object, ...]] = [
        ("GRID", (1, 0), (-1, len(SCALE) - 1), 0.6, colors.white),
        ("BOX", (1, 0), (-1, len(SCALE) - 1), 0.8, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, k in enumerate(reversed(SCALE)):
        row: list[Flowable | str] = [Paragraph(text(f"Kans {likelihood[k]}"), head)]
        for c, i in enumerate(SCALE, start=1):
            count = data.counts.get((k, i), 0)
            marked = data.marked == (k, i)
            row.append(Paragraph(cell_text(k, i, count, marked), centre))
            style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(LEVEL_COLOURS[risk_level(k, i)])))
            if marked:
                style.append(("BOX", (c, r), (c, r), 2, ACCENT))
        rows.append(row)
    rows.append(["", *[Paragraph(text(f"Impact {impact[i]}"), head) for i in SCALE]])
    label_width = 34 * mm
    t = Table(
        rows,
        colWidths=[label_width, *[cell_mm * mm] * len(SCALE)],
        rowHeights=[15 * mm] * len(SCALE) + [None],
        hAlign="LEFT",
    )
    t.setStyle(TableStyle(style))
    return embedded(t)


def heat_map_story(data: HeatMapData, ss: StyleSheet1, title: str = "") -> list[Flowable]:
    """The map with its caption (and heading), kept together on one page."""
    from veiligbestuur_desktop.reports.layout import heading, keep, para

    parts: list[Flowable] = [heading(title, ss)] if title else []
    if data.caption:
        parts.append(para(data.caption, ss, "Small"))
    parts.append(heat_map_table(data, ss))
    for note in data.notes:
        parts.append(para(note, ss, "Small"))
    return [keep(*parts)]
