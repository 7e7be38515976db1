"""Translation hook for user-facing text produced below the UI layer.

The domain, vault, store, services and reports layers do not import Qt, yet their messages reach the user.
They call :func:`tr` with a context and Dutch source text; by default that returns the text unchanged.
The UI installs ``QCoreApplication.translate`` with :func:`set_translator`, so these strings go through Qt's
translation machinery like every other visible string (Dutch is the source language).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_translate: Callable[[str, str], str] | None = None
_dutch: ContextVar[bool] = ContextVar("dutch", default=False)


def set_translator(func: Callable[[str, str], str] | None) -> None:
    global _translate
    _translate = func


def tr(context: str, text: str) -> str:
    if _translate is None or _dutch.get():
        return text
    return _translate(context, text)


@contextmanager
def dutch() -> Iterator[None]:
    """Within this block (in this thread only) every text stays Dutch, whatever the UI language: documents
    are always Dutch."""
    token = _dutch.set(True)
    try:
        yield
    finally:
        _dutch.reset(token)
