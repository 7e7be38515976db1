"""Models of exchange and privacy (issue 14): saved column mappings of imports, the retention settings and
the content-free tombstones the purge leaves (migration 0013)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from veiligbestuur_desktop.store.base import AuditedKind, Base, UtcDateTime, utcnow


class ImportMapping(Base):
    """A column mapping the user saved: sheet header -> field, free-text category -> code (JSON)."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_import_mapping_kind_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "incident" | "person"
    name: Mapped[str] = mapped_column(String(80))
    columns: Mapped[str] = mapped_column(Text, default="{}")
    categories: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class RetentionRuleRow(Base):
    """The retention period and its legal basis for one kind of record (defaults: domain.retention)."""

    __tablename__ = "retention_rule"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    years: Mapped[int] = mapped_column(Integer)
    basis: Mapped[str] = mapped_column(Text, default="")


class PurgeTombstone(Base):
    """What is left of an incident whose personal data were purged: no text, no people, only what the annual
    figures count (year, category, severity, channel) and when it was purged."""

    __tablename__ = "purge_tombstone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(Integer, index=True)  # the anonymised incident row
    year: Mapped[int] = mapped_column(Integer)
    categories: Mapped[str] = mapped_column(String(400), default="")  # codes, comma separated
    severity_level: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(30))
    purged_on: Mapped[date] = mapped_column(Date)


AUDITED = (
    AuditedKind("import_mapping", "import_mapping", "id"),
    AuditedKind("retention_rule", "retention_rule", "kind", integer_key=False),
    AuditedKind("purge_tombstone", "purge_tombstone", "id"),
)
