"""In English, every window of the app shows English: a walk through the main window (every step page and every
tab in it), every window its menus open, every window the buttons of its pages open (and the buttons in those
windows, one level further), the start-up dialogs, and the messages they show. Any visible string with a Dutch
word that is not data fails the test, with the window it was seen in and the catalogue it belongs to.

Data is what the vault holds (the demo's names, descriptions, categories, the municipality): every text value of
the demo vault is taken out of a string before its words are checked. Reports stay Dutch; the PDF preview shows
them as an image, so nothing of them is read here.

The windows are found through Qt (the menu bar's actions, the pages' QPushButtons, new top-level windows), not
through a list that goes stale. Dialogs opened with exec() are shown without a nested event loop.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from tests.ui.conftest import wait_for_tasks

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"

# Common Dutch words that are not English words (whole words, any case): one of them in a string means Dutch.
DUTCH = frozenset(
    """
    de het een en van niet voor met wordt worden zijn kies kiezen opslaan verwijderen nieuw nieuwe stap stappen
    bij op te aan als dat deze dit er naar om ook tot uit uw wat wie geen nog maar kan moet heeft hebben wel
    meer onder jaar datum naam persoon personen incidenten gegevens bestand bestanden annuleren sluiten
    bewerken toevoegen zoeken wijzigen gereed bezig verlopen termijn termijnen overzicht beleid maatregel
    maatregelen opvolging slachtoffer slachtoffers veroorzaker veroorzakers ambtsdrager ambtsdragers gemeente
    kluis wachtwoord wachtwoorden sleutel herstellen terug volgende vorige ja nee alle alleen elke welke hier
    dan nu vandaag gemaakt maken afdrukken voorbeeld zonder tussen waar wanneer hoe omdat geldt gedaan
    afgerond verantwoordelijke uiterlijk soort ernst ernstig zeer licht strafbaar instellingen bijlage
    bijlagen tijdlijn feiten actiepunt actiepunten bijeenkomst bijeenkomsten evaluatie evaluaties huisregels
    mediabeleid ketenafspraken contactkaart opvang nazorg sancties sanctie categorie categorieën briefhoofd
    risicoanalyse risicoanalyses trainingen vergrendelen ontgrendelen herstelsleutel handleiding bewaartermijn
    bewaartermijnen opschonen inzageverzoek verwerkingsregister statistiek beeld taal systeem onderdeel
    onderdelen notitie frequentie streefdatum laatst keer dagen uur minuten maand jaren vanaf grondslag
    gesprek brief verslag besluit versie vastgesteld huidige eerste tweede melding meldingen aangifte politie
    dader getuige woning kans risico niveau hoog laag vervallen besproken gepland uitgevoerd geëvalueerd
    afgesloten gemeld lopend beheren terugzetten bewaren toon tonen gekozen nummer omschrijving kanaal
    oorzaak afspraak afspraken leeg lege geldig ongeldig wijziging wijzigingen opgeslagen januari februari maart
    mei juni juli augustus oktober mrt okt procent
    """.split()  # noqa: SIM905  (a word list reads best as words)
)

# Names that stay Dutch in English text (institutions, the method, the product) and the languages' own names.
NAMES = (
    "Stappenplan beveiliging lokale bestuurders",
    "De Vertrouwenslijn",
    "Ondersteuningsteam Weerbaar Bestuur",
    "Slachtofferhulp",
    "Gemeenteblad",
    "Gemeentewet",
    "Nederlands",
    "college van B&W",
    "Eenduidige Landelijke Afspraken",
    "Datum, Omschrijving, Soort incident, Naam slachtoffer",  # the column headers of a Dutch file
)

WORD = re.compile(r"[^\W\d_]+")
TAG = re.compile(r"<[^>]+>")
# buttons that would change or remove data, leave the window, or wait for a file
DESTRUCTIVE = re.compile(r"delete|remove|purge|lock|quit|restore|replace|import|tick|done|save|close", re.I)


@dataclass
class Seen:
    where: str
    kind: str
    text: str


@dataclass
class Walk:
    data: list[str]
    seen: list[Seen] = field(default_factory=list)
    windows: list[str] = field(default_factory=list)
    inspected: set[int] = field(default_factory=set)

    def add(self, where: str, kind: str, text: str | None) -> None:
        if text and text.strip():
            self.seen.append(Seen(where, kind, text))


# --- data: every text value of the vault ----------------------------------------------------------------


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in "[{":
            try:
                yield from _strings(json.loads(text))
                return
            except ValueError:
                pass
        if text:
            yield text
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def vault_strings(ws: Any) -> list[str]:
    """Every text value stored in the vault that holds a Dutch word, longest first (so a name inside a longer
    text is taken out with it)."""
    from sqlalchemy import select

    from veiligbestuur_desktop.store.schema import Base

    found: set[str] = set()
    with ws.reading() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                for value in row:
                    for text in _strings(value):
                        found.add(text)
                        found.update(line.strip() for line in text.splitlines() if line.strip())
    found.add("Herstelsleutel")  # the recovery key's slot, named in the key file (not in the database)
    return sorted((t for t in found if dutch_words(t)), key=len, reverse=True)


# --- what counts as Dutch -------------------------------------------------------------------------------


def plain(text: str) -> str:
    text = html.unescape(TAG.sub(" ", text)) if "<" in text else text
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s+", " ", text)  # a no-break space or a line break is a space


def dutch_words(text: str) -> list[str]:
    """The Dutch words of a text; an abbreviation in capitals (OM, AVG) is a name, not a word."""
    return [w.lower() for w in WORD.findall(text) if w.lower() in DUTCH and not (len(w) > 1 and w.isupper())]


def _without(text: str, parts: list[str]) -> str:
    """`text` with each of `parts` taken out where it stands as whole words (a stored code "brief" is not
    taken out of "debrief")."""
    for part in parts:
        if part in text:
            text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", " ", text)
    return text


def dutch_outside_data(text: str, data: list[str]) -> list[str]:
    """The Dutch words of a visible text once the vault's data and the kept names are taken out of it (in
    either order: a name may hold a data value and a data value a name); [] when the text is data cut short."""
    t = plain(text)
    if not dutch_words(t):
        return []
    stripped = t.strip(" …\n\t.:")
    if stripped and any(stripped in value for value in data):
        return []
    names = [plain(name) for name in NAMES]
    one = dutch_words(_without(_without(t, data), names))
    other = set(dutch_words(_without(_without(t, names), data)))
    return [w for w in one if w in other]


# --- reading a window -----------------------------------------------------------------------------------


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model's column count is not callable from Python: it has one
        return 1


def _header_texts(model: QAbstractItemModel) -> Iterator[str]:
    for section in range(_columns(model)):
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            yield text


def _cell_texts(model: QAbstractItemModel, rows: int = 15) -> Iterator[str]:
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(_columns(model)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield value


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield "menu", menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu())
        elif not action.isSeparator():
            yield "menu item", action.text()
            yield "tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def read_window(walk: Walk, root: QWidget, where: str) -> None:
    """Every string `root` shows: its window's title, and for each visible widget in it its text, title,
    placeholder, tooltip, tab texts, table headers and first rows, combo box items, spin box suffix."""
    win = root.window()
    walk.add(where, "window title", win.windowTitle())
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.window() is not win:
            continue
        if not (isinstance(w, QLineEdit) and w.toolTip() == w.text()):  # the content itself: data
            walk.add(where, "tooltip", w.toolTip())
        if isinstance(w, QLabel):
            walk.add(where, "label", w.text())
        elif isinstance(w, QAbstractButton):
            walk.add(where, "button", w.text())
        if isinstance(w, QGroupBox):
            walk.add(where, "group box", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                walk.add(where, "tab", w.tabText(i))
                walk.add(where, "tooltip", w.tabToolTip(i))
        if isinstance(w, QLineEdit):
            walk.add(where, "placeholder", w.placeholderText())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            walk.add(where, "placeholder", w.placeholderText())
            if w.isReadOnly():  # a facts view, the user guide: what the app writes there
                for line in w.toPlainText().splitlines():
                    walk.add(where, "text", line)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                walk.add(where, "choice", w.itemText(i))
        if isinstance(w, QSpinBox):
            walk.add(where, "suffix", w.suffix())
            walk.add(where, "prefix", w.prefix())
        if isinstance(w, QAbstractSpinBox):
            walk.add(where, "special value", w.specialValueText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            for text in _header_texts(w.model()):
                walk.add(where, "column header", text)
            for text in _cell_texts(w.model()):
                walk.add(where, "cell", text)
        if isinstance(w, QMenuBar):
            for action in w.actions():
                if action.menu() is not None:
                    for kind, text in _menu_texts(action.menu()):
                        walk.add(where, kind, text)
        if isinstance(w, QWizard):
            for page_id in w.pageIds():
                page = w.page(page_id)
                walk.add(where, "wizard title", page.title())
                walk.add(where, "wizard subtitle", page.subTitle())


# --- opening windows ------------------------------------------------------------------------------------


def top_windows(main: QWidget) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not main and w.isWindow() and not isinstance(w, QMenu)
    ]


def close(qtbot: Any, w: QWidget) -> None:
    if isinstance(w, QDialog):
        w.reject()
    if isValid(w) and w.isVisible():
        w.close()
    qtbot.waitUntil(lambda: not isValid(w) or not w.isVisible(), timeout=5000)


def select_first_rows(root: QWidget) -> None:
    """A row chosen in every table, so that the buttons about one record are enabled."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if (
            view.isVisible()
            and model is not None
            and model.rowCount(QModelIndex())
            and not view.currentIndex().isValid()
        ):
            view.setCurrentIndex(model.index(0, 0))
            QApplication.processEvents()


