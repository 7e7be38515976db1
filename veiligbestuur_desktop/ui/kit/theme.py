"""Semantic colours derived from the palette, so that light, dark and Windows high-contrast themes all work.

No view hard-codes a colour: it asks for a role (error, warning, ok, muted, accent) and gets a colour that is
the role's hue adapted to the current palette and, for text, readable on the window colour (contrast ratio at
least 4.5:1, WCAG 1.4.3): a hue that is too faint on the palette is blended towards the palette's own text
colour until it is. Backgrounds for notices are the window colour tinted a little towards the role's hue, so the
palette's text stays readable on them. Colour is never the only carrier of meaning: views add text or an icon.

``text_colour(role)`` / ``hex_colour(role)`` give the colour; ``paint_text(widget, role)`` sets it on a label
through its palette (no stylesheet); ``set_notice(label, role)`` frames a notice label with colours from the
palette; both are painted again when the application's palette changes. ``brush(role)`` and
``background_brush(role)`` serve item models.

More things every window needs and no single view owns live here too, applied to every window as it is shown
(and again when a tab shows another page): ``name_views`` gives lists, tables and search fields an accessible
name (the tab or box they sit in); ``order_button_boxes`` lets Tab cross a dialog's button row left to right, as
it is laid out; ``keep_letters_unique`` gives every Alt+letter one owner among the visible items of a window;
``keep_menu_letters`` keeps Alt+B, W, E, H for the menu bar (a button with the same letter moves to a free one).
The application palette gets a placeholder colour readable on the field's base (``apply_placeholder_colour``),
again when the palette changes.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

#: the minimum contrast of text against the window colour (WCAG 2.1 AA, normal text)
MIN_CONTRAST = 4.5


class Role(enum.Enum):
    ERROR = "error"  # a validation message, an overdue date, a failed check
    WARNING = "warning"  # needs attention soon, an advice
    OK = "ok"  # done, up to date
    MUTED = "muted"  # a hint under a field, secondary text
    ACCENT = "accent"  # headings in rendered help text


# the hue of each role on a light and on a dark window
_HUES: dict[Role, tuple[str, str]] = {
    Role.ERROR: ("#b00020", "#ff8a80"),
    Role.WARNING: ("#8a5a00", "#ffcc80"),
    Role.OK: ("#2e7d32", "#a5d6a7"),
    Role.MUTED: ("#555555", "#bbbbbb"),
    Role.ACCENT: ("#1f3a5f", "#9cc3ee"),
}

#: colours for chart series (categorical), adapted like the roles (contrast ≥ 3:1 with the window: graphics)
_SERIES: tuple[tuple[str, str], ...] = (
    ("#1f3a5f", "#9cc3ee"),
    ("#4f7cac", "#6fa8dc"),
    ("#7f95b3", "#c3d5ea"),
    ("#c0504d", "#ef9a9a"),
    ("#b7791f", "#ffcc80"),
    ("#5b8c4a", "#a5d6a7"),
    ("#8064a2", "#ce93d8"),
    ("#6b6b6b", "#bdbdbd"),
)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    return luminance(_palette(palette).color(QPalette.ColorRole.Window)) < 0.2


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """a moved a fraction t towards b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _readable(hue: QColor, palette: QPalette, minimum: float) -> QColor:
    """`hue`, blended towards the palette's text colour until it reaches `minimum` contrast on the window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    for step in range(11):
        c = _blend(hue, text, step / 10)
        if contrast(c, window) >= minimum:
            return c
    return QColor(text)


def text_colour(role: Role, palette: QPalette | None = None) -> QColor:
    """The colour for text of `role`, readable on the palette's window colour."""
    pal = _palette(palette)
    key = (role, pal.color(QPalette.ColorRole.Window).rgba(), pal.color(QPalette.ColorRole.WindowText).rgba())
    rgba = _TEXT_COLOURS.get(key)
    if rgba is None:  # item models ask for every cell: the blending is done once per role and palette
        light, dark = _HUES[role]
        rgba = _TEXT_COLOURS[key] = _readable(
            QColor(dark if is_dark(pal) else light), pal, MIN_CONTRAST
        ).rgba()
    return QColor.fromRgba(rgba)


