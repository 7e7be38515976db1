"""The one-page anchor sheet: the head of the audit trail (count and hash), to be kept by the griffier.

The head also sits machine-readably in the PDF's keywords (`layout.audit_head_keywords`), so that
`veiligbestuur verify --anchor <this file>` can read it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import fmt_datetime, heading, kv_table, para, text


@dataclass(frozen=True, slots=True)
class AnchorSheet:
    municipality: str
    database_id: str
    created: datetime
    count: int
    hash: str


def hash_groups(value: str, per_line: int = 8) -> list[str]:
    """A hash in groups of four, `per_line` groups a line: easy to read aloud and to compare."""
    groups = [value[i : i + 4] for i in range(0, len(value), 4)]
    return [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]


def render_anchor(sheet: AnchorSheet) -> bytes:
    ss = layout.styles()
    story: list[Flowable] = [
        Paragraph(text(tr("reports", "Anker van de audittrail")), ss["Title"]),
        Paragraph(text(municipality_title(sheet.municipality)), ss["Subtitle"]),
        para(
            tr(
                "reports",
                "Dit blad legt vast hoe ver de audittrail van VeiligBestuur op dit moment reikt: het aantal "
                "regels en de hash van de laatste regel. Zolang de audittrail regel {n} met precies deze hash "
                "bevat, is aangetoond dat niets van wat tot nu toe is vastgelegd achteraf is gewijzigd, "
                "verwijderd of vervangen.",
            ).format(n=sheet.count),
            ss,
        ),
        layout.spacer(3),
        kv_table(
            [
                (tr("reports", "Gemeente"), sheet.municipality),
                (tr("reports", "Database-id"), sheet.database_id),
                (tr("reports", "Vastgelegd op"), fmt_datetime(sheet.created)),
                (tr("reports", "Aantal regels"), str(sheet.count)),
            ],
            ss,
        ),
        layout.spacer(4),
        para(tr("reports", "Hash van regel {n}:").format(n=sheet.count), ss, "Label"),
        layout.spacer(1),
        Paragraph("<br/>".join(text(line) for line in hash_groups(sheet.hash)), ss["Big"]),
        layout.spacer(4),
        heading(tr("reports", "Waarvoor dient dit blad"), ss),
        para(
            tr(
                "reports",
                "De audittrail is een keten: elke regel bevat de hash van de vorige. Wie de sleutel van de "
                "kluis heeft, kan de database toch herschrijven en de hele keten opnieuw berekenen. Daarom "
                "wordt de kop van de keten ook buiten de database bewaard: op dit blad, in back-ups en onder "
                "afgedrukte rapporten. Wat na dit moment gebeurt, valt niet onder dit blad; maak daarom "
                "regelmatig een nieuw anker.",
            ),
            ss,
        ),
        heading(tr("reports", "Bewaren"), ss),
        para(
            tr(
                "reports",
                "De griffier bewaart dit blad, op papier of als PDF, buiten de computer met de kluis, "
                "bijvoorbeeld in het archief van de griffie. Het blad bevat geen persoonsgegevens en geen "
                "sleutel; het hoeft niet geheim te blijven, maar moet ongewijzigd blijven.",
            ),
            ss,
        ),
        heading(tr("reports", "Controleren"), ss),
        para(
            tr(
                "reports",
                "Op de opdrachtregel: veiligbestuur verify --data-dir <map> --anchor <dit bestand>\n"
                "Alleen het papier nog over? Typ het aantal en de hash over in een tekstbestand, "
                "bijvoorbeeld ‘{n} {h}’, en geef dat bestand op met --anchor.",
            ).format(n=sheet.count, h=hash_groups(sheet.hash, 16)[0]),
            ss,
        ),
    ]
    return layout.render(
        story,
        title=tr("reports", "Anker audittrail"),
        municipality=sheet.municipality,
        generated_at=sheet.created,
        classification=tr("reports", "ONGEWIJZIGD BEWAREN"),
        audit_head=(sheet.count, sheet.hash),
    )