def opening_buttons(root: QWidget) -> list[QPushButton]:
    """Buttons that open a window: their text ends in '…' (a dialog follows), or they start a new record or
    open one; never one that removes, saves or leaves."""
    out = []
    for b in root.findChildren(QPushButton):
        text = b.text().replace("&", "").strip()
        if not (b.isVisible() and b.isEnabled() and b.window() is root.window()) or not text:
            continue
        if DESTRUCTIVE.search(text) and not text.endswith("…"):
            continue
        if re.search(r"delete|remove|purge|replace", text, re.I):
            continue
        if text.endswith("…") or re.match(r"(new|edit|open|view|change)\b", text, re.I):
            out.append(b)
    return out


def explore(qtbot: Any, walk: Walk, main: QWidget, root: QWidget, where: str, depth: int) -> None:
    """Read `root` (with each tab of its tab widgets), then press each of its opening buttons and explore the
    windows that appear, `depth` levels deep."""
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisible() and t.window() is root.window()]
    read_window(walk, root, where)
    for tab_widget in tabs:
        for i in range(tab_widget.count()):
            tab_widget.setCurrentIndex(i)
            QApplication.processEvents()
            walk.windows.append(f"{where} › {plain(tab_widget.tabText(i))}")
            read_window(walk, tab_widget.widget(i), f"{where} › {plain(tab_widget.tabText(i))}")
            if depth:
                _press_buttons(
                    qtbot,
                    walk,
                    main,
                    tab_widget.widget(i),
                    f"{where} › {plain(tab_widget.tabText(i))}",
                    depth,
                )
        tab_widget.setCurrentIndex(0)
    if depth:
        _press_buttons(qtbot, walk, main, root, where, depth)


