"""Step 2 on the generic record service: risk analyses, measures (with their audited status flow) and
trainings; the heat map, who had no training this term, and the plain data of the step's documents."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.prevention import (
    MEASURE,
    MEASURE_FLOW,
    RISK_ANALYSIS,
    AnalysisKind,
    MeasureCategory,
    MeasureDraft,
    MeasureStatus,
    RiskAnalysisDraft,
    StatusStep,
    TrainingDraft,
    check_analysis,
    check_measure,
    check_training,
    check_transition,
    heat_map,
    is_personal,
    risk_level,
    term_start_of,
    untrained,
)
from veiligbestuur_desktop.services.records import Changes, Created, RecordService, Unit
from veiligbestuur_desktop.store import settings
from veiligbestuur_desktop.store.persons import PersonRepository
from veiligbestuur_desktop.store.prevention import (
    AnalysisQuery,
    AnalysisRow,
    MeasureQuery,
    MeasureRepository,
    MeasureRow,
    RiskAnalysisRepository,
    TrainingQuery,
    TrainingRepository,
    TrainingRow,
    office_holders,
    person_names,
)

if TYPE_CHECKING:  # the report modules load ReportLab: only when a document is made
    from veiligbestuur_desktop.reports.measures_plan import MeasuresPlanData
    from veiligbestuur_desktop.reports.risk_analysis import RiskAnalysisData
    from veiligbestuur_desktop.reports.training_overview import TrainingOverviewData

CONTEXT = "prevention"


def _office_holder(unit: Unit, person_id: int | None, field: str) -> None:
    if person_id is None:
        return
    person = unit.repo(PersonRepository).get(person_id)
    if person is None or person.kind != "ambtsdrager":
        raise ValidationError(tr(CONTEXT, "Kies een bestaande ambtsdrager uit Personen."), field=field)


# --- risk analyses ------------------------------------------------------------------------------------------


class RiskAnalysisService(RecordService[RiskAnalysisRepository, RiskAnalysisDraft]):
    repository = RiskAnalysisRepository
    not_found = "Deze risicoanalyse bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: RiskAnalysisDraft, today: date | None, row: Any | None
    ) -> RiskAnalysisDraft:
        d = check_analysis(draft, today)
        _office_holder(unit, d.person_id, "person_id")
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"risicoanalyse {row.kind}, niveau {row.level}"
        if action == "delete":
            return "verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))

    def deleting(self, unit: Unit, row: Any) -> None:
        n = unit.repo(MeasureRepository).count_for_analysis(row.id)
        if n:
            raise ValidationError(
                tr(
                    CONTEXT,
                    "Aan deze analyse zijn {n} maatregel(en) gekoppeld. Ontkoppel die eerst, of zet de "
                    "analyse op ‘vervallen’.",
                ).format(n=n)
            )
        return None

    def count(self, query: AnalysisQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: AnalysisQuery, offset: int, limit: int) -> list[AnalysisRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def reveal_personal(self) -> None:
        """The user asked to see the person analyses: recorded as a view (no content in the entry)."""
        with self.writing() as unit:
            unit.audit(
                "view", "risk_analysis", "persoonsanalyses", "persoonsanalyses getoond in het register"
            )

    def heat_map(self, *, personal: bool = True) -> dict[tuple[int, int], int]:
        """Counts per (likelihood, impact) of the current analyses (with or without the personal ones)."""
        with self.reading() as repo:
            return heat_map(repo.cells(personal=personal))

    def choices(self) -> list[tuple[int, str]]:
        """The analyses a measure can answer; a person analysis by its number only."""
        with self.reading() as repo:
            return repo.choices(tr(CONTEXT, "persoonsgebonden analyse nr. {n}"))

    def latest(self) -> int | None:
        """The analysis a document takes without --id: the latest current one that is not personal."""
        with self.reading() as repo:
            return repo.latest(personal=False)

    def measures(self, analysis_id: int) -> list[tuple[int, str, str]]:
        """(id, title, status label) of the measures that answer this analysis."""
        with self.reading() as repo:
            rows = MeasureRepository(repo.session).for_analysis(analysis_id)
            return [(m.id, m.title, MeasureStatus(m.status).label) for m in rows]

    def person_choices(self) -> list[tuple[int, str]]:
        with self.reading() as repo:
            people = PersonRepository(repo.session).search(kinds=("ambtsdrager",), limit=5000)
            return [(p.id, p.name) for p in people]

    # --- the document ---

    def report_data(self, analysis_id: int, today: date | None = None) -> RiskAnalysisData:
        from veiligbestuur_desktop.reports.heat_map import HeatMapData
        from veiligbestuur_desktop.reports.risk_analysis import AnalysisMeasureLine, RiskAnalysisData

        with self.reading() as repo:
            row = repo.require(analysis_id, self.missing)
            d = repo.draft(row)
            session = repo.session
            municipality = settings.get(session, settings.MUNICIPALITY)
            names = person_names(session, [d.person_id] if d.person_id else [])
            measures = MeasureRepository(session).for_analysis(analysis_id)
            personal = is_personal(row.kind)
            # a person analysis shows the whole map; any other analysis only the maps of non-personal ones
            counts = heat_map(repo.cells(personal=personal))
        labels = {"person_id": names}
        facts = RISK_ANALYSIS.facts(d, labels, translate=False, skip=("level",))
        texts = RISK_ANALYSIS.facts(d, labels, translate=False, long_text=True)
        assert d.likelihood is not None and d.impact is not None
        level = risk_level(int(d.likelihood), int(d.impact))
        return RiskAnalysisData(
            municipality=municipality,
            generated_at=datetime.now(UTC),
            title=d.title,
            kind=RISK_ANALYSIS.field("kind").display(d.kind, translate=False),
            personal=personal,
            person_name=names.get(d.person_id, "") if personal and d.person_id else "",
            level=f"{_dutch_level(level.value)} (kans {d.likelihood} × impact {d.impact} = "
            f"{int(d.likelihood) * int(d.impact)})",
            facts=facts,
            texts=texts,
            measures=[
                AnalysisMeasureLine(
                    m.title,
                    MEASURE.field("category").display(m.category, translate=False),
                    MEASURE.field("status").display(m.status, translate=False),
                    m.cost,
                )
                for m in measures
            ],
            heat_map=HeatMapData(
                counts,
                marked=(int(d.likelihood), int(d.impact)) if d.status != "vervallen" else None,
                caption=(
                    f"Alle {sum(counts.values())} actuele risicoanalyses van de gemeente"
                    if personal
                    else f"De {sum(counts.values())} actuele risicoanalyses die niet persoonsgebonden zijn"
                )
                + ": aantal per combinatie van kans en impact (alleen aantallen, geen inhoud).",
            ),
        )


def _dutch_level(value: str) -> str:
    return RISK_ANALYSIS.field("level").display(value, translate=False)


# --- measures -----------------------------------------------------------------------------------------------


class MeasureService(RecordService[MeasureRepository, MeasureDraft]):
    repository = MeasureRepository
    not_found = "Deze maatregel bestaat niet (meer)."

    def validate(self, unit: Unit, draft: MeasureDraft, today: date | None, row: Any | None) -> MeasureDraft:
        if row is not None:  # the status changes only through set_status (audited with its date)
            draft = replace(draft, status=MeasureStatus(row.status))
        else:
            draft = replace(draft, status=MeasureStatus.VOORGESTELD)
        d = check_measure(draft, today)
        _office_holder(unit, d.for_person_id, "for_person_id")
        if d.analysis_id is not None and unit.repo(RiskAnalysisRepository).get(d.analysis_id) is None:
            raise ValidationError(
                tr(CONTEXT, "De gekozen risicoanalyse bestaat niet (meer). Kies een andere."),
                field="analysis_id",
            )
        return d

    def create(
        self, draft: MeasureDraft, today: date | None = None, *, proposed_on: date | None = None
    ) -> Created:
        """A new measure, status voorgesteld on `proposed_on` (default today)."""
        self._proposed_on = proposed_on or today or date.today()
        return super().create(draft, today)

    def created(self, unit: Unit, row: Any, draft: MeasureDraft) -> None:
        day = getattr(self, "_proposed_on", None) or date.today()
        unit.repo(MeasureRepository).add_step(row.id, MeasureStatus.VOORGESTELD, day, unit.actor)

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"maatregel {row.category}, status {row.status}"
        if action == "delete":
            return "verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))

    def set_status(
        self, measure_id: int, status: MeasureStatus, on: date | None = None, today: date | None = None
    ) -> Changes:
        """Move the measure along its flow on day `on`: checked (next step, date order, a decision date before
        'besloten'), kept in its history and audited."""
        today = today or date.today()
        on = on or today

        def apply(unit: Unit, row: Any) -> tuple[str, int, str]:
            repo = unit.repo(MeasureRepository)
            check_transition(repo.draft(row), status, on, repo.history(row.id), today)
            old = row.status
            row.status = status.value
            row.updated_at = datetime.now(UTC)
            repo.add_step(row.id, status, on, unit.actor)
            return "measure", row.id, f"status: {old} -> {status.value}"

        return self.change(measure_id, apply)

    def history(self, measure_id: int) -> list[StatusStep]:
        with self.reading() as repo:
            repo.require(measure_id, self.missing)
            return repo.history(measure_id)

    def count(self, query: MeasureQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: MeasureQuery, offset: int, limit: int) -> list[MeasureRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def plan_data(self) -> MeasuresPlanData:
        """The maatregelenplan for the college: no person analysis content; a measure for a person without its
        explanation (it may hold the home situation)."""
        from veiligbestuur_desktop.reports.heat_map import HeatMapData
        from veiligbestuur_desktop.reports.measures_plan import MeasurePlanLine, MeasuresPlanData

        with self.reading() as repo:
            session = repo.session
            municipality = settings.get(session, settings.MUNICIPALITY)
            rows = repo.all()
            steps = repo.histories([m.id for m in rows])
            analyses = RiskAnalysisRepository(session).by_ids(
                [m.analysis_id for m in rows if m.analysis_id is not None]
            )
            names = person_names(session, [m.for_person_id for m in rows if m.for_person_id is not None])
            counts = heat_map(RiskAnalysisRepository(session).cells(personal=False))
        order = {s.value: i for i, s in enumerate(MEASURE_FLOW)}
        rows.sort(key=lambda m: (order[m.status], m.category, m.title.casefold(), m.id))
        lines = []
        totals: dict[str, tuple[Decimal, int]] = {}
        for m in rows:
            analysis = analyses.get(m.analysis_id) if m.analysis_id is not None else None
            if analysis is None:
                answers = ""
            elif is_personal(analysis.kind):
                answers = "persoonsgebonden analyse (niet in dit plan)"
            else:
                answers = analysis.title
            since = steps.get(m.id, [])
            decision = ""
            if m.decision_ref or m.decided_on:
                decision = " van ".join(
                    p
                    for p in (m.decision_ref, m.decided_on.strftime("%d-%m-%Y") if m.decided_on else "")
                    if p
                )
            status_label = MEASURE.field("status").display(m.status, translate=False)
            lines.append(
                MeasurePlanLine(
                    title=m.title,
                    category=MEASURE.field("category").display(m.category, translate=False),
                    for_whom=names.get(m.for_person_id, "") if m.for_person_id else "organisatie",
                    status=status_label,
                    status_since=since[-1].on if since else None,
                    cost=m.cost,
                    decision=decision,
                    owner=m.owner,
                    analysis=answers,
                    description="" if m.for_person_id else m.description,
                )
            )
            cost, n = totals.get(status_label, (Decimal(0), 0))
            totals[status_label] = (cost + (m.cost or Decimal(0)), n + 1)
        return MeasuresPlanData(
            municipality=municipality,
            generated_at=datetime.now(UTC),
            lines=lines,
            totals=[(s, c, n) for s, (c, n) in totals.items()],
            heat_map=HeatMapData(
                counts,
                caption=f"{sum(counts.values())} actuele risicoanalyses (generiek, per beleidsgebied en per "
                "bijeenkomst): aantal per combinatie van kans en impact.",
            ),
        )


# --- trainings ----------------------------------------------------------------------------------------------


class TrainingService(RecordService[TrainingRepository, TrainingDraft]):
    repository = TrainingRepository
    not_found = "Deze training bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: TrainingDraft, today: date | None, row: Any | None
    ) -> TrainingDraft:
        d = check_training(draft, today)
        if d.attendees:
            found = unit.repo(PersonRepository).by_ids(list(d.attendees))
            if any(pid not in found or found[pid].kind != "ambtsdrager" for pid in d.attendees):
                raise ValidationError(
                    tr(CONTEXT, "Kies als aanwezigen alleen bestaande ambtsdragers uit Personen."),
                    field="attendees",
                )
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return "training vastgelegd"
        if action == "delete":
            return "verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))

    def count(self, query: TrainingQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: TrainingQuery, offset: int, limit: int) -> list[TrainingRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def untrained(self, today: date | None = None) -> list[tuple[int, str]]:
        """The office holders in office who had no training since the start of this bestuurstermijn."""
        today = today or date.today()
        with self.reading() as repo:
            holders = office_holders(repo.session, today)
            trainings = [(t.held_on, people) for t, people in repo.all()]
        return untrained(holders, trainings, today)

    def overview_data(self, today: date | None = None) -> TrainingOverviewData:
        from veiligbestuur_desktop.reports.training_overview import TrainingLine, TrainingOverviewData

        today = today or date.today()
        with self.reading() as repo:
            session = repo.session
            municipality = settings.get(session, settings.MUNICIPALITY)
            holders = office_holders(session, today)
            trainings = repo.all()
            names = person_names(session, [p for _t, ps in trainings for p in ps])
        return TrainingOverviewData(
            municipality=municipality,
            generated_at=datetime.now(UTC),
            term_start=term_start_of(today),
            office_holders=len(holders),
            trainings=[
                TrainingLine(
                    t.course,
                    t.held_on,
                    t.trainer,
                    sorted((names.get(p, "?") for p in people), key=str.casefold),
                    planned=t.held_on > today,
                )
                for t, people in reversed(trainings)
            ],
            untrained=[n for _p, n in untrained(holders, [(t.held_on, ps) for t, ps in trainings], today)],
        )


__all__ = [
    "AnalysisKind",
    "AnalysisQuery",
    "MeasureCategory",
    "MeasureQuery",
    "MeasureService",
    "RiskAnalysisService",
    "TrainingQuery",
    "TrainingService",
]
