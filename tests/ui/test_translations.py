"""Every visible string goes through Qt's translation: a translator for English changes widgets and domain labels."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from veiligbestuur_desktop.domain.fields import RecordKind

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context><name>MainWindow</name>
<message><source>Overzicht</source><translation>Overview</translation></message>
</context>
<context><name>vocab</name>
<message><source>gereed</source><translation>done</translation></message>
</context>
<context><name>steps</name>
<message><source>Beleid</source><translation>Policy</translation></message>
</context>
</TS>
"""


def test_an_english_translator_reaches_widgets_and_domain_labels(app, tmp_path):
    from veiligbestuur_desktop.domain.steps import STEPS
    from veiligbestuur_desktop.domain.vocab import ItemStatus
    from veiligbestuur_desktop.ui.app.main_window import MainWindow

    ts = tmp_path / "veiligbestuur_en.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(tmp_path / "veiligbestuur_en.qm")],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load("veiligbestuur_en", str(tmp_path))
    QCoreApplication.installTranslator(translator)
    try:
        assert ItemStatus.GEREED.label == "done"  # domain → i18n.tr → QCoreApplication.translate
        assert STEPS[0].tab_label == "Policy"
        win = MainWindow()
        assert win.tabs.tabText(0) == "Overview"
        assert win.tabs.tabText(1).replace("&", "") == "1 Policy"
        win.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert ItemStatus.GEREED.label == "gereed"


# --- the catalogues: complete, finished, well-formed ---------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def _catalogue(name: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of one .ts file."""
    out: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(TS_DIR / name).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(ctx, message.findtext("source") or "")] = message
    return out


