"""The record form: one editor per declared field (domain.fields), grouped and in declared order.

Every widget is named after its field (``objectName``), so a view, a test or an accessibility tool finds it
with ``findChild(QWidget, "description")``. The tab order is the declared order; labels get a keyboard
mnemonic; a field's help text is its placeholder and tooltip. A kind with a discriminator (a person's kind)
shows only the fields that apply. What a form needs from the vault (the category list, the people to choose
from) comes through :class:`Sources`, filled by the view from its services.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.incidents import parse_amount
from veiligbestuur_desktop.domain.vocab import Vocab
from veiligbestuur_desktop.ui.kit.widgets import DateEdit, from_qdate, to_qdate

EMPTY_DATE = QDate(1900, 1, 1)


@dataclass
class Sources:
    """Choices that live in the vault: `vocabulary(name)` and `people(kinds)` give (value, label) pairs."""

    vocabulary: Callable[[str], Sequence[tuple[Any, str]]] = lambda _name: ()
    people: Callable[[tuple[str, ...]], Sequence[tuple[int, str]]] = lambda _kinds: ()
    #: when set, person fields get a "Nieuwe persoon…" button: `add_person(parent, kinds)` asks for a new
    #: person of one of `kinds` and returns its id (None when cancelled); the field then shows and selects it
    add_person: Callable[[QWidget, tuple[str, ...]], int | None] | None = None


class FieldEditor:
    """The widgets of one field, and how to read and set its value."""

    def __init__(self, field: Field, widget: QWidget, row: QWidget | None = None) -> None:
        self.field = field
        self.widget = widget  # named after the field
        self.row = row or widget  # what the form lays out
        self.tab_widgets: list[QWidget] = [widget]
        self.get: Callable[[], Any] = lambda: None
        self.set: Callable[[Any], None] = lambda _v: None
        self.reload: Callable[[], None] = lambda: None


def _checklist(name: str, items: Sequence[tuple[Any, str]]) -> QListWidget:
    lst = QListWidget()
    lst.setObjectName(name)
    _fill_checklist(lst, items)
    return lst


def _fill_checklist(lst: QListWidget, items: Sequence[tuple[Any, str]]) -> None:
    lst.clear()
    for value, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        lst.addItem(item)


def _checked(lst: QListWidget) -> tuple[Any, ...]:
    return tuple(
        lst.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(lst.count())
        if lst.item(i).checkState() == Qt.CheckState.Checked
    )


def _set_checked(lst: QListWidget, values: Sequence[Any]) -> None:
    wanted = set(values)
    for i in range(lst.count()):
        item = lst.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in wanted
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _combo(name: str, items: Sequence[tuple[Any, str]], none: bool) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    _fill_combo(c, items, none)
    return c


def _fill_combo(c: QComboBox, items: Sequence[tuple[Any, str]], none: bool) -> None:
    current = c.currentData()
    c.blockSignals(True)
    c.clear()
    if none:
        c.addItem("", None)
    for value, label in items:
        c.addItem(label, value)
    c.setCurrentIndex(max(c.findData(current), 0))
    c.blockSignals(False)


def _set_combo(c: QComboBox, value: Any) -> None:
    if isinstance(value, Vocab):
        value = value.value
    c.setCurrentIndex(max(c.findData(value), 0))


def make_editor(f: Field, sources: Sources, today: date) -> FieldEditor:
    """The editor of one field, by its kind."""
    k = f.kind
    if k in (FieldKind.TEXT, FieldKind.AMOUNT):
        line = QLineEdit()
        line.setObjectName(f.name)
        if f.help:
            line.setPlaceholderText(tr(f.context, f.help))
        if k == FieldKind.AMOUNT:
            line.setPlaceholderText("€ 0,00")
        ed = FieldEditor(f, line)
        if k == FieldKind.AMOUNT:
            ed.get = lambda: parse_amount(line.text(), f.message_noun())
            ed.set = lambda v: line.setText(str(v).replace(".", ",") if v is not None else "")
        else:
            ed.get = line.text
            ed.set = lambda v: line.setText(v or "")
        return ed
    if k == FieldKind.LONG_TEXT:
        text = QPlainTextEdit()
        text.setObjectName(f.name)
        text.setTabChangesFocus(True)
        if f.help:
            text.setPlaceholderText(tr(f.context, f.help))
        ed = FieldEditor(f, text)
        ed.get = text.toPlainText
        ed.set = lambda v: text.setPlainText(v or "")
        return ed
    if k == FieldKind.FLAG:
        box = QCheckBox(f.title())
        box.setObjectName(f.name)
        ed = FieldEditor(f, box)
        ed.get = box.isChecked
        ed.set = lambda v: box.setChecked(bool(v))
        return ed
    if k == FieldKind.DATE:
        edit = DateEdit()
        edit.setObjectName(f.name)
        if f.not_future:
            edit.setMaximumDate(to_qdate(today))
        ed = FieldEditor(f, edit)
        if f.required:
            edit.setMinimumDate(to_qdate(f.earliest))
            ed.get = lambda: from_qdate(edit.date())
            ed.set = lambda v: edit.setDate(to_qdate(v or today))
        else:  # the first date reads as empty
            edit.setMinimumDate(EMPTY_DATE)
            edit.setSpecialValueText(" ")
            edit.setDate(EMPTY_DATE)
            ed.get = lambda: None if edit.date() == EMPTY_DATE else from_qdate(edit.date())
            ed.set = lambda v: edit.setDate(to_qdate(v) if v else EMPTY_DATE)
        return ed
    if k == FieldKind.TIME:
        known = QCheckBox(QCoreApplication.translate("RecordForm", "bekend"))
        known.setObjectName(f.name + "_known")
        clock = QTimeEdit()
        clock.setObjectName(f.name)
        clock.setDisplayFormat("HH:mm")
        clock.setEnabled(False)
        known.toggled.connect(clock.setEnabled)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(known)
        lay.addWidget(clock)
        lay.addStretch(1)
        ed = FieldEditor(f, clock, row)
        ed.tab_widgets = [known, clock]

        def get_time() -> time | None:
            t = clock.time()
            return time(t.hour(), t.minute()) if known.isChecked() else None

        def set_time(v: time | None) -> None:
            known.setChecked(v is not None)
            clock.setTime(QTime(v.hour, v.minute) if v else QTime(0, 0))

        ed.get, ed.set = get_time, set_time
        return ed
    if k in (FieldKind.CHOICE, FieldKind.PERSON, FieldKind.RECORD):

        def items() -> Sequence[tuple[Any, str]]:
            if k == FieldKind.PERSON:
                return sources.people(f.person_kinds)
            return sources.vocabulary(f.vocabulary) if f.vocabulary else f.choosable()

        combo = _combo(f.name, items(), none=not f.required)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(22)
        ed = FieldEditor(f, combo)
        vocab = f.vocab if isinstance(f.vocab, type) and issubclass(f.vocab, Vocab) else None

        def get_choice() -> Any:
            v = combo.currentData()
            return vocab(v) if vocab is not None and v is not None else v

        ed.get = get_choice
        ed.set = lambda v: _set_combo(combo, v)
        ed.reload = lambda: _fill_combo(combo, items(), none=not f.required)
        if k == FieldKind.PERSON and sources.add_person is not None:
            _with_new_person(ed, sources, lambda pid: _set_combo(combo, pid))
        return ed
    # lists: several choices, several people (with a filter)
    if k == FieldKind.MULTI_CHOICE:
        lst = _checklist(f.name, sources.vocabulary(f.vocabulary) if f.vocabulary else f.choices())
        ed = FieldEditor(f, lst)
        ed.get = lambda: _checked(lst)
        ed.set = lambda v: _set_checked(lst, v or ())
        if f.vocabulary:
            ed.reload = lambda: _refill(lst, sources.vocabulary(f.vocabulary))
        return ed
    lst = _checklist(f.name, sources.people(f.person_kinds))
    search = QLineEdit()
    search.setObjectName(f.name + "_filter")
    search.setPlaceholderText(QCoreApplication.translate("RecordForm", "zoek op naam…"))

    def filter_list(text: str) -> None:
        t = text.casefold().strip()
        for i in range(lst.count()):
            item = lst.item(i)
            item.setHidden(bool(t) and t not in item.text().casefold())

    search.textChanged.connect(filter_list)
    panel = QWidget()
    lay2 = QVBoxLayout(panel)
    lay2.setContentsMargins(0, 0, 0, 0)
    lay2.addWidget(search)
    lay2.addWidget(lst, 1)
    ed = FieldEditor(f, lst, panel)
    ed.tab_widgets = [search, lst]
    ed.get = lambda: _checked(lst)
    ed.set = lambda v: _set_checked(lst, v or ())
    ed.reload = lambda: _refill(lst, sources.people(f.person_kinds))
    if sources.add_person is not None:
        _with_new_person(ed, sources, lambda pid: _set_checked(lst, (*_checked(lst), pid)))
    return ed


def _with_new_person(ed: FieldEditor, sources: Sources, select: Callable[[int], None]) -> None:
    """Add a "Nieuwe persoon…" button after the field's editor: a person who is not in Personen yet is added
    in place, shown in the field's choices and chosen."""
    assert sources.add_person is not None
    add = sources.add_person
    f = ed.field
    button = QPushButton(QCoreApplication.translate("RecordForm", "Nieuwe persoon…"))
    button.setObjectName(f.name + "_new")
    button.setAutoDefault(False)
    button.setToolTip(
        QCoreApplication.translate("RecordForm", "Voeg een persoon toe die nog niet in Personen staat")
    )
    button.setAccessibleName(
        QCoreApplication.translate("RecordForm", "Nieuwe persoon voor {field}").format(field=f.title())
    )

    def clicked() -> None:
        pid = add(button, f.person_kinds)
        if pid is not None:
            ed.reload()
            select(pid)
            ed.tab_widgets[-2 if len(ed.tab_widgets) > 1 else 0].setFocus()

    button.clicked.connect(clicked)
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(ed.row, 1)
    # beside a list (not beside its search field): read and reached by Tab after the list
    lay.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    ed.row = row
    ed.tab_widgets = [*ed.tab_widgets, button]


