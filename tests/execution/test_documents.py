"""The documents of steps 4 and 5 from plain data (no vault), read back with pypdf: the title, what must be on
them and what must never be (names of victims and perpetrators in the minutes, a victim's home address)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time

from pypdf import PdfReader

from veiligbestuur_desktop.reports.letter import Letterhead, Recipient
from veiligbestuur_desktop.reports.letters_communication import (
    DecisionLetterFacts,
    OrdegesprekFacts,
    Signer,
    render_decision_letter,
    render_invitation,
    render_report_letter,
)
from veiligbestuur_desktop.reports.meeting_sheet import MeetingSheetData, render_meeting_sheet
from veiligbestuur_desktop.reports.review_minutes import (
    DecisionLine,
    DiscussedIncident,
    ReviewMinutesData,
    render_review_minutes,
)

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
HEAD = Letterhead(
    municipality="Súdwest-Fryslân",
    visiting_address="Marktstraat 15\n8601 CR Sneek",
    postal_address="Postbus 10000\n8600 HA Sneek",
    phone="14 0515",
)
VICTIM_HOME = "Tsjerkebuorren 12, 9001 AB Grou"


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_meeting_sheet_is_one_page_with_level_signals_and_measures():
    pdf = render_meeting_sheet(
        MeetingSheetData(
            municipality="Súdwest-Fryslân",
            generated_at=NOW,
            title="Raadsvergadering over de asielopvang",
            kind="raadsvergadering",
            held_on=date(2026, 12, 10),
            level="hoog",
            level_label="hoog",
            location="raadzaal",
            expected_attendance="ca. 120 bezoekers",
            agenda_items="Locatiekeuze asielopvang",
            signals=("aangekondigde demonstratie", "signalen op sociale media"),
            incidents=("2026-014 · 03-02-2026 · bedreiging",),
            measures=("beveiliging", "politie aanwezig", "aparte ingang voor bestuurders"),
            outcome="",
        )
    )
    reader, text = read(pdf)
    text = flat(text)
    assert len(reader.pages) == 1
    assert reader.metadata.title == "Risico-inschatting bijeenkomst"
    assert "Raadsvergadering over de asielopvang" in text
    for must in (
        "Risiconiveau: hoog",
        "10-12-2026",
        "aangekondigde demonstratie",
        "2026-014 · 03-02-2026 · bedreiging",
        "politie aanwezig",
        "Gemeente Súdwest-Fryslân",
        "VERTROUWELIJK",
        "Nog niet ingevuld",
    ):
        assert must in text, must


def test_review_minutes_are_pseudonymised_numbers_and_categories_only():
    data = ReviewMinutesData(
        municipality="Súdwest-Fryslân",
        generated_at=NOW,
        held_on=date(2026, 11, 3),
        forum="presidium",
        incidents=(
            DiscussedIncident("2026-014", "bedreiging (ook van naasten)"),
            DiscussedIncident("2026-015", "doxing (art. 285d Sr)"),
        ),
        conclusions="H.v.d.M. is na beide incidenten opgevangen; G.B. krijgt een ordegesprek.",
        decisions=(DecisionLine("Ordegesprek met G.B. plannen", "griffier", date(2026, 12, 1), "open"),),
    )
    reader, text = read(render_review_minutes(data))
    text = flat(text)
    assert reader.metadata.title == "Verslag incidentbespreking 03-11-2026"
    for must in (
        "2026-014",
        "bedreiging (ook van naasten)",
        "2026-015",
        "presidium",
        "gepseudonimiseerd",
        "Ordegesprek met G.B. plannen",
        "01-12-2026",
        "VERTROUWELIJK",
    ):
        assert must in text, must
    for never in ("Hélène", "Gerrit", "Brouwer"):
        assert never not in text


def test_decision_letter_to_a_town_hall_address_never_a_home_address():
    pdf = render_decision_letter(
        DecisionLetterFacts(
            letterhead=HEAD,
            recipient=Recipient.via_town_hall("Mevrouw H. van der Meer", HEAD),
            salutation="Geachte mevrouw Van der Meer,",
            letter_date=date(2026, 11, 29),
            reference="VB/2026/C4",
            subject="de windmolens in de Noordpolder",
            decision="De raad stemt in met vier windmolens in de Noordpolder.",
            explanation="De opwek van duurzame energie is een wettelijke opgave.",
            signer=Signer("mr. A.B. de Vries", "burgemeester"),
        )
    )
    reader, text = read(pdf)
    text = flat(text)
    assert (
        reader.metadata.title == "Toelichting besluit"
    )  # the kind of letter: the subject stays in the letter
    for must in (
        "Toelichting op het besluit over de windmolens in de Noordpolder",
        "De raad stemt in met vier windmolens",
        "p/a Gemeente Súdwest-Fryslân",
        "Postbus 10000",
        "VB/2026/C4",
        "emotie mag, agressie niet",
        "mr. A.B. de Vries",
    ):
        assert must in text, must
    assert "Grou" not in text and "Tsjerkebuorren" not in text


def _orde(**kw):
    values = dict(
        letterhead=HEAD,
        recipient=Recipient("De heer G. Brouwer", "Dorpsstraat 5\n8600 AB Sneek"),
        salutation="Geachte heer Brouwer,",
        letter_date=date(2026, 11, 29),
        reference="VB/2026/O7",
        held_on=date(2026, 12, 8),
        signer=Signer("mr. A.B. de Vries", "burgemeester"),
        at_time=time(10, 30),
        place="gemeentehuis, kamer van de burgemeester",
        occasion="het incident van 03-11-2026 (bedreiging)",
        summary="Herhaalde dreigende e-mails.",
        who="de burgemeester",
    )
    values.update(kw)
    return OrdegesprekFacts(**values)


def test_invitation_to_an_ordegesprek():
    reader, text = read(render_invitation(_orde()))
    text = flat(text)
    assert reader.metadata.title == "Uitnodiging ordegesprek"
    for must in (
        "Uitnodiging voor een gesprek (ordegesprek)",
        "08-12-2026 om 10:30 uur",
        "kamer van de burgemeester",
        "naar aanleiding van het incident van 03-11-2026 (bedreiging)",
        "Dorpsstraat 5",
        "VERTROUWELIJK",
        "De burgemeester van Súdwest-Fryslân",
    ):
        assert must in text, must
    assert "Verslag" not in text


def test_verslag_of_an_ordegesprek_with_gedragsafspraken():
    facts = _orde(
        held_on=date(2026, 11, 20),
        report="De betrokkene erkende de toon van de berichten.",
        agreements="Contact alleen via de griffie.",
        conduct_agreements="Geen berichten meer aan raadsleden via sociale media.",
        conduct_until=date(2027, 5, 20),
        next_contact=date(2027, 1, 15),
    )
    reader, text = read(render_report_letter(facts))
    text = flat(text)
    assert reader.metadata.title == "Verslag ordegesprek"
    for must in (
        "Verslag van ons gesprek van 20-11-2026",
        "De betrokkene erkende de toon",
        "Gedragsafspraken",
        "tot en met 20-05-2027",
        "uiterlijk 15-01-2027",
        "Contact alleen via de griffie.",
    ):
        assert must in text, must
