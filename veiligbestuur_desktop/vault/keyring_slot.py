"""The "Onthoud op deze werkplek" slot: a random secret in the OS keyring wraps the data key.

The backend is chosen explicitly per platform (Windows Credential Locker, macOS Keychain, Secret Service);
plaintext, file, chainer or fail backends are never used. Where no secure backend works, `backend()` returns
None and `unavailable_reason()` explains why in Dutch.
"""

from __future__ import annotations

import base64
import logging
import os
import sys
from typing import Any

from veiligbestuur_desktop.domain.i18n import tr

log = logging.getLogger(__name__)

SERVICE = "VeiligBestuur"
SECRET_BYTES = 32


def _candidates() -> list[tuple[str, str]]:
    if sys.platform == "win32":
        return [("keyring.backends.Windows", "WinVaultKeyring")]
    if sys.platform == "darwin":
        return [("keyring.backends.macOS", "Keyring")]
    return [("keyring.backends.SecretService", "Keyring")]


def backend() -> Any | None:
    """The secure keyring backend of this platform, or None when it is not usable here."""
    import importlib

    for module_name, class_name in _candidates():
        try:
            module = importlib.import_module(module_name)
            cls = getattr(module, class_name)
            priority = (
                cls.priority
            )  # raises when the backend is not usable (no D-Bus, no Secret Service, ...)
            if priority <= 0:
                continue
            return cls()
        except Exception as exc:  # any failure means: not available on this workstation
            log.info("keyring backend %s.%s unavailable: %s", module_name, class_name, type(exc).__name__)
    return None


def backend_name(b: Any) -> str:
    return f"{type(b).__module__}.{type(b).__name__}"


def unavailable_reason() -> str:
    if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return tr(
            "vault",
            "Op deze werkplek is geen beveiligde sleutelbos beschikbaar (geen sessiebus voor Secret Service). "
            "De optie ‘Onthoud op deze werkplek’ is daarom niet beschikbaar; u ontgrendelt met uw wachtwoord.",
        )
    return tr(
        "vault",
        "Op deze werkplek is geen beveiligde sleutelbos beschikbaar (Windows Referentiebeheer, macOS-sleutelhanger "
        "of Secret Service). De optie ‘Onthoud op deze werkplek’ is daarom niet beschikbaar.",
    )


def store_secret(b: Any, account: str) -> bytes:
    secret = os.urandom(SECRET_BYTES)
    put_secret(b, account, secret)
    return secret


def put_secret(b: Any, account: str, secret: bytes) -> None:
    b.set_password(SERVICE, account, base64.b64encode(secret).decode("ascii"))


def load_secret(b: Any, account: str) -> bytes | None:
    try:
        value = b.get_password(SERVICE, account)
    except Exception as exc:
        log.info("keyring read failed: %s", type(exc).__name__)
        return None
    if not value:
        return None
    try:
        secret = base64.b64decode(value.encode("ascii"), validate=True)
    except ValueError:
        return None
    return secret if len(secret) == SECRET_BYTES else None


def delete_secret(b: Any, account: str) -> None:
    try:
        b.delete_password(SERVICE, account)
    except Exception as exc:
        log.info("keyring delete failed: %s", type(exc).__name__)
