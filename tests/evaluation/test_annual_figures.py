"""The jaarevaluatie's figures on a demo vault equal the same counts done by hand here, in plain SQL over the
demo's tables; the council letter's data holds no count below 5 and no name."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.domain.statistics import HIDDEN, SMALL
from veiligbestuur_desktop.services.annual import AnnualService
from veiligbestuur_desktop.services.demo import ANCHOR, create_demo_vault

YEAR = ANCHOR.year - 1


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws, _summary = create_demo_vault(tmp_path_factory.mktemp("annual") / "kluis", PASSPHRASE, 900, seed=4)
    yield ws
    ws.lock()


def _rows(ws, sql, **params):
    with ws.reading() as s:
        return s.execute(text(sql), params).all()


def _year_incidents(ws, year):
    return _rows(
        ws,
        "SELECT id, occurred_on, channel, severity_level FROM incident WHERE occurred_on >= :a AND occurred_on < :b",
        a=f"{year}-01-01",
        b=f"{year + 1}-01-01",
    )


def test_the_figures_equal_hand_counts_in_plain_sql(demo):
    f = AnnualService(demo).figures(YEAR)
    incidents = _year_incidents(demo, YEAR)
    ids = {r[0] for r in incidents}
    assert f.total == len(incidents) > 50

    months = Counter(int(str(r[1])[5:7]) for r in incidents)
    assert list(f.by_month) == [months.get(m, 0) for m in range(1, 13)]

    channels = Counter(r[2] for r in incidents)
    assert {c.key: c.count for c in f.by_channel} == dict(channels)
    assert f.online.part == channels.get("email", 0) + channels.get("sociale_media", 0)
    assert f.online.whole == len(incidents)

    levels = Counter(r[3] for r in incidents)
    assert {int(c.key): c.count for c in f.by_severity} == {lv: levels.get(lv, 0) for lv in range(5)}

    cats: Counter[str] = Counter()
    for incident_id, code in _rows(demo, "SELECT incident_id, code FROM incident_category"):
        if incident_id in ids:
            cats[code] += 1
    assert {c.key: c.count for c in f.by_category} == dict(cats)

    roles: dict[str, set[int]] = {}
    for incident_id, kind, role in _rows(
        demo,
        "SELECT v.incident_id, p.kind, p.role FROM incident_victim v JOIN person p ON p.id = v.person_id",
    ):
        if incident_id in ids:
            key = "naaste" if kind == "naaste" else (role or "onbekend")
            roles.setdefault(key, set()).add(incident_id)
    assert {c.key: c.count for c in f.by_role} == {k: len(v) for k, v in roles.items()}

    filed: set[int] = set()
    reported: set[int] = set()
    reasons: dict[str, set[int]] = {}
    on_time = late = not_done = 0
    imposed: Counter[str] = Counter()
    weighed: set[int] = set()
    weigh_total: set[int] = set()
    open_fu = 0
    for incident_id, track, kind, status, deadline, done_on, details in _rows(
        demo, "SELECT incident_id, track, kind, status, deadline, done_on, details FROM follow_up"
    ):
        if incident_id not in ids:
            continue
        d = json.loads(details or "{}")
        if status in ("open", "bezig"):
            open_fu += 1
        if track == "aangifte":
            if d.get("decision") in ("aangifte", "ja"):
                filed.add(incident_id)
            elif d.get("decision") == "melding":
                reported.add(incident_id)
            elif d.get("decision") in ("geen", "nee"):
                reasons.setdefault(d.get("reason") or "onbekend", set()).add(incident_id)
        if track == "nazorg" and kind in ("gesprek_72u", "opvanggesprek"):
            if status == "gereed" and (deadline is None or str(done_on) <= str(deadline)):
                on_time += 1
            elif status == "gereed":
                late += 1
            elif status in ("open", "bezig"):
                not_done += 1
        if track == "sanctie" and status != "nvt":
            weigh_total.add(incident_id)
            if status == "gereed":
                weighed.add(incident_id)
            if d.get("type"):
                imposed[d["type"]] += 1
    assert f.aangifte.part == len(filed) and f.melding.part == len(reported)
    assert {c.key: c.count for c in f.no_report_reasons} == {k: len(v) for k, v in reasons.items()}
    assert (f.nazorg.on_time, f.nazorg.late, f.nazorg.not_done) == (on_time, late, not_done)
    assert f.nazorg.total > 0
    assert {c.key: c.count for c in f.sanctions} == dict(imposed)
    assert (f.sanctions_weighed.part, f.sanctions_weighed.whole) == (len(weighed), len(weigh_total))
    assert f.open_follow_ups == open_fu

    history = dict(f.history)
    for year in range(YEAR - 3, YEAR + 1):
        assert history[year] == len(_year_incidents(demo, year))

    evaluations = _rows(
        demo,
        "SELECT count(*) FROM incident_evaluation WHERE evaluated_on >= :a AND evaluated_on < :b",
        a=f"{YEAR}-01-01",
        b=f"{YEAR + 1}-01-01",
    )[0][0]
    assert f.evaluations == evaluations


def test_a_year_without_incidents_counts_zero(demo):
    f = AnnualService(demo).figures(1999)
    assert f.total == 0 and sum(f.by_month) == 0 and f.by_category == () and f.nazorg.total == 0
    assert f.online.percent is None


def test_the_council_letter_data_holds_no_small_count_and_no_name(demo):
    data = AnnualService(demo).council_letter_data(YEAR)
    texts = [value for _label, value in data.key_figures]
    for table in data.tables:
        texts += [value for _label, value in table.rows]
        texts.append(table.total)
    for value in texts:
        if (
            value in (SMALL, HIDDEN, "", "—", "0")
            or value.startswith("niet getoond")
            or value.endswith("procent")
        ):
            continue
        assert int(value.replace(".", "")) >= 5, value
    names = [r[0] for r in _rows(demo, "SELECT name FROM person WHERE name != ''")]
    blob = repr(data)
    assert not [n for n in names if n in blob]


def test_the_dashboard_counts_this_year(demo):
    d = AnnualService(demo).dashboard(date(ANCHOR.year, 11, 20))
    assert d.year == ANCHOR.year and d.total == len(_year_incidents(demo, ANCHOR.year))
    assert sum(d.by_month) == d.total and sum(d.previous_by_month) == len(
        _year_incidents(demo, ANCHOR.year - 1)
    )
    open_total = _rows(demo, "SELECT count(*) FROM follow_up WHERE status IN ('open', 'bezig')")[0][0]
    assert sum(c.count for c in d.open_follow_ups) == open_total
