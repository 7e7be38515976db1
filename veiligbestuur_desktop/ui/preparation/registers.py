"""The record tabs of step 3: Ketenafspraken, Sanctiebeleid (the ladder) and Sancties (of a person)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.preparation import AGREEMENT, AgreementDraft, Partner, Subject
from veiligbestuur_desktop.domain.sanctions import (
    LADDER_STEP,
    SANCTION,
    Decider,
    LadderStepDraft,
    SanctionDraft,
    SanctionStatus,
)
from veiligbestuur_desktop.services.preparation import AgreementQuery, AgreementService, LadderService, Listed
from veiligbestuur_desktop.services.sanctions import SanctionQuery, SanctionService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.record_form import Sources
from veiligbestuur_desktop.ui.preparation.register import RecordRegister


class AgreementsTab(RecordRegister):
    """Ketenafspraken; an agreement past its review date is red and counted under the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            AGREEMENT,
            "agreements",
            lambda: AgreementDraft(partner=Partner.POLITIE, subject=Subject.ELA, agreed_on=date.today()),
            AgreementQuery(),
            parent,
        )
        self.today = date.today()
        self.model.late = lambda row: (
            row.values.get("review_on") is not None and row.values["review_on"] < self.today
        )

    def make_service(self, ws: Workspace) -> AgreementService:
        return AgreementService(ws)

    def count_text(self, n: int) -> str:
        text = self.tr("{n} ketenafspraken").format(n=n)
        if self.service is not None:
            late = len(self.service.overdue(self.today))
            if late:
                text += " — " + self.tr("{n} over de herzieningsdatum (rood): bekijk ze opnieuw").format(
                    n=late
                )
        return text


