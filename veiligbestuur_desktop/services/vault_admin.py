"""Managing the ways into the vault: named passphrase slots, the recovery key, the keyring slot, rotation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.vault import keyfile, keyring_slot, recovery
from veiligbestuur_desktop.vault.vault import PreparedRotation

if TYPE_CHECKING:
    from veiligbestuur_desktop.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class SlotInfo:
    id: str
    kind: str
    name: str
    created: str
    current: bool

    @property
    def kind_label(self) -> str:
        return {
            keyfile.SLOT_PASSPHRASE: tr("services", "wachtwoord"),
            keyfile.SLOT_RECOVERY: tr("services", "herstelsleutel"),
            keyfile.SLOT_KEYRING: tr("services", "sleutelbos van een werkplek"),
        }[self.kind]


def slots(ws: Workspace) -> list[SlotInfo]:
    return [
        SlotInfo(s.id, s.kind, s.name, s.created, s.id == ws.vault.slot.id) for s in ws.vault.keyfile.slots
    ]


def _audit(ws: Workspace, summary: str) -> None:
    with ws.transaction() as s:
        ws.audit(s, "slot", "vault", ws.vault.database_id, summary)


def add_passphrase(ws: Workspace, name: str, passphrase: str, repeat: str) -> SlotInfo:
    from veiligbestuur_desktop.domain import rules

    rules.check_new_passphrase(passphrase, repeat)
    slot = ws.vault.add_passphrase_slot(name, passphrase)
    _audit(ws, f"wachtwoord toegevoegd: {slot.name}")
    return SlotInfo(slot.id, slot.kind, slot.name, slot.created, False)


def remove_slot(ws: Workspace, slot_id: str) -> None:
    if slot_id == ws.vault.slot.id and ws.vault.slot.kind == keyfile.SLOT_PASSPHRASE:
        raise ValidationError(
            tr(
                "services",
                "U kunt de sleutel waarmee u nu bent ingelogd niet verwijderen. Log in met een andere sleutel.",
            )
        )
    slot = ws.vault.remove_slot(slot_id)
    _audit(ws, f"sleutel verwijderd: {slot.name}")


def change_passphrase(ws: Workspace, passphrase: str, repeat: str, slot_id: str | None = None) -> None:
    """Change a passphrase (by default the current slot's): a re-wrap, the data key stays."""
    from veiligbestuur_desktop.domain import rules

    rules.check_new_passphrase(passphrase, repeat)
    target = slot_id or (ws.vault.slot.id if ws.vault.slot.kind == keyfile.SLOT_PASSPHRASE else None)
    if target is None:
        passphrase_slots = ws.vault.passphrase_slots()
        if not passphrase_slots:
            raise ValidationError(tr("services", "Deze kluis heeft geen wachtwoord om te wijzigen."))
        target = passphrase_slots[0].id
    slot = ws.vault.change_passphrase(target, passphrase)
    _audit(ws, f"wachtwoord gewijzigd: {slot.name}")


def check_recovery_key(text: str) -> str:
    """The canonical form of a typed recovery key; a Dutch ValidationError for typos (before any slow KDF)."""
    return recovery.normalise(text)


def new_recovery_key(ws: Workspace) -> str:
    key = ws.vault.replace_recovery_key()
    _audit(ws, "nieuwe herstelsleutel gemaakt")
    return key


def recovery_sheet_pdf(ws: Workspace, recovery_key: str) -> bytes:
    from veiligbestuur_desktop.reports.recovery_key import RecoveryKeySheet, render_recovery_key
    from veiligbestuur_desktop.store import settings

    with ws.reading() as s:
        municipality = settings.get(s, settings.MUNICIPALITY)
    return render_recovery_key(
        RecoveryKeySheet(municipality, ws.vault.database_id, date.today(), recovery_key)
    )


def keyring_status() -> tuple[bool, str]:
    """(available, explanation) for 'Onthoud op deze werkplek'."""
    if keyring_slot.backend() is None:
        return False, keyring_slot.unavailable_reason()
    return True, ""


def remembered(ws: Workspace) -> bool:
    return bool(ws.vault.keyfile.slots_of(keyfile.SLOT_KEYRING))


def remember_workstation(ws: Workspace) -> None:
    ws.vault.remember_on_workstation()
    _audit(ws, "onthouden op deze werkplek")


def forget_workstation(ws: Workspace) -> None:
    for slot in ws.vault.keyfile.slots_of(keyfile.SLOT_KEYRING):
        ws.vault.remove_slot(slot.id)
    _audit(ws, "niet meer onthouden op deze werkplek")


def rotate_data_key(
    ws: Workspace, passphrases: dict[str, str], show_recovery_key: Callable[[str | None], None]
) -> str | None:
    """New data key in one call (the command line): prepare, show the key, commit. Returns the new recovery key.

    `show_recovery_key(key)` must show (or print) the new recovery key and return only when that worked; the
    database is re-encrypted and swapped in only after it returned. If it raises, nothing changes.
    """
    prepared = prepare_rotation(ws, passphrases)
    try:
        show_recovery_key(prepared.recovery_key)
    except BaseException:
        abort_rotation(ws, prepared)
        raise
    commit_rotation(ws, prepared)
    return prepared.recovery_key


def prepare_rotation(ws: Workspace, passphrases: dict[str, str]) -> PreparedRotation:
    """First half (GUI: in the worker): new wrapped keys as pending slots; `.recovery_key` is to be shown."""
    return ws.vault.prepare_rotation(passphrases)


def commit_rotation(ws: Workspace, prepared: PreparedRotation) -> None:
    """Second half, after the user confirmed the new recovery key: re-encrypt, swap, promote; audited."""
    removed = [s.name for s in ws.vault.passphrase_slots() if s.id not in {p.id for p in prepared.pending}]
    ws.vault.commit_rotation(prepared)
    _audit(ws, "gegevenssleutel vervangen" + (f"; verwijderd: {', '.join(removed)}" if removed else ""))


def abort_rotation(ws: Workspace, prepared: PreparedRotation) -> None:
    ws.vault.abort_rotation(prepared)
