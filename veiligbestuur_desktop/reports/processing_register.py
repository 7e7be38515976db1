"""The processing register (verwerkingsregister, AVG art. 30) as kept in the vault's settings, in the house
style, from a plain `ProcessingRegisterData` (filled by services.area_exchange)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import data_table, fmt_datetime, heading, para, text


@dataclass(frozen=True)
class ProcessingRegisterData:
    municipality: str
    generated_at: datetime
    sections: list[tuple[str, str]]  # (heading, text)
    retention: list[list[str]] = field(default_factory=list)  # [soort, termijn, vanaf, grondslag]


TITLE = "Verwerkingsregister VeiligBestuur"


def build_story(data: ProcessingRegisterData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [Paragraph(text(TITLE), ss["Title"])]
    story.append(
        Paragraph(
            text(
                f"{municipality_title(data.municipality)} · registratie van agressie en bedreiging tegen "
                f"ambtsdragers · opgesteld op {fmt_datetime(data.generated_at)}"
            ),
            ss["Subtitle"],
        )
    )
    for title, body in data.sections:
        story.append(heading(title, ss))
        for part in body.split("\n\n"):
            story.append(para(part, ss))
    if data.retention:
        table = data_table(
            ["Gegevens", "Termijn", "Vanaf", "Grondslag"], data.retention, ss, [0.2, 0.1, 0.25, 0.45]
        )
        story.append(layout.keep(heading("Bewaartermijnen zoals ingesteld", ss), table))
    return story


def render(data: ProcessingRegisterData) -> bytes:
    return layout.render(
        build_story(data),
        title=TITLE,
        municipality=data.municipality,
        generated_at=data.generated_at,
        classification="",
    )
