"""The jaarevaluatie (step 7): the year's figures counted in SQL (store/statistics.py), the data of the
jaarverslag, the raadsinformatiebrief (suppressed) and an incident's evaluation on paper, and the overview's
dashboard figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain.evaluation import adjustment_lines, term_of
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.incidents import (
    AangifteReason,
    Channel,
    IncidentStatus,
    SanctionType,
    Track,
    level_label,
)
from veiligbestuur_desktop.domain.people import Role
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.statistics import (
    HIDDEN,
    NATIONAL_REFERENCES,
    AnnualFigures,
    Count,
    NazorgFigures,
    Section,
    Share,
    YearCounts,
    suppress,
    suppressed_share,
)
from veiligbestuur_desktop.domain.vocab import Vocab
from veiligbestuur_desktop.services.evaluation import EvaluationQuery, EvaluationService, TermReviewService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import settings
from veiligbestuur_desktop.store import statistics as stats
from veiligbestuur_desktop.store.evaluation import EvaluationRepository

if TYPE_CHECKING:  # the report modules load ReportLab (a tenth of a second): only when a document is made
    from veiligbestuur_desktop.reports.annual_report import AnnualReportData
    from veiligbestuur_desktop.reports.council_letter import CouncilLetterData, CouncilTable
    from veiligbestuur_desktop.reports.incident_evaluation import IncidentEvaluationData
    from veiligbestuur_desktop.reports.measures_status import MeasuresStatusData

HISTORY_YEARS = 5  # the year and the four before it


def _label(vocab: type[Vocab], value: str) -> str:
    try:
        return vocab(value).label
    except ValueError:
        return value


def _role_label(value: str) -> str:
    if value == "naaste":
        return tr("statistics", "naaste van een ambtsdrager")
    if value == "onbekend":
        return tr("statistics", "ambtsdrager (rol onbekend)")
    return _label(Role, value)


def _sorted(
    counts: dict[str, int], label: Callable[[str], str], order: list[str] | None = None
) -> tuple[Count, ...]:
    keys = [k for k in (order or []) if k in counts] + sorted(k for k in counts if k not in (order or []))
    return tuple(Count(k, label(k), counts[k]) for k in keys)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """What the overview shows at a glance: this year's incidents per month (and last year's), by category,
    and the open follow-ups per track."""

    year: int
    by_month: tuple[int, ...]
    previous_by_month: tuple[int, ...]
    by_category: tuple[Count, ...]
    open_follow_ups: tuple[Count, ...]
    total: int


def last_full_year(today: date | None = None) -> int:
    return (today or date.today()).year - 1


def council_letter(f: AnnualFigures, municipality: str, now: datetime) -> CouncilLetterData:
    """The raadsinformatiebrief's data from the year's figures: counts only, every table suppressed
    (domain.statistics.suppress), no names — a pure function, so the letter can be checked without a vault."""
    from veiligbestuur_desktop.reports.council_letter import CouncilLetterData, CouncilTable

    year = f.year
    prev_total = dict(f.history).get(year - 1)

    def table(
        title: str, label: str, rows: tuple[Count, ...], total: int | None, note: str = ""
    ) -> CouncilTable:
        shown = [r for r in rows if r.count > 0]  # a category that did not occur is left out
        sup = suppress([r.count for r in shown], total)
        return CouncilTable(
            title, label, tuple(zip([r.label for r in shown], sup.cells, strict=True)), sup.total, note
        )

    quarters = [sum(f.by_month[q * 3 : q * 3 + 3]) for q in range(4)]
    q_rows = tuple(Count(f"q{q + 1}", f"{q + 1}e kwartaal", n) for q, n in enumerate(quarters))
    # the tables whose cells add up to the year's total: that total is published once for all of them
    per_quarter = table("Per kwartaal", "Kwartaal", q_rows, None)
    per_channel = table("Kanaal", "Kanaal", f.by_channel, None)
    per_level = table("Ernst", "Niveau", f.by_severity, None)
    year_total = suppress([f.total]).total  # one number: "< 5" when small
    if HIDDEN in (per_quarter.total, per_channel.total, per_level.total):
        # one of them could only be protected by hiding the total: then it is hidden everywhere
        year_total = HIDDEN
        per_quarter, per_channel, per_level = (
            replace(t, total=HIDDEN) for t in (per_quarter, per_channel, per_level)
        )
    per_category = table(
        "Soort incident",
        "Categorie",
        f.by_category,
        f.total,
        "Een incident kan onder meer dan één categorie vallen.",
    )
    if year_total == HIDDEN:
        per_category = replace(per_category, total=HIDDEN)
    years = CouncilTable(
        "Eerdere jaren",
        "Jaar",
        tuple((str(y), suppress([n]).total) for y, n in f.history),  # each year a number of its own
        "",
        "Het aantal incidenten per jaar.",
    )
    key = [(f"Incidenten in {year}", year_total)]
    if prev_total is not None:
        key.append((f"Incidenten in {year - 1}", suppress([prev_total]).total))
    key += [
        ("Aandeel online (e-mail, sociale media)", suppressed_share(f.online)),
        ("Aandeel met aangifte", suppressed_share(f.aangifte)),
        ("Aandeel met alleen een melding bij de politie", suppressed_share(f.melding)),
        ("Opvanggesprek op tijd gevoerd", suppressed_share(Share(f.nazorg.on_time, f.nazorg.total))),
        ("Incidenten geëvalueerd", suppress([f.evaluations]).total if f.evaluations else "0"),
    ]
    tables = (per_quarter, per_category, per_channel, per_level, years)
    actions = [
        "Elk incident wordt geregistreerd en afgehandeld volgens het agressieprotocol; slachtoffers krijgen "
        "opvang en nazorg.",
        "Bij een strafbaar feit wordt aangifte gedaan of overwogen en wordt de schade waar mogelijk verhaald.",
        "Afgesloten incidenten worden geëvalueerd; de lessen leiden waar nodig tot aanpassing van beleid en "
        "maatregelen.",
        "Na elke verkiezing worden nieuwe ambtsdragers geïnformeerd en wordt het protocol opnieuw vastgesteld.",
    ]
    return CouncilLetterData(
        municipality=municipality,
        year=year,
        generated_at=now,
        key_figures=tuple(key),
        tables=tables,
        actions=tuple(actions),
        references=NATIONAL_REFERENCES[:3],
    )


class AnnualService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # --- the figures ------------------------------------------------------------------------------------

    def years(self) -> list[int]:
        with self.ws.reading() as s:
            return stats.years(s)

    def year_counts(self, year: int) -> YearCounts:
        with self.ws.reading() as s:
            months = stats.by_month(s, year)
        return YearCounts(year, sum(months), tuple(months))

    def figures(self, year: int, *, extra: bool = True) -> AnnualFigures:
        """The year's figures; `extra`: with the figures of other areas (measures, agreements, signals)."""
        with self.ws.reading() as s:
            total, online = stats.totals(s, year)
            months = stats.by_month(s, year)
            channels = stats.by_channel(s, year)
            levels = stats.by_severity(s, year)
            categories = stats.by_category(s, year)
            roles = stats.by_role(s, year)
            filed, reported, reasons = stats.aangifte(s, year)
            on_time, late, not_done = stats.nazorg(s, year)
            imposed, weighed, weigh_total = stats.sanctions(s, year)
            history = stats.history(s, year - HISTORY_YEARS + 1, year)
            evaluations = stats.evaluations(s, year)
            open_fu = sum(stats.open_follow_ups(s, year).values())
        first_year = min(history) if history else year
        return AnnualFigures(
            year=year,
            total=total,
            by_category=tuple(Count(c, label, n) for c, label, n in categories),
            by_channel=_sorted(channels, lambda c: _label(Channel, c), [str(m.value) for m in Channel]),
            by_role=_sorted(roles, _role_label, [str(m.value) for m in Role] + ["naaste", "onbekend"]),
            by_severity=tuple(Count(str(lv), level_label(lv), levels.get(lv, 0)) for lv in range(5)),
            by_month=tuple(months),
            online=Share(online, total),
            aangifte=Share(filed, total),
            melding=Share(reported, total),
            no_report_reasons=_sorted(
                reasons, lambda r: _label(AangifteReason, r), [str(m.value) for m in AangifteReason]
            ),
            nazorg=NazorgFigures(on_time, late, not_done),
            sanctions=_sorted(
                imposed, lambda t: _label(SanctionType, t), [str(m.value) for m in SanctionType]
            ),
            sanctions_weighed=Share(weighed, weigh_total),
            history=tuple(
                (y, history.get(y, 0)) for y in range(max(first_year, year - HISTORY_YEARS + 1), year + 1)
            ),
            evaluations=evaluations,
            open_follow_ups=open_fu,
            extra=tuple(self._extra(year)) if extra else (),
        )

    def _extra(self, year: int) -> list[Section]:
        """Figures of other areas (avoidance signals, measures, chain agreements) when this build has them."""
        from veiligbestuur_desktop.services import area_evaluation

        out: list[Section] = []
        for provider in area_evaluation.annual_sections():
            section = provider(self.ws, year)
            if section is not None:
                out.append(section)
        return out

    # --- the dashboard -----------------------------------------------------------------------------------

    def dashboard(self, today: date | None = None, top: int = 8) -> Dashboard:
        year = (today or date.today()).year
        with self.ws.reading() as s:
            total, _online = stats.totals(s, year)
            months = stats.by_month(s, year)
            previous = stats.by_month(s, year - 1)
            categories = sorted(stats.by_category(s, year), key=lambda c: (-c[2], c[1]))
            open_fu = stats.open_follow_ups(s)
        cats = [Count(c, label, n) for c, label, n in categories[:top]]
        rest = sum(n for _c, _label, n in categories[top:])
        if rest:
            cats.append(Count("overig", tr("statistics", "overige categorieën"), rest))
        return Dashboard(
            year,
            tuple(months),
            tuple(previous),
            tuple(cats),
            _sorted(open_fu, lambda t: _label(Track, t), [str(m.value) for m in Track]),
            total,
        )

    # --- documents --------------------------------------------------------------------------------------

    def _municipality(self) -> str:
        with self.ws.reading() as s:
            return settings.get(s, settings.MUNICIPALITY)

    def annual_report_data(self, year: int, now: datetime | None = None) -> AnnualReportData:
        from veiligbestuur_desktop.reports.annual_report import AnnualReportData, EvaluationLine

        figures = self.figures(year)
        previous = (
            self.year_counts(year - 1) if any(y == year - 1 and n for y, n in figures.history) else None
        )
        evaluations = EvaluationService(self.ws)
        lines = []
        adjustments: list[tuple[str, str, str]] = []
        with evaluations.reading() as repo:
            rows = repo.page(EvaluationQuery(year=year), 0, 500)
            held = [
                (r, repo.draft(repo.require(r.id, evaluations.missing)))
                for r in sorted(rows, key=lambda r: (r.evaluated_on, r.id))
            ]
        for r, d in held:
            lessons = d.lessons if len(d.lessons) <= 300 else d.lessons[:297] + "…"
            made = adjustment_lines(d.adjustments)
            lines.append(EvaluationLine(r.number, r.evaluated_on, lessons, len(made)))
            actions = self._actions_of(r.id) if made else {}
            adjustments.extend((r.number, line, actions.get(line, "")) for line in made)
        term = TermReviewService(self.ws).view(term_of(date(year, 12, 31)))
        if term.review_id is None:
            term_line = f"Voor de {term.term.describe()} is nog geen termijnherijking vastgelegd."
        else:
            term_line = f"{term.term.describe()[:1].upper()}{term.term.describe()[1:]}: {term.done} van {term.total} onderdelen afgerond"
            if term.last_done is not None:
                term_line += f", laatst op {format_date(term.last_done)}"
            term_line += "."
        return AnnualReportData(
            municipality=self._municipality(),
            generated_at=now or datetime.now(UTC),
            figures=figures,
            previous=previous,
            evaluations=tuple(lines),
            adjustments=tuple(adjustments),
            term=term_line,
            references=NATIONAL_REFERENCES,
            notes=(
                "Geteld zijn de incidenten met een datum in het jaar, ongeacht de status.",
                "Online: binnengekomen per e-mail of via sociale media / internet.",
                "Aangifte en melding: zoals vastgelegd bij de opvolging ‘aangifte’ (een melding is geen aangifte).",
                "Opvanggesprek op tijd: gevoerd op of vóór de termijn van de opvangregeling.",
                "Een incident met meer categorieën of slachtoffers telt bij elk daarvan één keer.",
            ),
        )

    def council_letter_data(self, year: int, now: datetime | None = None) -> CouncilLetterData:
        """Counts only, every table suppressed (domain.statistics.suppress), no names."""
        return council_letter(self.figures(year, extra=False), self._municipality(), now or datetime.now(UTC))

    def measures_status_data(self, year: int, now: datetime | None = None) -> MeasuresStatusData:
        """Step 2's measures at the end of each quarter of `year`, from their status history."""
        from veiligbestuur_desktop.domain.prevention import MEASURE, MEASURE_FLOW, MeasureStatus
        from veiligbestuur_desktop.reports.measures_status import MeasureLine, MeasuresStatusData
        from veiligbestuur_desktop.services.prevention import MeasureService

        ends = [date(year, 3, 31), date(year, 6, 30), date(year, 9, 30), date(year, 12, 31)]
        with MeasureService(self.ws).reading() as repo:
            measures = repo.all()
            histories = repo.histories([m.id for m in measures])
        order = {s.value: i for i, s in enumerate(MEASURE_FLOW)}
        statuses = [s for s in MeasureStatus]
        statuses.sort(key=lambda s: order.get(s.value, len(order)))
        counts = {s.value: [0, 0, 0, 0] for s in statuses}
        done = [0, 0, 0, 0]
        lines = []
        for m in sorted(measures, key=lambda m: (order.get(m.status, 99), m.title.casefold(), m.id)):
            steps = sorted(histories.get(m.id, []), key=lambda st: st.on)
            at: list[str] = []
            for q, end in enumerate(ends):
                reached = [st for st in steps if st.on <= end]
                if not reached:
                    at.append("—")
                    continue
                status = reached[-1].status
                counts[status.value][q] += 1
                if status in (MeasureStatus.GEREALISEERD, MeasureStatus.GEEVALUEERD):
                    done[q] += 1
                at.append(status.label)
            lines.append(
                MeasureLine(
                    title=m.title,
                    category=MEASURE.field("category").display(m.category, translate=False),
                    for_whom="persoonlijk" if m.for_person_id else "organisatie",
                    owner=m.owner,
                    quarters=(at[0], at[1], at[2], at[3]),
                    now=MEASURE.field("status").display(m.status, translate=False),
                )
            )
        return MeasuresStatusData(
            municipality=self._municipality(),
            year=year,
            generated_at=now or datetime.now(UTC),
            statuses=tuple(s.label for s in statuses),
            counts=tuple((c[0], c[1], c[2], c[3]) for c in (counts[s.value] for s in statuses)),
            done=(done[0], done[1], done[2], done[3]),
            lines=tuple(lines),
        )

    def evaluation_data(self, evaluation_id: int, now: datetime | None = None) -> IncidentEvaluationData:
        from veiligbestuur_desktop.reports.incident_evaluation import AdjustmentLine, IncidentEvaluationData
        from veiligbestuur_desktop.services.incidents import IncidentService

        service = EvaluationService(self.ws)
        d = service.get(evaluation_id)
        assert d.incident_id is not None
        inc = IncidentService(self.ws).get(d.incident_id)
        with service.reading() as repo:
            number = repo.numbers([d.incident_id]).get(d.incident_id, "")
        labels = dict(IncidentService(self.ws).categories(active_only=False))
        actions = self._actions_of(evaluation_id)
        adjustments = tuple(
            AdjustmentLine(line, actions.get(line, "")) for line in adjustment_lines(d.adjustments)
        )
        return IncidentEvaluationData(
            municipality=self._municipality(),
            generated_at=now or datetime.now(UTC),
            number=number,
            occurred_on=inc.occurred_on,
            closed_on=inc.closed_on,
            categories=", ".join(labels.get(c, c) for c in inc.categories),
            severity=level_label(inc.severity_level),
            status=IncidentStatus(inc.status).label,
            evaluated_on=d.evaluated_on,
            participants=d.participants,
            went_well=d.went_well,
            lessons=d.lessons,
            adjustments=adjustments,
        )

    def _actions_of(self, evaluation_id: int) -> dict[str, str]:
        """The action points made from an evaluation's adjustments, by title: "open, uiterlijk dd-mm-jjjj"."""
        from veiligbestuur_desktop.services import area_evaluation

        return area_evaluation.actions_of_evaluation(self.ws, evaluation_id)

    # --- what the checklist of step 7 reads -------------------------------------------------------------

    def last_evaluation(self) -> date | None:
        with self.ws.reading() as s:
            return EvaluationRepository(s).last_evaluated_on()

    def closed_and_evaluated(self, year: int) -> tuple[int, int]:
        with self.ws.reading() as s:
            return EvaluationRepository(s).closed_in_year_counts(year)

    def annual_report_issued(self, year: int) -> date | None:
        with self.ws.reading() as s:
            return stats.document_issued(s, "jaar", str(year), "jaarverslag")
