"""`make bench`: measurements at 100,000 incidents, printed as a table next to the targets. Never fails on a time.

The demo vault (and a plain SQLite copy of it, for the comparison) is built once in .bench/ (git-ignored).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(os.environ.get("VEILIGBESTUUR_BENCH_DIR", ROOT / ".bench"))
N = int(os.environ.get("VEILIGBESTUUR_BENCH_INCIDENTS", "100000"))
VAULT = BENCH / f"vault-{N}"
PLAIN = BENCH / f"plain-{N}.sqlite"
PASSPHRASE = "Benchmark wachtwoord voor de demo 2026"

rows: list[tuple[str, str, str, bool | None]] = []


def median_ms(fn: Callable[[], Any], repeat: int = 7, warm: int = 1) -> float:
    for _ in range(warm):
        fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def record(name: str, value: float, unit: str, target: float | None, *, lower: float | None = None) -> None:
    ok = None if target is None else (value <= target and (lower is None or value >= lower))
    shown = (f"{value:.2f} {unit}" if unit in ("×", "s") else f"{value:,.1f} {unit}").replace(",", " ")
    goal = (
        ""
        if target is None
        else (f"{lower:g}–{target:g} {unit}" if lower is not None else f"≤ {target:g} {unit}")
    )
    rows.append((name, shown, goal, ok))
    print(f"  {name}: {shown}", file=sys.stderr, flush=True)


def ensure_data() -> None:
    from veiligbestuur_desktop.services import demo

    BENCH.mkdir(exist_ok=True)
    if not VAULT.exists():
        print(f"Demokluis met {N} incidenten maken (eenmalig)…", file=sys.stderr, flush=True)
        t = time.perf_counter()
        ws, _ = demo.create_demo_vault(VAULT, PASSPHRASE, N, seed=1)
        record("demo: kluis vullen", time.perf_counter() - t, "s", None)
        ws.lock()
    if not PLAIN.exists():
        from veiligbestuur_desktop.vault.database import connect_raw
        from veiligbestuur_desktop.vault.vault import Vault

        v = Vault.open(VAULT).unlock_with_passphrase(PASSPHRASE)
        conn = connect_raw(v.paths.db, v.key)
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(PLAIN),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        conn.close()
        v.lock()


def query_mix(session_factory: Callable[[], Any]) -> dict[str, Callable[[], Any]]:
    from datetime import date

    from veiligbestuur_desktop.store import incidents as store
    from veiligbestuur_desktop.store import plan
    from veiligbestuur_desktop.store.incidents import IncidentQuery

    def run(fn: Callable[[Any], Any]) -> Callable[[], Any]:
        def inner() -> Any:
            with session_factory() as s:
                return fn(s)

        return inner

    today = date(2026, 11, 15)
    return {
        "lijst: eerste pagina": run(lambda s: store.page(s, IncidentQuery(), 0, 200)),
        "lijst: aantal": run(lambda s: store.count(s, IncidentQuery())),
        "filter jaar+status": run(
            lambda s: store.page(s, IncidentQuery(year=2025, status="afgesloten"), 0, 200)
        ),
        "filter categorie": run(lambda s: store.page(s, IncidentQuery(category="doxing"), 0, 200)),
        "filter persoon": run(lambda s: store.page(s, IncidentQuery(person_id=2), 0, 200)),
        "zoeken (tekst)": run(lambda s: store.page(s, IncidentQuery(text="windmolens"), 0, 200)),
        "sorteren op kanaal": run(lambda s: store.page(s, IncidentQuery(sort="channel"), 0, 200)),
        "overzicht: te doen": run(lambda s: store.due_follow_ups(s, today, today, 500)),
        "overzicht: voortgang": run(lambda s: plan.load_states(s)),
    }


def bench_store() -> None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import Session

    from veiligbestuur_desktop.vault.vault import Vault

    v = Vault.open(VAULT).unlock_with_passphrase(PASSPHRASE)
    plain = create_engine(f"sqlite:///{PLAIN}")

    @event.listens_for(plain, "connect")
    def _pragmas(dbapi: Any, _rec: Any) -> None:
        dbapi.execute("PRAGMA cache_size = -131072")

    enc_mix = query_mix(lambda: Session(v.engine))
    plain_mix = query_mix(lambda: Session(plain))
    total_enc = total_plain = 0.0
    for name in enc_mix:
        e = median_ms(enc_mix[name], warm=2)
        p = median_ms(plain_mix[name], warm=2)
        total_enc += e
        total_plain += p
        rows.append((f"store: {name}", f"{e:.1f} ms (plain {p:.1f} ms)", "", None))
    record("store: querymix SQLCipher / plain SQLite", total_enc / total_plain, "×", 1.2)
    v.lock()


def bench_unlock() -> None:
    from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
    from veiligbestuur_desktop.services.plan import PlanService
    from veiligbestuur_desktop.services.workspace import Workspace
    from veiligbestuur_desktop.vault import crypto
    from veiligbestuur_desktop.vault.vault import Vault, normalise_secret

    vault = Vault.open(VAULT)
    slot = vault.passphrase_slots()[0]
    assert slot.kdf is not None
    kdf_ms = median_ms(
        lambda: crypto.derive(normalise_secret(PASSPHRASE), slot.salt, slot.kdf), repeat=3, warm=0
    )

    def open_and_overview() -> None:
        opened = Vault.open(VAULT).unlock_with_passphrase(PASSPHRASE)
        ws = Workspace(opened)
        PlanService(ws).overview()
        IncidentService(ws).todo()
        IncidentService(ws).count(IncidentQuery())
        ws.lock()

    total_ms = median_ms(open_and_overview, repeat=3, warm=0)
    record("ontgrendelen: KDF (Argon2id)", kdf_ms / 1000, "s", 1.0, lower=0.3)
    record("ontgrendelen: openen + overzicht", (total_ms - kdf_ms) / 1000, "s", None)
    record("ontgrendelen: totaal", total_ms / 1000, "s", 1.0)


def bench_gui() -> None:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from veiligbestuur_desktop.services.incident_report import IncidentReportService
    from veiligbestuur_desktop.services.incidents import IncidentQuery, IncidentService
    from veiligbestuur_desktop.services.workspace import Workspace
    from veiligbestuur_desktop.ui.incidents.model import IncidentTableModel
    from veiligbestuur_desktop.ui.kit.worker import run_task
    from veiligbestuur_desktop.vault.vault import Vault

    app = QApplication.instance() or QApplication([])
    ws = Workspace(Vault.open(VAULT).unlock_with_passphrase(PASSPHRASE))
    svc = IncidentService(ws)
    model = IncidentTableModel()

    def first_page() -> None:
        model.set_service(svc)
        model.data(model.index(0, 0))

    def filtered() -> None:
        model.set_query(IncidentQuery(status="in_behandeling", category="bedreiging"))
        model.data(model.index(0, 0))

    def sorted_() -> None:
        model.set_query(IncidentQuery())
        model.sort(5, Qt.SortOrder.AscendingOrder)
        model.data(model.index(0, 0))

    record("lijstmodel: eerste pagina", median_ms(first_page), "ms", 100)
    record("lijstmodel: filter", median_ms(filtered), "ms", 150)
    record("lijstmodel: sorteren", median_ms(sorted_), "ms", 200)

    model.set_query(IncidentQuery())
    for row in range(model.rowCount()):
        model.row_at(row)
    rss_kb = next(
        int(line.split()[1])
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmRSS")
    )
    record(f"geheugen na doorlopen van {model.rowCount()} incidenten", rss_kb / 1024, "MB", 300)

    incident_id = svc.page(IncidentQuery(), 100, 1)[0].id
    reports = IncidentReportService(ws)
    record(
        "incidentrapport (PDF)",
        median_ms(lambda: reports.render(incident_id, purpose="preview"), repeat=9),
        "ms",
        150,
    )

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    done = []
    for _ in range(5):
        task = run_task(
            None, "rapport", lambda: reports.render(incident_id, purpose="preview"), on_done=done.append
        )
        while not task.done:
            app.processEvents()
            time.sleep(0.001)
    heartbeat.stop()
    record("langste hapering GUI tijdens rapport", max(gaps) - 5 if gaps else 0.0, "ms", 50)
    ws.lock()


def bench_startup() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    samples = []
    for _ in range(3):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.startup_probe", "--data-dir", str(VAULT)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("UNLOCK_DIALOG_SHOWN")), None)
        if line is None:
            rows.append(("start tot ontgrendelvenster", "mislukt", "", False))
            return
        samples.append(float(line.split()[1]) - start)
    record("start tot ontgrendelvenster", statistics.median(samples), "s", None)


def extra_parts() -> list[Callable[[], None]]:
    """`tests/benchmarks/bench_<area>.py` modules with a `run()` that calls `record(...)` (import it from here):
    a new benchmark is one new file."""
    import importlib
    import pkgutil

    from tests import benchmarks

    return [
        importlib.import_module(f"tests.benchmarks.{m.name}").run
        for m in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name)
        if m.name.startswith("bench_")
    ]


def main() -> int:
    ensure_data()
    for part in (bench_store, bench_unlock, bench_gui, bench_startup, *extra_parts()):
        part()
    width = max(len(r[0]) for r in rows)
    print(f"\nVeiligBestuur benchmarks — {N} incidenten, {os.cpu_count()} cores\n")
    print(f"{'meting'.ljust(width)}  {'gemeten':>28}  {'doel':>14}  ")
    print("-" * (width + 50))
    for name, value, goal, ok in rows:
        mark = "" if ok is None else ("ok" if ok else "MISSER")
        print(f"{name.ljust(width)}  {value:>28}  {goal:>14}  {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
