from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from veiligbestuur_desktop.domain.errors import ValidationError, VaultLocked
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.steps import STEPS, Frequency
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.store import audit


def test_update_item_saves_audits_and_changes_overview(workspace):
    svc = PlanService(workspace)
    before = svc.overview(date(2026, 11, 28)).steps[2]
    assert before.text == "1 van 4 gereed"  # 3.3: the registration system (this app, with its categories)
    svc.update_item(
        PlanItemState(
            "voorbereiding_ketenafspraken", ItemStatus.GEREED, "Griffier", date(2026, 12, 1), "ELA-afspraken"
        )
    )
    after = svc.overview(date(2026, 11, 28)).steps[2]
    assert after.text == "2 van 4 gereed"
    assert svc.states()["voorbereiding_ketenafspraken"].note == "ELA-afspraken"
    with workspace.reading() as s:
        entries = audit.entries_for(s, "plan_item", "voorbereiding_ketenafspraken")
    assert len(entries) == 1
    assert entries[0].slot == "Coördinator"
    assert "gereed" in entries[0].summary and "ELA" not in entries[0].summary


def test_overview_lists_overdue_first(workspace):
    svc = PlanService(workspace)
    svc.update_item(PlanItemState("beleid_media", ItemStatus.BEZIG, due_date=date(2026, 11, 30)))
    svc.update_item(PlanItemState("evaluatie_jaarlijks", ItemStatus.NIET_GESTART, due_date=date(2026, 10, 1)))
    due = svc.overview(date(2026, 11, 28)).due
    assert [(d.item.code, d.overdue) for d in due] == [("evaluatie_jaarlijks", True), ("beleid_media", False)]


def test_invalid_item_writes_nothing(workspace):
    svc = PlanService(workspace)
    with pytest.raises(ValidationError):
        svc.update_item(PlanItemState("beleid_media", ItemStatus.BEZIG, note="x" * 10_000_000))
    assert svc.states()["beleid_media"].status == ItemStatus.NIET_GESTART


def test_nothing_can_write_while_locked(workspace):
    workspace.lock()
    with pytest.raises(VaultLocked):
        PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))


# --- recurrence (issue 9) ------------------------------------------------------------------------------------


def test_marking_a_recurring_item_done_moves_its_next_due_date(workspace):
    svc = PlanService(workspace)
    svc.update_item(PlanItemState("uitvoering_bespreken", ItemStatus.BEZIG, due_date=date(2026, 10, 1)))
    assert [d.code for d in svc.due(date(2026, 11, 28))] == ["uitvoering_bespreken"]

    done = svc.mark_done("uitvoering_bespreken", date(2026, 11, 20), today=date(2026, 11, 28))
    assert (done.status, done.last_done, done.due_date) == (
        ItemStatus.GEREED,
        date(2026, 11, 20),
        date(2027, 2, 20),
    )
    assert svc.states()["uitvoering_bespreken"] == done
    assert svc.due(date(2026, 11, 28)) == []
    # the next quarter it is due again; done again, it moves on from the new date
    assert [d.code for d in svc.due(date(2027, 2, 1))] == ["uitvoering_bespreken"]
    again = svc.mark_done("uitvoering_bespreken", date(2027, 2, 25), today=date(2027, 3, 1))
    assert again.due_date == date(2027, 5, 25) and again.status == ItemStatus.GEREED
    with workspace.reading() as s:
        summaries = [e.summary for e in audit.entries_for(s, "plan_item", "uitvoering_bespreken")]
    assert summaries[1] == "status bezig → gereed; streefdatum; laatst gedaan"
    assert summaries[2] == "streefdatum; laatst gedaan"


def test_setting_status_gereed_marks_done_and_editing_last_done_or_frequency_recomputes(workspace):
    svc = PlanService(workspace)
    today = date(2026, 11, 28)
    st = svc.update_item(PlanItemState("evaluatie_jaarlijks", ItemStatus.GEREED), today=today)
    assert (st.last_done, st.due_date) == (today, date(2027, 11, 28))
    st = svc.update_item(replace(st, last_done=date(2026, 1, 31)), today=today)
    assert st.due_date == date(2027, 1, 31)
    st = svc.update_item(replace(st, frequency=Frequency.MAANDELIJKS), today=today)
    assert (st.frequency, st.due_date) == (Frequency.MAANDELIJKS, date(2026, 2, 28))
    assert [(d.code, d.overdue, d.frequency) for d in svc.due(today)] == [
        ("evaluatie_jaarlijks", True, Frequency.MAANDELIJKS)
    ]
    # a due date set by hand together with the change wins
    st = svc.update_item(replace(st, last_done=date(2026, 11, 1), due_date=date(2026, 12, 15)), today=today)
    assert st.due_date == date(2026, 12, 15)
    # the default frequency is not stored; a one-off marked done is closed
    st = svc.update_item(replace(st, frequency=Frequency.JAARLIJKS), today=today)
    assert st.frequency is None
    once = svc.update_item(PlanItemState("voorbereiding_registratie", ItemStatus.GEREED), today=today)
    assert once.last_done == today and once.due_date is None


