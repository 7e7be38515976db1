"""The key file: database id and key slots as versioned JSON, written atomically and kept in two copies.

Nothing in it is secret in clear: salts, KDF parameters, nonces and wrapped keys. A SHA-256 checksum over the
canonical form detects a damaged copy, so the other copy can take over. Version 2 adds:
- `generation`, raised by every write: a writer must still see the generation it read (compare-and-swap), so a
  stale copy in some process's memory can never overwrite a newer key file;
- `db_salts`, the SQLCipher salt(s) (first 16 bytes, in clear in the database file) of the database this key file
  belongs to: a key file of another vault is told apart from a damaged database without any key;
- `mac`, an HMAC-SHA256 over the canonical body under a key derived from the data key: an injected or altered
  slot is refused once a slot has been unwrapped (the checksum alone has no key).
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from veiligbestuur_desktop.fsutil import atomic_write, fsync_dir
from veiligbestuur_desktop.vault import crypto
from veiligbestuur_desktop.vault.crypto import KdfParams

__all__ = ["atomic_write", "fsync_dir"]

FORMAT = "veiligbestuur-keyfile"
VERSION = 2
MAX_SLOTS = 16  # far more than a municipality needs; bounds the work a forged key file can cause
MAX_BYTES = 256 * 1024

SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
SLOT_KEYRING = "keyring"
SLOT_KINDS = (SLOT_PASSPHRASE, SLOT_RECOVERY, SLOT_KEYRING)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class Slot:
    id: str
    kind: str
    name: str
    created: str
    nonce: bytes
    wrapped: bytes
    salt: bytes = b""
    kdf: KdfParams | None = None
    extra: dict[str, str] = field(default_factory=dict)  # e.g. the keyring service/account/backend

    def associated_data(self, database_id: str) -> bytes:
        return f"veiligbestuur:{database_id}:{self.id}".encode()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "created": self.created,
            "wrap": {"alg": "AES-256-GCM", "nonce": b64e(self.nonce), "ciphertext": b64e(self.wrapped)},
        }
        if self.kdf is not None:
            out["kdf"] = {**self.kdf.to_json(), "salt": b64e(self.salt)}
        if self.extra:
            out["extra"] = dict(self.extra)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kind = data["kind"]
        if kind not in SLOT_KINDS:
            raise ValueError(f"unknown slot kind {kind!r}")
        wrap = data["wrap"]
        if wrap.get("alg") != "AES-256-GCM":
            raise ValueError("unsupported wrap")
        kdf = None
        salt = b""
        if "kdf" in data:
            kdf = KdfParams.from_json(data["kdf"])
            salt = b64d(data["kdf"]["salt"])
        extra = data.get("extra", {})
        if not isinstance(extra, dict) or not all(isinstance(v, str) for v in extra.values()):
            raise ValueError("bad extra")
        name = data["name"]
        if not isinstance(name, str) or not isinstance(data["id"], str):
            raise ValueError("bad slot")
        return cls(
            id=data["id"],
            kind=kind,
            name=name,
            created=str(data["created"]),
            nonce=b64d(wrap["nonce"]),
            wrapped=b64d(wrap["ciphertext"]),
            salt=salt,
            kdf=kdf,
            extra=dict(extra),
        )


@dataclass(frozen=True, slots=True)
class KeyFile:
    database_id: str
    created: str
    slots: tuple[Slot, ...]
    version: int = VERSION
    # During a data-key rotation: the same slots (same ids, same secrets) wrapping the NEW data key. Present
    # only between "new slots written" and "rotation finished"; unlock then tries both keys.
    pending: tuple[Slot, ...] = ()
    generation: int = 0
    db_salts: tuple[str, ...] = ()  # hex SQLCipher salts of the database (two during a rotation)
    mac: str = ""  # as read from disk; written fresh by to_bytes()

    @classmethod
    def new(cls) -> KeyFile:
        return cls(database_id=str(uuid.uuid4()), created=now_iso(), slots=())

    def belongs_to(self, db_salt: str | None) -> bool:
        """Whether this key file is for the database with this salt (unknown for version-1 files)."""
        return not self.db_salts or db_salt is None or db_salt in self.db_salts

    def authentic(self, data_key: bytes | bytearray) -> bool:
        """The MAC holds under this data key (version-1 files carry none: the caller decides)."""
        if self.version < 2:
            return False
        return crypto.mac_matches(crypto.mac_key(data_key), _canonical(self.body()), self.mac)

    def with_slot(self, slot: Slot) -> KeyFile:
        return replace(self, slots=(*self.slots, slot))

    def without_slot(self, slot_id: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    def replace_slot(self, slot: Slot) -> KeyFile:
        return replace(self, slots=tuple(slot if s.id == slot.id else s for s in self.slots))

    def pending_for(self, slot_id: str) -> Slot | None:
        return next((s for s in self.pending if s.id == slot_id), None)

    def slots_of(self, kind: str) -> list[Slot]:
        return [s for s in self.slots if s.kind == kind]

    def slot(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "database_id": self.database_id,
            "created": self.created,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.pending:
            body["pending_slots"] = [s.to_json() for s in self.pending]
        if self.version >= 2:
            body["generation"] = self.generation
            body["db_salts"] = list(self.db_salts)
        return body

    def to_bytes(self, data_key: bytes | bytearray) -> bytes:
        """The file as written: always the current version, authenticated under the data key."""
        current = replace(self, version=VERSION)
        body = current.body()
        body["mac"] = crypto.mac(crypto.mac_key(data_key), _canonical(body))
        doc = {**body, "checksum": _checksum(body)}
        return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse and check one copy. Raises KeyFileFormatError when the copy is damaged or unknown."""
        try:
            if len(raw) > MAX_BYTES:
                raise KeyFileFormatError("too large")
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise KeyFileFormatError("not a key file")
            checksum = doc.pop("checksum", None)
            if checksum != _checksum(doc):
                raise KeyFileFormatError("checksum mismatch")
            version = doc["version"]
            if not isinstance(version, int):
                raise KeyFileFormatError("bad version")
            if version > VERSION:
                raise KeyFileTooNew(f"key file version {version}")
            if len(doc["slots"]) > MAX_SLOTS or len(doc.get("pending_slots", [])) > MAX_SLOTS:
                raise KeyFileFormatError("too many slots")
            slots = tuple(Slot.from_json(s) for s in doc["slots"])
            pending = tuple(Slot.from_json(s) for s in doc.get("pending_slots", []))
            generation, salts, mac = 0, (), ""
            if version >= 2:
                generation, salts, mac = doc["generation"], doc["db_salts"], doc["mac"]
                if not isinstance(generation, int) or generation < 0 or not isinstance(mac, str):
                    raise KeyFileFormatError("bad generation or mac")
                if not isinstance(salts, list) or not all(isinstance(x, str) for x in salts):
                    raise KeyFileFormatError("bad db_salts")
            return cls(
                database_id=str(doc["database_id"]),
                created=str(doc["created"]),
                slots=slots,
                version=version,
                pending=pending,
                generation=generation,
                db_salts=tuple(salts),
                mac=mac,
            )
        except KeyFileFormatError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise KeyFileFormatError(str(exc)) from exc


