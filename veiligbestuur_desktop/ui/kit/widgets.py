"""Small shared widgets: an inline error label, a passphrase strength meter, Dutch date helpers, form keys, a
layout whose rows wrap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.ui.kit import theme

DATE_FORMAT = "dd-MM-yyyy"


def save_keys() -> list[QKeySequence]:
    """Ctrl+S (the platform's Save) and Ctrl+Enter: the keys that save a form (built once Qt runs)."""
    return [
        QKeySequence(QKeySequence.StandardKey.Save),
        QKeySequence("Ctrl+Return"),
        QKeySequence("Ctrl+Enter"),
    ]


class _FirstPaint(QObject):
    """See `after_first_paint`. A child of the widget, with its timer as its own child: both go with it."""

    def __init__(self, widget: QWidget, callback: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._timer.start(fallback_ms)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            self._timer.start(0)  # the next turn: after this paint (and its children's) is on screen
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        widget = self.parent()
        if widget is not None:
            widget.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object], fallback_ms: int = 1000) -> None:
    """Call `callback` once, in the event-loop turn after `widget` is first painted: work that can wait (the other
    pages, background tasks) does not delay what the user sees first. After `fallback_ms` without a paint (a
    window shown minimised is not painted) it is called anyway; never after the widget is gone."""
    _FirstPaint(widget, callback, fallback_ms)


class _EnterMovesOn(QObject):
    """Enter (Return) that a field did not use moves to the next field instead of pressing the default button."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            # QDialogButtonBox makes its first accept button the default when it is shown (after this filter
            # was installed): undo that, so no button looks as if Enter would press it
            for button in watched.findChildren(QPushButton):
                button.setDefault(False)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QDialog)
        ):
            focus = watched.focusWidget()
            if isinstance(focus, QAbstractButton):  # Enter on a focused button presses that button
                return False
            watched.focusNextChild()
            return True
        return super().eventFilter(watched, event)


def enter_does_not_close(dialog: QDialog, save: Callable[[], object] | None = None) -> None:
    """For a long form: Enter never saves and closes it (it moves to the next field); Ctrl+S (and Ctrl+Enter)
    call `save`. No button is a default or auto-default button, so Enter on a field presses nothing.

    Call after the dialog's buttons exist. Enter on a focused button still presses that button.
    """
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
    box = dialog.findChild(QDialogButtonBox)
    if box is not None:  # QDialogButtonBox makes its first accept button default when shown: prevent that
        for box_button in box.buttons():
            if isinstance(box_button, QPushButton):
                box_button.setAutoDefault(False)
    guard = _EnterMovesOn(dialog)
    dialog.installEventFilter(guard)
    if save is not None:
        for keys in save_keys():
            shortcut = QShortcut(keys, dialog)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(save)


class DateEdit(QDateEdit):
    """A Dutch date editor that costs one Tab, not three: Tab leaves the field (the sections fill as you type:
    "29112026" or "29-11-2026"), V is vandaag, + and - move a day, and Delete empties an optional date.

    An optional date shows empty as its minimum date with a blank special value; typing a digit into an empty
    one starts from today, so "29" then Tab is the 29th of this month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setToolTip(
            QCoreApplication.translate(
                "DateEdit", "Typ de datum als dd-mm-jjjj; V = vandaag, + en - = een dag later of eerder."
            )
        )

    def is_empty(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def _set_clamped(self, value: QDate) -> None:
        low, high = self.minimumDate(), self.maximumDate()
        if self.specialValueText() and value == low:
            value = low.addDays(1)  # the minimum of an optional date means "empty"
        self.setDate(max(low, min(high, value)))

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateTimeEdit moves between its sections on Tab; here Tab leaves the field like every other editor
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and text.lower() == "v":
            self._set_clamped(QDate.currentDate())
            return
        if plain and text in ("+", "-") and not self.is_empty():
            self._set_clamped(self.date().addDays(1 if text == "+" else -1))
            return
        if key == Qt.Key.Key_Delete and self.specialValueText():
            self.setDate(self.minimumDate())
            return
        if plain and text.isdigit() and self.is_empty():
            self._set_clamped(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


class ErrorLabel(QLabel):
    """A red, word-wrapped label for inline validation messages; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        theme.paint_text(self, theme.Role.ERROR)
        self.setObjectName("errorLabel")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class StrengthMeter(QWidget):
    """A bar and a label for the strength of a new passphrase."""

    ROLES = (theme.Role.ERROR, theme.Role.ERROR, theme.Role.WARNING, theme.Role.OK, theme.Role.OK)

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QHBoxLayout

        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel(self)
        self.label.setMinimumWidth(260)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        # imported here: the unlock dialog (this module) appears before the domain rules are needed
        from veiligbestuur_desktop.domain.rules import PASSPHRASE_MIN_LENGTH, passphrase_strength

        if not passphrase:
            self.bar.setValue(0)
            self.label.setText(self.tr("Minimaal %n tekens", "", PASSPHRASE_MIN_LENGTH))
            return
        s = passphrase_strength(passphrase)
        self.bar.setValue(max(s.score, 0))
        self.bar.setStyleSheet(  # the strength is in words in the label too
            f"QProgressBar::chunk {{ background: {theme.hex_colour(self.ROLES[s.score])}; }}"
        )
        if len(passphrase) < PASSPHRASE_MIN_LENGTH:
            text = self.tr("Te kort: nog %n teken(s)", "", PASSPHRASE_MIN_LENGTH - len(passphrase))
        else:
            text = self.tr("Sterkte: {label}").format(label=s.label)
            if not s.acceptable:
                text += self.tr(" — te zwak")
        self.label.setText(text)


class CommitDialog(QDialog):
    """A small form dialog whose OK first commits through a service; a UserFacingError keeps it open with the
    Dutch message below the form. Subclasses fill `self.form` and implement `commit()`.

    `long_form=True`: Enter moves to the next field and never saves; Ctrl+S saves (`enter_does_not_close`).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        ok: QDialogButtonBox.StandardButton | None = None,
        *,
        long_form: bool = False,
    ) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            (ok or QDialogButtonBox.StandardButton.Ok) | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)
        if long_form:
            enter_does_not_close(self, self.accept)
            ok_button = self.buttons.buttons()[0] if self.buttons.buttons() else None
            for button in self.buttons.buttons():
                if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                    ok_button = button
            if ok_button is not None:
                ok_button.setToolTip(self.tr("Opslaan en sluiten (Ctrl+S)"))

    def commit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.commit()
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        self.error.show_message("")
        super().accept()


