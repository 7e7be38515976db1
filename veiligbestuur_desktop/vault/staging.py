"""A vault built or restored beside the live one moves into place by renames after a READY marker.

Used by init (`<data dir>/.nieuw`) and restore (`<data dir>/.herstel`); a swap interrupted after the marker is
completed at the next open, an unmarked staging dir is dropped.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from veiligbestuur_desktop.fsutil import fsync_dir

READY = "READY"
NEW = ".nieuw"  # init builds the vault here; it moves into place only after the recovery key was shown
RESTORE = ".herstel"  # a restore stages and verifies the backup here
DB_NAME = "veiligbestuur.db"
# the order in which the files move: the second key-file copy first, the database last
VAULT_FILES = ("veiligbestuur.keys.2", "veiligbestuur.keys", DB_NAME)


def move_into_place(staging: Path, data_dir: Path) -> None:
    """Move a staged vault into `data_dir` (marking it READY first); safe to call again after a crash."""
    marker = staging / READY
    if not marker.exists():
        marker.write_text("verified\n", encoding="utf-8")
        fsync_dir(staging)
    for side in (DB_NAME + "-wal", DB_NAME + "-shm"):
        (data_dir / side).unlink(missing_ok=True)
    for name in VAULT_FILES:
        src = staging / name
        if src.exists():
            os.replace(src, data_dir / name)
    fsync_dir(data_dir)
    shutil.rmtree(staging, ignore_errors=True)
