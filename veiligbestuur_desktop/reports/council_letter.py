"""The raadsinformatiebrief: the year's figures for the gemeenteraad as a letter from the college — counts
only, no names, small numbers suppressed.

The data holds only texts: every count arrives already suppressed by the service (domain.statistics.suppress),
so this module cannot print a number the council must not see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.domain.statistics import HIDDEN, SMALL, Reference
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.charts import house_font
from veiligbestuur_desktop.reports.layout import data_table, fmt_date, heading, kv_table, para, spacer, text


@dataclass(frozen=True, slots=True)
class CouncilTable:
    title: str
    label: str  # the header of the first column
    rows: tuple[tuple[str, str], ...]  # (label, count text: a number, "< 5" or "x")
    total: str  # the total's text ("": no total row)
    note: str = ""


@dataclass(frozen=True, slots=True)
class CouncilLetterData:
    municipality: str
    year: int
    generated_at: datetime
    key_figures: tuple[tuple[str, str], ...]  # (label, text), already suppressed
    tables: tuple[CouncilTable, ...]
    actions: tuple[str, ...]  # what the municipality does: sentences without names
    references: tuple[Reference, ...]


def build_story(data: CouncilLetterData) -> list[Flowable]:
    ss = layout.styles()
    title = municipality_title(data.municipality)
    gemeente = "de " + title[:1].lower() + title[1:]  # "de gemeente Ede"
    story: list[Flowable] = [Paragraph(text("Raadsinformatiebrief"), ss["Title"])]
    story.append(
        house_font(
            kv_table(
                [
                    ("Aan", "de gemeenteraad"),
                    ("Van", "het college van burgemeester en wethouders"),
                    ("Datum", fmt_date(data.generated_at)),
                    ("Onderwerp", f"Agressie en geweld tegen politieke ambtsdragers in {data.year}"),
                ],
                ss,
                label_width=30 * mm,
            )
        )
    )
    story.append(spacer(5))
    story.append(para("Geachte leden van de raad,", ss))
    story.append(
        para(
            f"Met deze brief informeren wij u over de incidenten van agressie, bedreiging en geweld tegen "
            f"politieke ambtsdragers van {gemeente} in {data.year}, en over wat wij daaraan doen. Wij volgen "
            "daarbij het Stappenplan Veilig Politiek Ambtsdragerschap: incidenten worden gemeld, geregistreerd, "
            "afgehandeld en geëvalueerd.",
            ss,
        )
    )
    story.append(
        para(
            "Sommige aantallen zijn klein. Om te voorkomen dat uit een aantal is af te leiden om wie het gaat, tonen "
            f"wij aantallen onder de 5 als ‘{SMALL}’. Waar een ander getal of een totaal zo’n klein aantal zou "
            f"verraden, staat ‘{HIDDEN}’. Namen staan niet in deze brief.",
            ss,
        )
    )

    story.append(heading("Kerncijfers", ss))
    story.append(house_font(kv_table(list(data.key_figures), ss, label_width=70 * mm)))

    for table in data.tables:
        story.append(CondPageBreak(50 * mm))
        story.append(heading(table.title, ss))
        if table.note:
            story.append(para(table.note, ss, "Small"))
        rows = [[label, value] for label, value in table.rows]
        if table.total:
            rows.append(["Totaal", table.total])
        story.append(house_font(data_table([table.label, "Aantal"], rows, ss, [0.75, 0.25])))

    if data.actions:
        story.append(CondPageBreak(40 * mm))
        story.append(heading("Wat wij doen", ss))
        for line in data.actions:
            story.append(para(f"• {line}", ss))

    if data.references:
        story.append(heading("Landelijk beeld", ss))
        for ref in data.references:
            story.append(para(f"{ref.text} (Bron: {ref.source}.)", ss))

    story.append(spacer(6))
    story.append(
        para(
            "Heeft u vragen over deze brief, of wilt u een incident melden? Neem dan contact op met de "
            "coördinator veilig politiek ambtsdragerschap. In een besloten setting lichten wij de cijfers graag "
            "nader toe.",
            ss,
        )
    )
    story.append(spacer(4))
    story.append(para("Met vriendelijke groet,", ss))
    story.append(para(f"Het college van burgemeester en wethouders van {gemeente}", ss))
    return story


def render(data: CouncilLetterData) -> bytes:
    return layout.render(
        build_story(data),
        title=f"Raadsinformatiebrief {data.year}",
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="",
    )