# (role, window colour, text colour) -> the readable colour of `role`, as QRgb
_TEXT_COLOURS: dict[tuple[Role, int, int], int] = {}


def hex_colour(role: Role, palette: QPalette | None = None) -> str:
    """`text_colour` as #rrggbb, for rich text (``<span style='color:...'>``)."""
    return str(text_colour(role, palette).name())


def brush(role: Role, palette: QPalette | None = None) -> QBrush:
    """ForegroundRole of an item model."""
    return QBrush(text_colour(role, palette))


def background(role: Role, palette: QPalette | None = None, base: bool = False) -> QColor:
    """The window (or, with `base`, the list/edit base) colour tinted towards the role's hue; the palette's text
    stays readable on it."""
    pal = _palette(palette)
    ground = pal.color(QPalette.ColorRole.Base if base else QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.Text if base else QPalette.ColorRole.WindowText)
    light, dark = _HUES[role]
    hue = QColor(dark if is_dark(pal) else light)
    for t in (0.14, 0.1, 0.06, 0.0):
        c = _blend(ground, hue, t)
        if contrast(c, text) >= MIN_CONTRAST:
            return c
    return QColor(ground)


def background_brush(role: Role, palette: QPalette | None = None) -> QBrush:
    """BackgroundRole of an item model row (a tinted base colour)."""
    return QBrush(background(role, palette, base=True))


def series_colour(n: int, palette: QPalette | None = None) -> QColor:
    """The n-th chart series colour, distinguishable from the window (contrast ≥ 3:1, WCAG 1.4.11)."""
    pal = _palette(palette)
    light, dark = _SERIES[n % len(_SERIES)]
    return _readable(QColor(dark if is_dark(pal) else light), pal, 3.0)


def placeholder_colour(palette: QPalette | None = None, group: QPalette.ColorGroup | None = None) -> QColor:
    """The colour of placeholder text ("zoek op naam…" in an empty field): the palette's text blended towards
    the field's base colour, so it reads as a hint, but never below 4.5:1 on that base (WCAG 1.4.3; Qt's own
    default, half-transparent text, gives 4.0:1 on white)."""
    pal = _palette(palette)
    g = QPalette.ColorGroup.Active if group is None else group
    base, text = pal.color(g, QPalette.ColorRole.Base), pal.color(g, QPalette.ColorRole.Text)
    for step in range(12, -1, -1):  # from 60 % of the way to the base back to the text itself
        c = _blend(text, base, step / 20)
        if contrast(c, base) >= MIN_CONTRAST:
            return c
    return QColor(text)


def apply_placeholder_colour() -> None:
    """Give the application palette a readable placeholder colour (active and inactive windows; disabled
    fields are exempt), derived from its own text and base colours: again whenever the palette changes."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    pal = QApplication.palette()
    changed = False
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        want = placeholder_colour(pal, group)
        if pal.color(group, QPalette.ColorRole.PlaceholderText) != want:
            pal.setColor(group, QPalette.ColorRole.PlaceholderText, want)
            changed = True
    if changed:
        QApplication.setPalette(pal)


def on_colour(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill` (text drawn on a coloured cell)."""
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return black if contrast(black, fill) >= contrast(white, fill) else white


def paint_text(widget: QWidget, role: Role, bold: bool = False) -> None:
    """Give a label the text colour of `role` through its palette (and bold text when asked)."""
    pal = widget.palette()
    colour = text_colour(role, QGuiApplication.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.WindowText, colour)
        pal.setColor(group, QPalette.ColorRole.Text, colour)
    widget.setPalette(pal)
    font = widget.font()
    font.setBold(bold)
    widget.setFont(font)
    widget.setProperty(_TEXT_ROLE, f"{role.value}:{int(bold)}")  # painted again when the palette changes
    watch_windows_soon()


