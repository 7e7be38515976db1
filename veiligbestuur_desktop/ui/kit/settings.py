"""User-interface preferences in QSettings, each declared once with its type and default.

Never secrets or personal data here (SECURITY.md): window geometry, the last tab, the idle timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", int, bool, str, QByteArray)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type[T]
    default: T
    minimum: int | None = None
    maximum: int | None = None

    def get(self) -> T:
        value: Any = QSettings().value(self.key, self.default)
        result: Any
        try:
            if self.type is bool:
                result = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            elif self.type is QByteArray:
                result = value if isinstance(value, QByteArray) else self.default
            else:
                result = self.type(value)
        except (TypeError, ValueError):
            return self.default
        if isinstance(result, int) and not isinstance(result, bool):
            if self.minimum is not None and result < self.minimum:
                return self.default
            if self.maximum is not None and result > self.maximum:
                return self.default
        return result  # type: ignore[no-any-return]

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
LAST_TAB = Option("window/last_tab", int, 0, minimum=0, maximum=7)
IDLE_MINUTES = Option("security/idle_minutes", int, 10, minimum=1, maximum=60)
