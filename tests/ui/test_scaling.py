"""Text scales with the system font (150%) and long strings (every translation doubled) without clipping: no
single-line label or button in any window is narrower than its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QPushButton, QWidget

from tests.ui.test_keyboard_walk import (  # noqa: F401
    demo_vault,
    demo_window,
    every_window,
    no_native_dialogs,
    startup_windows,
)


def clipped(window: QWidget) -> list[str]:
    """Visible single-line labels and buttons whose text is wider than the room they got, and column headers
    that were given a width of their own (fitted to their contents, or a default width) narrower than their
    text. Stretched columns share what the table has left and are not checked here."""
    out = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window:
            continue
        if (
            isinstance(w, QHeaderView)
            and w.orientation() == Qt.Orientation.Horizontal
            and w.model() is not None
        ):
            for i in range(w.count()):
                if w.isSectionHidden(i) or w.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
                    continue
                if i == w.count() - 1 and w.stretchLastSection():
                    continue
                if w.sectionSizeHint(i) > w.sectionSize(i) + 1:
                    title = w.model().headerData(i, Qt.Orientation.Horizontal)
                    out.append(
                        f"column {title!r} of {w.parent().objectName()}: {w.sectionSizeHint(i)} > {w.sectionSize(i)}"
                    )
            continue
        if isinstance(w, QPushButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                out.append(f"button {w.text()!r}: {w.sizeHint().width()} > {w.width()}")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and "\n" not in w.text():
            if w.textFormat() != w.textFormat().PlainText and "<" in w.text():
                continue  # rich text: its own layout
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
            if need > w.contentsRect().width() + 1:
                out.append(f"label {w.text()!r}: {need} > {w.contentsRect().width()}")
    return out


@pytest.fixture
def big_font(app) -> Iterator[float]:
    font = QApplication.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(bigger)
    yield font.pointSizeF()
    QApplication.setFont(font)


class Doubled(QTranslator):
    """Every string twice: as long as a long Dutch or English text can get."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if not source or "{" in source or "%" in source or "<" in source:
            return source  # placeholders and markup stay as they are
        return f"{source} {source}"


@pytest.fixture
def doubled(app) -> Iterator[None]:
    t = Doubled()
    QCoreApplication.installTranslator(t)
    yield
    QCoreApplication.removeTranslator(t)


def _walk(qtbot, win) -> list[str]:
    problems = []
    seen = []
    for opened in every_window(qtbot, win, previews=False):
        seen.append(opened.where)
        problems += [f"{opened.where}: {p}" for p in clipped(opened.window.window())]
    assert len(seen) >= 50, seen  # the menus' windows, the step tabs and their dialogs were all there
    assert any("Enter op een incident" in s for s in seen), seen
    return problems


def test_the_check_finds_a_clipped_label(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Een lange Nederlandse tekst die niet past", box)
    label.setFixedWidth(40)
    box.show()
    qtbot.waitExposed(box)
    assert clipped(box) and "label" in clipped(box)[0]


def test_the_check_finds_a_column_header_cut_off(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Een lange kolomkop die niet past", "Rest"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().resizeSection(0, 40)
    view.show()
    qtbot.waitExposed(view)
    assert [p for p in clipped(view) if p.startswith("column 'Een lange kolomkop")]
    view.resizeColumnToContents(0)
    assert not clipped(view)


def test_nothing_clips_at_150_percent(big_font, qtbot, demo_window, dialogs):  # noqa: F811
    """At 150 % the main window still fits a 1,280 px wide screen (rows of filters and boxes wrap, every page
    counts: a tab widget is as wide as its widest page), and nothing clips at that width."""
    assert demo_window.font().pointSizeF() == pytest.approx(1.5 * big_font)
    assert demo_window.minimumSizeHint().width() <= 1280
    demo_window.resize(1280, max(820, demo_window.minimumSizeHint().height()))
    QApplication.processEvents()
    assert demo_window.width() == 1280
    problems = _walk(qtbot, demo_window)
    assert not problems, "\n".join(problems)


def test_nothing_clips_with_doubled_strings(doubled, qtbot, demo_window, dialogs):  # noqa: F811
    assert demo_window.tabs.tabText(0) == "Overzicht Overzicht"
    problems = _walk(qtbot, demo_window)
    assert not problems, "\n".join(problems)


def _startup_windows(qtbot, data_dir) -> list[str]:
    """The first-run dialog (an empty folder) and the unlock dialog (a vault): what clips in them."""
    return [f"{label}: {p}" for label, window in startup_windows(qtbot, data_dir) for p in clipped(window)]


def test_start_up_dialogs_do_not_clip_at_150_percent(big_font, qtbot, data_dir, dialogs):
    problems = _startup_windows(qtbot, data_dir)
    assert not problems, "\n".join(problems)


def test_start_up_dialogs_do_not_clip_with_doubled_strings(doubled, qtbot, data_dir, dialogs):
    problems = _startup_windows(qtbot, data_dir)
    assert not problems, "\n".join(problems)


def test_a_flow_layout_wraps_its_rows_instead_of_widening_the_window(qtbot):
    from PySide6.QtCore import QRect

    from veiligbestuur_desktop.ui.kit.widgets import FlowLayout

    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box)
    buttons = [QPushButton(f"Filter nummer {n}") for n in range(4)]
    for b in buttons:
        flow.addWidget(b)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert box.minimumSizeHint().width() == widest  # not the sum of the four
    box.show()
    qtbot.waitExposed(box)
    for width, rows in ((4 * widest + 100, 1), (2 * widest + 10, 2), (widest, 4)):
        box.resize(width, flow.heightForWidth(width))
        QApplication.processEvents()
        tops = sorted({b.geometry().top() for b in buttons})
        assert len(tops) == rows, (width, tops)
        assert all(box.rect().contains(b.geometry()) for b in buttons)
        assert not any(a.geometry().intersects(b.geometry()) for a in buttons for b in buttons if a is not b)
        assert [b.geometry().top() for b in buttons] == sorted(
            b.geometry().top() for b in buttons
        )  # in order
        assert isinstance(flow.geometry(), QRect)
