"""The contact card of step 3: the numbers every office holder should have at hand, with the date they were
last checked.

Until the coordinator edits it, the card is the national defaults (domain.incidents.DEFAULT_CONTACTS, from
public sources). The card and its check date are stored in the vault's settings; every change is audited
(the number of entries, never their content). The step-1 normkaart, the printed contactkaart and the
incident's escalation banner read `card()`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from veiligbestuur_desktop.domain.incidents import DEFAULT_CONTACTS
from veiligbestuur_desktop.domain.preparation import (
    ContactEntry,
    card_is_stale,
    check_card,
)
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import settings

CARD_KEY = "contact_card"  # JSON list of {"label", "number", "note"}
CHECKED_KEY = "contact_card_checked"  # ISO date of the last check

__all__ = ["ContactEntry", "ContactService", "default_card"]


def default_card() -> list[ContactEntry]:
    """The national numbers from public sources (to be confirmed by the coordinator)."""
    return [ContactEntry(label, number) for label, number in DEFAULT_CONTACTS]


def _parse(raw: str) -> list[ContactEntry] | None:
    if not raw:
        return None
    try:
        return [
            ContactEntry(str(e.get("label", "")), str(e.get("number", "")), str(e.get("note", "")))
            for e in json.loads(raw)
        ]
    except (ValueError, TypeError, AttributeError):
        return None


class ContactService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def card(self) -> list[ContactEntry]:
        """The contact list as the coordinator left it; the national defaults until edited."""
        with self.ws.reading() as s:
            stored = _parse(settings.get(s, CARD_KEY))
        return stored if stored else default_card()

    def edited(self) -> bool:
        """Whether the coordinator has saved a card of their own (else the defaults are shown)."""
        with self.ws.reading() as s:
            return bool(_parse(settings.get(s, CARD_KEY)))

    def last_checked(self) -> date | None:
        with self.ws.reading() as s:
            raw = settings.get(s, CHECKED_KEY)
        try:
            return date.fromisoformat(raw) if raw else None
        except ValueError:
            return None

    def is_stale(self, today: date | None = None) -> bool:
        """Never checked, or longer than six months ago: the card and the checklist warn."""
        return card_is_stale(self.last_checked(), today or date.today())

    def save(self, entries: list[ContactEntry], *, checked_on: date | None = None) -> list[ContactEntry]:
        """Replace the whole list (validated, Dutch messages); `checked_on` also records a check."""
        clean = check_card(list(entries))
        payload = json.dumps([asdict(e) for e in clean], ensure_ascii=False)
        with self.ws.transaction() as s:
            settings.put(s, CARD_KEY, payload)
            summary = f"contactkaart: {len(clean)} nummers"
            if checked_on is not None:
                settings.put(s, CHECKED_KEY, checked_on.isoformat())
                summary += ", gecontroleerd"
            self.ws.audit(s, "update", "setting", CARD_KEY, summary)
        return clean

    def add(self, entry: ContactEntry) -> list[ContactEntry]:
        return self.save([*self.card(), entry])

    def replace(self, index: int, entry: ContactEntry) -> list[ContactEntry]:
        card = self.card()
        card[index] = entry
        return self.save(card)

    def remove(self, index: int) -> list[ContactEntry]:
        card = self.card()
        del card[index]
        return self.save(card)

    def move(self, index: int, offset: int) -> list[ContactEntry]:
        """Move one line up (-1) or down (+1) on the card."""
        card = self.card()
        target = index + offset
        if not 0 <= index < len(card) or not 0 <= target < len(card):
            return card
        card[index], card[target] = card[target], card[index]
        return self.save(card)

    def mark_checked(self, on: date | None = None) -> date:
        """The coordinator confirmed every number on the card (today)."""
        on = on or date.today()
        with self.ws.transaction() as s:
            if not _parse(settings.get(s, CARD_KEY)):  # confirming the defaults makes them the card
                payload = json.dumps([asdict(e) for e in default_card()], ensure_ascii=False)
                settings.put(s, CARD_KEY, payload)
            settings.put(s, CHECKED_KEY, on.isoformat())
            self.ws.audit(s, "update", "setting", CARD_KEY, "contactkaart gecontroleerd")
        return on
