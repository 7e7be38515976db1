"""Step 1 (Beleid): policy documents and house rules, versioned; media policy.

New tables only (no stored column of an audited record changes, so no baseline audit entries):
`policy` and `house_rules` (one row per version) with their status histories `policy_event` and
`house_rules_event`, `media_scenario` (the mediabeleid per scenario), and the signed decisions
`policy_decision` (metadata, SHA-256) with their bytes in `policy_decision_blob`.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veiligbestuur_desktop.store.base import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _versioned(table: str, *own: sa.Column) -> None:  # type: ignore[type-arg]
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=False),
        *own,
        sa.Column("adopted_by", sa.String(length=30), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("publication_ref", sa.String(length=120), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("version", name=f"uq_{table}_version"),
    )


def _history(table: str, owner: str) -> None:
    op.create_table(
        f"{table}_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(f"{owner}_id", sa.Integer(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            [f"{owner}_id"],
            [f"{table}.id"],
            name=op.f(f"fk_{table}_event_{owner}_id_{table}"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}_event")),
    )
    op.create_index(op.f(f"ix_{table}_event_{owner}_id"), f"{table}_event", [f"{owner}_id"], unique=False)


def upgrade() -> None:
    _versioned(
        "policy",
        sa.Column("scope_roles", sa.String(length=300), nullable=False),
        sa.Column("scope_circle", sa.String(length=100), nullable=False),
        sa.Column("norm", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("behaviour_note", sa.Text(), nullable=False),
        sa.Column("report_internally", sa.Boolean(), nullable=False),
        sa.Column("meldpunt", sa.String(length=200), nullable=False),
        sa.Column("meldpunt_contact", sa.String(length=200), nullable=False),
    )
    _history("policy", "policy")
    _versioned(
        "house_rules",
        sa.Column("gemeentehuis", sa.Text(), nullable=False),
        sa.Column("raadszaal", sa.Text(), nullable=False),
        sa.Column("publieke_tribune", sa.Text(), nullable=False),
        sa.Column("sanctions", sa.Text(), nullable=False),
    )
    _history("house_rules", "house_rules")
    op.create_table(
        "media_scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario", sa.String(length=20), nullable=False),
        sa.Column("spokesperson", sa.String(length=120), nullable=False),
        sa.Column("deputy", sa.String(length=120), nullable=False),
        sa.Column("standard_line", sa.Text(), nullable=False),
        sa.Column("informs", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_scenario")),
        sa.UniqueConstraint("scenario", name="uq_media_scenario_scenario"),
    )
    op.create_table(
        "policy_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_decision")),
    )
    op.create_index("ix_policy_decision_doc", "policy_decision", ["doc_kind", "record_id"], unique=False)
    op.create_table(
        "policy_decision_blob",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["policy_decision.id"],
            name=op.f("fk_policy_decision_blob_decision_id_policy_decision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", name=op.f("pk_policy_decision_blob")),
    )


def downgrade() -> None:
    op.drop_table("policy_decision_blob")
    op.drop_index("ix_policy_decision_doc", table_name="policy_decision")
    op.drop_table("policy_decision")
    op.drop_table("media_scenario")
    op.drop_index(op.f("ix_house_rules_event_house_rules_id"), table_name="house_rules_event")
    op.drop_table("house_rules_event")
    op.drop_table("house_rules")
    op.drop_index(op.f("ix_policy_event_policy_id"), table_name="policy_event")
    op.drop_table("policy_event")
    op.drop_table("policy")
