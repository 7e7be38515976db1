"""Step 3 (Voorbereiding): the chain agreements, the sanction ladder and the sanctions of a person.

The contact card, the opvangregeling and the letterhead are settings (the `setting` table); the incident
categories are the foundation's `category` table (store/categories.py).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from veiligbestuur_desktop.store.base import AuditedKind, Base, UtcDateTime, utcnow


class Agreement(Base):
    """A ketenafspraak with a partner (politie, OM, NCTV, ...) on one subject (ELA, VPT-code, ...)."""

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(30))
    contact: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SanctionStep(Base):
    """One step of the sanction ladder (sanctiebeleid); `code` is set for the seeded national steps."""

    __tablename__ = "sanction_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), default="")
    rank: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(120))
    criteria: Mapped[str] = mapped_column(Text, default="")
    decider: Mapped[str] = mapped_column(String(30), default="burgemeester")
    duration: Mapped[str] = mapped_column(String(120), default="")
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    bezwaar: Mapped[str] = mapped_column(String(300), default="")
    letter: Mapped[str] = mapped_column(String(20), default="geen")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Sanction(Base):
    """A sanction imposed on a person (a veroorzaker): the ladder step, the decision, bezwaar, the incident."""

    __tablename__ = "sanction"
    __table_args__ = (Index("ix_sanction_person", "person_id", "decided_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    step_id: Mapped[int] = mapped_column(ForeignKey("sanction_step.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="voorgenomen")
    decided_by: Mapped[str | None] = mapped_column(String(30), nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # no foreign key on purpose: a deleted or purged incident must not change the sanction behind the audit
    # trail's back (ON DELETE SET NULL would); the sanction keeps the number it answered, shown as unknown
    incident_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    letter_sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    bezwaar_filed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    bezwaar_decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


AUDITED = (
    AuditedKind("agreement", "agreement", "id"),
    AuditedKind("sanction_step", "sanction_step", "id"),
    AuditedKind("sanction", "sanction", "id"),
)
