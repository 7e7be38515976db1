"""The user guide in English: resources/help/en/ mirrors the Dutch pages, and the help window shows it when the
app's translation is English (and the Dutch guide otherwise)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from veiligbestuur_desktop import paths

NL = paths.help_dir()
EN = NL / "en"
PAGES = sorted(p.name for p in NL.glob("*.md"))

# Dutch words that are not English; Dutch names that stay Dutch in the English text are removed first
DUTCH_WORDS = {
    "het", "een", "van", "niet", "wordt", "worden", "voor", "met", "bij", "ook", "naar", "zijn", "wat", "wie",
    "uw", "kies", "stap", "staat", "deze", "dat", "als", "maar", "nog", "geen", "op", "te", "tot", "en", "dan",
    "zo", "om", "gemeente", "incidenten", "maatregelen", "opslaan", "nieuw", "toets", "gereed", "bezig",
}  # fmt: skip
KEPT_DUTCH = [
    "Stappenplan beveiliging lokale bestuurders", "De Vertrouwenslijn", "Ondersteuningsteam Weerbaar Bestuur",
    "Slachtofferhulp Nederland", "Gemeentewet", "gemeenteblad", "domicilie", "driehoek", "VERTROUWELIJK",
    "Gemeenteblad",
]  # fmt: skip


def _english_english(text: str) -> list[str]:
    """Dutch words in an English page, after code, links' targets and kept names are taken out."""
    text = re.sub(r"```.*?```|`[^`]*`|^ {4}.*$", " ", text, flags=re.S | re.M)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    for name in KEPT_DUTCH:
        text = text.replace(name, " ")
    words = re.findall(r"[A-Za-zÀ-ÿ]+", text)
    return [w for w in words if w.lower() in DUTCH_WORDS and not w.isupper()]  # OM is the Dutch acronym


def _structure(text: str) -> tuple[list[str], list[str], int, int]:
    """Heading levels, link targets, list items and table rows: the shape a translation keeps."""
    headings = re.findall(r"^(#+) ", text, flags=re.M)
    links = re.findall(r"\]\(([^)]+)\)", text)
    items = len(re.findall(r"^\s*(?:[-*]|\d+\.) ", text, flags=re.M))
    rows = len(re.findall(r"^\|", text, flags=re.M))
    return headings, links, items, rows


def test_every_dutch_page_has_an_english_page_and_no_more():
    assert PAGES and "start.md" in PAGES
    assert sorted(p.name for p in EN.glob("*.md")) == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_the_english_page_has_the_shape_of_the_dutch_one_and_reads_english(page):
    nl = (NL / page).read_text(encoding="utf-8")
    en = (EN / page).read_text(encoding="utf-8")
    assert _structure(en) == _structure(nl)
    for target in _structure(en)[1]:
        if not target.startswith(("http:", "https:", "mailto:")):
            assert (EN / target).is_file(), f"{page}: link to {target} has no English page"
    assert _english_english(en) == [], f"{page}: Dutch words in the English text"
    assert _english_english(nl), "the Dutch check finds nothing in Dutch: it cannot fail"
    # the commands (but for their placeholders: MAP is FOLDER) and the shortcuts are the same in both languages;
    # Alt+letter mnemonics differ per language, so the English pages say "Alt and the underlined letter"
    assert _commands(en) == _commands(nl)
    assert _shortcuts(en) == _shortcuts(nl)


def _commands(text: str) -> list[str]:
    return [re.sub(r"\b[A-Z]{2,}\b", "X", code) for code in re.findall(r"`([^`]+)`", text)]


def _shortcuts(text: str) -> list[str]:
    return re.findall(r"Ctrl\+(?:Shift\+)?[\w,]+|\bF\d\b|\bEsc\b", text)


@pytest.fixture
def english(app):
    """The shipped English translation installed as ui/app/start.py installs it (a child of the application)."""
    translator = QTranslator(app)
    assert translator.load("veiligbestuur_en", str(paths.translations_dir()))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    translator.setParent(None)
    translator.deleteLater()


def test_the_english_step_pages_start_with_the_translated_step_title(english):
    from veiligbestuur_desktop.domain.steps import STEPS

    for step in STEPS:
        title = QCoreApplication.translate("steps", step.title_nl)
        assert title != step.title_nl
        text = (EN / f"stap-{step.number}.md").read_text(encoding="utf-8")
        assert text.startswith(f"# Step {step.number} — {title}\n")


def test_the_help_window_shows_the_english_guide_when_the_ui_is_english(qtbot, english):
    from veiligbestuur_desktop.ui.kit.viewers import HelpWindow, help_dir, help_language

    assert help_language() == "en" and help_dir() == EN
    window = HelpWindow()
    qtbot.addWidget(window)
    titles = [window.pages.item(i).text() for i in range(window.pages.count())]
    assert titles[0] == "VeiligBestuur user guide"
    assert "Step 3 — Being prepared for incidents" in titles and titles[-1] == "Keyboard shortcuts"
    window.show_page("stap-3")
    assert Path(window.browser.source().toLocalFile()).parent == EN
    text = window.browser.toPlainText()
    assert "What the step asks" in text and "Wat de stap vraagt" not in text
    assert window.pages.currentItem().text() == "Step 3 — Being prepared for incidents"
    window.show_page("nope")  # an unknown page falls back to the English start page
    assert window.current_page == "start" and "How the window is laid out" in window.browser.toPlainText()
    # a link followed in the text stays in the English guide
    window.browser.setSource(window.browser.source().resolved("sneltoetsen.md"))
    assert window.current_page == "sneltoetsen" and "Keyboard shortcuts" in window.browser.toPlainText()


def test_the_help_window_is_dutch_without_an_english_translation(qtbot, app):
    from veiligbestuur_desktop.ui.kit.viewers import HelpWindow, help_dir, help_language

    assert help_language() == "nl" and help_dir() == NL
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_page("stap-6")
    assert "Wat de stap vraagt" in window.browser.toPlainText()
    assert window.pages.item(0).text() == "Handleiding VeiligBestuur"


class _MarkerOnly(QTranslator):
    """A translation that says its language only through the marker message (no .qm language, no parent)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return "en" if (context, source) == ("help", "nl") else None


def test_the_language_marker_is_read_when_no_translator_says_its_language(qtbot, app):
    from veiligbestuur_desktop.ui.kit.viewers import HelpWindow, help_language

    marker = _MarkerOnly()
    assert marker.language() == ""
    QCoreApplication.installTranslator(marker)
    try:
        assert help_language() == "en"
        window = HelpWindow()
        qtbot.addWidget(window)
        assert window.pages.item(0).text() == "VeiligBestuur user guide"
    finally:
        QCoreApplication.removeTranslator(marker)
    assert help_language() == "nl"


class _LanguageOnly(QTranslator):
    """A translation without the marker: its .qm says en_GB, and it translates the app's messages."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return "Formulating policy" if (context, source) == ("steps", "Beleid formuleren") else None

    def language(self):  # type: ignore[no-untyped-def, override]
        return "en_GB"


def test_the_language_of_the_translator_in_effect_is_read_without_a_marker(app):
    from veiligbestuur_desktop.ui.kit.viewers import help_language

    translator = _LanguageOnly(app)  # a child of the application, as ui/app/start.py makes them
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("help", "nl") == "nl"
        assert help_language() == "en"
    finally:
        QCoreApplication.removeTranslator(translator)
    # removed but still a child of the application (start.py keeps no reference): no longer in effect
    assert translator.parent() is app
    assert help_language() == "nl"
    translator.setParent(None)


