"""The incident register's table: the generic paged register model (ui/kit/register.py) over the incident's
declared columns, with the number first and a colour for severity 3 and 4."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from veiligbestuur_desktop.domain.incidents import INCIDENT
from veiligbestuur_desktop.services.incidents import IncidentQuery
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import PagedRecordModel

# the number, then every field of the incident declared as a column (domain.incidents.INCIDENT)
COLUMNS = FieldColumns(INCIDENT, lead=(("number", "Nummer"),))
LEVEL_COLORS = {4: "#f8d7da", 3: "#fde2c7"}


class IncidentTableModel(PagedRecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, IncidentQuery(), parent)

    def extra(self, row: Any, column: int, role: int) -> Any:
        if COLUMNS.key(column) != "severity_level":
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.severity_level in LEVEL_COLORS:
            return QBrush(QColor(LEVEL_COLORS[row.severity_level]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
