"""Step 2 — Preventieve maatregelen nemen: its documents, the evidence for its checklist items and its demo
records (services/extensions.py)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from veiligbestuur_desktop.domain.people import PersonKind, Role
from veiligbestuur_desktop.domain.prevention import (
    AnalysisKind,
    AnalysisStatus,
    MeasureCategory,
    MeasureDraft,
    MeasureStatus,
    RiskAnalysisDraft,
    TrainingDraft,
    review_overdue,
    term_start_of,
)
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.services.extensions import (
    DocumentSpec,
    register_demo,
    register_document,
    register_evidence,
)
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import Evidence
from veiligbestuur_desktop.services.prevention import (
    AnalysisQuery,
    MeasureQuery,
    MeasureService,
    RiskAnalysisService,
    TrainingQuery,
    TrainingService,
)
from veiligbestuur_desktop.services.workspace import Workspace

# --- documents ----------------------------------------------------------------------------------------------


def _render_analysis(ws: Workspace, record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports.risk_analysis import render

    service = RiskAnalysisService(ws)
    analysis_id = record_id if record_id is not None else service.latest()
    if analysis_id is None:  # resolve() says so first; kept for a direct call
        raise ValueError("no risk analysis")
    return render(service.report_data(analysis_id))


def _render_plan(ws: Workspace, _record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports.measures_plan import render

    return render(MeasureService(ws).plan_data())


def _render_trainings(ws: Workspace, _record_id: int | None) -> bytes:
    from veiligbestuur_desktop.reports.training_overview import render

    return render(TrainingService(ws).overview_data())


register_document(
    DocumentSpec(
        name="risicoanalyse",
        title="Risicoanalyse",
        step=2,
        render=_render_analysis,
        record_kind="risk_analysis",
        current=lambda ws: RiskAnalysisService(ws).latest(),
        description="Eén risicoanalyse (VERTROUWELIJK) met risicokaart en maatregelen; zonder --id de "
        "nieuwste actuele analyse die niet persoonsgebonden is.",
    )
)
register_document(
    DocumentSpec(
        name="maatregelenplan",
        title="Maatregelenplan (college)",
        step=2,
        render=_render_plan,
        description="Alle maatregelen met kosten, status en collegebesluit, voor het college; zonder "
        "persoonsgebonden analyses.",
    )
)
register_document(
    DocumentSpec(
        name="trainingsoverzicht",
        title="Trainingsoverzicht",
        step=2,
        render=_render_trainings,
        description="De trainingen met aanwezigen, en wie deze bestuurstermijn nog geen training had.",
    )
)


# --- evidence for the checklist of step 2 ---------------------------------------------------------------------


def _gap(code: str, today: date, text: str) -> Evidence:
    return Evidence(code, today.year, 0, 1, text, None)


def _done(code: str, today: date, text: str) -> Evidence:
    return Evidence(code, today.year, 1, 1, text, ItemStatus.GEREED)


def evidence(ws: Workspace, today: date) -> dict[str, Evidence]:
    out: dict[str, Evidence] = {}
    analyses = RiskAnalysisService(ws).page(AnalysisQuery(show_personal=True, current_only=True), 0, 100000)

    # 2.1 risk analysis: a vastgestelde generic analysis that is not overdue for review (and per dossier)
    code = "preventie_risicoanalyse"
    generic = [
        a
        for a in analyses
        if a.kind == AnalysisKind.GENERIEK.value and a.status == AnalysisStatus.VASTGESTELD.value
    ]
    dossiers = [a for a in analyses if a.kind == AnalysisKind.BELEIDSGEBIED.value]
    if not generic:
        out[code] = _gap(code, today, "nog geen vastgestelde generieke risicoanalyse")
    else:
        best = max(generic, key=lambda a: (a.values.get("made_on") or date.min, a.id))
        made = format_date(best.values.get("made_on"))
        if review_overdue(best.review_on, best.status, today):
            out[code] = _gap(
                code,
                today,
                f"generieke risicoanalyse van {made}: herziening verlopen sinds {format_date(best.review_on)}",
            )
        else:
            extra = f"; {len(dossiers)} per beleidsgebied" if dossiers else "; nog geen per beleidsgebied"
            out[code] = _done(code, today, f"vastgestelde generieke risicoanalyse, {made}{extra}")

    # 2.2 communication, trainings and protocols: a training this term
    code = "preventie_communicatie"
    trainings = TrainingService(ws).page(TrainingQuery(), 0, 100000)
    start = term_start_of(today)
    this_term = [t for t in trainings if start <= t.held_on <= today]
    if this_term:
        last = max(this_term, key=lambda t: t.held_on)
        missing = len(TrainingService(ws).untrained(today))
        out[code] = _done(
            code,
            today,
            f"{len(this_term)} training(en) deze termijn, laatste {format_date(last.held_on)}; "
            f"{missing} ambtsdrager(s) nog zonder training",
        )
    else:
        out[code] = _gap(code, today, f"nog geen training deze bestuurstermijn (sinds {format_date(start)})")

    # 2.3 active protection where needed: a physical or personal measure realised or under way
    code = "preventie_beveiligen"
    measures = MeasureService(ws).page(MeasureQuery(), 0, 100000)
    active = {
        MeasureStatus.IN_UITVOERING.value,
        MeasureStatus.GEREALISEERD.value,
        MeasureStatus.GEEVALUEERD.value,
    }
    protecting = [
        m
        for m in measures
        if m.status in active
        and m.values.get("category") in (MeasureCategory.FYSIEK, MeasureCategory.PERSOONLIJK)
    ]
    waiting = [m for m in measures if m.status == MeasureStatus.VOORGESTELD.value]
    if protecting:
        text = f"{len(protecting)} beveiligingsmaatregel(en) in uitvoering of gerealiseerd"
        if waiting:
            text += f"; {len(waiting)} voorgesteld, wacht op besluit"
        out[code] = _done(code, today, text)
    else:
        out[code] = _gap(code, today, "geen fysieke of persoonlijke beveiligingsmaatregel in uitvoering")
    return out


register_evidence(2, evidence)


# --- demo ---------------------------------------------------------------------------------------------------


def fill_demo(ws: Workspace, seed: int) -> None:
    """Analyses of each kind, measures in every status (the burgemeester's woningscan and beveiligingsadvies
    among them, as the upgrade converts them), trainings before and in this term. Deterministic."""
    from veiligbestuur_desktop.services.demo import ANCHOR

    rng = random.Random(f"{seed}-prevention")
    today = ANCHOR
    people = PersonService(ws).search(kinds=(PersonKind.AMBTSDRAGER,), limit=5000)
    if not people:
        return
    mayor = next((p for p in people if p.role == Role.BURGEMEESTER.value), people[0])
    aldermen = [p for p in people if p.role == Role.WETHOUDER.value] or people
    holder = rng.choice(aldermen)
    analyses = RiskAnalysisService(ws)

    def analysis(kind: AnalysisKind, title: str, made: date, lik: int, imp: int, **kw: object) -> int:
        draft = RiskAnalysisDraft(
            kind,
            title=title,
            made_on=made,
            likelihood=lik,
            impact=imp,
            status=kw.pop("status", AnalysisStatus.VASTGESTELD),  # type: ignore[arg-type]
            owner=str(kw.pop("owner", "coördinator OOV")),
            review_on=kw.pop("review_on", made + timedelta(days=365)),  # type: ignore[arg-type]
            **kw,  # type: ignore[arg-type]
        )
        return int(analyses.create(draft, today=today))

    def jitter(n: int) -> int:
        return max(1, min(5, n + rng.choice((-1, 0, 0, 1))))

    generic = analysis(
        AnalysisKind.GENERIEK,
        "Generieke risicoanalyse politieke ambtsdragers",
        date(2026, 5, 12),
        3,
        3,
        threats="Boze inwoners bij omstreden besluiten; online intimidatie; incidenten op de publieke tribune.",
        vulnerabilities="Open gemeentehuis zonder toegangscontrole; raadsleden met publieke adressen.",
    )
    analysis(
        AnalysisKind.GENERIEK,
        "Generieke risicoanalyse 2022",
        date(2022, 6, 1),
        2,
        3,
        status=AnalysisStatus.VERVALLEN,
        review_on=date(2023, 6, 1),
    )
    asiel = analysis(
        AnalysisKind.BELEIDSGEBIED,
        "Komst asielzoekerscentrum",
        date(2026, 6, 3),
        4,
        4,
        dossier="asielopvang",
        threats="Demonstraties en oproepen op sociale media tegen de wethouder en de burgemeester.",
        vulnerabilities="Informatieavonden in dorpshuizen zonder beveiliging.",
    )
    wind = analysis(
        AnalysisKind.BELEIDSGEBIED,
        "Besluitvorming windpark",
        date(2026, 7, 1),
        jitter(3),
        4,
        dossier="windmolens",
        threats="Actiegroep met dreigende berichten aan raadsleden.",
    )
    analysis(
        AnalysisKind.BELEIDSGEBIED,
        "Handhaving vakantieparken",
        date(2026, 8, 19),
        3,
        jitter(2),
        dossier="handhaving",
        status=AnalysisStatus.CONCEPT,
    )
    event = analysis(
        AnalysisKind.BIJEENKOMST,
        "Informatieavond windpark",
        date(2026, 9, 15),
        4,
        3,
        event="Informatieavond windpark in het dorpshuis",
        event_on=date(2026, 10, 8),
    )
    personal = analysis(
        AnalysisKind.PERSOON,
        "Persoonsgebonden analyse burgemeester",
        date(2025, 9, 1),
        4,
        5,
        person_id=mayor.id,
        review_on=date(2026, 9, 1),  # overdue at the demo's date
        threats="Herhaalde bedreigingen na sluiting van een pand (Damocles).",
        vulnerabilities="Vaste routines; woning vindbaar via openbare bronnen.",
    )
    analysis(
        AnalysisKind.WONING,
        "Woning wethouder",
        date(2026, 3, 2),
        2,
        jitter(4),
        person_id=holder.id,
        vulnerabilities="Achterom zonder verlichting.",
    )

    measures = MeasureService(ws)

    def measure(draft: MeasureDraft, flow: list[tuple[MeasureStatus, date]]) -> None:
        proposed = min([on for _s, on in flow] + [draft.decided_on or today, today])
        mid = int(measures.create(draft, today=today, proposed_on=proposed))
        for status, on in flow:
            measures.set_status(mid, status, on, today=today)

    B, U, R, E, A = (
        MeasureStatus.BESLOTEN,
        MeasureStatus.IN_UITVOERING,
        MeasureStatus.GEREALISEERD,
        MeasureStatus.GEEVALUEERD,
        MeasureStatus.AFGESCHAALD,
    )
    scan, advice = date(2023, 3, 15), date(2024, 5, 1)
    fysiek = MeasureCategory.FYSIEK
    measure(
        MeasureDraft("Woningscan (CCV)", fysiek, mayor.id, decided_on=scan),
        [(B, scan), (U, scan), (R, scan)],
    )
    measure(
        MeasureDraft("Beveiligingsadvies", fysiek, mayor.id, decided_on=advice, reference="BA-2024-017"),
        [(B, advice), (U, advice), (R, advice)],
    )
    measure(
        MeasureDraft(
            "Camerabewaking bij de woning",
            fysiek,
            mayor.id,
            analysis_id=personal,
            cost=Decimal("4250.00"),
            decision_ref="B&W 2026/041",
            decided_on=date(2026, 4, 2),
            owner="facilitaire zaken",
            description="Twee camera's en verlichting aan de achterzijde.",
        ),
        [(B, date(2026, 4, 2)), (U, date(2026, 5, 1))],
    )
    measure(
        MeasureDraft(
            "Weerbaarheidstraining voor raad en college",
            MeasureCategory.ORGANISATORISCH,
            analysis_id=generic,
            cost=Decimal("6500.00"),
            decision_ref="B&W 2026/052",
            decided_on=date(2026, 5, 19),
            owner="griffie",
            description="Twee trainingsavonden per jaar, ook voor burgerraadsleden.",
        ),
        [(B, date(2026, 5, 19)), (U, date(2026, 5, 20)), (R, date(2026, 9, 30)), (E, date(2026, 10, 28))],
    )
    measure(
        MeasureDraft(
            "Beveiliger bij raadsvergaderingen over asielopvang",
            fysiek,
            analysis_id=asiel,
            cost=Decimal(rng.choice(("11800.00", "12400.00"))),
            decision_ref="B&W 2026/077",
            decided_on=date(2026, 6, 16),
            owner="bode / facilitaire zaken",
        ),
        [(B, date(2026, 6, 16)), (U, date(2026, 7, 1)), (R, date(2026, 7, 8))],
    )
    measure(
        MeasureDraft(
            "Afschermen persoonsgegevens in KvK en BRP",
            MeasureCategory.DIGITAAL,
            holder.id,
            decided_on=date(2026, 10, 6),
            decision_ref="B&W 2026/118",
            owner="coördinator OOV",
        ),
        [(B, date(2026, 10, 6))],
    )
    measure(
        MeasureDraft(
            "Monitoring sociale media rond besluit windpark",
            MeasureCategory.DIGITAAL,
            analysis_id=wind,
            cost=Decimal("3000.00"),
            owner="communicatie",
            due_on=date(2027, 1, 31),
        ),
        [],
    )
    measure(
        MeasureDraft(
            "Persoonlijke beveiliging tijdens informatieavond",
            MeasureCategory.PERSOONLIJK,
            analysis_id=event,
            cost=Decimal("1850.00"),
            decision_ref="B&W 2026/101",
            decided_on=date(2026, 9, 22),
            owner="coördinator OOV",
        ),
        [(B, date(2026, 9, 22)), (U, date(2026, 10, 8)), (A, date(2026, 10, 9))],
    )

    trainings = TrainingService(ws)
    ids = [p.id for p in people]
    for course, held_on, trainer, share in (
        ("Omgaan met agressie en bedreiging", date(2022, 6, 14), "Bureau Weerbaar", 0.5),
        ("Starterspakket veiligheid nieuwe raad", date(2026, 5, 20), "coördinator OOV en politie", 0.45),
        ("Weerbaarheid online", date(2026, 9, 30), "Ondersteuningsteam Weerbaar Bestuur", 0.25),
    ):
        chosen = tuple(sorted(rng.sample(ids, max(1, int(len(ids) * share)))))
        trainings.create(TrainingDraft(course, held_on, trainer, chosen), today=today)
    trainings.create(
        TrainingDraft("Agressie aan de balie en op de tribune", date(2027, 2, 10), "Bureau Weerbaar"),
        today=today,
    )


register_demo("prevention", fill_demo)

__all__ = ["evidence", "fill_demo"]
