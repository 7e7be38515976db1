"""Steps 4 and 5: action points, meeting risk checks, incident reviews, avoidance signals, communication actions, contact log.

The new tables are new records. The contact log gets nullable columns at its end (gedragsafspraken, their end
date, the time and place and occasion of an ordegesprek, its verslag): a log entry written before keeps its
stored values, so its person's record hash does not change. Its `channel` becomes a code of the kind of
contact (an ordegesprek is `ordegesprek`, anything else unknown `gesprek`); a person whose log entries change
that way gets a baseline audit entry with the new hash (SECURITY.md, "Audit trail and anchors"), as 0004 does.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BASELINE_SLOT = "VeiligBestuur (schema-upgrade 0011)"
BASELINE_SUMMARY = "soort contact van het contactlog vastgelegd bij de schema-upgrade"
# the kinds of contact as this revision knows them (frozen: domain.communication may add kinds later)
CONTACT_KINDS_AT_0011 = ("gesprek", "telefoon", "email", "brief", "huisbezoek", "ordegesprek")


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "action_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("recurrence", sa.String(length=20), nullable=False),
        sa.Column("source_kind", sa.String(length=30), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("last_done", sa.Date(), nullable=True),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_point")),
    )
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_point_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_point_status"), ["status"], unique=False)

    op.create_table(
        "meeting_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("agenda_items", sa.Text(), nullable=False),
        sa.Column("expected_attendance", sa.String(length=200), nullable=False),
        sa.Column("signals", sa.String(length=300), nullable=False),
        sa.Column("signal_note", sa.Text(), nullable=False),
        sa.Column("incident_ids", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("measures", sa.String(length=300), nullable=False),
        sa.Column("measure_note", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_check")),
    )
    with op.batch_alter_table("meeting_check", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_check_held_on"), ["held_on"], unique=False)

    op.create_table(
        "incident_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("forum", sa.String(length=30), nullable=False),
        sa.Column("incident_ids", sa.Text(), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("decision_owner", sa.String(length=120), nullable=False),
        sa.Column("decision_deadline", sa.Date(), nullable=True),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_review")),
    )
    with op.batch_alter_table("incident_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_review_held_on"), ["held_on"], unique=False)

    op.create_table(
        "avoidance_signal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("signal", sa.String(length=30), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.String(length=30), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avoidance_signal")),
    )
    with op.batch_alter_table("avoidance_signal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_avoidance_signal_person_id"), ["person_id"], unique=False)

    op.create_table(
        "communication_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("audience", sa.String(length=200), nullable=False),
        sa.Column("by_whom", sa.String(length=120), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication_action")),
    )
    with op.batch_alter_table("communication_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_communication_action_held_on"), ["held_on"], unique=False)

    op.create_table(
        "victim_informed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("about", sa.String(length=30), nullable=False),
        sa.Column("informed_on", sa.Date(), nullable=False),
        sa.Column("by_whom", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_informed")),
    )
    with op.batch_alter_table("victim_informed", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_victim_informed_incident_id"), ["incident_id"], unique=False)

    # the contact log: nullable columns at the end (plain ADD COLUMN keeps the order of the existing ones)
    op.add_column("contact_log", sa.Column("conduct_agreements", sa.Text(), nullable=True))
    op.add_column("contact_log", sa.Column("conduct_until", sa.Date(), nullable=True))
    op.add_column("contact_log", sa.Column("at_time", sa.String(length=5), nullable=True))
    op.add_column("contact_log", sa.Column("place", sa.String(length=200), nullable=True))
    op.add_column("contact_log", sa.Column("incident_id", sa.Integer(), nullable=True))
    op.add_column("contact_log", sa.Column("report", sa.Text(), nullable=True))
    _contact_kinds()


def _contact_kinds() -> None:
    """Every log entry gets a known kind of contact; the persons whose entries changed a baseline entry."""
    from veiligbestuur_desktop.store import audit

    conn = op.get_bind()
    marks = ", ".join(f"'{k}'" for k in CONTACT_KINDS_AT_0011)
    persons = [
        int(r[0])
        for r in conn.execute(
            sa.text(
                "SELECT DISTINCT person_id FROM contact_log "
                f"WHERE (ordegesprek = 1 AND channel != 'ordegesprek') OR channel NOT IN ({marks}) "
                "ORDER BY person_id"
            )
        )
    ]
    if not persons:
        return
    conn.execute(sa.text("UPDATE contact_log SET channel = 'ordegesprek' WHERE ordegesprek = 1"))
    conn.execute(sa.text(f"UPDATE contact_log SET channel = 'gesprek' WHERE channel NOT IN ({marks})"))
    conn.execute(sa.text("UPDATE contact_log SET ordegesprek = (channel = 'ordegesprek')"))
    audited = {
        str(r[0])
        for r in conn.execute(
            sa.text(
                "SELECT DISTINCT entity_id FROM audit_log WHERE entity_type = 'person' AND record_hash IS NOT NULL"
            )
        )
    }
    entries = [
        audit.NewEntry("migrate", "person", pid, BASELINE_SUMMARY, record=True)
        for pid in persons
        if str(pid) in audited  # a person never audited stays as verify reports it
    ]
    audit.append_many(conn, slot=BASELINE_SLOT, entries=entries)


def downgrade() -> None:
    count = op.get_bind().execute(
        sa.text(
            "SELECT count(*) FROM contact_log WHERE conduct_agreements IS NOT NULL OR conduct_until IS NOT NULL "
            "OR at_time IS NOT NULL OR place IS NOT NULL OR incident_id IS NOT NULL OR report IS NOT NULL"
        )
    )
    if count.scalar():
        raise RuntimeError("contact log entries hold data of 0011; a downgrade would lose it")
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        for column in ("report", "incident_id", "place", "at_time", "conduct_until", "conduct_agreements"):
            batch_op.drop_column(column)
    for table, index in (
        ("victim_informed", "ix_victim_informed_incident_id"),
        ("communication_action", "ix_communication_action_held_on"),
        ("avoidance_signal", "ix_avoidance_signal_person_id"),
        ("incident_review", "ix_incident_review_held_on"),
        ("meeting_check", "ix_meeting_check_held_on"),
        ("action_point", "ix_action_point_status"),
        ("action_point", "ix_action_point_deadline"),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(index))
    for table in (
        "victim_informed",
        "communication_action",
        "avoidance_signal",
        "incident_review",
        "meeting_check",
        "action_point",
    ):
        op.drop_table(table)
