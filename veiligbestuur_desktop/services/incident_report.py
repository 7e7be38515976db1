"""Builds the incident report's plain data from the store (pseudonymising where asked) and renders it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from veiligbestuur_desktop.domain.i18n import dutch
from veiligbestuur_desktop.domain.incidents import (
    DETAIL_FIELDS,
    INCIDENT,
    CheckItem,
    Track,
    aangifte_warnings,
    detail_label,
    escalation_advice,
)
from veiligbestuur_desktop.domain.people import initials
from veiligbestuur_desktop.domain.vocab import AuditAction
from veiligbestuur_desktop.reports.incident_data import (
    AttachmentLine,
    AuditLine,
    ChecklistTick,
    FollowUpLine,
    IncidentReportData,
    TimelineEvent,
    VictimLine,
)
from veiligbestuur_desktop.services.incidents import IncidentDetail, IncidentService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit, settings
from veiligbestuur_desktop.store.persons import PersonRepository


class Pseudonymiser:
    """Replaces every known full name (and each name part of 3+ letters) by initials, also inside free text."""

    def __init__(self, names: list[str]) -> None:
        self.map: dict[str, str] = {}
        for n in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
            self.map[n] = initials(n)
        parts: dict[str, str] = {}
        for n in self.map:
            for part in re.split(r"[\s\-]+", n):
                if len(part) >= 3 and part[0].isupper():
                    parts.setdefault(part, part[0] + ".")
        self.parts = parts
        keys = [*self.map, *sorted(parts, key=len, reverse=True)]
        self.pattern = re.compile("|".join(rf"\b{re.escape(k)}\b" for k in keys)) if keys else None

    def __call__(self, value: str) -> str:
        if not value or self.pattern is None:
            return value
        return self.pattern.sub(lambda m: self.map.get(m.group(0)) or self.parts[m.group(0)], value)


class IncidentReportService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.incidents = IncidentService(ws)

    def data(
        self, incident_id: int, *, pseudonymise: bool = False, today: date | None = None
    ) -> IncidentReportData:
        with dutch():  # a document is always Dutch, whatever the UI language
            return self._data(incident_id, pseudonymise, today or date.today())

    def _data(self, incident_id: int, pseudonymise: bool, today: date) -> IncidentReportData:
        d: IncidentDetail = self.incidents.detail(incident_id, today)
        with self.ws.reading() as s:
            municipality = settings.get(s, settings.MUNICIPALITY)
            entries = audit.entries_for(s, "incident", incident_id)
            fu_ids = [f.id for f in d.follow_ups]
            att_ids = [a.id for a in d.attachments]
            extra = [
                e
                for t, ids in (("follow_up", fu_ids), ("attachment", att_ids))
                for i in ids
                for e in audit.entries_for(s, t, i)
            ]
            # real names only: a description of an unknown person ("man met capuchon") is not a name
            people_names: list[str] = []
            people = PersonRepository(s)
            linked = [v.person_id for v in d.victims]
            if d.draft.perpetrator_id is not None:
                linked.append(d.draft.perpetrator_id)
            for pid in linked:
                p = people.get(pid)
                if p is None:
                    continue
                people_names.append(p.name)
                if p.related_to_id:  # the ambtsdrager a naaste belongs to is named in the role text
                    of = people.get(p.related_to_id)
                    if of is not None:
                        people_names.append(of.name)
            people_names += [d.draft.reported_by, d.draft.received_by]
        entries = sorted([*entries, *extra], key=lambda e: e.id)
        px = Pseudonymiser(people_names) if pseudonymise else (lambda v: v)
        draft = d.draft
        fus = []
        for f in d.follow_ups:
            labels = dict(DETAIL_FIELDS[f.track])
            order = {k: n for n, k in enumerate(labels)}  # as declared, not as stored (JSON keys sort)
            details = tuple(
                (labels.get(k, k), px(detail_label(k, v)))
                for k, v in sorted(f.details.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
                if v
            )
            track = f.track.label + ("" if f.title == f.track.label else f": {px(f.title)}")
            fus.append(
                FollowUpLine(track, px(f.owner), f.deadline, f.status.label, f.state == "overdue", details)
            )
        timeline = [TimelineEvent(e.at, px(e.what), px(e.by)) for e in d.events]
        notes = list(
            dict.fromkeys(
                w
                for f in d.follow_ups
                if f.track == Track.AANGIFTE
                for w in aangifte_warnings(f.details, draft.perpetrator_type)
            )
        )
        fact_labels: dict[str, Mapping[Any, str]] = {
            "categories": dict(d.categories),
            "victims": {v.person_id: v.name for v in d.victims},
            "perpetrator_id": {draft.perpetrator_id: d.perpetrator_name} if draft.perpetrator_id else {},
        }
        facts = INCIDENT.facts(draft, fact_labels, translate=False, skip=("victims",))
        texts = INCIDENT.facts(draft, fact_labels, translate=False, long_text=True)
        return IncidentReportData(
            municipality=municipality,
            number=d.number,
            generated_at=datetime.now(UTC),
            facts=tuple((label, px(value)) for label, value in facts),
            texts=tuple((label, px(value)) for label, value in texts),
            victims=tuple(
                VictimLine(px(v.name), px(v.description), v.office_related, v.aimed_at.label)
                for v in d.victims
            ),
            checklist=tuple(
                ChecklistTick(
                    c.label,
                    d.checks[c.value][0] if c.value in d.checks else None,
                    px(d.checks[c.value][1]) if c.value in d.checks else "",
                )
                for c in CheckItem
            ),
            follow_ups=tuple(fus),
            timeline=tuple(timeline),
            attachments=tuple(
                AttachmentLine(
                    a.filename if not pseudonymise else px(a.filename),
                    a.size,
                    a.sha256,
                    a.added_at,
                    px(a.description),
                )
                for a in d.attachments
            ),
            audit=tuple(
                AuditLine(datetime.fromisoformat(e.ts), e.slot, AuditAction(e.action).label, e.summary)
                for e in entries
            ),
            pseudonymised=pseudonymise,
            escalation=escalation_advice(translate=False) if d.escalation_advised else "",
            notes=tuple(notes),
        )

    def render(
        self,
        incident_id: int,
        *,
        pseudonymise: bool = False,
        password: str | None = None,
        purpose: str = "export",
    ) -> bytes:
        """PDF bytes of the report; records `purpose` ("export", "print" or "preview" = no audit) in the audit trail."""
        from veiligbestuur_desktop.reports.incident_report import render_incident_report
        from veiligbestuur_desktop.reports.layout import stamped_audit_head

        data = self.data(incident_id, pseudonymise=pseudonymise)
        if purpose not in ("export", "print"):
            with self.ws.reading() as s:
                head = audit.chain_head(s)
            with stamped_audit_head(head.count, head.hash):
                return render_incident_report(data, password=password or None)
        # the document carries the chain head that includes its own export entry (an anchor on paper)
        with self.ws.transaction() as s:
            kind = "gepseudonimiseerd " if pseudonymise else ""
            self.ws.audit(s, purpose, "incident", incident_id, f"incident {data.number}: {kind}rapport")
            head = audit.chain_head(s)
            with stamped_audit_head(head.count, head.hash):
                return render_incident_report(data, password=password or None)


__all__ = ["IncidentReportService", "Pseudonymiser", "Track"]
