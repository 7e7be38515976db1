"""The recovery key in the GUI: shown once after set-up (with the printable sheet), and used to get back in."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain import rules
from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError, VaultInUse
from veiligbestuur_desktop.services import lifecycle, vault_admin
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, StrengthMeter
from veiligbestuur_desktop.ui.kit.worker import run_task


def vault_dirs(ws: Workspace) -> list[Path]:
    """The vault's data dir (and, while a new vault waits for its recovery key, its staging dir inside it)."""
    vault = ws.vault
    dirs = [Path(vault.paths.data_dir)]
    staged_for = getattr(vault, "staged_for", None)
    if staged_for is not None:
        dirs.append(Path(staged_for))
    return dirs


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; continues only after one group of it is typed back."""

    def __init__(
        self, ws: Workspace, key: str, parent: QWidget | None = None, *, group: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.key = key
        groups = key.split("-")
        self.group_index = group if group is not None else secrets.randbelow(len(groups))
        self.setWindowTitle(self.tr("Uw herstelsleutel"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "<h2>Herstelsleutel</h2><p>Met deze sleutel komt u bij de gegevens als het wachtwoord kwijt is. "
                "Hij wordt <b>maar één keer</b> getoond. Druk het blad af of sla het op als PDF, en bewaar het op "
                "papier in een kluis — niet bij de computer.</p>"
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(key)
        font = QFont("DejaVu Sans Mono", 16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.NoTextInteraction
        )  # no clipboard leftovers
        theme.set_notice(self.key_label, theme.Role.ACCENT, padding=12)
        self.save_button = QPushButton(self.tr("Blad &opslaan als PDF…"))
        self.print_button = QPushButton(self.tr("Blad af&drukken…"))
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button.clicked.connect(self.print_sheet)
        for button in (self.save_button, self.print_button):
            button.setAutoDefault(
                False
            )  # Enter in the check field confirms; it never opens "save" or "print"
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText("XXXX")
        self.confirm.setMaxLength(4)
        form = QFormLayout()
        form.addRow(
            self.tr("Typ ter controle groepje {n} over:").format(n=self.group_index + 1), self.confirm
        )
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ik heb de sleutel bewaard — &verder"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.confirm.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)

    def expected(self) -> str:
        return self.key.split("-")[self.group_index]

    def _check(self, text: str) -> None:
        ok = text.strip().upper() == self.expected()
        self.ok_button.setEnabled(ok)
        self.error.show_message(
            "" if ok or len(text) < 4 else self.tr("Dat groepje klopt niet. Kijk nog eens goed.")
        )

    def sheet(self) -> bytes:
        return vault_admin.recovery_sheet_pdf(self.ws, self.key)

    def save_sheet(self) -> None:
        from veiligbestuur_desktop.ui.kit.viewers import save_bytes_as

        save_bytes_as(
            self,
            self.sheet(),
            "herstelsleutel-veiligbestuur.pdf",
            self.tr("PDF-bestanden (*.pdf)"),
            forbidden=vault_dirs(self.ws),
        )

    def print_sheet(self) -> None:
        from veiligbestuur_desktop.ui.kit.viewers import load_pdf, print_pdf

        doc, _buf = load_pdf(self.sheet(), self)
        print_pdf(self, doc)

    def reject(self) -> None:
        """The key must be confirmed: closing the window is not a way around it."""
        self.error.show_message(self.tr("Bewaar eerst de herstelsleutel en typ het gevraagde groepje over."))

    def accept(self) -> None:
        if self.confirm.text().strip().upper() != self.expected():
            return
        self.key = ""
        self.key_label.clear()
        super().accept()


class RecoveryUnlockDialog(QDialog):
    """Unlock with the recovery key and set a new passphrase right away."""

    unlocked = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Herstelsleutel gebruiken"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Typ de herstelsleutel van het blad uit de kluis en kies meteen een nieuw wachtwoord. "
                "Hoofdletters, spaties en streepjes maken niet uit."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setPlaceholderText("ABCD-EFGH-…")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthMeter()
        self.passphrase.textChanged.connect(self.strength.update_for)
        form = QFormLayout()
        form.addRow(self.tr("&Herstelsleutel:"), self.key)
        form.addRow(self.tr("&Nieuw wachtwoord:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("He&rhaal wachtwoord:"), self.repeat)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Ontgrendelen en wachtwoord instellen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._busy = False
        self.in_use_box: QMessageBox | None = None

    def submit(self) -> None:
        if self._busy:
            return
        key, new, repeat = self.key.text(), self.passphrase.text(), self.repeat.text()
        try:
            vault_admin.check_recovery_key(key)
            rules.check_new_passphrase(new, repeat)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            (self.key if exc.field == "recovery_key" else self.passphrase).setFocus()
            return
        data_dir = self.data_dir

        def work() -> Workspace:
            ws = lifecycle.unlock_with_recovery_key(data_dir, key)
            try:
                vault_admin.change_passphrase(ws, new, repeat)
            except BaseException:
                ws.lock()
                raise
            return ws

        self._start(work)

    def _start(self, attempt: Callable[[], Workspace]) -> None:
        """Run the attempt in the worker; "Opnieuw proberen" (vault in use) repeats it without retyping."""
        self._busy = True
        self.ok_button.setEnabled(False)
        run_task(
            self,
            self.tr("Kluis wordt hersteld…"),
            attempt,
            on_done=self._done,
            on_error=lambda exc: self._failed(exc, attempt),
        )

    def _done(self, ws: Workspace) -> None:
        self._busy = False
        self.workspace = ws
        for field in (self.key, self.passphrase, self.repeat):
            field.clear()
        ws.notices.append(
            self.tr(
                "U heeft een nieuw wachtwoord. Is de herstelsleutel door anderen gezien? Maak dan een nieuwe "
                "herstelsleutel via Bestand > Wachtwoorden beheren…"
            )
        )
        self.unlocked.emit(ws)
        self.accept()

    def _failed(self, exc: BaseException, attempt: Callable[[], Workspace] | None = None) -> bool:
        self._busy = False
        self.ok_button.setEnabled(True)
        if not isinstance(exc, UserFacingError):
            return False  # a bug: the worker logs it and shows the error dialog
        self.error.show_message(exc.message)
        if isinstance(exc, VaultInUse) and attempt is not None:
            self.in_use_box = messages.vault_in_use(
                self, exc.message, on_retry=lambda: self._retry(attempt), on_cancel=self._in_use_closed
            )
        return True

    def _retry(self, attempt: Callable[[], Workspace]) -> None:
        self.in_use_box = None
        if not self._busy and self.isVisible():
            self._start(attempt)

    def _in_use_closed(self) -> None:
        self.in_use_box = None