def _record_kinds() -> list[RecordKind]:
    import veiligbestuur_desktop.domain as domain

    kinds: dict[int, RecordKind] = {}
    for info in pkgutil.iter_modules(domain.__path__, "veiligbestuur_desktop.domain."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            candidates = value if isinstance(value, (tuple, list)) else (value,)
            for v in candidates:
                if isinstance(v, RecordKind):
                    kinds[id(v)] = v
    return list(kinds.values())


def test_every_declared_field_is_extracted_with_the_context_it_is_translated_in():
    """Column headers, form labels, group boxes, help texts and message nouns reach tr() as variables: the
    generated catalogue (scripts/vocab_strings.py) must hold each of them under the field's own context."""
    core = _catalogue("veiligbestuur_core_en.ts")
    kinds = _record_kinds()
    assert len(kinds) >= 15  # every area's record kinds, not just incidents and people
    missing = []
    for kind in kinds:
        wanted = [(kind.context, kind.label)]
        for f in kind.fields:
            wanted.append((f.context, f.label))
            wanted.append((f.context, f.noun or "‘" + f.label.lower() + "’"))
            wanted += [(f.context, text) for text in (f.help, f.group) if text]
        missing += [w for w in wanted if w not in core]
    assert not missing, missing[:20]


def test_vocabularies_steps_documents_and_exports_are_extracted():
    from veiligbestuur_desktop.domain.steps import STEPS
    from veiligbestuur_desktop.domain.vocab import _LABELS
    from veiligbestuur_desktop.services import exporter, extensions

    core = _catalogue("veiligbestuur_core_en.ts")
    wanted = [("vocab", text) for labels in _LABELS.values() for text in labels.values()]
    for step in STEPS:
        wanted += [("steps", step.title_nl), ("steps", step.tab_label_nl)]
        wanted += [("steps", item.title_nl) for item in step.items]
    extensions.load()
    docs = extensions.documents()
    assert len(docs) >= 10
    for doc in docs:
        wanted.append(("documents", doc.title))
        if doc.description:
            wanted.append(("documents", doc.description))
    wanted += [("exchange", spec.title) for spec in exporter.exports().values()]
    missing = [w for w in wanted if w not in core]
    assert not missing, missing[:20]


def test_ui_strings_have_the_context_qt_looks_them_up_in():
    """`parent.tr(...)` or a two-argument domain tr() in ui/ gives lupdate a wrong or empty context, so the
    translation is never found at run time; table headers declared as QT_TRANSLATE_NOOP are extracted."""
    ui = _catalogue("veiligbestuur_ui_en.ts")
    contexts = {ctx for ctx, _source in ui}
    assert not contexts & {"", "parent", "widget", "wizard", "self"}
    for key in [
        ("TodoModel", "Slachtoffer(s)"),
        ("FollowUpModel", "Spoor"),
        ("FieldColumns", "Nummer"),
        ("IncidentTableModel", "zeer ernstig"),
        ("ActionsTab", "gereed of vervallen"),
        ("messages", "Dat lukte niet"),
        ("vault_dialogs", "Back-up maken"),
    ]:
        assert key in ui, key


PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def test_every_ui_message_is_translated_with_its_placeholders_and_mnemonic():
    ui = _catalogue("veiligbestuur_ui_en.ts")
    assert len(ui) > 700
    problems = []
    for (ctx, source), message in ui.items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(("unfinished", ctx, source))
            continue
        texts = [nf.text or "" for nf in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            if not text.strip() and source.strip():
                problems.append(("empty", ctx, source))
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(("placeholders", ctx, source, text))
            if not source.startswith("<") and ("&" in source.replace("&&", "")) != (
                "&" in text.replace("&&", "")
            ):
                problems.append(("mnemonic", ctx, source, text))
    assert not problems, problems[:20]


def test_mnemonics_stay_unique_in_each_dialog():
    """Within one dialog or page (a context) no two English labels share a mnemonic letter, unless the Dutch
    ones did too; the main window's menus are separate menus and are checked per menu by hand."""
    ui = _catalogue("veiligbestuur_ui_en.ts")
    letters: dict[str, dict[str, set[str]]] = {}
    dutch: dict[str, dict[str, set[str]]] = {}
    for (ctx, source), message in ui.items():
        text = message.findtext("translation") or ""
        for table, label in ((letters, text), (dutch, source)):
            m = re.search(r"&(\w)", label.replace("&&", ""))
            if m:
                table.setdefault(ctx, {}).setdefault(m.group(1).lower(), set()).add(label)
    clashes = []
    for ctx, by_letter in letters.items():
        if ctx == "MainWindow":
            continue
        dutch_clash = any(len(v) > 1 for v in dutch.get(ctx, {}).values())
        clashes += [(ctx, labels) for labels in by_letter.values() if len(labels) > 1 and not dutch_clash]
    assert not clashes, clashes


# --- the language setting ------------------------------------------------------------------------------------


@pytest.fixture
def language_setting():
    from veiligbestuur_desktop.ui.app.start import LANGUAGE

    LANGUAGE.set("")
    yield LANGUAGE
    LANGUAGE.set("")


def test_the_system_language_decides_unless_the_user_chose(app, language_setting):
    from veiligbestuur_desktop.ui.app.start import ui_language

    english_us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    english_gb = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert ui_language(english_us) == "en"
    assert ui_language(english_gb) == "en"
    assert ui_language(dutch) == "nl"
    assert ui_language(german) == "nl"  # Dutch is the source language: the fallback
    language_setting.set("nl")
    assert ui_language(english_gb) == "nl"
    language_setting.set("en")
    assert ui_language(dutch) == "en"
    language_setting.set("fr")  # a value from elsewhere: ignored
    assert ui_language(dutch) == "nl"


def test_english_translator_from_the_shipped_qm_and_back_to_dutch(app, language_setting):
    from veiligbestuur_desktop.ui.app.main_window import MainWindow
    from veiligbestuur_desktop.ui.app.start import install_translators

    try:
        install_translators(app, "en")
        assert QLocale().language() == QLocale.Language.English
        win = MainWindow()
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "&Help"]
        assert win.tabs.tabText(0) == "Overview"
        win.deleteLater()
    finally:
        install_translators(app, "nl")
    win = MainWindow()
    assert [a.text() for a in win.menuBar().actions()] == ["&Bestand", "Be&werken", "Be&eld", "&Help"]
    assert QLocale().language() == QLocale.Language.Dutch
    win.deleteLater()


def test_view_language_menu_stores_the_choice_for_the_next_start(qtbot, app, dialogs, language_setting):
    from veiligbestuur_desktop.ui.app.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    menu = win.language_menu
    assert menu.title() == "&Taal"
    actions = {a.objectName(): a for a in menu.actions()}
    assert [a.text() for a in menu.actions()] == ["&Systeem", "&Nederlands", "&English"]
    assert actions["language_system"].isChecked()
    actions["language_en"].trigger()
    assert language_setting.get() == "en"
    assert actions["language_en"].isChecked() and not actions["language_system"].isChecked()
    info = dialogs.kinds("info")
    assert len(info) == 1
    assert "opnieuw start" in info[0].text and "restart" in info[0].text
    assert QSettings().value("ui/language") == "en"  # a plain preference, not in the vault
    actions["language_en"].trigger()  # the same choice again: nothing to say
    assert len(dialogs.kinds("info")) == 1
    actions["language_system"].trigger()
    assert language_setting.get() == ""
    assert len(dialogs.kinds("info")) == 2


def test_ui_translation_calls_are_ones_lupdate_reads():
    """lupdate skips a tr() inside an f-string and gives `other.tr(...)` the wrong context: such a text is never
    extracted or never found. Translate before the f-string, with self.tr() or QCoreApplication.translate()."""
    import ast

    problems = []
    for path in sorted((ROOT / "veiligbestuur_desktop" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(
                        inner.func, "attr", getattr(inner.func, "id", "")
                    ) in (
                        "tr",
                        "translate",
                    ):
                        problems.append(f"{path.relative_to(ROOT)}:{inner.lineno} tr() in an f-string")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            ):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} tr() on another object")
    assert not problems, "\n".join(problems)


def _mnemonic(text: str) -> str | None:
    m = re.search(r"&(\w)", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def test_in_english_no_page_takes_a_menu_letter(qtbot, app, workspace, tmp_path, monkeypatch):
    """Alt+F, E, V and H open the menus from every step page: no visible button, tab or label of a page may
    use one of those letters (Qt would move to the page's widget instead of opening the menu)."""
    import shutil

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QTabWidget

    from veiligbestuur_desktop import paths
    from veiligbestuur_desktop.ui.app.main_window import MainWindow
    from veiligbestuur_desktop.ui.app.start import install_translators

    copy = tmp_path / "translations"
    shutil.copytree(paths.translations_dir(), copy)  # Qt maps the .qm: a rebuild meanwhile must not touch it
    monkeypatch.setattr(paths, "translations_dir", lambda: copy)
    install_translators(app, "en")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.open_workspace(workspace)
        win.show()
        qtbot.waitExposed(win)
        menu_letters = {_mnemonic(a.text()) for a in win.menuBar().actions()}
        assert menu_letters == {"f", "e", "v", "h"}
        clashes = set()
        for n, inner in [(page, i) for page in range(win.tabs.count()) for i in range(8)]:
            win.tabs.setCurrentIndex(n)
            page = win.tabs.currentWidget()
            for tab_widget in page.findChildren(QTabWidget):  # every tab of the page's tab widgets
                if inner < tab_widget.count():
                    tab_widget.setCurrentIndex(inner)
            for tabs in [page, *page.findChildren(QTabBar)]:
                if isinstance(tabs, QTabBar) and tabs.isVisible():
                    for i in range(tabs.count()):
                        if _mnemonic(tabs.tabText(i)) in menu_letters:
                            clashes.add(f"tab {tabs.tabText(i)!r} on {win.tabs.tabText(n)!r}")
            for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
                if w.isVisible() and w.window() is win and _mnemonic(w.text()) in menu_letters:
                    if isinstance(w, QLabel) and w.buddy() is None:
                        continue
                    clashes.add(f"{type(w).__name__} {w.text()!r} on {win.tabs.tabText(n)!r}")
        win.clear()
    finally:
        install_translators(app, "nl")
    assert not clashes, sorted(clashes)
