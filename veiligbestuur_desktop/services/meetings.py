"""Operational risk checks per meeting or event (step 4) on the generic record service."""

from __future__ import annotations

from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.execution import MeetingCheckDraft, check_meeting
from veiligbestuur_desktop.services.actions import AreaService
from veiligbestuur_desktop.services.records import Unit
from veiligbestuur_desktop.store.execution import MeetingCheckRepository


class MeetingService(AreaService[MeetingCheckRepository, MeetingCheckDraft]):
    repository = MeetingCheckRepository
    not_found = "Deze risico-inschatting bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: MeetingCheckDraft, today: date | None, row: Any | None
    ) -> MeetingCheckDraft:
        d = check_meeting(draft, today)
        self.check_incidents(unit, d.incident_ids, "incident_ids")
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"aangemaakt ({row.meeting_kind}, niveau {row.level})"
        return super().summary(action, row, changed)

    def current(self, today: date | None = None) -> int | None:
        """The next upcoming meeting's check (else the latest one): the sheet to print by default."""
        with self.reading() as repo:
            return repo.next_upcoming(today or date.today())

    def latest(self, today: date | None = None) -> tuple[int, MeetingCheckDraft] | None:
        """The latest meeting held up to today."""
        with self.reading() as repo:
            row = repo.latest(today or date.today())
            return None if row is None else (row.id, repo.draft(row))
