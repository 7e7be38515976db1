"""Interrupting a data-key rotation at each of its steps, from the outside (no hooks in production code).

The steps: `pending_written` (prepare done, commit never called), `exported` (the re-encrypted copy exists, the
swap does not happen), `swapped` (the new database is in place, the key file not yet promoted), `promoted` (the
key file holds the new generation; the process dies before it uses it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from veiligbestuur_desktop.vault import vault as vault_mod

STEPS = ["pending_written", "exported", "swapped", "promoted"]


def interrupt_at(patch: Callable[[Any, str, Any], None], step: str, die: Callable[[], None]) -> None:
    """Make the rotation call `die()` right after `step` (`patch` is monkeypatch.setattr or a plain setattr).

    `pending_written` needs no patch: the caller prepares and never commits.
    """
    real_swap = vault_mod._swap_in_rekeyed
    real_make_engine = vault_mod.make_engine
    if step == "exported":
        patch(vault_mod, "_swap_in_rekeyed", lambda paths: die())
    elif step == "swapped":

        def swap_then_die(paths: Any) -> None:
            real_swap(paths)
            die()

        patch(vault_mod, "_swap_in_rekeyed", swap_then_die)
    elif step == "promoted":
        # the engine over the new file is the first thing made after the key file was promoted
        patch(vault_mod, "_swap_in_rekeyed", _remember_swap(real_swap))
        patch(vault_mod, "make_engine", _die_after_swap(real_make_engine, die))
    elif step != "pending_written":
        raise ValueError(step)


_swapped: list[bool] = []


def _remember_swap(real_swap: Callable[[Any], None]) -> Callable[[Any], None]:
    _swapped.clear()

    def swap(paths: Any) -> None:
        real_swap(paths)
        _swapped.append(True)

    return swap


def _die_after_swap(real_make_engine: Callable[..., Any], die: Callable[[], None]) -> Callable[..., Any]:
    def make_engine(path: Any, key: Any, **kw: Any) -> Any:
        if _swapped:
            die()
        return real_make_engine(path, key, **kw)

    return make_engine
