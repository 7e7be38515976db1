"""Termijnherijking: the guided checklist of a municipal term (the protocol re-adopted, each new office
holder briefed and trained, the contactkaart checked), ticked with the day it was done."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.evaluation import Term, term_item_label, term_of
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.evaluation import TermItemRow, TermReviewService, TermReviewView
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.list_model import RowListModel
from veiligbestuur_desktop.ui.kit.widgets import DateEdit, from_qdate, to_qdate

Index = QModelIndex | QPersistentModelIndex


class TermItemsModel(RowListModel[TermItemRow]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("TermItemsModel", "Gedaan")),
        str(QT_TRANSLATE_NOOP("TermItemsModel", "Onderdeel")),
        str(QT_TRANSLATE_NOOP("TermItemsModel", "Datum")),
        str(QT_TRANSLATE_NOOP("TermItemsModel", "Door")),
    )

    def cell(self, item: TermItemRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return ["", term_item_label(item.code, item.label), format_date(item.done_on), item.by][column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if item.done_on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("gedaan") if item.done_on else self.tr("nog niet gedaan")
        if role == Qt.ItemDataRole.UserRole:
            return item.code
        return None


class _ItemsView(QTableView):
    """Space ticks the selected item on the chosen date, or takes the tick away."""

    def __init__(self, panel: TermReviewPanel) -> None:
        super().__init__()
        self.panel = panel
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.panel.toggle_selected()
            return
        super().keyPressEvent(event)


class TermReviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: TermReviewService | None = None
        self.current: TermReviewView | None = None
        self.today = date.today()
        self.term_box = QComboBox()
        self.term_box.setObjectName("termChooser")
        self.term_box.currentIndexChanged.connect(lambda _i: self.reload())
        term_label = QLabel(self.tr("&Termijn:"))
        term_label.setBuddy(self.term_box)
        self.state = QLabel()
        self.state.setObjectName("termState")
        self.state.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Checklist &maken"))
        self.make_button.setObjectName("makeTermChecklist")
        self.make_button.clicked.connect(self.make)
        top = QHBoxLayout()
        top.addWidget(term_label)
        top.addWidget(self.term_box)
        top.addWidget(self.state, 1)
        top.addWidget(self.make_button)

        self.model = TermItemsModel(self)
        self.view = _ItemsView(self)
        self.view.setObjectName("termItems")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.toggle_selected())

        self.date = DateEdit()
        self.date.setObjectName("tickDate")
        self.date.setDate(to_qdate(self.today))
        date_label = QLabel(self.tr("Gedaan &op:"))
        date_label.setBuddy(self.date)
        self.tick_button = QPushButton(self.tr("&Afvinken"))
        self.tick_button.setObjectName("tickTermItem")
        self.tick_button.clicked.connect(lambda: self.tick_selected(True))
        self.untick_button = QPushButton(self.tr("Vinkje &weghalen"))
        self.untick_button.setObjectName("untickTermItem")
        self.untick_button.clicked.connect(lambda: self.tick_selected(False))
        hint = QLabel(
            self.tr(
                "Spatie of dubbelklik vinkt het gekozen onderdeel af op de gekozen datum, of haalt het vinkje weg."
            )
        )
        theme.paint_text(hint, theme.Role.MUTED)
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(date_label)
        bottom.addWidget(self.date)
        bottom.addWidget(self.tick_button)
        bottom.addWidget(self.untick_button)
        bottom.addWidget(hint, 1)
        for b in (self.make_button, self.tick_button, self.untick_button):
            b.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Na elke gemeenteraadsverkiezing: de uitgangspunten herijken, het protocol opnieuw laten "
                "vaststellen, de contactkaart controleren en elke nieuwe ambtsdrager (uit Personen) informeren en "
                "trainen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        subscribe(self, ("term_review", "person"), lambda _c: self.reload())

    # --- loading --------------------------------------------------------------------------------------------

    def load(self, service: TermReviewService, today: date | None = None) -> None:
        self.service = service
        self.today = today or date.today()
        self.date.setMaximumDate(to_qdate(self.today))
        self.date.setDate(to_qdate(self.today))
        current = term_of(self.today)
        previous = term_of(current.start.replace(year=current.start.year - 1))
        self.term_box.blockSignals(True)
        self.term_box.clear()
        for term in (current, previous):
            suffix = self.tr(" (huidige termijn)") if term == current else ""
            self.term_box.addItem(term.label + suffix, term)
        self.term_box.setCurrentIndex(0)
        self.term_box.blockSignals(False)
        self.reload()

    def term(self) -> Term | None:
        value = self.term_box.currentData()
        return value if isinstance(value, Term) else None

    def reload(self) -> None:
        if self.service is None or self.service.ws.locked or self.term() is None:
            return
        row = self.view.currentIndex().row()
        view = self.service.view(self.term(), self.today)
        self.current = view
        self.model.set_rows(list(view.items))
        if view.review_id is None:
            self.state.setText(
                self.tr(
                    "Voor {term} is nog geen checklist. ‘Checklist maken’ zet {n} onderdelen klaar."
                ).format(term=view.term.describe(), n=len(view.missing))
            )
            self.make_button.setText(self.tr("Checklist &maken"))
            self.make_button.setEnabled(True)
        else:
            text = self.tr("{term}: {done} van {total} gedaan.").format(
                term=view.term.describe(), done=view.done, total=view.total
            )
            if view.missing:
                text += " " + self.tr(
                    "{n} onderdelen voor ambtsdragers die later zijn toegevoegd, ontbreken nog."
                ).format(n=len(view.missing))
            self.state.setText(text)
            self.make_button.setText(
                self.tr("&Nieuwe ambtsdragers toevoegen ({n})").format(n=len(view.missing))
            )
            self.make_button.setEnabled(bool(view.missing))
        if view.items:
            self.view.selectRow(min(max(row, 0), len(view.items) - 1))
        for b in (self.tick_button, self.untick_button):
            b.setEnabled(bool(view.items))

    def clear(self) -> None:
        self.service = None
        self.current = None
        self.model.set_rows([])
        self.state.setText("")

    # --- actions --------------------------------------------------------------------------------------------

    def make(self) -> None:
        if self.service is None or self.term() is None:
            return
        try:
            changes = self.service.make(self.term(), self.today)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
        self.reload()
        self.view.setFocus()

    def _selected(self) -> TermItemRow | None:
        index = self.view.currentIndex()
        return (
            self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None
        )

    def toggle_selected(self) -> None:
        item = self._selected()
        if item is not None:
            self.tick_selected(item.done_on is None)

    def tick_selected(self, done: bool) -> None:
        item = self._selected()
        if self.service is None or self.current is None or self.current.review_id is None or item is None:
            return
        on = from_qdate(self.date.date()) if done else None
        try:
            changes = self.service.tick(self.current.review_id, item.code, on, self.today)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
        self.reload()
