"""Action points: validation, recurrence (the plan's next-due rule), overdue, audit."""

from __future__ import annotations

from datetime import date

import pytest

from veiligbestuur_desktop.domain.actions import ActionDraft, ActionSource, ActionStatus, Recurrence
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.services.actions import ActionService
from veiligbestuur_desktop.services.verify import verify

TODAY = date(2026, 11, 29)


def test_create_update_and_overdue(workspace):
    svc = ActionService(workspace)
    late = svc.create(
        ActionDraft(title="Huisregels ophangen", owner="Bode", deadline=date(2026, 11, 1)), today=TODAY
    )
    svc.create(ActionDraft(title="Training agressie", owner="HR", deadline=date(2026, 12, 20)), today=TODAY)
    assert late.changes.touches("action")
    overdue = svc.overdue(TODAY)
    assert [(o.id, o.title, o.days) for o in overdue] == [(late.id, "Huisregels ophangen", 28)]
    assert svc.overdue_count(TODAY) == 1 and svc.open_count() == 2
    d = svc.get(late.id)
    svc.update(late.id, ActionDraft(**{**_asdict(d), "status": ActionStatus.GEREED}), today=TODAY)
    done = svc.get(late.id)
    assert done.status == ActionStatus.GEREED and done.last_done == TODAY
    assert svc.overdue(TODAY) == []


def _asdict(d):
    from dataclasses import fields

    return {f.name: getattr(d, f.name) for f in fields(d)}


def test_recurring_action_moves_its_deadline_like_the_plan(workspace):
    svc = ActionService(workspace)
    created = svc.create(
        ActionDraft(
            title="Kwartaalrapportage maatregelen",
            owner="Coördinator",
            deadline=date(2026, 11, 30),
            recurrence=Recurrence.KWARTAAL,
            source_kind=ActionSource.MAATREGEL,
            source_id=7,
        ),
        today=TODAY,
    )
    svc.mark_done(created.id, on=date(2026, 11, 28), today=TODAY)
    d = svc.get(created.id)
    assert d.status == ActionStatus.OPEN and d.last_done == date(2026, 11, 28)
    assert d.deadline == date(2027, 2, 28)  # next_due: three months after it was done
    assert d.source_id == 7
    # set to gereed in the form: the same
    svc.update(created.id, ActionDraft(**{**_asdict(d), "status": ActionStatus.GEREED}), today=TODAY)
    again = svc.get(created.id)
    assert again.status == ActionStatus.OPEN and again.last_done == TODAY
    assert again.deadline == date(2027, 2, 28)  # 29 Nov + 3 months clamps to the end of February


def test_clear_dutch_messages(workspace):
    svc = ActionService(workspace)
    with pytest.raises(ValidationError) as e:
        svc.create(ActionDraft(title="", deadline=TODAY), today=TODAY)
    assert e.value.field == "title" and "Vul" in e.value.message
    with pytest.raises(ValidationError) as e:
        svc.create(ActionDraft(title="Iets", deadline=None), today=TODAY)
    assert e.value.field == "deadline"
    with pytest.raises(ValidationError) as e:
        svc.create(ActionDraft(title="Iets", deadline=TODAY, recurrence=Recurrence.JAARLIJKS), today=TODAY)
    assert e.value.field == "owner" and "verantwoordelijke" in e.value.message


def test_action_writes_are_audited_and_verify_stays_clean(workspace):
    svc = ActionService(workspace)
    a = svc.create(ActionDraft(title="Iets", owner="X", deadline=TODAY), today=TODAY)
    svc.mark_done(a.id, today=TODAY)
    b = svc.create(ActionDraft(title="Weg", owner="X", deadline=TODAY), today=TODAY)
    svc.delete(b.id)
    report = verify(workspace, backups=False)
    assert report.ok, report.lines()
