"""Step 7 — Controleren op uitvoering en effectiviteit: what the area adds to the shared parts of the app.

- the guard: an incident gets the status "geëvalueerd" only when it has an evaluation;
- the documents: jaarverslag (college, VERTROUWELIJK, --id = year), raadsinformatiebrief (counts only,
  suppressed), incidentevaluatie (one evaluation, --id);
- the evidence of step 7's checklist items;
- the demo: evaluations of evaluated demo incidents, and the current term's checklist partly done.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.incidents import IncidentStatus
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.statistics import Count, Section
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.extensions import (
    DocumentSpec,
    register_demo,
    register_document,
    register_evidence,
    register_guard,
)
from veiligbestuur_desktop.store.evaluation import EvaluationRepository

if TYPE_CHECKING:
    from veiligbestuur_desktop.services.plan import Evidence
    from veiligbestuur_desktop.services.workspace import Workspace

EARLIEST_YEAR = 1990


# --- the guard ------------------------------------------------------------------------------------------------


def evaluated_needs_evaluation(unit: Any, draft: Any, row: Any) -> None:
    """Refuse the status "geëvalueerd" for an incident without an evaluation (a new incident has none)."""
    if IncidentStatus(draft.status) != IncidentStatus.GEEVALUEERD:
        return
    if row is not None and row.status == IncidentStatus.GEEVALUEERD.value:
        return  # already geëvalueerd (an edit of another field)
    if row is not None and unit.repo(EvaluationRepository).count_for_incident(row.id) > 0:
        return
    raise ValidationError(
        tr(
            "evaluation",
            "Een incident krijgt de status ‘geëvalueerd’ pas als er een evaluatie is. Leg eerst de evaluatie "
            "vast in stap 7 (Evaluatie → Evaluaties), of kies een andere status.",
        ),
        field="status",
    )


register_guard("incident", evaluated_needs_evaluation)


# --- documents -----------------------------------------------------------------------------------------------


def _year(record_id: int | None) -> int:
    if record_id is None or not EARLIEST_YEAR <= record_id <= date.today().year:
        raise ValidationError(
            tr("evaluation", "Kies een jaar tussen {a} en {b}, bijvoorbeeld --id {c}.").format(
                a=EARLIEST_YEAR, b=date.today().year, c=date.today().year - 1
            )
        )
    return record_id


def _render_annual(ws: Workspace, record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import annual_report
    from veiligbestuur_desktop.services.annual import AnnualService

    return annual_report.render(AnnualService(ws).annual_report_data(_year(record_id)))


def _render_council(ws: Workspace, record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import council_letter
    from veiligbestuur_desktop.services.annual import AnnualService

    return council_letter.render(AnnualService(ws).council_letter_data(_year(record_id)))


def _render_evaluation(ws: Workspace, record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import incident_evaluation
    from veiligbestuur_desktop.services.annual import AnnualService

    if record_id is None:
        raise ValidationError(tr("evaluation", "Kies een evaluatie."))
    return incident_evaluation.render(AnnualService(ws).evaluation_data(record_id))


def _last_full_year(_ws: Workspace) -> int | None:
    return date.today().year - 1


def _latest_evaluation(ws: Workspace) -> int | None:
    from veiligbestuur_desktop.services.evaluation import EvaluationQuery, EvaluationService

    rows = EvaluationService(ws).page(EvaluationQuery(), 0, 1)
    return rows[0].id if rows else None


YEAR_KIND = "jaar"  # the "record" of a yearly document: its --id is the year

register_document(
    DocumentSpec(
        name="jaarverslag",
        title="Jaarverslag (college)",
        step=7,
        render=_render_annual,
        record_kind=YEAR_KIND,
        current=_last_full_year,
        description="Alle cijfers van een jaar met grafieken, voor het college (vertrouwelijk); --id is het jaar.",
    )
)
register_document(
    DocumentSpec(
        name="raadsinformatiebrief",
        title="Raadsinformatiebrief",
        step=7,
        render=_render_council,
        record_kind=YEAR_KIND,
        current=_last_full_year,
        description="De cijfers van een jaar voor de raad: alleen aantallen, kleine aantallen verborgen, "
        "geen namen; --id is het jaar.",
    )
)
register_document(
    DocumentSpec(
        name="incidentevaluatie",
        title="Evaluatie van een incident",
        step=7,
        render=_render_evaluation,
        record_kind="incident_evaluation",
        current=_latest_evaluation,
        description="De evaluatie van één incident met de lessen en aanpassingen (vertrouwelijk).",
    )
)


def _render_measures(ws: Workspace, record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports import measures_status
    from veiligbestuur_desktop.services.annual import AnnualService

    return measures_status.render(AnnualService(ws).measures_status_data(_year(record_id)))


def _this_year(_ws: Workspace) -> int | None:
    return date.today().year


if importlib.util.find_spec("veiligbestuur_desktop.services.prevention") is not None:  # step 2's measures
    register_document(
        DocumentSpec(
            name="status-maatregelen",
            title="Status van de maatregelen",
            step=7,
            render=_render_measures,
            record_kind=YEAR_KIND,
            current=_this_year,
            description="De maatregelen van stap 2 en hun status aan het eind van elk kwartaal; --id is het jaar.",
        )
    )


# --- other areas' figures in the annual report -------------------------------------------------------------

SectionProvider = Callable[["Workspace", int], Section | None]


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _measures_section(ws: Workspace, year: int) -> Section | None:
    """Step 2's measures by their status now (counts only)."""
    if _module("veiligbestuur_desktop.services.prevention") is None:
        return None
    from veiligbestuur_desktop.domain.prevention import MeasureStatus
    from veiligbestuur_desktop.services.prevention import MeasureService
    from veiligbestuur_desktop.store.prevention import MeasureQuery

    rows = MeasureService(ws).page(MeasureQuery(), 0, 100_000)
    if not rows:
        return None
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    return Section(
        "Maatregelen (stap 2)",
        tuple(Count(m.value, m.label, counts[m.value]) for m in MeasureStatus if m.value in counts),
        "De stand van alle maatregelen bij het opstellen van dit verslag; per kwartaal in het document "
        "‘Status van de maatregelen’.",
    )


