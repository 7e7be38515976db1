"""Statistics for the region: counts per year × category × channel × severity, numbers below 5 as '<5', no
names, the municipality named for aggregation; audited."""

from __future__ import annotations

from veiligbestuur_desktop.services.importer import ImportService, read_sheet
from veiligbestuur_desktop.services.regional_stats import HEADER, RegionalStatsService
from veiligbestuur_desktop.store import audit


def test_counts_with_small_numbers_suppressed(workspace, tmp_path):
    lines = ["Datum;Omschrijving;Categorie;Slachtoffer;Functie;Ernst;Kanaal"]
    lines += [
        f"0{n + 1}-03-2025;Beledigd nummer {n};belediging;Annemiek Zijlstra;wethouder;2;telefoon"
        for n in range(6)
    ]
    lines += ["01-04-2025;Dreigmail;bedreiging, belediging;Annemiek Zijlstra;;3;e-mail"]
    lines += ["01-04-2024;Dreigbrief;bedreiging;Bauke Tuinstra;raadslid;3;brief"]
    sheet = tmp_path / "cijfers.csv"
    sheet.write_text("\n".join(lines), encoding="utf-8")
    svc = ImportService(workspace)
    svc.run(svc.check(read_sheet(sheet), "incident"))

    header, rows = RegionalStatsService(workspace).table()
    assert header == HEADER
    by_key = {(r[1], r[3], r[4], r[5][:1]): r[6] for r in rows}
    assert by_key[("2025", "verbaal", "telefoon", "2")] == "6"
    assert by_key[("2025", "verbaal", "e-mail", "3")] == "<5"
    assert by_key[("2025", "bedreiging", "e-mail", "3")] == "<5"
    assert by_key[("2025", "totaal", "", "")] == "7"  # every incident once in the year's total
    assert by_key[("2024", "totaal", "", "")] == "<5"
    assert all(r[0] == "Súdwest-Fryslân" for r in rows)
    data, n = RegionalStatsService(workspace).render()
    text = data.decode("utf-8-sig")
    assert n == len(rows) and "Annemiek" not in text and "Zijlstra" not in text and "Dreig" not in text
    with workspace.reading() as s:
        (entry,) = audit.entries_for(s, "register", "regional_stats")
    assert entry.action == "export"
