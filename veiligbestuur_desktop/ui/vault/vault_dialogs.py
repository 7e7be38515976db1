"""Wachtwoorden beheren (the key slots), Instellingen, Back-up maken… and Herstellen… in the GUI."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.services import backup, vault_admin
from veiligbestuur_desktop.services.vault_admin import SlotInfo
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, settings
from veiligbestuur_desktop.ui.kit.list_model import RowListModel
from veiligbestuur_desktop.ui.kit.widgets import CommitDialog, StrengthMeter
from veiligbestuur_desktop.ui.kit.worker import Task, run_task

Index = QModelIndex | QPersistentModelIndex

logger = logging.getLogger(__name__)


class SlotModel(RowListModel[SlotInfo]):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("SlotModel", "Naam")),
        str(QT_TRANSLATE_NOOP("SlotModel", "Soort")),
        str(QT_TRANSLATE_NOOP("SlotModel", "Aangemaakt")),
        "",
    )

    def cell(self, s: SlotInfo, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [s.name, s.kind_label, s.created[:10], self.tr("in gebruik") if s.current else ""][column]


class PassphraseDialog(CommitDialog):
    """Name (optional) and a new passphrase twice, with the strength meter; `action(name, p, repeat)` commits."""

    def __init__(self, title: str, with_name: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Plaatsvervanger (een rol, geen persoonsnaam)"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthMeter()
        self.passphrase.textChanged.connect(self.strength.update_for)
        if with_name:
            self.form.addRow(self.tr("&Naam:"), self.name)
        self.form.addRow(self.tr("&Wachtwoord:"), self.passphrase)
        self.form.addRow("", self.strength)
        self.form.addRow(self.tr("&Herhaal:"), self.repeat)
        self.action: Any = None

    def commit(self) -> None:
        if self.action is not None:
            self.action(self.name.text(), self.passphrase.text(), self.repeat.text())
        self.passphrase.clear()
        self.repeat.clear()


class SlotsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Wachtwoorden beheren"))
        self.resize(760, 480)
        self.model = SlotModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("slots")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):  # a handful of rows: fitted to text and header
            self.view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("Wachtwoord &toevoegen…"))
        add.clicked.connect(self.add)
        change = QPushButton(self.tr("Eigen wachtwoord &wijzigen…"))
        change.clicked.connect(self.change)
        remove = QPushButton(self.tr("&Verwijderen"))
        remove.clicked.connect(self.remove)
        recovery = QPushButton(self.tr("Nieuwe &herstelsleutel…"))
        recovery.clicked.connect(self.new_recovery)
        rotate = QPushButton(self.tr("&Gegevenssleutel vervangen…"))
        rotate.setToolTip(self.tr("Bijvoorbeeld als iemand met een eigen wachtwoord vertrekt."))
        rotate.clicked.connect(self.rotate)
        row = QHBoxLayout()
        for b in (add, change, remove, recovery, rotate):
            row.addWidget(b)
        row.addStretch(1)
        self.remember = QCheckBox(self.tr("&Onthoud op deze werkplek (ontgrendelen zonder wachtwoord)"))
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        available, reason = vault_admin.keyring_status()
        self.remember.setVisible(available)
        self.remember_note.setText(
            reason
            if not available
            else self.tr(
                "De sleutel komt in de beveiligde sleutelbos van uw account op deze computer. Gebruik dit alleen op "
                "een persoonlijke, vergrendelde werkplek."
            )
        )
        self.remember.setChecked(vault_admin.remembered(ws))
        self.remember.toggled.connect(self.toggle_remember)
        box = QGroupBox(self.tr("Deze werkplek"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.remember)
        bl.addWidget(self.remember_note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(box)
        layout.addWidget(close)
        self.rotation: Any = None  # a prepared rotation waiting for its recovery key to be confirmed
        self._rotation_task: Task | None = None  # the half of a rotation that runs in the worker
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(vault_admin.slots(self.ws))

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except UserFacingError as exc:
            messages.show_error(self, exc)
        self.refresh()

    def add(self) -> None:
        dlg = PassphraseDialog(self.tr("Wachtwoord toevoegen"), True, self)
        dlg.action = lambda name, p, r: vault_admin.add_passphrase(self.ws, name, p, r)
        dlg.accepted.connect(self.refresh)
        dlg.open()

    def change(self) -> None:
        dlg = PassphraseDialog(self.tr("Eigen wachtwoord wijzigen"), False, self)
        dlg.action = lambda _name, p, r: vault_admin.change_passphrase(self.ws, p, r)
        dlg.accepted.connect(self.refresh)
        dlg.open()

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        slot = self.model.rows[row]
        if messages.ask(
            self,
            self.tr("Sleutel ‘{n}’ verwijderen? Wie die sleutel gebruikte, kan dan niet meer in.").format(
                n=slot.name
            ),
        ):
            self._run(lambda: vault_admin.remove_slot(self.ws, slot.id))

    def new_recovery(self) -> None:
        from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryKeyDialog

        if not messages.ask(
            self, self.tr("Een nieuwe herstelsleutel maken? De oude werkt daarna niet meer.")
        ):
            return
        key = vault_admin.new_recovery_key(self.ws)
        dlg = RecoveryKeyDialog(self.ws, key, self)
        dlg.open()
        self.refresh()

    def rotate(self) -> None:
        """Replace the data key, in two halves around showing the new recovery key.

        1. prepare (worker): the new wrapped keys wait in the key file; nothing else changes yet;
        2. the new recovery key is shown and must be confirmed (RecoveryKeyDialog);
        3. commit (worker): the database is re-encrypted and swapped in; other passphrases stop working.
        Not confirmed, or the commit failed before the swap: the rotation is undone and the old keys stay valid.
        """
        others = [s.name for s in self.model.rows if s.kind == "passphrase" and not s.current]
        warning = self.tr(
            "De database wordt opnieuw versleuteld met een nieuwe sleutel. Er komt een nieuwe herstelsleutel."
        )
        if others:
            warning += " " + self.tr("Deze wachtwoorden werken daarna niet meer: {names}.").format(
                names=", ".join(others)
            )
        if not messages.ask(self, warning + " " + self.tr("Doorgaan?"), self.tr("Gegevenssleutel vervangen")):
            return
        passphrase, ok = ask_secret(self, self.tr("Typ uw eigen wachtwoord ter bevestiging:"))
        if not ok:
            return
        ws = self.ws
        own = next((s for s in self.model.rows if s.kind == "passphrase" and s.current), None) or next(
            (s for s in self.model.rows if s.kind == "passphrase"), None
        )
        passphrases = {own.id if own is not None else ws.vault.slot.id: passphrase}

        def not_prepared(exc: BaseException) -> bool:
            self.refresh()
            if not isinstance(exc, UserFacingError):
                return False  # a bug: the worker logs it and shows the error dialog
            messages.show_error(self, exc, self.tr("Gegevenssleutel niet vervangen"))
            return True

        self._rotation_task = run_task(
            self,
            self.tr("De nieuwe sleutels worden voorbereid…"),
            lambda: vault_admin.prepare_rotation(ws, passphrases),
            on_done=self._rotation_prepared,
            on_error=not_prepared,
        )

    def _rotation_prepared(self, prepared: Any) -> None:
        """Show the new recovery key; the database is re-encrypted only once the user confirmed it."""
        from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryKeyDialog

        self.rotation = prepared
        self.refresh()
        if not prepared.recovery_key:  # no recovery slot in this vault: nothing to show
            self._commit_rotation()
            return
        dlg = RecoveryKeyDialog(self.ws, prepared.recovery_key, self)
        dlg.accepted.connect(self._commit_rotation)
        dlg.rejected.connect(lambda: self._abort_rotation())
        dlg.open()

    def _commit_rotation(self) -> None:
        prepared = self.rotation
        if prepared is None or self.ws.locked:
            return
        ws = self.ws
        self._rotation_task = run_task(
            self,
            self.tr("De database wordt opnieuw versleuteld…"),
            lambda: vault_admin.commit_rotation(ws, prepared),
            on_done=self._rotation_committed,
            on_error=lambda exc: self._rotation_failed(exc, prepared),
        )

    def _rotation_committed(self, _result: object) -> None:
        self.rotation = None
        self.refresh()
        messages.show_info(
            self,
            self.tr(
                "De gegevenssleutel is vervangen. Alleen de nieuwe herstelsleutel en de wachtwoorden in de lijst "
                "werken nog."
            ),
            self.tr("Gegevenssleutel vervangen"),
        )

    def _rotation_failed(self, exc: BaseException, prepared: Any) -> bool:
        self.rotation = None
        reason = (
            exc.message
            if isinstance(exc, UserFacingError)
            else self.tr("Er ging iets onverwachts mis ({kind}).").format(kind=type(exc).__name__)
        )
        if prepared.state == "swapped":
            # The new database is in place, the key file not yet promoted: nothing can be undone now. The next
            # unlock finishes the rotation and says which recovery key is valid; so lock now.
            messages.show_error(
                self,
                reason
                + "\n\n"
                + self.tr(
                    "Het vervangen van de gegevenssleutel is onderbroken. De kluis wordt nu vergrendeld. "
                    "Ontgrendel daarna met uw wachtwoord: het vervangen wordt dan afgemaakt en u ziet welke "
                    "herstelsleutel geldt."
                ),
                self.tr("Gegevenssleutel niet vervangen"),
            )
            lock_requested = getattr(self.parent(), "lock_requested", None)
            if lock_requested is not None:
                lock_requested.emit()
            return True  # told (with the kind of error); the worker logs a bug
        if prepared.state == "done":  # re-encrypted and swapped; only the entry in the audit trail failed
            state = self.tr("De gegevenssleutel is wel vervangen: de nieuwe herstelsleutel geldt.")
        else:
            self._abort_rotation(
                prepared, quiet=True
            )  # a failed commit undid itself already; this is a no-op
            state = self.tr(
                "De gegevenssleutel is niet vervangen. De oude sleutels en de oude herstelsleutel blijven geldig."
            )
        self.refresh()
        messages.show_error(self, reason + "\n\n" + state, self.tr("Gegevenssleutel niet vervangen"))
        return True  # told (with the kind of error); the worker logs a bug

    def _abort_rotation(self, prepared: Any = None, *, quiet: bool = False) -> bool:
        """Undo a prepared rotation: the pending keys are removed, the old keys stay valid. True when undone."""
        prepared = prepared if prepared is not None else self.rotation
        self.rotation = None
        if prepared is None or self.ws.locked:
            return False
        try:
            vault_admin.abort_rotation(self.ws, prepared)
        except UserFacingError as exc:
            if not quiet:
                messages.show_error(self, exc, self.tr("Gegevenssleutel niet vervangen"))
            return False
        if not quiet:
            self.refresh()
            messages.show_warning(
                self,
                self.tr(
                    "De gegevenssleutel is niet vervangen. De oude sleutels en de oude herstelsleutel blijven "
                    "geldig."
                ),
            )
        return True

    def done(self, result: int) -> None:
        """Closed (also by locking) while a new recovery key waits for confirmation: undo that rotation."""
        if self.rotation is not None and not (
            self._rotation_task is not None and not self._rotation_task.done
        ):
            self._abort_rotation(quiet=True)
        super().done(result)

    def toggle_remember(self, on: bool) -> None:
        self._run(
            lambda: (
                vault_admin.remember_workstation(self.ws) if on else vault_admin.forget_workstation(self.ws)
            )
        )


class SettingsDialog(CommitDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Save, long_form=True)
        self.ws = ws
        self.setWindowTitle(self.tr("Instellingen"))
        self.idle = QSpinBox()
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" minuten"))
        self.idle.setValue(settings.IDLE_MINUTES.get())
        daily, weekly = backup.retention(ws)
        self.daily = QSpinBox()
        self.daily.setRange(1, 60)
        self.daily.setValue(daily)
        self.weekly = QSpinBox()
        self.weekly.setRange(0, 52)
        self.weekly.setValue(weekly)
        self.form.addRow(self.tr("Automatisch vergrendelen na:"), self.idle)
        self.form.addRow(self.tr("Dagelijkse back-ups bewaren:"), self.daily)
        self.form.addRow(self.tr("Wekelijkse back-ups bewaren:"), self.weekly)
        self.extra.addWidget(
            QLabel(self.tr("Automatische back-ups staan versleuteld in de map van de kluis (backups/auto)."))
        )

    def commit(self) -> None:
        backup.set_retention(self.ws, self.daily.value(), self.weekly.value())
        settings.IDLE_MINUTES.set(self.idle.value())


def make_backup(parent: QWidget, ws: Workspace) -> None:
    """Bestand > Back-up maken…: choose a place, write off the GUI thread with progress."""
    suggested = f"veiligbestuur-{date.today().isoformat()}{backup.SUFFIX}"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("vault_dialogs", "Back-up maken"),
        suggested,
        QCoreApplication.translate("vault_dialogs", "Back-ups (*.vbbackup)"),
    )
    if not path:
        return
    target = Path(path)
    try:
        # the file dialog has asked before replacing an existing file; the data dir stays refused
        backup.check_backup_target(ws, target, force=True)
    except UserFacingError as exc:
        messages.show_error(parent, exc)
        return

    def done(_manifest: Any) -> None:
        messages.show_info(
            parent, QCoreApplication.translate("vault_dialogs", "Back-up gemaakt: {p}").format(p=target)
        )

    run_task(  # a failure is shown by the worker (a Dutch message, or the error dialog for a bug)
        parent,
        QCoreApplication.translate("vault_dialogs", "Back-up wordt gemaakt…"),
        lambda progress: backup.make_backup(ws, target, progress, force=True),
        on_done=done,
        with_progress=True,
    )


def start_auto_backup(window: QMainWindow, ws: Workspace) -> Task:
    """The automatic backup of the day, in the background once the main window is shown. A problem (a full
    disk) is shown in the status bar, never as a dialog that blocks the work."""
    window.statusBar().clearMessage()

    def done(warning: str | None) -> None:
        if warning and not ws.locked:
            window.statusBar().showMessage(warning)

    def failed(exc: BaseException) -> bool:
        if ws.locked:  # locked while the backup ran: nothing to report
            return True
        logger.error("automatic backup failed unexpectedly: %s", type(exc).__name__)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "vault_dialogs",
                "De automatische back-up van vandaag is niet gelukt. Maak via Bestand > Back-up maken… zelf een "
                "back-up.",
            )
        )
        return True  # told in the status bar, never a blocking dialog; the worker logs a bug

    return run_task(window, "", lambda: backup.run_auto_backup(ws), on_done=done, on_error=failed, quiet=True)


def restore_backup(parent: QWidget, data_dir: Path, after: Any) -> None:
    """Herstellen…: choose a backup, confirm, give its passphrase, verify + swap off the GUI thread."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("vault_dialogs", "Back-up terugzetten"),
        "",
        QCoreApplication.translate("vault_dialogs", "Back-ups (*.vbbackup)"),
    )
    if not path:
        return
    try:
        manifest = backup.read_manifest(Path(path))
    except UserFacingError as exc:
        messages.show_error(parent, exc)
        return
    when = manifest.created.replace("T", " ")[:16]
    current = backup.other_vault_id(data_dir, manifest)
    if current is not None:
        question = QCoreApplication.translate(
            "vault_dialogs",
            "Let op: deze back-up van {when} is van een andere kluis (database {backup_id}) dan de kluis die nu "
            "in deze map staat (database {current_id}). Als u doorgaat, vervangt die andere kluis de huidige; de "
            "huidige kluis wordt eerst apart bewaard. Toch doorgaan?",
        ).format(when=when, backup_id=manifest.database_id, current_id=current)
        title = QCoreApplication.translate("vault_dialogs", "Andere kluis herstellen")
    else:
        question = QCoreApplication.translate(
            "vault_dialogs",
            "De back-up van {when} vervangt de huidige kluis. De huidige kluis wordt eerst apart bewaard. Doorgaan?",
        ).format(when=when)
        title = QCoreApplication.translate("vault_dialogs", "Herstellen")
    if not messages.ask(parent, question, title):
        return
    passphrase, ok = ask_secret(
        parent, QCoreApplication.translate("vault_dialogs", "Wachtwoord van de back-up:")
    )
    if not ok:
        return
    other_vault = current is not None

    run_task(  # a failure is shown by the worker (a Dutch message, or the error dialog for a bug)
        parent,
        QCoreApplication.translate("vault_dialogs", "Back-up wordt gecontroleerd en teruggezet…"),
        lambda progress: backup.restore(
            data_dir, Path(path), passphrase, replace=True, other_vault=other_vault, progress=progress
        ),
        on_done=after,
        with_progress=True,
    )


# tests replace this (a real QInputDialog cannot be answered headless)
def ask_secret(parent: QWidget, label: str) -> tuple[str, bool]:
    return QInputDialog.getText(
        parent, QCoreApplication.translate("vault_dialogs", "Herstellen"), label, QLineEdit.EchoMode.Password
    )
