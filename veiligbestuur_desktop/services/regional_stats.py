"""Statistics for the region (issue 14): counts per year × category × channel × severity, pseudonymised (no
names, no texts, no numbers of incidents) and with small numbers (1-4) shown as '<5', so that a
veiligheidsregio or the national monitor can add up municipalities without learning about a person.

An incident with two categories counts once under each; the totals per year (one line per year, category
'totaal') count every incident once. Anonymised incidents count too: the purge keeps what the figures need.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from veiligbestuur_desktop.domain.exchange import suppress
from veiligbestuur_desktop.domain.i18n import dutch
from veiligbestuur_desktop.domain.incidents import Channel, level_label
from veiligbestuur_desktop.fsutil import check_output_target, write_output
from veiligbestuur_desktop.services.exporter import format_of
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import exchange as store
from veiligbestuur_desktop.store.incidents import category_labels

HEADER = ["Gemeente", "Jaar", "Categorie", "Categoriecode", "Kanaal", "Ernst", "Aantal"]


@dataclass(frozen=True, slots=True)
class StatRow:
    year: int
    category: str  # code, or "totaal"
    channel: str  # code, or "" in a total line
    severity: int | None
    count: int


class RegionalStatsService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def rows(self) -> list[StatRow]:
        with self.ws.reading() as s:
            detail = store.stats_rows(s)
            totals = store.yearly_counts(s)
        out = [StatRow(y, c, ch, sev, n) for y, c, ch, sev, n in detail]
        out += [StatRow(y, "totaal", "", None, n) for y, n in sorted(totals.items())]
        return sorted(
            out, key=lambda r: (r.year, r.category == "totaal", r.category, r.channel, r.severity or 0)
        )

    def table(self) -> tuple[list[str], list[list[str]]]:
        with dutch(), self.ws.reading() as s:
            labels = category_labels(s)
        municipality = self.ws.info().municipality
        body = []
        with dutch():
            for r in self.rows():
                body.append(
                    [
                        municipality,
                        str(r.year),
                        labels.get(r.category, "totaal" if r.category == "totaal" else r.category),
                        r.category,
                        _channel(r.channel),
                        level_label(r.severity) if r.severity is not None else "",
                        suppress(r.count),
                    ]
                )
        return HEADER, body

    def render(self) -> tuple[bytes, int]:
        header, body = self.table()
        buf = io.StringIO(newline="")
        w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        w.writerows(body)
        with self.ws.transaction() as s:
            self.ws.audit(
                s, "export", "register", "regional_stats", f"statistiek voor de regio ({len(body)} regels)"
            )
        return ("\ufeff" + buf.getvalue()).encode("utf-8"), len(body)

    def export(self, path: Path, *, force: bool = False) -> int:
        format_of(path, (".csv",))
        forbidden = [self.ws.vault.paths.data_dir]
        check_output_target(Path(path), force=force, forbidden=forbidden)
        data, n = self.render()
        write_output(Path(path), data, force=force, forbidden=forbidden)
        return n


def _channel(code: str) -> str:
    if not code:
        return ""
    try:
        return Channel(code).label
    except ValueError:
        return code
