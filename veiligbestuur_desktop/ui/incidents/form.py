"""The new/edit incident form: fast enough for a phone call, keyboard only, every declared field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.incidents import INCIDENT, AimedAt, IncidentDraft, VictimDraft
from veiligbestuur_desktop.domain.people import PersonKind, Role, display_name
from veiligbestuur_desktop.services.incidents import IncidentService, Registered
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.record_form import RecordForm, Sources
from veiligbestuur_desktop.ui.kit.widgets import ErrorLabel, enter_does_not_close


class IncidentForm(QDialog):
    """Registers a new incident (incident_id None) or edits one. `result_registered` holds the outcome.

    The editors come from the declared fields (domain.incidents.INCIDENT) through the record form; this
    dialog adds what a field list cannot say: how each victim is related to the office, and that a chosen
    perpetrator needs 'dader bekend'."""

    def __init__(
        self,
        incidents: IncidentService,
        persons: PersonService,
        incident_id: int | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentForm")
        self.incidents = incidents
        self.persons = persons
        self.incident_id = incident_id
        self.today = today or date.today()
        self.result_registered: Registered | None = None
        self.setWindowTitle(
            self.tr("Nieuw incident") if incident_id is None else self.tr("Incident bewerken")
        )
        self.resize(1180, 800)

        categories = incidents.categories()
        self.fields = RecordForm(
            INCIDENT,
            Sources(vocabulary=lambda _name: categories, people=self._people, add_person=self._add_person),
            self.today,
        )
        # per victim: related to the office, and aimed at the person or the office
        self.office_related = QCheckBox(self.tr("houdt verband met het ambt"))
        self.office_related.setObjectName("office_related")
        self.office_related.setChecked(True)
        self.aimed_at = QComboBox()
        self.aimed_at.setObjectName("aimed_at")
        for value, label in AimedAt.choices():
            self.aimed_at.addItem(label, value)
        victims = self.fields.editors["victims"].widget.parentWidget()  # the filter and the list
        extra = QHBoxLayout()
        extra.addWidget(self.office_related)
        aimed_label = QLabel(self.tr("gericht op:"))
        aimed_label.setBuddy(self.aimed_at)  # screen readers name the box after its label
        extra.addWidget(aimed_label)
        extra.addWidget(self.aimed_at)
        victims.layout().addLayout(extra)  # type: ignore[union-attr]
        after = self.fields.editors["victims"].tab_widgets[-1]
        QWidget.setTabOrder(after, self.office_related)
        QWidget.setTabOrder(self.office_related, self.aimed_at)
        QWidget.setTabOrder(self.aimed_at, self.fields.editors["categories"].tab_widgets[0])
        known = self.fields.widget("perpetrator_known")
        perpetrator = self.fields.widget("perpetrator_id")
        perpetrator.setEnabled(False)
        known.toggled.connect(perpetrator.setEnabled)  # type: ignore[attr-defined]

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        enter_does_not_close(self, self.save)  # a long form: Enter moves on, Ctrl+S saves

        self._fill(
            incidents.defaults(self.today) if incident_id is None else incidents.detail(incident_id).draft
        )
        self.fields.focus_field("occurred_on")

    def _people(self, kinds: tuple[str, ...]) -> list[tuple[int, str]]:
        rows = self.persons.search(kinds=tuple(PersonKind(k) for k in kinds), limit=5000)
        if PersonKind.BETROKKENE.value in kinds:
            return [(p.id, display_name(p.name, p.description)) for p in rows]
        relative = PersonKind.NAASTE.label  # translated like every vocabulary label

        def role(code: str) -> str:
            try:
                return Role(code).label
            except ValueError:  # a role the vocabulary no longer has: shown as stored
                return code

        return [(p.id, p.name + f" — {role(p.role) if p.role else relative}") for p in rows]

    def _add_person(self, parent: QWidget, kinds: tuple[str, ...]) -> int | None:
        """A victim or perpetrator who is not in Personen yet, added without leaving the form."""
        from veiligbestuur_desktop.ui.persons.quick_add import NewPersonDialog

        dialog = NewPersonDialog(self.persons, tuple(PersonKind(k) for k in kinds), parent)
        return dialog.person_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _fill(self, d: IncidentDraft) -> None:
        self._base = d
        self.fields.set_draft(replace(d, victims=tuple(v.person_id for v in d.victims)))  # type: ignore[misc]
        if d.victims:
            self.office_related.setChecked(d.victims[0].office_related is not False)
            self.aimed_at.setCurrentIndex(max(self.aimed_at.findData(d.victims[0].aimed_at.value), 0))

    def draft(self) -> IncidentDraft:
        d: IncidentDraft = self.fields.draft(self._base)
        aimed = AimedAt(self.aimed_at.currentData())
        victims = tuple(VictimDraft(int(pid), self.office_related.isChecked(), aimed) for pid in d.victims)  # type: ignore[call-overload]
        return replace(
            d,
            victims=victims,
            perpetrator_id=d.perpetrator_id if d.perpetrator_known else None,
        )

    def is_dirty(self) -> bool:
        """True when the form holds something the user typed that is not saved yet."""
        try:
            return self.draft() != self._base
        except (ValueError, TypeError, UserFacingError):
            return True

    def save(self) -> None:
        try:
            draft = self.draft()
            if self.incident_id is None:
                self.result_registered = self.incidents.register(draft, self.today)
                changes = self.result_registered.changes
            else:
                changes = self.incidents.update(self.incident_id, draft, self.today)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            self.fields.focus_field("status" if exc.field == "closed_on" else exc.field)
            return
        except UserFacingError as exc:
            self.error.show_message(exc.message)
            return
        publish(changes)
        self.accept()
