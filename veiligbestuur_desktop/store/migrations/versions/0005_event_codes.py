"""The incident timeline stores codes and parameters instead of text.

Each `incident_event` row held a sentence in the language of the session that wrote it. Now it holds a code
(domain.incidents.EVENTS) and JSON parameters (a status or checklist code, a follow-up's kind and title, a size
in bytes), translated when shown and always Dutch on paper. Existing Dutch sentences are recognised and
converted; any other text is kept as it was (code "", parameter "text").

The timeline is not a record (SECURITY.md): no record hash changes, so no baseline audit entries are needed.
Follow-up titles keep their stored (Dutch) text; a planned title is translated when shown by its kind.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Labels as the app wrote them before this revision (frozen here: later label changes must not change what
# this upgrade does).
STATUS_LABELS = {
    "gemeld": "gemeld",
    "geregistreerd": "geregistreerd",
    "in behandeling": "in_behandeling",
    "nazorg": "nazorg",
    "afgesloten": "afgesloten",
    "geëvalueerd": "geevalueerd",
    "geanonimiseerd": "geanonimiseerd",
}
CHECK_LABELS = {
    "Protocol gevolgd": "protocol",
    "Opsporing gefaciliteerd": "opsporing",
    "Gewezen op De Vertrouwenslijn en het Ondersteuningsteam": "vertrouwenslijn",
    "Incident geanalyseerd": "geanalyseerd",
    "Incident geregistreerd": "geregistreerd",
    "Nabesproken met het slachtoffer": "nabesproken",
    "Sancties afgewogen": "sancties",
    "Aangifte gedaan bij strafbaar feit": "aangifte",
    "Schade verhaald": "schade",
}
FOLLOW_UP_STATUS_LABELS = {"open": "open", "bezig": "bezig", "gereed": "gereed", "n.v.t.": "nvt"}
UNITS = {"B": 1, "kB": 1024, "MB": 1024 * 1024}


def _size(text: str) -> str | None:
    m = re.fullmatch(r"([\d.,]+) (B|kB|MB)", text)
    if not m:
        return None
    number = float(m.group(1).replace(".", "").replace(",", "."))
    return str(int(number * UNITS[m.group(2)]))


def convert(what: str) -> tuple[str, dict[str, str]]:
    """A stored sentence → (code, parameters); ("", {"text": what}) when it is not one the app wrote."""
    fixed = {
        "Incident geregistreerd": "registered",
        "Gegevens bijgewerkt": "updated",
        "Bijlage verwijderd": "attachment_removed",
    }
    if what in fixed:
        return fixed[what], {}
    m = re.fullmatch(r"Status gewijzigd naar ‘(.+)’", what)
    if m and m.group(1) in STATUS_LABELS:
        return "status", {"s": STATUS_LABELS[m.group(1)]}
    for prefix, code in (("Afgevinkt: ", "checked"), ("Vinkje weggehaald: ", "unchecked")):
        if what.startswith(prefix) and what[len(prefix) :] in CHECK_LABELS:
            return code, {"item": CHECK_LABELS[what[len(prefix) :]]}
    if what.startswith("Opvolging toegevoegd: "):
        return "follow_up_added", {"t": what[len("Opvolging toegevoegd: ") :]}
    m = re.fullmatch(r"Bijlage toegevoegd \((.+)\)", what)
    if m and _size(m.group(1)) is not None:
        return "attachment_added", {"size": _size(m.group(1)) or "0"}
    title, sep, status = what.rpartition(": ")
    if sep and status in FOLLOW_UP_STATUS_LABELS:
        return "follow_up_status", {"title": title, "status": FOLLOW_UP_STATUS_LABELS[status]}
    return "", {"text": what}


def upgrade() -> None:
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=40), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("params", sa.Text(), nullable=False, server_default="{}"))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, what FROM incident_event")).all()
    for row_id, what in rows:
        code, params = convert(what or "")
        conn.execute(
            sa.text("UPDATE incident_event SET code = :c, params = :p WHERE id = :i"),
            {"c": code, "p": json.dumps(params, ensure_ascii=False, sort_keys=True), "i": row_id},
        )
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.drop_column("what")
        batch_op.alter_column("code", server_default=None)
        batch_op.alter_column("params", server_default=None)


def downgrade() -> None:
    """Back to sentences: each code as the Dutch sentence this revision knows (no translation)."""
    status = {v: k for k, v in STATUS_LABELS.items()}
    checks = {v: k for k, v in CHECK_LABELS.items()}
    fu_status = {v: k for k, v in FOLLOW_UP_STATUS_LABELS.items()}
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("what", sa.String(length=300), nullable=False, server_default=""))
    conn = op.get_bind()
    for row_id, code, params in conn.execute(sa.text("SELECT id, code, params FROM incident_event")).all():
        p = json.loads(params or "{}")
        what = {
            "registered": "Incident geregistreerd",
            "updated": "Gegevens bijgewerkt",
            "attachment_removed": "Bijlage verwijderd",
            "status": f"Status gewijzigd naar ‘{status.get(p.get('s', ''), p.get('s', ''))}’",
            "checked": f"Afgevinkt: {checks.get(p.get('item', ''), p.get('item', ''))}",
            "unchecked": f"Vinkje weggehaald: {checks.get(p.get('item', ''), p.get('item', ''))}",
            "follow_up_added": f"Opvolging toegevoegd: {p.get('t', '')}",
            "attachment_added": f"Bijlage toegevoegd ({p.get('size', '')} B)",
            "follow_up_status": f"{p.get('title', '')}: {fu_status.get(p.get('status', ''), p.get('status', ''))}",
        }.get(code, p.get("text", code))
        conn.execute(
            sa.text("UPDATE incident_event SET what = :w WHERE id = :i"), {"w": what[:300], "i": row_id}
        )
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.drop_column("params")
        batch_op.drop_column("code")
        batch_op.alter_column("what", server_default=None)
