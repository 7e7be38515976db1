"""The key file: database id and key slots as versioned JSON, written atomically and kept in two copies.

Nothing in it is secret in clear: salts, KDF parameters, nonces and wrapped keys. A SHA-256 checksum over the
canonical form detects a damaged copy, so the other copy can take over.
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
from veiligbestuur_desktop.vault.crypto import KdfParams

__all__ = ["atomic_write", "fsync_dir"]

FORMAT = "veiligbestuur-keyfile"
VERSION = 1

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

    @classmethod
    def new(cls) -> KeyFile:
        return cls(database_id=str(uuid.uuid4()), created=now_iso(), slots=())

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
        return body

    def to_bytes(self) -> bytes:
        body = self.body()
        doc = {**body, "checksum": _checksum(body)}
        return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse and check one copy. Raises KeyFileFormatError when the copy is damaged or unknown."""
        try:
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
            slots = tuple(Slot.from_json(s) for s in doc["slots"])
            pending = tuple(Slot.from_json(s) for s in doc.get("pending_slots", []))
            return cls(
                database_id=str(doc["database_id"]),
                created=str(doc["created"]),
                slots=slots,
                version=version,
                pending=pending,
            )
        except KeyFileFormatError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise KeyFileFormatError(str(exc)) from exc


class KeyFileFormatError(Exception):
    pass


class KeyFileTooNew(KeyFileFormatError):
    pass


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class LoadResult:
    keyfile: KeyFile
    used_copy: int  # 1 = primary, 2 = second copy
    damaged_copies: tuple[int, ...]  # copies that exist but could not be read


def load(primary: Path, secondary: Path) -> LoadResult | None:
    """Read the first intact copy. None when neither copy exists. Raises KeyFileFormatError if all are damaged."""
    damaged: list[int] = []
    last_error: KeyFileFormatError | None = None
    found_any = False
    for number, path in ((1, primary), (2, secondary)):
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            continue
        found_any = True
        try:
            kf = KeyFile.from_bytes(raw)
        except KeyFileTooNew:
            raise
        except KeyFileFormatError as exc:
            damaged.append(number)
            last_error = exc
            continue
        return LoadResult(kf, number, tuple(damaged))
    if not found_any:
        return None
    assert last_error is not None
    raise last_error


def save(keyfile: KeyFile, primary: Path, secondary: Path) -> None:
    """Write both copies, the second first: at every moment at least one intact copy exists."""
    data = keyfile.to_bytes()
    atomic_write(secondary, data)
    atomic_write(primary, data)