def _agreements_section(ws: Workspace, year: int) -> Section | None:
    """Step 3's ketenafspraken: how many, made in the year, due for review (counts only)."""
    if _module("veiligbestuur_desktop.services.preparation") is None:
        return None
    from veiligbestuur_desktop.services.preparation import AgreementService

    service = AgreementService(ws)
    agreements = service.all()
    if not agreements:
        return None
    made = sum(1 for _i, d in agreements if d.agreed_on is not None and d.agreed_on.year == year)
    due = len(service.overdue(date(year, 12, 31)))
    return Section(
        "Ketenafspraken (stap 3)",
        (
            Count("all", "ketenafspraken vastgelegd", len(agreements)),
            Count("made", f"gemaakt of vernieuwd in {year}", made),
            Count("due", f"toe aan herziening op 31-12-{year}", due),
        ),
    )


def _signals_section(ws: Workspace, year: int) -> Section | None:
    """Step 4's avoidance signals of the year by their follow-up (counts only: who and what stay with the
    coordinator)."""
    if _module("veiligbestuur_desktop.services.signals") is None:
        return None
    from veiligbestuur_desktop.domain.execution import SignalFollowUp
    from veiligbestuur_desktop.services.signals import SignalService
    from veiligbestuur_desktop.store.execution import AreaQuery

    counts: dict[str, int] = {}
    for row in SignalService(ws).rows(AreaQuery()):
        observed = row.values.get("observed_on")
        if observed is None or observed.year != year:
            continue
        follow = row.values.get("follow_up")
        key = str(getattr(follow, "value", follow) or "geen")
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    return Section(
        "Vermijdingssignalen (stap 4)",
        tuple(
            Count(f.value, f"opvolging: {f.label}", counts[f.value])
            for f in SignalFollowUp
            if f.value in counts
        ),
        "Alleen aantallen; wie en wat blijven bij de coördinator.",
    )


_sections: list[SectionProvider] = [_measures_section, _agreements_section, _signals_section]


