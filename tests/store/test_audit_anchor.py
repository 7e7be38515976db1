"""The audit trail tied to the records (record hashes) and anchored outside the database (heads in files)."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from datetime import date

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import text

from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE
from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.cli import main
from veiligbestuur_desktop.domain.errors import OutputExists, UserFacingError
from veiligbestuur_desktop.domain.incidents import CheckItem, FollowUpDraft, Track
from veiligbestuur_desktop.domain.rules import PlanItemState
from veiligbestuur_desktop.domain.vocab import ItemStatus
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.anchor import hash_groups
from veiligbestuur_desktop.services import demo, lifecycle
from veiligbestuur_desktop.services.anchor import make_anchor, read_anchor
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.backup import make_backup
from veiligbestuur_desktop.services.incident_report import IncidentReportService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.services.plan import PlanService
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.store import audit, migrate
from veiligbestuur_desktop.store.audit import ChainHead
from veiligbestuur_desktop.vault.vault import Vault

TODAY = date(2026, 11, 28)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 32


def _raw(ws, *statements: str, recursive_triggers: bool = False) -> None:  # type: ignore[no-untyped-def]
    raw = ws.vault.engine.raw_connection()
    try:
        c = raw.driver_connection
        c.execute(f"PRAGMA recursive_triggers = {'ON' if recursive_triggers else 'OFF'}")
        c.execute("BEGIN IMMEDIATE")
        try:
            for st in statements:
                c.execute(st)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
    finally:
        raw.close()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _keywords(pdf: bytes) -> str:
    meta = PdfReader(io.BytesIO(pdf)).metadata
    return str(meta.get("/Keywords")) if meta is not None else ""


# --- the chain: only the next entry may be added ---------------------------------------------------------------


@pytest.mark.parametrize("recursive", [False, True])
def test_insert_or_replace_and_gaps_are_refused_with_or_without_recursive_triggers(workspace, recursive):
    with workspace.reading() as s:
        head = audit.chain_head(s)
        first = audit.entries_for(s, "vault", workspace.vault.database_id)[0]
    cols = "id, ts, slot, action, entity_type, entity_id, summary, prev_hash, hash"
    replace = (
        f"INSERT OR REPLACE INTO audit_log ({cols}) VALUES ({first.id}, '{first.ts}', 'x', 'create', 'vault', "
        f"'', 'weg', '{first.prev_hash}', '{'a' * 64}')"
    )
    gap = (
        f"INSERT INTO audit_log ({cols}) VALUES ({head.count + 2}, 'ts', 'x', 'export', '', '', '', "
        f"'{head.hash}', '{'b' * 64}')"
    )
    wrong_link = (
        f"INSERT INTO audit_log ({cols}) VALUES ({head.count + 1}, 'ts', 'x', 'export', '', '', '', "
        f"'{'c' * 64}', '{'d' * 64}')"
    )
    for statement in (replace, gap, wrong_link):
        with pytest.raises(Exception, match="append-only"):
            _raw(workspace, statement, recursive_triggers=recursive)
    with workspace.reading() as s:
        assert audit.chain_head(s) == head
        assert audit.entries_for(s, "vault", workspace.vault.database_id)[0].summary == first.summary
    # the next entry, well formed, is what the app itself writes
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    assert verify(workspace).ok


def test_an_entry_without_record_hash_hashes_exactly_as_before(workspace):
    with workspace.reading() as s:
        e = audit.entries_for(s, "vault", workspace.vault.database_id)[0]
    assert e.record_hash is None
    old_form = json.dumps(
        [e.id, e.ts, e.slot, e.action, e.entity_type, e.entity_id, e.summary, e.prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    assert e.hash == hashlib.sha256(old_form).hexdigest() == audit.entry_hash(e)


# --- record hashes ----------------------------------------------------------------------------------------------


def _last(ws, entity_type: str, entity_id):  # type: ignore[no-untyped-def]
    with ws.reading() as s:
        return audit.entries_for(s, entity_type, entity_id)[-1]


def _now(ws, kind: str, key) -> str:  # type: ignore[no-untyped-def]
    with ws.reading() as s:
        return audit.record_hash(s, kind, key)


def test_every_write_of_a_record_states_its_hash_after_the_write(workspace):
    people = make_people(workspace)
    incidents = IncidentService(workspace)
    reg = incidents.register(incident_draft(people), TODAY)
    assert _last(workspace, "incident", reg.id).record_hash == _now(workspace, "incident", reg.id)
    assert _last(workspace, "person", people.dader).record_hash == _now(workspace, "person", people.dader)

    incidents.set_check(reg.id, CheckItem.PROTOCOL, TODAY, TODAY)
    assert _last(workspace, "incident", reg.id).record_hash == _now(workspace, "incident", reg.id)

    # a follow-up is part of its incident's record: its entry states the incident's hash
    fu = incidents.detail(reg.id, TODAY).follow_ups[0]
    incidents.update_follow_up(fu.id, FollowUpDraft(fu.title, owner="Griffier", deadline=fu.deadline), TODAY)
    assert _last(workspace, "follow_up", fu.id).record_hash == _now(workspace, "incident", reg.id)
    extra = incidents.add_follow_up(reg.id, Track.SANCTIE, FollowUpDraft("Sanctie overwegen"), TODAY)
    assert _last(workspace, "follow_up", extra).record_hash == _now(workspace, "incident", reg.id)

    att = AttachmentService(workspace).add(reg.id, "foto.png", PNG)
    assert _last(workspace, "attachment", att).record_hash == _now(workspace, "attachment", att)
    AttachmentService(workspace).export(att)
    assert _last(workspace, "attachment", att).record_hash is None  # an export changes no record
    AttachmentService(workspace).delete(att)
    assert _last(workspace, "attachment", att).record_hash == audit.TOMBSTONE

    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    assert _last(workspace, "plan_item", "beleid_media").record_hash == _now(
        workspace, "plan_item", "beleid_media"
    )
    pid = PersonService(workspace).create(PersonService(workspace).get(people.raadslid))
    PersonService(workspace).delete(pid)
    assert _last(workspace, "person", pid).record_hash == audit.TOMBSTONE

    IncidentReportService(workspace).render(reg.id, purpose="export")
    assert _last(workspace, "incident", reg.id).record_hash is None
    kept = AttachmentService(workspace).add(reg.id, "brief.png", PNG + b"2")
    incidents.delete(reg.id)  # its attachments go with it (cascade), each with a tombstone
    assert _last(workspace, "incident", reg.id).record_hash == audit.TOMBSTONE
    assert _last(workspace, "attachment", kept).record_hash == audit.TOMBSTONE

    report = verify(workspace)
    assert report.ok, report.lines()
    assert any("records gedekt" in line for line in report.lines())


def test_record_hash_covers_the_owned_rows_and_ignores_nothing_stored(workspace):
    people = make_people(workspace)
    reg = IncidentService(workspace).register(incident_draft(people), TODAY)
    before = _now(workspace, "incident", reg.id)
    for statement in (
        f"UPDATE incident_victim SET aimed_at = 'persoon' WHERE incident_id = {reg.id}",
        f"UPDATE follow_up SET owner = 'x' WHERE incident_id = {reg.id}",
        f"INSERT INTO incident_check VALUES ({reg.id}, 'opsporing', '2026-11-28', 'x')",
    ):
        _raw(workspace, statement)
        changed = _now(workspace, "incident", reg.id)
        assert changed != before
        before = changed
    assert _now(workspace, "incident", 999) == audit.TOMBSTONE


def _covered(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.reading() as s:
        return audit.verify_records(s).covered


def test_verify_counts_covered_records_and_names_only_table_and_id(workspace):
    seeded = _covered(workspace)  # a new vault holds the national sanction ladder of step 3 (8 steps)
    assert seeded == 8
    people = make_people(workspace)
    reg = IncidentService(workspace).register(incident_draft(people), TODAY)
    lines = verify(workspace).lines()
    assert (
        f"Gegevens tegen audittrail: in orde — {seeded + 6} records gedekt" in lines
    )  # 5 people, 1 incident
    _raw(workspace, f"UPDATE person SET name = 'Gerrit B.' WHERE id = {people.dader}")
    _raw(workspace, f"UPDATE incident SET description = 'niets' WHERE id = {reg.id}")
    report = verify(workspace)
    assert not report.ok
    line = next(x for x in report.lines() if x.startswith("Gegevens tegen audittrail"))
    assert f"incident {reg.id}: gewijzigd zonder auditregel" in line
    assert f"persoon {people.dader}: gewijzigd zonder auditregel" in line
    assert "Gerrit" not in "\n".join(report.lines())


# --- migration 0003 and bulk writes ---------------------------------------------------------------------------


def test_upgrade_from_0002_gives_existing_records_a_baseline(data_dir):
    opened = Vault.create(data_dir, PASSPHRASE)
    cfg = migrate._config()
    with opened.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql(
            "INSERT INTO person (id, kind, name, description, party, portefeuilles, phone, email, verhoogd_risico, "
            "beveiligingsadvies_ref, address, organisation, function, created_at, updated_at) VALUES "
            "(1, 'ambtsdrager', 'Ede Wethouder', '', '', '', '', '', 0, '', '', '', '', '2026-01-01', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO plan_item (code, status, owner, note, updated_at, updated_by) "
            "VALUES ('beleid_media', 'bezig', 'Griffier', '', '2026-01-01 00:00:00', 'x')"
        )
    opened.commit_creation()
    opened.lock()
    ws = lifecycle.unlock(data_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(ws.vault.engine) == migrate.head_revision()
        assert _last(ws, "person", 1).action == "migrate"
        lines = verify(ws).lines()
        # the two records of 0002 and the sanction ladder that migration 0010 seeds
        assert "Gegevens tegen audittrail: in orde — 10 records gedekt" in lines, lines
        _raw(ws, "UPDATE plan_item SET note = 'later' WHERE code = 'beleid_media'")
        assert not verify(ws).ok
    finally:
        ws.lock()


def test_demo_data_verifies_clean(data_dir):
    ws, summary = demo.create_demo_vault(data_dir, PASSPHRASE, 120)
    try:
        report = verify(ws)
        assert report.ok, report.lines()
        with ws.reading() as s:
            covered = audit.verify_records(s).covered
            # every record of every area the demo fills, counted with plain SQL over the audited tables
            rows = sum(
                s.execute(text(f"SELECT count(*) FROM {k.table}")).scalar_one()
                for k in audit.RECORD_KINDS.values()
            )
        assert covered == rows
        assert covered > summary.persons + summary.incidents  # the other steps' records are covered too
    finally:
        ws.lock()


# --- anchors --------------------------------------------------------------------------------------------------


def test_anchor_sheet_holds_the_head_including_its_own_entry(workspace, tmp_path):
    out = tmp_path / "anker.pdf"
    head = make_anchor(workspace, out)
    with workspace.reading() as s:
        last = audit.entries_for(s, "vault", workspace.vault.database_id)[-1]
    assert last.action == "anchor" and (last.id, last.hash) == (head.count, head.hash)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pdf = out.read_bytes()
    assert layout.parse_audit_head(_keywords(pdf)) == (head.count, head.hash)
    content = _text(pdf)
    assert MUNICIPALITY in content and workspace.vault.database_id in content
    assert hash_groups(head.hash)[0] in content and "griffier" in content
    assert read_anchor(out).head == head

    # never over an existing file without --force, never in the data dir; nothing recorded then
    with pytest.raises(OutputExists):
        make_anchor(workspace, out)
    with pytest.raises(UserFacingError):
        make_anchor(workspace, workspace.vault.paths.data_dir / "anker.pdf")
    with workspace.reading() as s:
        assert audit.chain_head(s) == head
    assert make_anchor(workspace, out, force=True).count == head.count + 1


def test_report_pdf_carries_the_head_in_metadata_and_footer(workspace, tmp_path):
    people = make_people(workspace)
    reg = IncidentService(workspace).register(incident_draft(people), TODAY)
    pdf = IncidentReportService(workspace).render(reg.id, purpose="export")
    with workspace.reading() as s:
        head = audit.chain_head(s)
        assert audit.entries_for(s, "incident", reg.id)[-1].action == "export"
    assert layout.parse_audit_head(_keywords(pdf)) == (head.count, head.hash)  # includes its own export
    assert f"Audittrail {head.count} · {head.hash[:8]}…" in _text(pdf)
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf)
    assert read_anchor(path).head == head
    # a password-protected report cannot serve as an anchor file: a clear message
    locked = tmp_path / "beveiligd.pdf"
    locked.write_bytes(
        IncidentReportService(workspace).render(reg.id, password="geheim123", purpose="preview")
    )
    with pytest.raises(UserFacingError, match="wachtwoord"):
        read_anchor(locked)


def test_anchor_from_text_json_and_backup(workspace, tmp_path):
    with workspace.reading() as s:
        head = audit.chain_head(s)
    grouped = tmp_path / "overgetypt.txt"
    grouped.write_text(f"Audittrail {head.count}: {' '.join(hash_groups(head.hash, 16))}\n", encoding="utf-8")
    assert read_anchor(grouped).head == head
    plain = tmp_path / "anker.json"
    plain.write_text(json.dumps({"audit_head": {"count": head.count, "hash": head.hash}}), encoding="utf-8")
    assert read_anchor(plain).head == head

    backup = tmp_path / "kopie.vbbackup"
    manifest = make_backup(workspace, backup)
    assert read_anchor(backup).head == ChainHead(manifest.audit_count, manifest.audit_hash)
    # a manifest's "audit_head" key is read also when the Manifest object has no such fields
    synthetic = tmp_path / "oud.vbbackup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(synthetic, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
    assert read_anchor(synthetic).head == read_anchor(backup).head


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "geen aantal regels"),
        (b"1234 abc", "geen aantal regels"),
        (b"%PDF-1.4 kapot", "geen leesbare PDF"),
        (b"\xff\xfe\x00", "geen PDF, back-up of tekstbestand"),
        (b'{"count": -1, "hash": "00"}', "aantal regels"),
    ],
)
def test_unreadable_anchor_files_get_a_dutch_message(tmp_path, content, message):
    path = tmp_path / "anker.txt"
    path.write_bytes(content)
    with pytest.raises(UserFacingError, match=message):
        read_anchor(path)
    with pytest.raises(UserFacingError, match="bestaat niet"):
        read_anchor(tmp_path / "weg.pdf")


def test_verify_with_an_anchor_finds_a_truncated_tail(workspace, tmp_path):
    PlanService(workspace).update_item(PlanItemState("beleid_media", ItemStatus.BEZIG))
    make_anchor(workspace, tmp_path / "a.pdf")
    anchor = read_anchor(tmp_path / "a.pdf")
    assert verify(workspace, anchors=[anchor]).ok
    with workspace.vault.engine.connect() as conn:
        names = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ]
    drops = [f"DROP TRIGGER {n}" for n in names]
    _raw(workspace, *drops, f"DELETE FROM audit_log WHERE id >= {anchor.head.count}")
    assert verify(workspace).ok  # a valid, shorter chain: only the anchor can tell
    report = verify(workspace, anchors=[anchor])
    assert not report.ok
    assert any(f"regel {anchor.head.count} ontbreekt" in line for line in report.lines())


# --- the command line -----------------------------------------------------------------------------------------


@pytest.fixture
def cli_vault(data_dir, tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(ws)
    ws.lock()
    return ["--data-dir", str(data_dir), "--passphrase-file", str(pw)]


def test_cli_audit_anchor_and_verify_anchor(cli_vault, data_dir, tmp_path, capsys):
    out = tmp_path / "anker.pdf"
    assert main(["audit", "anchor", *cli_vault, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Ankerblad geschreven" in printed and out.exists()
    head = read_anchor(out).head
    assert hash_groups(head.hash)[0] in printed

    assert main(["audit", "anchor", *cli_vault, "--out", str(out)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert main(["audit", "anchor", *cli_vault, "--out", str(data_dir / "x.pdf")]) == 2
    assert "map van de kluis" in capsys.readouterr().err
    assert main(["audit", "anchor", *cli_vault, "--out", str(out), "--force"]) == 0
    capsys.readouterr()

    text_anchor = tmp_path / "papier.txt"
    text_anchor.write_text(f"{head.count} {head.hash}", encoding="utf-8")
    assert main(["verify", *cli_vault, "--anchor", str(out), "--anchor", str(text_anchor)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("Anker anker.pdf: in orde") for line in lines)
    assert any(line.startswith("Anker papier.txt: in orde") for line in lines)

    wrong = tmp_path / "fout.txt"
    wrong.write_text(f"{head.count} {'0' * 63}1", encoding="utf-8")
    assert main(["verify", *cli_vault, "--anchor", str(wrong)]) == 1
    assert any("andere hash" in line for line in capsys.readouterr().out.splitlines())

    assert main(["verify", *cli_vault, "--anchor", str(tmp_path / "weg.pdf")]) == 2
    err = capsys.readouterr().err
    assert "bestaat niet" in err and "Traceback" not in err
    garbage = tmp_path / "rommel.txt"
    garbage.write_text("geen anker", encoding="utf-8")
    assert main(["verify", *cli_vault, "--anchor", str(garbage)]) == 2
    assert "kan niet worden gelezen" in capsys.readouterr().err
