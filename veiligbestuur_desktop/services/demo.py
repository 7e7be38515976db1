"""A fictional municipality with plausible people and years of incidents, for demos and benchmarks.

The same seed and size give the same content (dates are anchored at ANCHOR, not at today). Rows are written
with the store's batched bulk insert (store.bulk), so 100,000 incidents take seconds, not hours.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.incidents import (
    DOXING_SINCE,
    INCIDENT,
    TRACK_OF_CHECK,
    CheckItem,
    FollowUpStatus,
    IncidentStatus,
    planned_follow_ups,
)
from veiligbestuur_desktop.services import extensions, lifecycle
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit, settings
from veiligbestuur_desktop.store.bulk import BulkInsert

ANCHOR = date(2026, 11, 15)
LOCAL = ZoneInfo("Europe/Amsterdam")  # the demo municipality's clock
YEARS = 5
MUNICIPALITY = "Wâldhoeke-Oost"
BATCH = 5000
EXAMPLE_FIELDS = tuple(f for f in INCIDENT.fields if f.examples)

FIRST = [
    "Anneke",
    "Bram",
    "Chloë",
    "Daan",
    "Eline",
    "Fleur",
    "Gijs",
    "Hanneke",
    "Inge",
    "Joëlle",
    "Jeroen",
    "Kees",
    "Lotte",
    "Maarten",
    "Noëlle",
    "Olaf",
    "Pieter",
    "Renée",
    "Sanne",
    "Thijs",
    "Ursula",
    "Vincent",
    "Wim",
    "Yvonne",
    "Zoë",
    "Gerrit",
    "Hélène",
    "José",
    "Mirjam",
    "Ruud",
    "Siebe",
    "Tjitske",
    "Wybren",
    "Aafke",
    "Sjoerd",
    "Ilse",
    "Rik",
    "Marieke",
    "Koen",
    "Ayşe",
    "Mehmet",
    "Fatima",
    "Youssef",
    "Priya",
    "Đorđe",
]
LAST = [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Laan",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "Hoekstra",
    "Wiersma",
    "Postma",
    "Kuipers",
    "Çelik",
    "Yılmaz",
    "Ruïz",
    "Gaëtan",
    "Hoëvenaars",
    "Brüggemann",
]
PARTIES = (
    "Lokaal Belang",
    "Dorpsbelangen",
    "Groen Wâldhoeke",
    "Liberaal Oost",
    "Sociaal Links",
    "Christelijk Noord",
)
PORTFOLIOS = (
    "asielopvang",
    "windmolens en energie",
    "ruimtelijke ordening",
    "sociaal domein",
    "financiën",
    "openbare orde en veiligheid",
    "verkeer en parkeren",
    "onderwijs",
)
SUBJECTS = (
    "het besluit over de asielopvang",
    "de komst van de windmolens",
    "de nieuwe parkeerregels in het centrum",
    "de sluiting van het zwembad",
    "het bestemmingsplan bij de Tsjerkebuorren",
    "de handhaving van een bedrijf",
    "een afgewezen vergunning",
    "de herindeling van de scholen",
)
TEMPLATES = {
    "verbaal": "Na {s} werd {v} op straat uitgescholden; de persoon riep ‘je bent een landverrader’.",
    "bedreiging": "{v} ontving een bericht: ‘we weten waar je woont, pas maar op’. Aanleiding was {s}.",
    "intimidatie": "Een groep stond na de raadsvergadering over {s} langdurig te wachten bij de auto van {v}.",
    "discriminatie": "{v} kreeg discriminerende opmerkingen over afkomst en geloof in reactie op {s}.",
    "seksuele_intimidatie": "{v} ontving ongewenste seksueel getinte berichten na een optreden over {s}.",
    "fysiek_geweld": "Bij een bijeenkomst over {s} werd {v} geduwd en tegen de grond gewerkt.",
    "vernieling": "De auto van {v} werd bekrast en een ruit ingegooid, kort na {s}.",
    "stalking": "{v} wordt al weken gevolgd door dezelfde persoon, die steeds over {s} begint.",
    "doxing": "Op sociale media werden privégegevens van {v} gedeeld met een oproep ‘ga eens langs’ vanwege {s}.",
    "hinderlijk": "Een inwoner belde {v} herhaaldelijk ’s avonds laat over {s}.",
    "oneigenlijke_druk": "{v} werd onder druk gezet om anders te stemmen over {s}; er werd met ‘gevolgen’ gedreigd.",
}
CATEGORY_WEIGHTS = {
    "verbaal": 35,
    "bedreiging": 20,
    "intimidatie": 12,
    "hinderlijk": 10,
    "discriminatie": 5,
    "doxing": 4,
    "stalking": 4,
    "vernieling": 4,
    "seksuele_intimidatie": 2,
    "fysiek_geweld": 2,
    "oneigenlijke_druk": 2,
}
LEVEL = {
    "verbaal": 2,
    "bedreiging": 3,
    "intimidatie": 2,
    "hinderlijk": 1,
    "discriminatie": 2,
    "doxing": 3,
    "stalking": 3,
    "vernieling": 3,
    "seksuele_intimidatie": 3,
    "fysiek_geweld": 4,
    "oneigenlijke_druk": 3,
}
CHANNEL_WEIGHTS = {
    "sociale_media": 35,
    "email": 20,
    "persoonlijk": 26,
    "telefoon": 10,
    "brief": 5,
    "anders": 1,
}
# where an incident that came in through a channel happened (place, weight), and the location text of a place
PLACE_WEIGHTS: dict[str, dict[str, int]] = {
    "sociale_media": {"online": 1},
    "email": {"online": 1},
    "persoonlijk": {"gemeentehuis": 8, "vergadering": 8, "openbare_ruimte": 8, "woning": 4, "elders": 2},
    "telefoon": {"woning": 3, "gemeentehuis": 3, "elders": 1},
    "brief": {"woning": 3, "gemeentehuis": 3},
    "anders": {"elders": 1},
}
LOCATIONS: dict[str, tuple[str, ...]] = {
    "online": ("Facebook-groep van het dorp", "X (Twitter)", "e-mail aan het persoonlijke adres", "WhatsApp"),
    "gemeentehuis": ("gemeentehuis, balie", "gemeentehuis, hal", "gemeentehuis"),
    "vergadering": ("raadzaal, publieke tribune", "commissievergadering"),
    "openbare_ruimte": ("markt", "sporthal", "parkeerplaats bij het dorpshuis"),
    "woning": ("bij de woning", "voordeur van de woning"),
    "elders": ("dorpshuis", "supermarkt"),
}
EXPERIENCED = ("niet", "minder", "ernstig", "zeer_ernstig")


@dataclass(frozen=True, slots=True)
class DemoSummary:
    municipality: str
    persons: int
    incidents: int
    follow_ups: int


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def fill(
    ws: Workspace, incidents: int, seed: int = 1, progress: Callable[[int, int], None] | None = None
) -> DemoSummary:
    """Fill an empty vault; refuses a vault that already holds people or incidents."""
    if incidents < 0 or incidents > 1_000_000:
        raise ValidationError(tr("demo", "Kies een aantal incidenten tussen 0 en 1.000.000."))
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with ws.transaction() as s:
        bulk = BulkInsert(s, BATCH)
        if bulk.records_present():
            raise ValidationError(
                tr(
                    "demo",
                    "Deze kluis bevat al gegevens; demogegevens worden alleen in een lege kluis gezet.",
                )
            )
        coordinator = settings.get(s, settings.COORDINATOR) or "Coördinator"

        # --- people ---
        persons: list[dict[str, Any]] = []

        def person(**kw: Any) -> int:
            pid = len(persons) + 1
            row = {
                "id": pid,
                "name": "",
                "description": "",
                "role": None,
                "party": "",
                "term_start": None,
                "term_end": None,
                "portefeuilles": "",
                "phone": "",
                "email": "",
                "verhoogd_risico": False,
                "zelfscan_on": None,
                "related_to_id": None,
                "relation": None,
                "betrokkene_type": None,
                "birth_date": None,
                "address": "",
                "organisation": "",
                "function": "",
                "created_at": now,
                "updated_at": now,
            }
            row.update(kw)
            persons.append(row)
            return pid

        term = (date(2022, 3, 30), date(2026, 3, 31))
        new_term = (date(2026, 4, 1), date(2030, 3, 31))
        office: list[tuple[int, str]] = []
        office.append(
            (
                person(
                    kind="ambtsdrager",
                    name=_name(rng),
                    role="burgemeester",
                    verhoogd_risico=True,
                    term_start=date(2021, 9, 1),
                    zelfscan_on=date(2023, 2, 1),
                ),
                "burgemeester",
            )
        )
        for _ in range(rng.randint(5, 7)):
            t = rng.choice((term, new_term))
            office.append(
                (
                    person(
                        kind="ambtsdrager",
                        name=_name(rng),
                        role="wethouder",
                        party=rng.choice(PARTIES),
                        term_start=t[0],
                        term_end=t[1],
                        portefeuilles=", ".join(rng.sample(PORTFOLIOS, 2)),
                        verhoogd_risico=rng.random() < 0.3,
                    ),
                    "wethouder",
                )
            )
        for _ in range(rng.randint(25, 45)):
            t = rng.choice((term, new_term))
            office.append(
                (
                    person(
                        kind="ambtsdrager",
                        name=_name(rng),
                        role="raadslid",
                        party=rng.choice(PARTIES),
                        term_start=t[0],
                        term_end=t[1],
                    ),
                    "raadslid",
                )
            )
        office.append((person(kind="ambtsdrager", name=_name(rng), role="griffier"), "griffier"))
        naasten: list[int] = []
        for pid, _role in rng.sample(office, min(12, len(office))):
            naasten.append(
                person(
                    kind="naaste",
                    name=_name(rng),
                    related_to_id=pid,
                    relation=rng.choice(("partner", "kind", "partner", "ouder")),
                )
            )
        betrokkenen: list[int] = []
        for i in range(max(8, incidents // 200)):
            if rng.random() < 0.75:
                betrokkenen.append(
                    person(
                        kind="betrokkene",
                        name=_name(rng),
                        betrokkene_type="individu",
                        birth_date=date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)),
                    )
                )
            else:
                betrokkenen.append(
                    person(
                        kind="betrokkene",
                        description=f"Onbekende man, ca. {rng.randint(25, 65)} jaar, "
                        f"{rng.choice(('donkere jas', 'pet', 'fietst altijd'))} (#{i})",
                        betrokkene_type=rng.choice(("individu", "collectief")),
                    )
                )
        for org, fn in (
            ("Politie Noord-Nederland", "ELA-contactfunctionaris"),
            ("Openbaar Ministerie", "officier van justitie"),
            ("Slachtofferhulp Nederland", "casemanager"),
        ):
            person(kind="contact", name=_name(rng), organisation=org, function=fn, phone="0900-8844")
        bulk.add_all("person", persons)
        bulk.flush()
        names = {p["id"]: p["name"] for p in persons}

        # --- incidents, in date order so the numbering follows the calendar ---
        start = date(ANCHOR.year - YEARS + 1, 1, 1)
        span = (ANCHOR - start).days
        dates = sorted(start + timedelta(days=rng.randrange(span + 1)) for _ in range(incidents))
        seq_per_year: dict[int, int] = {}
        office_weights = [
            {"burgemeester": 12, "wethouder": 6, "raadslid": 1, "griffier": 1}[r] for _, r in office
        ]
        rows_i: list[dict[str, Any]] = []
        rows_c: list[dict[str, Any]] = []
        rows_v: list[dict[str, Any]] = []
        rows_f: list[dict[str, Any]] = []
        rows_k: list[dict[str, Any]] = []
        rows_e: list[dict[str, Any]] = []
        n_follow = 0

        def flush() -> None:  # the store writes parents first, so the foreign keys hold
            for table, rows in (
                ("incident", rows_i),
                ("incident_category", rows_c),
                ("incident_victim", rows_v),
                ("follow_up", rows_f),
                ("incident_check", rows_k),
                ("incident_event", rows_e),
            ):
                bulk.add_all(table, rows)
                rows.clear()
            bulk.flush()

        for idx, occurred in enumerate(dates, start=1):
            seq = seq_per_year.get(occurred.year, 0) + 1
            seq_per_year[occurred.year] = seq
            cats = [_weighted(rng, CATEGORY_WEIGHTS)]
            if rng.random() < 0.25:
                extra = _weighted(rng, CATEGORY_WEIGHTS)
                if extra not in cats:
                    cats.append(extra)
            if occurred < DOXING_SINCE:  # not yet a crime of its own (art. 285d Sr)
                cats = list(dict.fromkeys("intimidatie" if c == "doxing" else c for c in cats))
            level = max(0, min(4, max(LEVEL[c] for c in cats) + rng.choice((-1, 0, 0, 0, 1))))
            channel = _weighted(rng, CHANNEL_WEIGHTS)
            if "fysiek_geweld" in cats:
                channel = "persoonlijk"  # violence happens in person, never by mail
            place = _weighted(rng, PLACE_WEIGHTS[channel])
            if "fysiek_geweld" in cats and place == "vergadering":
                place = "openbare_ruimte"
            reported = min(ANCHOR, occurred + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 5))))
            age = (ANCHOR - reported).days
            victim_id, _role = rng.choices(office, weights=office_weights)[0]
            victims = [victim_id]
            if naasten and rng.random() < 0.1:
                victims.append(rng.choice(naasten))
            known = rng.random() < 0.4
            perpetrator = rng.choice(betrokkenen) if known else None
            if age > 120:
                status = rng.choices(("afgesloten", "geevalueerd"), weights=(3, 2))[0]
            elif age > 30:
                status = rng.choice(("in_behandeling", "in_behandeling", "afgesloten"))
            else:
                status = rng.choice(("geregistreerd", "in_behandeling"))
            closed = (
                reported + timedelta(days=rng.randint(20, 90))
                if status in ("afgesloten", "geevalueerd")
                else None
            )
            if closed and closed > ANCHOR:
                closed = ANCHOR
            text = TEMPLATES[cats[0]].format(v=names[victim_id], s=rng.choice(SUBJECTS))
            rows_i.append(
                {
                    "id": idx,
                    "year": occurred.year,
                    "seq": seq,
                    "number": f"{occurred.year}-{seq:03d}",
                    "occurred_on": occurred,
                    "occurred_time": f"{rng.randint(7, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}"
                    if rng.random() < 0.6
                    else "",
                    "reported_on": reported,
                    "reported_by": names[victim_id],
                    "received_by": coordinator,
                    "location": rng.choice(LOCATIONS[place]),
                    "at_home": place == "woning",
                    "channel": channel,
                    "place": place,
                    "severity_experienced": rng.choice(EXPERIENCED),
                    "severity_level": level,
                    "status": status,
                    "perpetrator_known": known,
                    "perpetrator_id": perpetrator,
                    "perpetrator_type": "individu" if known else "onbekend",
                    "perpetrator_description": ""
                    if known
                    else rng.choice(("", "man met capuchon", "anoniem account")),
                    "description": text,
                    "impact": rng.choice(
                        ("", "Slaapt slecht sinds het incident.", "Overweegt te stoppen als raadslid.")
                    ),
                    "impact_injury": "fysiek_geweld" in cats,
                    "impact_damage": "vernieling" in cats,
                    "impact_absence": rng.random() < 0.05,
                    "impact_family": len(victims) > 1,
                    "impact_avoidance": rng.random() < 0.15,
                    "closed_on": closed,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for f in EXAMPLE_FIELDS:  # the declared fields with example values (domain.fields.Field.examples)
                rows_i[-1].setdefault(f.name, rng.choice(f.examples))
            rows_c.extend({"incident_id": idx, "code": c} for c in cats)
            rows_v.extend(
                {
                    "incident_id": idx,
                    "person_id": v,
                    "office_related": True,
                    "aimed_at": rng.choice(("persoon", "ambt")),
                }
                for v in victims
            )
            when = rows_i[-1]["occurred_time"]
            plan = planned_follow_ups(
                occurred,
                reported,
                known,
                occurred_time=time.fromisoformat(when) if when else None,
                categories=cats,
                severity_level=level,
            )
            closed_case = status in ("afgesloten", "geevalueerd")
            for p in plan:
                done = (
                    p.status == FollowUpStatus.NVT
                    or closed_case
                    or (
                        p.deadline is not None
                        and p.deadline + timedelta(days=rng.randint(-3, 10)) < ANCHOR
                        and rng.random() < 0.9
                    )
                )
                details = dict(p.details)
                fu_status = (
                    p.status.value if p.status == FollowUpStatus.NVT else ("gereed" if done else "open")
                )
                if p.track.value == "schade":
                    # damage to claim only when something was damaged or someone hurt; else it does not apply
                    if not ("vernieling" in cats or "fysiek_geweld" in cats):
                        fu_status = "nvt" if done else "open"
                        if done:
                            details["nvt_reason"] = "geen schade"
                    elif done:
                        details.update({"route": "strafproces", "items": "reparatie en eigen risico"})
                if p.track.value == "aangifte" and done and level >= 3 and rng.random() < 0.5:
                    details.update(
                        {
                            "decision": "aangifte",
                            "filed_on": reported.isoformat(),
                            "filed_by": rng.choice(("slachtoffer", "gemeente")),
                            "pv_number": f"PL01{reported.year}{idx:07d}",
                            "vpt_registered": rng.choice(("ja", "ja", "onbekend")),
                            "vpt_asked": "ja",
                            "address_choice": "domicilie",
                            "om_decision": rng.choice(
                                ("sepot", "strafbeschikking", "dagvaarding", "onbekend")
                            ),
                        }
                    )
                elif p.track.value == "aangifte" and done and level >= 2 and rng.random() < 0.3:
                    details.update(
                        {"decision": "melding", "filed_on": reported.isoformat(), "vpt_registered": "ja"}
                    )
                elif p.track.value == "aangifte" and done:
                    details.update(
                        {
                            "decision": "geen",
                            "reason": rng.choice(("niet_ernstig", "hoort_bij_functie", "geen_resultaat")),
                        }
                    )
                rows_f.append(
                    {
                        "incident_id": idx,
                        "track": p.track.value,
                        "kind": p.kind,
                        "title": p.title,
                        "owner": coordinator if p.track.value != "nazorg" else "Griffier",
                        "deadline": p.deadline,
                        "due_from": p.due_from,
                        "status": fu_status,
                        # done, or decided not to apply (a planned n.v.t., the reactie without a perpetrator,
                        # has no such day)
                        "done_on": (p.deadline or reported)
                        if fu_status == "gereed" or (fu_status == "nvt" and p.status != FollowUpStatus.NVT)
                        else None,
                        "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
                    }
                )
                n_follow += 1
            # the ticks that have a track follow it (domain.incidents.TRACK_OF_CHECK): never ticked by hand
            # while the track is open, so the report's ticks and the tracks say the same
            by_track = set(TRACK_OF_CHECK)
            ticks = [CheckItem.GEREGISTREERD, CheckItem.PROTOCOL]
            ticks += rng.sample(
                [c for c in CheckItem if c not in ticks and c not in by_track], rng.randint(0, 4)
            )
            for c in ticks:
                rows_k.append(
                    {
                        "incident_id": idx,
                        "code": c.value,
                        "done_on": min(ANCHOR, reported + timedelta(days=rng.randint(0, 10))),
                        "by": coordinator,
                    }
                )
            at = datetime.combine(reported, time(9, 0), tzinfo=LOCAL)  # nine in the morning, here
            rows_e.append(
                {"incident_id": idx, "at": at, "code": "registered", "params": "{}", "by": coordinator}
            )
            if status != IncidentStatus.GEREGISTREERD.value:
                rows_e.append(
                    {
                        "incident_id": idx,
                        "at": at + timedelta(days=1),
                        "code": "status",
                        "params": json.dumps({"s": status}),
                        "by": coordinator,
                    }
                )
            if len(rows_f) >= BATCH:
                flush()
            if progress is not None and idx % 5000 == 0:
                progress(idx, incidents)
        flush()
        # every record gets its audit entry with the record's hash, in bulk (verify compares them)
        audit.append_many(
            s,
            slot=ws.actor,
            entries=[audit.NewEntry("create", "person", pid, "demogegevens", record=True) for pid in names],
        )
        for first in range(1, incidents + 1, BATCH):
            numbers = bulk.incident_numbers(first, first + BATCH - 1)
            audit.append_many(
                s,
                slot=ws.actor,
                entries=[
                    audit.NewEntry(
                        "create", "incident", iid, f"incident {number} geregistreerd (demo)", record=True
                    )
                    for iid, number in numbers
                ],
            )
        ws.audit(
            s,
            "create",
            "demo",
            "",
            f"demogegevens: {len(persons)} personen, {incidents} incidenten (seed {seed})",
        )
    # the records of the other steps (policy, analyses, agreements, ...), each area through its own services
    for _area, filler in extensions.demo_fillers():
        filler(ws, seed)
    if progress is not None:
        progress(incidents, incidents)
    return DemoSummary(MUNICIPALITY, len(persons), incidents, n_follow)


def create_demo_vault(
    data_dir: Path,
    passphrase: str,
    incidents: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Workspace, DemoSummary]:
    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, "Demo Coördinator", passphrase)
    try:
        summary = fill(ws, incidents, seed, progress)
        lifecycle.confirm_created(ws)  # all or nothing: a demo cut short (full disk, Ctrl+C) leaves no vault
        return ws, summary
    except BaseException:
        ws.lock()
        raise
