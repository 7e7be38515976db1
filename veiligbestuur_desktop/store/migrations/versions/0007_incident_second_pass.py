"""Incident register second pass (issue 10): channel and place, statuses, follow-up titles and details.

- `incident.place` (new, the last column): where it happened. The channels that were places ("bij de
  woning", "vergadering / publieke tribune", "openbare ruimte") become the channel "persoonlijk" with that
  place; an incident at the home happened at the home; e-mail and social media happened online; otherwise
  the free-text location decides where it clearly can. Nothing is guessed beyond that (NULL: not known).
- statuses: "gemeld" (meaningless inside a register) becomes "geregistreerd"; "nazorg" (a track, not a
  phase) becomes "in behandeling".
- follow-ups: the planned titles the user kept get the new words ("Opvanggesprek", "Eerste/Tweede
  vervolggesprek", "Reactie aan de dader", "Aangifte of melding afwegen"); the aangifte details move to the
  new choices (ja/nee → aangifte/geen, "politie doet toch niets" → "verwacht geen resultaat van
  politie/justitie", "als werkgever" → "namens het slachtoffer", the OM decision's free text → a choice,
  the text itself kept as "Toelichting beslissing OM" when it said more than the choice).
- the timeline's entries that name a follow-up's kind follow its title (the timeline is no audited record);
  older entries (0005 kept no kind) keep the words they were written in.

Every incident whose stored rows changed gets a baseline audit entry with its new record hash (SECURITY.md,
"Audit trail and anchors"), as 0004 does, so `verify` stays clean. The maps below are frozen: a later change of
the domain must not change what this upgrade did.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BASELINE_SLOT = "VeiligBestuur (schema-upgrade 0007)"
BASELINE_SUMMARY = "kanaal en plaats, status en opvolging omgezet bij de schema-upgrade"
DOWNGRADE_SLOT = "VeiligBestuur (schema-downgrade 0007)"
DOWNGRADE_SUMMARY = "kanaal, opvolging teruggezet bij de schema-downgrade"

OLD_CHANNELS: dict[str, tuple[str, str]] = {
    "woning": ("persoonlijk", "woning"),
    "vergadering": ("persoonlijk", "vergadering"),
    "openbare_ruimte": ("persoonlijk", "openbare_ruimte"),
}
ONLINE_CHANNELS = frozenset({"email", "sociale_media"})
LOCATION_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("raadzaal", "tribune", "vergadering", "commissie"), "vergadering"),
    (("gemeentehuis", "raadhuis", "stadhuis", "balie"), "gemeentehuis"),
    (("online", "facebook", "instagram", "twitter", "tiktok", "whatsapp", "internet"), "online"),
    (("woning", "thuis", "voordeur", "oprit"), "woning"),
    (("markt", "straat", "plein", "park", "sporthal", "supermarkt", "station"), "openbare_ruimte"),
)
STATUSES = {"gemeld": "geregistreerd", "nazorg": "in_behandeling"}
TITLES: dict[str, tuple[str, str]] = {  # kind: (old planned title, new planned title)
    "gesprek_72u": ("Gesprek binnen 72 uur", "Opvanggesprek"),
    "nagesprek_2w": ("Nagesprek na ongeveer 2 weken", "Eerste vervolggesprek"),
    "nagesprek_6w": ("Nagesprek na 6 tot 8 weken", "Tweede vervolggesprek"),
    "reactie": ("Reactie naar de dader binnen 24 uur", "Reactie aan de dader"),
    "aangifte": ("Melding of aangifte overwegen", "Aangifte of melding afwegen"),
}
DECISIONS = {"ja": "aangifte", "nee": "geen"}
REASONS = {"politie_doet_niets": "geen_resultaat"}
FILED_BY = {"werkgever": "gemeente"}
OM_CODES = ("sepot", "strafbeschikking", "dagvaarding", "onbekend")
OM_LABELS = {"sepot": "sepot", "strafbeschikking": "strafbeschikking", "dagvaarding": "dagvaarding"}
OM_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("sepo",), "sepot"),
    (("strafbeschik",), "strafbeschikking"),
    (("dagvaard", "zitting"), "dagvaarding"),
    (("onbekend", "nog niet"), "onbekend"),
)


def place_of(channel: str, at_home: bool, location: str) -> tuple[str, str | None]:
    """(channel, place) of an incident stored before the split."""
    if channel in OLD_CHANNELS:
        return OLD_CHANNELS[channel]
    if at_home:  # the flag 'bij de woning' said where, whatever the medium (the app keeps the two in step)
        return channel, "woning"
    if channel in ONLINE_CHANNELS:
        return channel, "online"
    text = (location or "").casefold()
    for words, place in LOCATION_WORDS:
        if any(w in text for w in words):
            return channel, place
    return channel, None


def om_decision(text: str) -> tuple[str | None, str]:
    """(choice, note) for the OM decision's old free text: the note keeps a text that said more."""
    t = text.strip()
    if not t:
        return None, ""
    if t in OM_CODES:
        return t, ""
    folded = t.casefold()
    for words, code in OM_WORDS:
        if any(w in folded for w in words):
            return code, "" if folded in (code, OM_LABELS.get(code, "")) else t
    return None, t


