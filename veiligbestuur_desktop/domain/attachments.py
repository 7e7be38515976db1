"""Rules for attachments: size limit, allowed types (sniffed from content), safe file names."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr

MAX_BYTES = 25 * 1024 * 1024
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class CheckedFile:
    filename: str
    mime: str
    sha256: str
    size: int


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/vnd.ms-outlook"),  # OLE: .msg, .doc, .xls
)
_ZIP_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}
_TEXT_TYPES = {".txt": "text/plain", ".eml": "message/rfc822", ".csv": "text/csv"}

VIEWABLE_IMAGES = ("image/png", "image/jpeg", "image/gif", "image/webp")


def sniff(data: bytes, filename: str) -> str | None:
    ext = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"PK\x03\x04") and ext in _ZIP_TYPES:
        return _ZIP_TYPES[ext]
    if ext in _TEXT_TYPES and b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return _TEXT_TYPES[ext]
    return None


def check_filename(name: str) -> str:
    n = unicodedata.normalize("NFC", name or "").strip()
    if not n:
        raise ValidationError(tr("attachments", "De bestandsnaam is leeg."), field="filename")
    if "/" in n or "\\" in n or n in (".", ".."):
        raise ValidationError(
            tr(
                "attachments",
                "De bestandsnaam mag geen / of \\ bevatten. Geef het bestand een eenvoudige naam.",
            ),
            field="filename",
        )
    if any(ord(c) < 32 or ord(c) == 127 for c in n):
        raise ValidationError(tr("attachments", "De bestandsnaam bevat een stuurteken."), field="filename")
    if len(n) > MAX_NAME:
        raise ValidationError(
            tr("attachments", "De bestandsnaam is te lang (maximaal {n} tekens).").format(n=MAX_NAME),
            field="filename",
        )
    return n


def check_file(filename: str, data: bytes) -> CheckedFile:
    name = check_filename(filename)
    if len(data) > MAX_BYTES:
        raise ValidationError(
            tr(
                "attachments",
                "Het bestand is te groot: {size} MB. Een bijlage mag hoogstens 25 MB zijn; "
                "verklein het bestand (bijvoorbeeld een foto met een lagere resolutie) en probeer opnieuw.",
            ).format(size=f"{len(data) / (1024 * 1024):.1f}".replace(".", ",")),
            field="content",
        )
    if not data:
        raise ValidationError(tr("attachments", "Het bestand is leeg."), field="content")
    mime = sniff(data, name)
    if mime is None:
        raise ValidationError(
            tr(
                "attachments",
                "Dit soort bestand kan niet als bijlage worden bewaard. Toegestaan zijn foto's (PNG, JPEG, GIF, "
                "WebP), PDF, tekst en e-mail (TXT, EML, MSG) en kantoordocumenten (DOCX, XLSX, ODT).",
            ),
            field="content",
        )
    return CheckedFile(name, mime, hashlib.sha256(data).hexdigest(), len(data))


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} kB".replace(".", ",")
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")
