"""The registers of step 4: Actiepunten (with the overdue view), Bijeenkomsten (operational risk checks),
Incidentbesprekingen (decisions become action points) and Vermijdingssignalen (coordinator only)."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from veiligbestuur_desktop.domain.actions import (
    ACTION,
    ActionDraft,
    ActionSource,
    ActionStatus,
    is_overdue,
)
from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.execution import (
    AVOIDANCE_SIGNAL,
    INCIDENT_REVIEW,
    MEETING_CHECK,
    AvoidanceSignalDraft,
    IncidentReviewDraft,
    MeetingCheckDraft,
)
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.actions import ActionService, AreaQuery, AreaRow
from veiligbestuur_desktop.services.meetings import MeetingService
from veiligbestuur_desktop.services.reviews import ReviewService
from veiligbestuur_desktop.services.signals import SignalService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.area_register import AreaRegister
from veiligbestuur_desktop.ui.kit.changes import publish


class ActionsTab(AreaRegister):
    first_sort = "deadline"
    descending = False

    FILTERS = (
        ("open", str(QT_TRANSLATE_NOOP("ActionsTab", "open en bezig"))),
        ("late", str(QT_TRANSLATE_NOOP("ActionsTab", "verlopen"))),
        ("all", str(QT_TRANSLATE_NOOP("ActionsTab", "alle"))),
        ("closed", str(QT_TRANSLATE_NOOP("ActionsTab", "gereed of vervallen"))),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ACTION, "actions", self._new_draft, parent)
        self.today = date.today()
        self.filter = QComboBox()
        self.filter.setObjectName("actions_filter")
        for value, text in self.FILTERS:
            self.filter.addItem(self.tr(text), value)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        label = QLabel(self.tr("Toon:"))
        label.setBuddy(self.filter)
        self.filter.setToolTip(self.tr("Welke actiepunten de lijst toont (Ctrl+T: verlopen)"))
        self.shortcut("Ctrl+T", self.show_late)
        self.done_button = self.button(self.tr("Gedaan"), "actions_done", self.mark_done)
        self.done_button.setToolTip(
            self.tr(
                "Vandaag gedaan (Ctrl+D): een eenmalig actiepunt is gereed, een terugkerend krijgt zijn volgende "
                "datum."
            )
        )
        self.shortcut("Ctrl+D", self.mark_done)
        self.toolbar.insertWidget(2, self.done_button)
        self.toolbar.addWidget(label)
        self.toolbar.addWidget(self.filter)
        self.model.late = lambda row: is_overdue(self._draft_of(row), self.today)
        self.source_label = QLabel()
        self.source_label.setObjectName("actions_source")
        self.source_label.setWordWrap(True)
        self.below_form.addWidget(self.source_label)

    def _new_draft(self) -> ActionDraft:
        owner = self.workspace.person if self.workspace is not None else ""
        return ActionDraft(owner=owner, deadline=date.today() + timedelta(days=28))

    @staticmethod
    def _draft_of(row: AreaRow) -> ActionDraft:
        v = row.values
        return ActionDraft(status=v["status"], deadline=v["deadline"])

    def make_service(self, ws: Workspace) -> ActionService:
        return ActionService(ws)

    def show_late(self) -> None:
        """Switch the list to the overdue action points."""
        self.filter.setCurrentIndex(self.filter.findData("late"))

    def query(self) -> AreaQuery:
        self.today = date.today()
        q = AreaQuery(sort=self.model.query.sort, descending=self.model.query.descending)
        which = self.filter.currentData()
        if which == "open":
            return replace(q, statuses=(ActionStatus.OPEN.value, ActionStatus.BEZIG.value))
        if which == "late":
            return replace(q, overdue_before=self.today)
        if which == "closed":
            return replace(q, statuses=(ActionStatus.GEREED.value, ActionStatus.VERVALLEN.value))
        return q

    def count_text(self, n: int) -> str:
        if self.service is None:
            return ""
        late = self.service.overdue_count(self.today) if isinstance(self.service, ActionService) else 0
        return self.tr("{n} in de lijst; {late} verlopen.").format(n=n, late=late)

    def shown(self, record_id: int | None, draft: Any) -> None:
        self.done_button.setEnabled(
            record_id is not None and draft.status in (ActionStatus.OPEN, ActionStatus.BEZIG)
        )
        lines = []
        if record_id is not None and draft.source_id is not None:
            lines.append(self._source_text(draft))
        if draft.last_done is not None:
            lines.append(self.tr("Laatst gedaan op {d}.").format(d=format_date(draft.last_done)))
        if record_id is not None and is_overdue(draft, date.today()):
            lines.append(
                "<span style='color:{}'>{}</span>".format(
                    theme.hex_colour(theme.Role.ERROR),
                    html.escape(self.tr("Verlopen sinds {d}.").format(d=format_date(draft.deadline))),
                )
            )
        self.source_label.setText(" ".join(lines))

    def _source_text(self, draft: ActionDraft) -> str:
        """Where the action point came from: a review by its forum and date, another source by its number."""
        if draft.source_kind == ActionSource.INCIDENTBESPREKING and self.workspace is not None:
            try:
                review = ReviewService(self.workspace).get(int(draft.source_id or 0))
            except UserFacingError:
                review = None
            if review is not None and review.held_on is not None:
                return self.tr("Komt uit de incidentbespreking ({forum}) van {d}.").format(
                    forum=review.forum.label, d=format_date(review.held_on)
                )
        return self.tr("Komt uit: {source} nr. {id}.").format(
            source=draft.source_kind.label, id=draft.source_id
        )

    def mark_done(self) -> None:
        if self.record_id is None or not isinstance(self.service, ActionService):
            return
        try:
            changes = self.service.mark_done(self.record_id)
        except UserFacingError as exc:
            messages.show_error(self, exc)
            return
        publish(changes)
        self.load(self.record_id)


class MeetingsTab(AreaRegister):
    first_sort = "held_on"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MEETING_CHECK, "meetings", self._new_draft, parent)
        self.print_button = self.add_document_button(
            self.tr("Risicoblad afdrukken…"), "meetings_print", "bijeenkomst-risico", "Ctrl+P"
        )
        self.print_button.setToolTip(self.tr("Het risicoblad van deze bijeenkomst (Ctrl+P)"))

    @staticmethod
    def _new_draft() -> MeetingCheckDraft:
        return MeetingCheckDraft(held_on=date.today() + timedelta(days=7))

    def make_service(self, ws: Workspace) -> MeetingService:
        return MeetingService(ws)

    def shown(self, record_id: int | None, draft: Any) -> None:
        self.print_button.setEnabled(record_id is not None)


class ReviewsTab(AreaRegister):
    first_sort = "held_on"
    kinds = ("incident_review", "incident")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(INCIDENT_REVIEW, "reviews", self._new_draft, parent)
        self.print_button = self.add_document_button(
            self.tr("Verslag afdrukken…"), "reviews_print", "verslag-incidentbespreking", "Ctrl+P"
        )
        self.print_button.setToolTip(self.tr("Het verslag van deze bespreking, gepseudonimiseerd (Ctrl+P)"))
        self.actions_label = QLabel()
        self.actions_label.setObjectName("reviews_actions")
        self.actions_label.setWordWrap(True)
        self.actions_label.setTextFormat(Qt.TextFormat.RichText)
        self.below_form.addWidget(self.actions_label)
        self.note(
            self.tr(
                "Incidenten staan hier alleen met nummer en categorie. Schrijf conclusies zonder namen: het "
                "verslag wordt gedeeld."
            )
        )

    def _new_draft(self) -> IncidentReviewDraft:
        owner = self.workspace.person if self.workspace is not None else ""
        return IncidentReviewDraft(
            held_on=date.today(), decision_owner=owner, decision_deadline=date.today() + timedelta(days=28)
        )

    def make_service(self, ws: Workspace) -> ReviewService:
        return ReviewService(ws)

    def shown(self, record_id: int | None, draft: Any) -> None:
        self.print_button.setEnabled(record_id is not None)
        if record_id is None or self.workspace is None:
            self.actions_label.setText("")
            return
        rows = ActionService(self.workspace).for_source(ActionSource.INCIDENTBESPREKING, record_id)
        if not rows:
            self.actions_label.setText(self.tr("Nog geen actiepunten uit deze bespreking."))
            return
        items = "".join(
            "<li>{} — {} ({})</li>".format(
                html.escape(r.values["title"]),
                html.escape(format_date(r.values["deadline"])),
                html.escape(r.values["status"].label),
            )
            for r in rows
        )
        self.actions_label.setText(
            "<b>{}</b><ul style='margin:0'>{}</ul>".format(
                html.escape(self.tr("Actiepunten uit deze bespreking:")), items
            )
        )


class SignalsTab(AreaRegister):
    first_sort = "observed_on"
    kinds = ("avoidance_signal", "person")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AVOIDANCE_SIGNAL, "signals", self._new_draft, parent)
        notice = QLabel(
            self.tr(
                "Alleen voor de coördinator: vermijdingssignalen komen in geen enkel document en worden niet "
                "gedeeld. Bespreek een signaal in een persoonlijk gesprek, of verwijs door naar het "
                "Ondersteuningsteam Weerbaar Bestuur."
            )
        )
        notice.setObjectName("signals_notice")
        notice.setWordWrap(True)
        theme.paint_text(notice, theme.Role.WARNING)
        self.layout().insertWidget(0, notice)  # type: ignore[union-attr]

    @staticmethod
    def _new_draft() -> AvoidanceSignalDraft:
        return AvoidanceSignalDraft(observed_on=date.today())

    def make_service(self, ws: Workspace) -> SignalService:
        return SignalService(ws)
