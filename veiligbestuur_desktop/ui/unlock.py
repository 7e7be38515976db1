"""Unlock dialog: passphrase (and the slot when there are several); unlocking runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError, WrongPassphrase
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.widgets import ErrorLabel
from veiligbestuur_desktop.ui.worker import run_task


class UnlockDialog(QDialog):
    unlocked = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("VeiligBestuur — ontgrendelen"))
        self.setMinimumWidth(480)
        self._busy = False

        title = QLabel(self.tr("<h2>Kluis vergrendeld</h2><p>Typ uw wachtwoord om verder te werken.</p>"))
        title.setWordWrap(True)
        self.slot = QComboBox()
        self.slot_label = QLabel(self.tr("&Sleutel:"))
        self.slot_label.setBuddy(self.slot)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        pass_label = QLabel(self.tr("&Wachtwoord:"))
        pass_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(self.slot_label, self.slot)
        form.addRow(pass_label, self.passphrase)
        self.error = ErrorLabel()

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Ontgrendelen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Af&sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.extra = QVBoxLayout()  # room for "Herstelsleutel gebruiken…" and similar (vault issue)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(self.extra)
        layout.addWidget(self.buttons)
        self.reload_slots()

    def reload_slots(self) -> None:
        """Read the slots of the vault (no secret needed); errors such as a missing key file show inline."""
        self.slot.clear()
        try:
            vault = lifecycle.open_vault(self.data_dir)
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.slot_label.hide()
            self.slot.hide()
            return
        slots = vault.passphrase_slots()
        for s in slots:
            self.slot.addItem(s.name, s.id)
        several = len(slots) > 1
        self.slot_label.setVisible(several)
        self.slot.setVisible(several)
        for notice in vault.notices:
            self.error.show_message(notice)

    def reset(self) -> None:
        self.workspace = None
        self.passphrase.clear()
        self.error.show_message("")
        self.reload_slots()
        self.passphrase.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(self.tr("Typ uw wachtwoord."))
            self.passphrase.setFocus()
            return
        slot_id = self.slot.currentData() if self.slot.isVisible() else None
        self._busy = True
        self.ok_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)
        run_task(
            self,
            self.tr("Kluis wordt ontgrendeld…"),
            lambda: lifecycle.unlock(self.data_dir, passphrase, slot_id),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, ws: Workspace) -> None:
        self._busy = False
        self.unsetCursor()
        self.ok_button.setEnabled(True)
        self.passphrase.clear()
        self.workspace = ws
        self.unlocked.emit(ws)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.unsetCursor()
        self.ok_button.setEnabled(True)
        if not isinstance(exc, UserFacingError):
            raise exc
        self.error.show_message(exc.message)
        if isinstance(exc, WrongPassphrase):
            self.passphrase.clear()
        self.passphrase.setFocus()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
