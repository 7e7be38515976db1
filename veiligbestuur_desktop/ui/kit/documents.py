"""Open any registered document: rendered off the GUI thread, shown from memory (PdfPreviewDialog), printed or
saved from there; the print or save is recorded in the audit trail (services/documents.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.services import extensions
from veiligbestuur_desktop.services.documents import DocumentService
from veiligbestuur_desktop.services.extensions import DocumentSpec
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.worker import run_task


def _title(spec: DocumentSpec) -> str:
    """The document's title in the UI language (the document itself stays Dutch); scripts/vocab_strings.py
    extracts the registered titles and descriptions in the context "documents"."""
    return QCoreApplication.translate("documents", spec.title)


def _description(spec: DocumentSpec) -> str:
    return QCoreApplication.translate("documents", spec.description) if spec.description else _title(spec)


def open_document(parent: QWidget, ws: Workspace, name: str, record_id: int | None = None) -> None:
    """Render document `name` (about `record_id`, or its current record) and show the preview."""
    from veiligbestuur_desktop.ui.kit.viewers import PdfPreviewDialog

    service = DocumentService(ws)
    try:
        spec, record_id = service.resolve(name, record_id)
    except UserFacingError as exc:
        messages.show_error(parent, exc, QCoreApplication.translate("documents", "Geen document"))
        return
    rid = record_id

    def done(pdf: bytes) -> None:
        dlg = PdfPreviewDialog(
            pdf,
            QCoreApplication.translate("documents", "Voorbeeld: {title}").format(title=_title(spec)),
            DocumentService.file_name(spec, rid),
            parent,
            on_print=lambda: service.record(spec.name, rid, "print"),
            on_save=lambda: service.record(spec.name, rid, "export"),
        )
        dlg.setObjectName(f"document_{spec.name}")
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    run_task(
        parent,
        QCoreApplication.translate("documents", "Document wordt gemaakt…"),
        lambda: service.render(spec.name, rid, purpose="preview"),
        on_done=done,
        on_error=lambda exc: messages.show_error(parent, exc) if isinstance(exc, UserFacingError) else None,
    )


class DocumentButtons(QWidget):
    """ "Documenten:" and a button per document a step registered; a step with more than three documents gets
    one button with a menu instead (a row of seven buttons made the window wider than a laptop screen). Hidden
    when the step has none."""

    MAX_BUTTONS = 3

    def __init__(self, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.setObjectName(f"documents_{step}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        # a document about one record that has no "current" one is opened from that record (a letter from its
        # sanction, an inzage from its person), not from the step's row
        specs = [d for d in extensions.documents(step) if d.record_kind is None or d.current is not None]
        row.addWidget(QLabel(QCoreApplication.translate("documents", "Documenten:")))
        self.actions_by_name: dict[str, QAction] = {}
        if len(specs) > self.MAX_BUTTONS:
            self.menu_button: QPushButton | None = QPushButton(
                QCoreApplication.translate("documents", "Document maken ({n})").format(n=len(specs))
            )
            self.menu_button.setObjectName("document_menu")
            self.menu_button.setAutoDefault(False)
            self.menu_button.setAccessibleName(
                QCoreApplication.translate("documents", "Document maken: kies een van {n} documenten").format(
                    n=len(specs)
                )
            )
            menu = QMenu(self.menu_button)
            for spec in specs:
                action = menu.addAction(_title(spec))
                action.setObjectName(f"document_button_{spec.name}")
                action.setToolTip(_description(spec))
                action.triggered.connect(lambda _=False, n=spec.name: self._open(n))
                self.actions_by_name[spec.name] = action
            menu.setToolTipsVisible(True)
            self.menu_button.setMenu(menu)
            self.menu_button.setEnabled(False)
            row.addWidget(self.menu_button)
        else:
            self.menu_button = None
            for spec in specs:
                button = QPushButton(_title(spec))
                button.setObjectName(f"document_button_{spec.name}")
                button.setAutoDefault(False)
                button.setToolTip(_description(spec))
                button.setAccessibleName(
                    QCoreApplication.translate("documents", "Document {title} maken").format(
                        title=_title(spec)
                    )
                )
                button.setEnabled(False)
                button.clicked.connect(lambda _=False, n=spec.name: self._open(n))
                row.addWidget(button)
        row.addStretch(1)
        self.setVisible(bool(specs))

    def attach(self, ws: Workspace | None) -> None:
        self.workspace = ws
        for button in self.findChildren(QPushButton):
            button.setEnabled(ws is not None)

    def open(self, name: str) -> None:
        """Open document `name` as its button or menu entry does."""
        self._open(name)

    def _open(self, name: str) -> None:
        if self.workspace is not None:
            open_document(self, self.workspace, name)