class LadderTab(RecordRegister):
    """The sanction ladder: edit a step, add one, move it up or down; retire by unticking ‘In gebruik’."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            LADDER_STEP,
            "ladder",
            lambda: LadderStepDraft(title="", rank=0),
            None,
            parent,
        )
        self.up_button = QPushButton(self.tr("Om&hoog"))
        self.up_button.setObjectName("ladder_up")
        self.down_button = QPushButton(self.tr("Om&laag"))
        self.down_button.setObjectName("ladder_down")
        for i, (offset, b) in enumerate(((-1, self.up_button), (1, self.down_button))):
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, o=offset: self.move_step(o))
            self.toolbar.insertWidget(2 + i, b)
        self.model.late = lambda row: not row.values.get("active", True)
        self.model.late_note = self.tr("niet meer in gebruik")

    def make_service(self, ws: Workspace) -> Any:
        service = LadderService(ws)
        return _LadderPages(service)

    def count_text(self, n: int) -> str:
        return self.tr("{n} maatregelen op de ladder (lichtste boven; rood: niet meer in gebruik)").format(
            n=n
        )

    def move_step(self, offset: int) -> None:
        if self.service is None or self.record_id is None:
            return
        try:
            changes = self.service.inner.move(self.record_id, offset)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
        self.saved.emit()


class _LadderPages:
    """The ladder service with count/page for the register (the ladder is short: one page)."""

    def __init__(self, inner: LadderService) -> None:
        self.inner = inner
        self.ws = inner.ws

    def count(self, _query: Any) -> int:
        return len(self.inner.steps())

    def page(self, _query: Any, offset: int, limit: int) -> list[Any]:
        rows = [
            Listed(i, {f.name: getattr(d, f.name) for f in LADDER_STEP.fields}) for i, d in self.inner.steps()
        ]
        return rows[offset : offset + limit]

    def get(self, record_id: int) -> LadderStepDraft:
        return self.inner.get(record_id)

    def update(self, record_id: int, draft: LadderStepDraft) -> Any:
        return self.inner.update(record_id, draft)

    def delete(self, record_id: int) -> Any:
        return self.inner.delete(record_id)

    def create(self, draft: LadderStepDraft) -> Any:
        return self.inner.add(draft)


class SanctionsTab(RecordRegister):
    """The sanctions of veroorzakers, filterable by person; the line under the form says who decides."""

    kinds = ("sanction", "sanction_step", "person", "incident")

    def __init__(self, parent: QWidget | None = None) -> None:
        self._ladder: LadderService | None = None
        self._keep_step: int | None = None  # the loaded sanction's own step and incident stay choosable
        self._keep_incident: int | None = None
        super().__init__(
            SANCTION,
            "sanctions",
            lambda: SanctionDraft(person_id=None, step_id=None),
            SanctionQuery(),
            parent,
        )
        self.person_filter = QComboBox()
        self.person_filter.setObjectName("sanctions_person_filter")
        self.person_filter.currentIndexChanged.connect(self._filter)
        filter_label = QLabel(self.tr("Toon &alleen:"))
        filter_label.setBuddy(self.person_filter)
        self.toolbar.addWidget(filter_label)
        self.toolbar.addWidget(self.person_filter)
        self.decider_hint = QLabel()
        self.decider_hint.setObjectName("sanctions_decider")
        self.decider_hint.setWordWrap(True)
        self.below_form.addWidget(self.decider_hint)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        for name in ("step_id", "incident_id"):
            combo = self.form.widget(name)
            if isinstance(combo, QComboBox):
                combo.currentIndexChanged.connect(self._update_hint)

    def sources(self) -> Sources:
        return Sources(vocabulary=self._vocabulary, people=self._people)

    def _vocabulary(self, name: str) -> list[tuple[Any, str]]:
        if self.service is None:
            return []
        if name == "sanction_steps" and self._ladder is not None:
            steps = self._ladder.steps()
            return [(i, d.title) for i, d in steps if d.active or i == self._keep_step]
        if name == "incidents":
            return list(self.service.incidents(include=self._keep_incident))
        return []

    def _people(self, _kinds: tuple[str, ...]) -> list[tuple[int, str]]:
        return list(self.service.perpetrators()) if self.service is not None else []

    def make_service(self, ws: Workspace) -> SanctionService:
        self._ladder = LadderService(ws)
        return SanctionService(ws)

    def attach(self, ws: Workspace) -> None:
        super().attach(ws)
        self._fill_filter()

    def clear(self) -> None:
        super().clear()
        self._ladder = None
        self.person_filter.blockSignals(True)
        self.person_filter.clear()
        self.person_filter.blockSignals(False)
        self.decider_hint.setText("")

    def refresh(self) -> None:
        super().refresh()
        if self.service is not None and not self.service.ws.locked:
            self._fill_filter()

    def _fill_filter(self) -> None:
        if self.service is None:
            return
        current = self.person_filter.currentData()
        self.person_filter.blockSignals(True)
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("alle veroorzakers"), None)
        with_sanctions = {r.values["person_id"] for r in self.service.page(SanctionQuery(), 0, 100_000)}
        for pid, name in self.service.perpetrators():
            if pid in with_sanctions:
                self.person_filter.addItem(name, pid)
        self.person_filter.setCurrentIndex(max(self.person_filter.findData(current), 0))
        self.person_filter.blockSignals(False)

    def _filter(self) -> None:
        self.model.query = SanctionQuery(person_id=self.person_filter.currentData())
        super().refresh()

    def show_person(self, person_id: int) -> None:
        """Show only this person's sanctions (from Personen)."""
        self._fill_filter()
        self.person_filter.setCurrentIndex(max(self.person_filter.findData(person_id), 0))

    def labels(self) -> Mapping[str, Mapping[Any, str]]:
        if self.service is None or self._ladder is None:
            return {}
        return {
            "person_id": dict(self.service.perpetrators()),
            "step_id": {i: d.title for i, d in self._ladder.steps()},
            "incident_id": self.service.incident_numbers(),
        }

    def count_text(self, n: int) -> str:
        text = self.tr("{n} sancties").format(n=n)
        if self.service is not None:
            text += " — " + self.tr("{n} nu van kracht").format(n=self.service.in_force())
        return text

    def prepare(self, draft: Any | None) -> None:
        self._keep_step = draft.step_id if draft is not None else None
        self._keep_incident = draft.incident_id if draft is not None else None

    def sources_key(self) -> Any:
        return (self._keep_step, self._keep_incident)

    def shown(self, record_id: int | None, draft: Any) -> None:
        self._update_hint()

    def _update_hint(self) -> None:
        if self.service is None:
            self.decider_hint.setText("")
            return
        values = self.form.values()
        step_id, incident_id = values.get("step_id"), values.get("incident_id")
        if step_id is None:
            self.decider_hint.setText("")
            return
        try:
            who = self.service.decider(step_id, incident_id)
        except UserFacingError:
            self.decider_hint.setText("")
            return
        text = self.tr("Wie beslist volgens het sanctiebeleid: {who}.").format(who=who.label)
        if who == Decider.LOCO_BURGEMEESTER:
            text += " " + self.tr("De burgemeester is slachtoffer van dit incident en beslist niet zelf.")
        self.decider_hint.setText(text)

    def new(self) -> None:
        super().new()
        status = self.form.widget("status")
        if isinstance(status, QComboBox):
            status.setCurrentIndex(max(status.findData(SanctionStatus.VOORGENOMEN.value), 0))
