"""Every visible string goes through Qt's translation: a translator for English changes widgets and domain labels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context><name>MainWindow</name>
<message><source>Overzicht</source><translation>Overview</translation></message>
</context>
<context><name>vocab</name>
<message><source>gereed</source><translation>done</translation></message>
</context>
<context><name>steps</name>
<message><source>Beleid</source><translation>Policy</translation></message>
</context>
</TS>
"""


def test_an_english_translator_reaches_widgets_and_domain_labels(app, tmp_path):
    from veiligbestuur_desktop.domain.steps import STEPS
    from veiligbestuur_desktop.domain.vocab import ItemStatus
    from veiligbestuur_desktop.ui.app.main_window import MainWindow

    ts = tmp_path / "veiligbestuur_en.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(tmp_path / "veiligbestuur_en.qm")],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load("veiligbestuur_en", str(tmp_path))
    QCoreApplication.installTranslator(translator)
    try:
        assert ItemStatus.GEREED.label == "done"  # domain → i18n.tr → QCoreApplication.translate
        assert STEPS[0].tab_label == "Policy"
        win = MainWindow()
        assert win.tabs.tabText(0) == "Overview"
        assert win.tabs.tabText(1).replace("&", "") == "1 Policy"
        win.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert ItemStatus.GEREED.label == "gereed"
