"""Issue 10: the overview's to-do counts are true at any volume (the list used to stop at 500 and say "0 nu aan
de beurt"), and the list is sorted by urgency: overdue first, most severe first, with the victim shown."""

from __future__ import annotations

from datetime import date

from tests.support.todo_reference import reference_counts
from veiligbestuur_desktop.services import demo
from veiligbestuur_desktop.services.incidents import IncidentService

TODAY = date(2026, 11, 29)


def test_counts_equal_a_plain_count_and_the_list_is_most_urgent_first(workspace):
    demo.fill(workspace, 700, seed=3)
    svc = IncidentService(workspace)
    counts = svc.todo_counts(TODAY)
    overdue, due = reference_counts(workspace, TODAY)
    assert (counts.overdue, counts.due) == (overdue, due)
    assert overdue > 20 and due > 0

    items = svc.todo(TODAY, limit=20)  # the list is capped (500 in the app); the counts above are not
    assert len(items) == 20
    states = [i.state for i in items]
    assert states == sorted(states, key=lambda s: s != "overdue")  # every overdue item before any due one
    overdue_items = [i for i in items if i.state == "overdue"]
    levels = [i.due.severity_level or 0 for i in overdue_items]
    assert levels == sorted(levels, reverse=True)  # the most severe incidents first
    assert sum(bool(i.victims) for i in items) > 15  # the victim is shown (an incident may have none)
