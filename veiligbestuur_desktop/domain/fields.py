"""Declared fields: a record kind names its fields once, and everything else derives from that list.

A :class:`Field` says what one value of a record is (name, Dutch label, kind, vocabulary, required, limits,
help). A :class:`RecordKind` is the ordered tuple of those fields plus a few words about the record. From it
come the validation messages (:meth:`RecordKind.clean`), the form widgets (``ui.kit.record_form``), the
table columns (``ui.kit.register``), the facts view and the report rows (:meth:`RecordKind.facts`) and the
CSV/XLSX column names (:meth:`RecordKind.column_names`). The store maps ORM rows to drafts with the same list
(``store.repository``).

Labels are Dutch source text; they are translated where they are shown (:func:`tr` with ``context``) and
never stored. Reports pass ``translate=False`` so paper is always Dutch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar, cast

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import (
    SHORT_TEXT_MAX,
    check_date_range,
    clean_text,
    format_date,
    format_euro,
)
from veiligbestuur_desktop.domain.vocab import Vocab

D = TypeVar("D")


class FieldKind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    AMOUNT = "amount"  # euro, Decimal
    FLAG = "flag"  # yes/no
    CHOICE = "choice"  # one value of a vocabulary
    MULTI_CHOICE = "multi_choice"  # several values of a vocabulary
    PERSON = "person"  # a reference to one person (id)
    PERSONS = "persons"  # references to several people
    RECORD = "record"  # a reference to another record (id)


@dataclass(frozen=True, slots=True)
class Field:
    """One declared field. `label` is what a form, a table header and paper show; `noun` is how a message
    names it ("Vul {noun} in."). `vocab` is a :class:`Vocab` or a function giving (value, label) pairs
    (its argument: translate the labels or not);
    `vocabulary` names a vocabulary that lives in the database (e.g. the category list) instead."""

    name: str
    label: str
    kind: FieldKind
    noun: str = ""
    required: bool = False
    max_len: int | None = None
    vocab: type[Vocab] | Callable[[bool], Sequence[tuple[Any, str]]] | None = None
    vocabulary: str = ""
    not_future: bool = False
    earliest: date = date(1990, 1, 1)
    help: str = ""
    group: str = ""  # the form's group box (Dutch)
    column: bool = False  # a column of the register's table
    sortable: bool = False  # the column sorts in SQL
    facts: bool = True  # a row of the facts view and of the report
    person_kinds: tuple[str, ...] = ()  # for PERSON(S): which kinds of people may be chosen
    multiline: bool = False  # a TEXT that may hold line breaks (LONG_TEXT always may)
    form: bool = True  # an editor in the record form (False: set by a use case, e.g. the closing date)
    applies: tuple[str, ...] = ()  # values of the kind's discriminator this field is kept for; () = all
    examples: tuple[str, ...] = ()  # plausible values for generated (demo) records
    context: str = "fields"
    app_only: tuple[str, ...] = ()  # vocabulary values only the app itself sets (never offered in a form)

    @property
    def text_limit(self) -> int:
        if self.max_len is not None:
            return self.max_len
        return 20000 if self.kind == FieldKind.LONG_TEXT else SHORT_TEXT_MAX

    def title(self, translate: bool = True) -> str:
        return tr(self.context, self.label) if translate else self.label

    def message_noun(self) -> str:
        return tr(self.context, self.noun or "‘" + self.label.lower() + "’")

    def choosable(self) -> list[tuple[Any, str]]:
        """The choices a user may pick in a form: all but the values only the app sets (`app_only`)."""
        return [(v, label) for v, label in self.choices() if v not in self.app_only]

    def choices(self, translate: bool = True) -> list[tuple[Any, str]]:
        """The (value, label) pairs of a fixed vocabulary; [] for a database vocabulary."""
        if self.vocab is None:
            return []
        if isinstance(self.vocab, type) and issubclass(self.vocab, Vocab):
            if translate:
                return self.vocab.choices()
            from veiligbestuur_desktop.domain.vocab import _LABELS

            return [(str(m.value), _LABELS[self.vocab][str(m.value)]) for m in self.vocab]
        return list(cast("Callable[[bool], Sequence[tuple[Any, str]]]", self.vocab)(translate))

    def display(self, value: Any, *, labels: Mapping[Any, str] | None = None, translate: bool = True) -> str:
        """The value as a Dutch text: dd-mm-jjjj, € 1.234,56, a vocabulary label, ja/nee, or names.
        `labels` resolves database vocabularies and references (id -> name)."""
        if value is None or value == "" or value == ():
            return ""
        k = self.kind
        if k == FieldKind.DATE:
            return format_date(value)
        if k == FieldKind.TIME:
            return value.strftime("%H:%M") if isinstance(value, time) else str(value)
        if k == FieldKind.DATETIME:
            return format_datetime(value)
        if k == FieldKind.AMOUNT:
            return format_euro(Decimal(value))
        if k == FieldKind.FLAG:
            yes, no = ("ja", "nee")
            return (
                (tr("fields", yes) if translate else yes)
                if value
                else (tr("fields", no) if translate else no)
            )
        if k in (FieldKind.CHOICE, FieldKind.PERSON, FieldKind.RECORD):
            return self._one(value, labels, translate)
        if k in (FieldKind.MULTI_CHOICE, FieldKind.PERSONS):
            return ", ".join(self._one(v, labels, translate) for v in value)
        return str(value)

    def _one(self, value: Any, labels: Mapping[Any, str] | None, translate: bool) -> str:
        if labels is not None and value in labels:
            return labels[value]
        key = value.value if isinstance(value, Vocab) else value
        for v, lab in self.choices(translate):
            if v == key or str(v) == str(key):
                return lab
        return str(key)

    def clean(self, value: Any, today: date | None = None) -> Any:
        """Check one value against the declaration; return the cleaned value or raise a Dutch message."""
        k = self.kind
        if k in (FieldKind.TEXT, FieldKind.LONG_TEXT):
            return clean_text(
                value,
                self.message_noun(),
                max_len=self.text_limit,
                required=self.required,
                multiline=k == FieldKind.LONG_TEXT or self.multiline,
                field=self.name,
            )
        if k == FieldKind.DATE:
            if value is None and self.required:
                raise ValidationError(
                    tr("fields", "Vul {label} in.").format(label=self.message_noun()), field=self.name
                )
            check_date_range(
                value,
                self.message_noun(),
                not_future=self.not_future,
                today=today,
                field=self.name,
                earliest=self.earliest,
            )
            return value
        if k == FieldKind.CHOICE and self.vocab is not None:
            if value is None:
                if self.required:
                    raise ValidationError(
                        tr("fields", "Kies {label}.").format(label=self.message_noun()), field=self.name
                    )
                return None
            if isinstance(self.vocab, type) and issubclass(self.vocab, Vocab):
                try:
                    return self.vocab(value)
                except ValueError:
                    pass
            elif value in {v for v, _lab in self.choices()}:
                return value
            raise ValidationError(
                tr("fields", "Kies een geldige waarde voor {label}.").format(label=self.message_noun()),
                field=self.name,
            )
        if k in (FieldKind.MULTI_CHOICE, FieldKind.PERSONS):
            if self.required and not value:
                raise ValidationError(
                    tr("fields", "Kies ten minste één waarde voor {label}.").format(
                        label=self.message_noun()
                    ),
                    field=self.name,
                )
            return value
        if k == FieldKind.PERSON and self.required and value is None:
            raise ValidationError(
                tr("fields", "Kies {label}.").format(label=self.message_noun()), field=self.name
            )
        return value


@dataclass(frozen=True, slots=True)
class RecordKind:
    """A kind of record: its name (also the audit entity type), its Dutch name, and its declared fields."""

    name: str
    label: str
    fields: tuple[Field, ...]
    context: str = "fields"
    messages: Mapping[str, str] = dataclasses.field(default_factory=dict)  # field -> own "required" message
    discriminator: str = ""  # a field whose value decides which fields apply (Field.applies)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def applicable(self, draft: Any) -> tuple[Field, ...]:
        """The fields that apply to this draft (all, unless the discriminator narrows them)."""
        if not self.discriminator:
            return self.fields
        value = getattr(draft, self.discriminator)
        key = value.value if isinstance(value, Vocab) else value
        return tuple(f for f in self.fields if not f.applies or key in f.applies)

    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def columns(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.column)

    def column_names(self, translate: bool = False) -> list[str]:
        """CSV/XLSX header: every field's label (Dutch by default, for files)."""
        return [f.title(translate) for f in self.fields]

    def export_row(self, draft: Any, labels: Mapping[str, Mapping[Any, str]] | None = None) -> list[str]:
        """One record as a row under `column_names()` (Dutch values, for files)."""
        labels = labels or {}
        out = []
        for f in self.fields:
            value = getattr(draft, f.name)
            if f.kind == FieldKind.PERSONS:  # references with their own data (a victim): by id
                value = tuple(getattr(v, "person_id", v) for v in value)
            out.append(f.display(value, labels=labels.get(f.name), translate=False))
        return out

    def clean(self, draft: D, today: date | None = None, *, skip: Iterable[str] = ()) -> D:
        """Every field's own check, in two passes: single values in declared order, then the lists
        then choices, then references to people (a form left empty names its first text field first). Returns the cleaned draft."""
        skipped = set(skip)
        changes: dict[str, Any] = {}
        singles = [f for f in self.fields if f.kind not in (FieldKind.MULTI_CHOICE, FieldKind.PERSONS)]
        choices = [f for f in self.fields if f.kind == FieldKind.MULTI_CHOICE]
        people = [f for f in self.fields if f.kind == FieldKind.PERSONS]
        for f in [*singles, *choices, *people]:
            if f.name in skipped:
                continue
            value = getattr(draft, f.name)
            if f.required and f.name in self.messages and not value and value != 0:
                raise ValidationError(tr(self.context, self.messages[f.name]), field=f.name)
            cleaned = f.clean(value, today)
            if cleaned is not value:
                changes[f.name] = cleaned
        return replace(draft, **changes) if changes else draft  # type: ignore[type-var]

    def facts(
        self,
        draft: Any,
        labels: Mapping[str, Mapping[Any, str]] | None = None,
        *,
        translate: bool = True,
        long_text: bool = False,
        skip: Iterable[str] = (),
        empty: str = "",
    ) -> list[tuple[str, str]]:
        """(label, text) rows of the facts view and the report, in declared order. Long texts are left out
        unless `long_text` (they get their own section)."""
        labels = labels or {}
        skipped = set(skip)
        rows = []
        for f in self.applicable(draft):
            if not f.facts or f.name in skipped or (f.kind == FieldKind.LONG_TEXT) != long_text:
                continue
            text = f.display(getattr(draft, f.name), labels=labels.get(f.name), translate=translate)
            if long_text and not text:
                continue
            rows.append((f.title(translate), text or empty))
        return rows

    def changed(self, before: Any, after: Any) -> list[str]:
        """The names of the declared fields whose value differs (for the audit summary)."""
        return [f.name for f in self.fields if getattr(before, f.name) != getattr(after, f.name)]


def format_datetime(value: datetime | None) -> str:
    """Dutch date and local time, dd-mm-jjjj uu:mm (a stored UTC moment shown in local time); the date part
    is rules.format_date, the one place that spells the Dutch date."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_date(local)} {local:%H:%M}"
