"""Three incident categories the police guidance and the Stappenplan name and the list lacked.

"demonstratie bij de woning", "opruiing / oproep tot geweld" and "gijzeling" are added at the end of the
category list unless a category with that code exists (the coordinator may have made one). The category list
is not an audited record (SECURITY.md), so no baseline audit entries are needed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# frozen here: a later change of the labels in the domain must not change what this upgrade does
NEW = (
    ("demonstratie_woning", "demonstratie bij de woning"),
    ("opruiing", "opruiing / oproep tot geweld"),
    ("gijzeling", "gijzeling"),
)


def upgrade() -> None:
    conn = op.get_bind()
    existing = {row[0] for row in conn.execute(sa.text("SELECT code FROM category"))}
    last = conn.execute(sa.text("SELECT COALESCE(MAX(sort), -1) FROM category")).scalar_one()
    for code, label in NEW:
        if code in existing:
            continue
        last += 1
        conn.execute(
            sa.text("INSERT INTO category (code, label, active, sort) VALUES (:c, :l, 1, :s)"),
            {"c": code, "l": label, "s": last},
        )


def downgrade() -> None:
    conn = op.get_bind()
    for code, _label in NEW:
        used = conn.execute(
            sa.text("SELECT COUNT(*) FROM incident_category WHERE code = :c"), {"c": code}
        ).scalar_one()
        if used:
            raise RuntimeError(f"category {code} is in use; not removed")
        conn.execute(sa.text("DELETE FROM category WHERE code = :c"), {"c": code})
