"""The incident list as a lazily paged table model: counts and pages come from SQL, never one widget per row."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from veiligbestuur_desktop.domain.incidents import INCIDENT
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentRow, IncidentService
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
MAX_CACHED_PAGES = 50
# the number, then every field of the incident declared as a column (domain.incidents.INCIDENT)
COLUMNS = FieldColumns(INCIDENT, lead=(("number", "Nummer"),))
LEVEL_COLORS = {4: "#f8d7da", 3: "#fde2c7"}


class IncidentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.service: IncidentService | None = None
        self.query = IncidentQuery()
        self.total = 0
        self._pages: dict[int, list[IncidentRow]] = {}

    # --- data source --------------------------------------------------------------------------------

    def set_service(self, service: IncidentService | None) -> None:
        self.service = service
        self.refresh()

    def set_query(self, query: IncidentQuery) -> None:
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

    def row_at(self, row: int) -> IncidentRow | None:
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

    # --- model interface ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        key = COLUMNS.key(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and key not in ("categories", "victims"):
                return None
            return r.number if key == "number" else COLUMNS.text(r.values, col)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if key == "severity_level":
            if role == Qt.ItemDataRole.BackgroundRole and r.severity_level in LEVEL_COLORS:
                return QBrush(QColor(LEVEL_COLORS[r.severity_level]))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS.sort_key(column) if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.set_query(replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))
