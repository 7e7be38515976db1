"""The generic repository: get, create, update, delete, count and page one kind of record, and both mappings
ORM row ⇄ domain draft, driven by the record kind's declared fields (domain.fields).

A record kind's repository (store.incidents, store.persons) names its model and its kind, and overrides only
what the field list cannot say: link tables (categories, victims), the query's filters, and extra columns.
Everything here is dialect-neutral SQLAlchemy; SQLite-only features (FTS5) live in the kind's module and are
marked there. Services reach sessions only through repositories.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields as dataclass_fields
from datetime import time
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import DeclarativeBase, Session

from veiligbestuur_desktop.domain.errors import NotFound
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.vocab import Vocab
from veiligbestuur_desktop.store.base import utcnow

M = TypeVar("M", bound=DeclarativeBase)
D = TypeVar("D")
Q = TypeVar("Q")


def to_column(f: Field, value: Any) -> Any:
    """A draft's value as it is stored in the field's column."""
    if isinstance(value, Vocab):
        return value.value
    if f.kind == FieldKind.TIME:
        return value.strftime("%H:%M") if value else ""
    return value


def from_column(f: Field, value: Any) -> Any:
    """A stored value as the draft holds it (vocabulary members, times)."""
    if f.kind == FieldKind.TIME:
        return time.fromisoformat(value) if value else None
    if f.kind == FieldKind.CHOICE and isinstance(f.vocab, type) and issubclass(f.vocab, Vocab):
        return f.vocab(value) if value is not None else None
    return value


class Repository(Generic[M, D]):
    """One kind of record in one session (one unit of work)."""

    model: ClassVar[type[Any]]
    kind: ClassVar[RecordKind]
    draft_type: ClassVar[type[Any]]

    def __init__(self, session: Session) -> None:
        self.session = session

    # --- the two mappings ------------------------------------------------------------------------------

    def stored_fields(self) -> list[Field]:
        """The declared fields that are a column of the model (the rest are links: see `write_links`)."""
        return [f for f in self.kind.fields if f.kind not in (FieldKind.PERSONS, FieldKind.MULTI_CHOICE)]

    def write(self, row: M, draft: D) -> None:
        """Domain draft → ORM row (columns), then the links."""
        for f in self.stored_fields():
            setattr(row, f.name, to_column(f, getattr(draft, f.name)))
        if hasattr(row, "updated_at"):
            row.updated_at = utcnow()

    def draft(self, row: M) -> D:
        """ORM row → domain draft: every declared field, links included (`read_links`)."""
        values = {f.name: from_column(f, getattr(row, f.name)) for f in self.stored_fields()}
        values.update(self.read_links(row))
        known = {f.name for f in dataclass_fields(self.draft_type)}
        return self.draft_type(**{k: v for k, v in values.items() if k in known})  # type: ignore[no-any-return]

    def read_links(self, row: M) -> dict[str, Any]:
        return {}

    def write_links(self, row: M, draft: D) -> None:
        return None

    # --- one record ------------------------------------------------------------------------------------

    def get(self, record_id: int) -> M | None:
        return self.session.get(self.model, record_id)

    def require(self, record_id: int, message: Callable[[], str]) -> M:
        row = self.get(record_id)
        if row is None:
            raise NotFound(message())
        return row

    def new_row(self, draft: D) -> M:
        return self.model()  # type: ignore[no-any-return]

    def create(self, draft: D) -> M:
        row = self.new_row(draft)
        self.write(row, draft)
        self.session.add(row)
        self.session.flush()
        self.write_links(row, draft)
        self.session.flush()
        return row

    def update(self, row: M, draft: D) -> None:
        self.write(row, draft)
        self.write_links(row, draft)
        self.session.flush()

    def delete(self, row: M) -> None:
        self.session.delete(row)
        self.session.flush()

    def by_ids(self, ids: Sequence[int]) -> dict[int, M]:
        if not ids:
            return {}
        pk = self.model.id
        return {r.id: r for r in self.session.scalars(select(self.model).where(pk.in_(list(ids))))}

    def add_all(self, rows: Sequence[Any]) -> None:
        """Bulk insert of prepared rows (the demo generator): one flush, no per-row round trip."""
        self.session.add_all(rows)
        self.session.flush()

    # --- lists -----------------------------------------------------------------------------------------

    def where(self, query: Any) -> list[Any]:
        """SQL conditions of a list query (the kind's filters)."""
        return []

    def order(self, query: Any) -> list[Any]:
        return [self.model.id]

    def params(self, query: Any) -> dict[str, Any]:
        """Bound parameters the conditions need (FTS5 MATCH text)."""
        return {}

    def count(self, query: Any) -> int:
        stmt: Select[Any] = select(func.count()).select_from(self.model).where(and_(True, *self.where(query)))
        return int(self.session.execute(stmt, self.params(query)).scalar() or 0)

    def select_page(self, query: Any, columns: Sequence[Any], offset: int, limit: int) -> list[Any]:
        stmt = (
            select(*columns)
            .where(and_(True, *self.where(query)))
            .order_by(*self.order(query))
            .offset(offset)
            .limit(limit)
        )
        return list(self.session.execute(stmt, self.params(query)).all())
