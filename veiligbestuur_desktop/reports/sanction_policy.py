"""The sanctiebeleid for the college: the ladder of measures, each with its criteria, who decides, the
duration, the legal basis, bezwaar and the letter it uses; and the rule that the loco-burgemeester decides
when the burgemeester is the victim. No personal data: counts of sanctions only (below five suppressed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import FONT, heading, keep, kv_table, para, spacer, text

TITLE = "Sanctiebeleid bij agressie en bedreiging"


@dataclass(frozen=True, slots=True)
class LadderRow:
    rank: int
    title: str
    criteria: str
    decider: str
    duration: str
    legal_basis: str
    bezwaar: str
    letter: str


@dataclass(frozen=True, slots=True)
class SanctionPolicyData:
    municipality: str
    generated_at: datetime
    steps: Sequence[LadderRow]
    imposed_this_year: int = 0  # sanctions decided this calendar year (printed as "minder dan 5" below five)
    year: int = 0
    retired: Sequence[str] = field(default_factory=tuple)  # titles of steps no longer in use


def embedded(t: Table) -> Table:
    """A ReportLab table draws its cells in Helvetica unless told: keep every font embedded."""
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return t


def count_text(n: int) -> str:
    return "minder dan 5" if 0 < n < 5 else str(n)


def build_story(data: SanctionPolicyData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [
        Paragraph(text(TITLE), ss["Title"]),
        Paragraph(
            text(f"{municipality_title(data.municipality)} · stap 3 van het Stappenplan"), ss["Subtitle"]
        ),
        para(
            "Op agressie, intimidatie en bedreiging tegen ambtsdragers volgt altijd een reactie. De gemeente kiest "
            "de lichtste maatregel die past bij het gedrag en zet zo nodig een volgende trede. Een maatregel "
            "staat in verhouding tot het gedrag (proportionaliteit) en is niet zwaarder dan nodig (subsidiariteit). "
            "Aangifte en schadeverhaal staan naast de bestuurlijke maatregelen open.",
            ss,
        ),
        para(
            "Is de burgemeester zelf slachtoffer, dan beslist de burgemeester niet over de maatregel: dan beslist "
            "de loco-burgemeester (ook waar de burgemeester als voorzitter van de raad beslist).",
            ss,
            "Notice",
        ),
    ]
    for row in data.steps:
        story.append(
            keep(
                heading(f"{row.rank}. {row.title}", ss, level=2),
                embedded(
                    kv_table(
                        [
                            ("Criteria", row.criteria),
                            ("Wie beslist", row.decider),
                            ("Duur", row.duration),
                            ("Grondslag", row.legal_basis),
                            ("Bezwaar", row.bezwaar),
                            ("Brief", row.letter),
                        ],
                        ss,
                        label_width=32 * mm,
                    )
                ),
            )
        )
    if data.retired:
        story.append(spacer())
        story.append(para("Niet meer in gebruik: " + ", ".join(data.retired) + ".", ss, "Small"))
    if data.year:
        story.append(heading("Toepassing", ss))
        story.append(
            para(
                f"Opgelegde sancties in {data.year}: {count_text(data.imposed_this_year)}. "
                "Aantallen onder de 5 worden niet genoemd, zodat niemand herkenbaar is.",
                ss,
            )
        )
    return story


def render(data: SanctionPolicyData) -> bytes:
    return layout.render(
        build_story(data),
        title=TITLE,
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="",
    )
