"""Step 6 use cases: register, edit and follow up incidents; the list; what is due."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta

from veiligbestuur_desktop.domain import incidents as rules
from veiligbestuur_desktop.domain.errors import NotFound, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.incidents import (
    AimedAt,
    Channel,
    CheckItem,
    Experienced,
    FollowUpDraft,
    FollowUpStatus,
    IncidentDraft,
    IncidentStatus,
    PerpetratorType,
    Track,
    VictimDraft,
)
from veiligbestuur_desktop.domain.people import PersonKind, Role, display_name
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import attachments as attachment_store
from veiligbestuur_desktop.store import incidents as store
from veiligbestuur_desktop.store import persons as person_store
from veiligbestuur_desktop.store import settings
from veiligbestuur_desktop.store.incidents import DueFollowUp, IncidentQuery, IncidentRow

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


@dataclass(frozen=True, slots=True)
class TodoItem:
    due: DueFollowUp
    state: str  # overdue / due


class IncidentService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # --- reference data ---------------------------------------------------------------------------------

    def categories(self, active_only: bool = True) -> list[tuple[str, str]]:
        with self.ws.reading() as s:
            return [(c.code, c.label) for c in store.categories(s, active_only)]

    def years(self) -> list[int]:
        with self.ws.reading() as s:
            return store.years(s)

    def coordinator(self) -> str:
        with self.ws.reading() as s:
            return settings.get(s, settings.COORDINATOR)

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

    # --- registering and editing ------------------------------------------------------------------------

    def _validate(self, s, draft: IncidentDraft, today: date | None) -> IncidentDraft:  # type: ignore[no-untyped-def]
        known = {c.code for c in store.categories(s)}
        d = rules.check_incident(draft, known, today)
        people = person_store.names(s, [v.person_id for v in d.victims])
        for v in d.victims:
            p = people.get(v.person_id)
            if p is None or p.kind not in (PersonKind.AMBTSDRAGER.value, PersonKind.NAASTE.value):
                raise ValidationError(
                    tr("services", "Een slachtoffer moet een ambtsdrager of een naaste zijn."),
                    field="victims",
                )
        if d.perpetrator_id is not None:
            p = person_store.get(s, d.perpetrator_id)
            if p is None or p.kind != PersonKind.BETROKKENE.value:
                raise ValidationError(
                    tr("services", "Kies als dader een betrokkene uit de lijst met personen."),
                    field="perpetrator_id",
                )
        return d

    def register(self, draft: IncidentDraft, today: date | None = None) -> Registered:
        with self.ws.transaction() as s:
            d = self._validate(s, draft, today)
            planned = rules.planned_follow_ups(d.reported_on, d.perpetrator_known)
            inc = store.create(s, d, planned)
            store.add_event(s, inc.id, tr("services", "Incident geregistreerd"), self.ws.actor)
            self.ws.audit(
                s, "create", "incident", inc.id, f"incident {inc.number} geregistreerd", record=True
            )
            escalate = rules.escalation_advised(d.severity_level, d.channel, d.at_home)
            return Registered(inc.id, inc.number, escalate)

    def update(self, incident_id: int, draft: IncidentDraft, today: date | None = None) -> None:
        with self.ws.transaction() as s:
            inc = store.get(s, incident_id)
            if inc is None:
                raise NotFound(tr("services", "Dit incident bestaat niet (meer)."))
            before = self._draft(s, inc)
            rules.check_status_change(before.status, draft.status)
            d = self._validate(s, draft, today)
            changed = [f.name for f in fields(IncidentDraft) if getattr(before, f.name) != getattr(d, f.name)]
            if not changed:
                return
            store.update(s, inc, d)
            if before.status != d.status:
                store.add_event(
                    s,
                    inc.id,
                    tr("services", "Status gewijzigd naar ‘{s}’").format(s=d.status.label),
                    self.ws.actor,
                )
            else:
                store.add_event(s, inc.id, tr("services", "Gegevens bijgewerkt"), self.ws.actor)
            self.ws.audit(
                s, "update", "incident", inc.id, f"incident {inc.number}: {', '.join(changed)}", record=True
            )

    def set_status(self, incident_id: int, status: IncidentStatus, today: date | None = None) -> None:
        d = self.detail(incident_id).draft
        closed = d.closed_on
        if status in (IncidentStatus.AFGESLOTEN, IncidentStatus.GEEVALUEERD) and closed is None:
            closed = today or date.today()
        from dataclasses import replace

        self.update(incident_id, replace(d, status=status, closed_on=closed), today)

    def delete(self, incident_id: int) -> None:
        with self.ws.transaction() as s:
            inc = store.get(s, incident_id)
            if inc is None:
                raise NotFound(tr("services", "Dit incident bestaat niet (meer)."))
            number = inc.number
            attachments = [a.id for a in attachment_store.for_incident(s, incident_id)]
            store.delete_incident(s, inc)
            self.ws.audit(s, "delete", "incident", incident_id, f"incident {number} verwijderd", record=True)
            for aid in attachments:  # removed with the incident (cascade): each its own tombstone
                self.ws.audit(
                    s,
                    "delete",
                    "attachment",
                    aid,
                    f"incident {number}: bijlage verwijderd met het incident",
                    record=True,
                )

    # --- reading ----------------------------------------------------------------------------------------

    def _draft(self, s, inc) -> IncidentDraft:  # type: ignore[no-untyped-def]
        vics = store.victims(s, inc.id)
        return IncidentDraft(
            occurred_on=inc.occurred_on,
            reported_on=inc.reported_on,
            description=inc.description,
            categories=tuple(sorted(store.category_codes(s, inc.id))),
            channel=Channel(inc.channel),
            severity_level=inc.severity_level,
            severity_experienced=Experienced(inc.severity_experienced) if inc.severity_experienced else None,
            occurred_time=time.fromisoformat(inc.occurred_time) if inc.occurred_time else None,
            reported_by=inc.reported_by,
            received_by=inc.received_by,
            location=inc.location,
            at_home=inc.at_home,
            victims=tuple(
                VictimDraft(v.person_id, v.office_related, AimedAt(v.aimed_at))
                for v, _p in sorted(vics, key=lambda x: x[0].person_id)
            ),
            perpetrator_known=inc.perpetrator_known,
            perpetrator_id=inc.perpetrator_id,
            perpetrator_type=PerpetratorType(inc.perpetrator_type),
            perpetrator_description=inc.perpetrator_description,
            witnesses=inc.witnesses,
            impact=inc.impact,
            impact_injury=inc.impact_injury,
            impact_damage=inc.impact_damage,
            impact_absence=inc.impact_absence,
            impact_family=inc.impact_family,
            impact_avoidance=inc.impact_avoidance,
            status=IncidentStatus(inc.status),
            closed_on=inc.closed_on,
        )

    def id_for_number(self, number: str) -> int:
        with self.ws.reading() as s:
            inc = store.by_number(s, number)
            if inc is None:
                raise NotFound(
                    tr(
                        "services",
                        "Incident {n} bestaat niet. Controleer het nummer (bijvoorbeeld 2026-014).",
                    ).format(n=number.strip()[:20])
                )
            return inc.id

    def detail(self, incident_id: int, today: date | None = None) -> IncidentDetail:
        today = today or date.today()
        with self.ws.reading() as s:
            inc = store.get(s, incident_id)
            if inc is None:
                raise NotFound(tr("services", "Dit incident bestaat niet (meer)."))
            draft = self._draft(s, inc)
            labels = store.category_labels(s)
            victims = []
            for v, p in store.victims(s, inc.id):
                victims.append(
                    VictimView(
                        p.id,
                        display_name(p.name, p.description),
                        self._describe(s, p),
                        v.office_related,
                        AimedAt(v.aimed_at),
                    )
                )
            perpetrator = ""
            if inc.perpetrator_id is not None:
                perp = person_store.get(s, inc.perpetrator_id)
                perpetrator = display_name(perp.name, perp.description) if perp else ""
            fus = []
            for fu in store.follow_ups(s, inc.id):
                status = FollowUpStatus(fu.status)
                fus.append(
                    FollowUpView(
                        fu.id,
                        Track(fu.track),
                        fu.kind,
                        fu.title,
                        fu.owner,
                        fu.deadline,
                        fu.due_from,
                        status,
                        fu.done_on,
                        store.follow_up_details(fu),
                        rules.follow_up_state(status, fu.deadline, fu.due_from, today),
                    )
                )
            atts = tuple(
                AttachmentInfo(
                    a.id, a.filename, a.mime, a.size, a.sha256, a.description, a.added_at, a.added_by
                )
                for a in attachment_store.for_incident(s, inc.id)
            )
            events = tuple(EventView(e.at, e.what, e.by) for e in store.events(s, inc.id))
            return IncidentDetail(
                id=inc.id,
                number=inc.number,
                draft=draft,
                victims=tuple(victims),
                perpetrator_name=perpetrator,
                categories=tuple((c, labels.get(c, c)) for c in draft.categories),
                checks={code: (c.done_on, c.by) for code, c in store.checks(s, inc.id).items()},
                follow_ups=tuple(fus),
                attachments=atts,
                events=events,
                created_at=inc.created_at,
                escalation_advised=rules.escalation_advised(
                    draft.severity_level, draft.channel, draft.at_home
                ),
            )

    def _describe(self, s, p) -> str:  # type: ignore[no-untyped-def]
        if p.kind == PersonKind.AMBTSDRAGER.value:
            return Role(p.role).label if p.role else PersonKind.AMBTSDRAGER.label
        if p.kind == PersonKind.NAASTE.value:
            of = person_store.get(s, p.related_to_id) if p.related_to_id else None
            rel = _vocab_label(p.relation)
            base = tr("services", "naaste ({rel})").format(rel=rel) if rel else tr("services", "naaste")
            if of is not None:
                base += " " + tr("services", "van {name}").format(name=of.name)
            return base
        return PersonKind(p.kind).label

    # --- handling checklist and follow-ups ----------------------------------------------------------------

    def set_check(
        self, incident_id: int, code: CheckItem, done_on: date | None, today: date | None = None
    ) -> None:
        today = today or date.today()
        if done_on is not None and done_on > today:
            raise ValidationError(
                tr("services", "De datum van afvinken ligt in de toekomst."), field="done_on"
            )
        with self.ws.transaction() as s:
            inc = store.get(s, incident_id)
            if inc is None:
                raise NotFound(tr("services", "Dit incident bestaat niet (meer)."))
            store.set_check(s, incident_id, CheckItem(code).value, done_on, self.ws.actor)
            what = (
                tr("services", "Afgevinkt: {item}").format(item=CheckItem(code).label)
                if done_on
                else tr("services", "Vinkje weggehaald: {item}").format(item=CheckItem(code).label)
            )
            store.add_event(s, incident_id, what, self.ws.actor)
            self.ws.audit(
                s,
                "update",
                "incident",
                incident_id,
                f"incident {inc.number}: checklist {CheckItem(code).value}",
                record=True,
            )

    def update_follow_up(self, follow_up_id: int, draft: FollowUpDraft, today: date | None = None) -> None:
        with self.ws.transaction() as s:
            fu = store.get_follow_up(s, follow_up_id)
            if fu is None:
                raise NotFound(tr("services", "Deze opvolging bestaat niet (meer)."))
            d = rules.check_follow_up(Track(fu.track), draft, today)
            old_status = fu.status
            store.apply_follow_up(fu, d)
            inc = store.get(s, fu.incident_id)
            assert inc is not None
            if old_status != d.status.value:
                store.add_event(
                    s,
                    fu.incident_id,
                    tr("services", "{title}: {status}").format(title=d.title, status=d.status.label),
                    self.ws.actor,
                )
            self.ws.audit(
                s, "update", "follow_up", fu.id, f"incident {inc.number}: opvolging {fu.track}", record=True
            )

    def add_follow_up(
        self, incident_id: int, track: Track, draft: FollowUpDraft, today: date | None = None
    ) -> int:
        d = rules.check_follow_up(track, draft, today)
        with self.ws.transaction() as s:
            inc = store.get(s, incident_id)
            if inc is None:
                raise NotFound(tr("services", "Dit incident bestaat niet (meer)."))
            fu = store.add_follow_up(s, incident_id, track.value, "extra", d)
            store.add_event(
                s, incident_id, tr("services", "Opvolging toegevoegd: {t}").format(t=d.title), self.ws.actor
            )
            self.ws.audit(
                s,
                "create",
                "follow_up",
                fu.id,
                f"incident {inc.number}: opvolging {track.value}",
                record=True,
            )
            return fu.id

    # --- lists ------------------------------------------------------------------------------------------

    def count(self, query: IncidentQuery) -> int:
        with self.ws.reading() as s:
            return store.count(s, query)

    def page(self, query: IncidentQuery, offset: int, limit: int) -> list[IncidentRow]:
        with self.ws.reading() as s:
            return store.page(s, query, offset, limit)

    def todo(self, today: date | None = None, limit: int = 500) -> list[TodoItem]:
        """Due and overdue follow-ups across all incidents (the 'Te doen' panel)."""
        today = today or date.today()
        with self.ws.reading() as s:
            due = store.due_follow_ups(s, today, today + timedelta(days=rules.DUE_SOON_DAYS), limit)
        out = []
        for d in due:
            state = rules.follow_up_state(FollowUpStatus(d.status), d.deadline, d.due_from, today)
            if state in ("overdue", "due"):
                out.append(TodoItem(d, state))
        out.sort(key=lambda t: (t.state != "overdue", t.due.deadline or today, t.due.number))
        return out


def _vocab_label(value: str | None) -> str:
    from veiligbestuur_desktop.domain.people import Relation

    return Relation(value).label if value else ""
