"""The minutes of an incident review (step 4), to print for the college, the presidium or the driehoek.

Pseudonymised by default: the incidents discussed appear by number and category only, and the service has
replaced the names of victims and perpetrators in the free text by initials. VERTROUWELIJK."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
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
class DiscussedIncident:
    number: str
    categories: str  # "bedreiging, intimidatie"


@dataclass(frozen=True, slots=True)
class DecisionLine:
    what: str
    owner: str
    deadline: date | None
    status: str


@dataclass(frozen=True, slots=True)
class ReviewMinutesData:
    municipality: str
    generated_at: datetime
    held_on: date
    forum: str  # "college van B&W"
    incidents: tuple[DiscussedIncident, ...]
    conclusions: str
    decisions: tuple[DecisionLine, ...]
    pseudonymised: bool = True


def build_story(data: ReviewMinutesData) -> list[Flowable]:
    ss = layout.styles()
    sub = f"{municipality_title(data.municipality)} · opgesteld op {fmt_datetime(data.generated_at)}"
    if data.pseudonymised:
        sub += " · gepseudonimiseerd: incidenten op nummer, geen namen van slachtoffers of daders"
    story: list[Flowable] = [
        Paragraph(text(f"Verslag incidentbespreking {fmt_date(data.held_on)}"), ss["Title"]),
        Paragraph(text(sub), ss["Subtitle"]),
        kv_table(
            [
                ("Overleg", data.forum),
                ("Datum", fmt_date(data.held_on)),
                ("Aantal besproken incidenten", str(len(data.incidents))),
            ],
            ss,
        ),
        heading("Besproken incidenten", ss),
    ]
    if data.incidents:
        story.append(
            data_table(
                ["Nummer", "Categorie(ën)"],
                [[i.number, i.categories or "—"] for i in data.incidents],
                ss,
                [0.22, 0.78],
            )
        )
    else:
        story.append(para("Geen afzonderlijke incidenten besproken.", ss))
    story.append(heading("Conclusies", ss))
    story.append(para(data.conclusions or "Geen conclusies vastgelegd.", ss))
    story.append(heading("Besluiten en actiepunten", ss))
    if data.decisions:
        story.append(
            data_table(
                ["Besluit", "Verantwoordelijke", "Uiterlijk", "Status"],
                [[d.what, d.owner, fmt_date(d.deadline), d.status] for d in data.decisions],
                ss,
                [0.5, 0.22, 0.14, 0.14],
            )
        )
    else:
        story.append(para("Geen besluiten.", ss))
    story.append(layout.spacer(4))
    story.append(
        para(
            "Dit verslag is vertrouwelijk. Deel het alleen met de deelnemers aan het overleg; de gegevens van "
            "de incidenten staan bij de coördinator.",
            ss,
            "Small",
        )
    )
    return story


def render_review_minutes(data: ReviewMinutesData) -> bytes:
    return layout.render(
        build_story(data),
        title=f"Verslag incidentbespreking {fmt_date(data.held_on)}",
        municipality=data.municipality,
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )
