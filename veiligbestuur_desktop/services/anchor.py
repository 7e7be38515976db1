"""Anchors: the head of the audit chain (count, hash) recorded outside the database, and read back.

Where a head lives: the anchor sheet (`make_anchor`, a PDF for the griffier), every incident report (PDF
keywords and footer), backup manifests ("audit_head"), or a plain-text/JSON file typed over from paper.
`read_anchor` reads any of them; `services.verify.verify(ws, anchors=...)` proves the chain still holds each.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.fsutil import check_output_target, write_output
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit, settings
from veiligbestuur_desktop.store.audit import ChainHead

MAX_ANCHOR_BYTES = 50 * 1024 * 1024  # an anchor PDF is small; a backup is read as a zip, not into memory
MANIFEST = "manifest.json"
HASH = re.compile(r"^[0-9a-f]{64}$")
# typed over from paper: "1234 3f2a 9c1e …" or "1234: 3f2a9c1e…", or "count=1234 hash=…"
_TEXT_HEAD = re.compile(
    r"(?:count\s*[=:]\s*)?(\d{1,12})\s*[·:,;/#=-]?\s*(?:hash\s*[=:]\s*)?((?:[0-9a-fA-F]{4}[ \t]?){16})(?![0-9a-fA-F])"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A head read from a file outside the database; `source` is the file's name (for the report)."""

    source: str
    head: ChainHead


def current_head(ws: Workspace) -> ChainHead:
    with ws.reading() as s:
        return audit.chain_head(s)


def make_anchor(ws: Workspace, out: Path, *, force: bool = False) -> ChainHead:
    """Record an "anchor" entry and write the anchor sheet with the head that includes it.

    The file follows the rules of every export (never over an existing file without `force`, never in the
    data dir, atomic, 0600). When the entry cannot be committed, the file is removed again.
    """
    from veiligbestuur_desktop.reports.anchor import AnchorSheet, render_anchor

    ws.vault.require_open()
    out = Path(out)
    forbidden = [ws.vault.paths.data_dir]
    check_output_target(out, force=force, forbidden=forbidden)
    written = False
    try:
        with ws.transaction() as s:
            ws.audit(s, "anchor", "vault", ws.vault.database_id, "anker van de audittrail vastgelegd")
            head = audit.chain_head(s)
            sheet = AnchorSheet(
                municipality=settings.get(s, settings.MUNICIPALITY),
                database_id=ws.vault.database_id,
                created=datetime.now(UTC),
                count=head.count,
                hash=head.hash,
            )
            write_output(out, render_anchor(sheet), force=force, forbidden=forbidden)
            written = True
    except BaseException:
        if written:
            out.unlink(missing_ok=True)
        raise
    return head


def _unreadable(path: Path, why: str) -> UserFacingError:
    return UserFacingError(
        tr("services", "Het anker {p} kan niet worden gelezen: {why}").format(p=path.name, why=why)
    )


def _head(count: Any, hash_: Any, path: Path) -> ChainHead:
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise _unreadable(path, tr("services", "het aantal regels ontbreekt of is ongeldig."))
    if not isinstance(hash_, str) or not HASH.match(hash_.lower()):
        raise _unreadable(path, tr("services", "de hash ontbreekt of is geen SHA-256-hash."))
    return ChainHead(count, hash_.lower())


def _from_pdf(path: Path, data: bytes) -> ChainHead:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from veiligbestuur_desktop.reports import layout

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise _unreadable(
                path,
                tr(
                    "services",
                    "de PDF is met een wachtwoord beveiligd. Gebruik het ankerblad of een onbeveiligde kopie.",
                ),
            )
        metadata = reader.metadata
        keywords = str(metadata.get("/Keywords") or "") if metadata is not None else ""
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise _unreadable(path, tr("services", "het is geen leesbare PDF.")) from exc
    found = layout.parse_audit_head(keywords)
    if found is None:
        raise _unreadable(
            path,
            tr("services", "deze PDF bevat geen kop van de audittrail (geen document van VeiligBestuur)."),
        )
    return _head(found[0], found[1], path)


def _from_backup(path: Path) -> ChainHead:
    from veiligbestuur_desktop.services.backup import read_manifest

    manifest = read_manifest(path)  # a damaged or foreign file gets the backup's own Dutch message
    count, hash_ = getattr(manifest, "audit_count", None), getattr(manifest, "audit_hash", None)
    if count is None or hash_ is None:  # read the manifest's "audit_head" key directly
        try:
            with zipfile.ZipFile(path) as zf:
                doc = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise _unreadable(path, tr("services", "de back-up heeft geen leesbaar manifest.")) from exc
        head = doc.get("audit_head") if isinstance(doc, dict) else None
        if not isinstance(head, dict):
            raise _unreadable(
                path,
                tr(
                    "services",
                    "deze back-up bevat geen kop van de audittrail (gemaakt met een oudere versie).",
                ),
            )
        count, hash_ = head.get("count"), head.get("hash")
    return _head(count, hash_, path)


def _from_text(path: Path, data: bytes) -> ChainHead:
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _unreadable(path, tr("services", "het is geen PDF, back-up of tekstbestand.")) from exc
    try:
        doc = json.loads(content)
    except ValueError:
        doc = None
    if isinstance(doc, dict):
        head = doc.get("audit_head", doc)
        if isinstance(head, dict):
            return _head(head.get("count"), head.get("hash"), path)
    m = _TEXT_HEAD.search(content)
    if m is None:
        raise _unreadable(
            path,
            tr(
                "services",
                "er staat geen aantal regels met een hash in (bijvoorbeeld ‘1234 3f2a9c1e…’, 64 tekens).",
            ),
        )
    return _head(int(m.group(1)), re.sub(r"\s", "", m.group(2)), path)


def read_anchor(path: Path) -> Anchor:
    """The head recorded in an anchor sheet or other VeiligBestuur PDF, a backup, or a text/JSON file.

    Raises a Dutch UserFacingError when the file cannot be read as an anchor.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise _unreadable(path, tr("services", "dit is een map."))
        if zipfile.is_zipfile(path):
            return Anchor(path.name, _from_backup(path))
        size = path.stat().st_size
        if size > MAX_ANCHOR_BYTES:
            raise _unreadable(path, tr("services", "het bestand is te groot voor een anker."))
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserFacingError(tr("services", "Het anker {p} bestaat niet.").format(p=path)) from None
    except OSError as exc:
        raise _unreadable(path, exc.strerror or type(exc).__name__) from None
    if data.startswith(b"%PDF"):
        return Anchor(path.name, _from_pdf(path, data))
    return Anchor(path.name, _from_text(path, data))
