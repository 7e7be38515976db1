"""The generic letter (plain data, no vault) and the contact card service."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import DEFAULT_CONTACTS
from veiligbestuur_desktop.domain.preparation import ContactEntry, card_is_stale
from veiligbestuur_desktop.reports.letter import LetterData, Letterhead, Recipient, render_letter

HEAD = Letterhead(
    "Zuiderveen",
    visiting_address="Markt 1\n1234 AB Zuiderveen",
    postal_address="Postbus 100\n1230 AA Zuiderveen",
    phone="14 0123",
    website="www.zuiderveen.nl",
)


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _letter(**kw: object) -> LetterData:
    values: dict[str, object] = dict(
        letterhead=HEAD,
        recipient=Recipient.via_town_hall("Mevrouw A. Bakker", HEAD),
        date=date(2026, 3, 12),
        subject="Ondersteuning bij uw aangifte",
        salutation="Geachte mevrouw Bakker,",
        paragraphs=("Eerste alinea over de aangifte.", "Tweede alinea."),
        signer_name="A. de Vries",
        signer_function="burgemeester",
        reference="VB/2026/014",
    )
    values.update(kw)
    return LetterData(**values)  # type: ignore[arg-type]


def test_letter_has_letterhead_reference_block_and_signature() -> None:
    pdf = render_letter(_letter(confidential=True))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.title == "Ondersteuning bij uw aangifte"
    t = _text(pdf)
    for expected in (
        "Gemeente Zuiderveen",
        "Bezoekadres",
        "Markt 1",
        "Postbus 100",
        "Telefoon 14 0123",
        "www.zuiderveen.nl",
        "12-03-2026",
        "Ons kenmerk",
        "VB/2026/014",
        "Onderwerp",
        "Geachte mevrouw Bakker,",
        "Tweede alinea.",
        "Met vriendelijke groet,",
        "A. de Vries",
        "VERTROUWELIJK",
        "Pagina 1 van 1",
    ):
        assert expected in t, expected
    fonts = {
        str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()
    }
    assert not any("Helvetica" in f for f in fonts)


def test_victim_letter_goes_to_the_town_hall_and_is_not_confidential_unless_asked() -> None:
    t = _text(render_letter(_letter()))
    assert "p/a Gemeente Zuiderveen" in t
    assert "VERTROUWELIJK" not in t


def test_long_letter_numbers_its_pages() -> None:
    t = _text(render_letter(_letter(paragraphs=("Een lange alinea. " * 60,) * 6)))
    assert "Pagina 2 van 2" in t or "Pagina 3 van 3" in t


def test_card_staleness() -> None:
    assert card_is_stale(None, date(2026, 3, 1))
    assert not card_is_stale(date(2025, 9, 2), date(2026, 3, 1))
    assert card_is_stale(date(2025, 9, 1), date(2026, 3, 1))


def test_contact_card_defaults_edit_and_check(workspace: object) -> None:
    from veiligbestuur_desktop.services.contacts import ContactService

    svc = ContactService(workspace)  # type: ignore[arg-type]
    assert [(e.label, e.number) for e in svc.card()] == list(DEFAULT_CONTACTS)
    assert svc.last_checked() is None and svc.is_stale(date(2026, 3, 1))
    svc.add(ContactEntry("Bode gemeentehuis", "0591-123456", "tijdens vergaderingen"))
    assert svc.card()[-1].label == "Bode gemeentehuis"
    with pytest.raises(ValidationError, match="ongeldig"):
        svc.replace(0, ContactEntry("Alarm", "bel ons"))
    svc.move(4, -1)
    assert svc.card()[3].label == "Bode gemeentehuis"
    svc.remove(3)
    assert len(svc.card()) == 4
    svc.mark_checked(date(2026, 2, 1))
    assert svc.last_checked() == date(2026, 2, 1)
    assert not svc.is_stale(date(2026, 3, 1))
    assert svc.is_stale(date(2026, 8, 1))
    with pytest.raises(ValidationError, match="leeg"):
        svc.save([])
