"""The register's table: a lazily paged model over a record service, with columns from the declared fields.

Counts and pages come from SQL (`service.count(query)`, `service.page(query, offset, limit)`), a page of 200
rows at a time and at most 50 pages kept, so 100,000 incidents list as fast as ten; never one widget per row.
Columns are `FieldColumns(kind)`; a row is shown through its `values` (field name → value). A register
subclasses it only for what the fields cannot say (the incident number, a colour per severity).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from veiligbestuur_desktop.ui.kit.record_table import FieldColumns

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
MAX_CACHED_PAGES = 50


class PagedSource(Protocol):
    def count(self, query: Any) -> int: ...

    def page(self, query: Any, offset: int, limit: int) -> list[Any]: ...


class PagedRecordModel(QAbstractTableModel):
    """Rows paged from a service; `UserRole` of any cell is the record's id."""

    def __init__(self, columns: FieldColumns, query: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.service: PagedSource | None = None
        self.query = query
        self.total = 0
        self._pages: dict[int, list[Any]] = {}

    # --- data source --------------------------------------------------------------------------------

    def set_service(self, service: PagedSource | None) -> None:
        self.service = service
        self.refresh()

    def set_query(self, query: Any) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self.total = self.service.count(self.query) if self.service is not None else 0
        self.endResetModel()

    def clear(self) -> None:
        self.service = None
        self.refresh()

    def row_at(self, row: int) -> Any | None:
        if self.service is None or not 0 <= row < self.total:
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            page = self.service.page(self.query, page_no * PAGE, PAGE)
            self._pages[page_no] = page
        offset = row - page_no * PAGE
        return page[offset] if offset < len(page) else None

    # --- what a register may change -------------------------------------------------------------------

    def text(self, row: Any, column: int) -> str:
        """The cell's text: a declared field through Field.display, a leading column from the row."""
        if self.columns.field(column) is None:
            return str(getattr(row, self.columns.key(column), ""))
        return self.columns.text(row.values, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        """The cell's own tooltip: the whole text of a choice or a list of people (a cut cell of another
        column shows its text through FullTextDelegate)."""
        f = self.columns.field(column)
        return self.text(row, column) if f is not None and f.kind.endswith(("choice", "persons")) else None

    def extra(self, row: Any, column: int, role: int) -> Any:
        """Other roles (colours, alignment) of a cell; None by default."""
        return None

    # --- model interface ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(r, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return self.extra(r, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns.sort_key(column) if 0 <= column < len(self.columns) else None
        if key is None or not hasattr(self.query, "sort"):
            return
        self.set_query(replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))


def sort_in_sql(view: QTableView, columns: FieldColumns, section: int, order: Qt.SortOrder) -> None:
    """Header clicks sort the register in SQL. A column that cannot sort (`sort_key` None) never takes the
    arrow: a click on it leaves the arrow, and the order, where they were. After a sort the list is at the top.
    """
    header = view.horizontalHeader()
    header.setSortIndicator(section, order)
    view.setSortingEnabled(True)
    last: dict[str, Any] = {"section": header.sortIndicatorSection(), "order": header.sortIndicatorOrder()}

    def changed(new_section: int, new_order: Qt.SortOrder) -> None:
        if columns.sort_key(new_section) is None:
            header.blockSignals(True)
            header.setSortIndicator(int(last["section"]), Qt.SortOrder(last["order"]))
            header.blockSignals(False)
            return
        last.update(section=new_section, order=new_order)
        view.scrollToTop()

    header.sortIndicatorChanged.connect(changed)


def fit_columns(view: QTableView, samples: Mapping[int, str]) -> None:
    """Widen each column of `samples` to hold its widest possible text (an incident number of five digits, a
    date, the longest label of a vocabulary) and its header, so that it is never cut ("2026-17…"). The cells
    are not measured: at 100,000 rows that cost 0.6 s at every unlock, and the sample is the widest anyway."""
    header = view.horizontalHeader()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 8
    for column, sample in samples.items():
        width = max(view.fontMetrics().horizontalAdvance(sample) + margin, header.sectionSizeHint(column))
        header.resizeSection(column, width)


class FullTextDelegate(QStyledItemDelegate):
    """A cell whose text is cut shows the whole text as its tooltip; a cell with a tooltip of its own shows
    that one."""

    def cut_text(self, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> str | None:
        """The cell's text when it does not fit its cell, else None."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not text:
            return None
        style = view.style() if view is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        room = rect.width() - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1)
        fm = opt.fontMetrics
        return str(text) if fm.horizontalAdvance(text) > room else None

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = self.cut_text(view, option, index)
        if text is None:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, view)
        return True
