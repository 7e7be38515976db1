"""Models of steps 4 and 5: action points, meeting risk checks, incident reviews, avoidance signals,
communication actions and 'slachtoffer geïnformeerd' entries (the contact log is `models.ContactLog`).

Several choices and the incidents a record links to are stored as comma-separated codes or ids in one column
(`signals`, `measures`, `incident_ids`): the record's hash then covers them, and deleting an incident or a
person elsewhere never changes one of these records behind the audit trail's back (no foreign keys that
cascade). A missing incident or person is shown as such.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from veiligbestuur_desktop.store.base import AuditedKind, Base, UtcDateTime, utcnow


class ActionPoint(Base):
    __tablename__ = "action_point"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(120), default="")
    deadline: Mapped[date] = mapped_column(Date, index=True)
    recurrence: Mapped[str] = mapped_column(String(20), default="eenmalig")
    source_kind: Mapped[str] = mapped_column(String(30), default="overig")
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    last_done: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class MeetingCheck(Base):
    """An operational risk assessment of one meeting or event."""

    __tablename__ = "meeting_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    agenda_items: Mapped[str] = mapped_column(Text, default="")
    expected_attendance: Mapped[str] = mapped_column(String(200), default="")
    signals: Mapped[str] = mapped_column(String(300), default="")
    signal_note: Mapped[str] = mapped_column(Text, default="")
    incident_ids: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str] = mapped_column(String(10))
    measures: Mapped[str] = mapped_column(String(300), default="")
    measure_note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class IncidentReview(Base):
    """An internal discussion of incidents (college, presidium, fractievoorzitters, driehoek)."""

    __tablename__ = "incident_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    forum: Mapped[str] = mapped_column(String(30))
    incident_ids: Mapped[str] = mapped_column(Text, default="")
    conclusions: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    decision_owner: Mapped[str] = mapped_column(String(120), default="")
    decision_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AvoidanceSignal(Base):
    """A sign of avoidance behaviour in an office holder; seen by the coordinator only, never printed."""

    __tablename__ = "avoidance_signal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    observed_on: Mapped[date] = mapped_column(Date)
    signal: Mapped[str] = mapped_column(String(30))
    source: Mapped[str | None] = mapped_column(String(30), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(String(30), default="geen")
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CommunicationAction(Base):
    __tablename__ = "communication_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    subject: Mapped[str] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(String(200), default="")
    by_whom: Mapped[str] = mapped_column(String(120), default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    incident_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class VictimInformed(Base):
    """The victim of an incident was told about the aangifte, the OM decision, a sanction, ..."""

    __tablename__ = "victim_informed"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(Integer, index=True)
    about: Mapped[str] = mapped_column(String(30))
    informed_on: Mapped[date] = mapped_column(Date)
    by_whom: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


AUDITED = (
    AuditedKind("action", "action_point", "id"),
    AuditedKind("meeting_check", "meeting_check", "id"),
    AuditedKind("incident_review", "incident_review", "id"),
    AuditedKind("avoidance_signal", "avoidance_signal", "id"),
    AuditedKind("communication", "communication_action", "id"),
    AuditedKind("victim_informed", "victim_informed", "id"),
)
# a contact-log entry is part of its person's record (store/audit.py hashes contact_log with the person)
AUDITED_PARTS = {"contact_log": ("person", "contact_log", "person_id")}
