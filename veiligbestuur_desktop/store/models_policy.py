"""Step 1 (Beleid): the agressieprotocol and the huisregels (versioned, each with its status history), the
mediabeleid per scenario, and the signed decisions kept inside the vault (metadata and bytes apart)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from veiligbestuur_desktop.store.base import AuditedKind, Base, UtcDateTime, utcnow


class Policy(Base):
    """One version of the agressieprotocol. List values (roles, circle, categories) are comma-separated codes."""

    __tablename__ = "policy"
    __table_args__ = (UniqueConstraint("version", name="uq_policy_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="concept")
    title: Mapped[str] = mapped_column(String(150), default="")
    scope_roles: Mapped[str] = mapped_column(String(300), default="")
    scope_circle: Mapped[str] = mapped_column(String(100), default="")
    norm: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[str] = mapped_column(Text, default="")
    behaviour_note: Mapped[str] = mapped_column(Text, default="")
    report_internally: Mapped[bool] = mapped_column(Boolean, default=True)
    meldpunt: Mapped[str] = mapped_column(String(200), default="")
    meldpunt_contact: Mapped[str] = mapped_column(String(200), default="")
    adopted_by: Mapped[str | None] = mapped_column(String(30), nullable=True)
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    publication_ref: Mapped[str] = mapped_column(String(120), default="")
    review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PolicyEvent(Base):
    """The history of one protocol version: created, each status move (codes, never text)."""

    __tablename__ = "policy_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(120), default="")
    code: Mapped[str] = mapped_column(String(20))  # "created" | "status" | "edited"
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")


class HouseRules(Base):
    """One version of the huisregels."""

    __tablename__ = "house_rules"
    __table_args__ = (UniqueConstraint("version", name="uq_house_rules_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="concept")
    title: Mapped[str] = mapped_column(String(150), default="")
    gemeentehuis: Mapped[str] = mapped_column(Text, default="")
    raadszaal: Mapped[str] = mapped_column(Text, default="")
    publieke_tribune: Mapped[str] = mapped_column(Text, default="")
    sanctions: Mapped[str] = mapped_column(Text, default="")
    adopted_by: Mapped[str | None] = mapped_column(String(30), nullable=True)
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    publication_ref: Mapped[str] = mapped_column(String(120), default="")
    review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class HouseRulesEvent(Base):
    __tablename__ = "house_rules_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    house_rules_id: Mapped[int] = mapped_column(ForeignKey("house_rules.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(120), default="")
    code: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")


class MediaScenario(Base):
    """The mediabeleid for one scenario: woordvoerder, plaatsvervanger, standaardlijn, wie informeert wie."""

    __tablename__ = "media_scenario"
    __table_args__ = (UniqueConstraint("scenario", name="uq_media_scenario_scenario"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario: Mapped[str] = mapped_column(String(20))
    spokesperson: Mapped[str] = mapped_column(String(120), default="")
    deputy: Mapped[str] = mapped_column(String(120), default="")
    standard_line: Mapped[str] = mapped_column(Text, default="")
    informs: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PolicyDecision(Base):
    """The signed decision (PDF or image) of one version of the protocol or the huisregels; the bytes are in
    PolicyDecisionBlob, the SHA-256 here (and so in the record hash of the audit trail)."""

    __tablename__ = "policy_decision"
    __table_args__ = (Index("ix_policy_decision_doc", "doc_kind", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_kind: Mapped[str] = mapped_column(String(20))  # "policy" | "house_rules"
    record_id: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(120), default="")


class PolicyDecisionBlob(Base):
    __tablename__ = "policy_decision_blob"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("policy_decision.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)


AUDITED = (
    AuditedKind("policy", "policy", "id", (("policy_event", "policy_id", ("id",)),)),
    AuditedKind("house_rules", "house_rules", "id", (("house_rules_event", "house_rules_id", ("id",)),)),
    AuditedKind("media_scenario", "media_scenario", "id"),
    AuditedKind("policy_decision", "policy_decision", "id", (("policy_decision_blob", "decision_id", ()),)),
)
# the signed decision's bytes are part of its record: verify notices when only the bytes are changed
BLOB_TABLES = ("policy_decision_blob",)
