"""The letters of step 3 filled from the records: the sanction letters (waarschuwing, uitnodiging ordegesprek,
toegangsverbod) from a sanction, and the aangifte-ondersteuningsbrief from an incident and its victim.

The letterhead comes from the Briefhoofd settings and the vault's municipality. The facts are gathered inside
`i18n.dutch()`: paper is Dutch. A victim's home address never reaches a letter (an office holder has none in
the vault; the letter gives the gemeentehuis).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain import i18n
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.people import Role
from veiligbestuur_desktop.domain.preparation import Partner
from veiligbestuur_desktop.domain.sanctions import Decider, LetterKind
from veiligbestuur_desktop.services.preparation import AgreementService, PreparationSettings
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store.preparation import (
    SanctionQuery,
    SanctionRepository,
    incident_facts,
    latest_incident_with_victim,
    victims,
)

if TYPE_CHECKING:  # the report modules load ReportLab: only when a document is made
    from veiligbestuur_desktop.reports.letter import Letterhead
    from veiligbestuur_desktop.reports.letters_preparation import (
        AangifteLetterFacts,
        SanctionLetterFacts,
        Signer,
    )

SANCTION_LETTERS = (LetterKind.WAARSCHUWING, LetterKind.ORDEGESPREK, LetterKind.TOEGANGSVERBOD)


def sanction_reference(sanction_id: int, decided_on: date | None) -> str:
    return f"S-{(decided_on or date.today()).year}-{sanction_id:04d}"


class LetterService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.settings = PreparationSettings(ws)

    def letterhead(self) -> Letterhead:
        from veiligbestuur_desktop.reports.letter import Letterhead

        h = self.settings.letterhead()
        return Letterhead(
            municipality=self.settings.municipality(),
            visiting_address=h.visiting_address,
            postal_address=h.postal_address,
            phone=h.phone,
            website=h.website,
            email=h.email,
        )

    def _signer(self, decided_by: Decider | None) -> Signer:
        from veiligbestuur_desktop.reports.letters_preparation import Signer

        h = self.settings.letterhead()
        if decided_by is None or decided_by == Decider.BURGEMEESTER:
            return Signer(h.signer_name, h.signer_function or "burgemeester")
        with i18n.dutch():
            return Signer("", Decider(decided_by).label)

    # --- sanction letters -----------------------------------------------------------------------------

    def sanction_facts(
        self, kind: LetterKind, sanction_id: int, today: date | None = None
    ) -> SanctionLetterFacts:
        from veiligbestuur_desktop.reports.letters_preparation import SanctionLetterFacts

        today = today or date.today()
        with self.ws.reading() as s:
            repo = SanctionRepository(s)
            row = repo.require(sanction_id, lambda: tr("sanctions", "Deze sanctie bestaat niet (meer)."))
            step = repo.step(row.step_id)
            person = repo.person(row.person_id)
            assert step is not None and person is not None
            if step.letter != kind.value:
                with i18n.dutch():
                    wanted = LetterKind(step.letter).label
                raise ValidationError(
                    tr(
                        "letters",
                        "Bij de maatregel ‘{step}’ hoort volgens de sanctieladder: {letter}. Kies die brief, of "
                        "pas de brief van de maatregel aan in Sanctiebeleid.",
                    ).format(step=step.title, letter=wanted)
                )
            inc = incident_facts(s, row.incident_id) if row.incident_id else None
            draft = repo.draft(row)
        head = self.settings.letterhead()
        return SanctionLetterFacts(
            kind=kind.value,
            letterhead=self.letterhead(),
            signer=self._signer(draft.decided_by),
            reference=sanction_reference(sanction_id, draft.decided_on),
            letter_date=today,
            person_name=person.name or person.description[:60],
            person_address=person.address,
            step_title=step.title,
            decided_on=draft.decided_on,
            ends_on=draft.ends_on,
            legal_basis=step.legal_basis,
            bezwaar=step.bezwaar,
            incident_date=inc.occurred_on if inc else None,
            incident_categories=inc.categories if inc else (),
            behaviour=draft.notes,
            contact=head.contact,
        )

    def sanction_letter(self, kind: LetterKind, sanction_id: int, today: date | None = None) -> bytes:
        from veiligbestuur_desktop.reports.letters_preparation import render_sanction_letter

        with i18n.dutch():
            return render_sanction_letter(self.sanction_facts(kind, sanction_id, today))

    def current_sanction(self, kind: LetterKind) -> int | None:
        """The latest sanction whose ladder step uses this letter."""
        with self.ws.reading() as s:
            repo = SanctionRepository(s)
            for listed in repo.page(SanctionQuery(), 0, 500):
                step = repo.step(int(listed.values["step_id"]))
                if step is not None and step.letter == kind.value:
                    return listed.id
        return None

    # --- the aangifte-ondersteuningsbrief -------------------------------------------------------------

    def aangifte_facts(self, incident_id: int, today: date | None = None) -> AangifteLetterFacts:
        from veiligbestuur_desktop.reports.letters_preparation import AangifteLetterFacts

        today = today or date.today()
        with self.ws.reading() as s:
            inc = incident_facts(s, incident_id)
            if inc is None:
                raise ValidationError(tr("letters", "Dit incident bestaat niet (meer)."))
            found = victims(s, incident_id)
        if not found:
            raise ValidationError(
                tr(
                    "letters",
                    "Bij incident {n} is geen slachtoffer vastgelegd. Voeg het slachtoffer toe in stap 6; de brief "
                    "is voor het slachtoffer.",
                ).format(n=inc.number)
            )
        _pid, name, role = next((v for v in found if v[2]), found[0])
        with i18n.dutch():
            role_text = Role(role).label if role else "naaste van een ambtsdrager"
            police = ""
            for _i, d in AgreementService(self.ws).all():
                if d.partner == Partner.ELA and d.contact:
                    police = d.contact
                    break
        head = self.settings.letterhead()
        return AangifteLetterFacts(
            letterhead=self.letterhead(),
            signer=self._signer(None),
            letter_date=today,
            incident_number=inc.number,
            incident_date=inc.occurred_on,
            incident_categories=inc.categories,
            victim_name=name,
            victim_role=role_text,
            police_contact=police,
            contact=head.contact,
        )

    def aangifte_letter(self, incident_id: int, today: date | None = None) -> bytes:
        from veiligbestuur_desktop.reports.letters_preparation import render_aangifte_letter

        with i18n.dutch():
            return render_aangifte_letter(self.aangifte_facts(incident_id, today))

    def current_incident(self) -> int | None:
        with self.ws.reading() as s:
            return latest_incident_with_victim(s)
