"""Step 6 use cases on the generic record service: register, edit and follow up incidents; the list; what is
due."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from veiligbestuur_desktop.domain import incidents as rules
from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.i18n import dutch, tr
from veiligbestuur_desktop.domain.incidents import (
    INCIDENT,
    AimedAt,
    Channel,
    CheckItem,
    FollowUpDraft,
    FollowUpStatus,
    IncidentDraft,
    IncidentStatus,
    Replan,
    ReplanReason,
    Track,
    checks_with_tracks,
)
from veiligbestuur_desktop.domain.nazorg import SETTING_KEY as NAZORG_KEY
from veiligbestuur_desktop.domain.nazorg import NazorgIntervals
from veiligbestuur_desktop.domain.people import PersonKind, Role, display_name
from veiligbestuur_desktop.domain.rules import clean_text
from veiligbestuur_desktop.services.records import NOTHING, Changes, Created, RecordService, Unit
from veiligbestuur_desktop.store.attachments import AttachmentRepository
from veiligbestuur_desktop.store.incidents import (
    DueFollowUp,
    IncidentQuery,
    IncidentRepository,
    IncidentRow,
    apply_follow_up,
    event_params,
    follow_up_details,
)
from veiligbestuur_desktop.store.persons import PersonRepository

__all__ = ["IncidentDetail", "IncidentQuery", "IncidentRow", "IncidentService"]


@dataclass(frozen=True, slots=True)
class VictimView:
    person_id: int
    name: str
    description: str  # role or relation, e.g. "wethouder", "naaste (partner) van Jan Jansen"
    office_related: bool | None
    aimed_at: AimedAt


@dataclass(frozen=True, slots=True)
class FollowUpView:
    id: int
    track: Track
    kind: str
    title: str
    owner: str
    deadline: date | None
    due_from: date | None
    status: FollowUpStatus
    done_on: date | None
    details: dict[str, str]
    state: str  # done / overdue / due / later


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    filename: str
    mime: str
    size: int
    sha256: str
    description: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True, slots=True)
class EventView:
    at: datetime
    what: str
    by: str


@dataclass(frozen=True, slots=True)
class IncidentDetail:
    id: int
    number: str
    draft: IncidentDraft
    victims: tuple[VictimView, ...]
    perpetrator_name: str
    categories: tuple[tuple[str, str], ...]  # (code, label)
    checks: dict[str, tuple[date, str]]
    follow_ups: tuple[FollowUpView, ...]
    attachments: tuple[AttachmentInfo, ...]
    events: tuple[EventView, ...]
    created_at: datetime
    escalation_advised: bool
    contacts: tuple[tuple[str, str], ...] = field(default_factory=lambda: rules.DEFAULT_CONTACTS)


@dataclass(frozen=True, slots=True)
class Registered:
    id: int
    number: str
    escalation_advised: bool
    changes: Changes = NOTHING


@dataclass(frozen=True, slots=True)
class TodoItem:
    due: DueFollowUp
    state: str  # overdue / due
    victims: tuple[str, ...] = ()  # display names, as the register shows them


@dataclass(frozen=True, slots=True)
class TodoCounts:
    overdue: int
    due: int


class IncidentService(RecordService[IncidentRepository, IncidentDraft]):
    repository = IncidentRepository
    not_found = "Dit incident bestaat niet (meer)."
    _today: date | None = None  # the day a write works as of (tests and the demo pass one), for the hooks

    def update(self, record_id: int, draft: IncidentDraft, today: date | None = None) -> Changes:
        self._today = today
        try:
            return super().update(record_id, draft, today)
        finally:
            self._today = None

    # --- the opvangregeling's nazorg intervals (step 3 edits them; step 6 plans with them) --------------

    def nazorg_intervals(self) -> NazorgIntervals:
        """The intervals of the opvangregeling; the Stappenplan's defaults when none are stored."""
        with self.reading() as repo:
            return NazorgIntervals.from_json(repo.setting(NAZORG_KEY))

    def set_nazorg_intervals(self, intervals: NazorgIntervals) -> Changes:
        """Store new intervals (checked; a Dutch message when they cannot be planned). New incidents and every
        later re-plan use them; follow-ups planned before keep their dates."""
        iv = intervals.check()
        with self.writing() as unit:
            repo = unit.repo(IncidentRepository)
            if NazorgIntervals.from_json(repo.setting(NAZORG_KEY)) == iv and repo.setting(NAZORG_KEY):
                return NOTHING
            repo.put_setting(NAZORG_KEY, iv.to_json())
            unit.audit(
                "update",
                "setting",
                NAZORG_KEY,
                f"nazorgtermijnen: opvanggesprek {iv.opvang_hours} uur, vervolggesprekken "
                f"{iv.first_from_days}-{iv.first_to_days} en {iv.second_from_days}-{iv.second_to_days} dagen",
            )
            unit.touched("setting")
            return unit.changes

    # --- reference data ---------------------------------------------------------------------------------

    def categories(self, active_only: bool = True) -> list[tuple[str, str]]:
        with self.reading() as repo:
            return [(c.code, c.label) for c in repo.categories(active_only)]

    def years(self) -> list[int]:
        with self.reading() as repo:
            return repo.years()

    def coordinator(self) -> str:
        return self.ws.info().coordinator

    def defaults(self, today: date | None = None) -> IncidentDraft:
        """A new incident: today, received by the coordinator, registered."""
        today = today or date.today()
        return IncidentDraft(
            occurred_on=today,
            reported_on=today,
            description="",
            categories=(),
            channel=Channel.TELEFOON,
            severity_level=1,
            received_by=self.coordinator(),
        )

    # --- what incidents add to the record pattern -------------------------------------------------------

    def validate(
        self, unit: Unit, draft: IncidentDraft, today: date | None, row: Any | None
    ) -> IncidentDraft:
        repo = unit.repo(IncidentRepository)
        rules.check_status_change(repo.draft(row).status if row is not None else None, draft.status)
        closing = draft.status in rules.CLOSED_STATUSES
        if row is not None and closing and repo.draft(row).status not in rules.CLOSED_STATUSES:
            still_open = [
                rules.follow_up_title(f.kind, f.title)
                for f in repo.follow_ups(row.id)
                if f.status in (FollowUpStatus.OPEN.value, FollowUpStatus.BEZIG.value)
            ]
            if still_open:
                raise ValidationError(
                    tr(
                        "services",
                        "Het incident kan niet worden afgesloten: {n} opvolging(en) staan nog open ({which}). "
                        "Rond ze af, of kies ‘Afsluiten…’ in het incident om ze in één keer op ‘n.v.t.’ te "
                        "zetten en af te sluiten.",
                    ).format(
                        n=len(still_open),
                        which="; ".join(still_open[:4]) + ("; …" if len(still_open) > 4 else ""),
                    ),
                    field="status",
                )
        known = {c.code for c in repo.categories()}
        # the clock counts only on the real today (a caller that works as of another day gets no time check)
        clock = datetime.now()
        now = clock.time() if (today or clock.date()) == clock.date() else None
        d = rules.check_incident(draft, known, today, now)
        people = unit.repo(PersonRepository).by_ids([v.person_id for v in d.victims])
        for v in d.victims:
            p = people.get(v.person_id)
            if p is None or p.kind not in (PersonKind.AMBTSDRAGER.value, PersonKind.NAASTE.value):
                raise ValidationError(
                    tr("services", "Een slachtoffer moet een ambtsdrager of een naaste zijn."),
                    field="victims",
                )
        if d.perpetrator_id is not None:
            p = unit.repo(PersonRepository).get(d.perpetrator_id)
            if p is None or p.kind != PersonKind.BETROKKENE.value:
                raise ValidationError(
                    tr(
                        "services",
                        "Kies als dader een veroorzaker (soort ‘{kind}’) uit de lijst met personen.",
                    ).format(kind=PersonKind.BETROKKENE.label),
                    field="perpetrator_id",
                )
        return d

    def insert(self, unit: Unit, draft: IncidentDraft) -> Any:
        repo = unit.repo(IncidentRepository)
        planned = rules.planned_follow_ups(
            draft.occurred_on,
            draft.reported_on,
            draft.perpetrator_known,
            occurred_time=draft.occurred_time,
            categories=draft.categories,
            severity_level=draft.severity_level,
            intervals=NazorgIntervals.from_json(repo.setting(NAZORG_KEY)),
        )
        return repo.create_with_plan(draft, planned)

    def summary(self, action: str, row: Any, changed: list[str]) -> str:
        if action == "create":
            return f"incident {row.number} geregistreerd"
        if action == "delete":
            return f"incident {row.number} verwijderd"
        return f"incident {row.number}: {', '.join(changed)}"

    def created(self, unit: Unit, row: Any, draft: IncidentDraft) -> None:
        self._event(unit, row.id, "registered")

    def updated(self, unit: Unit, row: Any, before: IncidentDraft, draft: IncidentDraft) -> None:
        if before.status != draft.status:
            self._event(unit, row.id, "status", s=IncidentStatus(draft.status).value)
        else:
            self._event(unit, row.id, "updated")
        repo = unit.repo(IncidentRepository)
        moves: list[Replan] = []
        if (before.occurred_on, before.occurred_time) != (draft.occurred_on, draft.occurred_time):
            moves += rules.replan_nazorg(
                repo.plan_states(row.id),
                draft.occurred_on,
                draft.occurred_time,
                NazorgIntervals.from_json(repo.setting(NAZORG_KEY)),
                ReplanReason.INCIDENT_DATE,
            )
        if draft.perpetrator_known and not before.perpetrator_known:
            moves += rules.reactie_due(repo.plan_states(row.id), self._today or date.today())
        self._replan(unit, moves)

    def _replan(self, unit: Unit, moves: Iterable[Replan]) -> None:
        """Apply re-planned follow-ups, each a timeline entry (the caller's audit entry covers them: the
        follow-ups are part of the incident's record)."""
        repo = unit.repo(IncidentRepository)
        for move in moves:
            fu = repo.replan(move)
            self._event(
                unit,
                fu.incident_id,
                "replanned",
                title=fu.title,
                kind=fu.kind,
                d=move.deadline.isoformat() if move.deadline else "",
                was=move.was.isoformat() if move.was else "",
                why=move.reason.value,
            )

    def _event(self, unit: Unit, incident_id: int, code: str, **params: str) -> None:
        """A timeline entry as a code and parameters (domain.incidents.EVENTS), never translated text."""
        unit.repo(IncidentRepository).add_event(incident_id, code, params, unit.actor)

    # --- registering and editing ------------------------------------------------------------------------

    def register(self, draft: IncidentDraft, today: date | None = None) -> Registered:
        created = self.create(draft, today)
        with self.reading() as repo:
            inc = repo.require(created.id, self.missing)
            d = repo.draft(inc)
            return Registered(inc.id, inc.number, self._escalation(repo, d), created.changes)

    def set_status(self, incident_id: int, status: IncidentStatus, today: date | None = None) -> Changes:
        d = self.get(incident_id)
        closed = d.closed_on
        if status in (IncidentStatus.AFGESLOTEN, IncidentStatus.GEEVALUEERD) and closed is None:
            closed = today or date.today()
        return self.update(incident_id, replace(d, status=status, closed_on=closed), today)

    # --- reading ----------------------------------------------------------------------------------------

    def id_for_number(self, number: str) -> int:
        with self.reading() as repo:
            inc = repo.by_number(number)
            if inc is None:
                raise NotFound(
                    tr(
                        "services",
                        "Incident {n} bestaat niet. Controleer het nummer (bijvoorbeeld 2026-014).",
                    ).format(n=number.strip()[:20])
                )
            return inc.id

    def sanction_choices(self) -> list[tuple[str, str]]:
        """The sanctions an incident's sanction track offers: the active steps of the ladder of step 3 that are
        sanctions (not aangifte or schadeverhaal, which are tracks of their own), in the ladder's order and with
        its titles. A step the coordinator added without a national code is recorded in Sancties (step 3)."""
        from veiligbestuur_desktop.domain.incidents import SanctionType
        from veiligbestuur_desktop.services.preparation import LadderService

        codes = {t.value for t in SanctionType}
        offered = [
            (d.code, d.title) for _id, d in LadderService(self.ws).steps(active_only=True) if d.code in codes
        ]
        return offered or list(SanctionType.choices())

    def contacts(self) -> tuple[tuple[str, str], ...]:
        """(name, number) of the contact card of step 3, as the coordinator keeps it (for the opschalen advice)."""
        from veiligbestuur_desktop.services.contacts import ContactService

        return tuple((e.label, e.number) for e in ContactService(self.ws).card())

    def detail(self, incident_id: int, today: date | None = None) -> IncidentDetail:
        today = today or date.today()
        contacts = self.contacts()
        with self.reading() as repo:
            inc = repo.require(incident_id, self.missing)
            people = PersonRepository(repo.session)
            draft = repo.draft(inc)
            labels = repo.category_labels()
            victims = []
            for v, p in repo.victims(inc.id):
                victims.append(
                    VictimView(
                        p.id,
                        display_name(p.name, p.description),
                        self._describe(people, p),
                        v.office_related,
                        AimedAt(v.aimed_at),
                    )
                )
            perpetrator = ""
            if inc.perpetrator_id is not None:
                perp = people.get(inc.perpetrator_id)
                perpetrator = display_name(perp.name, perp.description) if perp else ""
            fus = []
            for fu in repo.follow_ups(inc.id):
                status = FollowUpStatus(fu.status)
                fus.append(
                    FollowUpView(
                        fu.id,
                        Track(fu.track),
                        fu.kind,
                        rules.follow_up_title(fu.kind, fu.title),
                        fu.owner,
                        fu.deadline,
                        fu.due_from,
                        status,
                        fu.done_on,
                        follow_up_details(fu),
                        rules.follow_up_state(status, fu.deadline, fu.due_from, today),
                    )
                )
            atts = tuple(
                AttachmentInfo(
                    a.id, a.filename, a.mime, a.size, a.sha256, a.description, a.added_at, a.added_by
                )
                for a in AttachmentRepository(repo.session).for_incident(inc.id)
            )
            events = tuple(
                EventView(e.at, rules.event_text(e.code, event_params(e)), e.by) for e in repo.events(inc.id)
            )
            return IncidentDetail(
                id=inc.id,
                number=inc.number,
                draft=draft,
                victims=tuple(victims),
                perpetrator_name=perpetrator,
                categories=tuple((c, labels.get(c, c)) for c in draft.categories),
                checks=checks_with_tracks(
                    {code: (c.done_on, c.by) for code, c in repo.checks(inc.id).items()}, fus
                ),
                follow_ups=tuple(fus),
                attachments=atts,
                events=events,
                created_at=inc.created_at,
                escalation_advised=self._escalation(repo, draft),
                contacts=contacts,
            )

    def _escalation(self, repo: IncidentRepository, d: IncidentDraft) -> bool:
        """Whether to advise opschalen, from the incident and what the register knows of its people."""
        people = PersonRepository(repo.session).by_ids([v.person_id for v in d.victims])
        high_risk = any(bool(getattr(people.get(v.person_id), "verhoogd_risico", False)) for v in d.victims)
        repeat = d.perpetrator_id is not None and repo.count_for_perpetrator(d.perpetrator_id) > 1
        return rules.escalation_advised(d.severity_level, d.place, d.at_home, d.categories, repeat, high_risk)

    def _describe(self, people: PersonRepository, p: Any) -> str:
        if p.kind == PersonKind.AMBTSDRAGER.value:
            return Role(p.role).label if p.role else PersonKind.AMBTSDRAGER.label
        if p.kind == PersonKind.NAASTE.value:
            of = people.get(p.related_to_id) if p.related_to_id else None
            rel = _vocab_label(p.relation)
            base = tr("services", "naaste ({rel})").format(rel=rel) if rel else tr("services", "naaste")
            if of is not None:
                base += " " + tr("services", "van {name}").format(name=of.name)
            return base
        return PersonKind(p.kind).label

    # --- handling checklist and follow-ups ----------------------------------------------------------------

    def set_check(
        self, incident_id: int, code: CheckItem, done_on: date | None, today: date | None = None
    ) -> Changes:
        today = today or date.today()
        if done_on is not None and done_on > today:
            raise ValidationError(
                tr("services", "De datum van afvinken ligt in de toekomst."), field="done_on"
            )
        item = CheckItem(code)

        def apply(unit: Unit, inc: Any) -> tuple[str, int, str]:
            track = rules.TRACK_OF_CHECK.get(item)
            if done_on is not None and track is not None:
                still_open = [
                    rules.follow_up_title(f.kind, f.title)
                    for f in unit.repo(IncidentRepository).follow_ups(inc.id)
                    if f.track == track.value and FollowUpStatus(f.status) not in rules.DONE_STATUSES
                ]
                if still_open:  # the tick follows the track: it would say 'done' beside an open follow-up
                    raise ValidationError(
                        tr(
                            "services",
                            "‘{item}’ volgt de opvolging ‘{track}’, en daar staat nog open: {which}. Rond die "
                            "opvolging af of zet haar op ‘n.v.t.’; dit onderdeel wordt dan vanzelf afgevinkt.",
                        ).format(item=item.label, track=track.label, which="; ".join(still_open)),
                        field="done_on",
                    )
            unit.repo(IncidentRepository).set_check(inc.id, item.value, done_on, unit.actor)
            self._event(unit, inc.id, "checked" if done_on else "unchecked", item=item.value)
            return "incident", inc.id, f"incident {inc.number}: checklist {item.value}"

        return self.change(incident_id, apply)

    def update_follow_up(self, follow_up_id: int, draft: FollowUpDraft, today: date | None = None) -> Changes:
        """Save an edit of a follow-up. Every change is on the timeline (the status, and the codes of what else
        changed); holding the opvanggesprek re-plans the open vervolggesprekken from the day it was held."""
        with self.writing() as unit:
            repo = unit.repo(IncidentRepository)
            fu = repo.get_follow_up(follow_up_id)
            if fu is None:
                raise NotFound(tr("services", "Deze opvolging bestaat niet (meer)."))
            d = rules.check_follow_up(Track(fu.track), draft, today)
            if d.title == rules.follow_up_title(
                fu.kind, fu.title
            ):  # the planned title as shown: kept as stored
                d = replace(d, title=fu.title)
            before = FollowUpDraft(
                fu.title,
                fu.owner,
                fu.deadline,
                FollowUpStatus(fu.status),
                fu.done_on,
                follow_up_details(fu),
            )
            if d.status == FollowUpStatus.NVT and before.status != d.status and d.done_on is None:
                d = replace(d, done_on=today or date.today())  # the day it was decided not to apply
            changed = rules.follow_up_changes(before, d)
            if not changed and before.status == d.status:
                return NOTHING
            inc = repo.require(fu.incident_id, self.missing)
            if before.status in rules.DONE_STATUSES:
                self._open_on_closed(inc, d.status)
            apply_follow_up(fu, d)
            if before.status != d.status:
                self._event(
                    unit, inc.id, "follow_up_status", title=d.title, kind=fu.kind, status=d.status.value
                )
            if changed:
                self._event(
                    unit, inc.id, "follow_up_changed", title=d.title, kind=fu.kind, f=",".join(changed)
                )
            held = d.status == FollowUpStatus.GEREED and (
                before.status != d.status or before.done_on != d.done_on
            )
            if fu.kind == rules.OPVANGGESPREK and held:
                draft_now = repo.draft(inc)
                self._replan(
                    unit,
                    rules.replan_nazorg(
                        repo.plan_states(inc.id),
                        draft_now.occurred_on,
                        draft_now.occurred_time,
                        NazorgIntervals.from_json(repo.setting(NAZORG_KEY)),
                        ReplanReason.OPVANG_HELD,
                    ),
                )
            unit.audit_record("update", "follow_up", fu.id, f"incident {inc.number}: opvolging {fu.track}")
            unit.touched("incident", inc.id)
            return unit.changes

    def add_follow_up(
        self, incident_id: int, track: Track, draft: FollowUpDraft, today: date | None = None
    ) -> Created:
        """A follow-up of the coordinator's own (any track: a second sanction, nazorg for a witness or the
        family, a note), with its title, deadline and details."""
        d = rules.check_follow_up(Track(track), draft, today)
        with self.writing() as unit:
            repo = unit.repo(IncidentRepository)
            inc = self.load(unit, incident_id)
            if IncidentStatus(inc.status) == IncidentStatus.GEANONIMISEERD:
                raise ValidationError(
                    tr("services", "Een geanonimiseerd incident kan niet meer worden gewijzigd."),
                    field="status",
                )
            self._open_on_closed(inc, d.status)
            fu = repo.add_follow_up(incident_id, Track(track).value, rules.OWN, d)
            self._event(unit, incident_id, "follow_up_added", t=d.title, kind=rules.OWN)
            unit.audit_record(
                "create", "follow_up", fu.id, f"incident {inc.number}: opvolging {Track(track).value}"
            )
            unit.touched("incident", incident_id)
            return Created(fu.id, unit.changes)

    def _open_on_closed(self, inc: Any, status: FollowUpStatus) -> None:
        """A closed incident has no open follow-ups (it was closed only when none were): refuse one."""
        if status not in rules.DONE_STATUSES and IncidentStatus(inc.status) in rules.CLOSED_STATUSES:
            raise ValidationError(
                tr(
                    "services",
                    "Incident {n} is afgesloten: het heeft geen openstaande opvolging. Zet de status van het "
                    "incident eerst terug op ‘in behandeling’, of leg deze opvolging vast als gereed of n.v.t.",
                ).format(n=inc.number),
                field="status",
            )

    def open_follow_ups(self, incident_id: int) -> list[FollowUpView]:
        """The follow-ups that keep an incident from being closed (open or bezig)."""
        return [f for f in self.detail(incident_id).follow_ups if f.status not in rules.DONE_STATUSES]

    def close(
        self,
        incident_id: int,
        drop: Iterable[int] = (),
        reason: str = "",
        today: date | None = None,
    ) -> Changes:
        """Close the incident in one unit of work, setting the chosen open follow-ups to n.v.t. with the reason
        (each on the timeline). Follow-ups still open and not chosen keep it from closing (a Dutch message)."""
        today = today or date.today()
        chosen = list(dict.fromkeys(drop))
        why = clean_text(
            reason, tr("services", "de reden"), max_len=500, required=bool(chosen), field="reason"
        )
        with self.writing() as unit:
            repo = unit.repo(IncidentRepository)
            row = self.load(unit, incident_id)
            before = repo.draft(row)
            if before.status in rules.CLOSED_STATUSES:
                raise ValidationError(tr("services", "Dit incident is al afgesloten."), field="status")
            mine = {f.id: f for f in repo.follow_ups(row.id)}
            for fid in chosen:
                fu = mine.get(fid)
                if fu is None:
                    raise NotFound(tr("services", "Deze opvolging bestaat niet (meer)."))
                if FollowUpStatus(fu.status) in rules.DONE_STATUSES:
                    continue
                details = {**follow_up_details(fu), "nvt_reason": why}
                apply_follow_up(
                    fu,
                    FollowUpDraft(fu.title, fu.owner, fu.deadline, FollowUpStatus.NVT, today, details),
                )
                self._event(unit, row.id, "follow_up_dropped", title=fu.title, kind=fu.kind, r=why)
            self._today = today
            try:
                closed = replace(
                    before, status=IncidentStatus.AFGESLOTEN, closed_on=before.closed_on or today
                )
                d = self.validate(unit, closed, today, row)
                self._guard(unit, d, row)
                repo.update(row, d)
                self.updated(unit, row, before, d)
            finally:
                self._today = None
            n = len(chosen)
            unit.audit_record(
                "update",
                "incident",
                row.id,
                f"incident {row.number}: afgesloten" + (f", {n} opvolging(en) n.v.t." if n else ""),
            )
            return unit.changes

    def record_report(self, incident_id: int, purpose: str, pseudonymised: bool) -> None:
        """A report that left the app (exported or printed from the preview) is in the audit trail."""
        with self.writing() as unit:
            unit.audit(
                purpose,
                "incident",
                incident_id,
                "rapport" + (" (gepseudonimiseerd)" if pseudonymised else ""),
            )

    # --- lists ------------------------------------------------------------------------------------------

    def count(self, query: IncidentQuery) -> int:
        with self.reading() as repo:
            return repo.count(query)

    def page(self, query: IncidentQuery, offset: int, limit: int) -> list[IncidentRow]:
        with self.reading() as repo:
            return repo.page(query, offset, limit)

    def export(self, query: IncidentQuery, limit: int = 100_000) -> tuple[list[str], list[list[str]]]:
        """The incidents of `query` as a table for CSV/XLSX: the number, then every declared field
        (INCIDENT.column_names: Dutch labels), values as on paper (Dutch, whatever the UI language)."""
        with dutch(), self.reading() as repo:
            categories = repo.category_labels()
            rows = []
            for row in repo.page(query, 0, limit):
                inc = repo.require(row.id, self.missing)
                d = repo.draft(inc)
                people = PersonRepository(repo.session).by_ids(
                    [v.person_id for v in d.victims] + ([d.perpetrator_id] if d.perpetrator_id else [])
                )
                names = {pid: display_name(p.name, p.description) for pid, p in people.items()}
                labels: dict[str, Mapping[Any, str]] = {
                    "categories": categories,
                    "victims": names,
                    "perpetrator_id": names,
                }
                rows.append([inc.number, *INCIDENT.export_row(d, labels)])
            return ["Nummer", *INCIDENT.column_names()], rows

    def todo(self, today: date | None = None, limit: int = 500) -> list[TodoItem]:
        """Overdue and due follow-ups across all incidents (the 'Te doen' panel), most urgent first: overdue
        before due, then the most severe incident, then the earliest deadline. At most `limit`; the true
        numbers are `todo_counts`."""
        today = today or date.today()
        with self.reading() as repo:
            due = repo.due_follow_ups(today, today + timedelta(days=rules.DUE_SOON_DAYS), limit)
        out = []
        for d in due:
            state = rules.follow_up_state(FollowUpStatus(d.status), d.deadline, d.due_from, today)
            if state in ("overdue", "due"):
                victims = tuple(display_name(name, description) for name, description in d.victims)
                out.append(TodoItem(replace(d, title=rules.follow_up_title(d.kind, d.title)), state, victims))
        return out

    def todo_counts(self, today: date | None = None) -> TodoCounts:
        """How many follow-ups are overdue and how many are due now, counted in SQL (not capped)."""
        today = today or date.today()
        with self.reading() as repo:
            overdue, due = repo.due_counts(today, today + timedelta(days=rules.DUE_SOON_DAYS))
        return TodoCounts(overdue, due)


def _vocab_label(value: str | None) -> str:
    from veiligbestuur_desktop.domain.people import Relation

    return Relation(value).label if value else ""
