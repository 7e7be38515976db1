"""The jaarverslag for the college (VERTROUWELIJK): every figure of the jaarevaluatie in full, with charts as
vector graphics, the years before, the evaluations of the year and the national reference figures.

From plain data (`AnnualReportData`, filled by services/annual.py); no names of victims or perpetrators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.domain.statistics import (
    MONTHS,
    AnnualFigures,
    Count,
    Reference,
    YearCounts,
    change_text,
    share_text,
)
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.charts import PALETTE, bar_chart, hbar_chart, house_font, pie_chart
from veiligbestuur_desktop.reports.layout import (
    data_table as house_data_table,
)
from veiligbestuur_desktop.reports.layout import (
    fmt_date,
    fmt_datetime,
    heading,
    para,
    text,
)
from veiligbestuur_desktop.reports.layout import (
    kv_table as house_kv_table,
)


@dataclass(frozen=True, slots=True)
class EvaluationLine:
    number: str  # the incident's number
    evaluated_on: date
    lessons: str
    adjustments: int  # how many adjustments


@dataclass(frozen=True, slots=True)
class AnnualReportData:
    municipality: str
    generated_at: datetime
    figures: AnnualFigures
    previous: YearCounts | None  # the year before, for the comparison
    evaluations: tuple[EvaluationLine, ...] = ()
    adjustments: tuple[tuple[str, str, str], ...] = ()  # (incident number, adjustment, its action point)
    term: str = ""  # the state of the term review, one line
    references: tuple[Reference, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)  # how the figures were counted


def data_table(*args: Any, **kwargs: Any) -> Flowable:
    return house_font(house_data_table(*args, **kwargs))


def kv_table(*args: Any, **kwargs: Any) -> Flowable:
    return house_font(house_kv_table(*args, **kwargs))


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def _count_table(rows: Sequence[Count], total: int, ss: StyleSheet1, label: str) -> Flowable:
    body = [[r.label, _n(r.count), _pct(r.count, total)] for r in rows]
    return data_table([label, "Aantal", "Aandeel"], body, ss, [0.64, 0.18, 0.18])


def build_story(data: AnnualReportData) -> list[Flowable]:
    ss = layout.styles()
    f = data.figures
    prev = data.previous
    title = f"Jaarverslag {f.year}: agressie en geweld tegen politieke ambtsdragers"
    story: list[Flowable] = [Paragraph(text(title), ss["Title"])]
    story.append(
        Paragraph(
            text(
                f"{municipality_title(data.municipality)} · voor het college van burgemeester en wethouders · "
                f"opgesteld op {fmt_datetime(data.generated_at)}"
            ),
            ss["Subtitle"],
        )
    )
    story.append(
        Paragraph(
            text(
                "Vertrouwelijk: dit verslag bevat alle aantallen, ook de kleine. Voor de raad is er de "
                "raadsinformatiebrief, waarin aantallen onder de 5 niet worden getoond."
            ),
            ss["Notice"],
        )
    )

    # --- summary -------------------------------------------------------------------------------------
    story.append(heading("Samenvatting", ss))
    total_line = _n(f.total)
    if prev is not None:
        total_line += f" ({change_text(f.total, prev.total)} ten opzichte van {prev.year}: {_n(prev.total)})"
    story.append(
        kv_table(
            [
                ("Incidenten", total_line),
                ("Online (e-mail, sociale media)", share_text(f.online)),
                ("Aangifte gedaan", share_text(f.aangifte)),
                ("Alleen melding bij de politie", share_text(f.melding)),
                (
                    "Opvanggesprek op tijd",
                    share_text_counts(f.nazorg.on_time, f.nazorg.total),
                ),
                ("Sancties afgewogen", share_text(f.sanctions_weighed)),
                ("Sancties opgelegd", _n(sum(c.count for c in f.sanctions))),
                ("Incidenten geëvalueerd", _n(f.evaluations)),
                ("Opvolging nog open", _n(f.open_follow_ups)),
            ],
            ss,
            label_width=55 * mm,
        )
    )

    # --- per month ----------------------------------------------------------------------------------------
    story.append(heading("Incidenten per maand", ss))
    story.append(
        bar_chart(
            MONTHS,
            f.by_month,
            previous=prev.by_month if prev is not None else None,
            series_names=(str(prev.year) if prev else "", str(f.year)),
        )
    )

    # --- categories, channels, roles, severity ---------------------------------------------------------
    story.append(CondPageBreak(80 * mm))
    story.append(heading("Soort incident", ss))
    story.append(
        para("Een incident kan onder meer dan één categorie vallen; het telt dan bij elk mee.", ss, "Small")
    )
    if f.by_category:
        story.append(hbar_chart([c.label for c in f.by_category], [c.count for c in f.by_category]))
        story.append(_count_table(f.by_category, f.total, ss, "Categorie"))
    else:
        story += [heading("Soort incident", ss), para("Geen incidenten in dit jaar.", ss)]

    if f.by_channel:
        chart = pie_chart([c.label for c in f.by_channel], [c.count for c in f.by_channel])
        story.append(KeepTogether([heading("Kanaal", ss), chart]))
        story.append(_count_table(f.by_channel, f.total, ss, "Kanaal"))

    note = para("Een incident telt één keer per rol, ook als meer slachtoffers die rol hebben.", ss, "Small")
    if f.by_role:
        chart = hbar_chart([c.label for c in f.by_role], [c.count for c in f.by_role], color=PALETTE[0])
        story.append(KeepTogether([heading("Slachtoffer naar rol", ss), note, chart]))
        story.append(_count_table(f.by_role, f.total, ss, "Rol"))

    story.append(CondPageBreak(50 * mm))
    story.append(heading("Ernst", ss))
    story.append(_count_table(f.by_severity, f.total, ss, "Ernst (niveau)"))

    # --- aangifte, nazorg, sancties ------------------------------------------------------------------------
    story.append(CondPageBreak(60 * mm))
    story.append(heading("Aangifte en melding", ss))
    story.append(
        para(
            f"Bij {share_text(f.aangifte)} van de incidenten is aangifte gedaan; bij {share_text(f.melding)} "
            "alleen een melding bij de politie. Redenen om geen aangifte of melding te doen, zoals vastgelegd bij "
            "de opvolging:",
            ss,
        )
    )
    if f.no_report_reasons:
        total_no = sum(c.count for c in f.no_report_reasons)
        story.append(_count_table(f.no_report_reasons, total_no, ss, "Reden"))
    else:
        story.append(para("Geen redenen vastgelegd.", ss))

    story.append(heading("Nazorg: opvanggesprek", ss))
    n = f.nazorg
    story.append(
        data_table(
            ["Opvanggesprek", "Aantal", "Aandeel"],
            [
                ["op tijd gevoerd (vóór de termijn)", _n(n.on_time), _pct(n.on_time, n.total)],
                ["te laat gevoerd", _n(n.late), _pct(n.late, n.total)],
                ["(nog) niet gevoerd", _n(n.not_done), _pct(n.not_done, n.total)],
            ],
            ss,
            [0.64, 0.18, 0.18],
        )
    )

    story.append(heading("Sancties", ss))
    story.append(
        para(
            f"Sancties afgewogen bij {share_text(f.sanctions_weighed)} van de incidenten waarbij dat speelde.",
            ss,
        )
    )
    if f.sanctions:
        story.append(_count_table(f.sanctions, sum(c.count for c in f.sanctions), ss, "Opgelegde sanctie"))
    else:
        story.append(para("Geen sancties opgelegd.", ss))

    # --- the years before ----------------------------------------------------------------------------------
    story.append(CondPageBreak(75 * mm))
    story.append(heading("Vergelijking met eerdere jaren", ss))
    if f.history:
        story.append(
            bar_chart(
                [str(y) for y, _n2 in f.history],
                [c for _y, c in f.history],
                height=45 * mm,
                color=PALETTE[1],
            )
        )
        rows = []
        for i, (y, c) in enumerate(f.history):
            before = f.history[i - 1][1] if i else None
            rows.append([str(y), _n(c), change_text(c, before) if before is not None else "—"])
        story.append(
            data_table(["Jaar", "Incidenten", "Verschil met het jaar ervoor"], rows, ss, [0.2, 0.3, 0.5])
        )

    for section in f.extra:
        story.append(heading(section.title, ss))
        if section.note:
            story.append(para(section.note, ss, "Small"))
        story.append(
            data_table(["", "Aantal"], [[r.label, _n(r.count)] for r in section.rows], ss, [0.8, 0.2])
        )

    # --- evaluations ----------------------------------------------------------------------------------------
    story.append(CondPageBreak(50 * mm))
    story.append(heading("Evaluaties van incidenten", ss))
    if data.evaluations:
        story.append(
            data_table(
                ["Incident", "Geëvalueerd", "Lessen", "Aanpassingen"],
                [
                    [e.number, fmt_date(e.evaluated_on), e.lessons or "—", _n(e.adjustments)]
                    for e in data.evaluations
                ],
                ss,
                [0.14, 0.14, 0.56, 0.16],
            )
        )
    else:
        story.append(para(f"In {f.year} zijn geen incidenten geëvalueerd.", ss))
    if data.adjustments:
        story.append(heading("Aanpassingen uit de evaluaties (stap 7.4)", ss, level=2))
        story.append(
            data_table(
                ["Incident", "Aanpassing", "Actiepunt"],
                [[n, a, action or "nog geen actiepunt"] for n, a, action in data.adjustments],
                ss,
                [0.14, 0.5, 0.36],
            )
        )
    if data.term:
        story.append(heading("Termijnherijking", ss, level=2))
        story.append(para(data.term, ss))

    # --- national figures ----------------------------------------------------------------------------------
    story.append(CondPageBreak(45 * mm))
    story.append(heading("Landelijke cijfers ter vergelijking", ss))
    for ref in data.references:
        story.append(para(f"{ref.text} (Bron: {ref.source}.)", ss))
    if data.notes:
        story.append(heading("Zo is geteld", ss, level=2))
        for note in data.notes:
            story.append(para(note, ss, "Small"))
    return story


def share_text_counts(part: int, whole: int) -> str:
    if not whole:
        return "—"
    return f"{_n(part)} van {_n(whole)} ({round(100 * part / whole)} procent)"


def render(data: AnnualReportData) -> bytes:
    return layout.render(
        build_story(data),
        title=f"Jaarverslag {data.figures.year}",
        municipality=municipality_title(data.municipality),
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )
