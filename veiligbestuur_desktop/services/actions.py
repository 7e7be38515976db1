"""Action points (step 4) on the generic record service, and the small base the other record services of
steps 4 and 5 share (`AreaService`: a register's count and page, the incidents a form may link to).

Other areas create action points through `ActionService(ws).create(ActionDraft(...))` (step 7: adjustments
decided in an evaluation, source_kind=evaluatie). Marking a recurring action point gereed moves its deadline
forward (domain.actions.complete, with the plan's next-due rule).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TypeVar

from veiligbestuur_desktop.domain.actions import (
    ActionDraft,
    ActionSource,
    ActionStatus,
    check_action,
    complete,
    follow_through,
    require_owner_for_recurring,
)
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services.records import Changes, RecordService, Unit
from veiligbestuur_desktop.store.execution import (
    ActionRepository,
    AreaQuery,
    AreaRepository,
    AreaRow,
    IncidentRef,
    incident_exists,
    incident_refs,
)

R = TypeVar("R", bound=AreaRepository[Any, Any])
D = TypeVar("D")

# the incidents a form offers to link: the newest of the last year (plus the ones a record already links);
# any other incident is picked by its number (`incident_by_number`)
PICK_INCIDENTS_DAYS = 365
PICK_INCIDENTS_MAX = 300


class AreaService(RecordService[R, D]):
    """A record service with a register: count and page in SQL, all rows, and the incidents to link."""

    def count(self, query: AreaQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: AreaQuery, offset: int, limit: int) -> list[AreaRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def rows(self, query: AreaQuery | None = None) -> list[AreaRow]:
        with self.reading() as repo:
            return repo.all(query)

    def incidents(
        self, include: tuple[int, ...] = (), today: date | None = None, days: int = PICK_INCIDENTS_DAYS
    ) -> list[IncidentRef]:
        """The incidents a form offers (number and categories only), newest first, and those in `include`."""
        since = (today or date.today()) - timedelta(days=days)
        with self.reading() as repo:
            found = incident_refs(repo.session, since=since, limit=PICK_INCIDENTS_MAX)
            known = {r.id for r in found}
            extra = [i for i in include if i not in known]
            if extra:
                found += incident_refs(repo.session, ids=extra)
        return found

    def incident_choices(
        self, include: tuple[int, ...] = (), today: date | None = None
    ) -> list[tuple[int, str]]:
        return [(r.id, r.label()) for r in self.incidents(include, today)]

    def incident_by_number(self, number: str) -> int:
        """The id of incident `number` ("2026-014"), or a Dutch message when there is none."""
        from veiligbestuur_desktop.services.incidents import IncidentService

        return IncidentService(self.ws).id_for_number(number.strip())

    @staticmethod
    def check_incidents(unit: Unit, ids: tuple[int, ...] | list[int], field: str) -> None:
        repo = unit.repo(ActionRepository)
        for i in ids:
            if not incident_exists(repo.session, i):
                raise ValidationError(
                    tr("services", "Een gekozen incident bestaat niet (meer). Kies het opnieuw."), field=field
                )

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return "aangemaakt"
        if action == "delete":
            return "verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))


@dataclass(frozen=True, slots=True)
class OverdueAction:
    """An action point whose deadline has passed while it is open or bezig (plain data for lists)."""

    id: int
    title: str
    owner: str
    deadline: date
    days: int
    source_kind: ActionSource
    status: ActionStatus


class ActionService(AreaService[ActionRepository, ActionDraft]):
    repository = ActionRepository
    not_found = "Dit actiepunt bestaat niet (meer)."

    def validate(self, unit: Unit, draft: ActionDraft, today: date | None, row: Any | None) -> ActionDraft:
        today = today or date.today()
        d = check_action(draft, today)
        require_owner_for_recurring(d)
        before = None if row is None else unit.repo(ActionRepository).draft(row)
        return follow_through(before, d, today)

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"aangemaakt (bron {row.source_kind}, {row.recurrence})"
        if action == "update" and "status" in changed:
            return f"status {row.status}; gewijzigd: " + ", ".join(sorted(changed))
        return super().summary(action, row, changed)

    def mark_done(self, action_id: int, on: date | None = None, today: date | None = None) -> Changes:
        """Done on `on` (today): a one-off is gereed, a recurring one gets its next deadline."""
        today = today or date.today()
        on = on or today
        if on > today:
            raise ValidationError(tr("services", "Een actiepunt kan niet in de toekomst gedaan zijn."))
        d = self.get(action_id)
        if d.status in (ActionStatus.GEREED, ActionStatus.VERVALLEN):
            raise ValidationError(
                tr("services", "Dit actiepunt is al {status}.").format(status=d.status.label), field="status"
            )
        return self.update(action_id, complete(d, on), today)

    def overdue(self, today: date | None = None, limit: int = 500) -> list[OverdueAction]:
        """Open or bezig with a deadline before today, longest overdue first."""
        today = today or date.today()
        rows = self.page(AreaQuery(sort="deadline", descending=False, overdue_before=today), 0, limit)
        out = []
        for r in rows:
            v = r.values
            out.append(
                OverdueAction(
                    r.id,
                    v["title"],
                    v["owner"],
                    v["deadline"],
                    (today - v["deadline"]).days,
                    v["source_kind"],
                    v["status"],
                )
            )
        return out

    def overdue_count(self, today: date | None = None) -> int:
        return self.count(AreaQuery(overdue_before=today or date.today()))

    def open_count(self) -> int:
        with self.reading() as repo:
            return repo.open_count()

    def for_source(self, source_kind: ActionSource, source_id: int) -> list[AreaRow]:
        return self.rows(AreaQuery(sort="deadline", descending=False, source=(source_kind.value, source_id)))

    def defaults(self, today: date | None = None) -> ActionDraft:
        today = today or date.today()
        return ActionDraft(owner=self.ws.person, deadline=today + timedelta(days=28))

    @staticmethod
    def reopen(d: ActionDraft) -> ActionDraft:
        return replace(d, status=ActionStatus.OPEN)


__all__ = ["ActionDraft", "ActionService", "AreaQuery", "AreaRow", "AreaService", "OverdueAction"]
