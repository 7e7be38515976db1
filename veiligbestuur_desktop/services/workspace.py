"""The unlocked vault as the services see it: one session per unit of work, the acting slot, the audit trail."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy.exc
from sqlalchemy.orm import Session

from veiligbestuur_desktop.domain.errors import DatabaseDamaged
from veiligbestuur_desktop.store import audit, settings
from veiligbestuur_desktop.vault.database import WRITE_OPTION, classify_error
from veiligbestuur_desktop.vault.vault import (
    DEFAULT_SLOT_NAME,
    KEYRING_SLOT_NAME,
    RECOVERY_SLOT_NAME,
    OpenVault,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class VaultInfo:
    municipality: str
    coordinator: str
    database_id: str
    slot_name: str


class Workspace:
    def __init__(self, vault: OpenVault) -> None:
        self.vault = vault
        self.pending_recovery_key: str | None = None  # set once at creation, cleared once shown
        self._coordinator: str | None = None

    @property
    def actor(self) -> str:
        """Who acts: the name of the slot that unlocked (SECURITY.md: the audit trail says who worked)."""
        return self.vault.slot_name

    @property
    def person(self) -> str:
        """Who acts, as a timeline, a checklist tick or a document says it ("door …"): the coordinator's name
        for the vault's own ways in (the coordinator's passphrase, the recovery key, this workstation), the
        slot's name for a named slot (a deputy's)."""
        if self.vault.slot_name not in (DEFAULT_SLOT_NAME, RECOVERY_SLOT_NAME, KEYRING_SLOT_NAME):
            return self.vault.slot_name
        if not self._coordinator:  # read once (lifecycle warms it at unlock, before any unit of work)
            with self.reading() as s:
                self._coordinator = settings.get(s, settings.COORDINATOR)
        return self._coordinator or self.vault.slot_name

    @property
    def locked(self) -> bool:
        return self.vault.locked

    @property
    def notices(self) -> list[str]:
        return self.vault.notices

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error. Refused while locked."""
        self.vault.require_open()
        bind = self.vault.engine.execution_options(**{WRITE_OPTION: True})
        try:
            with Session(bind, expire_on_commit=False) as session, session.begin():
                yield session
        except sqlalchemy.exc.OperationalError as exc:
            # busy (another process writes), or a full disk: its own message, never "damaged"; rolled back
            raise _expected(exc) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: closed at the end without commit; loaded objects stay readable."""
        self.vault.require_open()
        try:
            with Session(self.vault.engine, expire_on_commit=False) as session:
                yield session
        except sqlalchemy.exc.OperationalError as exc:
            raise _expected(exc) from exc

    def audit(
        self,
        session: Session,
        action: str,
        entity_type: str = "",
        entity_id: str | int = "",
        summary: str = "",
        *,
        record: bool = False,
    ) -> None:
        """One audit entry in `session`'s transaction. `record=True` for every write of a record (incident,
        follow-up, person, attachment, plan item): the entry then also holds the record's hash after the
        write, which `verify` compares with the record (store.audit.RECORD_ENTITIES)."""
        audit.append(
            session,
            slot=self.actor,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            summary=summary,
            record=record,
        )

    def info(self) -> VaultInfo:
        with self.reading() as s:
            return VaultInfo(
                municipality=settings.get(s, settings.MUNICIPALITY),
                coordinator=settings.get(s, settings.COORDINATOR),
                database_id=self.vault.database_id,
                slot_name=self.actor,
            )

    def lock(self) -> None:
        """Record the lock, then dispose the engine and wipe the key. Idempotent."""
        if self.vault.locked:
            return
        try:
            with self.transaction() as s:
                self.audit(s, "lock", "vault", self.vault.database_id, "vergrendeld")
        except Exception:  # locking must always succeed, also when the write fails
            log.exception("could not record lock in the audit trail")
        self.vault.lock()


def _expected(exc: sqlalchemy.exc.OperationalError) -> BaseException:
    """A busy database or a full disk as the user's Dutch message; anything else stays the error it is."""
    translated = classify_error(exc.orig or exc)
    return exc if isinstance(translated, DatabaseDamaged) else translated
