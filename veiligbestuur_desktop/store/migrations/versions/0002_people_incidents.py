"""People, incidents, follow-ups, attachments; the category list; full-text search over incidents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 20:25:20.350565
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# A frozen copy: migrations never import the live domain (it may change after this revision).
CATEGORIES = (
    ("verbaal", "verbale agressie / belediging"),
    ("bedreiging", "bedreiging (ook van naasten)"),
    ("intimidatie", "intimidatie"),
    ("discriminatie", "discriminatie"),
    ("seksuele_intimidatie", "seksuele intimidatie"),
    ("fysiek_geweld", "fysiek geweld"),
    ("vernieling", "vernieling / zaakschade"),
    ("stalking", "stalking / belaging"),
    ("doxing", "doxing (art. 285d Sr)"),
    ("hinderlijk", "hinderlijk gedrag"),
    ("oneigenlijke_druk", "oneigenlijke druk / ondermijning"),
)


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "category",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_category")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=True),
        sa.Column("party", sa.String(length=100), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("portefeuilles", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("verhoogd_risico", sa.Boolean(), nullable=False),
        sa.Column("zelfscan_on", sa.Date(), nullable=True),
        sa.Column("woningscan_on", sa.Date(), nullable=True),
        sa.Column("beveiligingsadvies_on", sa.Date(), nullable=True),
        sa.Column("beveiligingsadvies_ref", sa.String(length=100), nullable=False),
        sa.Column("related_to_id", sa.Integer(), nullable=True),
        sa.Column("relation", sa.String(length=20), nullable=True),
        sa.Column("betrokkene_type", sa.String(length=20), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["related_to_id"], ["person.id"], name=op.f("fk_person_related_to_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_kind_name", ["kind", "name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_related_to_id"), ["related_to_id"], unique=False)

    op.create_table(
        "contact_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("next_contact", sa.Date(), nullable=True),
        sa.Column("ordegesprek", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_contact_log_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_log")),
    )
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_log_person_id"), ["person_id"], unique=False)

    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=12), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("occurred_time", sa.String(length=5), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("reported_by", sa.String(length=120), nullable=False),
        sa.Column("received_by", sa.String(length=120), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("at_home", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("severity_experienced", sa.String(length=20), nullable=True),
        sa.Column("severity_level", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("perpetrator_known", sa.Boolean(), nullable=False),
        sa.Column("perpetrator_id", sa.Integer(), nullable=True),
        sa.Column("perpetrator_type", sa.String(length=20), nullable=False),
        sa.Column("perpetrator_description", sa.Text(), nullable=False),
        sa.Column("witnesses", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("impact_injury", sa.Boolean(), nullable=False),
        sa.Column("impact_damage", sa.Boolean(), nullable=False),
        sa.Column("impact_absence", sa.Boolean(), nullable=False),
        sa.Column("impact_family", sa.Boolean(), nullable=False),
        sa.Column("impact_avoidance", sa.Boolean(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["perpetrator_id"],
            ["person.id"],
            name=op.f("fk_incident_perpetrator_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("number", name=op.f("uq_incident_number")),
        sa.UniqueConstraint("year", "seq", name="uq_incident_year_seq"),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index("ix_incident_channel", ["channel", "occurred_on"], unique=False)
        batch_op.create_index("ix_incident_level", ["severity_level", "occurred_on"], unique=False)
        batch_op.create_index("ix_incident_occurred_on", ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_perpetrator_id"), ["perpetrator_id"], unique=False)
        batch_op.create_index("ix_incident_status", ["status", "occurred_on"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_attachment_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("track", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("due_from", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_follow_up_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_incident_id"), ["incident_id"], unique=False)
        batch_op.create_index("ix_follow_up_open", ["status", "deadline"], unique=False)

    op.create_table(
        "incident_category",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["code"], ["category.code"], name=op.f("fk_incident_category_code_category"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_category_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "code", name=op.f("pk_incident_category")),
    )
    with op.batch_alter_table("incident_category", schema=None) as batch_op:
        batch_op.create_index("ix_incident_category_code", ["code", "incident_id"], unique=False)

    op.create_table(
        "incident_check",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_check_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "code", name=op.f("pk_incident_check")),
    )
    op.create_table(
        "incident_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("what", sa.String(length=300), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_event_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_event")),
    )
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_event_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "incident_victim",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("office_related", sa.Boolean(), nullable=True),
        sa.Column("aimed_at", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_victim_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_incident_victim_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("incident_id", "person_id", name=op.f("pk_incident_victim")),
    )
    with op.batch_alter_table("incident_victim", schema=None) as batch_op:
        batch_op.create_index("ix_incident_victim_person", ["person_id", "incident_id"], unique=False)

    op.create_table(
        "attachment_blob",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_blob_attachment_id_attachment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_blob")),
    )
    # the default category list (DOMAIN.md step 6); the coordinator can edit it
    category = sa.table(
        "category",
        sa.column("code", sa.String),
        sa.column("label", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("sort", sa.Integer),
    )
    op.bulk_insert(
        category,
        [{"code": c, "label": label, "active": True, "sort": n} for n, (c, label) in enumerate(CATEGORIES)],
    )
    # full-text search over the incident's own texts, kept in step by triggers (external content)
    op.execute(
        "CREATE VIRTUAL TABLE incident_fts USING fts5(number, location, description, witnesses, "
        "perpetrator_description, impact, content='incident', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    cols = "number, location, description, witnesses, perpetrator_description, impact"
    new_cols = ", ".join(f"new.{c.strip()}" for c in cols.split(","))
    old_cols = ", ".join(f"old.{c.strip()}" for c in cols.split(","))
    op.execute(
        f"CREATE TRIGGER incident_fts_ai AFTER INSERT ON incident BEGIN "
        f"INSERT INTO incident_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )
    op.execute(
        f"CREATE TRIGGER incident_fts_ad AFTER DELETE ON incident BEGIN "
        f"INSERT INTO incident_fts(incident_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols}); END"
    )
    op.execute(
        f"CREATE TRIGGER incident_fts_au AFTER UPDATE OF {cols} ON incident BEGIN "
        f"INSERT INTO incident_fts(incident_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols}); "
        f"INSERT INTO incident_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )


def downgrade() -> None:
    for trigger in ("incident_fts_au", "incident_fts_ad", "incident_fts_ai"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE incident_fts")
    op.drop_table("attachment_blob")
    with op.batch_alter_table("incident_victim", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_victim_person")

    op.drop_table("incident_victim")
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_event_incident_id"))

    op.drop_table("incident_event")
    op.drop_table("incident_check")
    with op.batch_alter_table("incident_category", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_category_code")

    op.drop_table("incident_category")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_open")
        batch_op.drop_index(batch_op.f("ix_follow_up_incident_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_incident_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_status")
        batch_op.drop_index(batch_op.f("ix_incident_perpetrator_id"))
        batch_op.drop_index("ix_incident_occurred_on")
        batch_op.drop_index("ix_incident_level")
        batch_op.drop_index("ix_incident_channel")

    op.drop_table("incident")
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_log_person_id"))

    op.drop_table("contact_log")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_related_to_id"))
        batch_op.drop_index("ix_person_kind_name")

    op.drop_table("person")
    op.drop_table("category")
