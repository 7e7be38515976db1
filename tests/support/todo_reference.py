"""The overview's to-do figures computed independently: every follow-up row read with plain SQL and classified
with the domain rule, for comparison with what the service counts in SQL and lists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from veiligbestuur_desktop.domain.incidents import FollowUpStatus, follow_up_state


def reference_counts(ws, today: date) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(overdue, due now) over every follow-up in the vault."""
    overdue = due = 0
    with ws.reading() as s:
        rows = s.execute(text("SELECT status, deadline, due_from FROM follow_up")).all()
    for status, deadline, due_from in rows:
        if deadline is None:
            continue
        state = follow_up_state(
            FollowUpStatus(status),
            date.fromisoformat(str(deadline)),
            date.fromisoformat(str(due_from)) if due_from else None,
            today,
        )
        overdue += state == "overdue"
        due += state == "due"
    return overdue, due
