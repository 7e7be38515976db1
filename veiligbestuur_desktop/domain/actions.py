"""Actiepunten (step 4, "Maatregelen blijvend uitvoeren"): what is to be done, by whom, by when, how often,
and where it came from (a measure, an incident review, an evaluation, a meeting).

A recurring action point is never closed: marking it gereed records the day it was done and moves its
deadline forward with the same rule as the plan's recurring checklist items (:func:`domain.steps.next_due`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.steps import Frequency, next_due
from veiligbestuur_desktop.domain.vocab import Vocab, _labels


class Recurrence(Vocab):
    """How often an action point recurs; the values are those of :class:`domain.steps.Frequency`."""

    EENMALIG = "eenmalig"
    MAANDELIJKS = "maandelijks"
    KWARTAAL = "kwartaal"
    JAARLIJKS = "jaarlijks"

    @property
    def frequency(self) -> Frequency:
        return Frequency(self.value)

    @property
    def recurring(self) -> bool:
        return self.frequency.recurring


_labels(
    Recurrence,
    {
        "eenmalig": "eenmalig",
        "maandelijks": "maandelijks",
        "kwartaal": "per kwartaal",
        "jaarlijks": "jaarlijks",
    },
)


class ActionSource(Vocab):
    MAATREGEL = "maatregel"
    INCIDENTBESPREKING = "incidentbespreking"
    EVALUATIE = "evaluatie"
    BIJEENKOMST = "bijeenkomst"
    OVERIG = "overig"


_labels(
    ActionSource,
    {
        "maatregel": "maatregel",
        "incidentbespreking": "incidentbespreking",
        "evaluatie": "evaluatie",
        "bijeenkomst": "bijeenkomst",
        "overig": "overig",
    },
)


class ActionStatus(Vocab):
    OPEN = "open"
    BEZIG = "bezig"
    GEREED = "gereed"
    VERVALLEN = "vervallen"


_labels(ActionStatus, {"open": "open", "bezig": "bezig", "gereed": "gereed", "vervallen": "vervallen"})

OPEN_ACTION_STATUSES = (ActionStatus.OPEN, ActionStatus.BEZIG)


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """One action point. `source_id` is the id of the record of `source_kind` it came from (None: none).
    `last_done` is set by the app when a recurring action point is marked gereed."""

    title: str = ""
    owner: str = ""
    deadline: date | None = None
    recurrence: Recurrence = Recurrence.EENMALIG
    source_kind: ActionSource = ActionSource.OVERIG
    source_id: int | None = None
    status: ActionStatus = ActionStatus.OPEN
    note: str = ""
    last_done: date | None = None


def _f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
    return Field(name, label, kind, context="actions", **kw)


ACTION = RecordKind(
    "action",
    "actiepunt",
    (
        _f(
            "title",
            "Wat",
            FieldKind.TEXT,
            noun="wat er moet gebeuren",
            required=True,
            max_len=300,
            column=True,
            sortable=True,
            help="bijvoorbeeld: huisregels gemeentehuis zichtbaar ophangen",
        ),
        _f(
            "owner",
            "Verantwoordelijke",
            FieldKind.TEXT,
            noun="de verantwoordelijke",
            max_len=120,
            column=True,
            sortable=True,
            help="wie zorgt dat het gebeurt",
        ),
        _f(
            "deadline",
            "Uiterlijk",
            FieldKind.DATE,
            noun="de uiterste datum",
            required=True,
            earliest=date(2000, 1, 1),
            column=True,
            sortable=True,
        ),
        _f(
            "recurrence",
            "Herhaling",
            FieldKind.CHOICE,
            noun="de herhaling",
            vocab=Recurrence,
            required=True,
            column=True,
        ),
        _f(
            "source_kind",
            "Bron",
            FieldKind.CHOICE,
            noun="de bron",
            vocab=ActionSource,
            required=True,
            column=True,
            sortable=True,
        ),
        _f("source_id", "Bronnummer", FieldKind.RECORD, form=False, facts=False),
        _f(
            "status",
            "Status",
            FieldKind.CHOICE,
            noun="de status",
            vocab=ActionStatus,
            required=True,
            column=True,
            sortable=True,
        ),
        _f("note", "Toelichting", FieldKind.LONG_TEXT, noun="de toelichting", max_len=4000),
        _f("last_done", "Laatst gedaan", FieldKind.DATE, form=False, column=True, sortable=True),
    ),
    context="actions",
)


def check_action(d: ActionDraft, today: date | None = None) -> ActionDraft:
    return ACTION.clean(d, today)


def is_overdue(d: ActionDraft, today: date) -> bool:
    """Open or bezig, and its deadline has passed."""
    return d.status in OPEN_ACTION_STATUSES and d.deadline is not None and d.deadline < today


def complete(d: ActionDraft, on: date) -> ActionDraft:
    """Mark an action point done on `on`. A recurring one stays open: `last_done` is `on` and the deadline
    moves to the next due date after it (domain.steps.next_due, as for the plan's recurring items)."""
    recurrence = Recurrence(d.recurrence)
    if not recurrence.recurring:
        return replace(d, status=ActionStatus.GEREED, last_done=on)
    due = next_due(on, recurrence.frequency)
    return replace(d, status=ActionStatus.OPEN, last_done=on, deadline=due)


def follow_through(before: ActionDraft | None, after: ActionDraft, today: date) -> ActionDraft:
    """What a save means: an action point set to gereed is done today (a recurring one moves on)."""
    was_done = before is not None and before.status == ActionStatus.GEREED
    if after.status == ActionStatus.GEREED and not was_done:
        return complete(after, today)
    return after


def overdue_text(d: ActionDraft, today: date) -> str:
    """'3 dagen verlopen' (for lists)."""
    if d.deadline is None or not is_overdue(d, today):
        return ""
    days = (today - d.deadline).days
    return (
        tr("actions", "1 dag verlopen") if days == 1 else tr("actions", "{n} dagen verlopen").format(n=days)
    )


def require_owner_for_recurring(d: ActionDraft) -> None:
    if Recurrence(d.recurrence).recurring and not d.owner:
        raise ValidationError(
            tr("actions", "Een terugkerend actiepunt heeft een verantwoordelijke nodig. Vul die in."),
            field="owner",
        )