def details_up(track: str, details: dict[str, Any]) -> dict[str, Any]:
    if track != "aangifte":
        return details
    out = dict(details)
    if out.get("decision") in DECISIONS:
        out["decision"] = DECISIONS[out["decision"]]
    if out.get("reason") in REASONS:
        out["reason"] = REASONS[out["reason"]]
    if out.get("filed_by") in FILED_BY:
        out["filed_by"] = FILED_BY[out["filed_by"]]
    if "om_decision" in out:
        code, note = om_decision(str(out.pop("om_decision")))
        if code:
            out["om_decision"] = code
        if note:
            out["om_note"] = (str(out.get("om_note", "")) + " " + note).strip()
    return out


def details_down(track: str, details: dict[str, Any]) -> dict[str, Any]:
    if track != "aangifte":
        return details
    out = dict(details)
    back = {v: k for k, v in DECISIONS.items()}
    if out.get("decision") == "melding":
        out["decision"] = "ja"
    elif out.get("decision") in back:
        out["decision"] = back[out["decision"]]
    if out.get("reason") == "geen_resultaat":
        out["reason"] = "politie_doet_niets"
    if out.get("filed_by") == "gemeente":
        out["filed_by"] = "werkgever"
    code, note = out.pop("om_decision", ""), out.pop("om_note", "")
    text = " ".join(t for t in (OM_LABELS.get(str(code), "nog niet bekend" if code else ""), str(note)) if t)
    if text:
        out["om_decision"] = text
    return out


def _json(text: str | None) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _move(conn: sa.Connection, up: bool) -> set[int]:
    """Move the data one way; the ids of the incidents whose stored rows changed."""
    changed: set[int] = set()
    if up:
        rows = conn.execute(sa.text("SELECT id, channel, at_home, location, status FROM incident")).all()
        updates = []
        for iid, channel, at_home, location, status in rows:
            new_channel, place = place_of(str(channel), bool(at_home), str(location or ""))
            new_status = STATUSES.get(str(status), str(status))
            if (new_channel, place, new_status) != (channel, None, status):
                updates.append({"id": iid, "c": new_channel, "p": place, "s": new_status})
                changed.add(int(iid))
        if updates:
            conn.execute(
                sa.text("UPDATE incident SET channel = :c, place = :p, status = :s WHERE id = :id"), updates
            )
    else:
        rows = conn.execute(sa.text("SELECT id, channel, place FROM incident WHERE place IS NOT NULL")).all()
        back = {place: old for old, (_c, place) in OLD_CHANNELS.items()}
        updates = [
            {"id": iid, "c": back[str(place)] if channel == "persoonlijk" and place in back else channel}
            for iid, channel, place in rows
        ]
        if updates:
            conn.execute(sa.text("UPDATE incident SET channel = :c WHERE id = :id"), updates)
            changed.update(int(u["id"]) for u in updates)

    fus = conn.execute(sa.text("SELECT id, incident_id, track, kind, title, details FROM follow_up")).all()
    fu_updates = []
    for fid, iid, track, kind, title, details in fus:
        old_title, new_title = TITLES.get(str(kind), (None, None))
        title2 = (
            (new_title if title == old_title else title)
            if up
            else (old_title if title == new_title else title)
        )
        data = _json(details)
        data2 = details_up(str(track), data) if up else details_down(str(track), data)
        if title2 != title or data2 != data:
            fu_updates.append({"id": fid, "t": title2, "d": _dump(data2)})
            changed.add(int(iid))
    if fu_updates:
        conn.execute(sa.text("UPDATE follow_up SET title = :t, details = :d WHERE id = :id"), fu_updates)

    # entries that name the follow-up's kind (written since 0005); an older entry converted by 0005 has no kind
    # and keeps its words, as it was written
    events = conn.execute(
        sa.text("SELECT id, params FROM incident_event WHERE params LIKE '%\"kind\"%'")
    ).all()
    ev_updates = []
    for eid, params in events:
        data = _json(params)
        old_title, new_title = TITLES.get(str(data.get("kind", "")), (None, None))
        if old_title is None:
            continue
        src, dst = (old_title, new_title) if up else (new_title, old_title)
        data2 = {k: (dst if k in ("title", "t") and v == src else v) for k, v in data.items()}
        if data2 != data:
            ev_updates.append({"id": eid, "p": _dump(data2)})
    if ev_updates:
        conn.execute(sa.text("UPDATE incident_event SET params = :p WHERE id = :id"), ev_updates)
    return changed


def _baseline(conn: sa.Connection, ids: set[int], slot: str, summary: str) -> None:
    from veiligbestuur_desktop.store import audit

    entries = [audit.NewEntry("migrate", "incident", iid, summary, record=True) for iid in sorted(ids)]
    for i in range(0, len(entries), 5000):
        audit.append_many(conn, slot=slot, entries=entries[i : i + 5000])


def upgrade() -> None:
    op.add_column("incident", sa.Column("place", sa.String(length=30), nullable=True))
    conn = op.get_bind()
    _baseline(conn, _move(conn, up=True), BASELINE_SLOT, BASELINE_SUMMARY)


def downgrade() -> None:
    # The statuses stay as they are (geregistreerd and in behandeling exist in the older vocabulary too).
    conn = op.get_bind()
    changed = _move(conn, up=False)
    op.drop_column("incident", "place")  # ALTER TABLE DROP COLUMN: the table (and its FTS triggers) stays
    # the dropped column was the last one: a record whose only change was its place hashes as before it
    _baseline(conn, changed, DOWNGRADE_SLOT, DOWNGRADE_SUMMARY)
