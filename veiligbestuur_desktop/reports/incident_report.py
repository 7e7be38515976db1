"""The incident report: facts, victims, categories, severity, timeline, checklist, follow-ups, attachments
with their SHA-256, and the audit entries of this incident. Never a home address (the data has none)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.incident_data import IncidentReportData
from veiligbestuur_desktop.reports.layout import (
    data_table,
    fmt_date,
    fmt_datetime,
    fmt_size,
    heading,
    kv_table,
    para,
    text,
)


def _yes_no(value: bool | None) -> str:
    return {True: "ja", False: "nee", None: "onbekend"}[value]


def build_story(data: IncidentReportData) -> list[Flowable]:
    ss = layout.styles()
    title = f"Incidentrapport {data.number}"
    story: list[Flowable] = [Paragraph(text(title), ss["Title"])]
    sub = f"{municipality_title(data.municipality)} · opgesteld op {fmt_datetime(data.generated_at)}"
    if data.pseudonymised:
        sub += " · gepseudonimiseerd (initialen in plaats van namen)"
    story.append(Paragraph(text(sub), ss["Subtitle"]))
    if data.escalation:
        story.append(Paragraph(text(data.escalation), ss["Notice"]))

    story.append(heading("Feiten", ss))
    story.append(kv_table([("Nummer", data.number), *data.facts], ss))

    story.append(heading("Slachtoffers", ss))
    if data.victims:
        story.append(
            data_table(
                ["Naam", "Rol", "Verband met het ambt", "Gericht op"],
                [[v.name, v.role, _yes_no(v.office_related), v.aimed_at or "onbekend"] for v in data.victims],
                ss,
                [0.3, 0.34, 0.18, 0.18],
            )
        )
    else:
        story.append(para("Geen slachtoffers vastgelegd.", ss))

    for label, body in data.texts:
        story.append(heading(label, ss))
        story.append(para(body, ss))
    story.append(heading("Afhandeling (stap 6)", ss))
    story.append(
        data_table(
            ["Onderdeel", "Datum", "Door"],
            [[c.label, fmt_date(c.done_on) if c.done_on else "nog niet", c.by] for c in data.checklist],
            ss,
            [0.6, 0.15, 0.25],
        )
    )

    if data.notes:
        story.append(heading("Aandachtspunten", ss))
        for note in data.notes:
            story.append(para(note, ss))

    story.append(heading("Opvolging", ss))
    if data.follow_ups:
        rows = []
        late = []
        for i, f in enumerate(data.follow_ups):
            details = "; ".join(f"{k} {v}" if k.endswith("?") else f"{k}: {v}" for k, v in f.details)
            rows.append(
                [
                    f.track,
                    f.owner,
                    fmt_date(f.deadline) + (" (verlopen)" if f.overdue else ""),
                    f.status,
                    details,
                ]
            )
            if f.overdue:
                late.append(i)
        story.append(
            data_table(
                ["Spoor", "Verantwoordelijke", "Termijn", "Status", "Gegevens"],
                rows,
                ss,
                [0.23, 0.2, 0.15, 0.09, 0.33],
                highlight_rows=late,
            )
        )
    else:
        story.append(para("Geen opvolging vastgelegd.", ss))

    story.append(heading("Tijdlijn", ss))
    if data.timeline:
        story.append(
            data_table(
                ["Moment", "Gebeurtenis", "Door"],
                [[fmt_datetime(e.when), e.what, e.by] for e in data.timeline],
                ss,
                [0.2, 0.58, 0.22],
            )
        )
    else:
        story.append(para("Geen gebeurtenissen.", ss))

    story.append(heading("Bijlagen", ss))
    if data.attachments:
        rows2: list[list[str | Flowable]] = []
        for a in data.attachments:
            rows2.append(
                [
                    a.filename + (f" — {a.description}" if a.description else ""),
                    fmt_size(a.size_bytes),
                    fmt_datetime(a.added_at),
                    Paragraph(text(a.sha256), ss["Mono"]),
                ]
            )
        story.append(
            data_table(["Bestand", "Grootte", "Toegevoegd", "SHA-256"], rows2, ss, [0.3, 0.1, 0.17, 0.43])
        )
        story.append(
            para(
                "De SHA-256-waarde laat zien dat een bijlage sinds het vastleggen niet is veranderd.",
                ss,
                "Small",
            )
        )
    else:
        story.append(para("Geen bijlagen.", ss))

    story.append(heading("Audittrail van dit incident", ss))
    if data.audit:
        story.append(
            data_table(
                ["Moment", "Sleutel", "Handeling", "Samenvatting"],
                [[fmt_datetime(a.when), a.slot, a.action, a.summary] for a in data.audit],
                ss,
                [0.18, 0.17, 0.15, 0.5],
            )
        )
    else:
        story.append(para("Geen vermeldingen.", ss))
    story.append(layout.spacer(4))
    story.append(
        para(
            "Dit document bevat vertrouwelijke persoonsgegevens. Deel het alleen met wie het nodig heeft en "
            "bewaar het niet langer dan nodig. Woonadressen van slachtoffers staan nooit in dit rapport.",
            ss,
            "Small",
        )
    )
    return story


def render_incident_report(data: IncidentReportData, *, password: str | None = None) -> bytes:
    title = f"Incidentrapport {data.number}" + (" (gepseudonimiseerd)" if data.pseudonymised else "")
    pdf = layout.render(
        build_story(data), title=title, municipality=data.municipality, generated_at=data.generated_at
    )
    return layout.encrypt_pdf(pdf, password) if password else pdf