def test_a_removed_english_translation_leaves_the_guide_dutch(app):
    from veiligbestuur_desktop.ui.kit.viewers import help_language

    translator = QTranslator(app)
    assert translator.load("veiligbestuur_en", str(paths.translations_dir()))
    QCoreApplication.installTranslator(translator)
    assert help_language() == "en"
    QCoreApplication.removeTranslator(translator)
    assert help_language() == "nl"
    translator.setParent(None)


def test_a_language_without_a_guide_shows_the_dutch_one(app):
    from veiligbestuur_desktop.ui.kit.viewers import help_language

    class German(_LanguageOnly):
        def language(self):  # type: ignore[no-untyped-def, override]
            return "de_DE"

    german = German(app)
    QCoreApplication.installTranslator(german)
    try:
        assert help_language() == "nl"  # there is no resources/help/de/
    finally:
        QCoreApplication.removeTranslator(german)
        german.setParent(None)


def test_the_packaging_picks_up_the_english_guide():
    """pyproject package data and the PyInstaller spec take every .md under resources/help, also in en/."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["veiligbestuur_desktop.resources"]
    resources = root / "resources"
    shipped = {p for pattern in patterns for p in resources.glob(pattern)}
    assert {EN / page for page in PAGES} <= shipped
    spec = (root / "installer" / "veiligbestuur.spec").read_text(encoding="utf-8")
    assert '(RESOURCES / "help").rglob("*")' in spec


def _mnemonics() -> dict[str, set[str]]:
    """Label (without &) → the Alt letters it has in the English UI translation."""
    import xml.etree.ElementTree as ET

    out: dict[str, set[str]] = {}
    root = ET.parse(paths.translations_dir() / "veiligbestuur_ui_en.ts").getroot()
    for translation in root.iter("translation"):
        text = translation.text or ""
        match = re.search(r"&(\w)", text.replace("&&", ""))
        if match:
            out.setdefault(text.replace("&", ""), set()).add(match.group(1).upper())
    return out


def test_the_alt_keys_the_english_guide_names_are_those_of_the_english_ui():
    mnemonics = _mnemonics()
    named = []
    for page in PAGES:
        text = (EN / page).read_text(encoding="utf-8").replace("\n", " ")
        named += [(page, label, key) for label, key in re.findall(r"\*\*([^*]+)\*\* \(Alt\+(\w)\)", text)]
        for labels, keys in re.findall(
            r"((?:\*\*[^*]+\*\*(?:, | and ))+\*\*[^*]+\*\*) \((Alt\+\w(?:, Alt\+\w)+)\)", text
        ):
            pairs = zip(re.findall(r"\*\*([^*]+)\*\*", labels), re.findall(r"Alt\+(\w)", keys), strict=True)
            named += [(page, label, key) for label, key in pairs]
    assert len(named) >= 6
    wrong = [(p, label, key) for p, label, key in named if key.upper() not in mnemonics.get(label, set())]
    assert not wrong, f"Alt keys in the English guide that the English UI does not have: {wrong}"


def test_f1_in_the_english_app_opens_the_english_guide_on_the_current_step(qtbot, app, data_dir):
    """The language chosen under Beeld > Taal (here English) reaches the guide: F1 on step 3 shows its English
    page, and the list of pages reads English."""
    from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE
    from tests.ui.conftest import type_text, visible_child
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.ui.app.start import AppController, install_translators
    from veiligbestuur_desktop.ui.kit.viewers import HelpWindow

    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(ws)
    ws.lock()
    install_translators(app, "en")
    try:
        c = AppController(data_dir)
        qtbot.addWidget(c.window)
        c.start()
        type_text(c.unlock_dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(c.unlock_dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: c.workspace is not None and c.window.isVisible(), timeout=15000)
        win = c.window
        win.show_step(3)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F1)
        help_window = visible_child(win, HelpWindow)
        assert help_window.current_page == "stap-3"
        assert help_window.folder == EN
        assert "What the step asks" in help_window.browser.toPlainText()
        assert help_window.pages.currentItem().text() == "Step 3 — Being prepared for incidents"
        c.quit()
    finally:
        install_translators(app)
