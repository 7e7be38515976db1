"""Demo vaults made once per test process and copied for each test that needs one.

`veiligbestuur demo` with a few hundred incidents takes seconds; a test that changes its vault gets its own copy
of the one made for its (incidents, seed), byte for byte what the command made (the same vault, in a new place).
The originals live in the session's private TMPDIR (tests/conftest.py), removed at the end of the session.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

_made: dict[tuple[int, int], Path] = {}


def demo_copy(dest: Path, incidents: int, seed: int) -> Path:
    """A copy at `dest` (which must not exist) of the demo vault `demo --incidents N --seed S` makes."""
    from veiligbestuur_desktop.cli import main

    original = _made.get((incidents, seed))
    if original is None:
        original = Path(tempfile.mkdtemp(prefix="vb-demo-")) / "demo"
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("VEILIGBESTUUR_PASSPHRASE", PASSPHRASE)
            args = ["demo", "--data-dir", str(original), "--incidents", str(incidents), "--seed", str(seed)]
            assert main(args) == 0
        _made[(incidents, seed)] = original
    shutil.copytree(original, dest, symlinks=True)
    return dest
