"""The command line under random arguments: never a crash or traceback; either it works or it says why in Dutch."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from veiligbestuur_desktop.cli import main

EXAMPLES = 10_000 if os.environ.get("VEILIGBESTUUR_LONG") else 400
ROOT = Path(tempfile.mkdtemp(prefix="vb-cli-fuzz-"))
VAULT = ROOT / "vault"
COMMANDS = ["init", "verify", "backup", "restore", "recovery", "slots", "list", "report", "demo"]
OPTIONS = [
    "--data-dir",
    "--municipality",
    "--coordinator",
    "--passphrase-file",
    "--out",
    "--from",
    "--force",
    "--year",
    "--incidents",
    "--seed",
    "--pseudonymise",
    "--pdf-password-file",
    "--recovery-key-file",
    "--new-passphrase-file",
    "--name",
    "--recovery-sheet",
    "--version",
    "--help",
    "-h",
]
VALUES = [
    "incidents",
    "incident",
    "list",
    "add",
    "remove",
    "2026-001",
    "0",
    "-1",
    "99999999",
    "abc",
    "",
    "ë’€",
    "/",
    "..",
    "\x00",
    str(VAULT),
    str(ROOT / "nieuw"),
    str(ROOT / "pw.txt"),
    str(ROOT / "nope.txt"),
    str(ROOT / "out.pdf"),
    str(ROOT / "b.vbbackup"),
]

token = st.one_of(
    st.sampled_from(COMMANDS),
    st.sampled_from(OPTIONS),
    st.sampled_from(VALUES),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12),
)


@pytest.fixture(scope="module", autouse=True)
def _vault():
    (ROOT / "pw.txt").write_text(PASSPHRASE, encoding="utf-8")
    os.environ["VEILIGBESTUUR_PASSPHRASE"] = PASSPHRASE
    assert main(["demo", "--data-dir", str(VAULT), "--incidents", "20"]) == 0
    yield
    os.environ.pop("VEILIGBESTUUR_PASSPHRASE", None)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=st.lists(token, min_size=1, max_size=7))
def test_cli_never_crashes(argv, capsys, monkeypatch):
    import veiligbestuur_desktop.ui.app.start as gui

    monkeypatch.setattr(gui, "run_gui", lambda data_dir=None: 0)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code = main(argv)
    captured = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code, captured.err)
    assert "Traceback" not in captured.err and "Traceback" not in captured.out
    if code == 2:
        assert captured.err.strip(), argv
        assert "error:" not in captured.err and "usage:" not in captured.err, captured.err
    if code == 1:
        assert "onverwachts" not in captured.err, (argv, captured.err)  # code 1 is only a failed verify