def test_due_lists_overdue_then_this_month_sorted_by_urgency(workspace):
    svc = PlanService(workspace)
    today = date(2026, 11, 15)
    for code, status, due in [
        ("beleid_media", ItemStatus.BEZIG, date(2026, 11, 30)),  # this month, later
        ("evaluatie_jaarlijks", ItemStatus.NIET_GESTART, date(2026, 10, 1)),  # overdue, less
        ("preventie_risicoanalyse", ItemStatus.BEZIG, date(2026, 3, 1)),  # overdue, most
        ("communicatie_normen", ItemStatus.NIET_GESTART, date(2026, 11, 16)),  # this month, soonest
        ("uitvoering_maatregelen", ItemStatus.NIET_GESTART, date(2026, 12, 1)),  # next month: not listed
        ("voorbereiding_opvang", ItemStatus.NVT, date(2026, 1, 1)),  # n.v.t.: never listed
        ("voorbereiding_registratie", ItemStatus.GEREED, date(2026, 1, 1)),  # a closed one-off
        ("communicatie_gesprek", ItemStatus.BEZIG, date(2026, 11, 15)),  # today: due, not overdue
    ]:
        svc.update_item(PlanItemState(code, status, due_date=due), today=today)
    svc.mark_done("uitvoering_operationeel", date(2026, 10, 10), today=today)  # monthly: overdue since 11-10
    due = svc.due(today)
    assert [(d.step, d.code, d.next_due, d.overdue) for d in due] == [
        (2, "preventie_risicoanalyse", date(2026, 3, 1), True),
        (7, "evaluatie_jaarlijks", date(2026, 10, 1), True),
        (4, "uitvoering_operationeel", date(2026, 11, 10), True),
        (5, "communicatie_gesprek", date(2026, 11, 15), False),
        (5, "communicatie_normen", date(2026, 11, 16), False),
        (1, "beleid_media", date(2026, 11, 30), False),
    ]
    assert due[0].label == "Risicoanalyse opstellen: generiek en per beleidsgebied, eventueel per persoon"
    assert [d.item.code for d in svc.overview(today).due] == [d.code for d in due]
    assert svc.overview(today).steps[3].overdue == 1


_INCIDENT = text(
    "INSERT INTO incident (id, year, seq, number, occurred_on, occurred_time, reported_on, reported_by, "
    "received_by, location, at_home, channel, severity_level, status, perpetrator_known, perpetrator_type, "
    "perpetrator_description, witnesses, description, impact, impact_injury, impact_damage, impact_absence, "
    "impact_family, impact_avoidance, created_at, updated_at) VALUES (:id, :year, :id, :number, :on, '', :on, "
    "'', '', '', 0, 'telefoon', :level, :status, 0, 'onbekend', '', '', 'omschrijving', '', 0, 0, 0, 0, 0, "
    "'2026-11-28 12:00:00', '2026-11-28 12:00:00')"
)
_CHECK = text(
    "INSERT INTO incident_check (incident_id, code, done_on, by) VALUES (:i, :code, '2026-11-22', '')"
)
_FOLLOW_UP = text(
    "INSERT INTO follow_up (incident_id, track, kind, title, owner, status, details) "
    "VALUES (:i, :track, '', 'opvolging', '', :status, '{}')"
)


def _incidents(ws, rows):  # type: ignore[no-untyped-def]
    """Incident rows as the incident register stores them: (id, year, level, status, checks, {track: [statuses]})."""
    with ws.transaction() as s:
        for iid, year, level, status, checks, tracks in rows:
            s.execute(
                _INCIDENT,
                {
                    "id": iid,
                    "year": year,
                    "number": f"{year}-{iid:03d}",
                    "on": f"{year}-06-01",
                    "level": level,
                    "status": status,
                },
            )
            for code in checks:
                s.execute(_CHECK, {"i": iid, "code": code})
            for track, statuses in tracks.items():
                for st in statuses:
                    s.execute(_FOLLOW_UP, {"i": iid, "track": track, "status": st})


