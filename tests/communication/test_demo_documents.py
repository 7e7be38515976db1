"""Steps 4 and 5 on a demo vault: every kind has records, every document comes out of `veiligbestuur document`
with content (checked with pypdf), the minutes name no victim or perpetrator, an avoidance signal is in no
document, the checklist items have their evidence, and verify stays clean."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.cli import main

DOCUMENTS = {
    "bijeenkomst-risico": ("Risico-inschatting bijeenkomst", "Risiconiveau"),
    "verslag-incidentbespreking": ("Verslag incidentbespreking", "Besproken incidenten"),
    "brief-toelichting-besluit": ("Toelichting besluit", "Het besluit luidt"),
    "uitnodiging-ordegesprek": ("Uitnodiging ordegesprek", "Hierbij nodigen wij u uit"),
    "verslag-ordegesprek": ("Verslag ordegesprek", "Gedragsafspraken"),
}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):  # type: ignore[no-untyped-def]
    mp = pytest.MonkeyPatch()
    mp.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
    d = tmp_path_factory.mktemp("step45") / "demo"
    assert main(["demo", "--data-dir", str(d), "--incidents", "250", "--seed", "4"]) == 0
    yield d
    mp.undo()


@pytest.fixture
def env(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)


def _text(path) -> tuple[PdfReader, str]:  # type: ignore[no-untyped-def]
    reader = PdfReader(str(path))
    return reader, " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _open(demo_dir):  # type: ignore[no-untyped-def]
    from veiligbestuur_desktop.services import lifecycle

    return lifecycle.unlock(demo_dir, PASSPHRASE)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_each_document_from_the_cli_on_a_demo_vault(name, demo_dir, tmp_path, env, capsys):
    out = tmp_path / f"{name}.pdf"
    assert main(["document", name, "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    reader, text = _text(out)
    title, body = DOCUMENTS[name]
    assert (reader.metadata.title or "").startswith(title)
    assert body in text
    assert "Wâldhoeke-Oost" in text


def test_demo_has_every_kind_and_the_minutes_and_documents_hold_no_names(demo_dir, tmp_path, env, capsys):
    from veiligbestuur_desktop.services.actions import ActionService
    from veiligbestuur_desktop.services.area_execution import review_minutes_data
    from veiligbestuur_desktop.services.communication import CommunicationService, VictimInformedService
    from veiligbestuur_desktop.services.contact_log import ContactLogService
    from veiligbestuur_desktop.services.demo import ANCHOR
    from veiligbestuur_desktop.services.documents import DocumentService
    from veiligbestuur_desktop.services.meetings import MeetingService
    from veiligbestuur_desktop.services.persons import PersonService
    from veiligbestuur_desktop.services.reviews import ReviewService
    from veiligbestuur_desktop.services.signals import SignalService
    from veiligbestuur_desktop.store.execution import incident_people

    ws = _open(demo_dir)
    try:
        actions = ActionService(ws)
        assert actions.overdue_count(ANCHOR) > 0 and actions.open_count() > actions.overdue_count(ANCHOR)
        assert MeetingService(ws).rows() and SignalService(ws).rows() and CommunicationService(ws).rows()
        assert VictimInformedService(ws).rows()
        assert ContactLogService(ws).ordegesprekken()
        reviews = ReviewService(ws).rows()
        assert len(reviews) >= 4
        docs = DocumentService(ws)
        signals = [SignalService(ws).get(r.id) for r in SignalService(ws).rows()]
        signal_texts = {s.description for s in signals if s.description}
        for review in reviews:
            d = ReviewService(ws).get(review.id)
            with ws.reading() as s:
                names = [n for n in incident_people(s, d.incident_ids) if len(n) > 3]
            data = review_minutes_data(ws, review.id)
            assert len(data.incidents) == len(d.incident_ids)
            pdf = docs.render("verslag-incidentbespreking", review.id, purpose="preview")
            text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
            for name in names:
                assert name not in text, name
            assert not any(t in text for t in signal_texts)
        # no document is about an avoidance signal
        assert all(spec.record_kind != "avoidance_signal" for spec in docs.available())
        # no victim's name in a letter's window: the ordegesprek goes to the betrokkene
        victims = {p.name for p in PersonService(ws).search(kinds=()) if p.kind in ("ambtsdrager", "naaste")}
        pdf = docs.render("uitnodiging-ordegesprek", purpose="preview")
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert not any(v in text for v in victims if v)
    finally:
        ws.lock()


def test_evidence_of_steps_4_and_5_on_the_demo(demo_dir, env):
    from veiligbestuur_desktop.domain.vocab import ItemStatus
    from veiligbestuur_desktop.services.plan import PlanService

    ws = _open(demo_dir)
    try:
        today = date.today()
        ev4 = PlanService(ws).evidence(today, step=4)
        ev5 = PlanService(ws).evidence(today, step=5)
    finally:
        ws.lock()
    codes4 = {
        "uitvoering_maatregelen",
        "uitvoering_operationeel",
        "uitvoering_bespreken",
        "uitvoering_vermijding",
    }
    codes5 = {"communicatie_normen", "communicatie_besluiten", "communicatie_gesprek"}
    assert codes4 <= ev4.keys() and codes5 <= ev5.keys()
    # the demo has overdue action points: the gap is named, the stored status is kept
    m = ev4["uitvoering_maatregelen"]
    assert (m.done, m.total, m.status) == (0, 1, None) and "verlopen" in m.text
    for e in [*ev4.values(), *ev5.values()]:
        assert e.text and e.total == 1
        assert e.status in (ItemStatus.GEREED, None)
        assert (e.status is None) == (e.done == 0)


def test_a_document_about_the_wrong_kind_is_a_dutch_message(demo_dir, tmp_path, env, capsys):
    from veiligbestuur_desktop.services.contact_log import ContactLogService

    ws = _open(demo_dir)
    try:
        phone = next(r.id for r in ContactLogService(ws).rows() if r.values["channel"].value != "ordegesprek")
    finally:
        ws.lock()
    out = tmp_path / "x.pdf"
    code = main(
        [
            "document",
            "verslag-ordegesprek",
            "--data-dir",
            str(demo_dir),
            "--out",
            str(out),
            "--id",
            str(phone),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert "geen ordegesprek" in err and "Traceback" not in err


def test_verify_is_clean_after_the_demo(demo_dir, env, capsys):
    assert main(["verify", "--data-dir", str(demo_dir)]) == 0
    assert "alle controles geslaagd" in capsys.readouterr().out
