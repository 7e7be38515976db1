"""Step 2 (Preventie): risk analyses, measures, trainings.

The woningscan and the beveiligingsadvies of an office holder were dates on the person; they become measures
(kind fysiek, status gerealiseerd on that date, the advice's kenmerk kept) and the columns leave the person.
Every person's stored row changes with that (the columns are gone), so each person gets a baseline audit
entry with its new record hash, and each new measure a "create" entry with its hash (SECURITY.md, "Audit
trail and anchors"): `verify` stays clean after the upgrade.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BASELINE_SLOT = "VeiligBestuur (schema-upgrade 0009)"
PERSON_SUMMARY = "woningscan en beveiligingsadvies verplaatst naar maatregelen bij de schema-upgrade"
MEASURE_SUMMARY = "maatregel fysiek gerealiseerd (uit de persoonsgegevens) bij de schema-upgrade"
MOVED = ("woningscan_on", "beveiligingsadvies_on", "beveiligingsadvies_ref")
# the titles of the measures made from the person's dates (frozen: what this upgrade wrote)
WONINGSCAN_TITLE = "Woningscan (CCV)"
ADVIES_TITLE = "Beveiligingsadvies"


def _timestamps() -> tuple[sa.Column[datetime], sa.Column[datetime]]:
    return (
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def upgrade() -> None:
    op.create_table(
        "risk_analysis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("dossier", sa.String(length=120), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("event", sa.String(length=200), nullable=False),
        sa.Column("event_on", sa.Date(), nullable=True),
        sa.Column("threats", sa.Text(), nullable=False),
        sa.Column("vulnerabilities", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_risk_analysis_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_analysis")),
    )
    op.create_index("ix_risk_analysis_kind", "risk_analysis", ["kind", "status"], unique=False)
    op.create_index(op.f("ix_risk_analysis_person_id"), "risk_analysis", ["person_id"], unique=False)

    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("for_person_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("analysis_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=True),
        sa.Column("decision_ref", sa.String(length=100), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["for_person_id"],
            ["person.id"],
            name=op.f("fk_measure_for_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["analysis_id"],
            ["risk_analysis.id"],
            name=op.f("fk_measure_analysis_id_risk_analysis"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
    )
    op.create_index("ix_measure_status", "measure", ["status"], unique=False)
    op.create_index(op.f("ix_measure_for_person_id"), "measure", ["for_person_id"], unique=False)
    op.create_index(op.f("ix_measure_analysis_id"), "measure", ["analysis_id"], unique=False)

    op.create_table(
        "measure_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("set_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_status_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_status")),
    )
    op.create_index(op.f("ix_measure_status_measure_id"), "measure_status", ["measure_id"], unique=False)

    op.create_table(
        "training",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("trainer", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    op.create_table(
        "training_attendee",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"],
            ["training.id"],
            name=op.f("fk_training_attendee_training_id_training"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_training_attendee_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("training_id", "person_id", name=op.f("pk_training_attendee")),
    )
    op.create_index(op.f("ix_training_attendee_person_id"), "training_attendee", ["person_id"], unique=False)

    _move_person_dates()


def _move_person_dates() -> None:
    """Each filled woningscan or beveiligingsadvies date becomes a realised physical measure for that person;
    then the three columns leave the person table, and every changed record is recorded."""
    from veiligbestuur_desktop.store import audit

    conn = op.get_bind()
    people = conn.execute(
        sa.text(
            "SELECT id, woningscan_on, beveiligingsadvies_on, beveiligingsadvies_ref FROM person ORDER BY id"
        )
    ).all()
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    created: list[int] = []
    for person_id, scan_on, advice_on, advice_ref in people:
        for title, on, ref in ((WONINGSCAN_TITLE, scan_on, ""), (ADVIES_TITLE, advice_on, advice_ref or "")):
            if not on:
                continue
            day = str(on)[:10]
            measure_id = conn.execute(
                sa.text(
                    "INSERT INTO measure (title, category, for_person_id, status, analysis_id, description, "
                    "cost, decision_ref, decided_on, owner, due_on, reference, created_at, updated_at) "
                    "VALUES (:title, 'fysiek', :person, 'gerealiseerd', NULL, '', NULL, '', NULL, '', NULL, "
                    ":ref, :now, :now) RETURNING id"
                ),
                {"title": title, "person": person_id, "ref": ref, "now": now},
            ).scalar_one()
            conn.execute(
                sa.text(
                    "INSERT INTO measure_status (measure_id, status, set_on, set_by) "
                    "VALUES (:m, 'gerealiseerd', :day, :by)"
                ),
                {"m": measure_id, "day": day, "by": BASELINE_SLOT},
            )
            created.append(int(measure_id))
    for column in MOVED:
        op.execute(f"ALTER TABLE person DROP COLUMN {column}")
    entries = [audit.NewEntry("migrate", "person", pid, PERSON_SUMMARY, record=True) for pid, *_ in people]
    entries += [audit.NewEntry("create", "measure", mid, MEASURE_SUMMARY, record=True) for mid in created]
    audit.append_many(conn, slot=BASELINE_SLOT, entries=entries)


def downgrade() -> None:
    # The measures a coordinator made (or the ones made from the person's dates) cannot go back to three
    # date columns without loss: refuse while there is any step 2 record.
    conn = op.get_bind()
    for table in ("risk_analysis", "measure", "training"):
        if conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar():
            raise RuntimeError(f"{table} holds records; a downgrade would lose them")
    op.execute("ALTER TABLE person ADD COLUMN woningscan_on DATE")
    op.execute("ALTER TABLE person ADD COLUMN beveiligingsadvies_on DATE")
    op.execute("ALTER TABLE person ADD COLUMN beveiligingsadvies_ref VARCHAR(100) NOT NULL DEFAULT ''")
    op.drop_index(op.f("ix_training_attendee_person_id"), table_name="training_attendee")
    op.drop_table("training_attendee")
    op.drop_table("training")
    op.drop_index(op.f("ix_measure_status_measure_id"), table_name="measure_status")
    op.drop_table("measure_status")
    op.drop_index(op.f("ix_measure_analysis_id"), table_name="measure")
    op.drop_index(op.f("ix_measure_for_person_id"), table_name="measure")
    op.drop_index("ix_measure_status", table_name="measure")
    op.drop_table("measure")
    op.drop_index(op.f("ix_risk_analysis_person_id"), table_name="risk_analysis")
    op.drop_index("ix_risk_analysis_kind", table_name="risk_analysis")
    op.drop_table("risk_analysis")
