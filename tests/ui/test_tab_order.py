"""The checks of the keyboard walk (tests/ui/test_keyboard_walk.py) on small windows built here: they find a Tab
order against the reading order, a Shift+Tab that does not go back along the Tab round and an Alt+letter with
two owners, and accept what is right. The walk applies them to every window of the app; the rule itself is in
the docstring of its test. Also what ui/kit/theme.py does for every window shown: button rows crossed left to
right, Alt+letters made unique."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tests.ui.test_keyboard_walk import _letter, assert_all_reached, mnemonic_clashes
from veiligbestuur_desktop.ui.kit import theme


def _show(qtbot, dlg: QDialog) -> None:
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    QApplication.processEvents()


def _grid(qtbot, columns: int = 2) -> tuple[QDialog, list[QLineEdit]]:
    """A form in two columns of label and field, in one box: rows A B / C D."""
    dlg = QDialog()
    box = QGroupBox("Gegevens")
    grid = QGridLayout(box)
    edits = []
    for n in range(4):
        edit = QLineEdit()
        edit.setObjectName(f"veld{n}")
        grid.addWidget(QLabel(f"Veld {n}:"), n // columns, 2 * (n % columns))
        grid.addWidget(edit, n // columns, 2 * (n % columns) + 1)
        edits.append(edit)
    QVBoxLayout(dlg).addWidget(box)
    _show(qtbot, dlg)
    return dlg, edits


def _chain(*widgets: QWidget) -> None:
    for a, b in itertools.pairwise(widgets):
        QWidget.setTabOrder(a, b)


def test_a_two_column_form_is_read_per_row(qtbot):
    dlg, (a, b, c, d) = _grid(qtbot)
    assert_all_reached(qtbot, dlg, "test")  # created A, B, C, D: per row
    _chain(a, c, b, d)  # down the first column, then the second
    with pytest.raises(
        AssertionError, match=r"reading order: \[\"QLineEdit\('veld2'\) → QLineEdit\('veld1'\)"
    ):
        assert_all_reached(qtbot, dlg, "test")


def test_boxes_side_by_side_are_read_one_after_the_other(qtbot):
    dlg = QDialog()
    row = QHBoxLayout(dlg)
    edits = []
    for title in ("Links", "Rechts"):
        box = QGroupBox(title)
        form = QFormLayout(box)
        for n in range(3):
            edit = QLineEdit()
            edit.setObjectName(f"{title}{n}")
            form.addRow(f"Veld {n}:", edit)
            edits.append(edit)
        row.addWidget(box)
    _show(qtbot, dlg)
    assert_all_reached(qtbot, dlg, "test")  # the left box, then the right one
    _chain(edits[0], edits[3], edits[1], edits[4], edits[2], edits[5])  # per row across the boxes
    with pytest.raises(AssertionError, match="reading order"):
        assert_all_reached(qtbot, dlg, "test")


def test_the_panes_of_a_splitter_are_read_one_after_the_other(qtbot):
    """A register: a search field above a table on the left, a form on the right whose first field is higher
    than the table. Read: the left pane, then the right one (not the search field, then the form's first
    field because it is in the search field's row)."""
    from PySide6.QtWidgets import QSplitter, QTableView

    dlg = QDialog()
    left = QWidget()
    column = QVBoxLayout(left)
    search, table = QLineEdit(), QTableView()
    search.setObjectName("zoek")
    table.setObjectName("tabel")
    column.addWidget(search)
    column.addWidget(table)
    right = QWidget()
    form = QFormLayout(right)
    fields = [QLineEdit() for _ in range(3)]
    for n, f in enumerate(fields):
        f.setObjectName(f"veld{n}")
        form.addRow(f"Veld {n}:", f)
    split = QSplitter()
    split.addWidget(left)
    split.addWidget(right)
    QVBoxLayout(dlg).addWidget(split)
    _show(qtbot, dlg)
    assert_all_reached(qtbot, dlg, "test")
    _chain(search, fields[0], table, fields[1], fields[2])  # the form's first field in the middle of the left
    with pytest.raises(AssertionError, match=r"QLineEdit\('veld0'\) → QTableView\('tabel'\)"):
        assert_all_reached(qtbot, dlg, "test")


def test_a_scroll_area_counts_where_it_is(qtbot):
    """The fields of a scrolled form above a button: read before the button, wherever they are scrolled to."""
    dlg = QDialog()
    inner = QWidget()
    form = QFormLayout(inner)
    edits = [QLineEdit() for _ in range(30)]
    for n, e in enumerate(edits):
        e.setObjectName(f"veld{n}")
        form.addRow(f"Veld {n}:", e)
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    after = QPushButton("Verder")
    lay = QVBoxLayout(dlg)
    lay.addWidget(scroll)
    lay.addWidget(after)
    dlg.resize(300, 200)
    _show(qtbot, dlg)
    assert_all_reached(qtbot, dlg, "test")
    QWidget.setTabOrder(edits[10], after)  # the button between two fields of the area
    QWidget.setTabOrder(after, edits[11])
    with pytest.raises(AssertionError, match=r"QPushButton\('', 'Verder'\) → QLineEdit\('veld11'\)"):
        assert_all_reached(qtbot, dlg, "test")


class _Detour(QLineEdit):
    """Shift+Tab from here jumps to `target` instead of going back along the chain."""

    target: QWidget | None = None

    def focusNextPrevChild(self, next: bool) -> bool:
        if not next and self.target is not None:
            self.target.setFocus()
            return True
        return super().focusNextPrevChild(next)


def test_shift_tab_must_walk_the_same_round_backwards(qtbot):
    dlg = QDialog()
    form = QFormLayout(dlg)
    first, detour, last = QLineEdit(), _Detour(), QLineEdit()
    for n, e in enumerate((first, detour, last)):
        e.setObjectName(f"veld{n}")
        form.addRow(f"Veld {n}:", e)
    _show(qtbot, dlg)
    assert_all_reached(qtbot, dlg, "test")
    detour.target = last
    with pytest.raises(AssertionError, match=r"Shift\+Tab goes"):
        assert_all_reached(qtbot, dlg, "test")


def test_a_button_row_is_crossed_as_laid_out(qtbot):
    """Buttons added to a button box in another order than the platform lays them out: theme orders Tab."""
    dlg = QDialog()
    lay = QVBoxLayout(dlg)
    lay.addWidget(QLineEdit())
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.addButton(QPushButton("&Afdrukken…"), QDialogButtonBox.ButtonRole.ActionRole)
    box.addButton(QPushButton("&Opslaan als…"), QDialogButtonBox.ButtonRole.ActionRole)
    lay.addWidget(box)
    theme.watch_windows()
    _show(qtbot, dlg)
    assert_all_reached(qtbot, dlg, "test")
    close = box.button(QDialogButtonBox.StandardButton.Close)
    save = box.buttons()[-1] if box.buttons()[-1] is not close else box.buttons()[-2]
    QWidget.setTabOrder(save, close)  # as Qt has it when Close was made first: Close before the actions
    _chain(close, *[b for b in box.buttons() if b is not close])
    with pytest.raises(AssertionError, match="reading order"):
        assert_all_reached(qtbot, dlg, "test")


def _buttons(qtbot, *texts: str) -> tuple[QDialog, list[QPushButton]]:
    dlg = QDialog()
    lay = QVBoxLayout(dlg)
    buttons = [QPushButton(t) for t in texts]
    for b in buttons:
        lay.addWidget(b)
    return dlg, buttons


def test_the_walk_finds_two_owners_of_one_letter(qtbot):
    dlg, (save, open_) = _buttons(qtbot, "&Opslaan", "&Bekijken")
    theme.watch_windows()
    _show(qtbot, dlg)
    assert mnemonic_clashes(dlg) == []
    open_.setText("&Openen")  # after the window was shown: nothing moves it
    assert mnemonic_clashes(dlg) == ["Alt+O: button '&Opslaan', button '&Openen'"]
    label = QLabel("&Naam:")
    label.setBuddy(save)
    dlg.layout().addWidget(label)
    open_.setText("Op&enen")
    label.show()
    assert mnemonic_clashes(dlg) == []  # shown later, not yet moved: a label with a buddy counts too
    label.setText("&Opmerking:")
    assert mnemonic_clashes(dlg) == ["Alt+O: button '&Opslaan', label '&Opmerking:'"]


def test_a_window_shown_gets_one_owner_per_letter(qtbot):
    """theme moves the & of the later or lesser owner (a label before a button, a button before a tab title)
    to a free letter of its own text; the words stay."""
    dlg, (save, open_, delete) = _buttons(qtbot, "&Opslaan", "&Openen", "&Verwijderen")
    label = QLabel("&Omschrijving:")
    edit = QLineEdit()
    label.setBuddy(edit)
    dlg.layout().addWidget(label)
    dlg.layout().addWidget(edit)
    theme.watch_windows()
    _show(qtbot, dlg)
    assert mnemonic_clashes(dlg) == []
    assert save.text() == "&Opslaan" and delete.text() == "&Verwijderen"  # the first owner keeps its letter
    assert open_.text().replace("&", "") == "Openen" and _letter(open_.text()) not in {"o", "v"}
    assert label.text().replace("&", "") == "Omschrijving:"
    assert _letter(label.text()) not in {"o", "v", _letter(open_.text())}
    # a field shown later (a form that shows another kind's fields) gets a free letter once it is shown
    later = QLabel("&Verloop:")
    later.setBuddy(edit)
    later.hide()
    dlg.layout().addWidget(later)
    later.show()
    qtbot.waitUntil(lambda: not mnemonic_clashes(dlg))
    assert later.text().replace("&", "") == "Verloop:"


def test_a_text_with_a_literal_ampersand_keeps_its_letter(qtbot):
    dlg, (plain, literal) = _buttons(qtbot, "&Vervangen", "Zoeken && &vervangen")
    theme.watch_windows()
    _show(qtbot, dlg)
    assert literal.text() == "Zoeken && &vervangen"  # not rewritten (its & could be taken for the mnemonic)
    assert plain.text().replace("&", "") == "Vervangen" and _letter(plain.text()) != "v"
    assert mnemonic_clashes(dlg) == []