def set_notice(widget: QWidget, role: Role, padding: int = 6, dashed: bool = False) -> None:
    """Frame a notice label with `notice_style`, again whenever the application's palette changes."""
    widget.setStyleSheet(notice_style(role, padding=padding, dashed=dashed))
    widget.setProperty(_NOTICE, f"{role.value}:{padding}:{int(dashed)}")
    watch_windows_soon()


def notice_style(role: Role, selector: str = "QLabel", padding: int = 6, dashed: bool = False) -> str:
    """A stylesheet for a framed notice: a background tinted towards `role`, a border of its colour, the
    palette's text colour."""
    pal = QGuiApplication.palette()
    border = hex_colour(role, pal)
    ground = background(role, pal).name()
    line = "dashed" if dashed else "solid"
    return (
        f"{selector} {{ background: {ground}; border: 1px {line} {border}; padding: {padding}px; "
        f"color: palette(window-text); }}"
    )


def warning_icon() -> QIcon:
    """The style's warning sign: marks a row next to its colour (never colour alone)."""
    from PySide6.QtWidgets import QStyle  # its enums cost 7 ms: not before the first dialog

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def error_icon() -> QIcon:
    """The style's error sign."""
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)


# --- names for screen readers ---------------------------------------------------------------------------


def _section_title(w: QWidget) -> str:
    """The title of the tab page or group box `w` sits in (nearest first), without its mnemonic."""
    child: QWidget = w
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            i = parent.indexOf(child)
            if i >= 0 and parent.tabText(i):
                return parent.tabText(i).replace("&", "")
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title().replace("&", "")
        if not (isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget)):
            child = parent  # a tab's page sits in the tab widget's stack: keep the page
        parent = parent.parentWidget()
    return ""


def _has_buddy(w: QWidget) -> bool:
    """A label points at `w` (Qt then gives its text as the name)."""
    parent = w.parentWidget()
    return parent is not None and any(label.buddy() is w for label in parent.findChildren(QLabel))


def name_views(root: QWidget, fallback: str = "") -> None:
    """Give every list, table, scroll area and search field under `root` that has no accessible name one:
    the title of the tab or box it is in (a search field: its placeholder), so a screen reader can say what
    the user is in. Outside tabs and boxes: `fallback` (or the window's title)."""
    for w in root.findChildren(QWidget):
        if w.accessibleName():
            continue
        if w.isWindow() and w is not root:
            continue
        if isinstance(w, QLineEdit) and w.placeholderText():
            w.setAccessibleName(w.placeholderText().rstrip("…."))
        elif isinstance(w, QAbstractScrollArea) and not _has_buddy(w):
            title = _section_title(w) or fallback or w.window().windowTitle()
            if title:
                w.setAccessibleName(title)


_TEXT_ROLE = "vbTextRole"
_NOTICE = "vbNotice"


