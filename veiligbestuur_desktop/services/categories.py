"""The incident categories, editable (step 3): add, rename the label, retire and reactivate; a category in use
is never deleted, only retired. Codes never change (incidents store them); the label is what the user reads."""

from __future__ import annotations

import re
import unicodedata

from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import clean_text
from veiligbestuur_desktop.services.records import Changes
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store.categories import CategoryRepository, CategoryRow
from veiligbestuur_desktop.store.models import Category

__all__ = ["CategoryRow", "CategoryService", "code_for"]


def code_for(label: str) -> str:
    """A stable code from a label: 'Smaad via e-mail' -> 'smaad_via_e_mail'."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:36] or "categorie"


class CategoryService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def all(self) -> list[CategoryRow]:
        with self.ws.reading() as s:
            return CategoryRepository(s).all()

    def _label(self, label: str) -> str:
        return clean_text(
            label, tr("categories", "de naam van de categorie"), max_len=120, required=True, field="label"
        )

    def add(self, label: str) -> str:
        label = self._label(label)
        with self.ws.transaction() as s:
            repo = CategoryRepository(s)
            if label.casefold() in repo.labels():
                raise ValidationError(
                    tr("categories", "De categorie ‘{label}’ bestaat al. Kies een andere naam.").format(
                        label=label
                    ),
                    field="label",
                )
            base = code = code_for(label)
            n = 2
            while repo.get(code) is not None:
                code = f"{base}_{n}"
                n += 1
            repo.add(code, label)
            self.ws.audit(s, "create", "category", code, "categorie toegevoegd")
        return code

    def rename(self, code: str, label: str) -> Changes:
        label = self._label(label)
        with self.ws.transaction() as s:
            repo = CategoryRepository(s)
            row = self._require(repo, code)
            if row.label == label:
                return Changes()
            if label.casefold() != row.label.casefold() and label.casefold() in repo.labels():
                raise ValidationError(
                    tr("categories", "De categorie ‘{label}’ bestaat al. Kies een andere naam.").format(
                        label=label
                    ),
                    field="label",
                )
            row.label = label
            self.ws.audit(s, "update", "category", code, "naam gewijzigd")
        return Changes.of("category")

    def set_active(self, code: str, active: bool) -> Changes:
        with self.ws.transaction() as s:
            repo = CategoryRepository(s)
            row = self._require(repo, code)
            if bool(row.active) == active:
                return Changes()
            if not active and sum(1 for c in repo.all() if c.active) <= 1:
                raise ValidationError(
                    tr("categories", "Er moet ten minste één categorie in gebruik blijven.")
                )
            row.active = active
            self.ws.audit(s, "update", "category", code, "weer in gebruik" if active else "buiten gebruik")
        return Changes.of("category")

    def delete(self, code: str) -> Changes:
        """Only a category no incident uses; else the Dutch message says to retire it."""
        with self.ws.transaction() as s:
            repo = CategoryRepository(s)
            row = self._require(repo, code)
            used = repo.usage(code)
            if used:
                raise ValidationError(
                    tr(
                        "categories",
                        "‘{label}’ is gebruikt bij {n} incident(en) en kan niet worden verwijderd. Zet de categorie "
                        "buiten gebruik: dan wordt ze niet meer aangeboden, maar blijven de incidenten kloppen.",
                    ).format(label=row.label, n=used)
                )
            repo.delete(row)
            self.ws.audit(s, "delete", "category", code, "categorie verwijderd")
        return Changes.of("category")

    @staticmethod
    def _require(repo: CategoryRepository, code: str) -> Category:
        row = repo.get(code)
        if row is None:
            raise NotFound(tr("categories", "Deze categorie bestaat niet (meer)."))
        return row
