"""Long work off the GUI thread: one pool, results back by signal, a progress dialog after ~0.5 s.

One API for every background task::

    run_task(parent, self.tr("Rapport wordt gemaakt…"), fn, on_done=show_report)

- `fn()` runs on the pool and never touches widgets; with `with_progress=True` it is called as
  `fn(progress)` and may call `progress(done, total)`; that call raises `Cancelled` once the task is cancelled.
- `on_done(result)` runs in the GUI thread.
- Failure: `on_error(exc)` (optional) runs in the GUI thread for every exception, e.g. to re-enable buttons.
  Without `on_error` a `UserFacingError` is shown in a plain Dutch dialog. An exception that is *not* a
  `UserFacingError` is a bug: it is always logged (type and frames only, never the message, which may quote
  personal data) and shown in a Dutch error dialog — also when `on_error` is given, unless `on_error` returns
  True to say it told the user itself. Nothing is swallowed.
- Locking calls `settle_all()`: running tasks are cancelled (their callbacks never run, so nothing is shown
  after the lock) and waited for, so the key is never wiped under a task that still reads the vault.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.ui.kit import messages

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500
SETTLE_TIMEOUT_S = 120.0

_running: set[Task] = set()


class Cancelled(Exception):
    """Raised inside a task's `progress` callback once the task was cancelled (e.g. by locking)."""


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


class Task(QObject):
    """One background task. Lives in the GUI thread; the runnable emits its signals from the worker thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)  # done, total
    _finished_in_worker = Signal(bool, object)  # ok, result or exception

    def __init__(self, parent: QWidget | None, label: str) -> None:
        super().__init__(parent)
        self.done = False
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._label = label
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._total = 0
        self._ended = threading.Event()  # set in the worker thread when fn has returned or raised
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self.progress.connect(self._on_progress)

    # --- control ------------------------------------------------------------------------------------

    def cancel(self) -> None:
        """No callback runs after this; a task that reports progress stops at its next report."""
        self.cancelled = True
        self.close_progress()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work function has ended (not its callbacks). True when it has."""
        return self._ended.wait(timeout_s)

    @property
    def running(self) -> bool:
        return not self._ended.is_set()

    # --- progress dialog ------------------------------------------------------------------------------

    def start_timer(self) -> None:
        self._timer.start(PROGRESS_DELAY_MS)

    @Slot()
    def _show_progress(self) -> None:
        if self.done or self.cancelled:
            return
        dlg = QProgressDialog(self._label, "", 0, self._total, self._parent)
        dlg.setObjectName("taskProgress")
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setWindowTitle(QCoreApplication.translate("worker", "Even geduld"))
        dlg.show()
        self._dialog = dlg

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._total = total
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def close_progress(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.task = task
        self.fn = fn
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def _report(self, done: int, total: int) -> None:
        if self.task.cancelled:
            raise Cancelled
        self.task.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.fn(self._report) if self.with_progress else self.fn()
        except BaseException as exc:  # delivered to the GUI thread, reported there
            self.task._ended.set()
            self.task._finished_in_worker.emit(False, exc)
            return
        self.task._ended.set()
        self.task._finished_in_worker.emit(True, result)


def report_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """A bug in a background task: log it without personal data and tell the user in Dutch."""
    from veiligbestuur_desktop.log import safe_traceback

    details = safe_traceback(type(exc), exc.__traceback__)
    log.error("background task failed:\n%s", details)
    messages.show_unexpected(parent, type(exc).__name__, details)


def run_task(
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], bool | None] | None = None,
    with_progress: bool = False,
    quiet: bool = False,
) -> Task:
    """Run `fn()` (or `fn(progress)` with `with_progress`) on the pool; callbacks run in the GUI thread.

    `quiet` work (a background check) never shows a progress dialog. See the module text for failures.
    """
    task = Task(parent, label)
    _running.add(task)

    def ended(ok: bool, value: Any) -> None:
        _running.discard(task)
        task.done = True
        task.close_progress()
        if ok:
            task.result = value
        else:
            task.error = value
        if task.cancelled:
            if not ok and not isinstance(value, (Cancelled, UserFacingError)):
                log.warning("cancelled task ended with %s", type(value).__name__)
            return
        if ok:
            task.succeeded.emit(value)
            if on_done is not None:
                on_done(value)
            return
        task.failed.emit(value)
        told = False
        if on_error is not None:
            told = bool(on_error(value))
        elif isinstance(value, UserFacingError):
            messages.show_error(parent, value)
            told = True
        if not isinstance(value, UserFacingError):
            if told:
                from veiligbestuur_desktop.log import safe_traceback

                log.error("background task failed:\n%s", safe_traceback(type(value), value.__traceback__))
            else:
                report_unexpected(parent, value)

    task._finished_in_worker.connect(ended, Qt.ConnectionType.QueuedConnection)
    if not quiet:
        task.start_timer()
    pool().start(_Runnable(task, fn, with_progress))
    return task


def running_tasks() -> list[Task]:
    """Tasks whose callbacks have not run yet (their work may already have ended)."""
    return list(_running)


def settle_all(timeout_s: float = SETTLE_TIMEOUT_S) -> bool:
    """Cancel every running task and wait until its work function has ended (used before the key is wiped).

    Returns False when a task was still running after `timeout_s`.
    """
    tasks = list(_running)
    for task in tasks:
        task.cancel()
    if not any(t.running for t in tasks):
        return True
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return all(t.wait(timeout_s) for t in tasks)
    finally:
        if isinstance(app, QApplication):
            app.restoreOverrideCursor()
