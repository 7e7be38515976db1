"""Follow-ups of an incident: edit one (the planned tracks and the coordinator's own), and add one of any kind.

Both dialogs build the track's own fields from their declaration (domain.incidents.FOLLOW_UP_DETAILS); dates
are typed as dd-mm-jjjj (quick by keyboard) and checked by the domain with a Dutch message."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import FieldKind
from veiligbestuur_desktop.domain.incidents import (
    FOLLOW_UP_DETAILS,
    FollowUpDraft,
    FollowUpStatus,
    PerpetratorType,
    Track,
    aangifte_warnings,
    detail_label,
    parse_dutch_date,
)
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.services.incidents import FollowUpView
from veiligbestuur_desktop.services.records import Changes, Created
from veiligbestuur_desktop.ui.kit import theme
from veiligbestuur_desktop.ui.kit.changes import publish
from veiligbestuur_desktop.ui.kit.widgets import CommitDialog

DetailWidget = QLineEdit | QComboBox | QPlainTextEdit

_AMOUNTS = {f.name for fields in FOLLOW_UP_DETAILS.values() for f in fields if f.kind == FieldKind.AMOUNT}


def _detail_display(key: str, value: str) -> str:
    """A stored detail as the user types it back: dates dd-mm-jjjj, amounts with a decimal comma."""
    if key in _AMOUNTS and value:
        return value.replace(".", ",")
    return detail_label(key, value)


def _date_edit(value: date | None, name: str) -> QLineEdit:
    edit = QLineEdit(format_date(value))
    edit.setObjectName(name)
    edit.setPlaceholderText("dd-mm-jjjj")
    return edit


class DetailFields:
    """The track's own fields in a form, by their declaration; `values()` as plain strings for the domain."""

    def __init__(
        self,
        form: QFormLayout,
        on_change: Callable[[], None],
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        self.form = form
        self.on_change = on_change
        # choices that live in the vault rather than in the declaration: "Soort sanctie" from the ladder of
        # step 3 (its active steps, in its order, with its titles)
        self.choices = dict(choices or {})
        self.widgets: dict[str, DetailWidget] = {}

    def build(self, track: Track, current: dict[str, str], skip: tuple[str, ...] = ()) -> None:
        for key in list(self.widgets):
            self.form.removeRow(self.widgets[key])
        self.widgets.clear()
        for f in FOLLOW_UP_DETAILS[track]:
            if f.name in skip:
                continue
            value = current.get(f.name, "")
            widget: DetailWidget
            if f.kind == FieldKind.CHOICE:
                widget = QComboBox()
                widget.addItem("", "")
                offered = list(self.choices.get(f.name) or f.choices())
                if value and value not in {code for code, _t in offered}:  # a retired step stays as it was
                    offered.append((value, detail_label(f.name, value)))
                for code, text in offered:
                    widget.addItem(text, code)
                widget.setCurrentIndex(max(widget.findData(value), 0))
                widget.currentIndexChanged.connect(lambda _i: self.on_change())
            elif f.multiline:
                widget = QPlainTextEdit(value)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(70)
            else:
                widget = QLineEdit(_detail_display(f.name, value))
                if f.kind == FieldKind.DATE:
                    widget.setPlaceholderText("dd-mm-jjjj")
                if f.kind == FieldKind.AMOUNT:
                    widget.setPlaceholderText("€ 0,00")
            widget.setObjectName(f.name)
            if f.help:
                widget.setToolTip(f.help)
            self.widgets[f.name] = widget
            title = f.title()
            self.form.addRow(title if title.endswith("?") else title + ":", widget)
            widget.show()  # at once, not on the next event: the keyboard may go there straight away

    def values(self) -> dict[str, str]:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, QComboBox):
                out[key] = str(w.currentData() or "")
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            else:
                out[key] = w.text()
        return out


class _FollowUpDialog(CommitDialog):
    """What editing and adding share: title, verantwoordelijke, termijn, the track's fields and the warnings
    of the aangifte track (ELA)."""

    def __init__(
        self,
        perpetrator_type: PerpetratorType | None,
        parent: QWidget | None,
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Save, long_form=True)
        self.setMinimumWidth(640)
        self.perpetrator_type = perpetrator_type
        self.track = Track.OVERIG
        self.warnings = QLabel()
        self.warnings.setObjectName("aangifteWarnings")
        self.warnings.setWordWrap(True)
        theme.set_notice(self.warnings, theme.Role.WARNING)
        self.extra.addWidget(self.warnings)
        self.fields = DetailFields(self.form, self._warn, choices)

    def _warn(self) -> None:
        texts = (
            aangifte_warnings(self.fields.values(), self.perpetrator_type)
            if self.track == Track.AANGIFTE
            else []
        )
        self.warnings.setText("<br>".join(f"⚠ {t}" for t in texts))
        self.warnings.setVisible(bool(texts))

    def _date(self, edit: QLineEdit, label: str) -> date | None:
        return parse_dutch_date(edit.text(), label)


