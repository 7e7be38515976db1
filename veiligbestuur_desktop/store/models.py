"""Typed models of the foundation: settings, plan progress and the audit trail.

People, incidents (with victims, categories, checklist ticks, follow-ups, events) and attachments follow.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from veiligbestuur_desktop.store.base import Base, UtcDateTime, utcnow


class Setting(Base):
    """Key/value settings that belong to the vault (municipality, coordinator, preferences of the data)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class PlanItem(Base):
    """Progress of one checklist item of the seven-step plan (code from domain.steps)."""

    __tablename__ = "plan_item"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="niet_gestart")
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    # 0004: NULL = the item's default frequency (domain.steps); the next due date is `due_date`
    frequency: Mapped[str | None] = mapped_column(String(20), nullable=True, default=None)
    last_done: Mapped[date | None] = mapped_column(Date, nullable=True, default=None)


class AuditEntry(Base):
    """Append-only, hash-chained record of what happened (triggers refuse UPDATE, DELETE and any INSERT but
    the next entry). `record_hash`: the canonical hash of the written record after the write (store.audit)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ts: Mapped[str] = mapped_column(String(40))  # ISO 8601 UTC, part of the hashed form
    slot: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    summary: Mapped[str] = mapped_column(String(500), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    record_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, default=None)


class Person(Base):
    """Ambtsdrager, naaste, betrokkene or ketenpartner contact (kind)."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_kind_name", "kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str | None] = mapped_column(String(30), nullable=True)
    party: Mapped[str] = mapped_column(String(100), default="")
    term_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    portefeuilles: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    verhoogd_risico: Mapped[bool] = mapped_column(Boolean, default=False)
    zelfscan_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    related_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    relation: Mapped[str | None] = mapped_column(String(20), nullable=True)
    betrokkene_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    address: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Category(Base):
    """The editable list of incident categories (seeded with DOMAIN.md's list)."""

    __tablename__ = "category"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Incident(Base):
    __tablename__ = "incident"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_incident_year_seq"),
        Index("ix_incident_occurred_on", "occurred_on"),
        Index("ix_incident_status", "status", "occurred_on"),
        Index("ix_incident_level", "severity_level", "occurred_on"),
        Index("ix_incident_channel", "channel", "occurred_on"),
        # the year's closed incidents (step 7, at every unlock), read from the index alone (0015 added status)
        Index("ix_incident_closed_on", "closed_on", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(12), unique=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    occurred_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" or ""
    reported_on: Mapped[date] = mapped_column(Date)
    reported_by: Mapped[str] = mapped_column(String(120), default="")
    received_by: Mapped[str] = mapped_column(String(120), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    at_home: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(30))
    severity_experienced: Mapped[str | None] = mapped_column(String(20), nullable=True)
    severity_level: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    perpetrator_known: Mapped[bool] = mapped_column(Boolean, default=False)
    perpetrator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    perpetrator_type: Mapped[str] = mapped_column(String(20), default="onbekend")
    perpetrator_description: Mapped[str] = mapped_column(Text, default="")
    witnesses: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text)
    impact: Mapped[str] = mapped_column(Text, default="")
    impact_injury: Mapped[bool] = mapped_column(Boolean, default=False)
    impact_damage: Mapped[bool] = mapped_column(Boolean, default=False)
    impact_absence: Mapped[bool] = mapped_column(Boolean, default=False)
    impact_family: Mapped[bool] = mapped_column(Boolean, default=False)
    impact_avoidance: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # 0007: where it happened (domain.incidents.Place), split from the channel; the last column, so a NULL
    # leaves the record hash of an incident stored before unchanged
    place: Mapped[str | None] = mapped_column(String(30), nullable=True, default=None)


class IncidentCategory(Base):
    __tablename__ = "incident_category"
    __table_args__ = (Index("ix_incident_category_code", "code", "incident_id"),)

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("category.code", ondelete="RESTRICT"), primary_key=True)


class IncidentVictim(Base):
    __tablename__ = "incident_victim"
    __table_args__ = (Index("ix_incident_victim_person", "person_id", "incident_id"),)

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True)
    office_related: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    aimed_at: Mapped[str] = mapped_column(String(20), default="onbekend")


class IncidentCheck(Base):
    """A ticked item of the nine-item handling checklist."""

    __tablename__ = "incident_check"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    done_on: Mapped[date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(String(120), default="")


class FollowUp(Base):
    """One step of a follow-up track (aangifte, nazorg, reactie, sanctie, schade) with owner and deadline."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_open", "status", "deadline"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    track: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30), default="")
    title: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(120), default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the track's own fields


class IncidentEvent(Base):
    """The incident's timeline: registration, status changes, ticks, follow-ups, attachments. Stored as a
    code and JSON parameters (domain.incidents.EVENTS), never as translated text: it is read in the language
    of whoever reads it, and always in Dutch on paper (migration 0005)."""

    __tablename__ = "incident_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    code: Mapped[str] = mapped_column(String(40), default="")
    params: Mapped[str] = mapped_column(Text, default="{}")
    by: Mapped[str] = mapped_column(String(120), default="")


class Attachment(Base):
    """Metadata of a file kept inside the vault; the bytes live in AttachmentBlob (lists stay light)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(300), default="")
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(120), default="")


class AttachmentBlob(Base):
    __tablename__ = "attachment_blob"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ContactLog(Base):
    """A contact with a betrokkene (step 5); an ordegesprek is a contact of its own kind."""

    __tablename__ = "contact_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30), default="")
    who: Mapped[str] = mapped_column(String(120), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    next_contact: Mapped[date | None] = mapped_column(Date, nullable=True)
    ordegesprek: Mapped[bool] = mapped_column(Boolean, default=False)
    # added in 0011 (nullable, at the end: a log written before keeps its record hash)
    conduct_agreements: Mapped[str | None] = mapped_column(Text, nullable=True)  # gedragsafspraken
    conduct_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    at_time: Mapped[str | None] = mapped_column(String(5), nullable=True)  # "HH:MM" of an ordegesprek
    place: Mapped[str | None] = mapped_column(String(200), nullable=True)
    incident_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the occasion, no cascade
    report: Mapped[str | None] = mapped_column(Text, nullable=True)  # verslag of an ordegesprek
