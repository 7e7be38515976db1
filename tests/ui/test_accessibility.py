"""Accessibility: semantic colours readable on light, dark and high-contrast palettes (WCAG 1.4.3), no colour
hard-coded in the UI, and meaning never by colour alone in the registers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from veiligbestuur_desktop.ui.kit import theme

UI = Path(__file__).resolve().parents[2] / "veiligbestuur_desktop" / "ui"


def palette(window: str, text: str, base: str | None = None) -> QPalette:
    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base or window),
        (QPalette.ColorRole.Text, text),
    ):
        p.setColor(role, QColor(colour))
    return p


PALETTES = {
    "light": palette("#efefef", "#000000", "#ffffff"),
    "dark": palette("#2b2b2b", "#e6e6e6", "#1e1e1e"),
    "high contrast black": palette("#000000", "#ffffff"),
    "high contrast white": palette("#ffffff", "#000000"),
    "dark blue": palette("#0b1a33", "#d0d8e8", "#06101f"),
}


def test_contrast_formula_matches_wcag():
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
def test_every_role_is_readable_on_the_window(qapp, name):
    pal = PALETTES[name]
    window = pal.color(QPalette.ColorRole.Window)
    for role in theme.Role:
        colour = theme.text_colour(role, pal)
        assert theme.contrast(colour, window) >= 4.5, (name, role, colour.name())
        ground = theme.background(role, pal)
        assert theme.contrast(pal.color(QPalette.ColorRole.WindowText), ground) >= 4.5, (name, role)
        row = theme.background(role, pal, base=True)
        assert theme.contrast(pal.color(QPalette.ColorRole.Text), row) >= 4.5, (name, role)
    for n in range(8):
        assert theme.contrast(theme.series_colour(n, pal), window) >= 3.0, (name, n)


def test_dark_palette_gets_light_hues_and_light_palette_dark_ones(qapp):
    light = theme.text_colour(theme.Role.ERROR, PALETTES["light"])
    dark = theme.text_colour(theme.Role.ERROR, PALETTES["dark"])
    assert theme.luminance(dark) > theme.luminance(light)
    assert theme.is_dark(PALETTES["dark"]) and not theme.is_dark(PALETTES["light"])


def test_no_hard_coded_colour_in_the_ui():
    """Colours come from the palette (theme.py derives them); a hex colour or a named QColor elsewhere fails."""
    pattern = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?=[;'\" ])|QColor\(\s*[\"']|color:\s*(?:red|white|black)"
    )
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(UI)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)


def test_overdue_rows_are_marked_by_an_icon_and_words_not_only_by_colour(qapp):
    from types import SimpleNamespace

    from veiligbestuur_desktop.domain.actions import ACTION
    from veiligbestuur_desktop.services.actions import AreaQuery
    from veiligbestuur_desktop.ui.execution.register import AreaTableModel

    model = AreaTableModel(ACTION, AreaQuery())
    model.late = lambda row: row.late
    late, fine = SimpleNamespace(late=True), SimpleNamespace(late=False)
    assert model.extra(late, 0, Qt.ItemDataRole.ForegroundRole) is not None
    assert not model.extra(late, 0, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.extra(late, 1, Qt.ItemDataRole.AccessibleDescriptionRole) == "verlopen"
    for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
        assert model.extra(fine, 0, role) is None


def test_severity_reads_without_its_colour(qapp):
    from veiligbestuur_desktop.ui.incidents.model import level_short

    assert level_short(4) == "4 — zeer ernstig"
    assert level_short(3) == "3 — ernstig"


def test_a_palette_switched_while_running_repaints_the_semantic_colours(qtbot):
    """A dark or high-contrast theme turned on while the app runs: labels and notices follow it."""
    from PySide6.QtWidgets import QApplication, QLabel

    from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel

    error = ErrorLabel()
    notice = QLabel("Let op")
    qtbot.addWidget(error)
    qtbot.addWidget(notice)
    theme.set_notice(notice, theme.Role.WARNING)
    light = QApplication.palette()
    try:
        QApplication.setPalette(PALETTES["dark"])
        qtbot.waitUntil(
            lambda: (
                error.palette().color(QPalette.ColorRole.WindowText)
                == theme.text_colour(theme.Role.ERROR, PALETTES["dark"])
            )
        )
        assert theme.background(theme.Role.WARNING, PALETTES["dark"]).name() in notice.styleSheet()
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(
        lambda: (
            error.palette().color(QPalette.ColorRole.WindowText) == theme.text_colour(theme.Role.ERROR, light)
        )
    )


@pytest.mark.parametrize("name", PALETTES)
def test_placeholder_text_reads_on_the_field_and_still_looks_like_a_hint(qapp, name):
    pal = PALETTES[name]
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    hint = theme.placeholder_colour(pal)
    assert theme.contrast(hint, base) >= 4.5, (name, hint.name())
    assert theme.contrast(hint, base) < theme.contrast(text, base), (name, hint.name())  # fainter than text


def test_qt_default_placeholder_is_too_faint_and_the_app_palette_gets_a_readable_one(qtbot):
    """Qt's placeholder is the text colour at half opacity: 4.0:1 on white. The application's palette gets the
    derived colour, also after a dark or high-contrast palette is switched on while the app runs."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    def on_base(c: QColor, base: QColor) -> float:  # a half-transparent colour as painted on the base
        a = c.alphaF()
        rgb = zip(c.getRgbF()[:3], base.getRgbF()[:3], strict=True)
        painted = QColor.fromRgbF(*(x * a + y * (1 - a) for x, y in rgb))
        return theme.contrast(painted, base)

    assert on_base(QColor(0, 0, 0, 128), QColor("#ffffff")) < 4.5
    theme.watch_windows()
    original = QApplication.palette()
    edit = QLineEdit()
    edit.setPlaceholderText("zoek op naam…")
    qtbot.addWidget(edit)

    def readable() -> bool:
        p = edit.palette()
        return on_base(p.color(QPalette.ColorRole.PlaceholderText), p.color(QPalette.ColorRole.Base)) >= 4.5

    try:
        assert readable()
        for name in PALETTES:
            QApplication.setPalette(PALETTES[name])
            qtbot.waitUntil(readable, timeout=2000)
    finally:
        QApplication.setPalette(original)
    qtbot.waitUntil(readable, timeout=2000)
