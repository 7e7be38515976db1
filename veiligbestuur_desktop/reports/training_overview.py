"""The training overview: the trainings with date, trainer and who attended, and the office holders who have
had no training this bestuurstermijn."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.heat_map import embedded
from veiligbestuur_desktop.reports.layout import data_table, fmt_date, fmt_datetime, heading, para, text


@dataclass(frozen=True, slots=True)
class TrainingLine:
    course: str
    held_on: date
    trainer: str
    attendees: list[str]
    planned: bool = False  # still to come: attendance follows afterwards


@dataclass(frozen=True, slots=True)
class TrainingOverviewData:
    municipality: str
    generated_at: datetime
    term_start: date
    office_holders: int
    trainings: list[TrainingLine] = field(default_factory=list)
    untrained: list[str] = field(default_factory=list)


TITLE = "Trainingsoverzicht ambtsdragers"


def build_story(data: TrainingOverviewData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [Paragraph(text(TITLE), ss["Title"])]
    story.append(
        Paragraph(
            text(f"{municipality_title(data.municipality)} · opgesteld op {fmt_datetime(data.generated_at)}"),
            ss["Subtitle"],
        )
    )
    trained = data.office_holders - len(data.untrained)
    story.append(
        para(
            f"Deze bestuurstermijn begon op {fmt_date(data.term_start)}. Sindsdien hebben {trained} van de "
            f"{data.office_holders} zittende ambtsdragers een training gevolgd.",
            ss,
        )
    )
    story.append(heading("Nog geen training deze bestuurstermijn", ss))
    if data.untrained:
        names = list(data.untrained)
        rows = [names[i : i + 3] + [""] * (3 - len(names[i : i + 3])) for i in range(0, len(names), 3)]
        story.append(embedded(data_table([f"Ambtsdragers ({len(names)})", "", ""], rows, ss, [1 / 3] * 3)))
    else:
        story.append(para("Alle zittende ambtsdragers hebben deze termijn een training gevolgd.", ss))
    story.append(heading("Trainingen", ss))
    if data.trainings:
        story.append(
            embedded(
                data_table(
                    ["Datum", "Cursus", "Trainer", "Aanwezig"],
                    [
                        [
                            fmt_date(t.held_on),
                            t.course,
                            t.trainer or "—",
                            "gepland" if t.planned else ", ".join(t.attendees) or "—",
                        ]
                        for t in data.trainings
                    ],
                    ss,
                    [0.12, 0.28, 0.22, 0.38],
                )
            )
        )
    else:
        story.append(para("Er zijn nog geen trainingen vastgelegd.", ss))
    return story


def render(data: TrainingOverviewData) -> bytes:
    return layout.render(
        build_story(data),
        title=TITLE,
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="",
    )
