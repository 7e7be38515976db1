"""Key derivation (Argon2id) and key wrapping (AES-256-GCM), from the `cryptography` package.

`cryptography` is imported where it is used: the unlock dialog reads the key file (this module's KdfParams) before
any key is derived, and the package's load would delay the dialog's first appearance.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters; stored in every passphrase slot so each slot can be opened as it was made."""

    iterations: int
    memory_kib: int
    lanes: int

    def to_json(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unsupported kdf")
        it, mem, lanes = data["iterations"], data["memory_kib"], data["lanes"]
        if not (isinstance(it, int) and isinstance(mem, int) and isinstance(lanes, int)):
            raise ValueError("bad kdf parameters")
        # Never believe more than this app itself would ever write: a forged slot must not make unlock slow.
        if not (
            1 <= it <= MAX_ITERATIONS
            and 8 * lanes <= mem <= DEFAULT_MEMORY_KIB
            and 1 <= lanes <= DEFAULT_LANES
        ):
            raise ValueError("kdf parameters out of range")
        return cls(it, mem, lanes)


# Production floor: at least 64 MiB of memory (SECURITY.md). `calibrate()` raises the iteration count until one
# derivation takes about half a second on this machine.
MIN_MEMORY_KIB = 64 * 1024
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_LANES = 4
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 24


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Choose Argon2id parameters that take about `target_seconds` here (never below the memory floor)."""
    salt = os.urandom(SALT_BYTES)
    iterations = 2
    while True:
        params = KdfParams(iterations, DEFAULT_MEMORY_KIB, DEFAULT_LANES)
        start = time.perf_counter()
        derive(b"calibration", salt, params)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds or iterations >= MAX_ITERATIONS:
            return params
        # scale the iteration count towards the target, at least one step, at most doubling
        factor = min(2.0, target_seconds / max(elapsed, 1e-3))
        iterations = min(MAX_ITERATIONS, max(iterations + 1, int(iterations * factor + 0.5)))


def new_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def wrap(kek: bytes, key: bytes | bytearray, associated_data: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, bytes(key), associated_data)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, associated_data: bytes) -> bytearray | None:
    """The wrapped key, or None when the key-encryption key (or the associated data) does not match."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return bytearray(AESGCM(kek).decrypt(nonce, ciphertext, associated_data))
    except InvalidTag:
        return None


def wipe(buf: bytearray | None) -> None:
    """Overwrite key bytes we hold (best effort: Python may have made copies elsewhere)."""
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


MAC_INFO = b"veiligbestuur keyfile mac v2"


def mac_key(data_key: bytes | bytearray) -> bytes:
    """A key for authenticating the key file, derived from the data key (HKDF-SHA256, own purpose label)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=MAC_INFO).derive(bytes(data_key))


def mac(key: bytes, data: bytes) -> str:
    from cryptography.hazmat.primitives import hashes, hmac

    h = hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    return h.finalize().hex()


def mac_matches(key: bytes, data: bytes, expected: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, hmac

    h = hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    try:
        h.verify(bytes.fromhex(expected))
        return True
    except (ValueError, InvalidSignature):
        return False
