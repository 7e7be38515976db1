"""Fast start: the first dialog needs PySide6 and the key file only. When the unlock dialog (or the first-run
dialog) is on screen, SQLAlchemy, Alembic, ReportLab, cryptography, SQLCipher and the domain rules are not imported yet; they are loaded afterwards, in the
background, so that the unlock itself does not wait for them. Measured in a fresh process, as a user starts it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import COORDINATOR, MUNICIPALITY, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def probe(data_dir: Path, stay_ms: int = 0) -> dict[str, str]:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.benchmarks.startup_probe",
            "--stay",
            str(stay_ms),
            "--data-dir",
            str(data_dir),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    return dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)


@pytest.fixture
def vault(data_dir: Path) -> Path:
    from veiligbestuur_desktop.services import lifecycle

    ws = lifecycle.create_vault(data_dir, MUNICIPALITY, COORDINATOR, PASSPHRASE)
    lifecycle.confirm_created(ws)
    ws.lock()
    return data_dir


def test_unlock_dialog_is_shown_before_sqlalchemy_alembic_and_reportlab_load(vault: Path) -> None:
    seen = probe(vault, stay_ms=3000)
    assert "UNLOCK_DIALOG_SHOWN" in seen, seen
    assert seen["LOADED_AT_SHOW"] == "-", seen
    # ... and they do load once the dialog is up (in the background), ready for the unlock
    # (Alembic not at all: the vault is at HEAD, so no migration script is read and no migration runs)
    assert seen["LOADED_LATER"] == (
        "sqlalchemy,reportlab,cryptography,veiligbestuur_desktop.domain.rules,sqlcipher3"
    ), seen


def test_first_run_dialog_is_shown_before_the_heavy_libraries_load(tmp_path: Path) -> None:
    seen = probe(tmp_path / "nieuw")
    assert "FIRST_RUN_SHOWN" in seen, seen
    loaded = set(seen["LOADED_AT_SHOW"].split(","))
    assert not loaded & {"sqlalchemy", "alembic", "reportlab", "cryptography"}, (
        seen
    )  # the rules check the form


def test_the_command_line_imports_no_gui_and_no_database_for_version_and_help() -> None:
    code = (
        "import sys; from veiligbestuur_desktop.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(','.join(m for m in ('PySide6', 'sqlalchemy', 'alembic', 'reportlab') if m in sys.modules) or '-')"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "-", out.stdout + out.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--data-dir", "/tmp/kluis"], Path("/tmp/kluis")),
        (["--data-dir=/tmp/kluis"], Path("/tmp/kluis")),
        (["--data-dir"], False),
        (["--data-dir", "--help"], False),
        (["--data-dir="], False),
        (["--help"], False),
        (["--version"], False),
        (["verify"], False),
        (["--data-dir", "/tmp/kluis", "verify"], False),
    ],
)
def test_only_a_plain_start_skips_the_command_parser(argv: list[str], expected: object) -> None:
    from veiligbestuur_desktop.__main__ import gui_only

    assert gui_only(argv) == expected


def test_the_overview_needs_no_reportlab() -> None:
    """An unlock that does not wait for the warm-up (the keyring) loads what the overview needs before it is
    painted: the services, every area's registrations and the main window. ReportLab (a tenth of a second) is
    not among them; it loads once a document is made, or in the warm-up's second part."""
    code = (
        "import sys\n"
        "import veiligbestuur_desktop.services.workspace, veiligbestuur_desktop.services.plan\n"
        "import veiligbestuur_desktop.services.incidents\n"
        "from veiligbestuur_desktop.services import extensions\n"
        "extensions.load()\n"
        "import veiligbestuur_desktop.ui.app.main_window\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'PIL')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
