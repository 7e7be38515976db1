"""Status van de maatregelen: step 2's measures and where each stood at the end of every quarter of a year,
with the counts per status per quarter as a table and a chart (vector). For the college, VERTROUWELIJK; a
measure for one office holder shows as 'persoonlijk', never with the name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.charts import bar_chart, house_font
from veiligbestuur_desktop.reports.layout import data_table as house_data_table
from veiligbestuur_desktop.reports.layout import fmt_datetime, heading, para, text

QUARTERS = ("1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal")


@dataclass(frozen=True, slots=True)
class MeasureLine:
    title: str
    category: str
    for_whom: str  # "organisatie" or "persoonlijk"
    owner: str
    quarters: tuple[str, str, str, str]  # the status at the end of each quarter ("—": not yet proposed)
    now: str


@dataclass(frozen=True, slots=True)
class MeasuresStatusData:
    municipality: str
    year: int
    generated_at: datetime
    statuses: tuple[str, ...]  # the status labels in the order of the flow
    counts: tuple[tuple[int, int, int, int], ...]  # per status: the count at the end of each quarter
    done: tuple[int, int, int, int]  # measures realised (or evaluated) at the end of each quarter
    lines: tuple[MeasureLine, ...]


def data_table(*args: Any, **kwargs: Any) -> Flowable:
    return house_font(house_data_table(*args, **kwargs))


def build_story(data: MeasuresStatusData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [Paragraph(text(f"Status van de maatregelen {data.year}"), ss["Title"])]
    story.append(
        Paragraph(
            text(
                f"{municipality_title(data.municipality)} · stap 2, preventieve maatregelen, per kwartaal · "
                f"opgesteld op {fmt_datetime(data.generated_at)}"
            ),
            ss["Subtitle"],
        )
    )
    if not data.lines:
        story.append(para("Er zijn nog geen maatregelen vastgelegd (stap 2).", ss))
        return story
    story.append(heading("Aantal maatregelen per status, aan het eind van elk kwartaal", ss))
    rows = [
        [label, *(str(n) for n in counts)] for label, counts in zip(data.statuses, data.counts, strict=True)
    ]
    story.append(data_table(["Status", *QUARTERS], rows, ss, [0.32, 0.17, 0.17, 0.17, 0.17]))
    story.append(
        KeepTogether(
            [
                heading("Gerealiseerd aan het eind van het kwartaal", ss, level=2),
                bar_chart(QUARTERS, data.done, height=45 * 2.83465),
            ]
        )
    )
    story.append(heading("Per maatregel", ss))
    small = ss["Small"]
    story.append(
        data_table(
            ["Maatregel", "Soort, voor", *("K1", "K2", "K3", "K4"), "Nu"],
            [
                [
                    m.title,
                    Paragraph(text(f"{m.category}, {m.for_whom}"), small),
                    *(Paragraph(text(q), small) for q in m.quarters),
                    Paragraph(text(m.now), small),
                ]
                for m in data.lines
            ],
            ss,
            [0.22, 0.13, 0.125, 0.125, 0.125, 0.125, 0.15],
        )
    )
    story.append(
        para(
            "‘—’: de maatregel was toen nog niet voorgesteld. Een maatregel voor één ambtsdrager staat er als "
            "‘persoonlijk’, zonder naam.",
            ss,
            "Small",
        )
    )
    return story


def render(data: MeasuresStatusData) -> bytes:
    return layout.render(
        build_story(data),
        title=f"Status van de maatregelen {data.year}",
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )
