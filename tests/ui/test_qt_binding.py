"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 dropped a reference to None on
every call of a Qt method that returns nothing, so that a long session aborted with "deallocating None"
(pyproject.toml pins below 6.12)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_the_reference_count_of_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setToolTip("y")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100  # 4,000 calls: a leak of one reference each would show as -4,000
