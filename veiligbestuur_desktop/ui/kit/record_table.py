"""Table columns from a record kind's declared fields: headers, cell texts and SQL sort keys.

A register's table model names its record kind; every field declared with ``column=True`` becomes a column,
in declared order, after any leading columns of its own (the incident number). Cells read the row's
``values`` (field name → value) and show them with ``Field.display`` (Dutch dates, vocabulary labels).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from veiligbestuur_desktop.domain.fields import Field, RecordKind


class FieldColumns:
    def __init__(self, kind: RecordKind, lead: Sequence[tuple[str, str]] = ()) -> None:
        """`lead`: (key, Dutch header) of columns that are not declared fields (they are shown first)."""
        self.kind = kind
        self.lead = tuple(lead)

    @property
    def fields(self) -> tuple[Field, ...]:
        return self.kind.columns()

    def __len__(self) -> int:
        return len(self.lead) + len(self.fields)

    def key(self, column: int) -> str:
        if column < len(self.lead):
            return self.lead[column][0]
        return self.fields[column - len(self.lead)].name

    def index(self, key: str) -> int:
        for i in range(len(self)):
            if self.key(i) == key:
                return i
        return -1

    def header(self, column: int) -> str:
        if column < len(self.lead):
            return QCoreApplication.translate("FieldColumns", self.lead[column][1])
        return self.fields[column - len(self.lead)].title()

    def sort_key(self, column: int) -> str | None:
        """The SQL sort key of a column, or None when it does not sort."""
        if column < len(self.lead):
            return self.lead[column][0]
        f = self.fields[column - len(self.lead)]
        return f.name if f.sortable else None

    def field(self, column: int) -> Field | None:
        return self.fields[column - len(self.lead)] if column >= len(self.lead) else None

    def text(self, values: Mapping[str, Any], column: int, labels: Mapping[Any, str] | None = None) -> str:
        f = self.field(column)
        if f is None:
            return str(values.get(self.key(column), ""))
        return f.display(values.get(f.name), labels=labels)