class FollowUpEditor(_FollowUpDialog):
    """Edit one follow-up: title, verantwoordelijke, termijn, status, when it was done and the track's fields."""

    def __init__(
        self,
        f: FollowUpView,
        save: Callable[[int, FollowUpDraft], Changes],
        parent: QWidget | None = None,
        perpetrator_type: PerpetratorType | None = None,
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(perpetrator_type, parent, choices)
        self.f = f
        self.track = f.track
        self._save = save
        self.setWindowTitle(self.tr("Opvolging: {t}").format(t=f.title))
        self.title = QLineEdit(f.title)
        self.title.setObjectName("title")
        self.owner = QLineEdit(f.owner)
        self.owner.setObjectName("owner")
        self.deadline = _date_edit(f.deadline, "deadline")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for value, label in FollowUpStatus.choices():
            self.status.addItem(label, value)
        self.status.setCurrentIndex(self.status.findData(f.status.value))
        self.done_on = _date_edit(f.done_on, "done_on")
        self.done_on.setToolTip(
            self.tr("Wanneer het is gedaan, of besloten dat het niet van toepassing is. Leeg: vandaag.")
        )
        self.form.addRow(self.tr("&Omschrijving:"), self.title)
        self.form.addRow(self.tr("&Verantwoordelijke:"), self.owner)
        self.form.addRow(self.tr("&Termijn:"), self.deadline)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("&Afgerond op:"), self.done_on)
        self.fields.build(f.track, f.details)
        self._warn()

    def commit(self) -> None:
        """Save first; a validation problem keeps the editor open with the message."""
        publish(self._save(self.f.id, self.draft()))

    def draft(self) -> FollowUpDraft:
        status = FollowUpStatus(self.status.currentData())
        done_on = self._date(self.done_on, self.tr("Afgerond op"))
        if status not in (FollowUpStatus.GEREED, FollowUpStatus.NVT):
            done_on = None  # open again: not done (n.v.t. keeps the day it was decided)
        return FollowUpDraft(
            title=self.title.text(),
            owner=self.owner.text(),
            deadline=self._date(self.deadline, self.tr("Termijn")),
            status=status,
            done_on=done_on,
            details=self.fields.values(),
        )


class NewFollowUpDialog(_FollowUpDialog):
    """A follow-up of the coordinator's own, of any kind: a second sanction, nazorg for a witness or the
    family, a note (Overige opvolging)."""

    def __init__(
        self,
        add: Callable[[Track, FollowUpDraft], Created],
        parent: QWidget | None = None,
        perpetrator_type: PerpetratorType | None = None,
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(perpetrator_type, parent, choices)
        self.setObjectName("newFollowUp")
        self.setWindowTitle(self.tr("Opvolging toevoegen"))
        self._add = add
        self.kind = QComboBox()
        self.kind.setObjectName("track")
        for value, label in Track.choices():
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(self.kind.findData(Track.OVERIG.value))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("bijvoorbeeld ‘Nazorg voor de getuige’ of ‘Tweede sanctie’"))
        self.owner = QLineEdit()
        self.owner.setObjectName("owner")
        self.deadline = _date_edit(None, "deadline")
        self.form.addRow(self.tr("&Soort:"), self.kind)
        self.form.addRow(self.tr("&Omschrijving:"), self.title)
        self.form.addRow(self.tr("&Verantwoordelijke:"), self.owner)
        self.form.addRow(self.tr("&Termijn:"), self.deadline)
        self.kind.currentIndexChanged.connect(self._track_changed)
        self._track_changed()

    def _track_changed(self) -> None:
        kept = self.fields.values()
        self.track = Track(self.kind.currentData())
        self.fields.build(self.track, kept, skip=("nvt_reason",))  # a new follow-up applies
        self._warn()
        # the tab order follows the form: type, title, verantwoordelijke, termijn, then the track's fields
        chain: list[QWidget] = [
            self.kind,
            self.title,
            self.owner,
            self.deadline,
            *self.fields.widgets.values(),
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def commit(self) -> None:
        draft = FollowUpDraft(
            title=self.title.text(),
            owner=self.owner.text(),
            deadline=self._date(self.deadline, self.tr("Termijn")),
            details=self.fields.values(),
        )
        if not draft.title.strip():
            raise ValidationError(self.tr("Vul de omschrijving in, bijvoorbeeld ‘Nazorg voor de getuige’."))
        publish(self._add(self.track, draft).changes)
