"""Step 7 (Evaluatie): incident evaluations, term reviews.

New tables only: no stored column of an audited record changes, so no baseline audit entries are needed.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.String(length=300), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("adjustments", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_evaluation_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_evaluation")),
    )
    op.create_index(
        op.f("ix_incident_evaluation_incident_id"), "incident_evaluation", ["incident_id"], unique=False
    )
    op.create_index(
        op.f("ix_incident_evaluation_evaluated_on"), "incident_evaluation", ["evaluated_on"], unique=False
    )
    op.create_table(
        "term_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("next_election", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term_review")),
        sa.UniqueConstraint("term_start", name=op.f("uq_term_review_term_start")),
    )
    op.create_table(
        "term_review_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["term_review.id"],
            name=op.f("fk_term_review_item_review_id_term_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term_review_item")),
        sa.UniqueConstraint("review_id", "code", name="uq_term_review_item_code"),
    )
    op.create_index(op.f("ix_term_review_item_review_id"), "term_review_item", ["review_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_term_review_item_review_id"), table_name="term_review_item")
    op.drop_table("term_review_item")
    op.drop_table("term_review")
    op.drop_index(op.f("ix_incident_evaluation_evaluated_on"), table_name="incident_evaluation")
    op.drop_index(op.f("ix_incident_evaluation_incident_id"), table_name="incident_evaluation")
    op.drop_table("incident_evaluation")
