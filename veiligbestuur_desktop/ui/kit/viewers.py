"""In-memory viewers: PDFs (QPdfDocument from a QBuffer) and images; printing and 'Opslaan als…'.

Nothing is written to a temporary file: the bytes stay in memory until the user picks a place to save.
Qt PDF and Qt Print Support load on first use (the application imports this module at start).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.fsutil import write_output
from veiligbestuur_desktop.ui.kit import messages, theme

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QListWidgetItem


# The data dir of the vault this GUI works on (AppController registers it): no export may land inside it.
_FORBIDDEN_DIRS: list[Path] = []


def forbid_saving_in(directory: Path) -> None:
    """Refuse every 'Opslaan als…' into `directory` (the data dir: an export there would sit next to the vault,
    unencrypted, and could be taken for part of it)."""
    directory = Path(directory)
    if directory not in _FORBIDDEN_DIRS:
        _FORBIDDEN_DIRS.append(directory)


def save_bytes_as(
    parent: QWidget | None,
    data: bytes,
    suggested_name: str,
    file_filter: str,
    *,
    forbidden: Iterable[Path] = (),
) -> Path | None:
    """Ask where to save, then write atomically (0600). Returns the path, or None when cancelled or refused.

    The file dialog has already asked before replacing an existing file, so that answer is the confirmation
    (`force=True`). A place inside the data dir, a full disk and the like are shown as the Dutch message of the
    UserFacingError `write_output` raises; nothing is half written.
    """
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("viewers", "Opslaan als"), suggested_name, file_filter
    )
    if not path:
        return None
    target = Path(path)
    try:
        write_output(target, data, force=True, forbidden=[*_FORBIDDEN_DIRS, *forbidden])
    except UserFacingError as exc:
        messages.show_error(parent, exc, QCoreApplication.translate("viewers", "Niet opgeslagen"))
        return None
    except OSError as exc:  # e.g. no permission to look into the chosen folder
        messages.show_error(
            parent,
            QCoreApplication.translate(
                "viewers", "Het bestand kon niet worden opgeslagen ({err}). Kies een andere plek."
            ).format(err=exc.strerror or type(exc).__name__),
            QCoreApplication.translate("viewers", "Niet opgeslagen"),
        )
        return None
    return target


def load_pdf(data: bytes, owner: QWidget) -> tuple[QPdfDocument, QBuffer]:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(owner)
    doc.load(buffer)
    return doc, buffer


def print_pdf(parent: QWidget | None, doc: QPdfDocument) -> bool:
    """Show the print dialog and print every page, rendered from memory."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        messages.show_error(
            parent, QCoreApplication.translate("viewers", "De printer kon niet worden gestart.")
        )
        return False
    try:
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel).size().toSize()
            image: QImage = doc.render(page, target)
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
    return True


