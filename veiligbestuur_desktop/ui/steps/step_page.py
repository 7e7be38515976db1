"""One tab per step, built as a wizard page: what the step asks, what is still open in it, its registers and
panels, its checklist, and Vorige/Volgende to the neighbouring steps.

Each step's page declares what it shows. The generic `StepPage` shows the checklist as its main content; a step
with a register (step 6: the incident register) subclasses it in `ui/steps/step_N_*.py`, returns the register
from `main_panel()` and registers itself with `@register_page(N)`. `create_page(step)` builds the page for a
step from that registry, so the window never special-cases a step number.
"""

from __future__ import annotations

import html
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar, TypeVar

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.rules import NOTE_MAX, PlanItemState, format_date, is_overdue
from veiligbestuur_desktop.domain.steps import STEPS, Step
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import Evidence, PlanService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.documents import DocumentButtons
from veiligbestuur_desktop.ui.kit.widgets import CollapsibleSection
from veiligbestuur_desktop.ui.steps.plan_model import (
    COL_DATE,
    COL_NOTE,
    COL_OWNER,
    COL_STATUS,
    PlanItemsModel,
    install_delegates,
)


def step_modules() -> list[str]:
    """The modules `ui/steps/step_<n>_*.py` that register a page of their own (imported on first use: they
    import this module), found in the package so that a new step page is one new file."""
    from veiligbestuur_desktop.ui import steps

    return [
        f"veiligbestuur_desktop.ui.steps.{m.name}"
        for m in sorted(pkgutil.iter_modules(steps.__path__), key=lambda m: m.name)
        if m.name.startswith("step_") and m.name[5:6].isdigit()
    ]


@dataclass(frozen=True)
class PageServices:
    """What a page may use once the vault is open (the pages talk to services only)."""

    workspace: Workspace
    plan: PlanService
    incidents: IncidentService
    persons: PersonService


def is_open(state: PlanItemState, today: date) -> bool:
    """Still asks for work now: not gereed and not n.v.t., or a recurring item that is due again."""
    return state.status not in (ItemStatus.GEREED, ItemStatus.NVT) or is_overdue(state, today)


