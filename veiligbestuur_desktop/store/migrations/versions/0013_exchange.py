"""Exchange and privacy (issue 14): import mappings, retention rules, purge tombstones.

New tables only: no stored column of an audited record changes, so no baseline audit entries are needed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("kind", "name", name="uq_import_mapping_kind_name"),
    )
    op.create_table(
        "retention_rule",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_retention_rule")),
    )
    op.create_table(
        "purge_tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("categories", sa.String(length=400), nullable=False),
        sa.Column("severity_level", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("purged_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purge_tombstone")),
    )
    op.create_index(op.f("ix_purge_tombstone_incident_id"), "purge_tombstone", ["incident_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_purge_tombstone_incident_id"), table_name="purge_tombstone")
    op.drop_table("purge_tombstone")
    op.drop_table("retention_rule")
    op.drop_table("import_mapping")