def _name_editor(ed: FieldEditor) -> None:
    """Screen readers: every widget of a field is named after the field's label; its help (the tool tip) is
    the description."""
    title = ed.field.title()
    ed.widget.setAccessibleName(title)
    ed.widget.setAccessibleDescription(ed.widget.toolTip())
    for w in ed.tab_widgets:
        if w is ed.widget or w.accessibleName():
            continue
        if isinstance(w, QCheckBox):  # the time's "bekend"
            w.setAccessibleName(f"{title}: {w.text()}")
        elif isinstance(w, QLineEdit):  # a list's filter
            w.setAccessibleName(
                QCoreApplication.translate("RecordForm", "{field}: zoek op naam").format(field=title)
            )


def _refill(lst: QListWidget, items: Sequence[tuple[Any, str]]) -> None:
    checked = _checked(lst)
    _fill_checklist(lst, items)
    _set_checked(lst, checked)


def menu_letters() -> set[str]:
    """The letters of the main window's menus (Alt+B opens Bestand): a field label that took one of them would
    make Alt+letter ambiguous, and then neither the menu nor the field opens."""
    titles = ("&Bestand", "Be&werken", "Be&eld", "&Help")
    letters = set()
    for title in titles:
        text = QCoreApplication.translate("MainWindow", title).replace("&&", "")
        i = text.find("&")
        if 0 <= i < len(text) - 1:
            letters.add(text[i + 1].lower())
    return letters


