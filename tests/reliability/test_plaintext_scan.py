"""After a full scenario, no known sensitive string is anywhere on disk in plaintext: data dir, temp dir, logs,
QSettings, caches. A planted marker must be found, so that the scan cannot pass by scanning nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from tests.conftest import PASSPHRASE
from tests.ui.conftest import fill_first_run
from tests.ui.test_main_flow import confirm_recovery_key
from veiligbestuur_desktop import paths
from veiligbestuur_desktop.domain.incidents import (
    AimedAt,
    Channel,
    CheckItem,
    FollowUpDraft,
    FollowUpStatus,
    IncidentDraft,
    Place,
    Track,
    VictimDraft,
)
from veiligbestuur_desktop.domain.people import PersonDraft, PersonKind, Role
from veiligbestuur_desktop.services import backup
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.incident_report import IncidentReportService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.app.start import AppController

MARKERS = [
    "Zwartbroek-Ydema",  # victim's name
    "Kwetsbaarheidsmarker Tjalleberd",  # incident description
    "Vuurtorenpad 77",  # perpetrator's address
    "PVMARKER991234",  # police report number
    "Bijlagegeheim Oranjewoud",  # attachment content
    "Coördinatrix Haaijema",  # coordinator
]


def encodings(marker: str) -> list[bytes]:
    variants = {marker, marker.lower(), marker.upper()}
    out = []
    for v in variants:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(v.encode(enc))
    return out


def _decoded_views(path: Path, data: bytes) -> list[bytes]:
    """Compressed containers could hide plaintext from a byte scan: also look inside zips and PDFs."""
    import io
    import zipfile

    views: list[bytes] = []
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for name in zf.namelist():
                    views.append(zf.read(name))
        except (zipfile.BadZipFile, OSError):
            pass
    if data[:5] == b"%PDF-":
        from pypdf import PdfReader

        try:
            reader = PdfReader(io.BytesIO(data))
            if not reader.is_encrypted:
                views.append("".join(p.extract_text() for p in reader.pages).encode("utf-8"))
        except Exception:  # a damaged PDF: the raw bytes are still scanned
            pass
    return views


def scan(roots: list[Path], markers: list[str]) -> dict[str, list[str]]:
    patterns = {m: encodings(m) for m in markers}
    hits: dict[str, list[str]] = {}
    scanned = 0
    for root in roots:
        if not root.exists():
            continue
        for f in root.rglob("*"):
            if not f.is_file() or f.is_symlink():
                continue
            try:
                data = f.read_bytes()
            except OSError:
                continue
            scanned += 1
            views = [data, *_decoded_views(f, data)]
            for marker, pats in patterns.items():
                if any(p in view for view in views for p in pats):
                    hits.setdefault(marker, []).append(str(f))
    assert scanned > 0, "the scan found no files at all"
    return hits


def test_no_plaintext_anywhere_after_a_full_scenario(qtbot, app, sandbox, tmp_path):
    data_dir = tmp_path / "kluis"
    ctrl = AppController(data_dir)
    ctrl.start()
    dlg = ctrl.first_run
    fill_first_run(dlg, "Heerenveen", MARKERS[5], PASSPHRASE)
    dlg.submit()
    qtbot.waitUntil(lambda: getattr(ctrl, "recovery_dialog", None) is not None, timeout=15000)
    confirm_recovery_key(qtbot, ctrl.recovery_dialog)
    qtbot.waitUntil(lambda: ctrl.workspace is not None, timeout=15000)
    ws = ctrl.workspace
    qtbot.addWidget(ctrl.window)

    persons = PersonService(ws)
    victim = persons.create(PersonDraft(PersonKind.AMBTSDRAGER, name=MARKERS[0], role=Role.WETHOUDER))
    dader = persons.create(PersonDraft(PersonKind.BETROKKENE, name="Onbekende Dader", address=MARKERS[2]))
    incidents = IncidentService(ws)
    reg = incidents.register(
        IncidentDraft(
            occurred_on=date.today(),
            reported_on=date.today(),
            description=f"{MARKERS[1]}: bedreiging bij de woning",
            categories=("bedreiging",),
            channel=Channel.PERSOONLIJK,
            place=Place.WONING,
            severity_level=3,
            victims=(VictimDraft(victim, True, AimedAt.PERSOON),),
            perpetrator_known=True,
            perpetrator_id=dader,
        )
    )
    AttachmentService(ws).add(reg.id, "brief.txt", f"{MARKERS[4]} — dreigbrief".encode())
    incidents.set_check(reg.id, CheckItem.PROTOCOL, date.today())
    aangifte = next(f for f in incidents.detail(reg.id).follow_ups if f.track == Track.AANGIFTE)
    incidents.update_follow_up(
        aangifte.id,
        FollowUpDraft(aangifte.title, status=FollowUpStatus.GEREED, details={"pv_number": MARKERS[3]}),
    )
    # the GUI: list, detail, report preview from memory
    ctrl.window.register.refresh()
    ctrl.window.open_incident(reg.id)
    from veiligbestuur_desktop.ui.incidents.detail import IncidentDetailDialog
    from veiligbestuur_desktop.ui.kit.viewers import PdfPreviewDialog

    detail = ctrl.window.findChild(IncidentDetailDialog)
    detail.report("preview")
    qtbot.waitUntil(lambda: detail.findChild(PdfPreviewDialog) is not None, timeout=15000)
    assert detail.findChild(PdfPreviewDialog).document.pageCount() >= 1
    pdf = IncidentReportService(ws).render(reg.id, purpose="preview")
    assert len(pdf) > 1000
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.make_backup(ws, usb / "handmatig.vbbackup")
    backup.auto_backup(ws)
    ctrl.window.tabs.setCurrentIndex(6)
    QSettings().sync()
    ctrl.lock()
    ctrl.quit()
    qtbot.wait(50)

    assert (usb / "handmatig.vbbackup").exists() and backup.newest_backup(data_dir) is not None
    roots = [sandbox, data_dir, usb, paths.log_dir()]
    hits = scan(roots, MARKERS)
    assert hits == {}, f"plaintext found: {hits}"


def test_the_scan_looks_inside_pdfs(sandbox):
    from veiligbestuur_desktop.reports import layout

    pdf = layout.render(
        [layout.para("Verborgen Geheim Wijnjewoude", layout.styles())],
        title="t",
        municipality="m",
        generated_at=__import__("datetime").datetime(2026, 1, 1),
    )
    assert b"Verborgen Geheim Wijnjewoude" not in pdf  # compressed: a byte scan alone would miss it
    planted = sandbox / "tmp" / "planted.pdf"
    planted.write_bytes(pdf)
    try:
        assert str(planted) in scan([sandbox], ["Verborgen Geheim Wijnjewoude"]).get(
            "Verborgen Geheim Wijnjewoude", []
        )
    finally:
        planted.unlink()


def test_the_scan_finds_a_planted_marker(sandbox):
    planted = sandbox / "tmp" / "planted-marker.bin"
    planted.write_bytes(b"xx" + "Geplante Markeerstift Ëlst".upper().encode("utf-16-le") + b"yy")
    try:
        hits = scan([sandbox], ["Geplante Markeerstift Ëlst"])
        assert str(planted) in hits["Geplante Markeerstift Ëlst"]
    finally:
        planted.unlink()


def test_qsettings_and_logs_live_in_the_scanned_places(app, sandbox):
    assert QSettings().fileName().startswith(str(sandbox))
    assert str(paths.log_dir()).startswith(str(sandbox))
