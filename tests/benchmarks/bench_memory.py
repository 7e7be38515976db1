"""Issue 10: memory while a coordinator browses the 100,000-incident register for ten minutes (RSS sampled; the
bound is the one-pass figure's target), and the overview's to-do counts against an independent count.

VEILIGBESTUUR_BENCH_BROWSE_S sets the browsing time (default 600 s)."""

from __future__ import annotations

import os
import random
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.run import PASSPHRASE, VAULT, record

BOUND_MB = 350  # the one-pass model figure's 300 MB plus the whole main window (seven step pages)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def run() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.support.todo_reference import reference_counts
    from veiligbestuur_desktop.services import lifecycle
    from veiligbestuur_desktop.services.incidents import IncidentService
    from veiligbestuur_desktop.ui.app.main_window import MainWindow
    from veiligbestuur_desktop.ui.incidents.detail import IncidentDetailDialog

    app = QApplication.instance() or QApplication([])
    ws = lifecycle.unlock(VAULT, PASSPHRASE)  # as the app opens it: migrations, settle, background work

    today = date.today()
    counts = IncidentService(ws).todo_counts(today)
    same = (counts.overdue, counts.due) == reference_counts(ws, today)
    record(
        f"overzicht: verlopen {counts.overdue}, nu aan de beurt {counts.due}: gelijk aan een losse telling",
        1.0 if same else 0.0,
        "×",
        1.0,
        lower=1.0,
    )

    win = MainWindow()
    win.resize(1400, 900)
    win.open_workspace(ws)
    win.show()
    app.processEvents()
    opened_mb = _rss_mb()
    register = win.register
    view = register.view
    model = register.model
    rng = random.Random(10)
    words = ["raad", "woning", "mail", "Hoekstra", "2024-", "bedreiging", ""]
    budget = float(os.environ.get("VEILIGBESTUUR_BENCH_BROWSE_S", "600"))
    start = time.monotonic()
    samples: list[tuple[float, float]] = []
    next_sample = 0.0
    sortable = [c for c in range(model.columnCount()) if model.columns.sort_key(c)]
    while (elapsed := time.monotonic() - start) < budget:
        win.tabs.setCurrentIndex(6)
        action = rng.random()
        if action < 0.5:  # scroll to a random place, as a user dragging the scroll bar
            row = rng.randrange(max(model.rowCount(), 1))
            view.scrollTo(model.index(row, 0))
        elif action < 0.65:
            column = rng.choice(sortable)
            view.horizontalHeader().setSortIndicator(
                column, rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
            )
        elif action < 0.8:
            register.search.setText(rng.choice(words))
            register.apply_filters()
        elif action < 0.95 and model.rowCount():
            row = rng.randrange(min(model.rowCount(), 2000))
            incident_id = model.data(model.index(row, 0), Qt.ItemDataRole.UserRole)
            if incident_id is not None:
                register.open_incident(int(incident_id))
                app.processEvents()
                for dlg in win.findChildren(IncidentDetailDialog):
                    dlg.reject()
        else:
            win.tabs.setCurrentIndex(0)
        app.processEvents()
        if elapsed >= next_sample:
            samples.append((elapsed, _rss_mb()))
            next_sample += 15
    samples.append((time.monotonic() - start, _rss_mb()))
    win.close()
    ws.lock()
    first_minute = max((mb for t, mb in samples if t <= 60), default=0.0)
    peak = max(mb for _t, mb in samples)
    half = [mb for t, mb in samples if t >= budget / 2]
    record("geheugen: hoofdvenster geopend (100.000 incidenten)", opened_mb, "MB", None)
    record("geheugen: na de eerste minuut bladeren", first_minute, "MB", None)
    record(f"geheugen: {budget / 60:.0f} min bladeren, hoogste RSS", peak, "MB", BOUND_MB)
    record("geheugen: groei in de tweede helft", (max(half) - min(half)) if half else 0.0, "MB", 25)