class _Watcher(QObject):
    """Names the views of every window when it is shown (dialogs made anywhere in the app), orders its button
    rows and makes its Alt+letters unique (again when a tab shows another page), and paints the
    semantic colours again when the application's palette changes (a dark or high-contrast theme switched
    on while the app runs)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            name_views(watched)
            order_button_boxes(watched)
            keep_letters_unique(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.window().isVisible():
            if isinstance(watched.parentWidget(), QStackedWidget):
                keep_letters_unique(watched.window())  # a tab shows another page
            elif isinstance(watched, QLabel | QAbstractButton | QGroupBox | QTabBar):
                _letters_later(watched.window())  # a form shows another field
        elif kind == QEvent.Type.ApplicationPaletteChange and watched is QApplication.instance():
            apply_placeholder_colour()
        elif kind == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            text_role = watched.property(_TEXT_ROLE)
            if text_role:
                role, bold = str(text_role).split(":")
                paint_text(watched, Role(role), bold == "1")
            notice = watched.property(_NOTICE)
            if notice:
                role, padding, dashed = str(notice).split(":")
                set_notice(watched, Role(role), int(padding), dashed == "1")
        return False


_watcher: _Watcher | None = None
_unwatched_depth = 0  # inside `unwatched()` blocks: the filter stays out of the application
_pending_letters: list[QWidget] = []


def _letters_later(window: QWidget) -> None:
    """`keep_letters_unique(window)` once the events of this round are done (a page shows many widgets)."""
    if any(w is window for w in _pending_letters):
        return
    if not _pending_letters:
        QTimer.singleShot(0, _flush_letters)
    _pending_letters.append(window)


def _flush_letters() -> None:
    windows = list(_pending_letters)
    _pending_letters.clear()
    for window in windows:
        if shiboken6.isValid(window) and window.isVisible():
            keep_letters_unique(window)


def watch_windows() -> None:
    """Install, once, the application filter above; the windows already on screen are treated as shown now."""
    global _watcher
    app = QApplication.instance()
    if _watcher is None and isinstance(app, QApplication):
        _watcher = _Watcher(app)
        if not _unwatched_depth:  # else installed when the outermost `unwatched()` block ends
            app.installEventFilter(_watcher)
        apply_placeholder_colour()
        for window in app.topLevelWidgets():
            if window.isVisible():
                name_views(window)
                order_button_boxes(window)
                keep_letters_unique(window)


@contextmanager
def unwatched() -> Iterator[None]:
    """Building a window that is not shown yet: without the application filter, which would be called for
    each of the tens of thousands of events a large window's construction sends (70 ms for the main window).
    A filter installed inside the block (`watch_windows`) starts working when the block ends."""
    global _unwatched_depth
    app = QApplication.instance()
    if _watcher is not None and app is not None:
        app.removeEventFilter(_watcher)
    _unwatched_depth += 1
    try:
        yield
    finally:
        _unwatched_depth -= 1
        if not _unwatched_depth and _watcher is not None and app is not None:
            app.installEventFilter(_watcher)


# An application-wide Python event filter makes PySide build the Python type of every Qt class it meets (the
# private ones too), with all their enums: about a tenth of a second, once. The first dialog is on screen first.
WATCH_DELAY_MS = 120
_watch_scheduled = False


def watch_windows_soon() -> None:
    """`watch_windows` once the first window has been painted (the placeholder colour at once)."""
    global _watch_scheduled
    if _watcher is not None or _watch_scheduled:
        return
    _watch_scheduled = True
    apply_placeholder_colour()
    QTimer.singleShot(WATCH_DELAY_MS, watch_windows)


def name_views_on_show() -> None:
    """Name the views of every window the application shows (see `_Watcher`)."""
    watch_windows()


# --- keyboard: Alt+letter -------------------------------------------------------------------------------


def mnemonic_letter(text: str) -> str | None:
    """The letter after the single & of a label ("Ver&wijderen": "w"), lower case."""
    i = text.replace("&&", "\0\0").find("&")
    return text[i + 1].lower() if 0 <= i < len(text) - 1 else None


def _with_letter(text: str, avoid: set[str], reserved: set[str]) -> str:
    """`text` with its & moved to the first letter not in `avoid`; when every letter is taken, to one that is
    at least not `reserved` (two buttons with one letter: Alt+letter goes from one to the other)."""
    plain = text.replace("&", "", 1)
    for skip in (avoid, reserved):
        for i, ch in enumerate(plain):
            if ch.isalpha() and ch.isascii() and ch.lower() not in skip:
                return plain[:i] + "&" + plain[i:]
    return plain


def keep_menu_letters(root: QWidget, reserved: set[str]) -> None:
    """Buttons and tab titles under `root` whose Alt+letter is a menu's (Alt+B opens Bestand) get another
    letter, one no other control of `root` uses: with two owners Qt makes Alt+letter ambiguous and neither the
    menu nor the button opens. The words stay as translated; only the underlined letter moves."""
    buttons = [b for b in root.findChildren(QAbstractButton) if "&&" not in b.text()]
    tabs = [(bar, i) for bar in root.findChildren(QTabBar) for i in range(bar.count())]
    labels = [lab for lab in root.findChildren(QLabel) if lab.buddy() is not None]
    used = {mnemonic_letter(b.text()) for b in buttons}
    used |= {mnemonic_letter(bar.tabText(i)) for bar, i in tabs}
    used |= {mnemonic_letter(lab.text()) for lab in labels}
    taken = {letter for letter in used if letter is not None} | reserved
    for b in buttons:
        if mnemonic_letter(b.text()) in reserved:
            b.setText(_with_letter(b.text(), taken, reserved))
            taken.add(mnemonic_letter(b.text()) or "")
    for bar, i in tabs:
        if mnemonic_letter(bar.tabText(i)) in reserved:
            bar.setTabText(i, _with_letter(bar.tabText(i), taken, reserved))
            taken.add(mnemonic_letter(bar.tabText(i)) or "")


def order_button_boxes(window: QWidget) -> None:
    """Tab crosses each button box of `window` in the order its buttons are laid out (the platform's order:
    actions, then OK and Cancel), not the order in which they were added."""
    for box in window.findChildren(QDialogButtonBox):
        layout = box.layout()
        if layout is None:
            continue
        buttons: list[QAbstractButton] = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            w = item.widget() if item is not None else None
            if isinstance(w, QAbstractButton) and not w.isHidden():
                buttons.append(w)
        for before, after in itertools.pairwise(buttons):
            QWidget.setTabOrder(before, after)


def _tab_depth(w: QWidget, window: QWidget) -> int:
    """How many pages of tabs or stacks `w` sits in below `window`: the fewer, the longer it stays in view."""
    depth, parent = 0, w.parentWidget()
    while parent is not None and parent is not window:
        depth += isinstance(parent, QStackedWidget)
        parent = parent.parentWidget()
    return depth


def keep_letters_unique(window: QWidget) -> None:
    """Every Alt+letter in `window` gets one owner among the visible items: menu titles, tab titles, buttons,
    group box titles and labels with a buddy. With two owners Qt makes the letter ambiguous (the focus moves
    between them and neither acts). Who keeps a letter: the menu bar, then what stays longest in view (items
    in fewer tab pages), then tab titles before buttons before boxes before labels, then the order of
    creation; the others move their & to a free letter of their own text. The words stay as translated."""
    taken: set[str] = set()
    if isinstance(window, QMainWindow):
        taken = {mnemonic_letter(a.text()) or "" for a in window.menuBar().actions() if a.isVisible()}
    items: list[tuple[tuple[int, int, int], str, Callable[[str], None]]] = []
    for n, w in enumerate(window.findChildren(QWidget)):
        if not w.isVisible() or w.window() is not window:
            continue
        depth = _tab_depth(w, window)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    items.append(((depth, 0, n), w.tabText(i), partial(w.setTabText, i)))
        elif isinstance(w, QAbstractButton):
            items.append(((depth, 1, n), w.text(), w.setText))
        elif isinstance(w, QGroupBox):
            items.append(((depth, 2, n), w.title(), w.setTitle))
        elif isinstance(w, QLabel) and w.buddy() is not None and "<" not in w.text():
            items.append(((depth, 3, n), w.text(), w.setText))
    # a text with a literal & (&&) is not rewritten: it keeps its letter, before the others
    items = sorted(
        (item for item in items if mnemonic_letter(item[1])), key=lambda item: ("&&" not in item[1], item[0])
    )
    letters = [mnemonic_letter(text) or "" for _rank, text, _set in items]
    for i, (_rank, text, set_text) in enumerate(items):
        letter = letters[i]
        if letter in taken and "&&" not in text:
            later = set(letters[i + 1 :])  # a letter nobody else shows, if there is one
            moved = _with_letter(text, taken | later, taken)
            set_text(moved)
            letter = mnemonic_letter(moved) or ""
        taken.add(letter)
