"""Application bootstrap: excepthook first, translations, fonts, then first run or unlock, then the main window."""

from __future__ import annotations

import gc
import logging
import struct
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from veiligbestuur_desktop import APP_NAME, __version__, log, paths
from veiligbestuur_desktop.domain import i18n
from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.log import safe_traceback
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.ui.app.idle import IdleLocker
from veiligbestuur_desktop.ui.kit import messages, settings, theme, worker
from veiligbestuur_desktop.ui.kit.widgets import after_first_paint
from veiligbestuur_desktop.ui.kit.worker import run_task
from veiligbestuur_desktop.ui.vault.unlock import UnlockDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from veiligbestuur_desktop.services.verify import VerifyReport
    from veiligbestuur_desktop.services.workspace import Workspace
    from veiligbestuur_desktop.ui.app.main_window import MainWindow
    from veiligbestuur_desktop.ui.vault.first_run import FirstRunDialog
    from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryKeyDialog

# Fast start: the unlock dialog needs PySide6 and the key file only. The main window, the services behind it
# (SQLAlchemy, Alembic, ReportLab, ...) are imported after the dialog is shown: in the background while the
# passphrase is typed (warm_up) and at the latest when the window is first needed.

logger = logging.getLogger(__name__)

_translators: list[QTranslator] = []


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = safe_traceback(exc_type, tb)
    logger.error("unexpected error:\n%s", details)
    messages.show_unexpected(None, exc_type.__name__, details)


def install_excepthook() -> None:
    sys.excepthook = excepthook


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("veiligbestuur.local")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = paths.icons_dir() / "veiligbestuur.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Qt's own file dialogs: they read Dutch (qtbase_nl) and keep the vault's rules; a native dialog follows the
    # language of the operating system, which on a municipality's workstation is not always Dutch
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    install_translators(app)
    load_fonts(app)
    return app


# Qt strings whose source text or context changed (a mnemonic was added; the file types moved to
# QAbstractFileIconProvider) while the shipped qtbase_nl still has the old ones: without these, Qt's own file
# dialog shows "Look in:", "Files of type:" and "Folder" in English.
QT_DUTCH_GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QAbstractFileIconProvider", "Folder"): "Map",
    ("QAbstractFileIconProvider", "Drive"): "Station",
    ("QAbstractFileIconProvider", "File"): "Bestand",
    ("QAbstractFileIconProvider", "%1 File"): "%1-bestand",
    ("QAbstractFileIconProvider", "Shortcut"): "Snelkoppeling",
    ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
}


def _qm(texts: dict[tuple[str, str], str]) -> bytes:
    """A Qt translation file (.qm) in memory: the hash table and the messages (format of Qt's qtranslator.cpp)."""

    def elf_hash(data: bytes) -> int:
        h = 0
        for c in data:
            h = ((h << 4) + c) & 0xFFFFFFFF
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g & 0xFFFFFFFF
        return h or 1

    def field(tag: int, data: bytes) -> bytes:
        return bytes([tag]) + struct.pack(">I", len(data)) + data

    messages = b""
    hashes = []
    for (context, source), translation in texts.items():
        hashes.append((elf_hash(source.encode()), len(messages)))
        messages += (
            field(0x03, translation.encode("utf-16-be"))  # translation
            + field(0x06, source.encode())  # source text
            + field(0x07, context.encode())  # context
            + field(0x08, b"")  # comment (disambiguation)
            + b"\x01"  # end
        )
    table = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(hashes))
    magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    return magic + field(0x42, table) + field(0x69, messages)


_QT_GAPS_QM = _qm(QT_DUTCH_GAPS)  # Qt reads the translation from these bytes: they must stay alive


# The UI language: "nl" or "en" as chosen under Beeld > Taal, or "" to follow the system. A preference, not
# sensitive (QSettings); it takes effect at the next start.
LANGUAGE = settings.Option("ui/language", str, "")
LANGUAGES = ("nl", "en")


