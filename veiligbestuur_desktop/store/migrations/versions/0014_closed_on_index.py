"""An index on incident.closed_on: step 7's checklist counts the year's closed incidents at every unlock, which
scanned all 100,000 incidents twice without it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incident_closed_on", "incident", ["closed_on"])


def downgrade() -> None:
    op.drop_index("ix_incident_closed_on", table_name="incident")
