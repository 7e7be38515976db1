"""The werkinstructie melding en aangifte (step 3): what the coordinator, the meldpunt and the victim do after
an incident, from the melding to the aangifte with VPT-code and domicilie on the gemeentehuis, the nazorg
intervals of the opvangregeling, and the numbers and chain contacts to use. No personal data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import data_table, heading, para, text
from veiligbestuur_desktop.reports.sanction_policy import embedded

TITLE = "Werkinstructie melding en aangifte"


@dataclass(frozen=True, slots=True)
class WorkInstructionData:
    municipality: str
    generated_at: datetime
    town_hall: str  # the domicilie address (the gemeentehuis), one line
    contacts: Sequence[tuple[str, str]]  # (label, number) from the contact card
    chain: Sequence[tuple[str, str, str]] = field(default_factory=tuple)  # (partner, subject, contact)
    opvang_hours: int = 72
    first_window: tuple[int, int] = (12, 14)
    second_window: tuple[int, int] = (42, 56)
    first_opvang: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (role, who)
    referral: str = ""


def build_story(d: WorkInstructionData) -> list[Flowable]:
    ss = layout.styles()
    domicilie = d.town_hall or "het adres van het gemeentehuis"
    story: list[Flowable] = [
        Paragraph(text(TITLE), ss["Title"]),
        Paragraph(
            text(f"{municipality_title(d.municipality)} · voor het meldpunt en de coördinator"),
            ss["Subtitle"],
        ),
        heading("1. Direct na het incident", ss),
        para("Bij acuut gevaar: bel 112. Zorg dat het slachtoffer veilig is en niet alleen blijft.", ss),
        para(
            "Het slachtoffer meldt het incident altijd intern bij het meldpunt, ook als het meevalt. Leg de melding "
            "dezelfde dag vast in VeiligBestuur (stap 6): datum, kanaal, plaats, wat er gebeurde, de veroorzaker "
            "(als die bekend is), getuigen en bewijs (schermafbeeldingen, brieven).",
            ss,
        ),
        heading("2. Opvang en nazorg", ss),
        para(
            f"Eerste opvang dezelfde dag. Een opvanggesprek binnen {d.opvang_hours} uur na het incident; "
            f"vervolggesprekken {d.first_window[0]} tot {d.first_window[1]} dagen en {d.second_window[0]} tot "
            f"{d.second_window[1]} dagen na het opvanggesprek. VeiligBestuur plant deze gesprekken in.",
            ss,
        ),
    ]
    if d.first_opvang:
        story.append(
            embedded(
                data_table(
                    ["Slachtoffer", "Eerste opvang door"], [list(r) for r in d.first_opvang], ss, [0.4, 0.6]
                )
            )
        )
    if d.referral:
        story.append(para("Doorverwijzen: " + d.referral, ss))
    story += [
        heading("3. Melding of aangifte", ss),
        para(
            "Een melding bij de politie legt het incident vast; een aangifte vraagt om vervolging. Bij een strafbaar "
            "feit (bedreiging, belaging, doxing, geweld, vernieling) adviseert de coördinator aangifte te doen. "
            "Opschalen naar politie en OM is het advies bij elke bedreiging, stalking, doxing en fysiek geweld, "
            "bij een veroorzaker die eerder incidenten veroorzaakte en bij een slachtoffer met verhoogd risico.",
            ss,
        ),
        para(
            "Vraag bij de aangifte om de VPT-code (Veilige Publieke Taak): alleen dan gelden de Eenduidige "
            "Landelijke Afspraken (ELA) en eist het OM een hogere straf. Neem de aangifte-ondersteuningsbrief "
            "mee (te maken in stap 3).",
            ss,
        ),
        para(
            f"Het slachtoffer geeft het gemeentehuis op als adres (domicilie): {domicilie}. Het woonadres komt niet "
            "in de aangifte; aangifte onder nummer is ook mogelijk.",
            ss,
        ),
        para(
            "Leg in VeiligBestuur vast: de afweging, de datum van de aangifte, het nummer van het proces-verbaal, "
            "of de VPT-code is geregistreerd, en later de beslissing van het OM.",
            ss,
        ),
        heading("4. Reactie en sancties", ss),
        para(
            "Reageer binnen 24 uur naar een bekende veroorzaker. Kies een maatregel uit het sanctiebeleid (stap 3); "
            "is de burgemeester slachtoffer, dan beslist de loco-burgemeester.",
            ss,
        ),
        heading("5. Nummers", ss),
        embedded(data_table(["Wie", "Nummer"], [list(c) for c in d.contacts], ss, [0.65, 0.35])),
    ]
    if d.chain:
        story += [
            heading("6. Ketenafspraken", ss),
            embedded(
                data_table(
                    ["Partner", "Onderwerp", "Contact"], [list(c) for c in d.chain], ss, [0.3, 0.35, 0.35]
                )
            ),
        ]
    return story


def render(d: WorkInstructionData) -> bytes:
    return layout.render(
        build_story(d),
        title=TITLE,
        municipality=municipality_title(d.municipality),
        generated_at=d.generated_at,
        classification="",
    )
