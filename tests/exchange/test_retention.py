"""Retention and purge: what is due, a purge that leaves no personal string of the purged records anywhere in
the data dir (also in a decrypted copy of the database) while the annual counts stay the same; audited and
verifiable; older automatic backups named and removable."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from tests.reliability.test_plaintext_scan import scan
from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import FollowUpDraft, FollowUpStatus, IncidentStatus, Track
from veiligbestuur_desktop.domain.retention import DEFAULT_RULES
from veiligbestuur_desktop.services import backup
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.regional_stats import RegionalStatsService
from veiligbestuur_desktop.services.retention import RetentionService
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.vault.database import key_pragma

MARKERS = [
    "Kwetsbaarheidsmarker Tjalleberd",  # description
    "Getuige Wiebren Yntema",  # witnesses
    "Vuurtorenpad 77",  # perpetrator's address
    "Daderachternaam Scheepstra",  # perpetrator's name
    "PVMARKER991234",  # police report number
    "Bijlagegeheim Oranjewoud",  # attachment content
    "Melder Tsjalling Kuipers",  # reported by
    "Locatiemarker Ypecolsga",  # location
    "Evaluatiemarker Jistrum",  # the evaluation of the incident (another register)
]


def decrypted_copy(ws, dest: Path) -> Path:  # type: ignore[no-untyped-def]
    """The database as plain SQLite (sqlcipher_export), to scan what it logically holds; `dest` in a
    folder of its own (the scan walks folders)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlcipher.connect(str(ws.vault.paths.db), isolation_level=None)
    try:
        conn.execute(key_pragma(ws.vault.key))
        conn.execute(f"ATTACH DATABASE '{dest}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return dest


def freelist(ws) -> int:  # type: ignore[no-untyped-def]
    conn = sqlcipher.connect(str(ws.vault.paths.db), isolation_level=None)
    try:
        conn.execute(key_pragma(ws.vault.key))
        return int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    finally:
        conn.close()


def close(svc: IncidentService, incident_id: int, on: date) -> None:
    for f in svc.detail(incident_id).follow_ups:
        if f.status in (FollowUpStatus.OPEN, FollowUpStatus.BEZIG):
            svc.update_follow_up(f.id, FollowUpDraft(f.title, status=FollowUpStatus.NVT))
    svc.set_status(incident_id, IncidentStatus.AFGESLOTEN, on)


def test_the_rules_have_defaults_and_are_configurable(workspace):
    svc = RetentionService(workspace)
    rules = {r.kind: r for r in svc.rules()}
    assert rules["incident"].years == 5 and "AVG" in rules["incident"].basis
    assert svc.save_rule(replace(rules["incident"], years=7, basis="Besluit van het college, 1 mei 2026"))
    assert {r.kind: r.years for r in svc.rules()}["incident"] == 7
    with pytest.raises(ValidationError, match="1 tot 30 jaar"):
        svc.save_rule(replace(rules["incident"], years=0))
    with pytest.raises(ValidationError):
        svc.save_rule(replace(rules["incident"], basis="  "))
    assert verify(workspace, backups=False).ok
    assert [r.kind for r in DEFAULT_RULES] == ["incident", "betrokkene", "ambtsdrager"]


def test_purge_leaves_no_personal_string_and_keeps_the_counts(workspace, tmp_path):
    ws = workspace
    people = make_people(ws)
    persons = PersonService(ws)
    dader = persons.create(
        replace(persons.get(people.dader), name=MARKERS[3], address=MARKERS[2], birth_date=date(1980, 1, 2))
    )
    svc = IncidentService(ws)
    purged = svc.register(
        incident_draft(
            people,
            description=f"{MARKERS[0]}: dreigbrief",
            witnesses=MARKERS[1],
            perpetrator_id=dader,
            reported_by=MARKERS[6],
            location=MARKERS[7],
            occurred_on=date(2026, 1, 5),
            reported_on=date(2026, 1, 5),
            categories=("bedreiging",),
        ),
        today=date(2026, 11, 29),
    )
    kept = svc.register(incident_draft(people, occurred_on=date(2026, 2, 1), reported_on=date(2026, 2, 1)))
    AttachmentService(ws).add(purged.id, "brief.txt", f"{MARKERS[5]} — dreigbrief".encode())
    aangifte = next(f for f in svc.detail(purged.id).follow_ups if f.track == Track.AANGIFTE)
    svc.update_follow_up(
        aangifte.id,
        FollowUpDraft(aangifte.title, status=FollowUpStatus.GEREED, details={"pv_number": MARKERS[4]}),
    )
    close(svc, purged.id, date(2026, 2, 1))
    from veiligbestuur_desktop.domain.evaluation import EvaluationDraft
    from veiligbestuur_desktop.services.evaluation import EvaluationService

    evaluations = EvaluationService(ws)
    evaluations.create(
        EvaluationDraft(incident_id=purged.id, evaluated_on=date(2026, 2, 10), lessons=MARKERS[8]),
        today=date(2026, 11, 29),
    )
    backup.auto_backup(ws, date(2026, 11, 28))  # an older automatic backup still holds everything
    stats = RegionalStatsService(ws)
    before = (
        stats.rows(),
        svc.years(),
        svc.count(IncidentQuery()),
    )
    decrypted_copy(ws, tmp_path / "voor" / "kluis.db")
    assert set(scan([tmp_path / "voor"], MARKERS)) == set(MARKERS)  # the scan finds them while they are there
    # a decrypted copy is plaintext on disk: gone at once (the plaintext scan of other tests sees the tmp root)
    shutil.rmtree(tmp_path / "voor")

    retention = RetentionService(ws)
    later = date(2031, 3, 1)
    assert [(r.kind, r.id) for r in retention.due(date(2031, 1, 31))] == []
    due = retention.due(later)
    assert ("incident", purged.id) in [(r.kind, r.id) for r in due]
    assert ("incident", kept.id) not in [(r.kind, r.id) for r in due]  # still open
    with pytest.raises(ValidationError, match="nog niet aan de beurt"):
        retention.purge([kept.id], [], later)

    result = retention.purge([purged.id], [], later)
    assert result.incidents == 1 and result.tombstones == 1
    assert result.people == 1  # the perpetrator only this incident named
    assert result.new_backup is not None and result.new_backup.exists()
    assert [p.name for p in result.old_backups] == ["veiligbestuur-2026-11-28.vbbackup"]
    assert retention.remove_backups(result.old_backups) == 1

    # the evaluation of the purged incident (another register) went with it
    from veiligbestuur_desktop.store import audit as audit_store

    with ws.reading() as s:
        assert [e.action for e in audit_store.entries_for(s, "incident_evaluation", 1)] == ["create", "purge"]
    # the counts are unchanged, the incident is anonymised, everything verifies
    after = (
        stats.rows(),
        svc.years(),
        svc.count(IncidentQuery()),
    )
    assert after == before
    detail = svc.detail(purged.id)
    assert (
        detail.draft.status == IncidentStatus.GEANONIMISEERD and not detail.victims and not detail.attachments
    )
    assert retention.tombstones() == [(2026, "bedreiging", 3, "sociale_media", later)]
    report = verify(ws)
    assert report.ok, report.lines()
    assert freelist(ws) == 0  # VACUUM: no freed page with old content stays in the file

    decrypted_copy(ws, tmp_path / "na" / "kluis.db")
    hits = scan([ws.vault.paths.data_dir, tmp_path / "na"], MARKERS)
    shutil.rmtree(tmp_path / "na")
    assert hits == {}, hits
    # an anonymised incident cannot be edited back
    with pytest.raises(ValidationError):
        svc.set_status(purged.id, IncidentStatus.GEREGISTREERD)


def test_people_are_due_after_their_period_and_naasten_go_first(workspace):
    persons = PersonService(workspace)
    from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Relation, Role

    oud = persons.create(
        PersonDraft(
            PersonKind.AMBTSDRAGER,
            name="Oud-wethouder Tjeerd Bosma",
            role=Role.WETHOUDER,
            term_start=date(2014, 3, 1),
            term_end=date(2018, 3, 29),
        )
    )
    partner = persons.create(
        PersonDraft(PersonKind.NAASTE, name="Partner Bosma", related_to_id=oud, relation=Relation.PARTNER)
    )
    zittend = persons.create(PersonDraft(PersonKind.AMBTSDRAGER, name="Zittend Raadslid", role=Role.RAADSLID))
    retention = RetentionService(workspace)
    due = {(r.kind, r.id): r for r in retention.due(date(2026, 11, 29))}
    assert ("person", oud) in due and ("person", partner) in due and ("person", zittend) not in due
    assert due[("person", oud)].since == date(2020, 3, 29)  # two years after the term
    with pytest.raises(ValidationError, match="nog niet aan de beurt"):
        retention.purge([], [zittend], date(2026, 11, 29), new_backup=False)
    result = retention.purge([], [oud, partner], date(2026, 11, 29), new_backup=False)
    assert result.people == 2
    assert [p.name for p in persons.search()] == ["Zittend Raadslid"]
    assert verify(workspace, backups=False).ok