def ui_language(system: QLocale | None = None) -> str:
    """'en' or 'nl': the choice under Beeld > Taal, else the system's language (English for any en_* locale,
    Dutch for every other: Dutch is the source language)."""
    choice = LANGUAGE.get()
    if choice in LANGUAGES:
        return choice
    locale = system if system is not None else QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else "nl"


def install_translators(app: QApplication, language: str | None = None) -> None:
    """Dutch: Qt's own Dutch (standard buttons, file dialogs). English: the app's translation (Qt's own texts
    are English already). `language` defaults to :func:`ui_language`."""
    for t in _translators:
        app.removeTranslator(t)
        t.setParent(None)  # no longer a child of the app: help_language() reads the app's translators
    _translators.clear()
    language = language or ui_language()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        own = QTranslator(app)
        if own.load("veiligbestuur_en", str(paths.translations_dir())):
            app.installTranslator(own)
            _translators.append(own)
        else:
            logger.warning("veiligbestuur_en translation not found in %s", paths.translations_dir())
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load("qtbase_nl", qt_dir):
            app.installTranslator(qtbase)
            _translators.append(qtbase)
            gaps = QTranslator(app)
            if gaps.load(_QT_GAPS_QM):
                app.installTranslator(gaps)
                _translators.append(gaps)
        else:
            logger.warning("qtbase_nl translation not found in %s", qt_dir)
    i18n.set_translator(QCoreApplication.translate)


