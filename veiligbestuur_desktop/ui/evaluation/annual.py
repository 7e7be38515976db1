"""Jaarevaluatie: a year chosen, its figures counted from the records (services/annual.py), the charts, and
the buttons for the jaarverslag and the raadsinformatiebrief of that year."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.statistics import (
    MONTHS,
    NATIONAL_REFERENCES,
    AnnualFigures,
    Share,
)
from veiligbestuur_desktop.services.annual import AnnualService
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.kit.charts import ChartView
from veiligbestuur_desktop.ui.kit.documents import open_document
from veiligbestuur_desktop.ui.kit.worker import run_task


def _n(value: int) -> str:
    return QLocale().toString(value)


class AnnualPanel(QWidget):
    shown = Signal()  # the figures of the chosen year are on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: AnnualService | None = None
        self.figures: AnnualFigures | None = None
        self.today = date.today()
        self._stale = False
        self._generation = 0

        self.year_box = QComboBox()
        self.year_box.setObjectName("annualYear")
        self.year_box.currentIndexChanged.connect(lambda _i: self.reload())
        year_label = QLabel(self.tr("&Jaar:"))
        year_label.setBuddy(self.year_box)
        self.report_button = QPushButton(self.tr("Jaarverslag (&college)…"))
        self.report_button.setObjectName("annualReport")
        self.report_button.setToolTip(self.tr("Alle cijfers met grafieken, vertrouwelijk, voor het college"))
        self.report_button.clicked.connect(lambda: self._document("jaarverslag"))
        self.letter_button = QPushButton(self.tr("&Raadsinformatiebrief…"))
        self.letter_button.setObjectName("councilLetter")
        self.letter_button.setToolTip(self.tr("Alleen aantallen, aantallen onder de 5 verborgen, geen namen"))
        self.letter_button.clicked.connect(lambda: self._document("raadsinformatiebrief"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addStretch(1)
        top.addWidget(self.report_button)
        top.addWidget(self.letter_button)
        for b in (self.report_button, self.letter_button):
            b.setAutoDefault(False)

        figures_box = QGroupBox(self.tr("Kerncijfers"))
        self.grid = QGridLayout(figures_box)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("total", self.tr("Incidenten")),
            ("online", self.tr("Online (e-mail, sociale media)")),
            ("aangifte", self.tr("Aangifte gedaan")),
            ("nazorg", self.tr("Opvanggesprek op tijd")),
            ("sanctions", self.tr("Sancties afgewogen / opgelegd")),
            ("evaluations", self.tr("Incidenten geëvalueerd")),
            ("open", self.tr("Opvolging nog open")),
        )
        for i, (key, label) in enumerate(rows):
            name = QLabel(label + ":")
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setWordWrap(True)  # a large system font: the figures wrap instead of being cut off
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(value, i, 1)
            self.values[key] = value
        self.grid.setColumnStretch(1, 1)
        self.reasons = QLabel()
        self.reasons.setObjectName("noReportReasons")
        self.reasons.setWordWrap(True)
        self.grid.addWidget(self.reasons, len(rows), 0, 1, 2)
        self.reference = QLabel(
            "<small>"
            + html.escape(
                self.tr("Landelijk: ")
                + " ".join(QCoreApplication.translate("statistics", r.text) for r in NATIONAL_REFERENCES[:3])
            )
            + "</small>"
        )
        self.reference.setWordWrap(True)
        self.grid.addWidget(self.reference, len(rows) + 1, 0, 1, 2)
        self.grid.setRowStretch(len(rows) + 2, 1)  # the rows stay together at the top

        self.months = ChartView(self.tr("Incidenten per maand"))
        self.months.setObjectName("chartMonths")
        self.categories = ChartView(self.tr("Soort incident"), min_height=280)
        self.categories.setObjectName("chartCategories")
        self.channels = ChartView(self.tr("Kanaal"))
        self.channels.setObjectName("chartChannels")
        self.history = ChartView(self.tr("Incidenten per jaar"))
        self.history.setObjectName("chartHistory")

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(figures_box, 0, 0)
        grid.addWidget(self.months, 0, 1)
        grid.addWidget(self.categories, 1, 0)
        grid.addWidget(self.channels, 1, 1)
        grid.addWidget(self.history, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        subscribe(self, ("incident", "follow_up", "incident_evaluation"), lambda _c: self._changed())

    def load(self, service: AnnualService, today: date | None = None) -> None:
        self.service = service
        self.today = today or date.today()
        years = set(service.years()) | {self.today.year, self.today.year - 1}
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in sorted(years, reverse=True):
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(max(self.year_box.findData(self.today.year - 1), 0))
        self.year_box.blockSignals(False)
        self.reload()

    def year(self) -> int | None:
        value = self.year_box.currentData()
        return int(value) if value is not None else None

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # counted again when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Count the chosen year again, off the GUI thread (a year of 20,000 incidents takes about a second),
        and show the figures when they are in."""
        year = self.year()
        if self.service is None or self.service.ws.locked or year is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        service = self.service
        self.values["total"].setText(self.tr("wordt geteld…"))

        def count() -> tuple[AnnualFigures, tuple[int, ...] | None]:
            f = service.figures(year)
            before = dict(f.history).get(year - 1)
            return f, service.year_counts(year - 1).by_month if before is not None else None

        run_task(
            self,
            self.tr("Jaarcijfers worden geteld…"),
            count,
            on_done=lambda result: self._show(result[0], result[1], generation),
            quiet=True,
        )

    def _share(self, share: Share) -> str:
        """'12 of 48 (25 per cent)': statistics.share_text in the UI language (documents keep share_text)."""
        if share.whole == 0 or share.percent is None:
            return "—"
        return self.tr("{part} van {whole} ({percent} procent)").format(
            part=_n(share.part), whole=_n(share.whole), percent=round(share.percent)
        )

    def _change(self, now: int, before: int) -> str:
        """statistics.change_text in the UI language: 'gelijk', '+3 (+12 procent)', '−5'."""
        diff = now - before
        if diff == 0:
            return self.tr("gelijk")
        sign = "+" if diff > 0 else "−"
        text = f"{sign}{_n(abs(diff))}"
        if before:
            text += " " + self.tr("({sign}{n} procent)").format(sign=sign, n=round(abs(diff) * 100 / before))
        return text

    def _show(self, f: AnnualFigures, previous: tuple[int, ...] | None, generation: int) -> None:
        if generation != self._generation or self.service is None:
            return  # another year was chosen meanwhile, or the vault was locked
        year = f.year
        self.figures = f
        before = dict(f.history).get(year - 1)
        total = _n(f.total)
        if before is not None:
            total += " " + self.tr("({change} ten opzichte van {y})").format(
                change=self._change(f.total, before), y=year - 1
            )
        self.values["total"].setText(total)
        self.values["online"].setText(self._share(f.online))
        self.values["aangifte"].setText(
            self.tr("{a}; alleen melding {m}").format(a=self._share(f.aangifte), m=self._share(f.melding))
        )
        n = f.nazorg
        self.values["nazorg"].setText(
            self.tr("{a} van {b}; te laat {c}, niet gevoerd {d}").format(
                a=_n(n.on_time), b=_n(n.total), c=_n(n.late), d=_n(n.not_done)
            )
        )
        self.values["sanctions"].setText(
            f"{self._share(f.sanctions_weighed)} / {_n(sum(c.count for c in f.sanctions))}"
        )
        self.values["evaluations"].setText(_n(f.evaluations))
        self.values["open"].setText(_n(f.open_follow_ups))
        reasons = ", ".join(f"{c.label} {_n(c.count)}" for c in f.no_report_reasons)
        self.reasons.setText(
            self.tr("Redenen om geen aangifte of melding te doen: {r}").format(r=reasons or "—")
        )

        series: list[tuple[str, tuple[int, ...]]] = []
        if previous is not None:
            series.append((str(year - 1), previous))
        series.append((str(year), f.by_month))
        self.months.show_bars([QCoreApplication.translate("statistics", m) for m in MONTHS], series)
        self.categories.show_hbars([c.label for c in f.by_category], [c.count for c in f.by_category])
        self.channels.show_pie([c.label for c in f.by_channel], [c.count for c in f.by_channel])
        self.history.show_bars(
            [str(y) for y, _c in f.history], [(self.tr("incidenten"), tuple(c for _y, c in f.history))]
        )
        self.shown.emit()

    def clear(self) -> None:
        self._generation += 1  # a count still under way is not shown
        self.service = None
        self.figures = None
        for label in self.values.values():
            label.setText("")
        self.reasons.setText("")
        for chart in (self.months, self.categories, self.channels, self.history):
            chart.clear()

    def _document(self, name: str) -> None:
        year = self.year()
        if self.service is not None and year is not None:
            open_document(self, self.service.ws, name, year)
