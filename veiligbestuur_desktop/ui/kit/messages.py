"""Plain Dutch message boxes: expected errors, notices, questions and the dialog for an unexpected error.

Every box is built in `_show` (one button) or `_ask` (a question); tests replace those two functions, the
production code has no switch for them (ARCHITECTURE.md convention 8).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from veiligbestuur_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: UserFacingError | str, title: str | None = None) -> None:
    text = exc.message if isinstance(exc, UserFacingError) else str(exc)
    _show("error", parent, title or QCoreApplication.translate("messages", "Dat lukte niet"), text)


def show_warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _show("warning", parent, title or QCoreApplication.translate("messages", "Let op"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _show("info", parent, title or QCoreApplication.translate("messages", "VeiligBestuur"), text)


def show_about(parent: QWidget | None, text: str, title: str) -> None:
    _show("about", parent, title, text)


def show_unexpected(parent: QWidget | None, kind: str, details: str) -> None:
    """A bug (not a `UserFacingError`): a Dutch explanation, the frames (no personal data) as details."""
    text = QCoreApplication.translate(
        "messages",
        "Er ging iets onverwachts mis ({kind}). Wat u eerder heeft opgeslagen, is bewaard. "
        "Probeer het nog eens; blijft dit gebeuren, sluit de applicatie dan af en start haar opnieuw, en meld "
        "het aan uw functioneel beheerder met het tijdstip.",
    ).format(kind=kind)
    _show("crash", parent, QCoreApplication.translate("messages", "Onverwachte fout"), text, details)


def ask(
    parent: QWidget | None,
    text: str,
    title: str | None = None,
    *,
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    return _ask(
        parent,
        title or QCoreApplication.translate("messages", "Bevestigen"),
        text,
        yes or QCoreApplication.translate("messages", "Ja"),
        no or QCoreApplication.translate("messages", "Nee"),
    )


def vault_in_use(
    parent: QWidget | None,
    text: str,
    on_retry: Callable[[], None],
    on_cancel: Callable[[], None] | None = None,
) -> QMessageBox:
    """The vault is open in another program: a warning with "Opnieuw proberen" and "Annuleren".

    Window-modal but not blocking (`open()`, also in tests, where it is a real, clickable box found with
    `findChild(QMessageBox, "vault_in_use")`): "Opnieuw proberen" calls `on_retry` (the caller repeats the
    same attempt, nothing is retyped), "Annuleren" or Esc calls `on_cancel`.
    """
    title = QCoreApplication.translate("messages", "Kluis in gebruik")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("vault_in_use")
    retry = box.addButton(
        QCoreApplication.translate("messages", "&Opnieuw proberen"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("messages", "&Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    retry.setObjectName("retry")
    cancel.setObjectName("cancel")
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)

    def finished(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is retry:
            on_retry()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(finished)
    box.open()
    return box


def _show(kind: str, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    if QApplication.instance() is None:  # no GUI (a crash before the application exists)
        log.error("%s: %s", title, kind)
        return
    if kind == "about":
        QMessageBox.about(parent, title, text)
        return
    icon = {
        "error": QMessageBox.Icon.Critical,
        "crash": QMessageBox.Icon.Critical,
        "warning": QMessageBox.Icon.Warning,
        "info": QMessageBox.Icon.Information,
    }[kind]
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def _ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button
