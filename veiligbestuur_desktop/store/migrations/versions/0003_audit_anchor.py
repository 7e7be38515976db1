"""Audit trail tied to the records: a record hash per entry, an insert trigger that admits only the next
entry, and a baseline entry for every record that exists at the upgrade.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Holds without `PRAGMA recursive_triggers`: a REPLACE that would delete a row is an INSERT that is not
# the next entry (its id exists already, or its hash does), so it is refused before any row is touched.
APPEND_NEXT = (
    "CREATE TRIGGER audit_log_append_next BEFORE INSERT ON audit_log "
    "WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log) "
    "OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log WHERE id = NEW.id - 1), "
    "'0000000000000000000000000000000000000000000000000000000000000000') "
    "OR EXISTS (SELECT 1 FROM audit_log WHERE hash = NEW.hash) "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: only the next entry of the chain may be added'); END"
)

BASELINE_SLOT = "VeiligBestuur (schema-upgrade 0003)"
BASELINE_SUMMARY = "uitgangssituatie bij de schema-upgrade"
# the record kinds whose tables exist at this revision (later revisions add kinds with their own tables)
KINDS_AT_0003 = ("incident", "person", "attachment", "plan_item")


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_hash", sa.String(length=64), nullable=True))
    op.execute(APPEND_NEXT)

    # Every record that exists now gets one entry with its hash, so that from here on a record without a
    # matching entry is a record changed behind the app's back. (The canonical forms are frozen by nature.)
    from veiligbestuur_desktop.store import audit

    conn = op.get_bind()
    for kind in KINDS_AT_0003:
        batch: list[audit.NewEntry] = []
        for key, rhash in audit.iter_record_hashes(conn, kind):
            batch.append(audit.NewEntry("migrate", kind, key, BASELINE_SUMMARY, record_hash=rhash))
            if len(batch) >= 5000:
                audit.append_many(conn, slot=BASELINE_SLOT, entries=batch)
                batch = []
        audit.append_many(conn, slot=BASELINE_SLOT, entries=batch)


def downgrade() -> None:
    # Entries with a record hash do not verify under 0002's canonical form; the chain cannot be undone.
    count = op.get_bind().execute(sa.text("SELECT count(*) FROM audit_log WHERE record_hash IS NOT NULL"))
    if count.scalar():
        raise RuntimeError("audit_log holds record hashes; a downgrade would break the chain")
    op.execute("DROP TRIGGER audit_log_append_next")
    op.execute("DROP TRIGGER audit_log_no_update")
    op.execute("DROP TRIGGER audit_log_no_delete")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("record_hash")
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
