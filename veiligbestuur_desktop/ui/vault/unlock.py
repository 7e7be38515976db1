"""Unlock dialog: passphrase (and the slot when there are several); unlocking runs off the GUI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError, VaultInUse, WrongPassphrase
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel
from veiligbestuur_desktop.ui.kit.worker import run_task

if TYPE_CHECKING:  # the services behind the vault load after this dialog is shown (fast start)
    from veiligbestuur_desktop.services.workspace import Workspace


KEYRING_CHECK_DELAY_MS = 100


class UnlockDialog(QDialog):
    unlocked = Signal(object)
    unlocking = Signal()  # an attempt started (the key is being derived off the GUI thread)
    attempt_failed = Signal()  # an attempt ended without an unlock (the dialog says why)
    recovery_requested = Signal()
    restore_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, read_slots: bool = True) -> None:
        """`read_slots=False`: the key file is read by `reload_slots` later (the application's first dialog is
        shown before the vault code is loaded)."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("VeiligBestuur — ontgrendelen"))
        self.setMinimumWidth(480)
        self._busy = False
        # the last unlock attempt, repeated as it was by "Opnieuw proberen" (vault in use elsewhere)
        self._attempt: Callable[[], Workspace] | None = None
        self.in_use_box: QMessageBox | None = None

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
        # said in the dialog while the key is derived and the vault opened (no progress window: a window made
        # and painted then would take a core from the key derivation, and it would flash for a tenth of a second)
        self.status = QLabel()
        self.status.setObjectName("unlockStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.remember = QCheckBox(self.tr("O&nthoud op deze werkplek"))
        self.remember.setToolTip(
            self.tr(
                "Voortaan ontgrendelen zonder wachtwoord op deze computer (via de beveiligde sleutelbos)."
            )
        )
        # whether this workstation has a secure keyring is asked once the dialog is on screen (the keyring
        # libraries take a tenth of a second to load); until then the box keeps its place
        self.remember_reason = ""
        self._keyring_checked = False
        self.remember.setVisible(False)
        policy = self.remember.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.remember.setSizePolicy(policy)
        self.recovery_button = QPushButton(self.tr("&Herstelsleutel gebruiken…"))
        self.recovery_button.setFlat(True)
        self.recovery_button.setAutoDefault(False)  # Enter unlocks; it never opens the recovery dialog
        self.recovery_button.clicked.connect(self.recovery_requested.emit)
        self.restore_button = QPushButton(self.tr("&Back-up terugzetten…"))
        self.restore_button.setFlat(True)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_requested.emit)
        links = QHBoxLayout()
        links.addWidget(self.recovery_button)
        links.addWidget(self.restore_button)
        links.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Ontgrendelen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Af&sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.extra = QVBoxLayout()  # room for "Herstelsleutel gebruiken…" and similar (vault issue)
        layout = QVBoxLayout(self)
        # a large system font or a long translation: the dialog is never narrower than its buttons and labels
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.remember)
        layout.addLayout(links)
        layout.addLayout(self.extra)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # only now is the button inside the dialog, so QDialog knows it
        self._slot_ids: list[str] = []  # the ids of the combo's items
        self.slot_label.hide()
        self.slot.hide()
        if read_slots:
            self.reload_slots()

    def reload_slots(self) -> None:
        """Read the slots of the vault (no secret needed); errors such as a missing key file show inline."""
        self.slot.clear()
        self._slot_ids = []
        try:
            vault = lifecycle.open_vault(self.data_dir)
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            self.slot_label.hide()
            self.slot.hide()
            return
        slots = vault.passphrase_slots()
        several = len(slots) > 1
        # one slot: no choice to show; filling the combo anyway costs tens of milliseconds before the dialog
        # appears (its first item makes PySide create every enum of the loaded Qt modules)
        for s in slots if several else ():
            self.slot.addItem(s.name)
            self._slot_ids.append(s.id)
        self.slot_label.setVisible(several)
        self.slot.setVisible(several)
        for notice in vault.notices:
            self.error.show_message(notice)

    def check_keyring(self) -> None:
        """Show 'Onthoud op deze werkplek' only where a secure keyring is available. Not while an attempt runs
        (a passphrase entered at once, or the keyring's own unlock): the box no longer matters then, and loading
        the keyring would take its time from the unlock; a failed attempt checks afterwards."""
        if self._keyring_checked or self._busy:
            return
        self._keyring_checked = True
        from veiligbestuur_desktop.services import vault_admin

        available, self.remember_reason = vault_admin.keyring_status()
        policy = self.remember.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.remember.setSizePolicy(policy)
        self.remember.setVisible(available)
        layout = self.layout()
        if not available and self.isVisible() and layout is not None:  # give back the row kept for the box
            layout.activate()
            self.resize(
                self.width(),
                self.heightForWidth(self.width()) if self.hasHeightForWidth() else self.sizeHint().height(),
            )

    def reset(self, read_slots: bool = True) -> None:
        if "keyring" in sys.modules:  # loaded already: no cost, no delay
            self.check_keyring()
        else:  # after the dialog is mapped and painted, not in the same turn of the event loop
            QTimer.singleShot(KEYRING_CHECK_DELAY_MS, self.check_keyring)
        self.workspace = None
        self._ended()
        self._attempt = None
        self._close_in_use()
        self.ok_button.setEnabled(True)
        self.remember.setChecked(False)
        self.passphrase.clear()
        self.error.show_message("")
        if read_slots:
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
        index = self.slot.currentIndex()
        slot_id = (
            self._slot_ids[index] if self.slot.isVisible() and 0 <= index < len(self._slot_ids) else None
        )
        remember = self.remember.isVisible() and self.remember.isChecked()
        data_dir = self.data_dir

        def work() -> Workspace:
            from veiligbestuur_desktop.services import vault_admin

            ws = lifecycle.unlock(data_dir, passphrase, slot_id)
            if remember:
                try:
                    vault_admin.remember_workstation(ws)
                except UserFacingError as exc:
                    ws.notices.append(exc.message)
            return ws

        self._start(work)

    def try_keyring(self) -> bool:
        """Unlock without typing when this workstation remembers the vault; falls back with a message."""
        try:
            vault = lifecycle.open_vault(self.data_dir)
        except UserFacingError:
            return False
        if vault.keyring_slot() is None:
            return False
        data_dir = self.data_dir
        self._start(lambda: lifecycle.unlock_with_keyring(data_dir))
        return True

    def _start(self, attempt: Callable[[], Workspace]) -> None:
        """Run one unlock attempt in the worker; it is kept so "Opnieuw proberen" can repeat it as it was."""
        self._busy = True
        self._attempt = attempt
        self.ok_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)
        self.error.show_message("")
        self.status.setText(self.tr("Kluis wordt ontgrendeld…"))
        self.status.show()
        run_task(self, "", attempt, on_done=self._done, on_error=self._failed, quiet=True)
        self.unlocking.emit()

    @property
    def busy(self) -> bool:
        """An unlock attempt is running."""
        return self._busy

    def _ended(self) -> None:
        self._busy = False
        self.status.hide()
        self.unsetCursor()

    def _done(self, ws: Workspace) -> None:
        self._ended()
        self._attempt = None
        self.ok_button.setEnabled(True)
        self.passphrase.clear()
        self.workspace = ws
        self.unlocked.emit(ws)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self._ended()
        self.ok_button.setEnabled(True)
        self.attempt_failed.emit()
        QTimer.singleShot(0, self.check_keyring)  # when it was put off during the attempt
        attempt, self._attempt = self._attempt, None
        if not isinstance(exc, UserFacingError):
            return False  # a bug: the worker logs it and shows the error dialog
        if isinstance(exc, VaultInUse) and attempt is not None:
            self._in_use(exc, attempt)
            return True
        self._say(exc.message)
        if isinstance(exc, WrongPassphrase):
            self.passphrase.clear()
        self.passphrase.setFocus()
        return True

    def _in_use(self, exc: VaultInUse, attempt: Callable[[], Workspace]) -> None:
        """Another program has the vault open: say who, and offer to repeat this very attempt."""
        self._say(exc.message)  # also visible after "Annuleren"
        self._close_in_use()
        self.in_use_box = messages.vault_in_use(
            self,
            exc.message,
            on_retry=lambda: self._retry(attempt),
            on_cancel=self._in_use_cancelled,
        )

    def _say(self, text: str) -> None:
        """An inline message; the dialog grows to show all of it (a long one would otherwise be cut off)."""
        self.error.show_message(text)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        if self.isVisible():
            self.resize(
                self.width(), max(self.height(), self.heightForWidth(self.width()), self.sizeHint().height())
            )

    def _retry(self, attempt: Callable[[], Workspace]) -> None:
        self.in_use_box = None
        if not self._busy and self.isVisible():
            self._start(attempt)

    def _in_use_cancelled(self) -> None:
        self.in_use_box = None
        self.passphrase.setFocus()

    def _close_in_use(self) -> None:
        box, self.in_use_box = self.in_use_box, None
        if box is not None:
            box.finished.disconnect()
            box.close()
            box.deleteLater()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
