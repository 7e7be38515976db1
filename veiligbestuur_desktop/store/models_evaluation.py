"""Step 7: incident evaluations and the term reviews with their checklist items (migration 0012)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from veiligbestuur_desktop.store.base import AuditedKind, Base, UtcDateTime, utcnow


class IncidentEvaluation(Base):
    """What went well, the lessons and the adjustments after an incident (domain.evaluation)."""

    __tablename__ = "incident_evaluation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    evaluated_on: Mapped[date] = mapped_column(Date, index=True)
    participants: Mapped[str] = mapped_column(String(300), default="")
    went_well: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    adjustments: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TermReview(Base):
    """The review of the uitgangspunten for one municipal term (its start: the day of the raadsverkiezing)."""

    __tablename__ = "term_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term_start: Mapped[date] = mapped_column(Date, unique=True)
    next_election: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TermReviewItem(Base):
    """One item of a term's checklist (domain.evaluation.term_checklist), ticked with the day it was done."""

    __tablename__ = "term_review_item"
    __table_args__ = (UniqueConstraint("review_id", "code", name="uq_term_review_item_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("term_review.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(300))
    # no foreign key: deleting a person must not change a ticked checklist (its label names them)
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sort: Mapped[int] = mapped_column(Integer, default=0)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")


AUDITED = (
    AuditedKind("incident_evaluation", "incident_evaluation", "id"),
    AuditedKind("term_review", "term_review", "id", (("term_review_item", "review_id", ("code",)),)),
)
