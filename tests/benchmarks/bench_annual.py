"""Step 7: the jaarevaluatie counted and the jaarverslag and raadsinformatiebrief rendered for a year of about
2,000 incidents (target: the jaarverslag with its charts in ≤ 2 s), and the overview's dashboard counts at
the 100,000-incident bench vault. Measured, never a pass/fail test (`make bench`)."""

from __future__ import annotations

import sys
import time

from tests.benchmarks.run import BENCH, PASSPHRASE, VAULT, N, ensure_data, median_ms, record

ANNUAL_INCIDENTS = 10_000  # five demo years: about 2,000 incidents in each full year
ANNUAL_VAULT = BENCH / f"vault-annual-{ANNUAL_INCIDENTS}"


def _annual_vault():  # type: ignore[no-untyped-def]
    from veiligbestuur_desktop.services import demo, lifecycle

    BENCH.mkdir(exist_ok=True)
    if not ANNUAL_VAULT.exists():
        print(f"Demokluis met {ANNUAL_INCIDENTS} incidenten maken (eenmalig)…", file=sys.stderr, flush=True)
        ws, _ = demo.create_demo_vault(ANNUAL_VAULT, PASSPHRASE, ANNUAL_INCIDENTS, seed=1)
        return ws
    return lifecycle.unlock(ANNUAL_VAULT, PASSPHRASE)


def run() -> None:
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.annual import AnnualService
    from veiligbestuur_desktop.services.demo import ANCHOR
    from veiligbestuur_desktop.services.documents import DocumentService

    year = ANCHOR.year - 1
    ws = _annual_vault()
    try:
        annual = AnnualService(ws)
        total = annual.figures(year).total
        record(
            f"jaarevaluatie: cijfers van {year} ({total} incidenten)",
            median_ms(lambda: annual.figures(year)),
            "ms",
            500,
        )
        docs = DocumentService(ws)
        t = time.perf_counter()
        docs.render("jaarverslag", year, purpose="preview")
        record("jaarverslag met grafieken (eerste keer)", time.perf_counter() - t, "s", 2.0)
        record(
            "jaarverslag met grafieken",
            median_ms(lambda: docs.render("jaarverslag", year, purpose="preview"), repeat=3) / 1000,
            "s",
            2.0,
        )
        record(
            "raadsinformatiebrief",
            median_ms(lambda: docs.render("raadsinformatiebrief", year, purpose="preview"), repeat=3) / 1000,
            "s",
            2.0,
        )
    finally:
        ws.lock()

    ensure_data()
    ws = lifecycle.unlock(VAULT, PASSPHRASE)
    try:
        annual = AnnualService(ws)
        record(
            f"overzicht: dashboardtellingen bij {N} incidenten",
            median_ms(annual.dashboard, repeat=5),
            "ms",
            300,
        )
        record(
            f"jaarevaluatie: cijfers van {year} bij {N} incidenten",
            median_ms(lambda: annual.figures(year), repeat=3),
            "ms",
            None,
        )
    finally:
        ws.lock()
