"""The change bus: views refresh from what a use case changed, not from hand-wired signal chains.

A view that writes through a service publishes the :class:`Changes` it got back; every view that shows those
kinds of record subscribes once and reloads itself (Anki's ``operation_did_execute`` with ``OpChanges``).
Nobody needs to know who else shows the same record: a new incident reaches the register, the to-do panel
and an open detail view alike.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from veiligbestuur_desktop.services.records import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


def publish(changes: Changes | None) -> None:
    """Tell every subscribed view what changed (nothing happens for no changes)."""
    if changes:
        bus().changed.emit(changes)


def subscribe(receiver: QObject, kinds: tuple[str, ...], slot: Callable[[Changes], None]) -> None:
    """Call `slot` with the changes whenever a published change touches one of `kinds`, for as long as
    `receiver` lives (the connection ends with it)."""

    def deliver(changes: Changes) -> None:
        if changes.touches(*kinds) and shiboken6.isValid(receiver):
            slot(changes)

    bus().changed.connect(deliver)

    def disconnect(_obj: QObject | None = None) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            bus().changed.disconnect(deliver)

    receiver.destroyed.connect(disconnect)
