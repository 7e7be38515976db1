"""The maatregelenplan for the college: every measure with its category, for whom, status (since when),
college decision, owner and cost, with totals. For third parties: no content of person analyses, and a
measure for a person shows neither its explanation nor any address (only what the college decides on)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.heat_map import HeatMapData, embedded, heat_map_story
from veiligbestuur_desktop.reports.layout import (
    data_table,
    fmt_date,
    fmt_datetime,
    fmt_euro,
    heading,
    para,
    text,
)


@dataclass(frozen=True, slots=True)
class MeasurePlanLine:
    title: str
    category: str
    for_whom: str  # "organisatie" or the office holder's name
    status: str
    status_since: date | None
    cost: Decimal | None
    decision: str  # "B&W 2026/112 van 12-03-2026" or ""
    owner: str
    analysis: str  # the analysis it answers; "persoonsgebonden analyse" for a person analysis
    description: str  # "" for a measure for a person


@dataclass(frozen=True, slots=True)
class MeasuresPlanData:
    municipality: str
    generated_at: datetime
    lines: list[MeasurePlanLine]
    totals: list[tuple[str, Decimal, int]] = field(default_factory=list)  # (status label, cost, count)
    heat_map: HeatMapData | None = None


TITLE = "Maatregelenplan veiligheid politieke ambtsdragers"


def _bold(value: str, ss: StyleSheet1) -> Paragraph:
    return Paragraph(text(value), ss["CellBold"])


def _row(m: MeasurePlanLine, ss: StyleSheet1) -> list[Flowable | str]:
    what = f"<b>{text(m.title)}</b><br/>{text(m.category)} · voor {text(m.for_whom)}"
    if m.analysis:
        what += f"<br/><font size=7.5>Antwoord op: {text(m.analysis)}</font>"
    if m.description:
        what += f"<br/><font size=7.5>{text(m.description)}</font>"
    status = text(m.status) + (
        f"<br/><font size=7.5>sinds {fmt_date(m.status_since)}</font>" if m.status_since else ""
    )
    return [
        Paragraph(what, ss["Cell"]),
        Paragraph(status, ss["Cell"]),
        fmt_euro(m.cost) or "—",
        m.decision or "—",
        m.owner or "—",
    ]


def build_story(data: MeasuresPlanData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [Paragraph(text(TITLE), ss["Title"])]
    story.append(
        Paragraph(
            text(
                f"{municipality_title(data.municipality)} · voor het college · opgesteld op "
                f"{fmt_datetime(data.generated_at)}"
            ),
            ss["Subtitle"],
        )
    )
    story.append(
        para(
            "Dit plan noemt de preventieve maatregelen (stap 2 van het Stappenplan) met hun kosten en status. "
            "Persoonsgebonden risicoanalyses staan er niet in; bij maatregelen voor een persoon staan alleen "
            "de gegevens waarover het college besluit.",
            ss,
        )
    )
    story.append(heading("Kosten per status", ss))
    total = sum((c for _s, c, _n in data.totals), Decimal(0))
    count = sum(n for _s, _c, n in data.totals)
    story.append(
        embedded(
            data_table(
                ["Status", "Aantal", "Kosten"],
                [[s, str(n), fmt_euro(c)] for s, c, n in data.totals]
                + [[_bold("Totaal", ss), _bold(str(count), ss), _bold(fmt_euro(total), ss)]],
                ss,
                [0.5, 0.2, 0.3],
            )
        )
    )
    story.append(heading("Maatregelen", ss))
    if not data.lines:
        story.append(para("Er zijn nog geen maatregelen vastgelegd.", ss))
    else:
        story.append(
            embedded(
                data_table(
                    ["Maatregel", "Status", "Kosten", "Collegebesluit", "Verantwoordelijke"],
                    [_row(m, ss) for m in data.lines],
                    ss,
                    [0.37, 0.14, 0.12, 0.17, 0.2],
                )
            )
        )
    if data.heat_map is not None:
        story.extend(heat_map_story(data.heat_map, ss, "Risicokaart (zonder persoonsgebonden analyses)"))
    return story


def render(data: MeasuresPlanData) -> bytes:
    return layout.render(
        build_story(data),
        title=TITLE,
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )
