"""A register of versions (the agressieprotocol, the huisregels): the versions newest first, a form dialog,
the status moves as buttons, "Nieuwe versie", the history of the chosen version and its signed decision.
One widget for both kinds: it talks to a `VersionedService` only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain import versioning as V
from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.fields import format_datetime
from veiligbestuur_desktop.domain.versioning import DocStatus
from veiligbestuur_desktop.services.policy import VersionedService, VersionQuery, history_text
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.changes import publish, subscribe
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns
from veiligbestuur_desktop.ui.kit.register import FullTextDelegate, PagedRecordModel
from veiligbestuur_desktop.ui.kit.widgets import CommitDialog, DateEdit, from_qdate, to_qdate


class VersionsModel(PagedRecordModel):
    """The versions of one kind, newest first; columns from the kind's declared fields."""

    def __init__(self, columns: FieldColumns, parent: Any = None) -> None:
        super().__init__(columns, VersionQuery(), parent)

    def extra(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.status in (DocStatus.VASTGESTELD, DocStatus.GEPUBLICEERD):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class VersionForm(CommitDialog):
    """The declared fields of one version in a dialog; saving a frozen version makes a new concept version."""

    def __init__(
        self,
        service: VersionedService[Any, Any],
        record_id: int | None,
        base: Any,
        sources: Sources,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Save, long_form=True)
        self.service = service
        self.record_id = record_id
        self.saved: Any = None
        kind = service.kind
        self.setObjectName(f"{kind.name}_form")
        self.fields = RecordForm(kind, sources)
        self.notice = QLabel()
        self.notice.setObjectName("versionNotice")
        self.notice.setWordWrap(True)
        theme.set_notice(self.notice, theme.Role.WARNING)
        info = service.info(record_id) if record_id is not None else None
        kind_label = QCoreApplication.translate(kind.context, kind.label)
        if info is None:
            title = self.tr("Nieuwe versie: {kind}").format(kind=kind_label)
            self.notice.hide()
        elif V.is_frozen(info.status):
            title = self.tr("{kind} — versie {v} ({status})").format(
                kind=kind_label, v=info.version, status=info.status.label
            )
            self.notice.setText(
                self.tr(
                    "Versie {v} is {status} en blijft zoals zij is. Wat u hier wijzigt, wordt bij Opslaan een "
                    "nieuwe conceptversie."
                ).format(v=info.version, status=info.status.label)
            )
        else:
            title = self.tr("{kind} — versie {v} ({status})").format(
                kind=kind_label, v=info.version, status=info.status.label
            )
            self.notice.hide()
        self.setWindowTitle(title[:1].upper() + title[1:])
        self.extra.addWidget(self.notice)
        self.extra.addWidget(self.fields, 1)
        self.fields.set_draft(base)
        self.resize(980, 760)
        first = next(iter(self.fields.editors))
        self.fields.focus_field(first)

    def commit(self) -> None:
        draft = self.fields.draft(self.service.get(self.record_id) if self.record_id else self._blank())
        try:
            self.saved = self.service.save(self.record_id, draft)
        except ValidationError as exc:
            self.fields.focus_field(exc.field)
            raise
        publish(self.saved.changes)

    def _blank(self) -> Any:
        return self.service.repository.draft_type()


class StatusDialog(CommitDialog):
    """The one thing a status move asks: the besluitdatum (vastgesteld) or the publication (gepubliceerd)."""

    def __init__(
        self,
        service: VersionedService[Any, Any],
        record_id: int,
        target: DocStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.record_id = record_id
        self.target = target
        self.setObjectName("statusDialog")
        info = service.info(record_id)
        self.setWindowTitle(
            self.tr("Versie {v}: {action}").format(
                v=info.version, action=QCoreApplication.translate("versioning", V.ACTION_LABELS[target])
            )
        )
        self.date = DateEdit()
        self.date.setObjectName("decision_date")
        self.date.setMaximumDate(to_qdate(date.today()))
        self.date.setDate(to_qdate(date.today()))
        self.reference = QLineEdit()
        self.reference.setObjectName("publication_ref")
        self.reference.setPlaceholderText(self.tr("bijvoorbeeld: Gemeenteblad 2026, 12345 of CVDR712345"))
        if target == DocStatus.VASTGESTELD:
            self.form.addRow(self.tr("&Besluitdatum:"), self.date)
            self.reference.hide()
        elif target == DocStatus.GEPUBLICEERD:
            self.form.addRow(self.tr("&Vindplaats publicatie:"), self.reference)
            self.date.hide()
        else:
            self.date.hide()
            self.reference.hide()
        text = {
            DocStatus.VOORGELEGD: self.tr("Versie {v} wordt voorgelegd ter vaststelling."),
            DocStatus.VASTGESTELD: self.tr(
                "Versie {v} wordt vastgesteld en daarna niet meer gewijzigd. Een eerdere versie die nog geldt, "
                "wordt ‘vervangen’."
            ),
            DocStatus.GEPUBLICEERD: self.tr("Versie {v} is bekendgemaakt."),
            DocStatus.TE_HERIJKEN: self.tr(
                "Versie {v} moet worden herijkt (na verkiezingen, of omdat de praktijk anders is). Maak daarna "
                "een nieuwe versie."
            ),
        }[target]
        label = QLabel(text.format(v=info.version))
        label.setWordWrap(True)
        self.body.insertWidget(0, label)

    def commit(self) -> None:
        changes = self.service.transition(
            self.record_id,
            self.target,
            on=from_qdate(self.date.date()) if self.target == DocStatus.VASTGESTELD else None,
            reference=self.reference.text(),
        )
        publish(changes)


def choose_decision_file(parent: QWidget) -> str:
    """The file of the signed decision (a dialog; tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("VersionRegister", "Getekend besluit kiezen"),
        "",
        QCoreApplication.translate(
            "VersionRegister", "PDF of afbeelding (*.pdf *.png *.jpg *.jpeg *.gif *.webp)"
        ),
    )
    return path


class VersionRegister(QWidget):
    """The versions of one kind with their buttons; the history and the decision of the chosen version."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"register_{name}")
        self.service: VersionedService[Any, Any] | None = None
        self.sources: Callable[[], Sources] = Sources
        self.model: VersionsModel | None = None
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName(f"versions_{name}")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(FullTextDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.activated.connect(lambda _i: self.edit())

        def button(text: str, object_name: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(object_name)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False: slot())
            return b

        self.new_button = button(self.tr("&Nieuw"), "new", self.new)
        self.edit_button = button(self.tr("&Bewerken…"), "edit", self.edit)
        self.version_button = button(self.tr("Nieuwe &versie"), "newVersion", self.new_version)
        self.delete_button = button(self.tr("Verwijderen"), "delete", self.delete)
        self.move_buttons: dict[DocStatus, QPushButton] = {}
        for target, label in V.ACTION_LABELS.items():
            self.move_buttons[target] = button(
                QCoreApplication.translate("versioning", label),
                f"move_{target.value}",
                partial(self.change_status, target),
            )
        self.attach_button = button(self.tr("Besluit &toevoegen…"), "attachDecision", self.attach)
        self.view_button = button(self.tr("Besluit &bekijken"), "viewDecision", self.view_decision)

        top = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.version_button, self.delete_button):
            top.addWidget(b)
        top.addStretch(1)
        moves = QHBoxLayout()
        moves.addWidget(QLabel(self.tr("Status:")))
        for b in self.move_buttons.values():
            moves.addWidget(b)
        moves.addStretch(1)
        moves.addWidget(self.attach_button)
        moves.addWidget(self.view_button)

        self.history = QListWidget()
        self.history.setObjectName(f"history_{name}")
        self.history.setWordWrap(True)
        self.decision_label = QLabel()
        self.decision_label.setObjectName(f"decision_{name}")
        self.decision_label.setWordWrap(True)
        self.history_title = QLabel(self.tr("Geschiedenis van de gekozen versie"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.history_title)
        side_layout.addWidget(self.history, 1)
        side_layout.addWidget(self.decision_label)

        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(moves)
        layout.addWidget(split, 1)
        self._update_buttons()

    # --- data ----------------------------------------------------------------------------------------------

    def load(self, service: VersionedService[Any, Any], sources: Callable[[], Sources]) -> None:
        self.service = service
        self.sources = sources
        if self.model is None:
            self.model = VersionsModel(FieldColumns(service.kind), self)
            self.view.setModel(self.model)
            self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
            header = self.view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            subscribe(self, (service.kind.name, "policy_decision"), lambda _c: self.refresh())
        self.model.set_service(service)
        self.refresh()

    def clear(self) -> None:
        self.service = None
        if self.model is not None:
            self.model.clear()
        self.history.clear()
        self.decision_label.setText("")
        self._update_buttons()

    def refresh(self, select: int | None = None) -> None:
        if self.model is None or self.service is None or self.service.ws.locked:
            return
        keep = select if select is not None else self.current_id()
        self.model.refresh()
        row = 0
        for r in range(self.model.rowCount()):
            item = self.model.row_at(r)
            if item is not None and item.id == keep:
                row = r
        if self.model.rowCount():
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._selected()

    def current_id(self) -> int | None:
        if self.model is None:
            return None
        item = self.model.row_at(self.view.currentIndex().row())
        return item.id if item is not None else None

    def _selected(self) -> None:
        self.history.clear()
        self.decision_label.setText("")
        rid = self.current_id()
        if rid is not None and self.service is not None:
            info = self.service.info(rid)
            self.history_title.setText(self.tr("Geschiedenis van versie {v}").format(v=info.version))
            for h in self.service.history(rid):
                self.history.addItem(
                    f"{format_datetime(h.at)} — {history_text(h)}" + (f" ({h.by})" if h.by else "")
                )
            decision = self.service.decision(rid)
            self.decision_label.setText(
                self.tr("Getekend besluit: {name} ({when})").format(
                    name=decision.filename, when=format_datetime(decision.added_at)
                )
                if decision is not None
                else self.tr("Nog geen getekend besluit bij deze versie.")
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        rid = self.current_id()
        info = self.service.info(rid) if rid is not None and self.service is not None else None
        on = self.service is not None
        self.new_button.setEnabled(on)
        self.edit_button.setEnabled(info is not None)
        self.version_button.setEnabled(info is not None)
        self.delete_button.setEnabled(info is not None and info.status == DocStatus.CONCEPT)
        allowed = V.allowed(info.status) if info is not None else ()
        for target, b in self.move_buttons.items():
            b.setEnabled(target in allowed)
        self.attach_button.setEnabled(info is not None and info.status != DocStatus.CONCEPT)
        self.view_button.setEnabled(
            info is not None and self.service is not None and self.service.decision(info.id) is not None
        )

    # --- actions -------------------------------------------------------------------------------------------

    def _open_form(self, record_id: int | None, base: Any) -> None:
        assert self.service is not None
        dlg = VersionForm(self.service, record_id, base, self.sources(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._saved(dlg, record_id))
        dlg.open()  # window-modal without a nested event loop

    def _saved(self, dlg: VersionForm, record_id: int | None) -> None:
        if dlg.saved is None or self.service is None:
            return
        self.refresh(dlg.saved.id)
        if dlg.saved.new_version and record_id is not None:
            messages.show_info(
                self,
                self.tr("De wijziging is opgeslagen als nieuwe conceptversie {v}.").format(
                    v=self.service.info(dlg.saved.id).version
                ),
            )

    def new(self) -> None:
        """A first version, or (when there are versions) a new version from the current one."""
        if self.service is None:
            return
        try:
            if self.service.open_version() is not None:
                open_ = self.service.open_version()
                assert open_ is not None
                raise ValidationError(
                    self.tr("Er is al een versie in bewerking: versie {v} ({status}). Werk die bij.").format(
                        v=open_.version, status=open_.status.label
                    )
                )
            current = self.service.current()
            base = (
                self.service.get(current.id) if current is not None else self.service.repository.draft_type()
            )
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self._open_form(None, base)

    def edit(self) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            return
        try:
            base = self.service.get(rid)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        self._open_form(rid, base)

    def new_version(self) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            return
        try:
            created = self.service.new_version(rid)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(created.changes)
        self.refresh(created.id)

    def delete(self) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            return
        info = self.service.info(rid)
        if not messages.ask(self, self.tr("Conceptversie {v} verwijderen?").format(v=info.version)):
            return
        try:
            changes = self.service.delete(rid)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
        self.refresh()

    def change_status(self, target: DocStatus) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            return
        try:
            dlg = StatusDialog(self.service, rid, target, self)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.refresh(rid))
        dlg.open()

    def attach(self) -> None:
        rid = self.current_id()
        if rid is None or self.service is None:
            return
        path = choose_decision_file(self)
        if not path:
            return
        if self.service.decision(rid) is not None and not messages.ask(
            self,
            self.tr(
                "Bij deze versie is al een getekend besluit bewaard. Vervangen door het gekozen bestand?"
            ),
        ):
            return
        try:
            data = Path(path).read_bytes()
            changes = self.service.attach_decision(rid, Path(path).name, data)
        except OSError:
            messages.show_error(self, self.tr("Het bestand kan niet worden gelezen. Kies een ander bestand."))
            return
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
        self.refresh(rid)

    def view_decision(self) -> None:
        from veiligbestuur_desktop.ui.kit.viewers import ImageViewer, PdfPreviewDialog

        rid = self.current_id()
        if rid is None or self.service is None:
            return
        try:
            filename, mime, data = self.service.decision_content(rid)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        title = self.tr("Getekend besluit: {name}").format(name=filename)
        service = self.service
        dlg = (
            PdfPreviewDialog(
                data,
                title,
                filename,
                self,
                on_print=lambda: service.record_decision_use(rid, "print"),
                on_save=lambda: service.record_decision_use(rid, "export"),
            )
            if mime == "application/pdf"
            else ImageViewer(data, title, self)
        )
        dlg.setObjectName("decisionViewer")
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
