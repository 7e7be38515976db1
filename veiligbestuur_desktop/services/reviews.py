"""Incident reviews (step 4): the incidents discussed, conclusions, and decisions that become action points
(source incidentbespreking) in the same unit of work."""

from __future__ import annotations

from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.actions import ActionDraft, ActionSource
from veiligbestuur_desktop.domain.execution import IncidentReviewDraft, check_review, decision_lines
from veiligbestuur_desktop.services.actions import AreaService
from veiligbestuur_desktop.services.records import Unit
from veiligbestuur_desktop.store.execution import ActionRepository, IncidentReviewRepository


class ReviewService(AreaService[IncidentReviewRepository, IncidentReviewDraft]):
    repository = IncidentReviewRepository
    not_found = "Deze incidentbespreking bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: IncidentReviewDraft, today: date | None, row: Any | None
    ) -> IncidentReviewDraft:
        d = check_review(draft, today)
        self.check_incidents(unit, d.incident_ids, "incident_ids")
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return (
                f"aangemaakt ({row.forum}, {len([i for i in row.incident_ids.split(',') if i])} incidenten)"
            )
        return super().summary(action, row, changed)

    def created(self, unit: Unit, row: Any, draft: IncidentReviewDraft) -> None:
        self._actions(unit, row.id, draft)

    def updated(self, unit: Unit, row: Any, before: IncidentReviewDraft, draft: IncidentReviewDraft) -> None:
        self._actions(unit, row.id, draft)

    @staticmethod
    def _actions(unit: Unit, review_id: int, d: IncidentReviewDraft) -> None:
        """Every decision line without an action point of this review becomes one (a line changed later
        becomes a new action point; the old one stays, to be set to vervallen by hand)."""
        actions = unit.repo(ActionRepository)
        have = actions.titles_for(ActionSource.INCIDENTBESPREKING.value, review_id)
        for line in decision_lines(d.decisions):
            if line in have or d.decision_deadline is None:
                continue
            row = actions.create(
                ActionDraft(
                    title=line,
                    owner=d.decision_owner,
                    deadline=d.decision_deadline,
                    source_kind=ActionSource.INCIDENTBESPREKING,
                    source_id=review_id,
                )
            )
            unit.audit_record("create", "action", row.id, "aangemaakt uit incidentbespreking")

    def latest(self) -> tuple[int, IncidentReviewDraft] | None:
        with self.reading() as repo:
            row = repo.latest()
            return None if row is None else (row.id, repo.draft(row))
