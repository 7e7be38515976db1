"""Plan items recur: a frequency and a last-done date; the next due date stays in `due_date`.

A NULL frequency means the item's default (domain.steps), so an item nobody changed keeps its stored
values. A recurring item that was marked gereed before this upgrade would otherwise read as a closed
one-off whose streefdatum has passed: it gets `last_done` (the day of its last change, the best evidence
there is) and the next due date computed from it. Those rows change, so each gets a baseline audit entry
with its new record hash (SECURITY.md, "Audit trail and anchors"), as 0003 does for all records.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BASELINE_SLOT = "VeiligBestuur (schema-upgrade 0004)"
BASELINE_SUMMARY = "laatst gedaan en volgende keer afgeleid bij de schema-upgrade"

# The default frequencies of the recurring items as this revision knows them (frozen: a later change of the
# defaults in domain.steps must not change what this upgrade did).
RECURRING_AT_0004: dict[str, str] = {
    "beleid_afbakenen": "termijn",
    "beleid_media": "termijn",
    "preventie_risicoanalyse": "jaarlijks",
    "preventie_communicatie": "jaarlijks",
    "preventie_beveiligen": "kwartaal",
    "voorbereiding_ketenafspraken": "jaarlijks",
    "voorbereiding_opvang": "jaarlijks",
    "voorbereiding_sanctiebeleid": "termijn",
    "uitvoering_maatregelen": "kwartaal",
    "uitvoering_operationeel": "maandelijks",
    "uitvoering_bespreken": "kwartaal",
    "uitvoering_vermijding": "kwartaal",
    "communicatie_normen": "jaarlijks",
    "communicatie_besluiten": "kwartaal",
    "communicatie_gesprek": "maandelijks",
    "evaluatie_incidenten": "kwartaal",
    "evaluatie_herijken": "termijn",
    "evaluatie_jaarlijks": "jaarlijks",
    "evaluatie_bijstellen": "jaarlijks",
}


def upgrade() -> None:
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("frequency", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("last_done", sa.Date(), nullable=True))

    from veiligbestuur_desktop.domain.steps import Frequency, next_due
    from veiligbestuur_desktop.store import audit

    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT code, updated_at FROM plan_item WHERE status = 'gereed' ORDER BY code")
    ).all()
    changed: list[audit.NewEntry] = []
    for code, updated_at in rows:
        freq = RECURRING_AT_0004.get(str(code))
        if freq is None or not updated_at:
            continue
        done = date.fromisoformat(str(updated_at)[:10])
        due = next_due(done, Frequency(freq))
        conn.execute(
            sa.text("UPDATE plan_item SET last_done = :done, due_date = :due WHERE code = :code"),
            {"done": done.isoformat(), "due": due.isoformat() if due else None, "code": code},
        )
        changed.append(audit.NewEntry("migrate", "plan_item", str(code), BASELINE_SUMMARY, record=True))
    audit.append_many(conn, slot=BASELINE_SLOT, entries=changed)


def downgrade() -> None:
    # Rows changed by the upgrade keep their baseline entries (the chain is append-only); dropping the
    # columns would leave those records unlike their latest entry.
    count = op.get_bind().execute(
        sa.text("SELECT count(*) FROM plan_item WHERE frequency IS NOT NULL OR last_done IS NOT NULL")
    )
    if count.scalar():
        raise RuntimeError("plan items hold a frequency or a last-done date; a downgrade would lose them")
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_column("last_done")
        batch_op.drop_column("frequency")
