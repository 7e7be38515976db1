"""Long work off the GUI thread: one pool, results back by signal, a progress dialog after ~0.5 s.

Worker functions receive plain arguments and never touch widgets. Usage::

    run_task(parent, self.tr("Kluis aanmaken…"), fn, on_done=..., on_error=...)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


def pool() -> QThreadPool:
    p = QThreadPool.globalInstance()
    return p


class Task(QObject):
    """Lives in the GUI thread; the runnable emits its signals from the worker thread (queued delivery)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)  # done, total

    def __init__(self, parent: QWidget | None, label: str, total: int = 0) -> None:
        super().__init__(parent)
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._label = label
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._total = total
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self.progress.connect(self._on_progress)

    def start_timer(self) -> None:
        self._timer.start(PROGRESS_DELAY_MS)

    @Slot()
    def _show_progress(self) -> None:
        if self.done:
            return
        dlg = QProgressDialog(self._label, "", 0, self._total, self._parent)
        dlg.setCancelButton(None)  # type: ignore[arg-type]
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setWindowTitle(self.tr("Even geduld"))
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

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(lambda done, total: self.task.progress.emit(done, total))
            else:
                result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self.task.failed.emit(exc)
            return
        self.task.finished.emit(result)


def run_task(
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    with_progress: bool = False,
    quiet: bool = False,
) -> Task:
    """Run `fn()` (or `fn(progress)` with `with_progress`) on the pool; callbacks run in the GUI thread.

    `quiet` work (a background check) never shows a progress dialog.
    """
    task = Task(parent, label)

    def finished(result: Any) -> None:
        task.done = True
        task.result = result
        task.close_progress()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        task.done = True
        task.error = exc
        task.close_progress()
        if on_error is not None:
            on_error(exc)
        else:
            raise exc

    task.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    task.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    if not quiet:
        task.start_timer()
    pool().start(_Runnable(task, fn, with_progress))
    return task
