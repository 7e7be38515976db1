"""Step 1 use cases: the versioned agressieprotocol and huisregels (one service base for both), the
mediabeleid per scenario, the signed decision inside the vault, and the data of the step's documents.

Versioning (domain.versioning): a new version starts as concept (version + 1); only forward status moves;
from vastgesteld on a version is frozen, so saving a change to it makes a new concept version; when a version
is vastgesteld, the older ones in force become "vervangen". Every write is one unit of work with an audit
entry that states the record's hash; every status move is also on the version's history list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar, cast

from veiligbestuur_desktop.domain import attachments as file_rules
from veiligbestuur_desktop.domain import versioning as V
from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.policy import (
    HouseRulesDraft,
    MediaScenarioDraft,
    PolicyDraft,
    Scenario,
    check_house_rules,
    check_media_scenario,
    check_policy,
)
from veiligbestuur_desktop.domain.rules import check_date_range
from veiligbestuur_desktop.domain.versioning import DocStatus, VersionInfo
from veiligbestuur_desktop.services.records import NOTHING, Changes, Created, RecordService, Unit
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store.policy import (
    DecisionInfo,
    DecisionRepository,
    HistoryRow,
    HouseRulesRepository,
    MediaScenarioRepository,
    PolicyRepository,
    ScenarioRow,
    VersionedRepository,
    VersionQuery,
    VersionRow,
)

R = TypeVar("R", bound=VersionedRepository)
D = TypeVar("D", PolicyDraft, HouseRulesDraft)

DECISION_TYPES = ("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp")


@dataclass(frozen=True, slots=True)
class Saved:
    """What saving a form did: the id of the version now shown, what changed, and whether the save made a
    new version (the edited one was frozen)."""

    id: int
    changes: Changes
    new_version: bool


class VersionedService(RecordService[R, D], Generic[R, D]):
    """Create, edit, move and supersede versions of one versioned kind (protocol, huisregels)."""

    noun: ClassVar[str]  # Dutch, lower case, for evidence and messages: "protocol", "huisregels"
    check: ClassVar[Callable[..., Any]]

    # --- reading -----------------------------------------------------------------------------------------

    def count(self, query: VersionQuery | None = None) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: VersionQuery | None, offset: int, limit: int) -> list[VersionRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def versions(self) -> list[VersionInfo]:
        with self.reading() as repo:
            return repo.versions()

    def info(self, record_id: int) -> VersionInfo:
        for v in self.versions():
            if v.id == record_id:
                return v
        raise NotFound(self.missing())

    def current(self) -> VersionInfo | None:
        return V.current(self.versions())

    def current_id(self) -> int | None:
        v = self.current()
        return v.id if v is not None else None

    def open_version(self) -> VersionInfo | None:
        return V.open_version(self.versions())

    def history(self, record_id: int) -> list[HistoryRow]:
        with self.reading() as repo:
            repo.require(record_id, self.missing)
            return repo.history(record_id)

    # --- the record pattern's hooks ----------------------------------------------------------------------

    def _repo(self, unit: Unit) -> VersionedRepository:
        return cast(VersionedRepository, unit.repo(self.repository))

    def validate(self, unit: Unit, draft: D, today: date | None, row: Any | None) -> D:
        repo = self._repo(unit)
        if row is None:
            versions = repo.versions()
            self._refuse_second_open(versions)
            draft = replace(
                draft,
                version=V.next_version(versions),
                status=DocStatus.CONCEPT,
                decision_date=None,
                publication_ref="",
            )
        else:
            if V.is_frozen(row.status):
                raise ValidationError(V.frozen_message(row.version, row.status))
            draft = replace(
                draft,
                version=row.version,
                status=DocStatus(row.status),
                decision_date=row.decision_date,
                publication_ref=row.publication_ref,
            )
        return type(self).check(draft, today)  # type: ignore[no-any-return]

    def _refuse_second_open(self, versions: list[VersionInfo]) -> None:
        open_ = V.open_version(versions)
        if open_ is not None:
            raise ValidationError(
                tr(
                    "policy",
                    "Er is al een versie in bewerking: versie {v} ({status}). Werk die versie bij, of stel "
                    "haar eerst vast.",
                ).format(v=open_.version, status=open_.status.label)
            )

    def created(self, unit: Unit, row: Any, draft: D) -> None:
        self._repo(unit).add_event(row.id, "created", unit.actor, "", row.status)

    def updated(self, unit: Unit, row: Any, before: D, draft: D) -> None:
        self._repo(unit).add_event(row.id, "edited", unit.actor, row.status, row.status)

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"versie {row.version} aangemaakt (concept)"
        if action == "delete":
            return f"versie {row.version} verwijderd"
        return f"versie {row.version} gewijzigd: " + ", ".join(sorted(changed))

    def deleting(self, unit: Unit, row: Any) -> None:
        if row.status != DocStatus.CONCEPT.value:
            raise ValidationError(
                tr(
                    "policy",
                    "Alleen een conceptversie kan worden verwijderd. Versie {v} is {status} en blijft bewaard.",
                ).format(v=row.version, status=DocStatus(row.status).label)
            )
        if unit.repo(DecisionRepository).of(self.kind.name, row.id) is not None:
            raise ValidationError(
                tr("policy", "Aan deze versie is een getekend besluit gekoppeld; zij blijft daarom bewaard.")
            )
        return None

    # --- what the step page does -------------------------------------------------------------------------

    def save(self, record_id: int | None, draft: D, today: date | None = None) -> Saved:
        """Save a form: a new version when `record_id` is None; a change to a frozen version becomes a new
        concept version (the frozen one stays as it was); otherwise the version itself is updated."""
        if record_id is None:
            created = self.create(draft, today)
            return Saved(created.id, created.changes, True)
        row = self.info(record_id)
        if V.is_frozen(row.status):
            created = self.create(draft, today)
            return Saved(created.id, created.changes, True)
        return Saved(record_id, self.update(record_id, draft, today), False)

    def new_version(self, record_id: int, today: date | None = None) -> Created:
        """A new concept version with the content of version `record_id` (version + 1)."""
        return self.create(self.get(record_id), today)

    def transition(
        self,
        record_id: int,
        new: DocStatus | str,
        *,
        on: date | None = None,
        reference: str = "",
        today: date | None = None,
    ) -> Changes:
        """Move a version one step in the status flow. Vastgesteld needs the besluitdatum (`on`) and makes
        the older versions in force "vervangen"; gepubliceerd needs the publication reference."""
        target = DocStatus(new)
        today = today or date.today()

        def apply(unit: Unit, row: Any) -> tuple[str, int, str] | None:
            repo = self._repo(unit)
            before = DocStatus(row.status)
            V.check_transition(before, target)
            if target == DocStatus.VASTGESTELD:
                check_date_range(
                    on,
                    tr("versioning", "de besluitdatum"),
                    not_future=True,
                    today=today,
                    field="decision_date",
                    earliest=date(2000, 1, 1),
                )
                V.check_adoption(row.review_date, on)
                if row.adopted_by is None:
                    raise ValidationError(
                        tr("policy", "Kies eerst wie de versie vaststelt (bewerk de versie)."),
                        field="adopted_by",
                    )
                row.decision_date = on
            if target == DocStatus.GEPUBLICEERD:
                row.publication_ref = V.check_publication(reference)
            repo.set_status(row, target)
            repo.add_event(row.id, "status", unit.actor, before.value, target.value)
            if target == DocStatus.VASTGESTELD:
                adopted = VersionInfo(row.id, row.version, target, on)
                for old in V.superseded_by(repo.versions(), adopted):
                    old_row = repo.get(old.id)
                    repo.set_status(old_row, DocStatus.VERVANGEN)
                    repo.add_event(old.id, "status", unit.actor, old.status.value, DocStatus.VERVANGEN.value)
                    unit.audit_record(
                        "update",
                        self.kind.name,
                        old.id,
                        f"versie {old.version}: status {old.status.value} -> vervangen (door versie "
                        f"{row.version})",
                    )
            return (
                self.kind.name,
                row.id,
                f"versie {row.version}: status {before.value} -> {target.value}",
            )

        return self.change(record_id, apply)

    # --- the signed decision -----------------------------------------------------------------------------

    def decision(self, record_id: int) -> DecisionInfo | None:
        with self.ws.reading() as s:
            return DecisionRepository(s).of(self.kind.name, record_id)

    def decisions(self) -> dict[int, int]:
        """Per version id: whether (how many) signed decisions are attached."""
        with self.ws.reading() as s:
            return DecisionRepository(s).count_for(self.kind.name)

    def attach_decision(self, record_id: int, filename: str, data: bytes) -> Changes:
        """Keep the signed decision (PDF or image) of a version inside the vault; an earlier one of the same
        version is replaced (both recorded in the audit trail)."""
        checked = file_rules.check_file(filename, data)
        if checked.mime not in DECISION_TYPES:
            raise ValidationError(
                tr(
                    "policy",
                    "Voeg het getekende besluit toe als PDF of als scan of foto (PNG, JPEG, GIF, WebP).",
                ),
                field="content",
            )

        def apply(unit: Unit, row: Any) -> tuple[str, int, str] | None:
            if row.status == DocStatus.CONCEPT.value:
                raise ValidationError(
                    tr(
                        "policy",
                        "Een getekend besluit hoort bij een voorgelegde of vastgestelde versie. Leg versie {v} "
                        "eerst voor.",
                    ).format(v=row.version)
                )
            decisions = unit.repo(DecisionRepository)
            old = decisions.of(self.kind.name, row.id)
            if old is not None:
                decisions.delete(old.id)
                unit.audit_record("delete", "policy_decision", old.id, f"besluit {old.sha256[:12]} vervangen")
            new = decisions.add(
                self.kind.name, row.id, checked.filename, checked.mime, data, checked.sha256, unit.actor
            )
            unit.audit_record(
                "create",
                "policy_decision",
                new.id,
                f"{self.kind.name} versie {row.version}: besluit {checked.sha256[:12]}",
            )
            self._repo(unit).add_event(row.id, "decision", unit.actor, row.status, row.status)
            return (self.kind.name, row.id, f"versie {row.version}: getekend besluit toegevoegd")

        return self.change(record_id, apply)

    def decision_content(self, record_id: int) -> tuple[str, str, bytes]:
        """(filename, mime, bytes) of the signed decision, for viewing inside the app (from memory)."""
        with self.ws.reading() as s:
            repo = DecisionRepository(s)
            info = repo.of(self.kind.name, record_id)
            data = repo.content(info.id) if info is not None else None
        if info is None or data is None:
            raise NotFound(tr("policy", "Bij deze versie is nog geen getekend besluit bewaard."))
        return info.filename, info.mime, data

    def record_decision_use(self, record_id: int, purpose: str) -> None:
        """A print of the signed decision, or a copy saved outside the vault, in the audit trail."""
        if purpose not in ("print", "export"):
            raise ValueError(purpose)
        with self.writing() as unit:
            info = unit.repo(DecisionRepository).of(self.kind.name, record_id)
            if info is None:
                raise NotFound(tr("policy", "Bij deze versie is nog geen getekend besluit bewaard."))
            unit.audit(
                purpose,
                "policy_decision",
                info.id,
                f"besluit {info.sha256[:12]} "
                + ("afgedrukt" if purpose == "print" else "opgeslagen buiten de kluis"),
            )


class PolicyService(VersionedService[PolicyRepository, PolicyDraft]):
    repository = PolicyRepository
    not_found = "Deze versie van het protocol bestaat niet (meer)."
    noun = "protocol"
    check = staticmethod(check_policy)


class HouseRulesService(VersionedService[HouseRulesRepository, HouseRulesDraft]):
    repository = HouseRulesRepository
    not_found = "Deze versie van de huisregels bestaat niet (meer)."
    noun = "huisregels"
    check = staticmethod(check_house_rules)


_SCENARIO_ORDER = {s.value: n for n, s in enumerate(Scenario)}


class MediaPolicyService(RecordService[MediaScenarioRepository, MediaScenarioDraft]):
    """The mediabeleid: one record per scenario (woordvoerder, plaatsvervanger, standaardlijn, wie informeert
    wie)."""

    repository = MediaScenarioRepository
    not_found = "Dit scenario van het mediabeleid bestaat niet (meer)."

    def validate(
        self, unit: Unit, draft: MediaScenarioDraft, today: date | None, row: Any | None
    ) -> MediaScenarioDraft:
        d = check_media_scenario(draft, today)
        assert d.scenario is not None
        other = unit.repo(MediaScenarioRepository).by_scenario(Scenario(d.scenario).value)
        if other is not None and (row is None or other.id != row.id):
            raise ValidationError(
                tr(
                    "policy",
                    "Voor het scenario ‘{s}’ is het mediabeleid al vastgelegd. Kies dat scenario in de lijst "
                    "en wijzig het daar.",
                ).format(s=Scenario(d.scenario).label),
                field="scenario",
            )
        return d

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"scenario {row.scenario} vastgelegd"
        if action == "delete":
            return f"scenario {row.scenario} verwijderd"
        return f"scenario {row.scenario} gewijzigd: " + ", ".join(sorted(changed))

    def count(self, query: Any = None) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: Any, offset: int, limit: int) -> list[ScenarioRow]:
        """In the order of the scenarios (raadslid, wethouder, burgemeester, thuis, online)."""
        with self.reading() as repo:
            rows = repo.page(query, 0, 1000)
        rows.sort(key=lambda r: _SCENARIO_ORDER.get(r.scenario, 99))
        return rows[offset : offset + limit]

    def all(self) -> list[tuple[int, MediaScenarioDraft]]:
        with self.reading() as repo:
            found = [(r.id, repo.draft(r)) for r in repo.all()]
        found.sort(key=lambda p: _SCENARIO_ORDER.get(str(p[1].scenario), 99))
        return found

    def missing_scenarios(self) -> list[Scenario]:
        have = {str(d.scenario) for _id, d in self.all()}
        return [s for s in Scenario if s.value not in have]


# --- the contact numbers of step 3 ----------------------------------------------------------------------------


def contact_card(ws: Workspace) -> list[tuple[str, str]]:
    """(label, number) of the contactkaart of step 3, as the coordinator keeps it (the national defaults until
    edited)."""
    from veiligbestuur_desktop.services.contacts import ContactService

    return [(c.label, c.number) for c in ContactService(ws).card()]


def history_text(row: HistoryRow) -> str:
    """One line of a version's history (translated on screen; codes are stored)."""
    if row.code == "created":
        return tr("policy", "aangemaakt als concept")
    if row.code == "edited":
        return tr("policy", "gewijzigd")
    if row.code == "decision":
        return tr("policy", "getekend besluit toegevoegd")
    return tr("policy", "status: {a} → {b}").format(
        a=DocStatus(row.from_status).label, b=DocStatus(row.to_status).label
    )


__all__ = [
    "NOTHING",
    "HouseRulesService",
    "MediaPolicyService",
    "PolicyService",
    "Saved",
    "VersionQuery",
    "contact_card",
    "history_text",
]
