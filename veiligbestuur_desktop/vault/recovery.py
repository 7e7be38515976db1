"""The recovery key: 130 random bits in Crockford base32, grouped for reading aloud, with a check group.

Shown once at set-up and printed on the "Herstelsleutel" sheet; typos are caught by the check characters
before any key derivation runs.
"""

from __future__ import annotations

import hashlib
import secrets

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
DATA_CHARS = 26  # 26 x 5 = 130 bits
CHECK_CHARS = 2
GROUP = 4
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def _check(data: str) -> str:
    digest = hashlib.sha256(data.encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big")
    return ALPHABET[(value >> 5) & 31] + ALPHABET[value & 31]


def generate() -> str:
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return format_key(data + _check(data))


def format_key(chars: str) -> str:
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def normalise(text: str) -> str:
    """Accepts lower case, spaces, missing dashes and the usual look-alikes; returns the canonical grouped form."""
    raw = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_ALIASES)
    if len(raw) != DATA_CHARS + CHECK_CHARS or any(ch not in ALPHABET for ch in raw):
        raise ValidationError(
            tr(
                "vault",
                "Dit is geen geldige herstelsleutel: die bestaat uit {n} tekens in groepjes van vier "
                "(bijvoorbeeld ABCD-EFGH-…). Controleer wat u heeft overgetypt.",
            ).format(n=DATA_CHARS + CHECK_CHARS),
            field="recovery_key",
        )
    if _check(raw[:DATA_CHARS]) != raw[DATA_CHARS:]:
        raise ValidationError(
            tr(
                "vault",
                "De herstelsleutel bevat een typfout (de controletekens kloppen niet). Controleer elk groepje.",
            ),
            field="recovery_key",
        )
    return format_key(raw)


def secret_bytes(key: str) -> bytes:
    return normalise(key).replace("-", "").encode("ascii")
