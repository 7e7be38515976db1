"""Plain Dutch message boxes for expected errors and notices, with a switch that disables dialogs for tests."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from veiligbestuur_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)


@dataclass
class Shown:
    kind: str  # "error", "warning", "info", "question"
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
