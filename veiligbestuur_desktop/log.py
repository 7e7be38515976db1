"""Logging set-up. Log records never carry personal data: only event kinds, ids and counts."""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(log_dir: Path | None, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_veiligbestuur", False):
            root.removeHandler(h)
    if log_dir is None:
        return
    # imported here: the first window needs no log rotation (fast start)
    from logging.handlers import RotatingFileHandler

    log_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        log_dir.chmod(0o700)
    handler = RotatingFileHandler(
        log_dir / "veiligbestuur.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._veiligbestuur = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def safe_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Frames and the exception type only: exception messages may quote personal data (e.g. SQL parameters)."""
    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    lines += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)
