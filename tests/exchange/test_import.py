"""Import of messy Dutch sheets: the row report, what is written (exactly the valid rows), one transaction,
one import entry, record hashes that verify, duplicates, category mapping, encodings."""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.exchange.helpers import counts, messy_csv_cp1252, messy_xlsx
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import Channel, IncidentStatus
from veiligbestuur_desktop.services.importer import ImportService, read_sheet
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
from veiligbestuur_desktop.services.verify import verify

TODAY = date(2026, 11, 29)


def _issues(check, row):  # type: ignore[no-untyped-def]
    return [i for i in check.issues if i.row == row]


def test_a_messy_sheet_gives_the_right_row_report(workspace, tmp_path):
    sheet = read_sheet(messy_xlsx(tmp_path / "oud.xlsx"))
    svc = ImportService(workspace)
    before = counts(workspace)
    check = svc.check(sheet, "incident", today=TODAY)
    assert counts(workspace) == before  # checking writes nothing
    assert check.total == 9 and check.empty_rows == 1
    # every header recognised without a mapping
    assert (
        check.columns["Soort incident"] == "categories" and check.columns["Naam slachtoffer"] == "victim_name"
    )
    assert check.invalid_rows == [3, 8, 9, 10, 11]
    assert "zwerfvuil" in check.unknown_categories and "fietsendiefstal" in check.unknown_categories
    assert check.category_guesses == {"belediging": "verbaal"}  # from a word: shown to confirm
    (r3,) = [i for i in _issues(check, 3) if not i.warning]
    assert r3.column == "Soort incident" and "Onbekende categorie ‘zwerfvuil’" in r3.message
    (r8,) = _issues(check, 8)
    assert r8.column == "Locatie" and "300" in r8.message  # the 10,000-character cell
    (r9,) = _issues(check, 9)
    assert r9.column == "Datum" and "‘31-02-2025’ is geen datum" in r9.message
    (r10,) = _issues(check, 10)
    assert r10.column == "Naam slachtoffer" and "Vul de functie in" in r10.message
    assert "Onbekende categorie ‘fietsendiefstal’" in _issues(check, 11)[0].message
    # row 6 (sheet row 6): the same date, victim and description as row 2
    assert check.duplicates == [6]
    assert any("Dubbel" in i.message and i.warning for i in _issues(check, 6))
    # the dates as Dutch sheets hold them
    by_row = {p.row: p.draft for p in check.plans}
    assert by_row[2].occurred_on == date(2025, 11, 29) and by_row[2].occurred_time == time(14, 30)
    assert by_row[4].occurred_on == date(2025, 11, 29)  # Excel serial 45990
    assert by_row[5].occurred_on == date(2025, 5, 6) and by_row[5].occurred_time == time(9, 15)
    assert by_row[6].occurred_on == date(2025, 11, 29)  # '29 nov 2025'
    assert by_row[5].categories == ("doxing",) and by_row[5].severity_level == 3  # 'ernstig'
    assert by_row[2].channel == Channel.TELEFOON and by_row[2].severity_level == 2
    lines = check.report()
    assert lines[0].startswith("Rij 2 kolom ‘Naam slachtoffer’")  # a warning: a new ambtsdrager


def test_invalid_rows_refuse_the_whole_import_unless_skipped(workspace, tmp_path):
    sheet = read_sheet(messy_xlsx(tmp_path / "oud.xlsx"))
    svc = ImportService(workspace)
    check = svc.check(sheet, "incident", today=TODAY)
    before = counts(workspace)
    with pytest.raises(ValidationError, match="er is niets geïmporteerd"):
        svc.run(check)
    assert counts(workspace) == before
    result = svc.run(check, skip_invalid=True)
    # rows 2, 4, 5 (row 6 is a duplicate of row 2 and skipped)
    assert result.incidents == 3 and result.skipped_duplicates == [6]
    assert result.skipped_invalid == [3, 8, 9, 10, 11]
    assert result.people == 1  # Hélène de Vries, created once for three rows
    inc, people, entries = counts(workspace)
    assert (inc, people) == (before[0] + 3, before[1] + 1)
    assert entries == before[2] + 1 + 3 + 1  # the import entry and one record hash per new record
    report = verify(workspace, backups=False)
    assert report.ok, report.lines()
    with workspace.reading() as s:
        from veiligbestuur_desktop.store import audit

        imports = [e for e in audit.entries_for(s, "incident", "") if e.action == "import"]
    assert len(imports) == 1 and "3 incidenten" in imports[0].summary and "Hélène" not in imports[0].summary


