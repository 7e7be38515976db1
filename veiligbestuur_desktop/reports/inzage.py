"""The inzage overview (AVG art. 15): everything the vault holds about one person, with third parties'
names pseudonymised, from a plain `InzageData` (filled by services.inzage). Also its JSON and CSV forms."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import data_table, fmt_datetime, heading, kv_table, para, text


@dataclass(frozen=True)
class InzageIncident:
    number: str
    role: str  # "slachtoffer" | "dader"
    facts: list[tuple[str, str]]
    texts: list[tuple[str, str]]  # (label, long text)
    follow_ups: list[list[str]]  # [titel, status, termijn, gegevens]
    attachments: list[list[str]]  # [bestandsnaam, grootte, toegevoegd op, SHA-256]


@dataclass(frozen=True)
class InzageRecord:
    """A record of another register that names the person or one of their incidents (a contact, a sanction,
    a risk analysis, an evaluation, ...)."""

    kind: str  # Dutch name of the kind, e.g. "Contactmoment"
    key: str
    facts: list[tuple[str, str]]


@dataclass(frozen=True)
class InzageData:
    municipality: str
    generated_at: datetime
    subject: str
    facts: list[tuple[str, str]]
    incidents: list[InzageIncident] = field(default_factory=list)
    records: list[InzageRecord] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # (relatie, pseudoniem)
    audit_count: int = 0
    pseudonyms: int = 0  # how many third parties got a pseudonym


NOTE = (
    "Dit overzicht bevat alle gegevens die de gemeente in VeiligBestuur over u heeft vastgelegd (AVG art. 15). "
    "Namen van anderen (andere slachtoffers, daders, getuigen, melders en medewerkers) zijn vervangen door "
    "‘Persoon 1’, ‘Persoon 2’, enzovoort."
)


def build_story(data: InzageData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [Paragraph(text(f"Inzageoverzicht {data.subject}"), ss["Title"])]
    story.append(
        Paragraph(
            text(f"{municipality_title(data.municipality)} · opgesteld op {fmt_datetime(data.generated_at)}"),
            ss["Subtitle"],
        )
    )
    story.append(para(NOTE, ss, "Small"))
    story.append(heading("Persoonsgegevens", ss))
    story.append(kv_table(data.facts, ss))
    if data.related:
        story.append(heading("Gekoppelde personen", ss, 2))
        story.append(kv_table(data.related, ss))
    story.append(heading(f"Incidenten ({len(data.incidents)})", ss))
    if not data.incidents:
        story.append(para("Er zijn geen incidenten over u vastgelegd.", ss))
    for inc in data.incidents:
        story.append(heading(f"Incident {inc.number} — als {inc.role}", ss, 2))
        story.append(kv_table(inc.facts, ss))
        for label, body in inc.texts:
            story.append(para(label, ss, "Label"))
            story.append(para(body, ss))
        if inc.follow_ups:
            story.append(para("Opvolging", ss, "Label"))
            story.append(
                data_table(
                    ["Opvolging", "Status", "Termijn", "Gegevens"],
                    inc.follow_ups,
                    ss,
                    [0.34, 0.12, 0.14, 0.4],
                )
            )
        if inc.attachments:
            story.append(para("Bijlagen (alleen genoemd)", ss, "Label"))
            story.append(
                data_table(
                    ["Bestand", "Grootte", "Toegevoegd", "SHA-256"],
                    inc.attachments,
                    ss,
                    [0.3, 0.12, 0.18, 0.4],
                )
            )
    story.append(heading(f"Overige vastleggingen ({len(data.records)})", ss))
    if not data.records:
        story.append(para("Er is verder niets over u vastgelegd (contacten, sancties, analyses).", ss))
    for rec in data.records:
        story.append(heading(f"{rec.kind} {rec.key}", ss, 2))
        story.append(kv_table(rec.facts, ss))
    story.append(heading("Verantwoording", ss))
    story.append(
        para(
            f"De audittrail bevat {data.audit_count} regel(s) over uw gegevens (wie wanneer iets vastlegde of "
            "wijzigde, zonder inhoud).",
            ss,
        )
    )
    return story


def render(data: InzageData) -> bytes:
    return layout.render(
        build_story(data),
        title=f"Inzageoverzicht {data.subject}",
        municipality=data.municipality,
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )


def to_json(data: InzageData) -> bytes:
    doc = asdict(data)
    doc["generated_at"] = data.generated_at.isoformat()
    doc["note"] = NOTE
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def to_csv(data: InzageData) -> bytes:
    """One line per value: onderdeel; incident; veld; waarde."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Onderdeel", "Incident", "Veld", "Waarde"])
    for label, value in data.facts:
        w.writerow(["Persoonsgegevens", "", label, value])
    for label, value in data.related:
        w.writerow(["Gekoppelde personen", "", label, value])
    for inc in data.incidents:
        w.writerow(["Incident", inc.number, "Rol", inc.role])
        for label, value in [*inc.facts, *inc.texts]:
            w.writerow(["Incident", inc.number, label, value])
        for fu in inc.follow_ups:
            w.writerow(["Opvolging", inc.number, fu[0], " · ".join(x for x in fu[1:] if x)])
        for att in inc.attachments:
            w.writerow(["Bijlage", inc.number, att[0], " · ".join(att[1:])])
    for rec in data.records:
        for label, value in rec.facts:
            w.writerow([rec.kind, rec.key, label, value])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