def _press_buttons(qtbot: Any, walk: Walk, main: QWidget, root: QWidget, where: str, depth: int) -> None:
    """Press each opening button of `root`, then activate the first row of each of its tables (Enter: a record
    opens in its own window); read the windows that appear, and `root` again (a form may open in place)."""
    select_first_rows(root)
    for b in opening_buttons(root):
        if not isValid(root):
            return
        if id(b) in walk.inspected or not (isValid(b) and b.isVisible() and b.isEnabled()):
            continue
        walk.inspected.add(id(b))
        _opened(qtbot, walk, main, root, f"{where} › {plain(b.text())}", depth, b.click)
    if not isValid(root):
        return
    for view in root.findChildren(QAbstractItemView):
        if not isValid(view) or id(view) in walk.inspected:
            continue
        if not (view.isVisible() and view.window() is root.window()):
            continue
        model = view.model()
        walk.inspected.add(id(view))
        if model is None or not model.rowCount(QModelIndex()):
            continue
        index = model.index(0, 0)
        _opened(
            qtbot,
            walk,
            main,
            root,
            f"{where} › {view.objectName() or type(view).__name__} (first row)",
            depth,
            lambda view=view, index=index: view.activated.emit(index),  # Enter on the row
        )


def _opened(qtbot: Any, walk: Walk, main: QWidget, root: QWidget, name: str, depth: int, press: Any) -> None:
    before = {id(w) for w in top_windows(main)}
    press()
    wait_for_tasks(qtbot)
    QApplication.processEvents()
    new = [w for w in top_windows(main) if id(w) not in before]
    for w in new:
        qtbot.waitExposed(w)
        walk.windows.append(name)
        explore(qtbot, walk, main, w, name, depth - 1)
        if isValid(w) and w.isVisible():
            close(qtbot, w)
    if not new and isValid(root) and root.isVisible():
        read_window(walk, root, name)


@pytest.fixture
def english(app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped English translation, read from a private copy (Qt maps the .qm file: a `make translations`
    running meanwhile must not change it under the test)."""
    import shutil

    from veiligbestuur_desktop import paths
    from veiligbestuur_desktop.ui.app.start import install_translators

    copy = tmp_path / "translations"
    shutil.copytree(paths.translations_dir(), copy)
    monkeypatch.setattr(paths, "translations_dir", lambda: copy)
    install_translators(app, "en")
    yield
    install_translators(app, "nl")


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch, dialogs: Any) -> Any:
    """File and print dialogs answer 'cancel'; a dialog run with exec() is shown and answers 'rejected' at once
    (the walk reads it as a new window); questions are answered 'no' so that nothing is removed."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)

    def exec_shown(self: QDialog) -> int:
        self.show()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", exec_shown)
    dialogs.answer = False
    return dialogs


# --- the report -----------------------------------------------------------------------------------------


def catalogue_of(text: str) -> str:
    """Which .ts file holds this Dutch source text: 'ui', 'core', or 'not extracted'."""
    sources: dict[str, set[str]] = {}
    for name, short in (("veiligbestuur_ui_en.ts", "ui"), ("veiligbestuur_core_en.ts", "core")):
        sources[short] = {
            m.findtext("source") or "" for m in ET.parse(TS_DIR / name).getroot().iter("message")
        }
    for short, texts in sources.items():
        if text in texts or any(len(s) > 3 and "{" in s and _matches_template(s, text) for s in texts):
            return short
    return "not extracted"


def _matches_template(template: str, text: str) -> bool:
    pattern = re.escape(template)
    pattern = re.sub(r"\\\{\w*\\\}", ".*", pattern)
    return re.fullmatch(pattern, text, re.S) is not None


_SOURCES: list[tuple[str, str]] = []


def source_of(text: str) -> str:
    """For a text in no catalogue: the source line that spells it (built without tr()), its numbers read as
    any {field} of an f-string or format()."""
    if not _SOURCES:
        for path in sorted((ROOT / "veiligbestuur_desktop").rglob("*.py")):
            if "migrations" not in path.parts:
                _SOURCES.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    pieces = sorted(re.split(r" · |; |\n", plain(text)), key=len, reverse=True)
    for piece in pieces:
        piece = piece.strip()
        if len(WORD.findall(piece)) < 2 or not dutch_words(piece):
            continue
        pattern = re.compile(re.sub(r"\d+", lambda _m: r"(?:\d+|\{[^{}]*\})", re.escape(piece)))
        for name, source in _SOURCES:
            m = pattern.search(source)
            if m:
                return f"{name}:{source.count(chr(10), 0, m.start()) + 1}"
    return "source not found"


def dutch_report(walk: Walk) -> list[str]:
    unique: dict[tuple[str, str], Seen] = {}
    for s in walk.seen:
        if dutch_outside_data(s.text, walk.data):
            unique.setdefault((s.kind, s.text), s)
    lines = []
    for (kind, text), s in sorted(unique.items(), key=lambda kv: (catalogue_of(kv[0][1]), kv[0][1])):
        words = ", ".join(sorted(set(dutch_outside_data(text, walk.data))))
        catalogue = catalogue_of(text)
        if catalogue == "not extracted":
            catalogue += f", from {source_of(text)}"
        lines.append(f"[{catalogue}] {kind} in {s.where}: {text!r} (Dutch: {words})")
    return lines


# --- the test -------------------------------------------------------------------------------------------


def test_every_window_in_english_shows_no_dutch_but_data(
    qtbot, app, english, workspace, data_dir, quiet_dialogs
):
    from veiligbestuur_desktop.services import demo
    from veiligbestuur_desktop.ui.app.main_window import MainWindow
    from veiligbestuur_desktop.ui.vault.first_run import FirstRunDialog
    from veiligbestuur_desktop.ui.vault.unlock import UnlockDialog

    demo.fill(workspace, 60)
    walk = Walk(data=vault_strings(workspace))
    assert walk.data, "the demo vault holds Dutch data"

    # the first windows anyone sees
    for dlg, where in (
        (FirstRunDialog(data_dir.parent / "nieuw"), "first run"),
        (UnlockDialog(data_dir), "unlock"),
    ):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        explore(qtbot, walk, dlg, dlg, where, 1)
        walk.windows.append(where)
        close(qtbot, dlg)

    win = MainWindow()
    qtbot.addWidget(win)
    win.open_workspace(workspace)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    wait_for_tasks(qtbot)

    # every window a menu item opens (not those that leave the window or change the language)
    skip = {win.lock_action, win.quit_action, win.restore_action, *win.language_menu.actions()}
    for top in win.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or action in skip or not action.isEnabled():
                continue
            before = {id(w) for w in top_windows(win)}
            action.trigger()
            wait_for_tasks(qtbot)
            QApplication.processEvents()
            for w in [w for w in top_windows(win) if id(w) not in before]:
                qtbot.waitExposed(w)
                where = f"menu {plain(menu.title())} › {plain(action.text())}"
                walk.windows.append(where)
                explore(qtbot, walk, win, w, where, 1)
                if isValid(w) and w.isVisible():
                    close(qtbot, w)

    # every step page, every tab in it, and the windows its buttons open
    for n in range(win.tabs.count()):
        win.tabs.setCurrentIndex(n)
        wait_for_tasks(qtbot)
        QApplication.processEvents()
        where = f"tab {plain(win.tabs.tabText(n))}"
        walk.windows.append(where)
        explore(qtbot, walk, win, win.tabs.currentWidget(), where, 2)
    read_window(walk, win, "main window")

    # what the messages said on the way
    for shown in quiet_dialogs.shown:
        walk.add("message box", f"{shown.kind} title", shown.title)
        walk.add("message box", shown.kind, shown.text)

    assert len([w for w in walk.windows if w.startswith("menu")]) >= 8, walk.windows
    assert len([w for w in walk.windows if w.startswith("tab") and "›" in w]) >= 15, walk.windows
    assert len(walk.seen) > 1000
    report = dutch_report(walk)
    win.clear()
    assert not report, f"{len(report)} Dutch strings in English windows:\n" + "\n".join(report)


def test_the_dutch_detector_finds_dutch_and_leaves_english_and_data():
    data = ["Jan de Vries", "Bedreiging via de telefoon na een raadsvergadering"]
    assert dutch_outside_data("Nieuw incident", data) == ["nieuw"]
    assert dutch_outside_data("<b>Kies</b> een &categorie", data) == ["kies", "een", "categorie"]
    assert dutch_outside_data("New incident", data) == []
    assert dutch_outside_data("Delete Jan de Vries?", data) == []  # a name is data
    assert dutch_outside_data("Bedreiging via de telefoon…", data) == []  # data cut short
    assert dutch_outside_data("Point to De Vertrouwenslijn", data) == []  # an institution's name
    assert dutch_outside_data("Over de &ernst", data) == ["de", "ernst"]
    assert dutch_outside_data("Debrief with the victim", ["brief"]) == []  # a data word inside a word
    assert dutch_outside_data("Escalate to the Public Prosecution Service (OM)", data) == []  # OM: a name
    assert dutch_outside_data("OM en politie", data) == ["en", "politie"]
