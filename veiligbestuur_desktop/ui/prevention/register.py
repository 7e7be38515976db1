"""A register of step 2: the generic register (ui/kit/area_register.py) with a search field, Wijzigen… and a
record dialog built from the field list instead of a form beside the table. Writes publish their Changes; each
tab reloads from the change bus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from veiligbestuur_desktop.domain.fields import RecordKind
from veiligbestuur_desktop.ui.kit.area_register import AreaRegister, AreaTableModel, RecordDialog

__all__ = ["RecordDialog", "RegisterTab"]


class RegisterTab(AreaRegister):
    """A register: search, table, Nieuw / Wijzigen / Verwijderen; `kinds` it reloads on."""

    side_form = False
    max_column_width = 0
    fit_on_refresh = True

    def __init__(
        self,
        kind: RecordKind,
        name: str,
        new_label: str,
        new_draft: Callable[[], Any],
        query: Any,
        parent: QWidget | None = None,
        model: AreaTableModel | None = None,
    ) -> None:
        super().__init__(kind, name, new_draft, parent, query=query, model=model)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setDefaultSectionSize(120)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(self.tr("Zoeken…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.filters = QHBoxLayout()  # a tab adds its filters here
        self.filters.addWidget(self.search, 2)
        self.body.insertLayout(0, self.filters)
        self.new_button.setText(new_label)
        self.edit_button = self.button(self.tr("&Wijzigen…"), f"{name}_edit", self.open_selected)
        self.toolbar.insertWidget(1, self.edit_button)
        self.delete_button.setText(self.tr("Verwij&deren"))
        self.controls += [self.edit_button, self.search]
        self.set_enabled(False)

    def attach(self, service: Any) -> None:
        self.attach_service(service, service.ws)

    def describe(self, row: Any) -> str:
        return str(getattr(row, "title", "") or getattr(row, "course", ""))

    def delete_question(self) -> str:
        row = self.model.row_at(self.view.currentIndex().row())
        return self.tr("‘{name}’ verwijderen?").format(name=self.describe(row))