def annual_sections() -> list[SectionProvider]:
    """Figures of other areas for the jaarverslag (college), each only when this build has that area."""
    return list(_sections)


def actions_of_evaluation(ws: Workspace, evaluation_id: int) -> dict[str, str]:
    """The action points (step 4) made from an evaluation, by title: "open, uiterlijk dd-mm-jjjj — owner"."""
    if _module("veiligbestuur_desktop.services.actions") is None:
        return {}
    from veiligbestuur_desktop.domain.actions import ActionSource, ActionStatus
    from veiligbestuur_desktop.services.actions import ActionService

    out: dict[str, str] = {}
    for row in ActionService(ws).for_source(ActionSource.EVALUATIE, evaluation_id):
        v = row.values
        status = v.get("status")
        text = ActionStatus(status).label if status else ""
        if v.get("deadline"):
            text += f", uiterlijk {format_date(v['deadline'])}"
        if v.get("owner"):
            text += f" — {v['owner']}"
        out[str(v.get("title", ""))] = text
    return out


# --- evidence of step 7's checklist -------------------------------------------------------------------------


def step7_evidence(ws: Workspace, today: date) -> dict[str, Evidence]:
    from veiligbestuur_desktop.services.annual import AnnualService
    from veiligbestuur_desktop.services.evaluation import TermReviewService
    from veiligbestuur_desktop.services.plan import Evidence

    annual = AnnualService(ws)
    year = today.year
    out: dict[str, Evidence] = {}

    closed, evaluated = annual.closed_and_evaluated(year)
    last = annual.last_evaluation()
    if last is not None and last.year == year:
        text = tr(
            "evaluation", "laatste evaluatie {d}; {e} van {c} in {y} afgesloten incidenten geëvalueerd"
        ).format(d=format_date(last), e=evaluated, c=closed, y=year)
        out["evaluatie_incidenten"] = Evidence("evaluatie_incidenten", year, 1, 1, text, ItemStatus.GEREED)
    else:
        text = tr("evaluation", "nog geen evaluatie in {y}; {c} afgesloten incident(en) te evalueren").format(
            y=year, c=closed - evaluated
        )
        out["evaluatie_incidenten"] = Evidence("evaluatie_incidenten", year, 0, 1, text, None)

    view = TermReviewService(ws).view(today=today)
    if view.complete:
        text = tr("evaluation", "termijnherijking {t} afgerond, {d}").format(
            t=view.term.label, d=format_date(view.last_done)
        )
        out["evaluatie_herijken"] = Evidence("evaluatie_herijken", year, 1, 1, text, ItemStatus.GEREED)
    elif view.review_id is None:
        text = tr("evaluation", "termijnherijking {t} nog niet begonnen").format(t=view.term.label)
        out["evaluatie_herijken"] = Evidence("evaluatie_herijken", year, 0, 1, text, None)
    else:
        text = tr("evaluation", "termijnherijking {t}: {d} van {n} onderdelen gedaan").format(
            t=view.term.label, d=view.done, n=view.total + len(view.missing)
        )
        out["evaluatie_herijken"] = Evidence("evaluatie_herijken", year, 0, 1, text, None)

    previous = year - 1
    issued = annual.annual_report_issued(previous)
    if issued is not None:
        text = tr("evaluation", "jaarverslag {y} afgedrukt of opgeslagen op {d}").format(
            y=previous, d=format_date(issued)
        )
        out["evaluatie_jaarlijks"] = Evidence("evaluatie_jaarlijks", year, 1, 1, text, ItemStatus.GEREED)
    else:
        text = tr("evaluation", "jaarverslag {y} nog niet gemaakt").format(y=previous)
        out["evaluatie_jaarlijks"] = Evidence("evaluatie_jaarlijks", year, 0, 1, text, None)

    adjusted = _adjustments_this_year(ws, year)
    if adjusted:
        text = tr("evaluation", "{n} aanpassing(en) uit evaluaties in {y}").format(n=adjusted, y=year)
        out["evaluatie_bijstellen"] = Evidence("evaluatie_bijstellen", year, 1, 1, text, ItemStatus.GEREED)
    else:
        text = tr("evaluation", "geen aanpassingen uit evaluaties in {y}").format(y=year)
        out["evaluatie_bijstellen"] = Evidence("evaluatie_bijstellen", year, 0, 1, text, None)
    return out


def _adjustments_this_year(ws: Workspace, year: int) -> int:
    from veiligbestuur_desktop.domain.evaluation import adjustment_lines
    from veiligbestuur_desktop.services.evaluation import EvaluationQuery, EvaluationService

    service = EvaluationService(ws)
    n = 0
    with service.reading() as repo:
        for row in repo.page(EvaluationQuery(year=year), 0, 1000):
            n += len(adjustment_lines(repo.draft(repo.require(row.id, service.missing)).adjustments))
    return n


register_evidence(7, step7_evidence)


# --- demo ------------------------------------------------------------------------------------------------------

DEMO_EVALUATIONS = 30
WENT_WELL = (
    "De melding kwam dezelfde dag binnen en het opvanggesprek was binnen 72 uur.",
    "De bode greep direct in; de politie was snel ter plaatse.",
    "Het slachtoffer voelde zich gesteund door de burgemeester.",
    "De reactie naar de veroorzaker ging binnen een dag de deur uit.",
)
LESSONS = (
    "Niet iedereen wist waar het protocol staat.",
    "De melding via sociale media werd laat opgemerkt.",
    "Het nagesprek na twee weken schoot erbij in.",
    "Afspraken met de politie over terugkoppeling waren niet helder.",
)
ADJUSTMENTS = (
    "Protocol opnieuw onder de aandacht brengen in het presidium",
    "Monitoring van sociale media afspreken met communicatie",
    "Nagesprekken inplannen bij de eerste opvang",
    "Terugkoppeling door de politie vastleggen in de ketenafspraken",
    "Huisregels zichtbaar ophangen in de publieke ruimte",
)


def fill_demo(ws: Workspace, seed: int) -> None:
    """Evaluations of the most recent evaluated demo incidents, and the current term's checklist partly done."""
    from veiligbestuur_desktop.domain.evaluation import EvaluationDraft, term_of
    from veiligbestuur_desktop.services.demo import ANCHOR
    from veiligbestuur_desktop.services.evaluation import EvaluationService, TermReviewService

    rng = random.Random(f"{seed}-evaluation")
    service = EvaluationService(ws)
    candidates = [
        c
        for c in service.incidents_to_evaluate(limit=5000)
        if c.status == IncidentStatus.GEEVALUEERD.value and not c.evaluated
    ]
    chosen = []
    for year in (ANCHOR.year - 1, ANCHOR.year):  # the last full year and this one
        of_year = sorted((c for c in candidates if c.occurred_on.year == year), key=lambda c: c.id)
        chosen += rng.sample(of_year, min(len(of_year), DEMO_EVALUATIONS // 2))
    for c in sorted(chosen, key=lambda c: c.id):
        day = min(ANCHOR, c.occurred_on + timedelta(days=rng.randint(20, 60)))
        draft = EvaluationDraft(
            incident_id=c.id,
            evaluated_on=day,
            participants=rng.choice(("coördinator en griffier", "coördinator, burgemeester en wijkagent")),
            went_well=rng.choice(WENT_WELL),
            lessons=rng.choice(LESSONS),
            adjustments="\n".join(rng.sample(ADJUSTMENTS, rng.randint(0, 2))),
        )
        service.create(draft, today=ANCHOR)

    term = term_of(ANCHOR)
    reviews = TermReviewService(ws)
    reviews.make(term, today=ANCHOR)
    view = reviews.view(term)
    assert view.review_id is not None
    for item in view.items:
        if item.code == "uitgangspunten" or (item.code != "protocol" and rng.random() < 0.5):
            when = term.start + timedelta(days=rng.randint(40, max(41, (ANCHOR - term.start).days)))
            reviews.tick(view.review_id, item.code, min(when, ANCHOR), today=ANCHOR)


register_demo("evaluation", fill_demo)


__all__ = [
    "YEAR_KIND",
    "Count",
    "actions_of_evaluation",
    "annual_sections",
    "evaluated_needs_evaluation",
    "step7_evidence",
]