class KeyFileFormatError(Exception):
    pass


class KeyFileTooNew(KeyFileFormatError):
    pass


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Copy:
    """One copy of the key file as found on disk."""

    number: int  # 1 = primary, 2 = second copy
    path: Path
    raw: bytes | None  # None: missing
    keyfile: KeyFile | None  # None: missing or unreadable
    error: KeyFileFormatError | None = None

    @property
    def exists(self) -> bool:
        return self.raw is not None


def read_copies(primary: Path, secondary: Path) -> list[Copy]:
    """Both copies, each parsed on its own (a damaged, too new or empty copy does not hide the other)."""
    copies: list[Copy] = []
    for number, path in ((1, primary), (2, secondary)):
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            copies.append(Copy(number, path, None, None))
            continue
        except IsADirectoryError:
            copies.append(Copy(number, path, b"", None, KeyFileFormatError("a directory")))
            continue
        try:
            copies.append(Copy(number, path, raw, KeyFile.from_bytes(raw)))
        except KeyFileFormatError as exc:
            copies.append(Copy(number, path, raw, None, exc))
    return copies


def current_generation(primary: Path, secondary: Path, database_id: str) -> int | None:
    """The highest generation among the readable copies of this vault's key file on disk (a copy of another
    vault does not count: it is about to be repaired); None when there is none."""
    found = [
        c.keyfile.generation
        for c in read_copies(primary, secondary)
        if c.keyfile is not None and c.keyfile.database_id == database_id
    ]
    return max(found) if found else None


def save(keyfile: KeyFile, primary: Path, secondary: Path, data_key: bytes | bytearray) -> KeyFile:
    """Write both copies, the second first: at every moment at least one intact copy exists. Returns what was
    written (its generation is the caller's + 1). The caller checks the generation on disk first (see
    `OpenVault.save_keyfile`)."""
    written = replace(keyfile, version=VERSION, generation=keyfile.generation + 1)
    data = written.to_bytes(data_key)
    atomic_write(secondary, data)
    atomic_write(primary, data)
    return KeyFile.from_bytes(data)


@dataclass(frozen=True, slots=True)
class LoadResult:
    keyfile: KeyFile
    used_copy: int  # 1 = primary, 2 = second copy
    damaged_copies: tuple[int, ...]  # copies that exist but could not be read


def load(primary: Path, secondary: Path) -> LoadResult | None:
    """The newest readable copy (no key needed: for the database id and the slot list). None when neither copy
    exists. Raises KeyFileTooNew / KeyFileFormatError when no copy is readable."""
    copies = read_copies(primary, secondary)
    readable = sorted((c for c in copies if c.keyfile is not None), key=lambda c: -c.keyfile.generation)  # type: ignore[union-attr]
    damaged = tuple(c.number for c in copies if c.exists and c.keyfile is None)
    if readable:
        best = readable[0]
        assert best.keyfile is not None
        return LoadResult(best.keyfile, best.number, damaged)
    errors = [c.error for c in copies if c.error is not None]
    if not errors:
        return None
    too_new = next((e for e in errors if isinstance(e, KeyFileTooNew)), None)
    raise too_new or errors[0]
