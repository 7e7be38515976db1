from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from veiligbestuur_desktop.ui.kit import messages


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    messages.HISTORY.clear()
    yield
    messages.HISTORY.clear()


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    from veiligbestuur_desktop.ui.app.start import create_application

    return create_application()


def type_text(widget: QWidget, text: str) -> None:
    """Type per character (qtbot.keyClicks aborts on non-ASCII; see ARCHITECTURE.md)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
