"""The one worker API: success, progress, failures that always reach the user, cancel and settle on lock."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from tests.ui.conftest import wait_for_tasks
from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.ui.kit import worker


def _parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_result_arrives_in_the_gui_thread(qtbot, app, dialogs):
    got = []
    worker.run_task(_parent(qtbot), "Bezig…", lambda: 6 * 7, on_done=got.append)
    wait_for_tasks(qtbot)
    assert got == [42] and dialogs.shown == []


def test_a_plain_runtime_error_shows_an_error_dialog(qtbot, app, dialogs, caplog):
    def boom() -> None:
        raise RuntimeError("Jansen, Dorpsstraat 1")  # a message may quote personal data

    worker.run_task(_parent(qtbot), "Bezig…", boom, on_done=lambda _r: None)
    wait_for_tasks(qtbot)
    crashes = dialogs.kinds("crash")
    assert len(crashes) == 1 and crashes[0].title == "Onverwachte fout"
    assert "RuntimeError" in crashes[0].text and "Jansen" not in crashes[0].text
    assert "RuntimeError" in caplog.text and "Jansen" not in caplog.text, "logged, without the message"


def test_an_error_handler_cannot_swallow_a_bug(qtbot, app, dialogs):
    seen = []
    worker.run_task(_parent(qtbot), "", lambda: 1 / 0, on_error=seen.append)
    wait_for_tasks(qtbot)
    assert len(seen) == 1 and len(dialogs.kinds("crash")) == 1


def test_a_user_facing_error_is_shown_in_plain_dutch_by_default(qtbot, app, dialogs):
    def refuse() -> None:
        raise UserFacingError("De schijf is vol.")

    worker.run_task(_parent(qtbot), "", refuse)
    wait_for_tasks(qtbot)
    assert [(m.kind, m.text) for m in dialogs.shown] == [("error", "De schijf is vol.")]


def test_progress_dialog_appears_after_half_a_second(qtbot, app, dialogs):
    from PySide6.QtWidgets import QProgressDialog

    parent = _parent(qtbot)
    parent.show()
    gate = threading.Event()

    def slow(progress) -> str:
        progress(1, 4)
        assert gate.wait(10)
        return "klaar"

    worker.run_task(parent, "Back-up wordt gemaakt…", slow, with_progress=True)
    qtbot.wait(100)
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()], "not before ~0.5 s"
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=3000)
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.labelText() == "Back-up wordt gemaakt…" and dialog.maximum() == 4
    gate.set()
    wait_for_tasks(qtbot)
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_settle_all_cancels_and_waits_so_nothing_is_shown_after_a_lock(qtbot, app, dialogs):
    started, gate, ended = threading.Event(), threading.Event(), threading.Event()
    got = []

    def long(progress) -> int:
        started.set()
        gate.wait(10)
        try:
            progress(1, 2)  # cancelled by now: raises Cancelled
        finally:
            ended.set()
        return 1

    worker.run_task(_parent(qtbot), "", long, on_done=got.append, with_progress=True)
    assert started.wait(5)
    threading.Timer(0.2, gate.set).start()
    assert worker.settle_all(timeout_s=10)
    assert ended.is_set(), "settle_all returned only after the work had ended"
    wait_for_tasks(qtbot)
    assert got == [] and dialogs.shown == [], "a cancelled task shows nothing"
