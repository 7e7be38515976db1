"""Avoidance signals per office holder (step 4). Visible to the coordinator only: no document shows them,
and the audit summary holds codes, never the person or the signal's text."""

from __future__ import annotations

from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.execution import AvoidanceSignalDraft, check_signal
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services.actions import AreaService
from veiligbestuur_desktop.services.records import Unit
from veiligbestuur_desktop.store.execution import AvoidanceSignalRepository, person_kind


class SignalService(AreaService[AvoidanceSignalRepository, AvoidanceSignalDraft]):
    repository = AvoidanceSignalRepository
    not_found = "Dit vermijdingssignaal bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: AvoidanceSignalDraft, today: date | None, row: Any | None
    ) -> AvoidanceSignalDraft:
        d = check_signal(draft, today)
        repo = unit.repo(AvoidanceSignalRepository)
        if d.person_id is not None and person_kind(repo.session, d.person_id) != "ambtsdrager":
            raise ValidationError(
                tr("services", "Een vermijdingssignaal hoort bij een bestaande ambtsdrager. Kies die."),
                field="person_id",
            )
        return d

    def latest(self) -> tuple[int, AvoidanceSignalDraft] | None:
        with self.reading() as repo:
            row = repo.latest()
            return None if row is None else (row.id, repo.draft(row))

    def counts(self) -> tuple[int, int]:
        """(open signals, signals not closed without any follow-up)."""
        with self.reading() as repo:
            return repo.counts()
