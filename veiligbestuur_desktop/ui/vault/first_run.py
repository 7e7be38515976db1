"""First run: municipality, coordinator and a passphrase; creates the vault off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.ui.kit import theme
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, StrengthMeter
from veiligbestuur_desktop.ui.kit.worker import run_task

if TYPE_CHECKING:  # the services behind the vault load after this dialog is shown (fast start)
    from veiligbestuur_desktop.services.workspace import Workspace


class FirstRunDialog(QDialog):
    """Creates a new vault. On success `workspace` holds the unlocked vault and `created` is emitted."""

    created = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("VeiligBestuur — nieuwe kluis"))
        self.setMinimumWidth(620)

        intro = QLabel(
            self.tr(
                "<h2>Welkom bij VeiligBestuur</h2>"
                "<p>Alle gegevens worden versleuteld opgeslagen op deze werkplek. "
                "Kies een sterk wachtwoord; u heeft het nodig om de kluis te openen.</p>"
            )
        )
        intro.setWordWrap(True)

        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("bijvoorbeeld Súdwest-Fryslân"))
        self.municipality.setMaxLength(100)
        self.coordinator = QLineEdit()
        self.coordinator.setPlaceholderText(self.tr("uw naam"))
        self.coordinator.setMaxLength(120)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("bijvoorbeeld een zin van vier of vijf woorden"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthMeter()

        form = QFormLayout()
        form.addRow(self.tr("&Gemeente:"), self.municipality)
        form.addRow(self.tr("&Coördinator:"), self.coordinator)
        form.addRow(self.tr("&Wachtwoord:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Herhaal wachtwoord:"), self.repeat)

        warning = QLabel(
            self.tr(
                "<b>Let op:</b> een vergeten wachtwoord kan niemand terughalen, ook de leverancier niet. "
                "Alleen met de herstelsleutel, die u na het aanmaken krijgt en op papier in een kluis bewaart, "
                "komt u dan nog bij de gegevens."
            )
        )
        warning.setWordWrap(True)
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        theme.set_notice(warning, theme.Role.WARNING, padding=8)

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Kluis &aanmaken"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for field in (self.municipality, self.coordinator, self.passphrase, self.repeat):
            field.textChanged.connect(self._update)
        self._busy = False
        self._update()

    def _update(self) -> None:
        self.strength.update_for(self.passphrase.text())
        complete = bool(
            self.municipality.text().strip()
            and self.coordinator.text().strip()
            and rules.passphrase_strength(self.passphrase.text()).acceptable
            and self.repeat.text()
        )
        self.ok_button.setEnabled(complete and not self._busy)

    def _field(self, name: str | None) -> QLineEdit:
        return {
            "municipality": self.municipality,
            "name": self.coordinator,
            "passphrase": self.passphrase,
            "repeat": self.repeat,
        }.get(name or "", self.municipality)

    def submit(self) -> None:
        if self._busy:
            return
        municipality, coordinator = self.municipality.text(), self.coordinator.text()
        passphrase, repeat = self.passphrase.text(), self.repeat.text()
        try:  # quick checks first, so the user gets the message before any waiting
            rules.check_municipality(municipality)
            rules.check_person_name(coordinator, self.tr("de naam van de coördinator"))
            rules.check_new_passphrase(passphrase, repeat)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            self._field(exc.field).setFocus()
            return
        self.error.show_message("")
        self._busy = True
        self._update()
        self.setCursor(Qt.CursorShape.WaitCursor)
        run_task(
            self,
            self.tr("De kluis wordt aangemaakt…"),
            lambda: lifecycle.create_vault(self.data_dir, municipality, coordinator, passphrase, repeat),
            on_done=self._created,
            on_error=self._failed,
        )

    def _created(self, ws: Workspace) -> None:
        self.workspace = ws
        self.unsetCursor()
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(ws)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self._busy = False
        self.unsetCursor()
        self._update()
        if not isinstance(exc, UserFacingError):
            return False  # a bug: the worker logs it and shows the error dialog
        self.error.show_message(exc.message)
        if isinstance(exc, ValidationError):
            self._field(exc.field).setFocus()
        return True

    def start_over(self, message: str) -> None:
        """Back to the form after the new vault could not be put in place (nothing was kept): the names stay,
        the passphrase is typed again."""
        self.workspace = None
        self._busy = False
        self.unsetCursor()
        self.passphrase.clear()
        self.repeat.clear()
        self._update()
        self.error.show_message(message)
        self.setResult(0)
        self.show()
        self.raise_()
        self.activateWindow()
        self.passphrase.setFocus()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    @property
    def busy(self) -> bool:
        return self._busy
