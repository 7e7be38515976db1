"""A register of one step-3 record kind: the generic register (ui/kit/area_register.py) with step 3's keys
(Ctrl+N for Nieuw) and fixed Alt+letters; its forms are short, so an unsaved edit is not asked about, and its
columns are as wide as their contents. A tab subclasses it for what its kind adds: a filter, the names behind
ids (`labels`), a mark for a late row, a line under the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from veiligbestuur_desktop.domain.fields import RecordKind
from veiligbestuur_desktop.ui.kit.area_register import AreaRegister
from veiligbestuur_desktop.ui.kit.record_form import Sources


class RecordRegister(AreaRegister):
    """Table and form of one record kind. `new_draft()` gives the draft a new record starts from."""

    ask_to_save = False
    compact_form = False
    new_keys = "Ctrl+N"
    max_column_width = 0
    fit_on_refresh = True
    split = ((3, 2), ())

    def __init__(
        self,
        kind: RecordKind,
        name: str,
        new_draft: Callable[[], Any],
        query: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, name, new_draft, parent, query=query)
        self.new_button.setText(self.tr("&Nieuw"))
        self.new_button.setToolTip(self.tr("Nieuw (Ctrl+N)"))
        self.save_button.setText(self.tr("&Opslaan"))
        self.delete_button.setText(self.tr("Ver&wijderen"))

    def sources(self) -> Sources:
        return Sources()

    def refresh(self) -> None:
        super().refresh()
        if self.service is not None and not self.service.ws.locked:
            self.form.reload_sources()  # new people, steps or incidents to choose (the choice made stays)