class CollapsibleSection(QWidget):
    """A header button with an arrow that folds its content away (for a checklist beside a register)."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QSizePolicy, QToolButton

        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("sectionToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.setStyleSheet("QToolButton { font-weight: bold; text-align: left; border: none; }")
        self.toggle.toggled.connect(self._toggled)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(content)
        self.set_title(title)
        self.set_expanded(True)

    def set_title(self, title: str) -> None:
        self.toggle.setText(title)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self._toggled(expanded)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def _toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)


class FlowLayout(QLayout):
    """Items left to right in rows that wrap when the width runs out (a row of filters at a large system font
    or in a long translation): its narrowest width is that of its widest item, not the sum. The extra width of
    a row is shared by its items; Tab and reading order stay the order in which the items were added."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # Qt's virtual functions, by their Qt names
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest item; the height its rows need at a width comes from heightForWidth."""
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        height = max((i.minimumSize().height() for i in self._shown()), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """Items in rows by their minimum widths: a row holds what fits at its narrowest."""
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            need = item.minimumSize().width()
            if rows[-1] and used + self.spacing() + need > width:
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + need
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the rows in `rect` (with `apply`); the height they take. In a row each item gets its minimum
        width, then what is left grows them towards their preferred width, then is shared equally."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            low = [i.minimumSize().width() for i in row]
            want = [max(i.sizeHint().width() - w, 0) for i, w in zip(row, low, strict=True)]
            extra = max(area.width() - self.spacing() * (len(row) - 1) - sum(low), 0)
            grow = min(extra, sum(want))
            widths = [w + (d * grow // sum(want) if grow else 0) for w, d in zip(low, want, strict=True)]
            left = extra - (sum(widths) - sum(low))
            widths = [w + left // len(row) + (1 if n < left % len(row) else 0) for n, w in enumerate(widths)]
            height = max(max(i.sizeHint().height(), i.minimumSize().height()) for i in row)
            x = area.x()
            for item, w in zip(row, widths, strict=True):
                if apply:
                    item.setGeometry(QRect(x, y, w, height))
                x += w + self.spacing()
            y += height + self.spacing()
        return (y - self.spacing() if y > area.y() else y) - area.y() + m.top() + m.bottom()


def labelled(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together as one item (of a FlowLayout): they wrap as a pair."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    return pair
