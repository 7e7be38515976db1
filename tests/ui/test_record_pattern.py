"""The record pattern (docs/architecture.md): one declared field list drives the form, the table columns, the
facts view, the report rows, the export columns and the validation messages — change the list, and all of
them change without another edit."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from tests.support.incidents import TODAY, incident_draft, make_people
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.incidents import INCIDENT
from veiligbestuur_desktop.reports.incident_report import render_incident_report
from veiligbestuur_desktop.services.incident_report import IncidentReportService
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.incidents.detail import IncidentDetailDialog
from veiligbestuur_desktop.ui.incidents.form import IncidentForm
from veiligbestuur_desktop.ui.incidents.model import IncidentTableModel
from veiligbestuur_desktop.ui.kit.record_form import RecordForm
from veiligbestuur_desktop.ui.kit.record_table import FieldColumns

# --- a throwaway kind, declared here ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    held_on: date
    subject: str = ""
    notes: str = ""
    chair: str = ""


BASE = (
    Field(
        "held_on",
        "Datum overleg",
        FieldKind.DATE,
        noun="de datum van het overleg",
        required=True,
        column=True,
    ),
    Field("subject", "Onderwerp", FieldKind.TEXT, noun="het onderwerp", required=True, column=True),
    Field("notes", "Verslag", FieldKind.LONG_TEXT, noun="het verslag"),
)
CHAIR = Field(
    "chair", "Voorzitter", FieldKind.TEXT, noun="de voorzitter", required=True, max_len=5, column=True
)


def _everything(kind: RecordKind, draft: MeetingDraft) -> dict[str, object]:
    """What each of the five derived views shows for `draft`."""
    form = RecordForm(kind)
    form.set_draft(draft)
    try:
        kind.clean(dataclasses.replace(draft, chair="Marije Kok", subject=draft.subject), TODAY)
        message = ""
    except ValidationError as exc:
        message = exc.message
    columns = FieldColumns(kind)
    return {
        "form": {w.objectName() for w in form.findChildren(QWidget) if w.objectName()},
        "labels": {lab.text().replace("&", "") for lab in form.findChildren(QLabel)},
        "columns": [columns.header(i) for i in range(len(columns))],
        "cells": [columns.text(dataclasses.asdict(draft), i) for i in range(len(columns))],
        "facts": kind.facts(draft),
        "report": kind.facts(draft, translate=False) + kind.facts(draft, translate=False, long_text=True),
        "export": kind.column_names(),
        "message": message,
    }


def test_adding_one_field_to_a_kind_changes_form_table_facts_report_and_validation(app):
    draft = MeetingDraft(date(2026, 11, 2), "Bewaken en beveiligen", "Besproken: de woning.", "Marije Kok")
    before = _everything(RecordKind("meeting", "overleg", BASE), draft)
    after = _everything(RecordKind("meeting", "overleg", (*BASE, CHAIR)), draft)

    assert "chair" not in before["form"] and "chair" in after["form"]  # a widget, named after the field
    assert "Voorzitter:" in after["labels"] and "Voorzitter:" not in before["labels"]
    assert before["columns"] == ["Datum overleg", "Onderwerp"]
    assert after["columns"] == ["Datum overleg", "Onderwerp", "Voorzitter"]
    assert after["cells"] == ["02-11-2026", "Bewaken en beveiligen", "Marije Kok"]
    assert ("Voorzitter", "Marije Kok") not in before["facts"] and ("Voorzitter", "Marije Kok") in after[
        "facts"
    ]
    assert ("Voorzitter", "Marije Kok") in after["report"] and ("Verslag", "Besproken: de woning.") in after[
        "report"
    ]
    assert after["export"] == ["Datum overleg", "Onderwerp", "Verslag", "Voorzitter"]
    assert before["message"] == "" and "De voorzitter is te lang" in str(after["message"])


def test_the_record_form_reads_back_what_it_shows(app):
    kind = RecordKind("meeting", "overleg", (*BASE, CHAIR))
    form = RecordForm(kind)
    draft = MeetingDraft(date(2026, 11, 2), "Agenda", "Regel 1\nRegel 2", "Kok")
    form.set_draft(draft)
    assert isinstance(form.findChild(QWidget, "notes"), QPlainTextEdit)
    assert isinstance(form.findChild(QWidget, "chair"), QLineEdit)
    assert form.draft(MeetingDraft(date(2000, 1, 1))) == draft
    with pytest.raises(ValidationError, match="Vul de voorzitter in"):
        kind.clean(dataclasses.replace(draft, chair=""), TODAY)


# --- the incident's own list drives every incident view -----------------------------------------------------


@contextmanager
def declared(kind: RecordKind, fields: tuple[Field, ...]) -> Iterator[None]:
    """Change a kind's declared fields for the duration (the list is the only thing edited)."""
    old = kind.fields
    object.__setattr__(kind, "fields", fields)
    try:
        yield
    finally:
        object.__setattr__(kind, "fields", old)


def test_the_incident_field_list_drives_its_form_register_facts_report_and_checks(qtbot, app, workspace):
    people = make_people(workspace)
    svc = IncidentService(workspace)
    reg = svc.register(incident_draft(people), TODAY)
    witnesses = INCIDENT.field("witnesses")
    changed = dataclasses.replace(
        witnesses, label="Getuigen ter plaatse", noun="de getuigen ter plaatse", column=True, max_len=30
    )
    fields = tuple(changed if f.name == "witnesses" else f for f in INCIDENT.fields if f.name != "location")
    with declared(INCIDENT, fields):
        # the form: a labelled editor for the changed field, none for the dropped one
        form = IncidentForm(svc, PersonService(workspace), reg.id)
        qtbot.addWidget(form)
        assert form.findChild(QWidget, "witnesses").text() == "Buurman (anoniem)"
        assert form.findChild(QWidget, "location") is None
        assert any("Getuigen ter plaatse" in lab.text().replace("&", "") for lab in form.findChildren(QLabel))
        # the register: a column with the field's label and value
        model = IncidentTableModel()
        model.set_service(svc)
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert "Getuigen ter plaatse" in headers
        col = headers.index("Getuigen ter plaatse")
        assert model.data(model.index(0, col)) == "Buurman (anoniem)"
        # the facts view
        detail = IncidentDetailDialog(svc, PersonService(workspace), reg.id)
        qtbot.addWidget(detail)
        facts = detail.facts.toPlainText()
        assert "Getuigen ter plaatse" in facts and "Locatie" not in facts
        # the report
        data = IncidentReportService(workspace).data(reg.id, today=TODAY)
        assert data.fact("Getuigen ter plaatse") == "Buurman (anoniem)"
        assert "Locatie" not in dict(data.facts)
        from io import BytesIO

        from pypdf import PdfReader

        text = "".join(p.extract_text() for p in PdfReader(BytesIO(render_incident_report(data))).pages)
        assert "Getuigen ter plaatse" in text
        # the CSV/XLSX table
        header, rows = svc.export(IncidentQuery())
        assert (
            "Locatie" not in header and rows[0][header.index("Getuigen ter plaatse")] == "Buurman (anoniem)"
        )
        assert rows[0][header.index("Slachtoffers")] == "Hélène van der Meer, Joëlle Hoekstra"
        # the checks
        with pytest.raises(ValidationError, match="De getuigen ter plaatse is te lang"):
            svc.update(reg.id, dataclasses.replace(svc.get(reg.id), witnesses="x" * 31), TODAY)
    columns = FieldColumns(INCIDENT)
    assert "Getuigen ter plaatse" not in [columns.header(i) for i in range(len(columns))]
