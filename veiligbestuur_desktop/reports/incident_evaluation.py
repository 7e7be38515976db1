"""The evaluation of one incident (step 7), VERTROUWELIJK: the incident in a few facts (number, dates,
categories, severity; no names), what went well, the lessons and the adjustments with their action points."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.charts import house_font
from veiligbestuur_desktop.reports.layout import (
    data_table,
    fmt_date,
    fmt_datetime,
    heading,
    kv_table,
    para,
    text,
)


@dataclass(frozen=True, slots=True)
class AdjustmentLine:
    text: str
    action: str  # the action point it became ("open, uiterlijk 01-03-2026 — griffier"), or ""


@dataclass(frozen=True, slots=True)
class IncidentEvaluationData:
    municipality: str
    generated_at: datetime
    number: str
    occurred_on: date
    closed_on: date | None
    categories: str
    severity: str
    status: str
    evaluated_on: date
    participants: str
    went_well: str
    lessons: str
    adjustments: tuple[AdjustmentLine, ...]


def build_story(data: IncidentEvaluationData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [Paragraph(text(f"Evaluatie incident {data.number}"), ss["Title"])]
    story.append(
        Paragraph(
            text(
                f"{municipality_title(data.municipality)} · geëvalueerd op {fmt_date(data.evaluated_on)} · "
                f"opgesteld op {fmt_datetime(data.generated_at)}"
            ),
            ss["Subtitle"],
        )
    )
    story.append(heading("Het incident", ss))
    story.append(
        house_font(
            kv_table(
                [
                    ("Nummer", data.number),
                    ("Datum incident", fmt_date(data.occurred_on)),
                    ("Afgesloten op", fmt_date(data.closed_on)),
                    ("Soort", data.categories),
                    ("Ernst", data.severity),
                    ("Status", data.status),
                ],
                ss,
            )
        )
    )
    story.append(heading("De evaluatie", ss))
    story.append(
        house_font(kv_table([("Datum", fmt_date(data.evaluated_on)), ("Deelnemers", data.participants)], ss))
    )
    for title, body in (("Wat ging goed", data.went_well), ("Lessen", data.lessons)):
        story.append(heading(title, ss, level=2))
        story.append(para(body or "—", ss))
    story.append(heading("Aanpassingen", ss, level=2))
    if data.adjustments:
        story.append(
            house_font(
                data_table(
                    ["Aanpassing", "Actiepunt"],
                    [[a.text, a.action or "nog geen actiepunt"] for a in data.adjustments],
                    ss,
                    [0.6, 0.4],
                )
            )
        )
    else:
        story.append(para("Geen aanpassingen.", ss))
    return story


def render(data: IncidentEvaluationData) -> bytes:
    return layout.render(
        build_story(data),
        title=f"Evaluatie incident {data.number}",
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )
