"""Step 3 (Voorbereiding): chain agreements, the sanction ladder (seeded with the national defaults) and the
sanctions of a person.

The seeded ladder steps are audited records: each gets a baseline audit entry with its record hash, so that
`verify` finds every step accounted for (SECURITY.md, "Audit trail and anchors").

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BASELINE_SLOT = "VeiligBestuur (schema-upgrade 0010)"
BASELINE_SUMMARY = "sanctieladder: landelijke standaard"

# A frozen copy of the national ladder at this revision (domain.sanctions.DEFAULT_LADDER may change later):
# (code, title, criteria, decider, duration, legal basis, bezwaar, letter)
LADDER_AT_0010: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "waarschuwing",
        "Schriftelijke waarschuwing",
        "Grensoverschrijdend gedrag zonder strafbaar feit, of een eerste licht strafbaar feit (belediging); "
        "de veroorzaker is bekend.",
        "burgemeester",
        "eenmalig",
        "huisrecht; gedragsnorm uit het agressieprotocol",
        "geen bezwaar: geen besluit in de zin van de Awb",
        "waarschuwing",
    ),
    (
        "ordegesprek",
        "Ordegesprek",
        "Herhaald grensoverschrijdend gedrag, of gedrag na een waarschuwing; het gesprek legt de norm uit en "
        "maakt afspraken.",
        "burgemeester",
        "eenmalig, met schriftelijke bevestiging van de afspraken",
        "agressieprotocol",
        "geen bezwaar",
        "ordegesprek",
    ),
    (
        "toegangsverbod",
        "Toegangsverbod gemeentehuis",
        "Agressie of bedreiging in of bij het gemeentehuis; vereist zichtbare huisregels en een brief met het "
        "gedrag en de duur; de politie wordt geïnformeerd.",
        "burgemeester",
        "maximaal 12 maanden",
        "huisregels gemeentehuis (huisrecht, art. 138 Sr bij overtreding)",
        "bezwaar binnen zes weken (Awb) bij het bestuursorgaan dat besloot",
        "toegangsverbod",
    ),
    (
        "tribune",
        "Verwijdering van de publieke tribune",
        "Verstoring van de orde in een raads- of commissievergadering.",
        "voorzitter_raad",
        "de vergadering; bij herhaling een toegangsverbod",
        "art. 26 Gemeentewet (orde in de vergadering)",
        "geen bezwaar: een ordemaatregel van de voorzitter",
        "geen",
    ),
    (
        "gebiedsverbod",
        "Gebiedsverbod",
        "Ernstige vrees voor verstoring van de openbare orde door herhaalde hinder of bedreiging in een "
        "gebied (bijv. rond de woning van de ambtsdrager); proportioneel en subsidiair.",
        "burgemeester",
        "maximaal drie maanden, te verlengen",
        "art. 172a Gemeentewet",
        "bezwaar binnen zes weken en voorlopige voorziening bij de rechter",
        "geen",
    ),
    (
        "civiel_verbod",
        "Civiel contact- of straatverbod",
        "Aanhoudende belaging of intimidatie waartegen bestuursrechtelijke maatregelen niet volstaan.",
        "rechter",
        "zoals de rechter bepaalt",
        "onrechtmatige daad, art. 6:162 BW (kort geding)",
        "hoger beroep volgens het burgerlijk procesrecht",
        "geen",
    ),
    (
        "aangifte",
        "Aangifte",
        "Elk strafbaar feit (bedreiging, belaging, doxing, geweld, vernieling); met VPT-code en domicilie "
        "op het gemeentehuis.",
        "slachtoffer",
        "tot de beslissing van het OM",
        "Wetboek van Strafvordering; ELA-afspraken",
        "beklag bij het gerechtshof tegen niet-vervolgen (art. 12 Sv)",
        "geen",
    ),
    (
        "schadeverhaal",
        "Schadeverhaal",
        "Materiële of immateriële schade door het incident; namens het slachtoffer of voor de gemeente.",
        "college",
        "tot de schade is vergoed",
        "voeging in het strafproces (art. 51f Sv) of een civiele vordering",
        "volgens de gekozen procedure",
        "geen",
    ),
)


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=30), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    op.create_table(
        "sanction_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("decider", sa.String(length=30), nullable=False),
        sa.Column("duration", sa.String(length=120), nullable=False),
        sa.Column("legal_basis", sa.String(length=200), nullable=False),
        sa.Column("bezwaar", sa.String(length=300), nullable=False),
        sa.Column("letter", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction_step")),
    )
    op.create_table(
        "sanction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=30), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("letter_sent_on", sa.Date(), nullable=True),
        sa.Column("bezwaar_filed_on", sa.Date(), nullable=True),
        sa.Column("bezwaar_decided_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_sanction_person_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["sanction_step.id"],
            name=op.f("fk_sanction_step_id_sanction_step"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction")),
    )
    op.create_index("ix_sanction_person", "sanction", ["person_id", "decided_on"], unique=False)
    op.create_index(op.f("ix_sanction_step_id"), "sanction", ["step_id"], unique=False)
    op.create_index(op.f("ix_sanction_incident_id"), "sanction", ["incident_id"], unique=False)

    from datetime import UTC, datetime

    from veiligbestuur_desktop.store import audit

    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    entries: list[audit.NewEntry] = []
    for rank, (code, title, criteria, decider, duration, basis, bezwaar, letter) in enumerate(
        LADDER_AT_0010, 1
    ):
        conn.execute(
            sa.text(
                "INSERT INTO sanction_step (id, code, rank, title, criteria, decider, duration, legal_basis, "
                "bezwaar, letter, active, updated_at) VALUES (:id, :code, :rank, :title, :criteria, :decider, "
                ":duration, :basis, :bezwaar, :letter, 1, :now)"
            ),
            {
                "id": rank,
                "code": code,
                "rank": rank,
                "title": title,
                "criteria": criteria,
                "decider": decider,
                "duration": duration,
                "basis": basis,
                "bezwaar": bezwaar,
                "letter": letter,
                "now": now,
            },
        )
        entries.append(audit.NewEntry("migrate", "sanction_step", rank, BASELINE_SUMMARY, record=True))
    audit.append_many(conn, slot=BASELINE_SLOT, entries=entries)


def downgrade() -> None:
    count = op.get_bind().execute(
        sa.text("SELECT (SELECT count(*) FROM sanction) + (SELECT count(*) FROM agreement)")
    )
    if count.scalar():
        raise RuntimeError("sanctions or chain agreements are recorded; a downgrade would lose them")
    op.drop_index(op.f("ix_sanction_incident_id"), table_name="sanction")
    op.drop_index(op.f("ix_sanction_step_id"), table_name="sanction")
    op.drop_index("ix_sanction_person", table_name="sanction")
    op.drop_table("sanction")
    op.drop_table("sanction_step")
    op.drop_table("agreement")
