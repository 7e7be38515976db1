"""Export of the registers: columns from the field lists, pseudonymised on request, audited, never in the data
dir; export -> import keeps every field; the calendar parses with icalendar and names nobody."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar

from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE
from tests.support.incidents import make_people
from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.incidents import (
    AimedAt,
    Channel,
    Experienced,
    IncidentDraft,
    IncidentStatus,
    PerpetratorType,
    VictimDraft,
)
from veiligbestuur_desktop.services import lifecycle
from veiligbestuur_desktop.services.calendar_export import CalendarService
from veiligbestuur_desktop.services.exporter import ExportService
from veiligbestuur_desktop.services.importer import ImportService, read_sheet
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.verify import verify

NAMES = ["Hélène van der Meer", "Sjoerd Wiersma", "Joëlle Hoekstra", "Gerrit Brouwer"]


def fill(ws):  # type: ignore[no-untyped-def]
    people = make_people(ws)
    PersonService(ws).update(
        people.raadslid,
        replace(PersonService(ws).get(people.raadslid), term_start=date(2022, 3, 30), phone="06-12345678"),
    )
    svc = IncidentService(ws)
    first = svc.register(
        IncidentDraft(
            occurred_on=date(2025, 3, 4),
            reported_on=date(2025, 3, 5),
            description="Gerrit Brouwer belde Hélène van der Meer uit en zei: ‘=wij weten je te vinden’.\nTweede regel.",
            categories=("bedreiging", "verbaal"),
            channel=Channel.TELEFOON,
            severity_level=3,
            severity_experienced=Experienced.ZEER_ERNSTIG,
            reported_by="Hélène van der Meer",
            received_by=COORDINATOR,
            location="gemeentehuis; balie 2",
            victims=(VictimDraft(people.wethouder, True, AimedAt.ONBEKEND),),
            perpetrator_known=True,
            perpetrator_id=people.dader,
            perpetrator_type=PerpetratorType.INDIVIDU,
            perpetrator_description="man, ca. 50 jaar",
            witnesses="bode",
            impact="slecht geslapen",
            impact_injury=False,
            impact_absence=True,
            impact_family=True,
        ),
        today=date(2026, 11, 29),
    )
    svc.register(
        IncidentDraft(
            occurred_on=date(2026, 6, 1),
            reported_on=date(2026, 6, 1),
            description="Beledigd in de raadszaal",
            categories=("verbaal",),
            channel=Channel.PERSOONLIJK,
            severity_level=1,
            victims=(
                VictimDraft(people.raadslid, True, AimedAt.ONBEKEND),
                VictimDraft(people.partner, True, AimedAt.ONBEKEND),
            ),
        ),
        today=date(2026, 11, 29),
    )
    for f in svc.detail(first.id).follow_ups:
        if f.status.value in ("open", "bezig"):
            from veiligbestuur_desktop.domain.incidents import FollowUpDraft, FollowUpStatus

            svc.update_follow_up(f.id, FollowUpDraft(f.title, status=FollowUpStatus.NVT))
    svc.set_status(first.id, IncidentStatus.AFGESLOTEN, date(2026, 1, 10))
    return people


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_keeps_every_field(workspace, tmp_path, suffix):
    fill(workspace)
    exporter = ExportService(workspace)
    persons_file, incidents_file = tmp_path / f"personen{suffix}", tmp_path / f"incidenten{suffix}"
    assert exporter.export("persons", persons_file) == 5
    assert exporter.export("incidents", incidents_file) == 2
    original = (exporter.table("persons"), exporter.table("incidents"))

    other = lifecycle.create_vault(tmp_path / "andere", MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(other)
    try:
        importer = ImportService(other)
        check = importer.check(read_sheet(persons_file), "person")
        assert check.ok, check.report()
        assert importer.run(check).people == 5
        check = importer.check(read_sheet(incidents_file), "incident")
        assert check.ok and not check.new_people, check.report()
        assert importer.run(check).incidents == 2
        again = ExportService(other)
        for before, after in zip(original, (again.table("persons"), again.table("incidents")), strict=True):
            assert after[0] == before[0]
            for row_before, row_after in zip(before[1], after[1], strict=True):
                assert dict(zip(before[0], row_after, strict=True)) == dict(
                    zip(before[0], row_before, strict=True)
                )
        assert verify(other, backups=False).ok
    finally:
        other.lock()


def test_pseudonymised_export_names_nobody(workspace, tmp_path):
    fill(workspace)
    exporter = ExportService(workspace)
    _header, rows = exporter.table("incidents", pseudonymise=True)
    text = repr(rows)
    for name in [*NAMES, COORDINATOR]:
        assert name not in text
    assert "Persoon" in text and "wij weten je te vinden" in text
    _h, people = exporter.table("persons", pseudonymise=True)
    assert not any(n in repr(people) for n in NAMES) and "06-12345678" not in repr(people)
    path = tmp_path / "incidenten.xlsx"
    exporter.export("incidents", path, pseudonymise=True)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    cells = [c for row in wb.active.iter_rows() for c in row if c.value not in (None, "")]
    assert cells[0].value == "Nummer" and all(c.data_type == "s" for c in cells)  # text, never a formula


def test_exports_are_audited_and_never_land_in_the_data_dir(workspace, tmp_path):
    fill(workspace)
    exporter = ExportService(workspace)
    with pytest.raises(UserFacingError, match="ligt in de map van de kluis"):
        exporter.export("incidents", workspace.vault.paths.data_dir / "lek.csv")
    with pytest.raises(UserFacingError, match=r"eindigt op \.csv of \.xlsx"):
        exporter.export("incidents", tmp_path / "x.pdf")
    exporter.export("incidents", tmp_path / "x.csv", pseudonymise=True)
    from veiligbestuur_desktop.store import audit

    with workspace.reading() as s:
        (entry,) = audit.entries_for(s, "register", "incidents")
    assert entry.action == "export" and entry.summary == "export incidents (csv, 2 rijen, gepseudonimiseerd)"
    data = (tmp_path / "x.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data.splitlines()[0]
    assert b"'=wij" not in data  # the formula guard only at the start of a cell


def test_calendar_parses_and_holds_no_name(workspace, tmp_path):
    people = fill(workspace)
    svc = IncidentService(workspace)
    open_id = svc.page(
        __import__("veiligbestuur_desktop.services.incidents", fromlist=["IncidentQuery"]).IncidentQuery(),
        0,
        5,
    )[0].id
    from veiligbestuur_desktop.domain.incidents import FollowUpDraft, Track

    svc.add_follow_up(
        open_id, Track.NAZORG, FollowUpDraft("Bellen met Sjoerd Wiersma", deadline=date(2026, 12, 5))
    )
    from veiligbestuur_desktop.domain.actions import ActionDraft
    from veiligbestuur_desktop.services.actions import ActionService

    ActionService(workspace).create(
        ActionDraft(title="Bel Sjoerd Wiersma terug", owner="griffie", deadline=date(2026, 12, 10))
    )
    path = tmp_path / "termijnen.ics"
    n = CalendarService(workspace).export(path)
    cal = Calendar.from_ical(path.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == n and n >= 5
    text = path.read_bytes().decode("utf-8")
    for name in NAMES:
        assert name not in text
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any("Incident 2026-001" in s for s in summaries)
    assert "Actiepunt 1" in summaries  # an open action point, by its number only
    (action,) = [e for e in events if str(e["SUMMARY"]) == "Actiepunt 1"]
    assert action["DTSTART"].dt == date(2026, 12, 10)
    assert all(e["DTSTART"].dt <= e["DTEND"].dt for e in events)
    detailed, _n = CalendarService(workspace).render(details=True)
    assert b"Bellen met Sjoerd Wiersma" in detailed and b"Bel Sjoerd Wiersma terug" in detailed  # when asked
    assert people.raadslid


def test_every_register_of_the_other_steps_exports_from_its_field_list(workspace):
    from veiligbestuur_desktop.domain.actions import ActionDraft
    from veiligbestuur_desktop.services.actions import ActionService
    from veiligbestuur_desktop.services.exporter import exports

    people = make_people(workspace)
    ActionService(workspace).create(
        ActionDraft(
            title="Gesprek met Gerrit Brouwer plannen", owner="Sjoerd Wiersma", deadline=date(2026, 12, 1)
        )
    )
    specs = exports()
    assert {"incidents", "persons", "action"} <= set(specs) and len(specs) > 5
    exporter = ExportService(workspace)
    for name, spec in specs.items():
        header, _rows = exporter.table(name)
        assert header == [spec.key_header, *spec.kind.column_names()], name
    header, rows = exporter.table("action")
    assert rows == [["1", *rows[0][1:]]] and "Gesprek met Gerrit Brouwer plannen" in rows[0]
    _h, pseud = exporter.table("action", pseudonymise=True)
    assert "Gerrit Brouwer" not in repr(pseud) and "Persoon" in repr(pseud)
    assert people.dader
