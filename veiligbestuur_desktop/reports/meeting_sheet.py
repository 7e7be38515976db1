"""The meeting risk sheet (step 4): one page for the griffier, the bode and the beveiliging — the meeting, the
agenda items that raise tension, the signals, the risk level, the measures and, afterwards, the outcome.

Earlier incidents appear by number, date and category only: never a name. VERTROUWELIJK."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import CONTENT_WIDTH, fmt_date, heading, kv_table, para, text

LEVEL_COLOURS = {"laag": "#2e7d32", "midden": "#b26a00", "hoog": "#b00020"}


@dataclass(frozen=True, slots=True)
class MeetingSheetData:
    municipality: str
    generated_at: datetime
    title: str  # the meeting, e.g. "Raadsvergadering over de asielopvang"
    kind: str  # "raadsvergadering"
    held_on: date
    level: str  # code: laag | midden | hoog
    level_label: str
    location: str = ""
    expected_attendance: str = ""
    agenda_items: str = ""
    signals: tuple[str, ...] = ()
    incidents: tuple[str, ...] = ()  # "2026-014 · 03-02-2026 · bedreiging"
    signal_note: str = ""
    measures: tuple[str, ...] = ()
    measure_note: str = ""
    outcome: str = ""
    alarm: tuple[str, ...] = field(
        default=(
            "Acuut gevaar: bel 112 en volg de aanwijzingen van bode en beveiliging.",
            "Blijf met meerdere personen, houd afstand en de-escaleer; onthoud het signalement.",
            "Meld elk incident dezelfde dag bij de coördinator; nazorg volgt dezelfde dag.",
        )
    )


def _level_box(data: MeetingSheetData) -> Table:
    hexcode = LEVEL_COLOURS.get(data.level, "#333333")
    colour = colors.HexColor(hexcode)
    cell = Paragraph(
        f"<font color='{hexcode}'>Risiconiveau: {text(data.level_label)}</font>", layout.styles()["H1"]
    )
    t = Table([[cell]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t


def _bullets(items: tuple[str, ...], empty: str) -> list[Flowable]:
    body = layout.styles()["Body"]
    if not items:
        return [Paragraph(text(empty), body)]
    return [Paragraph("• " + text(i), body) for i in items]


def build_story(data: MeetingSheetData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [
        Paragraph(text("Risico-inschatting bijeenkomst"), ss["Title"]),
        Paragraph(
            text(f"{municipality_title(data.municipality)} · {data.title} · {fmt_date(data.held_on)}"),
            ss["Subtitle"],
        ),
        _level_box(data),
        layout.spacer(2),
        kv_table(
            [
                ("Bijeenkomst", data.title),
                ("Soort", data.kind),
                ("Datum", fmt_date(data.held_on)),
                ("Plaats", data.location),
                ("Verwachte opkomst", data.expected_attendance),
            ],
            ss,
        ),
        heading("Agendapunten die spanning geven", ss),
        para(data.agenda_items or "Geen agendapunten genoemd.", ss),
        heading("Signalen", ss),
        *_bullets(data.signals, "Geen bijzondere signalen."),
    ]
    if data.incidents:
        story.append(
            Paragraph(text("Eerdere incidenten met dezelfde personen (nummer, datum, categorie):"), ss["H2"])
        )
        story += [Paragraph("• " + text(i), ss["Body"]) for i in data.incidents]
    if data.signal_note:
        story.append(para(data.signal_note, ss))
    story.append(heading("Maatregelen", ss))
    story += _bullets(data.measures, "Geen extra maatregelen.")
    if data.measure_note:
        story.append(para(data.measure_note, ss))
    story.append(heading("Bij een incident", ss))
    story += [Paragraph("• " + text(a), ss["Small"]) for a in data.alarm]
    story.append(heading("Afloop (na de bijeenkomst)", ss))
    story.append(para(data.outcome or "Nog niet ingevuld.", ss))
    return story


def render_meeting_sheet(data: MeetingSheetData) -> bytes:
    return layout.render(
        build_story(data),
        title="Risico-inschatting bijeenkomst",
        municipality=data.municipality,
        generated_at=data.generated_at,
        classification="VERTROUWELIJK",
    )