def test_category_mapping_makes_rows_valid_and_duplicates_import_when_confirmed(workspace, tmp_path):
    sheet = read_sheet(messy_xlsx(tmp_path / "oud.xlsx"))
    svc = ImportService(workspace)
    check = svc.check(
        sheet,
        "incident",
        categories={"zwerfvuil": "hinderlijk", "Fietsendiefstal": "vernieling"},
        today=TODAY,
    )
    assert check.invalid_rows == [8, 9, 10]
    result = svc.run(check, skip_invalid=True, confirm_duplicates=True)
    assert result.incidents == 6 and result.skipped_duplicates == []
    rows = IncidentService(workspace).page(IncidentQuery(), 0, 50)
    cats = {tuple(sorted(r.categories)) for r in rows}
    assert ("bedreiging (ook van naasten)", "hinderlijk gedrag") in cats
    # the aangifte decision and the remark were kept
    detail = IncidentService(workspace).detail(
        next(r.id for r in rows if "hinderlijk gedrag" in r.categories)
    )
    assert "Opmerkingen: politie ingelicht" in detail.draft.description
    aangifte = next(f for f in detail.follow_ups if f.track.value == "aangifte")
    assert aangifte.details.get("decision") == "ja"
    assert detail.perpetrator_name == "Gerrit Brouwer"
    # a second import of the same sheet: every row is now a duplicate of the vault
    again = svc.check(
        sheet, "incident", categories={"zwerfvuil": "hinderlijk", "fietsendiefstal": "vernieling"}
    )
    assert set(again.duplicates) == {2, 3, 4, 5, 6, 11}
    assert svc.run(again, skip_invalid=True).incidents == 0
    assert verify(workspace, backups=False).ok


def test_cp1252_csv_with_semicolons_and_a_saved_mapping(workspace, tmp_path):
    sheet = read_sheet(messy_csv_cp1252(tmp_path / "export.csv"))
    assert sheet.encoding == "cp1252" and sheet.delimiter == ";"
    assert sheet.numbers == [2, 3, 4, 5]  # the numbers stay as in the file
    svc = ImportService(workspace)
    check = svc.check(sheet, "incident", today=TODAY)
    assert check.empty_rows == 1 and check.invalid_rows == [5] and "graffiti" in check.unknown_categories
    mid = svc.save_mapping("incident", "Oude Excel", {}, {"graffiti": "vernieling"})
    saved = svc.mapping("incident", "Oude Excel")
    assert saved is not None and saved.id == mid and saved.categories == {"graffiti": "vernieling"}
    check = svc.check(sheet, "incident", saved.columns, saved.categories, today=TODAY)
    assert check.ok
    svc.run(check)
    rows = IncidentService(workspace).page(IncidentQuery(), 0, 10)
    detail = IncidentService(workspace).detail(rows[-1].id)
    assert "Renée Ëlzinga" in [v.name for v in detail.victims]  # diacritics survive cp1252
    assert (
        "‘ik weet waar je woont’"
        in IncidentService(workspace)
        .detail(next(r.id for r in rows if r.occurred_on == date(2025, 11, 29)))
        .draft.description
    )
    assert all(
        IncidentService(workspace).detail(r.id).draft.status == IncidentStatus.GEREGISTREERD for r in rows
    )
    assert verify(workspace, backups=False).ok


def test_a_file_that_is_not_a_sheet_is_a_dutch_message(workspace, tmp_path):
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(Exception) as info:
        read_sheet(bad)
    assert "Excel-bestand" in str(info.value)
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"\n\n")
    with pytest.raises(Exception, match="geen kopregel"):
        read_sheet(empty)
    nodate = tmp_path / "geen-datum.csv"
    nodate.write_text("Wat;Wie\nx;y\n", encoding="utf-8")
    with pytest.raises(Exception, match="De kolom Datum en Omschrijving ontbreekt"):
        ImportService(workspace).check(read_sheet(nodate), "incident")


def test_a_cancelled_import_leaves_nothing(workspace, tmp_path):
    rows = ["Datum;Omschrijving;Categorie;Slachtoffer;Functie;Ernst;Kanaal"]
    rows += [
        f"01-0{1 + n % 9}-2025;Incident {n};belediging;Raadslid {n % 30};raadslid;2;telefoon"
        for n in range(4500)
    ]
    sheet = tmp_path / "groot.csv"
    sheet.write_text("\n".join(rows), encoding="utf-8")
    svc = ImportService(workspace)
    check = svc.check(read_sheet(sheet), "incident")
    before = counts(workspace)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 2000:  # rows are written: the user presses Annuleren (the wizard's task raises here)
            raise Cancelled

    with pytest.raises(Cancelled):
        svc.run(check, progress=progress)
    assert counts(workspace) == before
    assert verify(workspace, backups=False).ok
