"""Step 1 repositories: the versioned protocol and huisregels (one base for both), the mediabeleid per
scenario, and the signed decisions (metadata and bytes apart)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import func, select

from veiligbestuur_desktop.domain.errors import NotFound
from veiligbestuur_desktop.domain.fields import FieldKind
from veiligbestuur_desktop.domain.policy import (
    HOUSE_RULES,
    MEDIA_SCENARIO,
    POLICY,
    HouseRulesDraft,
    MediaScenarioDraft,
    PolicyDraft,
)
from veiligbestuur_desktop.domain.versioning import DocStatus, VersionInfo
from veiligbestuur_desktop.store.base import utcnow
from veiligbestuur_desktop.store.models_policy import (
    HouseRules,
    HouseRulesEvent,
    MediaScenario,
    Policy,
    PolicyDecision,
    PolicyDecisionBlob,
    PolicyEvent,
)
from veiligbestuur_desktop.store.repository import Repository, from_column


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One version in a register: id, number, status and every list column by field name."""

    id: int
    version: int
    status: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: datetime
    by: str
    code: str
    from_status: str
    to_status: str


@dataclass(frozen=True, slots=True)
class VersionQuery:
    """All versions, newest first."""


class VersionedRepository(Repository[Any, Any]):
    """What the protocol and the huisregels share: versions newest first, the version list for the rules of
    domain.versioning, list fields as comma-separated codes, and the status history."""

    event_model: ClassVar[type[Any]]
    event_owner: ClassVar[str]  # the history table's column that points at the version

    # list fields (MULTI_CHOICE) are columns of codes here, not link tables
    def stored_fields(self) -> list[Any]:
        return [f for f in self.kind.fields if f.kind != FieldKind.PERSONS]

    def write(self, row: Any, draft: Any) -> None:
        super().write(row, draft)
        for f in self.kind.fields:
            if f.kind == FieldKind.MULTI_CHOICE:
                setattr(row, f.name, ",".join(getattr(draft, f.name)))

    def draft(self, row: Any) -> Any:
        values = {}
        for f in self.stored_fields():
            raw = getattr(row, f.name)
            values[f.name] = _codes(raw) if f.kind == FieldKind.MULTI_CHOICE else from_column(f, raw)
        return self.draft_type(**values)

    def versions(self) -> list[VersionInfo]:
        return [
            VersionInfo(r.id, r.version, DocStatus(r.status), r.decision_date)
            for r in self.session.scalars(select(self.model).order_by(self.model.version))
        ]

    def order(self, query: Any) -> list[Any]:
        return [self.model.version.desc()]

    def page(self, query: Any, offset: int, limit: int) -> list[VersionRow]:
        rows = self.select_page(query, [self.model], offset, limit)
        return [
            VersionRow(
                r[0].id,
                r[0].version,
                r[0].status,
                {f.name: from_column(f, getattr(r[0], f.name)) for f in self.kind.columns()},
            )
            for r in rows
        ]

    def set_status(self, row: Any, status: DocStatus) -> None:
        row.status = status.value
        row.updated_at = utcnow()
        self.session.flush()

    def add_event(self, record_id: int, code: str, by: str, before: str = "", after: str = "") -> None:
        self.session.add(
            self.event_model(
                **{self.event_owner: record_id},
                at=utcnow(),
                by=by,
                code=code,
                from_status=before,
                to_status=after,
            )
        )
        self.session.flush()

    def history(self, record_id: int) -> list[HistoryRow]:
        owner = getattr(self.event_model, self.event_owner)
        return [
            HistoryRow(e.at, e.by, e.code, e.from_status, e.to_status)
            for e in self.session.scalars(
                select(self.event_model).where(owner == record_id).order_by(self.event_model.id)
            )
        ]


class PolicyRepository(VersionedRepository):
    model = Policy
    kind = POLICY
    draft_type = PolicyDraft
    event_model = PolicyEvent
    event_owner = "policy_id"


class HouseRulesRepository(VersionedRepository):
    model = HouseRules
    kind = HOUSE_RULES
    draft_type = HouseRulesDraft
    event_model = HouseRulesEvent
    event_owner = "house_rules_id"


@dataclass(frozen=True, slots=True)
class ScenarioRow:
    id: int
    scenario: str
    values: dict[str, Any] = field(default_factory=dict)


class MediaScenarioRepository(Repository[MediaScenario, MediaScenarioDraft]):
    model = MediaScenario
    kind = MEDIA_SCENARIO
    draft_type = MediaScenarioDraft

    def by_scenario(self, scenario: str) -> MediaScenario | None:
        return self.session.scalars(select(MediaScenario).where(MediaScenario.scenario == scenario)).first()

    def all(self) -> list[MediaScenario]:
        return list(self.session.scalars(select(MediaScenario)))

    def page(self, query: Any, offset: int, limit: int) -> list[ScenarioRow]:
        rows = self.select_page(query, [MediaScenario], offset, limit)
        return [
            ScenarioRow(
                r[0].id,
                r[0].scenario,
                {f.name: from_column(f, getattr(r[0], f.name)) for f in MEDIA_SCENARIO.columns()},
            )
            for r in rows
        ]


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    id: int
    doc_kind: str
    record_id: int
    filename: str
    mime: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


def _info(d: PolicyDecision) -> DecisionInfo:
    return DecisionInfo(
        d.id, d.doc_kind, d.record_id, d.filename, d.mime, d.size, d.sha256, d.added_at, d.added_by
    )


class DecisionRepository:
    """The signed decision of a version, inside the vault."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def add(
        self,
        doc_kind: str,
        record_id: int,
        filename: str,
        mime: str,
        content: bytes,
        sha256: str,
        by: str,
    ) -> DecisionInfo:
        d = PolicyDecision(
            doc_kind=doc_kind,
            record_id=record_id,
            filename=filename,
            mime=mime,
            size=len(content),
            sha256=sha256,
            added_at=utcnow(),
            added_by=by,
        )
        self.session.add(d)
        self.session.flush()
        self.session.add(PolicyDecisionBlob(decision_id=d.id, content=content))
        self.session.flush()
        return _info(d)

    def of(self, doc_kind: str, record_id: int) -> DecisionInfo | None:
        d = self.session.scalars(
            select(PolicyDecision)
            .where(PolicyDecision.doc_kind == doc_kind, PolicyDecision.record_id == record_id)
            .order_by(PolicyDecision.id.desc())
        ).first()
        return _info(d) if d is not None else None

    def require(self, decision_id: int, message: Callable[[], str]) -> DecisionInfo:
        d = self.session.get(PolicyDecision, decision_id)
        if d is None:
            raise NotFound(message())
        return _info(d)

    def content(self, decision_id: int) -> bytes | None:
        blob = self.session.get(PolicyDecisionBlob, decision_id)
        return bytes(blob.content) if blob is not None else None

    def delete(self, decision_id: int) -> None:
        d = self.session.get(PolicyDecision, decision_id)
        if d is not None:
            self.session.delete(d)
            self.session.flush()

    def count_for(self, doc_kind: str) -> dict[int, int]:
        rows = self.session.execute(
            select(PolicyDecision.record_id, func.count())
            .where(PolicyDecision.doc_kind == doc_kind)
            .group_by(PolicyDecision.record_id)
        )
        return {int(r[0]): int(r[1]) for r in rows}
