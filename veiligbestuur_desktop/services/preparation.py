"""Step 3 use cases: chain agreements (a record kind), the sanction ladder (a record kind, seeded by migration
0010), and the settings of the step: the opvangregeling and the letterhead fields (Briefhoofd).

Every write is one unit of work with an audit entry (codes and counts, never content); the agreements and
the ladder steps are audited records (their hash is in the entry, `verify` checks them).
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.preparation import (
    AgreementDraft,
    LetterheadSettings,
    Opvang,
    agreement_overdue,
    check_agreement,
    check_letterhead,
    check_opvang,
)
from veiligbestuur_desktop.domain.sanctions import LadderStepDraft, check_ladder_step
from veiligbestuur_desktop.services.records import NOTHING, Changes, Created, RecordService, Unit
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import settings
from veiligbestuur_desktop.store.preparation import (
    AgreementQuery,
    AgreementRepository,
    LadderRepository,
    Listed,
)

OPVANG_KEY = "opvangregeling"
LETTERHEAD_KEY = "letterhead"

__all__ = [
    "AgreementQuery",
    "AgreementService",
    "LadderService",
    "Listed",
    "PreparationSettings",
]


class AgreementService(RecordService[AgreementRepository, AgreementDraft]):
    repository = AgreementRepository
    not_found = "Deze ketenafspraak bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: AgreementDraft, today: date | None, row: Any | None
    ) -> AgreementDraft:
        return check_agreement(draft, today)

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"ketenafspraak {row.partner}/{row.subject}"
        if action == "delete":
            return "verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))

    def count(self, query: AgreementQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: AgreementQuery, offset: int, limit: int) -> list[Listed]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def all(self) -> list[tuple[int, AgreementDraft]]:
        with self.reading() as repo:
            rows = repo.page(AgreementQuery(), 0, 10_000)
            return [(r.id, repo.draft(repo.require(r.id, self.missing))) for r in rows]

    def overdue(self, today: date | None = None) -> list[tuple[int, AgreementDraft]]:
        today = today or date.today()
        return [(i, d) for i, d in self.all() if agreement_overdue(d, today)]


class LadderService(RecordService[LadderRepository, LadderStepDraft]):
    """The sanction ladder: edit a step, add one of the coordinator's own, move it up or down, retire it."""

    repository = LadderRepository
    not_found = "Deze trede van de sanctieladder bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: LadderStepDraft, today: date | None, row: Any | None
    ) -> LadderStepDraft:
        if row is None and draft.rank <= 0:
            draft = replace(draft, rank=unit.repo(LadderRepository).next_rank())
        if row is not None:  # the code of a seeded step and its place are kept by an edit
            draft = replace(draft, code=row.code, rank=draft.rank or row.rank)
        return check_ladder_step(draft, today)

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"trede {row.rank}"
        if action == "delete":
            return "verwijderd"
        return "gewijzigd: " + ", ".join(sorted(changed))

    def steps(self, active_only: bool = False) -> list[tuple[int, LadderStepDraft]]:
        with self.reading() as repo:
            return repo.steps(active_only)

    def choices(self, active_only: bool = True) -> list[tuple[int, str]]:
        return [(i, d.title) for i, d in self.steps(active_only)]

    def add(self, draft: LadderStepDraft) -> Created:
        return self.create(replace(draft, rank=0, code=""))

    def move(self, step_id: int, offset: int) -> Changes:
        """Swap a step with its neighbour above (-1) or below (+1); both are audited."""
        with self.writing() as unit:
            repo = unit.repo(LadderRepository)
            order = repo.steps()
            ids = [i for i, _d in order]
            if step_id not in ids:
                raise ValidationError(self.missing())
            at = ids.index(step_id)
            to = at + offset
            if not 0 <= to < len(ids):
                return NOTHING
            a, b = repo.require(ids[at], self.missing), repo.require(ids[to], self.missing)
            ranks = [d.rank for _i, d in order]
            a.rank, b.rank = ranks[to], ranks[at]
            if a.rank == b.rank:  # equal ranks: make the order explicit
                a.rank, b.rank = (b.rank - 1, b.rank) if offset < 0 else (b.rank + 1, b.rank)
            for row in (a, b):
                unit.audit_record("update", "sanction_step", row.id, "gewijzigd: rank")
            return unit.changes

    def deleting(self, unit: Unit, row: Any) -> None:
        if unit.repo(LadderRepository).usage(row.id):
            raise ValidationError(
                tr(
                    "sanctions",
                    "Deze maatregel is al opgelegd en kan daarom niet worden verwijderd. Zet ‘In gebruik’ uit "
                    "om hem niet meer aan te bieden.",
                )
            )
        return None


class PreparationSettings:
    """The opvangregeling and the letterhead (Briefhoofd), kept in the vault's settings."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # --- opvangregeling ---------------------------------------------------------------------------------

    def opvang(self) -> Opvang:
        with self.ws.reading() as s:
            raw = settings.get(s, OPVANG_KEY)
        if not raw:
            return Opvang()
        try:
            data = json.loads(raw)
            return Opvang(
                first=tuple((str(c), str(w)) for c, w in data.get("first", ())),
                follow_up=str(data.get("follow_up", "")),
                referral=str(data.get("referral", "")),
            )
        except (ValueError, TypeError, AttributeError):
            return Opvang()

    def set_opvang(self, opvang: Opvang) -> Opvang:
        clean = check_opvang(opvang)
        payload = json.dumps(
            {
                "first": [list(p) for p in clean.first],
                "follow_up": clean.follow_up,
                "referral": clean.referral,
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        with self.ws.transaction() as s:
            if settings.get(s, OPVANG_KEY) == payload:
                return clean
            settings.put(s, OPVANG_KEY, payload)
            self.ws.audit(s, "update", "setting", OPVANG_KEY, f"opvangregeling: {len(clean.first)} rollen")
        return clean

    # --- letterhead ---------------------------------------------------------------------------------------

    def letterhead(self) -> LetterheadSettings:
        with self.ws.reading() as s:
            raw = settings.get(s, LETTERHEAD_KEY)
        if not raw:
            return LetterheadSettings()
        try:
            data = json.loads(raw)
            known = LetterheadSettings.__dataclass_fields__
            return LetterheadSettings(**{k: str(v) for k, v in data.items() if k in known})
        except (ValueError, TypeError, AttributeError):
            return LetterheadSettings()

    def set_letterhead(self, head: LetterheadSettings) -> LetterheadSettings:
        clean = check_letterhead(head)
        payload = json.dumps(asdict(clean), ensure_ascii=False, sort_keys=True)
        with self.ws.transaction() as s:
            if settings.get(s, LETTERHEAD_KEY) == payload:
                return clean
            settings.put(s, LETTERHEAD_KEY, payload)
            self.ws.audit(s, "update", "setting", LETTERHEAD_KEY, "briefhoofd gewijzigd")
        return clean

    def municipality(self) -> str:
        with self.ws.reading() as s:
            return settings.get(s, settings.MUNICIPALITY)
