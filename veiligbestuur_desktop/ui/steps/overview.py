"""Overzicht: the dashboard. Progress of the seven steps at a glance, the year in charts (incidents per month
against last year, by category, open follow-ups per track, the plan's items by status) and what is overdue or
due this month; below it the panels other parts add (the to-do list of incidents).

The charts' numbers come from services/annual.py (SQL counts); they are read again whenever the overview is
refreshed and when the change bus reports changed incidents or follow-ups."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.statistics import MONTHS
from veiligbestuur_desktop.domain.steps import STEPS
from veiligbestuur_desktop.services.annual import AnnualService, Dashboard
from veiligbestuur_desktop.services.plan import PlanDue, PlanOverview
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import theme
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.kit.charts import ChartView
from veiligbestuur_desktop.ui.kit.list_model import RowListModel
from veiligbestuur_desktop.ui.kit.worker import run_task

Index = QModelIndex | QPersistentModelIndex


def number(n: int) -> str:
    """A count as the Dutch read it: 1.234 (QLocale nl_NL is the application's default locale)."""
    return QLocale().toString(n)


class DueItemsModel(RowListModel[PlanDue]):
    """Checklist items that are overdue or due this month (PlanService.due)."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("DueItemsModel", "Stap")),
        str(QT_TRANSLATE_NOOP("DueItemsModel", "Onderdeel")),
        str(QT_TRANSLATE_NOOP("DueItemsModel", "Hoe vaak")),
        str(QT_TRANSLATE_NOOP("DueItemsModel", "Uiterlijk")),
        str(QT_TRANSLATE_NOOP("DueItemsModel", "Verantwoordelijke")),
    )

    def cell(self, d: PlanDue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            late = self.tr(" (verlopen)") if d.overdue else ""
            return [
                f"{d.step} {STEPS[d.step - 1].tab_label}",
                d.label,
                d.frequency.label,
                format_date(d.next_due) + late,
                d.owner,
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and d.overdue and column == 3:
            return theme.brush(theme.Role.ERROR)
        if role == Qt.ItemDataRole.UserRole:
            return d.step
        if role == Qt.ItemDataRole.UserRole + 1:
            return d.code
        return None


class OverviewPage(QWidget):
    navigate = Signal(int)  # step number
    open_item = Signal(str)  # checklist item code
    next_open_requested = Signal()
    dashboard_drawn = Signal()  # the charts show fresh counts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.summary = QLabel()
        progress_box = QGroupBox(self.tr("Voortgang van het stappenplan"))
        grid = QGridLayout(progress_box)
        self.bars: list[QProgressBar] = []
        self.texts: list[QLabel] = []
        for i, step in enumerate(STEPS):
            button = QPushButton(f"{step.number}  {step.title}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px;")
            button.setToolTip(self.tr("Ga naar stap {n}").format(n=step.number))
            button.clicked.connect(lambda _=False, n=step.number: self.navigate.emit(n))
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(14)
            text = QLabel()
            text.setObjectName(f"progress_{step.number}")
            grid.addWidget(button, i, 0)
            grid.addWidget(bar, i, 1)
            grid.addWidget(text, i, 2)
            self.bars.append(bar)
            self.texts.append(text)
        grid.setColumnStretch(1, 1)

        due_box = QGroupBox(self.tr("Verlopen en deze maand"))
        due_layout = QVBoxLayout(due_box)
        self.due_model = DueItemsModel(self)
        self.due_view = QTableView()
        self.due_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.due_view.setObjectName("dueItems")
        self.due_view.setModel(self.due_model)
        self.due_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_view.verticalHeader().hide()
        self.due_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_view.doubleClicked.connect(self._open_due)
        self.due_view.activated.connect(self._open_due)
        self.due_empty = QLabel(self.tr("Niets verlopen en niets deze maand."))
        due_layout.addWidget(self.due_view)
        due_layout.addWidget(self.due_empty)

        self.next_open_button = QPushButton(self.tr("Volgende &open punt ›"))
        self.next_open_button.setObjectName("nextOpenItem")
        self.next_open_button.setToolTip(
            self.tr("Ga naar het eerste onderdeel dat nog open staat: eerst wat verlopen is (Ctrl+J)")
        )
        self.next_open_button.setAutoDefault(False)
        self.next_open_button.clicked.connect(self.next_open_requested.emit)
        top = QHBoxLayout()
        summary_box = QVBoxLayout()
        summary_box.addWidget(self.heading)
        summary_box.addWidget(self.summary)
        top.addLayout(summary_box, 1)
        top.addWidget(self.next_open_button, 0, Qt.AlignmentFlag.AlignBottom)

        # --- the year at a glance -------------------------------------------------------------------------
        self.workspace: Workspace | None = None
        self.dashboard_box = QGroupBox(self.tr("Het jaar in één oogopslag"))
        self.dashboard_box.setObjectName("dashboard")
        charts = QGridLayout(self.dashboard_box)
        self.chart_months = ChartView(self.tr("Incidenten per maand"), min_height=230)
        self.chart_months.setObjectName("dashboardMonths")
        self.chart_categories = ChartView(self.tr("Soort incident dit jaar"), min_height=230)
        self.chart_categories.setObjectName("dashboardCategories")
        self.chart_follow_ups = ChartView(self.tr("Open opvolging per spoor"), min_height=230)
        self.chart_follow_ups.setObjectName("dashboardFollowUps")
        self.chart_plan = ChartView(self.tr("Onderdelen van het plan"), min_height=230)
        self.chart_plan.setObjectName("dashboardPlan")
        for i, chart in enumerate(
            (self.chart_months, self.chart_categories, self.chart_follow_ups, self.chart_plan)
        ):
            charts.addWidget(chart, 0, i)
            charts.setColumnStretch(i, 3 if i < 2 else 2)
        self.dashboard_text = QLabel()
        self.dashboard_text.setObjectName("dashboardText")
        self.dashboard_text.setWordWrap(True)
        charts.addWidget(self.dashboard_text, 1, 0, 1, 4)
        self._stale = False
        self._generation = 0
        subscribe(self, ("incident", "follow_up"), lambda _changes: self._changed())

        self._extension = QVBoxLayout()  # room for panels such as "Te doen" (incident follow-ups)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(top)
        inner.addWidget(progress_box)
        # what asks for work first (due plan items, then the incident follow-ups), the year's charts below it
        inner.addWidget(due_box)
        inner.addLayout(self._extension)
        inner.addWidget(self.dashboard_box, 1)
        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setAccessibleName(self.tr("Overzicht"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def extension_layout(self) -> QVBoxLayout:
        return self._extension

    def _open_due(self, index: QModelIndex) -> None:
        code = self.due_model.data(index, Qt.ItemDataRole.UserRole + 1)
        if code:
            self.open_item.emit(str(code))

    def attach(self, ws: Workspace | None) -> None:
        """The vault whose figures the dashboard shows (None: none)."""
        self.workspace = ws

    def _workspace(self) -> Workspace | None:
        ws = self.workspace
        if ws is None:  # the main window keeps the open vault; the overview reads it from there
            found = getattr(self.window(), "workspace", None)
            ws = found if isinstance(found, Workspace) else None
        return None if ws is None or ws.locked else ws

    def _changed(self) -> None:
        """Incidents or follow-ups changed: count again now when the overview is on screen, else when shown."""
        if self.isVisible():
            self.show_dashboard()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.show_dashboard()

    def show_dashboard(self) -> None:
        """Count the year's incidents, categories and open follow-ups again (off the GUI thread: at 100,000
        incidents that takes a noticeable moment) and redraw the charts when the counts are in."""
        ws = self._workspace()
        if ws is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        run_task(
            self,
            self.tr("Overzicht wordt geteld…"),
            lambda: AnnualService(ws).dashboard(),
            on_done=lambda d: self._draw_dashboard(d, generation),
            quiet=True,
        )

    def _draw_dashboard(self, d: Dashboard, generation: int) -> None:
        if generation != self._generation or self._workspace() is None:
            return  # a newer count is on its way, or the vault was locked meanwhile
        months = [QCoreApplication.translate("statistics", m) for m in MONTHS]
        self.chart_months.show_bars(
            months, [(str(d.year - 1), d.previous_by_month), (str(d.year), d.by_month)]
        )
        self.chart_categories.show_hbars([c.label for c in d.by_category], [c.count for c in d.by_category])
        self.chart_follow_ups.show_hbars(
            [c.label for c in d.open_follow_ups], [c.count for c in d.open_follow_ups], theme.series_colour(3)
        )
        open_total = sum(c.count for c in d.open_follow_ups)
        self.dashboard_text.setText(
            self.tr("{n} incidenten in {y} (vorig jaar {p}); {o} opvolgingen staan open.").format(
                n=number(d.total), y=d.year, p=number(sum(d.previous_by_month)), o=number(open_total)
            )
        )
        self.dashboard_drawn.emit()

    def _show_plan(self, overview: PlanOverview) -> None:
        busy = sum(s.in_progress for s in overview.steps)
        done = overview.done
        rest = max(overview.applicable - done - busy, 0)
        self.chart_plan.show_pie(
            [self.tr("gereed"), self.tr("bezig"), self.tr("open")],
            [done, busy, rest],
            legend_below=True,
        )

    def show_overview(self, municipality: str, overview: PlanOverview, due: list[PlanDue]) -> None:
        heading = self.tr("Overzicht")
        self.heading.setText(f"<h2>{heading} — {html.escape(municipality)}</h2>")
        self.summary.setText(
            self.tr("In totaal {done} van {total} onderdelen gereed.").format(
                done=number(overview.done), total=number(overview.applicable)
            )
        )
        for progress, bar, text in zip(overview.steps, self.bars, self.texts, strict=True):
            bar.setRange(0, max(progress.applicable, 1))
            bar.setValue(progress.done)
            line = progress.text
            if progress.overdue:
                line += self.tr(", {n} verlopen").format(n=progress.overdue)
            text.setText(line)
        self.due_model.set_rows(due)
        self.due_view.resizeColumnsToContents()
        self.due_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_view.setVisible(bool(due))
        self.due_empty.setVisible(not due)
        self._show_plan(overview)
        self.show_dashboard()

    def clear(self) -> None:
        self.heading.setText("")
        self.summary.setText("")
        for bar, text in zip(self.bars, self.texts, strict=True):
            bar.setValue(0)
            text.setText("")
        self.due_model.set_rows([])
        self.workspace = None
        self._generation += 1  # a count still under way is not drawn
        for chart in (self.chart_months, self.chart_categories, self.chart_follow_ups, self.chart_plan):
            chart.clear()
        self.dashboard_text.setText("")