class PdfPreviewDialog(QDialog):
    """Voorbeeld of a PDF from memory, with Afdrukken… and Opslaan als…."""

    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        on_print: Callable[[], object] | None = None,
        on_save: Callable[[], object] | None = None,
    ) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.data = data
        self.suggested_name = suggested_name
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._on_print = on_print
        self._on_save = on_save
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.save_button = QPushButton(self.tr("&Opslaan als…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def print_(self) -> None:
        if print_pdf(self, self.document) and self._on_print:
            self._on_print()

    def save_as(self) -> None:
        if (
            save_bytes_as(self, self.data, self.suggested_name, self.tr("PDF-bestanden (*.pdf)"))
            and self._on_save
        ):
            self._on_save()

    def done(self, result: int) -> None:
        self.document.close()
        self._buffer.close()
        self.data = b""
        super().done(result)


class ImageViewer(QDialog):
    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        pixmap = QPixmap()
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.loadFromData(data):
            if pixmap.width() > 1600:
                pixmap = pixmap.scaled(
                    QSize(1600, 1600),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            label.setPixmap(pixmap)
        else:
            label.setText(self.tr("Deze afbeelding kan niet worden getoond."))
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)


# --- the user guide ---------------------------------------------------------------------------------------


def help_language() -> str:
    """The language of the user guide to show: that of the app's translation in effect when the guide exists in
    it (resources/help/<code>/), otherwise Dutch (the pages in resources/help/ itself).

    The translation says its language through a marker message (context "help", source "nl", translated as the
    language code); failing that, an installed translator (a child of the application, as ui/app/start.py
    installs them) gives the target language of its .qm (e.g. en_GB) if it is the one in effect: a translator
    that was removed again answers a core message differently from the application."""
    from PySide6.QtCore import QTranslator

    from veiligbestuur_desktop import paths

    root = paths.help_dir()
    #: The language code of this translation, e.g. "en" for English: the user guide is then read from
    #: resources/help/en/. Translate with the code only.
    codes = [QCoreApplication.translate("help", "nl")]
    app = QCoreApplication.instance()
    if app is not None:
        probe = ("steps", "Beleid formuleren")  # a message every translation of the app has
        in_effect = QCoreApplication.translate(*probe)
        if in_effect != probe[1]:
            codes += [t.language() for t in app.findChildren(QTranslator) if t.translate(*probe) == in_effect]
    for code in codes:
        short = code.strip().lower().replace("-", "_").split("_")[0]
        if short and short.isalpha() and short != "nl" and (root / short).is_dir():
            return short
    return "nl"


def help_dir(language: str | None = None) -> Path:
    """The folder of the user guide's pages in `language` (default: the UI language, help_language())."""
    from veiligbestuur_desktop import paths

    root = paths.help_dir()
    language = help_language() if language is None else language
    return root if language == "nl" else root / language


class HelpWindow(QDialog):
    """The user guide in the UI language (resources/help/*.md in Dutch, resources/help/en/*.md in English), one
    page per step plus a start page; F1 opens it on the page of the current tab. Non-modal: it can stay open
    beside the work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTextBrowser

        super().__init__(parent)
        self.language = help_language()
        self.folder = help_dir(self.language)
        self.setObjectName("helpWindow")
        self.setWindowTitle(QCoreApplication.translate("viewers", "Handleiding — VeiligBestuur"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(980, 700)
        self.pages = QListWidget()
        self.pages.setObjectName("helpPages")
        self.pages.setWordWrap(True)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setMinimumWidth(280)
        self.pages.setMaximumWidth(360)
        for name, title in self.contents(self.folder):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.pages.addItem(item)
        self.pages.currentItemChanged.connect(self._page_chosen)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        self.browser.document().setDefaultStyleSheet(
            "h1 {{ color: {a}; }} h2 {{ color: {a}; }} code {{ background: {b}; }}".format(
                a=theme.hex_colour(theme.Role.ACCENT), b=theme.background(theme.Role.ACCENT, base=True).name()
            )
        )
        self.browser.sourceChanged.connect(lambda _url: self._sync_list())  # a link followed in the text
        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 660])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        back = QPushButton(QCoreApplication.translate("viewers", "‹ &Terug"))
        back.setAutoDefault(False)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    @staticmethod
    def contents(folder: Path | None = None) -> list[tuple[str, str]]:
        """(page, title) in reading order: the title is the first heading of each page (in `folder`, by default
        the guide in the UI language)."""
        folder = help_dir() if folder is None else folder
        names = ["start"] + [f"stap-{n}" for n in range(1, 8)] + ["sneltoetsen"]
        out = []
        for name in names:
            path = folder / f"{name}.md"
            if not path.exists():
                continue
            first = path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else name
            out.append((name, first.lstrip("# ").strip() or name))
        return out

    def _page_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_page(str(current.data(Qt.ItemDataRole.UserRole)))

    def show_page(self, name: str) -> None:
        from PySide6.QtCore import QUrl

        path = self.folder / f"{name}.md"
        if not path.exists():
            path = self.folder / "start.md"
        url = QUrl.fromLocalFile(str(path))
        if self.browser.source() != url:
            self.browser.setSource(url)
        self._sync_list()

    @property
    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _sync_list(self) -> None:
        name = self.current_page
        for i in range(self.pages.count()):
            item = self.pages.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.pages.blockSignals(True)
                self.pages.setCurrentRow(i)
                self.pages.blockSignals(False)
                return
