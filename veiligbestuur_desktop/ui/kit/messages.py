"""Plain Dutch message boxes for expected errors and notices, with a switch that disables dialogs for tests."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from veiligbestuur_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)


@dataclass
class Shown:
    kind: str  # "error", "warning", "info", "question", "in_use"
    title: str
    text: str


# Tests set DIALOGS_ENABLED = False: messages are then only recorded in HISTORY (and questions get ANSWER).
DIALOGS_ENABLED = True
HISTORY: list[Shown] = []
ANSWER: bool = True


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def show_error(parent: QWidget | None, exc: UserFacingError | str, title: str | None = None) -> None:
    text = exc.message if isinstance(exc, UserFacingError) else str(exc)
    _show("error", parent, title or _tr("Dat lukte niet"), text)


def show_warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _show("warning", parent, title or _tr("Let op"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _show("info", parent, title or _tr("VeiligBestuur"), text)


def ask(
    parent: QWidget | None,
    text: str,
    title: str | None = None,
    *,
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    title = title or _tr("Bevestigen")
    HISTORY.append(Shown("question", title, text))
    if not DIALOGS_ENABLED:
        return ANSWER
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or _tr("Ja"), QMessageBox.ButtonRole.YesRole)
    box.addButton(no or _tr("Nee"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def vault_in_use(
    parent: QWidget | None,
    text: str,
    on_retry: Callable[[], None],
    on_cancel: Callable[[], None] | None = None,
) -> QMessageBox:
    """The vault is open in another program: a warning with "Opnieuw proberen" and "Annuleren".

    Window-modal but not blocking (`open()`, also in tests, where it is a real, clickable box): "Opnieuw
    proberen" calls `on_retry` (the caller repeats the same attempt, nothing is retyped), "Annuleren" or Esc
    calls `on_cancel`. The box is returned so callers (and tests) can keep and drive it.
    """
    title = _tr("Kluis in gebruik")
    HISTORY.append(Shown("in_use", title, text))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("vault_in_use")
    retry = box.addButton(_tr("&Opnieuw proberen"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    box.retry_button = retry  # type: ignore[attr-defined]
    box.cancel_button = cancel  # type: ignore[attr-defined]

    def finished(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is retry:
            on_retry()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(finished)
    box.open()
    return box


def _show(kind: str, parent: QWidget | None, title: str, text: str) -> None:
    HISTORY.append(Shown(kind, title, text))
    if not DIALOGS_ENABLED:
        return
    icon = {
        "error": QMessageBox.Icon.Critical,
        "warning": QMessageBox.Icon.Warning,
        "info": QMessageBox.Icon.Information,
    }[kind]
    QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()
