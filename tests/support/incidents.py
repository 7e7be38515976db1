"""Realistic Dutch sample people and incidents for tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from veiligbestuur_desktop.domain.incidents import AimedAt, Channel, Experienced, IncidentDraft, VictimDraft
from veiligbestuur_desktop.domain.people import BetrokkeneType, PersonDraft, PersonKind, Relation, Role
from veiligbestuur_desktop.services.persons import PersonService

HOME_ADDRESS = "Tsjerkebuorren 12, 9001 AB Grou"
TODAY = date(2026, 11, 28)


@dataclass
class People:
    wethouder: int
    raadslid: int
    partner: int
    dader: int
    onbekende: int


def make_people(ws) -> People:  # type: ignore[no-untyped-def]
    svc = PersonService(ws)
    wethouder = svc.create(
        PersonDraft(
            PersonKind.AMBTSDRAGER,
            name="Hélène van der Meer",
            role=Role.WETHOUDER,
            party="Groen Wâldhoeke",
            portefeuilles="asielopvang, windmolens",
            verhoogd_risico=True,
        )
    )
    raadslid = svc.create(PersonDraft(PersonKind.AMBTSDRAGER, name="Sjoerd Wiersma", role=Role.RAADSLID))
    partner = svc.create(
        PersonDraft(
            PersonKind.NAASTE, name="Joëlle Hoekstra", related_to_id=wethouder, relation=Relation.PARTNER
        )
    )
    dader = svc.create(
        PersonDraft(
            PersonKind.BETROKKENE,
            name="Gerrit Brouwer",
            betrokkene_type=BetrokkeneType.INDIVIDU,
            address=HOME_ADDRESS,
            birth_date=date(1971, 5, 3),
        )
    )
    onbekende = svc.create(PersonDraft(PersonKind.BETROKKENE, description="Man met capuchon, ca. 40 jaar"))
    return People(wethouder, raadslid, partner, dader, onbekende)


def incident_draft(people: People, **overrides) -> IncidentDraft:  # type: ignore[no-untyped-def]
    values = dict(
        occurred_on=date(2026, 11, 20),
        reported_on=date(2026, 11, 21),
        description=(
            "Na het besluit over de asielopvang kreeg Hélène van der Meer via Facebook het bericht "
            "‘we weten waar je woont’. Haar partner Joëlle Hoekstra zag de auto van Gerrit Brouwer bij het huis."
        ),
        categories=("bedreiging", "doxing"),
        channel=Channel.SOCIALE_MEDIA,
        severity_level=3,
        severity_experienced=Experienced.ERNSTIG,
        reported_by="Hélène van der Meer",
        received_by="Eelke de Vries",
        location="online (Facebook)",
        victims=(
            VictimDraft(people.wethouder, True, AimedAt.AMBT),
            VictimDraft(people.partner, True, AimedAt.PERSOON),
        ),
        perpetrator_known=True,
        perpetrator_id=people.dader,
        witnesses="Buurman (anoniem)",
    )
    values.update(overrides)
    return IncidentDraft(**values)  # type: ignore[arg-type]
