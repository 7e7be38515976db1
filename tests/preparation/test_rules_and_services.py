"""Step 3 below the GUI: the domain rules (who decides, the sanction flow, agreements), the services
(categories, ladder, sanctions, letters) and the checklist evidence."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from tests.support.incidents import HOME_ADDRESS, TODAY, incident_draft, make_people
from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.incidents import AimedAt, VictimDraft
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.domain.preparation import (
    AgreementDraft,
    LetterheadSettings,
    Opvang,
    Partner,
    Subject,
    check_agreement,
)
from veiligbestuur_desktop.domain.sanctions import (
    Decider,
    LetterKind,
    SanctionDraft,
    SanctionStatus,
    check_decider,
    check_sanction,
    decider_for,
    default_ladder,
)
from veiligbestuur_desktop.services import verify
from veiligbestuur_desktop.services.area_preparation import evidence
from veiligbestuur_desktop.services.categories import CategoryService
from veiligbestuur_desktop.services.contacts import ContactService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.letters import LetterService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.preparation import AgreementService, LadderService, PreparationSettings
from veiligbestuur_desktop.services.sanctions import SanctionService


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


# --- domain -------------------------------------------------------------------------------------------


def test_the_loco_burgemeester_decides_when_the_burgemeester_is_the_victim() -> None:
    assert decider_for(Decider.BURGEMEESTER, burgemeester_is_victim=True) == Decider.LOCO_BURGEMEESTER
    assert decider_for(Decider.VOORZITTER_RAAD, burgemeester_is_victim=True) == Decider.LOCO_BURGEMEESTER
    assert decider_for(Decider.BURGEMEESTER, burgemeester_is_victim=False) == Decider.BURGEMEESTER
    assert decider_for(Decider.COLLEGE, burgemeester_is_victim=True) == Decider.COLLEGE
    with pytest.raises(ValidationError, match="loco-burgemeester"):
        check_decider(Decider.BURGEMEESTER, True)
    check_decider(Decider.LOCO_BURGEMEESTER, True)
    check_decider(Decider.BURGEMEESTER, False)


def test_the_national_ladder_has_the_steps_of_the_issue() -> None:
    codes = [d.code for d in default_ladder()]
    assert codes == [
        "waarschuwing",
        "ordegesprek",
        "toegangsverbod",
        "tribune",
        "gebiedsverbod",
        "civiel_verbod",
        "aangifte",
        "schadeverhaal",
    ]
    by_code = {d.code: d for d in default_ladder()}
    assert "art. 172a Gemeentewet" in by_code["gebiedsverbod"].legal_basis
    assert "art. 26 Gemeentewet" in by_code["tribune"].legal_basis
    assert by_code["toegangsverbod"].letter == LetterKind.TOEGANGSVERBOD


def test_sanction_checks() -> None:
    base = SanctionDraft(person_id=1, step_id=1)
    assert check_sanction(base, TODAY).status == SanctionStatus.VOORGENOMEN
    with pytest.raises(ValidationError, match="besluitdatum"):
        check_sanction(SanctionDraft(1, 1, status=SanctionStatus.OPGELEGD), TODAY)
    decided = SanctionDraft(
        1, 1, status=SanctionStatus.OPGELEGD, decided_by=Decider.BURGEMEESTER, decided_on=date(2026, 11, 1)
    )
    with pytest.raises(ValidationError, match="einddatum"):
        check_sanction(SanctionDraft(**{**_fields(decided), "ends_on": date(2026, 10, 1)}), TODAY)
    with pytest.raises(ValidationError, match="bezwaar is ingediend"):
        check_sanction(SanctionDraft(**{**_fields(decided), "bezwaar_decided_on": date(2026, 11, 10)}), TODAY)
    with pytest.raises(ValidationError, match="kan niet meer"):
        check_sanction(base, TODAY, before=SanctionStatus.AFGELOPEN)


def _fields(d: SanctionDraft) -> dict[str, object]:
    return {name: getattr(d, name) for name in d.__dataclass_fields__}


def test_agreement_checks() -> None:
    d = AgreementDraft(Partner.OM, Subject.VPT, agreed_on=date(2026, 1, 1), review_on=date(2025, 1, 1))
    with pytest.raises(ValidationError, match="herzieningsdatum"):
        check_agreement(d, TODAY)
    with pytest.raises(ValidationError, match="datum"):
        check_agreement(AgreementDraft(Partner.OM, Subject.VPT), TODAY)


# --- services -----------------------------------------------------------------------------------------


def test_categories_rename_retire_and_refuse_deleting_one_in_use(workspace) -> None:  # type: ignore[no-untyped-def]
    svc = CategoryService(workspace)
    code = svc.add("Smaad via e-mail")
    assert code == "smaad_via_e_mail"
    with pytest.raises(ValidationError, match="bestaat al"):
        svc.add("smaad via E-mail")
    svc.rename(code, "Smaad per e-mail")
    svc.set_active(code, False)
    assert code not in dict(IncidentService(workspace).categories())
    svc.set_active(code, True)
    svc.delete(code)  # unused: may go
    assert all(c.code != code for c in svc.all())
    IncidentService(workspace).create(incident_draft(make_people(workspace)), today=TODAY)
    with pytest.raises(ValidationError, match="buiten gebruik"):
        svc.delete("bedreiging")
    svc.set_active("bedreiging", False)  # retired: old incidents keep it, new ones do not offer it
    assert "bedreiging" not in dict(IncidentService(workspace).categories())
    assert "bedreiging" in dict(IncidentService(workspace).categories(active_only=False))


def test_ladder_edit_add_move_and_no_delete_in_use(workspace) -> None:  # type: ignore[no-untyped-def]
    ladder = LadderService(workspace)
    steps = ladder.steps()
    assert len(steps) == 8 and steps[0][1].code == "waarschuwing"
    new = ladder.add(
        default_ladder()[0].__class__(title="Tweede waarschuwing", letter=LetterKind.WAARSCHUWING)
    )
    assert ladder.steps()[-1][0] == new.id and ladder.steps()[-1][1].rank == 9
    ladder.move(new.id, -1)
    assert ladder.steps()[-2][0] == new.id
    people = make_people(workspace)
    SanctionService(workspace).create(SanctionDraft(people.dader, steps[0][0]), today=TODAY)
    with pytest.raises(ValidationError, match="In gebruik"):
        ladder.delete(steps[0][0])
    assert verify.verify(workspace, backups=False).ok


def test_a_sanction_belongs_to_a_veroorzaker(workspace) -> None:  # type: ignore[no-untyped-def]
    people = make_people(workspace)
    step = LadderService(workspace).steps()[0][0]
    with pytest.raises(ValidationError, match="veroorzaker"):
        SanctionService(workspace).create(SanctionDraft(people.wethouder, step), today=TODAY)


def test_letters_from_records_never_hold_a_victims_home_address(workspace) -> None:  # type: ignore[no-untyped-def]
    people = make_people(workspace)
    # a victim with a (refused) home address cannot exist; the dader has one recorded
    with pytest.raises(ValidationError, match="adres"):
        PersonService(workspace).create(
            PersonDraft(PersonKind.AMBTSDRAGER, name="X", role=Role.RAADSLID, address=HOME_ADDRESS)
        )
    PreparationSettings(workspace).set_letterhead(
        LetterheadSettings(
            visiting_address="Markt 1\n8700 AA Proefdorp",
            postal_address="Postbus 9\n8700 AB Proefdorp",
            phone="14 0515",
            signer_name="A. de Vries",
        )
    )
    iid = IncidentService(workspace).create(incident_draft(people), today=TODAY)
    AgreementService(workspace).create(
        AgreementDraft(Partner.ELA, Subject.VPT, contact="ELA-contactfunctionaris P. Smit", agreed_on=TODAY),
        today=TODAY,
    )
    letters = LetterService(workspace)
    aangifte = _text(letters.aangifte_letter(iid, today=TODAY))
    for expected in (
        "Hélène van der Meer",
        "wethouder",
        "VPT-code",
        "domicilie",
        "Markt 1",
        "P. Smit",
        "VERTROUWELIJK",
    ):
        assert expected in aangifte, expected
    assert "Tsjerkebuorren" not in aangifte and "Grou" not in aangifte
    # a toegangsverbod goes to the veroorzaker at the address recorded for that person
    ladder = {d.code: i for i, d in LadderService(workspace).steps()}
    sid = SanctionService(workspace).create(
        SanctionDraft(
            people.dader,
            ladder["toegangsverbod"],
            status=SanctionStatus.OPGELEGD,
            decided_by=Decider.BURGEMEESTER,
            decided_on=date(2026, 11, 22),
            ends_on=date(2027, 5, 22),
            incident_id=iid,
        ),
        today=TODAY,
    )
    ban = _text(letters.sanction_letter(LetterKind.TOEGANGSVERBOD, sid, today=TODAY))
    for expected in (
        "Toegangsverbod gemeentehuis",
        "Gerrit Brouwer",
        "Tsjerkebuorren 12",
        "22-05-2027",
        "bezwaar",
        "S-2026-",
    ):
        assert expected in ban, expected
    assert "Hélène" not in ban  # the victim is not named to the veroorzaker
    with pytest.raises(ValidationError, match="toegangsverbod"):
        letters.sanction_letter(LetterKind.WAARSCHUWING, sid, today=TODAY)
    assert letters.current_sanction(LetterKind.TOEGANGSVERBOD) == sid
    assert letters.current_sanction(LetterKind.ORDEGESPREK) is None


def test_burgemeester_as_victim_refuses_the_burgemeester_as_decider(workspace) -> None:  # type: ignore[no-untyped-def]
    people = make_people(workspace)
    mayor = PersonService(workspace).create(
        PersonDraft(PersonKind.AMBTSDRAGER, name="B", role=Role.BURGEMEESTER)
    )
    iid = IncidentService(workspace).create(
        incident_draft(people, victims=(VictimDraft(mayor, True, AimedAt.AMBT),)), today=TODAY
    )
    step = LadderService(workspace).steps()[0][0]
    svc = SanctionService(workspace)
    assert svc.decider(step, iid) == Decider.LOCO_BURGEMEESTER
    draft = SanctionDraft(
        people.dader, step, SanctionStatus.OPGELEGD, Decider.BURGEMEESTER, date(2026, 11, 22), incident_id=iid
    )
    with pytest.raises(ValidationError, match="loco-burgemeester"):
        svc.create(draft, today=TODAY)
    sid = svc.create(
        SanctionDraft(**{**_fields(draft), "decided_by": Decider.LOCO_BURGEMEESTER}), today=TODAY
    )
    letter = _text(LetterService(workspace).sanction_letter(LetterKind.WAARSCHUWING, sid, today=TODAY))
    assert "loco-burgemeester" in letter


def test_evidence_names_the_gaps_and_the_records(workspace) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 11, 28)
    ev = evidence(workspace, today)
    assert ev["voorbereiding_ketenafspraken"].done == 0
    assert "nog geen ketenafspraken" in ev["voorbereiding_ketenafspraken"].text
    assert (
        ev["voorbereiding_opvang"].status is not None
        and "nooit gecontroleerd" in ev["voorbereiding_opvang"].text
    )
    assert (
        ev["voorbereiding_registratie"].done == 1
        and "14 incidentcategorieën" in ev["voorbereiding_registratie"].text
    )
    assert "briefhoofd" in ev["voorbereiding_sanctiebeleid"].text
    agreements = AgreementService(workspace)
    agreements.create(AgreementDraft(Partner.ELA, Subject.ELA, agreed_on=date(2026, 3, 12)), today=today)
    assert "geen ketenafspraak met OM" in evidence(workspace, today)["voorbereiding_ketenafspraken"].text
    agreements.create(AgreementDraft(Partner.OM, Subject.VPT, agreed_on=date(2026, 3, 1)), today=today)
    ok = evidence(workspace, today)["voorbereiding_ketenafspraken"]
    assert (ok.done, ok.text) == (1, "2 ketenafspraken, laatst 12-03-2026")
    ContactService(workspace).mark_checked(date(2026, 5, 1))
    PreparationSettings(workspace).set_opvang(Opvang((("wethouder", "burgemeester"),), "coördinator", "OWB"))
    stale = evidence(workspace, today)["voorbereiding_opvang"]
    assert stale.done == 0 and "01-05-2026" in stale.text and "zes maanden" in stale.text
    ContactService(workspace).mark_checked(date(2026, 11, 1))
    assert evidence(workspace, today)["voorbereiding_opvang"].done == 1


def test_deleting_an_incident_leaves_its_sanctions_unchanged_and_verify_clean(workspace) -> None:  # type: ignore[no-untyped-def]
    people = make_people(workspace)
    iid = IncidentService(workspace).create(incident_draft(people), today=TODAY)
    step = LadderService(workspace).steps()[0][0]
    sid = SanctionService(workspace).create(SanctionDraft(people.dader, step, incident_id=iid), today=TODAY)
    IncidentService(workspace).delete(iid)
    assert SanctionService(workspace).get(sid).incident_id == iid
    assert SanctionService(workspace).view(sid).incident_number == ""
    assert verify.verify(workspace, backups=False).ok
