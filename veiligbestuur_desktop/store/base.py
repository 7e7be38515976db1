"""Declarative base with a naming convention, so Alembic batch migrations on SQLite get stable names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


@dataclass(frozen=True, slots=True)
class AuditedKind:
    """A kind of record whose audit entries state its hash (store/audit.py): its table, key column and the
    rows it owns (hashed together as one record).

    `children`: (table, column that points at the key, the table's own key columns that order its rows).
    """

    name: str
    table: str
    key: str
    children: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    integer_key: bool = True


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Timezone-aware now in UTC, truncated to microseconds as stored."""
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment, stored as UTC and read back as an aware UTC datetime.

    SQLite keeps no offset: without this, a moment written as UTC came back naive and was shown as if it were
    local time (the timeline an hour off from the audit trail). A naive value handed in is taken as UTC.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if not isinstance(value, datetime):
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
