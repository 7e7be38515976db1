"""Charts for print: ReportLab's own vector graphics (reportlab.graphics), never bitmaps of screen charts.

Each function takes plain labels and numbers and returns a `Drawing`, a flowable that sits in a story like a
table. Every text uses the embedded house font (no Helvetica reference in the PDF).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import STATE_DEFAULTS, String
from reportlab.graphics.shapes import Drawing as _Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from veiligbestuur_desktop.reports.layout import ACCENT, CONTENT_WIDTH, FONT, FONT_BOLD, GRID, register_fonts

PALETTE = (
    colors.HexColor("#1f3a5f"),
    colors.HexColor("#4f7cac"),
    colors.HexColor("#9cb8d9"),
    colors.HexColor("#c0504d"),
    colors.HexColor("#e3a857"),
    colors.HexColor("#6a9f58"),
    colors.HexColor("#8064a2"),
    colors.HexColor("#7f7f7f"),
)


_STATE_LOCK = threading.RLock()


class Drawing(_Drawing):  # type: ignore[misc]
    """A drawing whose renderer starts in the house font: ReportLab's graphics state starts in Helvetica and
    sets it on the page before the first string, which puts a Helvetica reference into the PDF."""

    def draw(self) -> None:
        with _STATE_LOCK:  # the defaults are ReportLab's module state: one drawing at a time changes them
            default = STATE_DEFAULTS["fontName"]
            STATE_DEFAULTS["fontName"] = FONT
            try:
                super().draw()
            finally:
                STATE_DEFAULTS["fontName"] = default


def _step(top: int) -> int:
    """A readable step for a value axis up to `top`: at most six steps of 1, 2, 5, 10, 20, 50, ..."""
    mult = 1
    while True:
        for base in (1, 2, 5):
            if top / (base * mult) <= 6:
                return base * mult
        mult *= 10


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    if title:
        drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9, fillColor=ACCENT))


def _axes(chart: VerticalBarChart | HorizontalBarChart, top: int) -> None:
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1) * 1.12
    chart.valueAxis.valueStep = _step(max(top, 1))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", ".")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = GRID
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = GRID
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = lambda v: f"{int(v):,}".replace(",", ".") if v else ""


def bar_chart(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    title: str = "",
    width: float = CONTENT_WIDTH,
    height: float = 55 * mm,
    color: colors.Color = PALETTE[0],
    previous: Sequence[int] | None = None,
    series_names: tuple[str, str] = ("", ""),
) -> Drawing:
    """Vertical bars (months, years); with `previous` a second, lighter series beside each bar."""
    register_fonts()
    d = Drawing(width, height)
    _title(d, title, width, height)
    chart = VerticalBarChart()
    chart.x = 28
    chart.y = 18 if not previous else 26
    chart.width = width - chart.x - 6
    chart.height = height - chart.y - (18 if title else 6)
    data = [list(values)] if previous is None else [list(previous), list(values)]
    chart.data = data
    chart.categoryAxis.categoryNames = list(labels)
    chart.bars.strokeColor = None
    if previous is None:
        chart.bars[0].fillColor = color
    else:
        chart.bars[0].fillColor = PALETTE[2]
        chart.bars[1].fillColor = color
        chart.groupSpacing = 6
    chart.barLabels.nudge = 5
    chart.barLabels.boxAnchor = "s"
    _axes(chart, max([0, *values, *(previous or [])]))
    d.add(chart)
    if previous is not None:
        legend = Legend()
        legend.fontName = FONT
        legend.fontSize = 7
        legend.x = chart.x
        legend.y = 6
        legend.dx = 7
        legend.dy = 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.colorNamePairs = [(PALETTE[2], series_names[0]), (color, series_names[1])]
        d.add(legend)
    return d


def hbar_chart(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    title: str = "",
    width: float = CONTENT_WIDTH,
    bar_height: float = 5.5 * mm,
    color: colors.Color = PALETTE[1],
    label_width: float = 62 * mm,
) -> Drawing:
    """Horizontal bars with the labels on the left (categories, roles): the largest on top as listed."""
    register_fonts()
    n = max(len(values), 1)
    height = n * bar_height + (22 if title else 10) + 12
    d = Drawing(width, height)
    _title(d, title, width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 14
    chart.width = width - label_width - 12
    chart.height = n * bar_height
    # ReportLab draws the first category at the bottom: reverse so the list reads top-down
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = color
    chart.barLabels.nudge = 6
    chart.barLabels.boxAnchor = "w"
    _axes(chart, max([0, *values]))
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    d.add(chart)
    return d


def pie_chart(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    title: str = "",
    width: float = CONTENT_WIDTH,
    height: float = 50 * mm,
) -> Drawing:
    """A pie with a legend beside it (for a few parts of a whole: the channels, online or not)."""
    register_fonts()
    d = Drawing(width, height)
    _title(d, title, width, height)
    size = height - (22 if title else 8)
    pie = Pie()
    pie.x = 8
    pie.y = 4
    pie.width = pie.height = size
    parts = [(lab, v) for lab, v in zip(labels, values, strict=True) if v > 0]
    pie.data = [v for _lab, v in parts] or [1]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    pie.slices.fontName = FONT
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)] if parts else GRID
    d.add(pie)
    total = sum(v for _lab, v in parts)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.x = size + 24
    legend.y = size
    legend.dx = 8
    legend.dy = 8
    legend.deltay = 11
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{lab}: {v} ({round(100 * v / total)}%)")
        for i, (lab, v) in enumerate(parts)
    ] or [(GRID, "geen gegevens")]
    d.add(legend)
    return d


def house_font(table: Table) -> Table:
    """A table of the house style that names the house font for its cells too (ReportLab's tables otherwise
    reference Helvetica in the PDF, even when every cell is a Paragraph)."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table
