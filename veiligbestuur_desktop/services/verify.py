"""`verify`: integrity of the encrypted file, and of the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from veiligbestuur_desktop.domain.i18n import tr
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


def verify(ws: Workspace) -> VerifyReport:
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
    with ws.reading() as s:
        report = audit.verify_chain(s)
    checks.append(
        Check(
            tr("services", "Audittrail (hashketen)"),
            report.ok,
            tr("services", "{n} regels").format(n=report.entries)
            if report.ok
            else tr("services", "eerste verbroken schakel bij regel {id} ({reason})").format(
                id=report.first_broken_id, reason=report.reason
            ),
        )
    )
    current = migrate.current_revision(ws.vault.engine)
    head = migrate.head_revision()
    checks.append(
        Check(
            tr("services", "Schemaversie"),
            current == head,
            str(current) if current == head else f"{current} ≠ {head}",
        )
    )
    return VerifyReport(tuple(checks))
