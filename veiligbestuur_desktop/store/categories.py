"""The editable list of incident categories (the foundation's `category` table): add, rename, retire and
reactivate. A category in use by an incident is never deleted, only retired."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.store.models import Category, IncidentCategory


@dataclass(frozen=True, slots=True)
class CategoryRow:
    code: str
    label: str
    active: bool
    sort: int
    used: int  # incidents with this category


class CategoryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[CategoryRow]:
        used = dict(
            self.session.execute(
                select(IncidentCategory.code, func.count()).group_by(IncidentCategory.code)
            ).all()
        )
        return [
            CategoryRow(c.code, c.label, bool(c.active), c.sort, int(used.get(c.code, 0)))
            for c in self.session.scalars(select(Category).order_by(Category.sort, Category.code))
        ]

    def get(self, code: str) -> Category | None:
        return self.session.get(Category, code)

    def labels(self) -> set[str]:
        return {label.casefold() for label in self.session.scalars(select(Category.label))}

    def next_sort(self) -> int:
        return int(self.session.scalar(select(func.max(Category.sort))) or 0) + 1

    def add(self, code: str, label: str) -> Category:
        row = Category(code=code, label=label, active=True, sort=self.next_sort())
        self.session.add(row)
        self.session.flush()
        return row

    def usage(self, code: str) -> int:
        return int(self.session.scalar(select(func.count()).where(IncidentCategory.code == code)) or 0)

    def delete(self, row: Category) -> None:
        self.session.delete(row)
        self.session.flush()
