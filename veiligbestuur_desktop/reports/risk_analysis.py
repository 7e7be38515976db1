"""The risicoanalyse (VERTROUWELIJK): one analysis with its facts, threats and vulnerabilities, its level on
the heat map and the measures it leads to. A person analysis says on its first page that it is only for the
person and the burgemeester."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.heat_map import HeatMapData, embedded, heat_map_story
from veiligbestuur_desktop.reports.layout import (
    data_table,
    fmt_datetime,
    fmt_euro,
    heading,
    kv_table,
    para,
    text,
)


@dataclass(frozen=True, slots=True)
class AnalysisMeasureLine:
    title: str
    category: str
    status: str
    cost: Decimal | None


@dataclass(frozen=True, slots=True)
class RiskAnalysisData:
    municipality: str
    generated_at: datetime
    title: str
    kind: str  # the kind's Dutch label
    personal: bool  # a person (or home) analysis: only for the person and the burgemeester
    person_name: str  # "" unless personal
    level: str  # "hoog (kans 4 × impact 3)"
    facts: list[tuple[str, str]]
    texts: list[tuple[str, str]]  # (label, long text)
    measures: list[AnalysisMeasureLine] = field(default_factory=list)
    heat_map: HeatMapData | None = None


def personal_notice(person_name: str) -> str:
    return (
        f"Persoonsgebonden risicoanalyse. Uitsluitend bestemd voor {person_name or 'de betrokken ambtsdrager'} "
        "en de burgemeester. Niet verspreiden, niet kopiëren en niet opnemen in stukken voor derden."
    )


def build_story(data: RiskAnalysisData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [Paragraph(text(f"Risicoanalyse: {data.title}"), ss["Title"])]
    story.append(
        Paragraph(
            text(
                f"{municipality_title(data.municipality)} · {data.kind} · opgesteld op "
                f"{fmt_datetime(data.generated_at)}"
            ),
            ss["Subtitle"],
        )
    )
    if data.personal:
        story.append(Paragraph(text(personal_notice(data.person_name)), ss["Notice"]))
    story.append(heading("Analyse", ss))
    story.append(embedded(kv_table([*data.facts, ("Risiconiveau", data.level)], ss)))
    for label, body in data.texts:
        story.append(heading(label, ss))
        story.append(para(body, ss))
    story.append(heading("Maatregelen die uit deze analyse volgen", ss))
    if data.measures:
        story.append(
            embedded(
                data_table(
                    ["Maatregel", "Soort", "Status", "Kosten"],
                    [[m.title, m.category, m.status, fmt_euro(m.cost) or "—"] for m in data.measures],
                    ss,
                    [0.46, 0.18, 0.18, 0.18],
                )
            )
        )
    else:
        story.append(para("Er zijn (nog) geen maatregelen aan deze analyse gekoppeld.", ss))
    if data.heat_map is not None:
        story.extend(heat_map_story(data.heat_map, ss, "Risicokaart"))
    return story


def render(data: RiskAnalysisData) -> bytes:
    return layout.render(
        build_story(data),
        title=f"Risicoanalyse: {data.title}",
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )
