"""Step 2 on the generic repository: risk analyses, measures (with their status history), trainings (with
their attendees). Columns map through the declared fields (domain.prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.people import display_name
from veiligbestuur_desktop.domain.prevention import (
    MEASURE,
    PERSONAL_KINDS,
    RISK_ANALYSIS,
    TRAINING,
    MeasureDraft,
    MeasureStatus,
    RiskAnalysisDraft,
    StatusStep,
    TrainingDraft,
)
from veiligbestuur_desktop.store.models import Person
from veiligbestuur_desktop.store.models_prevention import (
    Measure,
    MeasureStatusStep,
    RiskAnalysis,
    Training,
    TrainingAttendee,
)
from veiligbestuur_desktop.store.persons import like_pattern
from veiligbestuur_desktop.store.repository import Repository, from_column


def person_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Display names of people by id (the ones that exist)."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = session.execute(select(Person.id, Person.name, Person.description).where(Person.id.in_(wanted)))
    return {pid: display_name(name, desc) for pid, name, desc in rows}


def office_holders(session: Session, today: date) -> list[tuple[int, str]]:
    """Ambtsdragers in office on `today` (no end of term, or not yet ended; not an oud-ambtsdrager)."""
    rows = session.execute(
        select(Person.id, Person.name, Person.term_end, Person.role).where(Person.kind == "ambtsdrager")
    )
    return [
        (pid, name)
        for pid, name, end, role in rows
        if (end is None or end >= today) and role != "oud_ambtsdrager"
    ]


def _sorted(model: type[Any], query: Any, default: list[Any]) -> list[Any]:
    key = getattr(query, "sort", "")
    column = getattr(model, key, None) if key else None
    if column is None:
        return default
    return [column.desc() if query.descending else column.asc(), model.id]


# --- risk analyses ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnalysisQuery:
    show_personal: bool = False  # person and home analyses only when the user asked for them
    kind: str = ""
    text: str = ""
    current_only: bool = False
    sort: str = ""
    descending: bool = False


@dataclass(frozen=True, slots=True)
class AnalysisRow:
    id: int
    kind: str
    title: str
    person_id: int | None
    review_on: date | None
    status: str
    values: dict[str, Any] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)


class RiskAnalysisRepository(Repository[RiskAnalysis, RiskAnalysisDraft]):
    model = RiskAnalysis
    kind = RISK_ANALYSIS
    draft_type = RiskAnalysisDraft

    def where(self, query: AnalysisQuery) -> list[Any]:
        clauses: list[Any] = []
        if not query.show_personal:
            clauses.append(RiskAnalysis.kind.not_in(sorted(PERSONAL_KINDS)))
        if query.kind:
            clauses.append(RiskAnalysis.kind == query.kind)
        if query.current_only:
            clauses.append(RiskAnalysis.status != "vervallen")
        if query.text.strip():
            pat = like_pattern(query.text.strip())
            clauses.append(
                RiskAnalysis.title.ilike(pat, escape="\\") | RiskAnalysis.dossier.ilike(pat, escape="\\")
            )
        return clauses

    def order(self, query: AnalysisQuery) -> list[Any]:
        return _sorted(RiskAnalysis, query, [RiskAnalysis.made_on.desc(), RiskAnalysis.id.desc()])

    def page(self, query: AnalysisQuery, offset: int, limit: int) -> list[AnalysisRow]:
        rows = [r[0] for r in self.select_page(query, [RiskAnalysis], offset, limit)]
        names = person_names(self.session, [r.person_id for r in rows if r.person_id is not None])
        return [
            AnalysisRow(
                r.id,
                r.kind,
                r.title,
                r.person_id,
                r.review_on,
                r.status,
                {f.name: from_column(f, getattr(r, f.name)) for f in RISK_ANALYSIS.columns()},
                names,
            )
            for r in rows
        ]

    def cells(self, *, personal: bool) -> list[tuple[int, int]]:
        """(likelihood, impact) of every current analysis (with or without the personal ones)."""
        stmt = select(RiskAnalysis.likelihood, RiskAnalysis.impact).where(RiskAnalysis.status != "vervallen")
        if not personal:
            stmt = stmt.where(RiskAnalysis.kind.not_in(sorted(PERSONAL_KINDS)))
        return [(int(a), int(b)) for a, b in self.session.execute(stmt)]

    def all(self, *, personal: bool, current_only: bool = False) -> list[RiskAnalysis]:
        return [
            r[0]
            for r in self.select_page(
                AnalysisQuery(personal, current_only=current_only), [RiskAnalysis], 0, 100000
            )
        ]

    def latest(self, *, personal: bool = False) -> int | None:
        """The most recent current analysis (by its date, then the newest record)."""
        stmt = select(RiskAnalysis.id).where(RiskAnalysis.status != "vervallen")
        if not personal:
            stmt = stmt.where(RiskAnalysis.kind.not_in(sorted(PERSONAL_KINDS)))
        found = self.session.scalar(
            stmt.order_by(RiskAnalysis.made_on.desc(), RiskAnalysis.id.desc()).limit(1)
        )
        return int(found) if found is not None else None

    def choices(self, personal_label: str) -> list[tuple[int, str]]:
        """(id, label) of every analysis for a measure's link, newest first. A person analysis shows by number
        only (`personal_label` with {n}): its title stays out of sight until the register is asked for it."""
        rows = self.session.execute(
            select(RiskAnalysis.id, RiskAnalysis.kind, RiskAnalysis.title, RiskAnalysis.made_on).order_by(
                RiskAnalysis.made_on.desc(), RiskAnalysis.id.desc()
            )
        )
        out = []
        for rid, kind, title, made_on in rows:
            label = personal_label.format(n=rid) if kind in PERSONAL_KINDS else title
            out.append((rid, f"{label} ({made_on:%d-%m-%Y})" if made_on else label))
        return out


# --- measures -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeasureQuery:
    status: str = ""
    analysis_id: int | None = None
    text: str = ""
    sort: str = ""
    descending: bool = False


@dataclass(frozen=True, slots=True)
class MeasureRow:
    id: int
    title: str
    status: str
    for_person_id: int | None
    values: dict[str, Any] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)


class MeasureRepository(Repository[Measure, MeasureDraft]):
    model = Measure
    kind = MEASURE
    draft_type = MeasureDraft

    def where(self, query: MeasureQuery) -> list[Any]:
        clauses: list[Any] = []
        if query.status:
            clauses.append(Measure.status == query.status)
        if query.analysis_id is not None:
            clauses.append(Measure.analysis_id == query.analysis_id)
        if query.text.strip():
            clauses.append(Measure.title.ilike(like_pattern(query.text.strip()), escape="\\"))
        return clauses

    def order(self, query: MeasureQuery) -> list[Any]:
        return _sorted(Measure, query, [Measure.id.desc()])

    def page(self, query: MeasureQuery, offset: int, limit: int) -> list[MeasureRow]:
        rows = [r[0] for r in self.select_page(query, [Measure], offset, limit)]
        names = person_names(self.session, [r.for_person_id for r in rows if r.for_person_id is not None])
        return [
            MeasureRow(
                r.id,
                r.title,
                r.status,
                r.for_person_id,
                {f.name: from_column(f, getattr(r, f.name)) for f in MEASURE.columns()},
                names,
            )
            for r in rows
        ]

    def all(self) -> list[Measure]:
        return list(self.session.scalars(select(Measure).order_by(Measure.id)))

    def history(self, measure_id: int) -> list[StatusStep]:
        rows = self.session.scalars(
            select(MeasureStatusStep)
            .where(MeasureStatusStep.measure_id == measure_id)
            .order_by(MeasureStatusStep.id)
        )
        return [StatusStep(MeasureStatus(r.status), r.set_on, r.set_by) for r in rows]

    def histories(self, ids: Sequence[int]) -> dict[int, list[StatusStep]]:
        out: dict[int, list[StatusStep]] = {i: [] for i in ids}
        if not ids:
            return out
        rows = self.session.scalars(
            select(MeasureStatusStep)
            .where(MeasureStatusStep.measure_id.in_(list(ids)))
            .order_by(MeasureStatusStep.id)
        )
        for r in rows:
            out.setdefault(r.measure_id, []).append(StatusStep(MeasureStatus(r.status), r.set_on, r.set_by))
        return out

    def add_step(self, measure_id: int, status: MeasureStatus, on: date, by: str) -> None:
        self.session.add(MeasureStatusStep(measure_id=measure_id, status=status.value, set_on=on, set_by=by))
        self.session.flush()

    def for_analysis(self, analysis_id: int) -> list[Measure]:
        return list(
            self.session.scalars(
                select(Measure).where(Measure.analysis_id == analysis_id).order_by(Measure.id)
            )
        )

    def count_for_analysis(self, analysis_id: int) -> int:
        return int(self.session.scalar(select(func.count()).where(Measure.analysis_id == analysis_id)) or 0)


# --- trainings ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrainingQuery:
    text: str = ""
    sort: str = ""
    descending: bool = False


@dataclass(frozen=True, slots=True)
class TrainingRow:
    id: int
    course: str
    held_on: date
    values: dict[str, Any] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)


class TrainingRepository(Repository[Training, TrainingDraft]):
    model = Training
    kind = TRAINING
    draft_type = TrainingDraft

    def read_links(self, row: Training) -> dict[str, Any]:
        return {"attendees": self.attendees([row.id])[row.id]}

    def write_links(self, row: Training, draft: TrainingDraft) -> None:
        self.session.execute(delete(TrainingAttendee).where(TrainingAttendee.training_id == row.id))
        for pid in sorted(set(draft.attendees)):
            self.session.add(TrainingAttendee(training_id=row.id, person_id=pid))
        self.session.flush()

    def attendees(self, ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
        out: dict[int, list[int]] = {i: [] for i in ids}
        if ids:
            rows = self.session.execute(
                select(TrainingAttendee.training_id, TrainingAttendee.person_id)
                .where(TrainingAttendee.training_id.in_(list(ids)))
                .order_by(TrainingAttendee.training_id, TrainingAttendee.person_id)
            )
            for tid, pid in rows:
                out.setdefault(tid, []).append(pid)
        return {k: tuple(v) for k, v in out.items()}

    def where(self, query: TrainingQuery) -> list[Any]:
        if query.text.strip():
            return [Training.course.ilike(like_pattern(query.text.strip()), escape="\\")]
        return []

    def order(self, query: TrainingQuery) -> list[Any]:
        return _sorted(Training, query, [Training.held_on.desc(), Training.id.desc()])

    def page(self, query: TrainingQuery, offset: int, limit: int) -> list[TrainingRow]:
        rows = [r[0] for r in self.select_page(query, [Training], offset, limit)]
        people = self.attendees([r.id for r in rows])
        names = person_names(self.session, [p for ps in people.values() for p in ps])
        out = []
        for r in rows:
            values: dict[str, Any] = {
                f.name: from_column(f, getattr(r, f.name))
                for f in TRAINING.columns()
                if f.name != "attendees"
            }
            values["attendees"] = people.get(r.id, ())
            out.append(TrainingRow(r.id, r.course, r.held_on, values, names))
        return out

    def all(self) -> list[tuple[Training, tuple[int, ...]]]:
        rows = list(self.session.scalars(select(Training).order_by(Training.held_on, Training.id)))
        people = self.attendees([r.id for r in rows])
        return [(r, people.get(r.id, ())) for r in rows]
