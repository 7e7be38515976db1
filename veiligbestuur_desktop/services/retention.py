"""Retention and purge (issue 14, AVG art. 5 lid 1 sub e and art. 17), and the processing register text.

- `rules()` / `save_rule()`: the retention period per kind of record with its legal basis (defaults in
  domain.retention), audited;
- `due(today)`: the records whose period has passed, for a decision;
- `purge(...)`: removes the personal data of the chosen records for good, in one transaction: an incident is
  anonymised in place (status `geanonimiseerd`: texts, people, timeline, attachments gone; year, categories,
  severity and channel kept, so the annual figures stay true) and leaves a content-free tombstone; a person
  is deleted. Every change is audited with its record hash. Then the database is compacted (secure_delete is
  on, so freed pages are zeroed; VACUUM drops them from the file), and a new backup generation replaces
  today's automatic backup. The older automatic backups still hold the data: they are named and can be
  removed (`remove_backups`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import PersonKind, display_name
from veiligbestuur_desktop.domain.retention import RetentionRule, check_rule, due_since
from veiligbestuur_desktop.domain.rules import clean_text
from veiligbestuur_desktop.services import backup
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit, settings
from veiligbestuur_desktop.store import exchange as store

PROCESSING_REGISTER_KEY = "processing_register"

# The processing register (AVG art. 30) as sections; sensible Dutch defaults the coordinator adapts.
DEFAULT_REGISTER: tuple[tuple[str, str, str], ...] = (
    (
        "purpose",
        "Doel van de verwerking",
        "Het registreren, afhandelen en opvolgen van agressie, bedreiging en intimidatie tegen politieke "
        "ambtsdragers en hun naasten (Stappenplan beveiliging lokale bestuurders): opvang en nazorg, melding en "
        "aangifte, maatregelen tegen daders, en het zicht op herhaling en jaarcijfers.",
    ),
    (
        "controller",
        "Verwerkingsverantwoordelijke",
        "Het college van burgemeester en wethouders; de burgemeester voor de openbare-ordetaken. "
        "Contactpersoon: de veiligheidscoördinator. Functionaris gegevensbescherming: zie de website van de "
        "gemeente.",
    ),
    (
        "basis",
        "Rechtsgrond",
        "AVG art. 6 lid 1 sub c (wettelijke verplichting: zorgplicht als werkgever, Arbowet art. 3 lid 2) en "
        "sub e (taak van algemeen belang: openbare orde en veiligheid, Gemeentewet art. 172). Strafrechtelijke "
        "gegevens over daders: AVG art. 10 in samenhang met art. 33 UAVG (verwerking door een bestuursorgaan "
        "voor de bescherming van de eigen medewerkers en ambtsdragers en voor het melden en doen van aangifte). "
        "Bijzondere persoonsgegevens (politieke voorkeur) alleen als het slachtoffer die zelf noemt.",
    ),
    (
        "categories",
        "Categorieën betrokkenen en gegevens",
        "Ambtsdragers (naam, rol, termijn, contactgegevens, risicoprofiel), hun naasten (naam, relatie), daders "
        "en betrokkenen (naam of omschrijving, adres, geboortedatum, contacten, sancties), incidenten "
        "(datum, plaats, beschrijving, ernst, impact, afhandeling, bijlagen).",
    ),
    (
        "retention",
        "Bewaartermijnen",
        "Incidenten vijf jaar na afsluiten; daarna worden de persoonsgegevens verwijderd en blijven alleen jaar, "
        "categorie, ernst en kanaal over voor de jaarcijfers. Daders en betrokkenen vijf jaar na het laatste "
        "incident. Ambtsdragers en naasten twee jaar na het einde van de termijn.",
    ),
    (
        "recipients",
        "Ontvangers",
        "Politie en Openbaar Ministerie (melding en aangifte, met toestemming van het slachtoffer), het "
        "Ondersteuningsteam Weerbaar Bestuur en De Vertrouwenslijn (bij doorverwijzing), de veiligheidsregio "
        "(alleen geanonimiseerde aantallen). Geen doorgifte buiten de Europese Economische Ruimte.",
    ),
    (
        "security",
        "Beveiliging",
        "Versleutelde opslag (SQLCipher, AES-256) op een werkplek van de gemeente, toegang met wachtwoord of "
        "herstelsleutel, een audittrail met hashketen, versleutelde back-ups; exports alleen waar de gebruiker "
        "kiest en op verzoek gepseudonimiseerd.",
    ),
)


@dataclass(frozen=True, slots=True)
class DueRecord:
    kind: str  # "incident" | "person"
    id: int
    rule: str  # retention rule kind
    label: str  # incident number, or the person's display name (shown to the coordinator only)
    since: date  # the day the period ended


@dataclass(frozen=True)
class PurgeResult:
    incidents: int
    people: int
    tombstones: int
    new_backup: Path | None
    old_backups: list[Path] = field(default_factory=list)
    backup_problem: str = ""


class RetentionService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # --- rules ------------------------------------------------------------------------------------------

    def rules(self) -> list[RetentionRule]:
        with self.ws.reading() as s:
            return store.retention_rules(s)

    def save_rule(self, rule: RetentionRule) -> bool:
        rule = check_rule(rule)
        with self.ws.transaction() as s:
            changed = store.save_retention_rule(s, rule)
            if changed:
                self.ws.audit(
                    s,
                    "update",
                    "retention_rule",
                    rule.kind,
                    f"bewaartermijn {rule.kind}: {rule.years} jaar",
                    record=True,
                )
            return changed

    # --- what is due ----------------------------------------------------------------------------------

    def due(self, today: date | None = None) -> list[DueRecord]:
        today = today or date.today()
        with self.ws.reading() as s:
            rules = {r.kind: r for r in store.retention_rules(s)}
            closed = store.closed_incidents(s)
            # a person whom another register still names (a sanction, a risk analysis) waits for that record
            uses = [
                u
                for u in store.person_uses(s)
                if not set(store.person_references(s, u.id)) - {"incident_victim", "incident", "person"}
            ]
        out: list[DueRecord] = []
        years = rules["incident"].years
        for inc in closed:
            start = inc.closed_on
            since = due_since(start, years) if start is not None else None
            if since is None:  # closed without a date: the year's end counts
                since = due_since(date(inc.year, 12, 31), years)
            if since is not None and since <= today:
                out.append(DueRecord("incident", inc.id, "incident", inc.number, since))
        ambts = {u.id: u for u in uses if u.kind == PersonKind.AMBTSDRAGER.value}
        due_ambts: set[int] = set()
        for u in ambts.values():
            if u.live_incidents or u.term_end is None:
                continue
            since = due_since(u.term_end, rules["ambtsdrager"].years)
            if since is not None and since <= today:
                due_ambts.add(u.id)
                out.append(
                    DueRecord("person", u.id, "ambtsdrager", display_name(u.name, u.description), since)
                )
        for u in uses:
            if u.live_incidents:
                continue
            if u.kind == PersonKind.NAASTE.value and u.related_to_id in due_ambts:
                out.append(
                    DueRecord(
                        "person",
                        u.id,
                        "ambtsdrager",
                        display_name(u.name, u.description),
                        due_since(ambts[u.related_to_id].term_end, rules["ambtsdrager"].years) or today,
                    )
                )
            elif u.kind == PersonKind.BETROKKENE.value:
                start = max(d for d in (u.last_incident, u.changed_on) if d is not None)
                since = due_since(start, rules["betrokkene"].years)
                if since is not None and since <= today:
                    out.append(
                        DueRecord("person", u.id, "betrokkene", display_name(u.name, u.description), since)
                    )
        return sorted(out, key=lambda r: (r.kind != "incident", r.since, r.id))

    # --- the purge ------------------------------------------------------------------------------------

    def purge(
        self,
        incident_ids: list[int],
        person_ids: list[int],
        today: date | None = None,
        progress: Callable[[int, int], None] | None = None,
        *,
        new_backup: bool = True,
    ) -> PurgeResult:
        """Remove the personal data of these records for good (see the module text). Only records that are
        due (`due`) may be purged; anything else is refused before anything changes."""
        today = today or date.today()
        due = {(r.kind, r.id) for r in self.due(today)}
        not_due = [i for i in incident_ids if ("incident", i) not in due] + [
            p for p in person_ids if ("person", p) not in due
        ]
        if not_due:
            raise ValidationError(
                tr(
                    "retention",
                    "{n} van de gekozen gegevens zijn nog niet aan de beurt (de bewaartermijn loopt nog, of ze "
                    "zijn al opgeschoond). Vernieuw de lijst en kies opnieuw; er is niets verwijderd.",
                ).format(n=len(not_due))
            )
        if not incident_ids and not person_ids:
            raise ValidationError(tr("retention", "Kies eerst welke gegevens worden opgeschoond."))
        total = len(incident_ids) + len(person_ids)
        done = 0
        deleted_people = 0
        tombs = 0
        linked_deleted = linked_kept = 0
        with self.ws.transaction() as s:
            entries: list[audit.NewEntry] = []
            perpetrators: set[int] = set()
            for iid in incident_ids:
                perpetrators |= set(store.person_links(s, iid))
                attachments, tomb = store.anonymise_incident(s, iid, today)
                entries += [
                    audit.NewEntry("delete", "attachment", a, "opgeschoond", record=True) for a in attachments
                ]
                entries.append(
                    audit.NewEntry("purge", "incident", iid, "geanonimiseerd (bewaartermijn)", record=True)
                )
                entries += [
                    audit.NewEntry("create", "purge_tombstone", t, "opgeschoond", record=True) for t in tomb
                ]
                tombs += len(tomb)
                done += 1
                if progress is not None:
                    progress(done, total)
            # the records of the other registers that belong to a purged incident (an evaluation, a sanction,
            # a contact about it): their texts are about the incident's people, so they go too
            for linked in store.linked_tables(self._other_models()):
                gone, owners, still = store.delete_linked(s, linked, incident_ids)
                if linked.audited:
                    entries += [
                        audit.NewEntry(
                            "purge", linked.audited, k, "opgeschoond met het incident", record=True
                        )
                        for k in gone
                    ]
                if linked.part_of:  # a part of another record (a person's contact log): that record changed
                    entries += [
                        audit.NewEntry(
                            "update", linked.part_of[0], k, "opgeschoond met een incident", record=True
                        )
                        for k in owners
                    ]
                linked_deleted += len(gone)
                linked_kept += still
            # people: the chosen ones, and betrokkenen that only the purged incidents named
            wanted = list(dict.fromkeys(person_ids))
            for pid in sorted(perpetrators - set(wanted)):
                if store.person_kind(s, pid) == PersonKind.BETROKKENE.value and not store.person_referenced(
                    s, pid
                ):
                    wanted.append(pid)
            # naasten before their ambtsdrager
            wanted.sort(key=lambda p: store.person_kind(s, p) != PersonKind.NAASTE.value)
            for pid in wanted:
                if store.person_referenced(s, pid):
                    raise ValidationError(
                        tr(
                            "retention",
                            "Een gekozen persoon is nog gekoppeld aan een incident of een naaste. Schoon die eerst op; "
                            "er is niets verwijderd.",
                        )
                    )
                if store.delete_person(s, pid):
                    entries.append(
                        audit.NewEntry("purge", "person", pid, "verwijderd (bewaartermijn)", record=True)
                    )
                    deleted_people += 1
                done += 1
                if progress is not None:
                    progress(min(done, total), total)
            store.compact(s)
            self.ws.audit(
                s,
                "purge",
                "retention",
                today.isoformat(),
                f"opgeschoond na de bewaartermijn: {len(incident_ids)} incidenten geanonimiseerd, "
                f"{deleted_people} personen verwijderd, {linked_deleted} gekoppelde vastleggingen verwijderd"
                f"{f', {linked_kept} behouden (nog in gebruik)' if linked_kept else ''}",
            )
            audit.append_many(s, slot=self.ws.actor, entries=entries)
        self.compact_file()
        made: Path | None = None
        problem = ""
        if new_backup:
            made, problem = self._new_generation(today)
        return PurgeResult(len(incident_ids), deleted_people, tombs, made, self.old_backups(made), problem)

    @staticmethod
    def _other_models() -> list[Any]:
        """The models of the other steps' registers (services.exporter finds them)."""
        from veiligbestuur_desktop.services.exporter import exports

        return [spec.model for spec in exports().values() if spec.model is not None]

    def compact_file(self) -> None:
        """VACUUM and checkpoint the WAL, outside any transaction: the removed data leave the file."""
        engine = self.ws.vault.engine
        raw = engine.raw_connection()
        try:
            store.vacuum(raw.driver_connection)
        finally:
            raw.close()

    def _new_generation(self, today: date) -> tuple[Path | None, str]:
        """Replace today's automatic backup (made before the purge) by a fresh one."""
        target = backup.auto_dir(self.ws) / f"veiligbestuur-{today.isoformat()}{backup.SUFFIX}"
        target.unlink(missing_ok=True)
        try:
            made = backup.auto_backup(self.ws, today)
        except (UserFacingError, OSError) as exc:
            message = (
                exc.message if isinstance(exc, UserFacingError) else (exc.strerror or type(exc).__name__)
            )
            return None, tr("retention", "De nieuwe back-up is niet gelukt: {m}").format(m=message)
        return made, ""

    def old_backups(self, keep: Path | None = None) -> list[Path]:
        """Automatic backups other than the newest generation: made before the last purge, they may still
        hold the purged data."""
        directory = backup.auto_dir(self.ws)
        if not directory.is_dir():
            return []
        return sorted(
            p for p in directory.iterdir() if p.name.endswith(backup.SUFFIX) and (keep is None or p != keep)
        )

    def remove_backups(self, paths: list[Path]) -> int:
        """Remove automatic backups that still hold purged data (only files in the automatic backup folder)."""
        directory = backup.auto_dir(self.ws).resolve()
        removed = 0
        for p in paths:
            p = Path(p)
            if p.resolve().parent != directory or not p.name.endswith(backup.SUFFIX):
                raise UserFacingError(
                    tr("retention", "Alleen automatische back-ups in de kluismap kunnen hier weg.")
                )
            if p.exists():
                p.unlink()
                removed += 1
        with self.ws.transaction() as s:
            self.ws.audit(
                s,
                "delete",
                "backup",
                "auto",
                f"{removed} oudere automatische back-ups verwijderd na opschonen",
            )
        return removed

    def tombstones(self) -> list[tuple[int, str, int, str, date]]:
        with self.ws.reading() as s:
            return [
                (t.year, t.categories, t.severity_level, t.channel, t.purged_on) for t in store.tombstones(s)
            ]

    # --- the processing register ------------------------------------------------------------------------

    def processing_register(self) -> list[tuple[str, str, str]]:
        """(key, heading, text) of the processing register; the coordinator's text or the default."""
        with self.ws.reading() as s:
            raw = settings.get(s, PROCESSING_REGISTER_KEY)
        try:
            stored = json.loads(raw) if raw else {}
        except ValueError:
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        return [(k, h, str(stored.get(k) or text)) for k, h, text in DEFAULT_REGISTER]

    def save_processing_register(self, texts: dict[str, str]) -> None:
        known = {k for k, _h, _t in DEFAULT_REGISTER}
        out: dict[str, str] = {}
        for key, heading, _default in DEFAULT_REGISTER:
            value = clean_text(
                texts.get(key, ""), heading.lower(), max_len=5000, required=True, multiline=True, field=key
            )
            out[key] = value
        unknown = set(texts) - known
        if unknown:
            raise ValidationError(tr("retention", "Onbekend onderdeel van het verwerkingsregister."))
        with self.ws.transaction() as s:
            settings.put(s, PROCESSING_REGISTER_KEY, json.dumps(out, ensure_ascii=False, sort_keys=True))
            self.ws.audit(s, "update", "settings", PROCESSING_REGISTER_KEY, "verwerkingsregister bijgewerkt")
