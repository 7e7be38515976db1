"""The 5×5 heat map of the current risk analyses: likelihood (rows, 5 at the top) × impact (columns). Each cell
shows its count and its level in words on the level's colour — never colour alone — and the widget describes
itself in text for a screen reader (accessibleDescription)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from veiligbestuur_desktop.domain.prevention import LEVEL_COLOURS, SCALE, heat_map, risk_level
from veiligbestuur_desktop.ui.kit import theme


class HeatMapWidget(QWidget):
    """Paints the counts per (likelihood, impact); `set_counts` replaces them."""

    LABEL_W = 74
    LABEL_H = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.counts: dict[tuple[int, int], int] = heat_map(())
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumSize(QSize(330, 270))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Risicokaart"))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(420, 330)

    def set_counts(self, counts: dict[tuple[int, int], int]) -> None:
        self.counts = dict(counts)
        self._describe()
        self.update()

    def total(self) -> int:
        return sum(self.counts.values())

    def description(self) -> str:
        """The map in words: the total and every filled cell with its level."""
        filled = [
            self.tr("kans {k} en impact {i}: {n} ({level})").format(
                k=k, i=i, n=n, level=risk_level(k, i).label
            )
            for (k, i), n in sorted(self.counts.items(), key=lambda c: (-c[0][0], -c[0][1]))
            if n
        ]
        head = self.tr("Risicokaart van {n} actuele analyses (kans maal impact).").format(n=self.total())
        return head + (" " + "; ".join(filled) + "." if filled else " " + self.tr("Nog geen analyses."))

    def _describe(self) -> None:
        text = self.description()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        w = (self.width() - self.LABEL_W - 4) / len(SCALE)
        h = (self.height() - self.LABEL_H - 4) / len(SCALE)
        row = len(SCALE) - likelihood
        col = impact - 1
        return QRectF(self.LABEL_W + col * w, 2 + row * h, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.25)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for k in SCALE:
            for i in SCALE:
                r = self.cell_rect(k, i)
                level = risk_level(k, i)
                fill = QColor(LEVEL_COLOURS[level])  # the level is in words in the cell too
                p.fillRect(r, fill)
                p.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 2))
                p.drawRect(r)
                p.setPen(theme.on_colour(fill))
                n = self.counts.get((k, i), 0)
                top = QRectF(r.x(), r.y() + 2, r.width(), r.height() * 0.55)
                bottom = QRectF(r.x(), r.y() + r.height() * 0.55, r.width(), r.height() * 0.43)
                p.setFont(bold)
                p.drawText(top, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(n))
                p.setFont(small)
                p.drawText(
                    bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), level.label
                )
        p.setFont(small)
        p.setPen(text_colour)
        for k in SCALE:
            r = self.cell_rect(k, 1)
            label = QRectF(0, r.y(), self.LABEL_W - 6, r.height())
            p.drawText(
                label,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.tr("kans {n}").format(n=k),
            )
        for i in SCALE:
            r = self.cell_rect(1, i)
            label = QRectF(r.x(), r.bottom() + 2, r.width(), 16)
            p.drawText(label, int(Qt.AlignmentFlag.AlignCenter), self.tr("impact {n}").format(n=i))
        p.drawText(
            QRectF(self.LABEL_W, self.height() - 16, self.width() - self.LABEL_W, 16),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("impact →   ·   kans ↑"),
        )
        if self.hasFocus():
            p.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DotLine))
            p.drawRect(self.rect().adjusted(1, 1, -2, -2))
        p.end()
