"""`verify`: integrity of the encrypted file, of the audit chain, of the records against their audit entries,
and of the chain against anchors (heads recorded outside the database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy.exc

from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.services.anchor import Anchor
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit, migrate
from veiligbestuur_desktop.vault.database import cipher_integrity_check, integrity_check


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def lines(self) -> list[str]:
        mark = {True: tr("services", "in orde"), False: tr("services", "FOUT")}
        out = [f"{c.name}: {mark[c.ok]}" + (f" — {c.detail}" if c.detail else "") for c in self.checks]
        out.append(
            tr("services", "Resultaat: alle controles geslaagd.")
            if self.ok
            else tr(
                "services", "Resultaat: er zijn problemen gevonden. Zet zo nodig de nieuwste back-up terug."
            )
        )
        return out


def _kind_label(kind: str) -> str:
    return {
        "incident": tr("services", "incident"),
        "person": tr("services", "persoon"),
        "attachment": tr("services", "bijlage"),
        "plan_item": tr("services", "planonderdeel"),
    }.get(kind, kind)


def _problem_text(p: audit.RecordProblem) -> str:
    what = {
        "changed": tr("services", "gewijzigd zonder auditregel"),
        "no_entry": tr("services", "staat niet in de audittrail (buiten de applicatie toegevoegd)"),
        "missing": tr("services", "ontbreekt, maar de audittrail meldt geen verwijdering"),
        "present_after_delete": tr(
            "services", "bestaat weer, terwijl de audittrail het als verwijderd meldt"
        ),
    }.get(p.reason, p.reason)
    return f"{_kind_label(p.kind)} {p.key}: {what}"


def _records_check(report: audit.RecordReport) -> Check:
    name = tr("services", "Gegevens tegen audittrail")
    if report.ok:
        return Check(name, True, tr("services", "{n} records gedekt").format(n=report.covered))
    shown = "; ".join(_problem_text(p) for p in report.problems[:5])
    more = report.problem_count - min(5, len(report.problems))
    detail = tr("services", "{k} afwijking(en): {shown}").format(k=report.problem_count, shown=shown)
    if more > 0:
        detail += tr("services", " (en {n} meer)").format(n=more)
    return Check(name, False, detail)


def _anchor_check(anchor: Anchor, result: audit.HeadCheck) -> Check:
    name = tr("services", "Anker {source}").format(source=anchor.source)
    head = anchor.head
    if result.ok:
        return Check(
            name,
            True,
            tr("services", "regel {n} ({h}…) staat ongewijzigd in de audittrail").format(
                n=head.count, h=head.hash[:12]
            ),
        )
    if result.reason == "missing":
        detail = tr(
            "services",
            "regel {n} ontbreekt: de audittrail telt nog {c} regels (ingekort of vervangen na het anker)",
        ).format(n=head.count, c=result.current.count)
    else:
        detail = tr(
            "services",
            "regel {n} heeft een andere hash dan vastgelegd ({h}…): de audittrail is herschreven of vervangen",
        ).format(n=head.count, h=head.hash[:12])
    return Check(name, False, detail)


def _audit_checks(ws: Workspace, anchors: Sequence[Anchor]) -> list[Check]:
    chain_name = tr("services", "Audittrail (hashketen)")
    try:
        with ws.reading() as s:
            report = audit.verify_chain(s)
            records = audit.verify_records(s)
            heads = [(a, audit.check_head(s, a.head)) for a in anchors]
    except sqlalchemy.exc.DBAPIError as exc:  # a table dropped or changed behind the app's back
        unreadable = tr("services", "de audittrail kan niet worden gelezen ({error})").format(
            error=type(exc.orig).__name__
        )
        return [
            Check(chain_name, False, unreadable),
            *(
                Check(tr("services", "Anker {source}").format(source=a.source), False, unreadable)
                for a in anchors
            ),
        ]
    checks = [
        Check(
            chain_name,
            report.ok,
            tr("services", "{n} regels").format(n=report.entries)
            if report.ok
            else tr("services", "eerste verbroken schakel bij regel {id} ({reason})").format(
                id=report.first_broken_id, reason=report.reason
            ),
        ),
        _records_check(records),
    ]
    checks.extend(_anchor_check(a, r) for a, r in heads)
    return checks


def verify(ws: Workspace, anchors: Sequence[Anchor] = (), *, backups: bool = True) -> VerifyReport:
    """All checks; `anchors` (from `services.anchor.read_anchor`) are each proven to be in the chain; with
    `backups`, every backup file in `<data dir>/backups` is checked too (manifest, sizes, hashes)."""
    ws.vault.require_open()
    checks: list[Check] = []
    raw = ws.vault.engine.raw_connection()
    try:
        conn = raw.driver_connection
        structure = integrity_check(conn)
        checks.append(
            Check(
                tr("services", "Databasestructuur (integrity_check)"), not structure, "; ".join(structure[:3])
            )
        )
        problems = cipher_integrity_check(conn)
        checks.append(
            Check(
                tr("services", "Versleuteling (cipher_integrity_check)"),
                not problems,
                "" if not problems else tr("services", "{n} beschadigde pagina('s)").format(n=len(problems)),
            )
        )
    finally:
        raw.close()
    checks.extend(_audit_checks(ws, anchors))
    current = migrate.current_revision(ws.vault.engine)
    head = migrate.head_revision()
    checks.append(
        Check(
            tr("services", "Schemaversie"),
            current == head,
            str(current) if current == head else f"{current} ≠ {head}",
        )
    )
    if backups:
        checks.append(_backups_check(ws))
    return VerifyReport(tuple(checks))


def _backups_check(ws: Workspace) -> Check:
    from veiligbestuur_desktop.services.backup import check_backup_files  # backup imports verify

    found = check_backup_files(ws.vault.paths.data_dir)
    bad = [(p, problem) for p, problem in found if problem]
    return Check(
        tr("services", "Back-ups in de kluismap"),
        not bad,
        "; ".join(f"{p.name}: {problem}" for p, problem in bad)
        if bad
        else tr("services", "{n} back-up(s) in orde").format(n=len(found))
        if found
        else tr("services", "geen back-ups in de kluismap"),
    )
