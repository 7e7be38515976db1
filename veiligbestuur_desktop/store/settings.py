"""Vault-level settings stored in the encrypted database (never in QSettings)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from veiligbestuur_desktop.store.models import Setting

MUNICIPALITY = "municipality"
COORDINATOR = "coordinator"
CREATED_AT = "created_at"


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