def _mnemonic(label: str, used: set[str]) -> str:
    """The label with an & before its first letter that no other label uses yet (keyboard access)."""
    for i, ch in enumerate(label):
        if ch.isalpha() and ch.isascii() and ch.lower() not in used:
            used.add(ch.lower())
            return label[:i] + "&" + label[i:]
    return label


class RecordForm(QWidget):
    """Editors for every declared field of `kind` that has a form (Field.form), grouped by Field.group in
    boxes two abreast (a group with a long text spans both), or one plain form when no field has a group."""

    def __init__(
        self,
        kind: RecordKind,
        sources: Sources | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.sources = sources or Sources()
        self.today = today or date.today()
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        used: set[str] = menu_letters()  # Alt+letter of a menu stays the menu's
        layouts: dict[str, QFormLayout] = {}
        boxes: dict[str, QGroupBox] = {}
        spans: set[str] = set()  # groups with a long text: the full width
        grouped = any(f.group for f in kind.fields if f.form)
        plain = QFormLayout()
        for f in kind.fields:
            if not f.form:
                continue
            ed = make_editor(f, self.sources, self.today)
            self.editors[f.name] = ed
            if f.help:
                ed.widget.setToolTip(tr(f.context, f.help))
            _name_editor(ed)
            form = plain
            if grouped:
                if f.group not in layouts:
                    box = QGroupBox(self._group_title(f))
                    layouts[f.group] = QFormLayout(box)
                    boxes[f.group] = box
                form = layouts[f.group]
                if f.kind == FieldKind.LONG_TEXT:
                    spans.add(f.group)
            if f.kind == FieldKind.FLAG:
                form.addRow("", ed.row)
                continue
            label = QLabel(_mnemonic(f.title(), used) + ":")
            label.setBuddy(ed.tab_widgets[0])
            self.labels[f.name] = label
            if f.kind in (FieldKind.LONG_TEXT, FieldKind.PERSONS):
                form.addRow(label)
                form.addRow(ed.row)
            else:
                form.addRow(label, ed.row)
        if grouped:
            grid = QGridLayout(self)
            grid.setContentsMargins(0, 0, 0, 0)
            row = col = 0
            for group, box in boxes.items():
                if group in spans:
                    if col:
                        row, col = row + 1, 0
                    grid.addWidget(box, row, 0, 1, 2)
                    grid.setRowStretch(row, 1)
                    row += 1
                    continue
                grid.addWidget(box, row, col)
                row, col = (row, 1) if col == 0 else (row + 1, 0)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
        else:
            self.setLayout(plain)
        order = [w for ed in self.editors.values() for w in ed.tab_widgets]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def _group_title(self, f: Field) -> str:
        return tr(f.context, f.group)

    # --- reading and writing -----------------------------------------------------------------------------

    def widget(self, name: str) -> QWidget:
        return self.editors[name].widget

    def set_draft(self, draft: Any) -> None:
        for name, ed in self.editors.items():
            ed.set(getattr(draft, name))
        self.show_applicable(draft)

    def values(self) -> dict[str, Any]:
        return {name: ed.get() for name, ed in self.editors.items()}

    def draft(self, base: Any) -> Any:
        """`base` with every edited value; a field that does not apply gets its empty default."""
        values = self.values()
        probe = dataclasses.replace(base, **values)
        applicable = {f.name for f in self.kind.applicable(probe)}
        defaults = {
            f.name: f.default
            for f in dataclasses.fields(base)
            if f.default is not dataclasses.MISSING and f.name in values and f.name not in applicable
        }
        return dataclasses.replace(probe, **defaults)

    def show_applicable(self, draft: Any | None = None) -> None:
        """Show only the fields that apply (a person's kind decides which)."""
        if not self.kind.discriminator:
            return
        if draft is None:
            value = self.editors[self.kind.discriminator].get()
        else:
            value = getattr(draft, self.kind.discriminator)
        key = value.value if isinstance(value, Vocab) else value
        for name, ed in self.editors.items():
            on = not ed.field.applies or key in ed.field.applies
            ed.row.setVisible(on)
            if name in self.labels:
                self.labels[name].setVisible(on)

    def reload_sources(self) -> None:
        """Refill the choices that come from the vault (after people were added)."""
        for ed in self.editors.values():
            ed.reload()

    def focus_field(self, name: str | None) -> bool:
        ed = self.editors.get(name or "")
        if ed is None:
            return False
        ed.tab_widgets[1 if ed.field.kind == FieldKind.PERSONS else 0].setFocus()  # a list: the list itself
        return True
