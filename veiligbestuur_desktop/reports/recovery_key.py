"""The one-page "Herstelsleutel" sheet: to be printed and kept in a safe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from reportlab.platypus import Flowable, Paragraph

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import fmt_date, heading, kv_table, para, text


@dataclass(frozen=True, slots=True)
class RecoveryKeySheet:
    municipality: str
    database_id: str
    created: date
    recovery_key: str


def render_recovery_key(sheet: RecoveryKeySheet) -> bytes:
    ss = layout.styles()
    story: list[Flowable] = [
        Paragraph(text("Herstelsleutel VeiligBestuur"), ss["Title"]),
        Paragraph(text(municipality_title(sheet.municipality)), ss["Subtitle"]),
        para(
            "Met deze sleutel opent u de kluis van VeiligBestuur als het wachtwoord kwijt is. Wie deze sleutel "
            "heeft, kan alle gegevens lezen: bedreigde bestuurders, daders, adressen en aangiften. Behandel dit "
            "blad als een sleutel van de kluis.",
            ss,
        ),
        layout.spacer(4),
        Paragraph(text(sheet.recovery_key), ss["Big"]),
        layout.spacer(4),
        kv_table(
            [
                ("Gemeente", sheet.municipality),
                ("Database-id", sheet.database_id),
                ("Aangemaakt op", fmt_date(sheet.created)),
            ],
            ss,
        ),
        heading("Waar bewaren", ss),
        para(
            "Bewaar dit blad op papier in een afgesloten brandkast, bijvoorbeeld bij de griffie of de "
            "gemeentesecretaris. Niet bij de computer, niet in een la van het bureau, niet gefotografeerd en niet "
            "digitaal opgeslagen (geen scan, geen e-mail, geen netwerkschijf).",
            ss,
        ),
        heading("Herstellen met deze sleutel", ss),
        para(
            "1. Start VeiligBestuur en kies in het venster ‘Kluis vergrendeld’ voor ‘Herstelsleutel gebruiken…’.\n"
            "2. Typ de sleutel over; hoofdletters, streepjes en spaties maken niet uit.\n"
            "3. Kies meteen een nieuw wachtwoord. Daarna werkt u weer zoals gewoonlijk.\n"
            "Beheerders kunnen ook de opdrachtregel gebruiken: veiligbestuur recovery --data-dir <map>.",
            ss,
        ),
        heading("Na gebruik", ss),
        para(
            "Is deze sleutel gebruikt of mogelijk door anderen gezien, maak dan in de applicatie een nieuwe "
            "herstelsleutel (Bestand > Wachtwoorden beheren…) en vernietig dit blad.",
            ss,
        ),
    ]
    return layout.render(
        story,
        title="Herstelsleutel",
        municipality=sheet.municipality,
        generated_at=datetime.combine(sheet.created, datetime.min.time(), tzinfo=UTC),
        classification="VERTROUWELIJK — IN DE BRANDKAST BEWAREN",
    )