class StepPage(QWidget):
    """A view over the state of one step (ARCHITECTURE.md convention 2): load(), apply(), valid, changed."""

    changed = Signal()
    navigate = Signal(int)  # tab index: 0 is Overzicht, n is step n
    #: a page whose main content is a register keeps its checklist folded away until asked for
    checklist_collapsed: ClassVar[bool] = False

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.service: PlanService | None = None
        self.services: PageServices | None = None
        self._open_rows: list[int] = []
        self._table_fitted = True  # nothing loaded yet: nothing to fit

        # --- what the step asks and what is open -------------------------------------------------------
        heading = self.tr("Stap {n}").format(n=step.number)
        self.title = QLabel(f"<h2>{heading} — {html.escape(step.title)}</h2>")
        self.intro = QLabel(self.intro_text())
        self.intro.setObjectName("stepIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.open_label = QLabel()
        self.open_label.setObjectName("openItems")
        self.open_label.setWordWrap(True)
        self.open_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.open_label.linkActivated.connect(self._open_link)

        # --- the checklist -----------------------------------------------------------------------------
        self.model = PlanItemsModel(step, self)
        self.model.saved.connect(lambda _code: self.changed.emit())
        self.model.save_failed.connect(lambda exc: messages.show_error(self, exc))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName(f"checklist_{step.number}")
        self.table.setAccessibleName(self.tr("Checklist van stap {n}").format(n=step.number))
        self.table.setModel(self.model)
        install_delegates(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)

        hint = QLabel(
            self.tr(
                "Dubbelklik of druk F2 op een cel om die te wijzigen; Delete maakt een tekst- of datumcel leeg."
            )
        )
        hint.setWordWrap(True)
        theme.paint_text(hint, theme.Role.MUTED)

        # a larger editor for the note of the selected item
        self.note_title = QLabel(self.tr("Notitie bij het gekozen onderdeel"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Kies een onderdeel in de tabel."))
        self.note_edit.setEnabled(False)
        self.note_edit.setMaximumHeight(110 if self.checklist_collapsed else 160)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._note_edited)
        self.note_save = QPushButton(self.tr("Notitie &opslaan"))
        self.note_save.setEnabled(False)
        self.note_save.clicked.connect(self.apply)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_title, 1)
        note_row.addWidget(self.note_save)

        checklist = QWidget()
        checklist_layout = QVBoxLayout(checklist)
        checklist_layout.setContentsMargins(0, 0, 0, 0)
        checklist_layout.addWidget(self.table)
        checklist_layout.addWidget(hint)
        checklist_layout.addLayout(note_row)
        checklist_layout.addWidget(self.note_edit)
        if (
            self.checklist_collapsed
        ):  # beside a register the checklist stays compact: notes are edited in place
            self.note_title.hide()
            self.note_save.hide()
            self.note_edit.hide()
        self.checklist = CollapsibleSection(
            self.tr("Checklist van stap {n}").format(n=step.number), checklist
        )
        self.checklist.setObjectName("checklistSection")
        self.checklist.set_expanded(not self.checklist_collapsed)

        # --- Vorige / Volgende -------------------------------------------------------------------------
        previous = self.tr("Overzicht") if step.number == 1 else self._step_name(step.number - 1)
        self.prev_button = QPushButton(self.tr("‹ &Vorige: {name}").format(name=previous))
        self.prev_button.setObjectName("previousStep")
        self.prev_button.setToolTip(self.tr("Vorige stap (Ctrl+PgUp)"))
        self.prev_button.clicked.connect(lambda: self.navigate.emit(step.number - 1))
        if step.number < len(STEPS):
            following = self.tr("Vol&gende: {name} ›").format(name=self._step_name(step.number + 1))
            target = step.number + 1
        else:
            following = self.tr("&Naar het overzicht ›")
            target = 0
        self.next_button = QPushButton(following)
        self.next_button.setObjectName("nextStep")
        self.next_button.setToolTip(self.tr("Volgende stap (Ctrl+PgDown)"))
        self.next_button.clicked.connect(lambda: self.navigate.emit(target))
        for button in (self.prev_button, self.next_button):
            button.setAutoDefault(False)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.open_label)
        self.documents = DocumentButtons(step.number)
        layout.addWidget(self.documents)
        self.main = self.main_panel()
        if self.main is not None:
            layout.addWidget(self.main, 1)
            layout.addWidget(self.checklist)
        else:
            layout.addWidget(self.checklist)
            layout.addStretch(1)
        layout.addLayout(nav)
        theme.name_views(self, step.title)  # tables and lists are named after their tab (screen readers)
        self._note_dirty = False
        self._note_row: int | None = None

    # --- what a step page declares ----------------------------------------------------------------------

    def main_panel(self) -> QWidget | None:
        """The register or panel that is this step's main content (None: the checklist is)."""
        return None

    def attach(self, services: PageServices) -> None:
        """The vault is open: load the page's registers and panels (the checklist comes through `load`)."""
        self.services = services
        self.documents.attach(services.workspace)

    def intro_text(self) -> str:
        """What the step asks, in the words of the Stappenplan (two or three sentences)."""
        texts = {
            1: self.tr(
                "Leg vast wat de gemeente verstaat onder agressie, bedreiging en geweld tegen politieke "
                "ambtsdragers en hun directe omgeving, en welke norm geldt: emotie mag, agressie niet; er volgt "
                "altijd een reactie. Laat het beleid bekrachtigen, spreek af dat elk incident intern wordt gemeld, "
                "en bepaal het mediabeleid en wie woordvoerder is."
            ),
            2: self.tr(
                "Breng de risico’s in kaart: generiek en per beleidsgebied, en waar nodig per persoon, "
                "bijeenkomst of woning. Zet op basis daarvan communicatie, trainingen en protocollen op, en "
                "beveilig zo nodig actief."
            ),
            3: self.tr(
                "Maak ketenafspraken met gemeente(n), politie, OM en NCTV, en bereid opvang, nazorg en repressie "
                "voor. Zet een meld- en registratiesysteem op (laat het opzetten) en bepaal het sanctiebeleid, "
                "zodat bij een incident vaststaat wat er gebeurt."
            ),
            4: self.tr(
                "Laat de voorgenomen maatregelen en protocollen uitvoeren en laat operationele risicoanalyses "
                "maken voor vergaderingen en bijeenkomsten. Bespreek incidenten regelmatig intern en signaleer "
                "vermijdingsgedrag bij collega-bestuurders."
            ),
            5: self.tr(
                "Blijf de normen uitdragen. Licht genomen besluiten toe en leg ze uit aan betrokkenen — een "
                "omstreden besluit gaat vaak aan incidenten vooraf — en blijf in gesprek met ‘lastige’ personen."
            ),
            6: self.tr(
                "Volg bij een incident de protocollen, faciliteer de opsporing en wijs op De Vertrouwenslijn en "
                "het Ondersteuningsteam Weerbaar Bestuur. Analyseer en registreer elk incident, bespreek het na "
                "met het slachtoffer, weeg sancties af en doe bij een strafbaar feit aangifte en verhaal de "
                "schade."
            ),
            7: self.tr(
                "Evalueer incidenten systematisch, controleer de processen en evalueer jaarlijks naar aanleiding "
                "van incidenten. Herijk per zittings- of collegetermijn de uitgangspunten en stel waar nodig "
                "beleid en maatregelen bij."
            ),
        }
        return texts.get(self.step.number, "")

    def help_page(self) -> str:
        """The page of the user guide (resources/help) that F1 opens on this tab."""
        return f"stap-{self.step.number}"

    def _step_name(self, number: int) -> str:
        return self.tr("stap {n} {label}").format(n=number, label=STEPS[number - 1].tab_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self.table.currentIndex()
            if (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and index.isValid()
                and index.column() in (COL_OWNER, COL_DATE, COL_NOTE)
                and self.table.state() != QAbstractItemView.State.EditingState
            ):
                self.model.setData(index, None if index.column() == COL_DATE else "")
                if index.column() == COL_NOTE:
                    self._show_note(index.row())
                return True
        return super().eventFilter(watched, event)

    # --- page protocol --------------------------------------------------------------------------------

    def load(
        self,
        service: PlanService,
        states: dict[str, PlanItemState] | None = None,
        evidence: dict[str, Evidence] | None = None,
    ) -> None:
        self.service = service
        self.model.load(service, states, evidence)
        self._show_note(None)
        # the columns are fitted when the page is on screen (seven hidden tables at every unlock cost 40 ms)
        self._table_fitted = False
        if self.isVisible():
            self._fit_table()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._table_fitted:
            self._fit_table()
        super().showEvent(event)

    def show_open(self, states: dict[str, PlanItemState], today: date | None = None) -> None:
        """What is still open in this step (the states as the overview counts them), with next-due dates."""
        today = today or date.today()
        rows = []
        lines = []
        late: dict[
            int, str
        ] = {}  # row -> "verlopen sinds …", also shown in the one-line form beside a register
        for row, item in enumerate(self.step.items):
            st = states.get(item.code, PlanItemState(item.code))
            if not is_open(st, today):
                continue
            rows.append(row)
            when = ""
            if st.due_date is not None and is_overdue(st, today):
                when = " — <span style='color:{}'>{}</span>".format(
                    theme.hex_colour(theme.Role.ERROR),
                    html.escape(self.tr("verlopen sinds {d}").format(d=format_date(st.due_date))),
                )
                late[row] = when
            elif st.due_date is not None:
                when = " — " + html.escape(self.tr("uiterlijk {d}").format(d=format_date(st.due_date)))
            lines.append(
                f"<a href='row:{row}'>{self.step.number}.{row + 1} {html.escape(item.title)}</a>"
                f" <span style='color:{theme.hex_colour(theme.Role.MUTED)}'>({html.escape(st.status.label)})</span>{when}"
            )
        self._open_rows = rows
        if (
            self.checklist_collapsed and lines
        ):  # beside a register: one wrapped line, the register comes first
            links = [
                f"<a href='row:{row}'>{self.step.number}.{row + 1} {html.escape(self.step.items[row].title)}</a>"
                + late.get(row, "")
                for row in rows
            ]
            title = html.escape(self.tr("Nog open in deze stap ({n}):").format(n=len(lines)))
            self.open_label.setText(f"<b>{title}</b> " + " · ".join(links))
        elif not lines:
            self.open_label.setText(
                "<p style='color:{}'>{}</p>".format(
                    theme.hex_colour(theme.Role.OK), html.escape(self.tr("Niets meer open in deze stap."))
                )
            )
        else:
            title = html.escape(self.tr("Nog open in deze stap ({n}):").format(n=len(lines)))
            self.open_label.setText(f"<b>{title}</b><br>" + "<br>".join(lines))
        self.checklist.set_title(
            self.tr("Checklist van stap {n} — {open} open").format(n=self.step.number, open=len(rows))
        )

    @property
    def open_rows(self) -> list[int]:
        return list(self._open_rows)

    def _open_link(self, link: str) -> None:
        if link.startswith("row:"):
            self.select_row(int(link[4:]))

    def _fit_table(self) -> None:
        """The checklist is short: let the table be as high as its rows."""
        self._table_fitted = True
        rows = len(self.step.items)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 4
        )
        self.table.setFixedHeight(height)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(1, self.model.columnCount()):
            widest = max(260, header.sectionSizeHint(col))  # never narrower than its header
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 90), widest))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def clear(self) -> None:
        """Forget all content (lock)."""
        self.service = None
        self.services = None
        self.model.clear()
        self._show_note(None)
        self._open_rows = []
        self.open_label.setText("")
        self.documents.attach(None)

    @property
    def valid(self) -> bool:
        return len(self.note_edit.toPlainText()) <= NOTE_MAX

    @property
    def has_unsaved_edit(self) -> bool:
        return self._note_dirty

    def apply(self) -> bool:
        """Save the pending note edit, if any. Returns False when the save was refused."""
        if not self._note_dirty or self._note_row is None:
            return True
        index = self.model.index(self._note_row, COL_NOTE)
        ok = self.model.setData(index, self.note_edit.toPlainText())
        current = self.model.state(self._note_row).note
        if ok or current == self.note_edit.toPlainText().strip():
            self._note_dirty = False
            self.note_save.setEnabled(False)
            return True
        return False

    def discard(self) -> None:
        self._note_dirty = False
        self._show_note(self._note_row)

    # --- note editor ------------------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._note_dirty:
            self.apply()
        rows = {i.row() for i in selected.indexes()}
        self._show_note(next(iter(rows)) if rows else None)

    def _show_note(self, row: int | None) -> None:
        self._note_row = row
        self.note_edit.blockSignals(True)
        if row is None or self.service is None:
            self.note_edit.setPlainText("")
            self.note_edit.setPlaceholderText(self.tr("Kies een onderdeel in de tabel."))
            self.note_edit.setEnabled(False)
            self.note_title.setText(self.tr("Notitie bij het gekozen onderdeel"))
        else:
            self.note_edit.setPlainText(self.model.state(row).note)
            self.note_edit.setPlaceholderText(
                self.tr("Typ hier een notitie, bijvoorbeeld wat is afgesproken en met wie.")
            )
            self.note_edit.setEnabled(True)
            self.note_title.setText(
                self.tr("Notitie bij {n}: {title}").format(
                    n=f"{self.step.number}.{row + 1}", title=self.step.items[row].title
                )
            )
        self.note_edit.blockSignals(False)
        self._note_dirty = False
        self.note_save.setEnabled(False)

    def _note_edited(self) -> None:
        self._note_dirty = True
        self.note_save.setEnabled(True)

    def select_row(self, row: int) -> None:
        """Show checklist item `row`: unfold the checklist, select the row and put the focus on it."""
        self.checklist.set_expanded(True)
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, COL_STATUS))
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


P = TypeVar("P", bound=type[StepPage])
_PAGES: dict[int, type[StepPage]] = {}


def register_page(number: int) -> Callable[[P], P]:
    """Class decorator: this page class shows step `number` (instead of the generic page)."""

    def decorate(cls: P) -> P:
        _PAGES[number] = cls
        return cls

    return decorate


def create_page(step: Step, parent: QWidget | None = None) -> StepPage:
    """The page that step `step` declared, or the generic checklist page."""
    for module in step_modules():
        importlib.import_module(module)
    return _PAGES.get(step.number, StepPage)(step, parent)