def load_fonts(app: QApplication) -> None:
    for ttf in sorted(paths.fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    if sys.platform.startswith("linux"):
        font = QFont("DejaVu Sans", 10)
        app.setFont(font)


# What the vault needs after the unlock, imported in a background thread while the passphrase is typed: plain
# Python modules only (no Qt objects are made at their import); the main window itself is built on the GUI thread.
WARM_UP_MODULES = (
    "veiligbestuur_desktop.services.workspace",
    "veiligbestuur_desktop.store.migrate",
    "veiligbestuur_desktop.services.verify",
    "veiligbestuur_desktop.services.plan",
    "veiligbestuur_desktop.services.incidents",
    "cryptography.hazmat.primitives.kdf.argon2",  # the key derivation (vault/crypto.py imports it when used)
    "cryptography.hazmat.primitives.ciphers.aead",
    # the main window and the modules of its pages (class definitions only: the window is built on the GUI
    # thread, while the key is derived); then the areas' registrations (services/extensions.load)
    "veiligbestuur_desktop.ui.app.main_window",
)
WARM_UP_DELAY_MS = 150  # let the first dialog be painted before the imports take the interpreter
_warm_up_started = False
# Set while an unlock that did not wait for the warm-up (the keyring, a passphrase pasted at once) runs up to the
# painted overview: the warm-up's second part (the step pages' modules, ReportLab) waits, at most OVERVIEW_FIRST_S,
# so that it does not take the interpreter from what the overview needs.
overview_first = threading.Event()
OVERVIEW_FIRST_S = 3.0


def warm_up(done: Callable[[], None] | None = None) -> None:
    """Import the services after the first dialog is on screen, off the GUI thread (once per process). `done` is
    called once what the unlock and the overview need is imported, before the step pages' modules and ReportLab
    (in the warm-up thread: a signal's emit, to reach the GUI thread)."""
    global _warm_up_started
    if _warm_up_started:
        return
    _warm_up_started = True

    def work() -> None:
        import importlib

        try:
            for name in WARM_UP_MODULES:
                importlib.import_module(name)
            from veiligbestuur_desktop.services import extensions
            from veiligbestuur_desktop.ui.steps import step_page

            extensions.load()
            lifecycle.prepare_orm()
            if done is not None:
                done()
            waited = time.monotonic()
            while overview_first.is_set() and time.monotonic() - waited < OVERVIEW_FIRST_S:
                time.sleep(0.01)
            for name in (*step_page.step_modules(), "veiligbestuur_desktop.reports.layout"):
                importlib.import_module(name)
        except Exception as exc:  # the import is repeated, and reported, where the module is really used
            logger.warning("warm-up import failed: %s", type(exc).__name__)

    def start_thread() -> None:
        threading.Thread(target=work, name="warm-up", daemon=True).start()

    QTimer.singleShot(WARM_UP_DELAY_MS, start_thread)


class AppController(QObject):
    """Owns the flow: first run / unlock → main window → lock → unlock … → quit."""

    unlocked = Signal(object)
    locked = Signal()
    warmed_up = Signal()  # emitted by the warm-up thread once the modules behind the unlock are imported

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self._window: MainWindow | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run: FirstRunDialog | None = None
        self.creating: Workspace | None = None  # a new vault whose recovery key is being shown (not yet kept)
        # how another program that finds the vault in use names this one
        self.pending_notice: str | None = None
        # the main window's objects may still be put out of the garbage collector's full passes: until that is
        # done, or until a vault was open in this process (see `_prepare_window`)
        self._may_freeze = True
        # the overview has been painted since the last unlock: until then no page is built (`_build_window`)
        self._overview_painted = False
        self._collector_paused = False  # see `_pause_collector`
        self.idle = IdleLocker(settings.IDLE_MINUTES.get(), self)
        self.idle.lock_now.connect(lambda reason: self.lock(automatic=True))

    @property
    def window(self) -> MainWindow:
        """The main window, complete: never built before the unlock dialog is on screen (see `_build_window`)."""
        window = self._new_window() if self._window is None else self._window
        window.build_all_pages()
        return window

    def _new_window(self) -> MainWindow:
        from veiligbestuur_desktop.ui.app.main_window import MainWindow

        window = MainWindow(build_pages=False)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.restore_requested.connect(self.restore_from_menu)
        window.settings_changed.connect(self.apply_settings)
        self._window = window
        return window

    def start(self) -> None:
        if lifecycle.vault_exists(self.data_dir):
            self.show_unlock()
        else:
            from veiligbestuur_desktop.ui.vault.first_run import FirstRunDialog

            self._name_this_program()
            self.first_run = FirstRunDialog(self.data_dir)
            self.first_run.created.connect(self._created)
            self.first_run.rejected.connect(self._first_run_cancelled)
            self.first_run.show()
        # no document is ever saved into the data dir (set as soon as the first dialog is on its way to the
        # screen: no save dialog can come before it)
        QTimer.singleShot(0, self._forbid_saving_in_data_dir)
        self.warmed_up.connect(self._build_window)  # queued: emitted in the warm-up thread
        warm_up(self.warmed_up.emit)

    def _forbid_saving_in_data_dir(self) -> None:
        from veiligbestuur_desktop.ui.kit import viewers

        viewers.forbid_saving_in(self.data_dir)

    def _first_run_cancelled(self) -> None:
        if self.workspace is None:
            QApplication.quit()

    def _created(self, ws: Workspace) -> None:
        """After set-up: the recovery key is shown once and confirmed; only then does the vault exist.

        Until `lifecycle.confirm_created` the new vault waits in a staging dir; quitting before that leaves no
        vault behind (init is all-or-nothing), so nobody ends up with a vault whose recovery key was never seen.
        """
        self.creating = ws
        key = ws.pending_recovery_key
        ws.pending_recovery_key = None
        if not key:
            self._confirm_created(ws)
            return
        from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryKeyDialog

        self.recovery_dialog = RecoveryKeyDialog(ws, key)
        self.recovery_dialog.accepted.connect(lambda: self._confirm_created(ws))
        self.recovery_dialog.show()

    def _confirm_created(self, ws: Workspace) -> None:
        try:
            lifecycle.confirm_created(ws)
        except UserFacingError as exc:
            self.creating = None
            ws.lock()  # removes what was staged; already done for a full disk
            self._back_to_first_run(exc)
            return
        self.creating = None
        self._opened(ws)

    def _back_to_first_run(self, exc: UserFacingError) -> None:
        """The new vault could not be put in place: nothing was kept; show why and offer the form again."""
        if self.first_run is None:
            from veiligbestuur_desktop.ui.vault.first_run import FirstRunDialog

            self.first_run = FirstRunDialog(self.data_dir)
            self.first_run.created.connect(self._created)
            self.first_run.rejected.connect(self._first_run_cancelled)
        self.first_run.start_over(
            exc.message + " " + self.tr("De kluis is niet aangemaakt; u kunt het opnieuw proberen.")
        )
        messages.show_error(self.first_run, exc, self.tr("Kluis niet aangemaakt"))

    def show_unlock(self, try_keyring: bool = True) -> None:
        if self.unlock_dialog is None:
            self.unlock_dialog = UnlockDialog(self.data_dir, read_slots=False)
            self.unlock_dialog.unlocked.connect(self._opened)
            # the main window is built while the key is derived (Argon2id releases the interpreter)
            self.unlock_dialog.unlocking.connect(self._unlocking)
            self.unlock_dialog.attempt_failed.connect(self._resume_collector)
            self.unlock_dialog.rejected.connect(self._unlock_cancelled)
            self.unlock_dialog.recovery_requested.connect(self.show_recovery)
            self.unlock_dialog.restore_requested.connect(self.restore_from_unlock)
        self.unlock_dialog.reset(read_slots=False)
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()
        self.unlock_dialog.activateWindow()
        # the key file is read, and the keyring tried, once the dialog is on its way to the screen: the vault
        # code (SQLCipher, the lock, the key slots) loads then, not before the first window
        QTimer.singleShot(0, lambda: self._unlock_shown(try_keyring))

    def _unlock_shown(self, try_keyring: bool) -> None:
        dialog = self.unlock_dialog
        self._name_this_program()
        if dialog is None or not dialog.isVisible() or self.workspace is not None:
            return
        dialog.reload_slots()
        if try_keyring:
            dialog.try_keyring()

    def _name_this_program(self) -> None:
        """How another program that finds the vault in use names this one (set before this one can hold it)."""
        lifecycle.set_program_name(self.tr("VeiligBestuur (venster)"))

    def _build_window(self) -> None:
        """The main window, one piece per event-loop turn (the shell, then a step page each: at most a few
        hundredths of a second between two keystrokes): while the passphrase is typed, so that after Enter the
        key derivation, which takes both cores, does not share them with the window's construction; and after
        the overview is painted, for the pages an unlock that started at once (the keyring) did not wait for."""
        dialog = self.unlock_dialog
        window = self._window
        if window is not None and not Shiboken.isValid(window):
            return  # the controller is being taken down
        if self.workspace is not None and not self._overview_painted:
            return  # the overview first: called again once it is painted (`_overview_shown`)
        opened = self.workspace is not None and window is not None and window.isVisible()
        if opened or dialog is None or not dialog.busy:
            overview_first.clear()
        typing = self.workspace is None and dialog is not None and dialog.isVisible() and not dialog.busy
        if not typing and not opened:
            return  # neither typing nor open (an unlock runs): the window is built when it is needed
        if window is not None and window.pages_complete:
            return
        with theme.unwatched():  # a page is built unseen (a page built later is named by build_next_page)
            if window is None:
                self._new_window()
            elif not window.build_next_page() and not window.isVisible():
                self._prepare_window()
                return
        QTimer.singleShot(0, self._build_window)

    def _unlocking(self) -> None:
        self._pause_collector()
        self._prepare_window()

    def _pause_collector(self) -> None:
        """From the start of an unlock until the overview is painted, Python's cyclic garbage collector does not
        run. The imports, the unlock and the overview allocate hundreds of thousands of objects, and its passes
        over them cost about a tenth of a second of that wait (measured with the keyring). Memory is still freed
        by reference counting; the collector resumes after the first paint, when the attempt fails, and at a
        lock or quit."""
        if gc.isenabled():
            gc.disable()
            self._collector_paused = True

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()

    def _prepare_window(self) -> None:
        """The unlock starts (or the window is complete before it): the window's shell is built and styled now,
        while the key is derived; pages not built yet follow after the overview is painted."""
        window = self._window if self._window is not None else self._new_window()
        if not window.pages_complete and self.workspace is None:
            overview_first.set()  # cleared once the overview is painted (the next `_build_window`)
        with theme.unwatched():  # not yet on screen: nothing for the theme's window watcher to do
            window.ensurePolished()
        if self._may_freeze:
            # The window and the modules behind it live as long as the process: out of the garbage collector's
            # full passes, which otherwise walk all of them (a tenth of a second each, twice while the overview
            # loads). Once only, and never after a vault was open (the first run's): a freeze then would keep a
            # locked session's leftovers from ever being collected.
            self._may_freeze = False
            gc.freeze()

    def show_recovery(self) -> None:
        from veiligbestuur_desktop.ui.vault.recovery_dialogs import RecoveryUnlockDialog

        dlg = RecoveryUnlockDialog(self.data_dir, self.unlock_dialog)
        dlg.unlocked.connect(self._recovered)
        dlg.open()

    def _recovered(self, ws: Workspace) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        self._opened(ws)

    def restore_from_unlock(self) -> None:
        from veiligbestuur_desktop.ui.vault.vault_dialogs import restore_backup

        assert self.unlock_dialog is not None
        restore_backup(self.unlock_dialog, self.data_dir, self._restored)

    def restore_from_menu(self) -> None:
        """Herstellen… from the main window: lock first (nothing may write during the swap), then restore."""
        self.lock()
        self.restore_from_unlock()

    def _restored(self, result: object) -> None:
        messages.show_info(
            self.unlock_dialog,
            self.tr(
                "De back-up is gecontroleerd en teruggezet. Ontgrendel met een wachtwoord van die back-up."
            ),
        )
        if self.unlock_dialog is not None:
            self.unlock_dialog.reset()

    def apply_settings(self) -> None:
        self.idle.set_timeout_ms(settings.IDLE_MINUTES.get() * 60_000)

    def _unlock_cancelled(self) -> None:
        if self.workspace is None:
            QApplication.quit()

    def _opened(self, ws: Workspace) -> None:
        self.workspace = ws
        self._overview_painted = False
        self._may_freeze = False  # what this session leaves behind must stay collectable
        window = self._window if self._window is not None else self._new_window()
        try:
            with theme.unwatched():  # the window is filled before it is shown
                window.restore_ui_state()
                window.open_workspace(ws)
        except BaseException:
            self._resume_collector()  # it would otherwise wait for a paint that never comes
            raise
        window.show()
        # the other step pages, and the warm-up's second part, once the overview is painted
        after_first_paint(window, self._overview_shown)
        self.idle.start()
        from veiligbestuur_desktop.ui.vault.vault_dialogs import start_auto_backup

        # the automatic backup of the day: after the window is shown, off the GUI thread, never blocking
        start_auto_backup(window, ws)
        for notice in ws.notices:
            messages.show_warning(window, notice)
        ws.notices.clear()
        if lifecycle.needs_background_check(ws):
            from veiligbestuur_desktop.services.verify import verify

            run_task(
                None,
                "",
                lambda: verify(ws, backups=False),  # the page-by-page check only; backups via Controleren
                on_done=self._checked,
                on_error=lambda exc: self._check_failed(ws, exc),
                quiet=True,  # in the background: no progress window (it had no text and no place)
            )
        self.unlocked.emit(ws)

    def _overview_shown(self) -> None:
        self._overview_painted = True
        self._resume_collector()
        self._build_window()

    def _checked(self, report: VerifyReport) -> None:
        if not report.ok and self.workspace is not None:
            messages.show_error(
                self.window,
                self.tr(
                    "De controle van de database vond problemen. Maak geen wijzigingen meer en zet de nieuwste "
                    "back-up terug (Bestand > Herstellen…).\n\n{details}"
                ).format(details="\n".join(report.lines())),
            )

    def _check_failed(self, ws: Workspace, exc: BaseException) -> bool:
        if ws.locked:  # locked while the check ran: nothing to report
            return True
        logger.error("background integrity check failed: %s", type(exc).__name__)
        messages.show_error(
            self.window,
            self.tr(
                "De database kon niet volledig worden gecontroleerd. Voer ‘veiligbestuur verify’ uit of zet de nieuwste back-up terug."
            ),
        )
        return True

    def _settle_pending_edits(self, automatic: bool = False) -> None:
        if not self.window.has_unsaved_edit():
            return
        if automatic:
            # Nobody is there to answer a question: a valid edit is saved, an invalid one cannot be kept.
            if not self.window.apply_pending():
                self.window.discard_pending()
                self.pending_notice = self.tr(
                    "Bij het automatisch vergrendelen kon een onvolledige wijziging niet worden opgeslagen."
                )
            else:
                self.pending_notice = self.tr("Uw wijziging is bij het automatisch vergrendelen opgeslagen.")
            return
        save = messages.ask(
            self.window,
            self.tr("Er is een wijziging die nog niet is opgeslagen. Wilt u die opslaan?"),
            self.tr("Niet-opgeslagen wijziging"),
            yes=self.tr("&Opslaan"),
            no=self.tr("&Niet opslaan"),
        )
        if not save or not self.window.apply_pending():
            self.window.discard_pending()

    def discard_unconfirmed(self) -> None:
        """Leaving before the recovery key of a new vault was confirmed: that vault is removed (never existed)."""
        ws, self.creating = self.creating, None
        if ws is not None:
            ws.lock()

    def lock(self, automatic: bool = False) -> None:
        """Lock: settle unsaved edits, forget all content, wipe the key, show the unlock dialog."""
        self._resume_collector()
        if self.workspace is None:
            return
        self.idle.stop()
        self._settle_pending_edits(automatic)
        self.window.save_ui_state()
        self.window.clear()
        self.window.hide()
        ws, self.workspace = self.workspace, None
        # running tasks are cancelled (nothing they found is shown after the lock) and waited for: the key is
        # never wiped under a task that still reads the vault
        if not worker.settle_all():
            logger.error("a background task was still running when the vault was locked")
        ws.lock()
        self.locked.emit()
        self.show_unlock(try_keyring=False)
        if self.pending_notice and self.unlock_dialog is not None:
            self.unlock_dialog.error.show_message(self.pending_notice)
            self.pending_notice = None

    def quit(self) -> None:
        self._resume_collector()
        self.idle.stop()
        self.discard_unconfirmed()
        if self.workspace is not None:
            self._settle_pending_edits()
            self.window.save_ui_state()
            self.window.clear()
            ws, self.workspace = self.workspace, None
            worker.settle_all()
            ws.lock()
        if self._window is not None:
            self._window.hide()
        QApplication.quit()


# `VEILIGBESTUUR_SMOKE=1`: the start-up check of a built bundle (CI, installer/README.md). The program starts as
# always; once the first dialog is on screen it prints that dialog's title and which of the heavy libraries are
# loaded, and quits. It reads and changes nothing in the data directory beyond what a normal start does.
SMOKE_ENV = "VEILIGBESTUUR_SMOKE"
HEAVY_MODULES = ("sqlalchemy", "alembic", "reportlab")


def _smoke_report(controller: AppController) -> None:
    import os

    shown = [
        w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle().strip()
    ]
    loaded = [m for m in HEAVY_MODULES if m in sys.modules]
    sys.stdout.write(f"SMOKE_WINDOW {' | '.join(shown)}\n")
    sys.stdout.write(f"SMOKE_LOADED {','.join(loaded) or '-'}\n")
    sys.stdout.flush()
    if os.environ.get(SMOKE_ENV) == "1":
        controller.discard_unconfirmed()
        QApplication.quit()


def run_gui(data_dir: Path | None = None) -> int:
    import os

    install_excepthook()
    log.setup(paths.log_dir())
    app = create_application()
    controller = AppController(Path(data_dir) if data_dir else paths.default_data_dir())
    controller.start()
    if os.environ.get(SMOKE_ENV) == "1":
        QTimer.singleShot(0, lambda: _smoke_report(controller))
    code = app.exec()
    controller.discard_unconfirmed()
    if controller.workspace is not None:
        controller.workspace.lock()
    return int(code)
