"""Step 2 (Preventie): risk analyses, measures with their status history, trainings with their attendees.

Created by migration 0009. Each is an audited record kind: a measure's status history and a training's
attendance are part of the record (hashed with it).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Dialect, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from veiligbestuur_desktop.store.base import AuditedKind, Base, UtcDateTime, utcnow


class EuroCents(TypeDecorator[Decimal]):
    """A euro amount kept exactly: stored as whole cents (SQLite has no decimal type), read as Decimal."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).quantize(Decimal(1)))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


class RiskAnalysis(Base):
    __tablename__ = "risk_analysis"
    __table_args__ = (Index("ix_risk_analysis_kind", "kind", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="concept")
    made_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    dossier: Mapped[str] = mapped_column(String(120), default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    event: Mapped[str] = mapped_column(String(200), default="")
    event_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    threats: Mapped[str] = mapped_column(Text, default="")
    vulnerabilities: Mapped[str] = mapped_column(Text, default="")
    likelihood: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(20))
    owner: Mapped[str] = mapped_column(String(120), default="")
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Measure(Base):
    __tablename__ = "measure"
    __table_args__ = (Index("ix_measure_status", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(20))
    for_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="voorgesteld")
    analysis_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk_analysis.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[Decimal | None] = mapped_column(EuroCents, nullable=True)
    decision_ref: Mapped[str] = mapped_column(String(100), default="")
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class MeasureStatusStep(Base):
    """One status of a measure with the day it was set: the history of its flow."""

    __tablename__ = "measure_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    set_on: Mapped[date] = mapped_column(Date)
    set_by: Mapped[str] = mapped_column(String(120), default="")


class Training(Base):
    __tablename__ = "training"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course: Mapped[str] = mapped_column(String(200), default="")
    held_on: Mapped[date] = mapped_column(Date)
    trainer: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TrainingAttendee(Base):
    __tablename__ = "training_attendee"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


AUDITED = (
    AuditedKind("risk_analysis", "risk_analysis", "id"),
    AuditedKind("measure", "measure", "id", (("measure_status", "measure_id", ("id",)),)),
    AuditedKind("training", "training", "id", (("training_attendee", "training_id", ("person_id",)),)),
)
