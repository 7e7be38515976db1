"""Step 3 at the bench vault: the checklist evidence of the step (read on every page refresh; target ≤ 200 ms)
and its documents rendered for a preview (the contactkaart, the sanctiebeleid, the werkinstructie and the
letters; target ≤ 1 s each). Measured, never a pass/fail test (`make bench`)."""

from __future__ import annotations

from tests.benchmarks.run import PASSPHRASE, VAULT, ensure_data, median_ms, record

DOCUMENTS = (
    "contactkaart",
    "sanctiebeleid",
    "werkinstructie-melding-aangifte",
    "brief-toegangsverbod",
    "brief-aangifte-ondersteuning",
)


def run() -> None:
    from datetime import date

    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.area_preparation import evidence
    from veiligbestuur_desktop.services.documents import DocumentService

    ensure_data()
    ws = lifecycle.unlock(VAULT, PASSPHRASE)
    try:
        today = date.today()
        record("stap 3: bewijs bij de checklist", median_ms(lambda: evidence(ws, today)), "ms", 200)
        docs = DocumentService(ws)
        for name in DOCUMENTS:
            record(
                f"stap 3: {name} (voorbeeld)",
                median_ms(lambda n=name: docs.render(n, purpose="preview"), repeat=3) / 1000,
                "s",
                1.0,
            )
    finally:
        ws.lock()
