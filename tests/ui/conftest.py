from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from veiligbestuur_desktop.ui.kit import messages

T = TypeVar("T", bound=QWidget)

REAL_SHOW = messages._show  # the real message box, for a test that wants to see one


@dataclass
class Shown:
    kind: str  # "error", "warning", "info", "about", "crash", "question", "in_use"
    title: str
    text: str


@dataclass
class Dialogs:
    """What the message boxes would have shown; questions are answered with `answer`."""

    shown: list[Shown] = field(default_factory=list)
    answer: bool = True

    def kinds(self, *kinds: str) -> list[Shown]:
        return [m for m in self.shown if m.kind in kinds]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[Dialogs]:
    """Message boxes are patched in the test (production code has no switch): recorded, never shown."""
    record = Dialogs()

    def show(kind: str, _parent: object, title: str, text: str, _details: str = "") -> None:
        record.shown.append(Shown(kind, title, text))

    def ask(_parent: object, title: str, text: str, _yes: str, _no: str) -> bool:
        record.shown.append(Shown("question", title, text))
        return record.answer

    real_in_use = messages.vault_in_use

    def in_use(parent: QWidget | None, text: str, *args: object, **kwargs: object) -> object:
        record.shown.append(Shown("in_use", "", text))
        return real_in_use(parent, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(messages, "_show", show)
    monkeypatch.setattr(messages, "_ask", ask)
    monkeypatch.setattr(messages, "vault_in_use", in_use)
    yield record


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


def wait_for_tasks(qtbot: object, timeout: int = 20000) -> None:
    """Until every background task has ended and its callbacks have run."""
    from veiligbestuur_desktop.ui.kit import worker

    qtbot.waitUntil(lambda: not worker.running_tasks(), timeout=timeout)  # type: ignore[attr-defined]


def slowed(fn: Callable[..., T], seconds: float = 0.8) -> Callable[..., T]:
    """`fn`, taking longer than the worker's progress delay (0.5 s)."""

    def slow(*args: object, **kwargs: object) -> T:
        time.sleep(seconds)
        return fn(*args, **kwargs)

    return slow


def progress_window_seen_until(qtbot: object, done: Callable[[], bool], timeout: int = 20_000) -> bool:
    """Whether a progress window was on screen at any check until `done()` held (every widget is looked at: a
    task's progress window belongs to its parent, or to none)."""
    seen: list[bool] = []

    def check() -> bool:
        seen.append(any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.allWidgets()))
        return done()

    qtbot.waitUntil(check, timeout=timeout)  # type: ignore[attr-defined]
    return any(seen)


def visible_child(parent: QWidget, cls: type[T]) -> T:
    """The newest visible child dialog of a type (tests find dialogs through Qt, not through attributes)."""
    found = [w for w in parent.findChildren(cls) if w.isVisible()]  # type: ignore[arg-type]
    assert found, f"no visible {cls.__name__}"
    return found[-1]


def fill_first_run(dlg: object, municipality: str, coordinator: str, passphrase: str) -> None:
    dlg.municipality.setText(municipality)  # type: ignore[attr-defined]
    dlg.coordinator.setText(coordinator)  # type: ignore[attr-defined]
    dlg.passphrase.setText(passphrase)  # type: ignore[attr-defined]
    dlg.repeat.setText(passphrase)  # type: ignore[attr-defined]


def open_main_window(qtbot: object, workspace: object) -> object:
    """The main window on an open vault, shown and active (as after the unlock)."""
    from veiligbestuur_desktop.ui.app.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.open_workspace(workspace)  # type: ignore[arg-type]
    win.show()
    with qtbot.waitActive(win):  # type: ignore[attr-defined]
        win.activateWindow()
    return win
