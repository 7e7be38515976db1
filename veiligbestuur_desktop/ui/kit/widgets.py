"""Small shared widgets: an inline error label, a passphrase strength meter, Dutch date helpers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.rules import PASSPHRASE_MIN_LENGTH, passphrase_strength

DATE_FORMAT = "dd-MM-yyyy"


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


class ErrorLabel(QLabel):
    """A red, word-wrapped label for inline validation messages; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setObjectName("errorLabel")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class StrengthMeter(QWidget):
    """A bar and a label for the strength of a new passphrase."""

    COLORS = ("#b00020", "#d35400", "#b7950b", "#2e7d32", "#1b5e20")

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QHBoxLayout

        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel(self)
        self.label.setMinimumWidth(260)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        if not passphrase:
            self.bar.setValue(0)
            self.label.setText(self.tr("Minimaal %n tekens", "", PASSPHRASE_MIN_LENGTH))
            return
        s = passphrase_strength(passphrase)
        self.bar.setValue(max(s.score, 0))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {self.COLORS[s.score]}; }}")
        if len(passphrase) < PASSPHRASE_MIN_LENGTH:
            text = self.tr("Te kort: nog %n teken(s)", "", PASSPHRASE_MIN_LENGTH - len(passphrase))
        else:
            text = self.tr("Sterkte: {label}").format(label=s.label)
            if not s.acceptable:
                text += self.tr(" — te zwak")
        self.label.setText(text)


class CommitDialog(QDialog):
    """A small form dialog whose OK first commits through a service; a UserFacingError keeps it open with the
    Dutch message below the form. Subclasses fill `self.form` and implement `commit()`."""

    def __init__(
        self, parent: QWidget | None = None, ok: QDialogButtonBox.StandardButton | None = None
    ) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            (ok or QDialogButtonBox.StandardButton.Ok) | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def commit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.commit()
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        self.error.show_message("")
        super().accept()
