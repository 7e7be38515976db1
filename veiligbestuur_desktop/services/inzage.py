"""Inzage (AVG art. 15): everything the vault holds about one person — the person's own data, every incident
in which they are victim or perpetrator (facts, texts, follow-ups, attachments listed), the contact log, the
people linked to them — with every third party's name replaced by a pseudonym ('Persoon 1', ...). As a PDF
(the registered document "inzage"), JSON and CSV. Every inzage export is audited."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veiligbestuur_desktop.domain import exchange as ex
from veiligbestuur_desktop.domain.attachments import human_size
from veiligbestuur_desktop.domain.errors import NotFound
from veiligbestuur_desktop.domain.fields import FieldKind
from veiligbestuur_desktop.domain.i18n import dutch, tr
from veiligbestuur_desktop.domain.incidents import INCIDENT, FollowUpStatus, detail_label
from veiligbestuur_desktop.domain.people import PERSON, PersonKind, display_name
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.fsutil import check_output_target, write_output
from veiligbestuur_desktop.services.exporter import exports
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit
from veiligbestuur_desktop.store import exchange as store

if TYPE_CHECKING:  # the report modules load ReportLab: only when a document is made
    from veiligbestuur_desktop.reports.inzage import InzageData, InzageIncident, InzageRecord

STAFF = "medewerker van de gemeente"
WITNESSES = "(getuigen vastgelegd; namen weggelaten)"


class InzageService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def people(self) -> list[tuple[int, str, str]]:
        """(id, display name, kind label) of everyone in the register, for choosing whose data."""
        with self.ws.reading() as s:
            rows = store.all_people(s)
        return [(p.id, display_name(p.name, p.description), PersonKind(p.kind).label) for p in rows]

    def data(self, person_id: int, now: datetime | None = None) -> InzageData:
        from veiligbestuur_desktop.reports.inzage import InzageData, InzageIncident

        now = now or datetime.now(UTC)
        persons = PersonService(self.ws)
        incidents = IncidentService(self.ws)
        with dutch():
            subject = persons.get(person_id)
            with self.ws.reading() as s:
                everyone = {p.id: display_name(p.name, p.description) for p in store.all_people(s)}
                incident_ids = store.incidents_of_person(s, person_id)
                naasten = store.naasten_of(s, person_id)
                audit_count = len(audit.entries_for(s, "person", person_id))
                municipality = self.ws.info().municipality
            name = everyone.get(person_id, "")
            pseud = ex.Pseudonyms()
            labels = {pid: (name if pid == person_id else pseud(pid)) for pid in everyone}
            # every other name the register knows, replaced in free texts (longest first)
            others = {n: labels[pid] for pid, n in everyone.items() if pid != person_id and n}
            coordinator = self.ws.info().coordinator
            if coordinator and coordinator != name:
                others.setdefault(coordinator, STAFF)

            def clean(value: str) -> str:
                return ex.pseudonymise_text(value, others)

            facts: list[tuple[str, str]] = []
            for f in PERSON.applicable(subject):
                value = getattr(subject, f.name)
                shown = f.display(value, labels={"related_to_id": labels}.get(f.name), translate=False)
                facts.append((f.label, clean(shown) if f.name not in ("name",) else shown))
            related: list[tuple[str, str]] = []
            if subject.related_to_id is not None:
                related.append(("Naaste van", labels.get(subject.related_to_id, "")))
            for n in naasten:
                related.append(("Naaste", labels.get(n.id, "")))
            out_incidents: list[InzageIncident] = []
            for iid in incident_ids:
                det = incidents.detail(iid)
                d = det.draft
                role = "dader" if d.perpetrator_id == person_id else "slachtoffer"
                d = replace(
                    d,
                    reported_by=name
                    if d.reported_by and d.reported_by == name
                    else ("melder" if d.reported_by else ""),
                    received_by=STAFF if d.received_by else "",
                    witnesses=WITNESSES if d.witnesses.strip() else "",
                    perpetrator_description=clean(d.perpetrator_description),
                    location=clean(d.location),
                    description=clean(d.description),
                    impact=clean(d.impact),
                )
                cats = dict(det.categories)
                row_labels: dict[str, Mapping[Any, str]] = {
                    "categories": cats,
                    "victims": {**labels, **{v: labels.get(v.person_id, "") for v in d.victims}},
                    "perpetrator_id": labels,
                }
                inc_facts = [("Nummer", det.number), *INCIDENT.facts(d, row_labels, translate=False)]
                texts = INCIDENT.facts(d, row_labels, translate=False, long_text=True)
                follow_ups = [
                    [
                        clean(fu.title),
                        FollowUpStatus(fu.status).label,
                        format_date(fu.deadline),
                        clean("; ".join(f"{detail_label(k, v)}" for k, v in fu.details.items() if v)),
                    ]
                    for fu in det.follow_ups
                ]
                attachments = [
                    [clean(a.filename), human_size(a.size), format_date(a.added_at.date()), a.sha256]
                    for a in det.attachments
                ]
                out_incidents.append(
                    InzageIncident(det.number, role, inc_facts, texts, follow_ups, attachments)
                )
            numbers = dict(zip(incident_ids, [i.number for i in out_incidents], strict=True))
            records = self._records(person_id, labels, numbers, clean)
        return InzageData(
            municipality=municipality,
            generated_at=now,
            subject=name,
            facts=facts,
            incidents=out_incidents,
            records=records,
            related=related,
            audit_count=audit_count,
            pseudonyms=len(others),
        )

    def _records(
        self,
        person_id: int,
        labels: Mapping[Any, str],
        numbers: Mapping[int, str],
        clean: Callable[[str], str],
    ) -> list[InzageRecord]:
        """Records of the other registers that name the person (a PERSON or PERSONS field) or one of the
        person's incidents (an `incident_id`), with their facts as on paper and other people pseudonymised."""
        from veiligbestuur_desktop.reports.inzage import InzageRecord

        out: list[InzageRecord] = []
        with self.ws.reading() as s:
            for name, spec in exports().items():
                if name in ("incidents", "persons"):
                    continue
                kind = spec.kind
                people = [f.name for f in kind.fields if f.kind in (FieldKind.PERSON, FieldKind.PERSONS)]
                by_incident = [
                    f.name for f in kind.fields if f.kind == FieldKind.RECORD and f.name == "incident_id"
                ]
                if not people and not by_incident:
                    continue
                field_labels: dict[str, Mapping[Any, str]] = {f: labels for f in people}
                field_labels.update({f: numbers for f in by_incident})
                for key, d, _labels in spec.rows(s, False):
                    refs: set[Any] = set()
                    for f in people:
                        value = getattr(d, f)
                        refs |= set(value) if isinstance(value, (tuple, list)) else {value}
                    mine = person_id in refs or any(getattr(d, f) in numbers for f in by_incident)
                    if not mine:
                        continue
                    facts = kind.facts(d, field_labels, translate=False) + kind.facts(
                        d, field_labels, translate=False, long_text=True
                    )
                    label = kind.label[:1].upper() + kind.label[1:]
                    out.append(InzageRecord(label, key, [(k, clean(v)) for k, v in facts]))
        return out

    def pdf(self, person_id: int) -> bytes:
        from veiligbestuur_desktop.reports import inzage as report

        return report.render(self.data(person_id))

    def files(self, person_id: int) -> dict[str, bytes]:
        """The PDF, JSON and CSV of one inzage (the same data), by suffix."""
        from veiligbestuur_desktop.reports import inzage as report

        data = self.data(person_id)
        return {".pdf": report.render(data), ".json": report.to_json(data), ".csv": report.to_csv(data)}

    def export(self, person_id: int, folder: Path, *, force: bool = False) -> list[Path]:
        """Write inzage-<id>-<date>.pdf/.json/.csv into `folder` (never the data dir); audited."""
        folder = Path(folder)
        forbidden = [self.ws.vault.paths.data_dir]
        stem = f"inzage-{person_id}-{datetime.now().date().isoformat()}"
        targets = [folder / f"{stem}{suffix}" for suffix in (".pdf", ".json", ".csv")]
        for t in targets:
            check_output_target(t, force=force, forbidden=forbidden)
        files = self.files(person_id)
        self.record(person_id, "export")
        for t in targets:
            write_output(t, files[t.suffix], force=force, forbidden=forbidden)
        return targets

    def record(self, person_id: int, purpose: str) -> None:
        with self.ws.transaction() as s:
            self.ws.audit(s, purpose, "person", person_id, "inzageoverzicht (pdf, json, csv)")

    def require(self, person_id: int) -> None:
        with self.ws.reading() as s:
            if store.person_kind(s, person_id) is None:
                raise NotFound(tr("exchange", "Deze persoon bestaat niet (meer)."))
