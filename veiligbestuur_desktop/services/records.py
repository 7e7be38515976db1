"""The generic record service: one unit of work per use case, and what it changed.

Every write of a record goes the same way (docs/architecture.md, "The record pattern"):

    load or NotFound → validate → apply → timeline event → audit entry (record=True) → Changes

A record kind's service (services.incidents, services.persons) names its repository and the few things that
are its own: extra checks that need the database, its timeline, its audit summary. Views refresh from the
returned :class:`Changes` (Anki's ``OpChanges``), published on the UI's change bus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.fields import RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services import extensions
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit
from veiligbestuur_desktop.store.repository import Repository

D = TypeVar("D")
R = TypeVar("R", bound=Repository[Any, Any])
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of record a use case changed (and which ones), so that views know what to reload.
    Kinds are record kind names: "incident", "follow_up", "attachment", "person", "plan_item"."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int]] = frozenset()

    @classmethod
    def of(cls, kind: str, *ids: int) -> Changes:
        return cls(frozenset({kind}), frozenset((kind, i) for i in ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def touches_record(self, kind: str, record_id: int) -> bool:
        return (kind, record_id) in self.ids


NOTHING = Changes()


class Created(int):
    """A new record's id that also says what changed (Anki's ``OpChangesWithId``). It is the id itself, so
    callers that only want the id use it as an int; views publish `changes`."""

    changes: Changes

    def __new__(cls, record_id: int, changes: Changes) -> Created:
        self = super().__new__(cls, record_id)
        self.changes = changes
        return self

    @property
    def id(self) -> int:
        return int(self)


class Unit:
    """One unit of work: the session (reached only through repositories), the audit trail, the changes."""

    def __init__(self, ws: Workspace, session: Session) -> None:
        self.ws = ws
        self.session = session
        self.changes = NOTHING

    def repo(self, repository: Callable[[Session], T]) -> T:
        return repository(self.session)

    @property
    def actor(self) -> str:
        """The person who acts, for timelines and ticks ("door …"); the audit entry names the slot itself."""
        return self.ws.person

    def touched(self, kind: str, record_id: int | None = None) -> None:
        self.changes = self.changes | (
            Changes.of(kind, record_id) if record_id is not None else Changes.of(kind)
        )

    def audit_record(self, action: str, kind: str, record_id: int, summary: str) -> None:
        """The audit entry of a record write, with the record's hash after the write (SECURITY.md)."""
        self.ws.audit(self.session, action, kind, record_id, summary, record=True)
        self.touched(kind, record_id)

    def audit(self, action: str, entity_type: str, entity_id: int | str, summary: str) -> None:
        """An audit entry that is not a record write (export, print)."""
        self.ws.audit(self.session, action, entity_type, entity_id, summary)


class RecordService(Generic[R, D]):
    """Create, update, delete and change one kind of record, each in one unit of work."""

    repository: ClassVar[type[Repository[Any, Any]]]
    not_found: ClassVar[str] = "Dit gegeven bestaat niet (meer)."

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @property
    def kind(self) -> RecordKind:
        return self.repository.kind

    # --- units of work ---------------------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[Unit]:
        with self.ws.transaction() as s:
            yield Unit(self.ws, s)

    @contextmanager
    def reading(self) -> Iterator[R]:
        with self.ws.reading() as s:
            yield self.repository(s)  # type: ignore[misc]

    def missing(self) -> str:
        return tr("services", self.not_found)

    def load(self, unit: Unit, record_id: int) -> Any:
        return unit.repo(self.repository).require(record_id, self.missing)

    # --- what a kind adds ------------------------------------------------------------------------------

    def validate(self, unit: Unit, draft: D, today: date | None, row: Any | None) -> D:
        """The kind's checks (the declared fields at least); `row` is None for a new record."""
        return self.kind.clean(draft, today)

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        """The audit summary: never personal data (SECURITY.md)."""
        return {"create": "aangemaakt", "delete": "verwijderd"}.get(
            action, "gewijzigd: " + ", ".join(changed)
        )

    def created(self, unit: Unit, row: Any, draft: D) -> None:
        """After the insert (before the audit entry): the timeline, related rows."""

    def updated(self, unit: Unit, row: Any, before: D, draft: D) -> None:
        """After the update (before the audit entry): the timeline."""

    def deleting(self, unit: Unit, row: Any) -> Callable[[Unit], None] | None:
        """Before the delete: refuse (raise) or return what to do after it (tombstones of dependants)."""
        return None

    def insert(self, unit: Unit, draft: D) -> Any:
        return unit.repo(self.repository).create(draft)

    def _guard(self, unit: Unit, draft: D, row: Any | None) -> None:
        """The checks other areas registered for this kind (services/extensions.py `register_guard`): e.g.
        step 7 refuses the status "geëvalueerd" for an incident without an evaluation."""
        for guard in extensions.guards(self.kind.name):
            guard(unit, draft, row)

    # --- the generic use cases -------------------------------------------------------------------------

    def get(self, record_id: int) -> D:
        with self.reading() as repo:
            return repo.draft(repo.require(record_id, self.missing))  # type: ignore[no-any-return]

    def create(self, draft: D, today: date | None = None) -> Created:
        with self.writing() as unit:
            d = self.validate(unit, draft, today, None)
            self._guard(unit, d, None)
            row = self.insert(unit, d)
            self.created(unit, row, d)
            unit.audit_record("create", self.kind.name, row.id, self.summary("create", row, []))
            return Created(row.id, unit.changes)

    def update(self, record_id: int, draft: D, today: date | None = None) -> Changes:
        with self.writing() as unit:
            repo = unit.repo(self.repository)
            row = self.load(unit, record_id)
            before = repo.draft(row)
            d = self.validate(unit, draft, today, row)
            self._guard(unit, d, row)
            changed = [f.name for f in fields(before) if getattr(before, f.name) != getattr(d, f.name)]
            if not changed:
                return NOTHING
            repo.update(row, d)
            self.updated(unit, row, before, d)
            unit.audit_record("update", self.kind.name, row.id, self.summary("update", row, changed))
            return unit.changes

    def delete(self, record_id: int) -> Changes:
        with self.writing() as unit:
            row = self.load(unit, record_id)
            after = self.deleting(unit, row)
            summary = self.summary("delete", row, [])
            # audited records of other kinds that go with this one (ON DELETE CASCADE) get their own tombstone
            dependants = audit.cascaded(unit.session, self.repository.model.__tablename__, row.id)
            unit.repo(self.repository).delete(row)
            unit.audit_record("delete", self.kind.name, record_id, summary)
            for kind, dependant in dependants:
                unit.audit_record(
                    "delete",
                    kind,
                    dependant,
                    f"{self.kind.name} {record_id}: verwijderd met het {self.kind.name}",
                )
            if after is not None:
                after(unit)
            return unit.changes

    def change(
        self,
        record_id: int,
        apply: Callable[[Unit, Any], tuple[str, int, str] | None],
    ) -> Changes:
        """A write to part of a record (a checklist tick, a follow-up): load or NotFound → `apply` → audit.
        `apply` returns (entity type, id, summary) of the audited record, or None when nothing changed."""
        with self.writing() as unit:
            row = self.load(unit, record_id)
            audited = apply(unit, row)
            if audited is None:
                return NOTHING
            entity, entity_id, summary = audited
            unit.audit_record("update", entity, entity_id, summary)
            if entity != self.kind.name:
                unit.touched(self.kind.name, row.id)
            return unit.changes
