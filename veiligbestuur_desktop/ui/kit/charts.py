"""Charts in the app (PySide6.QtCharts): bars per month or year, horizontal bars per category, a pie of parts.

A `ChartView` is made once and refilled with plain labels and numbers (`show_bars`, `show_hbars`,
`show_pie`); the data come from a service. Colours are those of the printed charts (reports/charts.py), so the
screen and the paper look alike. Every chart has an accessible description listing its numbers, so a screen
reader reads what the bars show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from veiligbestuur_desktop.ui.kit import theme


def _nice_axis(top: int) -> tuple[int, int]:
    """(maximum, step) of a value axis: a little above the highest value, in at most eight round steps
    (1, 2, 5, 10, 20, 50, ...)."""
    top = max(int(top * 1.1) + 1, 5)
    mult = 1
    while True:
        for base in (1, 2, 5):
            step = base * mult
            if top / step <= 8:
                return (top // step + (1 if top % step else 0)) * step, step
        mult *= 10


def _value_axis(top: int) -> QValueAxis:
    axis = QValueAxis()
    maximum, step = _nice_axis(top)
    axis.setRange(0, maximum)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


class ChartView(QChartView):
    """One chart, refilled with new numbers; no animation, no legend unless there are two series."""

    def __init__(self, title: str = "", parent: QWidget | None = None, min_height: int = 220) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._title = title
        self.setChart(self._new_chart())

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if theme.is_dark():  # a dark system palette: a dark chart, its text readable
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(self._title)
        chart.legend().hide()
        return chart

    def _replace(self, chart: QChart, description: str) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setAccessibleName(self._title)
        self.setAccessibleDescription(description)
        self.setToolTip(description)

    @staticmethod
    def _describe(labels: Sequence[str], values: Sequence[int]) -> str:
        return "; ".join(
            f"{label}: {QLocale().toString(v)}" for label, v in zip(labels, values, strict=False)
        )

    def show_bars(
        self,
        labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[int]]],
    ) -> None:
        """Vertical bars: one set per (name, values), side by side per label (e.g. last year and this year)."""
        chart = self._new_chart()
        bars = QBarSeries()
        colours = [theme.series_colour(n) for n in ((2, 0) if len(series) == 2 else range(8))]
        top = 0
        for n, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(colours[n % len(colours)])
            bar_set.setBorderColor(colours[n % len(colours)])
            bars.append(bar_set)
            top = max([top, *values])
        bars.setLabelsVisible(len(labels) <= 12 and len(series) == 1)
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(list(labels))
        # twelve months in a quarter of the window: a smaller font, or Qt cuts "mei" to "…"
        if len(labels) > 8:
            font = x.labelsFont()
            font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
            x.setLabelsFont(font)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = _value_axis(top)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        if len(series) > 1:
            chart.legend().show()
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        description = " — ".join(f"{name}: {self._describe(labels, values)}" for name, values in series)
        self._replace(chart, description)

    def show_hbars(self, labels: Sequence[str], values: Sequence[int], colour: QColor | None = None) -> None:
        """Horizontal bars, the first label on top."""
        chart = self._new_chart()
        bars = QHorizontalBarSeries()
        bar_set = QBarSet("")
        bar_set.append([float(v) for v in reversed(values)])
        colour = colour or theme.series_colour(1)
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        bars.append(bar_set)
        chart.addSeries(bars)
        y = QBarCategoryAxis()
        y.append(list(reversed(labels)))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        x = _value_axis(max([0, *values]))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        self._replace(chart, self._describe(labels, values))

    def show_pie(self, labels: Sequence[str], values: Sequence[int], legend_below: bool = False) -> None:
        """A pie of the parts that are not zero, with a legend on the right (or below, in a narrow chart)."""
        chart = self._new_chart()
        pie = QPieSeries()
        total = sum(values)
        for n, (label, value) in enumerate((lab, v) for lab, v in zip(labels, values, strict=True) if v > 0):
            share = round(100 * value / total) if total else 0
            text = (
                f"{label} {QLocale().toString(value)}"
                if legend_below
                else f"{label}: {QLocale().toString(value)} ({share}%)"
            )
            part = pie.append(text, float(value))
            part.setColor(theme.series_colour(n))
            part.setBorderColor(self.palette().color(QPalette.ColorRole.Window))
        chart.addSeries(pie)
        chart.legend().show()
        chart.legend().setAlignment(
            Qt.AlignmentFlag.AlignBottom if legend_below else Qt.AlignmentFlag.AlignRight
        )
        self._replace(chart, self._describe(labels, values))

    def clear(self) -> None:
        self._replace(self._new_chart(), "")
