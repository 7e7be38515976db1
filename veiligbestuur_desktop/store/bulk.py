"""Bulk inserts of generated records (the demo generator): batched Core inserts, parents before children.

100,000 incidents take seconds this way; the ORM's unit of work would take minutes. Rows are plain dicts with
the column names of the tables; ids are given by the caller (an empty vault), so children can refer to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.store.models import (
    FollowUp,
    Incident,
    IncidentCategory,
    IncidentCheck,
    IncidentEvent,
    IncidentVictim,
    Person,
)

# the order in which tables are written: every foreign key points to a table earlier in the list
ORDER = (Person, Incident, IncidentCategory, IncidentVictim, FollowUp, IncidentCheck, IncidentEvent)
BY_NAME: dict[str, Any] = {t.__tablename__: t for t in ORDER}


class BulkInsert:
    """Collects rows per table and writes them in batches, parents first."""

    def __init__(self, session: Session, batch: int = 5000) -> None:
        self.session = session
        self.batch = batch
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in BY_NAME}

    def records_present(self) -> int:
        """How many people and incidents the vault holds (bulk loading is for an empty vault only)."""
        people = self.session.scalar(select(func.count()).select_from(Person)) or 0
        incidents = self.session.scalar(select(func.count()).select_from(Incident)) or 0
        return int(people + incidents)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def pending(self, table: str) -> int:
        return len(self.rows[table])

    def add_all(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        self.rows[table].extend(rows)

    def flush(self) -> None:
        for name, model in BY_NAME.items():
            rows = self.rows[name]
            for start in range(0, len(rows), self.batch):
                self.session.execute(insert(model), rows[start : start + self.batch])
            rows.clear()

    def incident_numbers(self, first: int, last: int) -> list[tuple[int, str]]:
        """(id, number) of the incidents with ids first..last."""
        return [
            (iid, number)
            for iid, number in self.session.execute(
                select(Incident.id, Incident.number).where(Incident.id.between(first, last))
            )
        ]
