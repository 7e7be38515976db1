"""Helpers to assert that an operation changed no file."""

from __future__ import annotations

import hashlib
from pathlib import Path


def snapshot(directory: Path) -> dict[str, tuple[int, str]]:
    """Relative path -> (mode, sha256) of every file below `directory` (directories by their presence)."""
    out: dict[str, tuple[int, str]] = {}
    if not directory.exists():
        return out
    for p in sorted(directory.rglob("*")):
        rel = str(p.relative_to(directory))
        if p.is_file():
            out[rel] = (p.stat().st_mode, hashlib.sha256(p.read_bytes()).hexdigest())
        else:
            out[rel] = (p.stat().st_mode, "dir")
    return out
