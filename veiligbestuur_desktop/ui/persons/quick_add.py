"""A person added from another form (a victim or perpetrator not yet in Personen), without leaving it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from veiligbestuur_desktop.domain.people import PersonKind
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.kit.widgets import enter_does_not_close
from veiligbestuur_desktop.ui.persons.dialog import PersonEditor


class NewPersonDialog(QDialog):
    """The person editor for one new person of one of `kinds`; `person_id` holds the new id once saved."""

    def __init__(
        self, service: PersonService, kinds: tuple[PersonKind, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonDialog")
        self.setWindowTitle(self.tr("Nieuwe persoon"))
        self.person_id: int | None = None
        self.editor = PersonEditor(service, self)
        self.editor.save_button.hide()  # the dialog's own Opslaan saves
        self.editor.new(kinds[0] if kinds else PersonKind.AMBTSDRAGER)
        kind = self.editor.kind
        assert isinstance(kind, QComboBox)
        if kinds:  # only the kinds the field accepts (a victim: ambtsdrager or naaste)
            for i in reversed(range(kind.count())):
                if kind.itemData(i) not in {k.value for k in kinds}:
                    kind.removeItem(i)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Opslaan (Ctrl+S)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        enter_does_not_close(self, self.save)
        self.editor.fields.focus_field("name")

    def save(self) -> None:
        if self.editor.save():  # validated and audited by the person service; a message stays in the dialog
            self.person_id = self.editor.person_id
            self.accept()
