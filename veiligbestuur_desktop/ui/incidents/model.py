"""The incident register's table: the generic paged register model (ui/kit/register.py) over the incident's
declared columns, with the number first and the severity as its number and a short word ("3 — ernstig", the
whole description as its tooltip), coloured for 3 and 4: readable without the colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from veiligbestuur_desktop.domain.incidents import INCIDENT, level_label
from veiligbestuur_desktop.services.incidents import IncidentQuery
from veiligbestuur_desktop.ui.kit import theme
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import PagedRecordModel

# the number, then every field of the incident declared as a column (domain.incidents.INCIDENT)
COLUMNS = FieldColumns(INCIDENT, lead=(("number", str(QT_TRANSLATE_NOOP("FieldColumns", "Nummer"))),))
LEVEL_TINTS = {4: theme.Role.ERROR, 3: theme.Role.WARNING}  # with the level in words (level_short)
LEVEL_WORDS = {
    0: str(QT_TRANSLATE_NOOP("IncidentTableModel", "geen incident")),
    1: str(QT_TRANSLATE_NOOP("IncidentTableModel", "grensoverschrijdend")),
    2: str(QT_TRANSLATE_NOOP("IncidentTableModel", "licht strafbaar")),
    3: str(QT_TRANSLATE_NOOP("IncidentTableModel", "ernstig")),
    4: str(QT_TRANSLATE_NOOP("IncidentTableModel", "zeer ernstig")),
}


def level_short(level: int) -> str:
    """'3 — ernstig': the level and a short word, so the severity reads without its colour."""
    word = LEVEL_WORDS.get(level)
    if not word:
        return str(level)
    return f"{level} — " + QCoreApplication.translate("IncidentTableModel", word)


class IncidentTableModel(PagedRecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, IncidentQuery(), parent)

    def text(self, row: Any, column: int) -> str:
        if COLUMNS.key(column) == "severity_level":
            return level_short(row.severity_level)
        return super().text(row, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        if COLUMNS.key(column) == "severity_level":
            return level_label(row.severity_level)
        return super().tooltip(row, column)

    def extra(self, row: Any, column: int, role: int) -> Any:
        if COLUMNS.key(column) != "severity_level":
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.severity_level in LEVEL_TINTS:
            return theme.background_brush(LEVEL_TINTS[row.severity_level])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