def test_step_6_items_follow_the_incident_data(workspace):
    today = date(2026, 11, 28)
    svc = PlanService(workspace)
    ev = svc.evidence(today, step=6)  # the other steps have evidence of their own areas
    assert set(ev) == {i.code for i in STEPS[5].items}
    assert ev["incidenten_nabespreken"].text == "geen incidenten dit jaar"
    assert ev["incidenten_nabespreken"].status is None  # no data: the stored status stands
    svc.update_item(PlanItemState("incidenten_sancties", ItemStatus.BEZIG), today=today)
    assert svc.overview(today).steps[5].in_progress == 1

    nazorg_open = {"nazorg": ["gereed", "open"], "sanctie": ["open"], "aangifte": ["open"]}
    _incidents(
        workspace,
        [
            (1, 2026, 3, "nazorg", ("nabesproken", "geanalyseerd", "geregistreerd", "sancties"), nazorg_open),
            (
                2,
                2026,
                3,
                "afgesloten",
                ("nabesproken", "geanalyseerd", "geregistreerd"),
                {"aangifte": ["gereed"]},
            ),
            (3, 2026, 2, "in_behandeling", ("nabesproken", "geanalyseerd"), {"sanctie": ["nvt", "gereed"]}),
            (4, 2026, 4, "gemeld", (), {"sanctie": ["gereed", "open"], "aangifte": ["nvt"]}),
            (5, 2026, 1, "afgesloten", ("nabesproken",), {}),  # not punishable: not counted for aangifte
            (6, 2025, 3, "geevalueerd", ("nabesproken",), {}),  # another year
            (7, 2026, 3, "geanonimiseerd", (), {}),  # anonymised: no handling detail left to count
        ],
    )
    ev = svc.evidence(today)
    assert ev["incidenten_nabespreken"].year == 2026
    assert (ev["incidenten_nabespreken"].done, ev["incidenten_nabespreken"].total) == (4, 5)
    assert ev["incidenten_nabespreken"].text == "nabesproken 4 van 5 incidenten dit jaar"
    assert ev["incidenten_nabespreken"].status == ItemStatus.BEZIG
    # both ticks are needed
    assert (ev["incidenten_registreren"].done, ev["incidenten_registreren"].total) == (2, 5)
    # ticked (1), or every follow-up of the track gereed / n.v.t. (3); not 4 (one still open)
    assert (ev["incidenten_sancties"].done, ev["incidenten_sancties"].total) == (2, 5)
    assert ev["incidenten_protocol"].done == 0 and ev["incidenten_protocol"].status == ItemStatus.NIET_GESTART
    # aangifte applies to punishable acts (level 2 and up); decided on 2 and 4
    assert (ev["incidenten_aangifte"].done, ev["incidenten_aangifte"].total) == (2, 4)
    assert ev["incidenten_aangifte"].text == "aangifte afgewogen bij 2 van 4 strafbare incidenten dit jaar"
    last_year = svc.evidence(date(2025, 12, 31))["incidenten_nabespreken"]
    assert (
        last_year.text == "nabesproken 1 van 1 incidenten dit jaar" and last_year.status == ItemStatus.GEREED
    )

    # the step's progress follows the data, not a stored tick; n.v.t. chosen by the user is respected
    svc.update_item(PlanItemState("incidenten_protocol", ItemStatus.GEREED), today=today)
    svc.update_item(PlanItemState("incidenten_vertrouwenslijn", ItemStatus.NVT), today=today)
    progress = svc.overview(today).steps[5]
    assert (progress.done, progress.applicable, progress.in_progress) == (0, 5, 4)
    _incidents(workspace, [])
    with workspace.transaction() as s:
        s.execute(_CHECK, {"i": 4, "code": "nabesproken"})
    assert svc.evidence(today)["incidenten_nabespreken"].status == ItemStatus.GEREED
    assert svc.overview(today).steps[5].done == 1
    assert svc.states()["incidenten_protocol"].status == ItemStatus.GEREED  # the stored value is kept
    with pytest.raises(ValidationError):
        svc.mark_done("incidenten_nabespreken", today, today=today)
