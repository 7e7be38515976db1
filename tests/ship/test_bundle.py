"""The one-folder bundle built by `make dist` (installer/veiligbestuur.spec), run as CI runs it (`make
dist-smoke`, part of `make test`): --version, init, verify, demo --incidents 50, a report with embedded fonts,
the GUI started offscreen to the unlock dialog, the tarball, the Qt parts left out, and the NSIS script compiled
against the bundle layout. VEILIGBESTUUR_BUNDLE names the bundle directory; without it (a plain `pytest` run,
which does not build the bundle) these tests are skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.ship.smoke import check_report, command_line_smoke, isolated_env, run

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ["VEILIGBESTUUR_BUNDLE"]) if os.environ.get("VEILIGBESTUUR_BUNDLE") else None

pytestmark = pytest.mark.skipif(BUNDLE is None, reason="runs in `make dist-smoke` (part of `make test`)")


def program() -> Path:
    assert BUNDLE is not None
    exe = BUNDLE / ("VeiligBestuur.exe" if sys.platform == "win32" else "veiligbestuur")
    assert exe.is_file(), exe
    return exe


def version() -> str:
    text = (ROOT / "veiligbestuur_desktop" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'__version__ = "([^"]+)"', text)
    assert m
    return m.group(1)


def test_bundle_runs_the_command_line_from_init_to_a_report(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    report = command_line_smoke([str(program())], tmp_path, env, incidents=50)
    check_report(report)
    # the program ran from the bundle, not from a Python installation
    assert not list((tmp_path / "home").rglob("*.pyc"))


def test_bundle_starts_its_gui_to_the_unlock_dialog_without_the_heavy_libraries(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    pw = tmp_path / "pw.txt"
    pw.write_text("Verscheept wachtwoord voor de rooktest 2026\n", encoding="utf-8")
    vault = tmp_path / "kluis"
    run(
        [
            str(program()),
            "init",
            "--data-dir",
            str(vault),
            "--passphrase-file",
            str(pw),
            "--municipality",
            "Proef",
        ],
        env,
        tmp_path,
    )
    out = run(
        [str(program()), "--data-dir", str(vault)],
        isolated_env(tmp_path, VEILIGBESTUUR_SMOKE="1"),
        tmp_path,
        timeout=120,
    )
    assert "SMOKE_WINDOW VeiligBestuur — ontgrendelen" in out, out
    assert "SMOKE_LOADED -" in out, out
    out = run(
        [str(program()), "--data-dir", str(tmp_path / "leeg")],
        isolated_env(tmp_path, VEILIGBESTUUR_SMOKE="1"),
        tmp_path,
        timeout=120,
    )
    assert "SMOKE_WINDOW VeiligBestuur — nieuwe kluis" in out, out
    assert not (tmp_path / "leeg" / "veiligbestuur.db").exists()


def test_bundle_holds_what_it_needs_and_leaves_out_the_rest() -> None:
    assert BUNDLE is not None
    internal = BUNDLE / "_internal"
    for rel in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/icons/veiligbestuur.svg",
        "resources/translations/veiligbestuur_en.qm",
        "resources/help/start.md",
        "veiligbestuur_desktop/store/migrations/env.py",
        "veiligbestuur_desktop/store/migrations/script.py.mako",
        "veiligbestuur_desktop/store/migrations/versions/0001_foundation.py",
    ):
        assert (internal / rel).is_file(), rel
    names = {p.name for p in internal.rglob("*")}
    for left_out in (
        "WebEngine",
        "Qt6Quick",
        "Qt6Qml",
        "Qt63D",
        "Qt6Multimedia",
        "libgtk-3",
        "qtvirtualkeyboard",
    ):
        assert not any(left_out in n for n in names), left_out
    if sys.platform.startswith("linux"):
        plugins = internal / "PySide6" / "Qt" / "plugins"
        kinds = {p.name for p in plugins.iterdir()}
        assert {"platforms", "imageformats", "iconengines", "printsupport"} <= kinds, kinds
        assert not kinds - {
            "platforms",
            "imageformats",
            "iconengines",
            "printsupport",
            "platforminputcontexts",
            "xcbglintegrations",
            "wayland-shell-integration",
            "wayland-decoration-client",
        }, kinds
        platforms = {p.name for p in (plugins / "platforms").iterdir()}
        assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"} <= platforms, platforms
        assert (plugins / "imageformats" / "libqsvg.so").is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="Linux bundle")
def test_every_library_in_the_bundle_finds_what_it_links_against() -> None:
    assert BUNDLE is not None
    internal = BUNDLE / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    problems = []
    for lib in internal.rglob("*.so*"):
        if not lib.is_file() or lib.is_symlink():
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env)
        problems += [
            f"{lib.relative_to(internal)}: {line.strip()}"
            for line in out.stdout.splitlines()
            if "not found" in line
        ]
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux tarball")
def test_tarball_holds_the_bundle_the_menu_entry_and_the_icon() -> None:
    assert BUNDLE is not None
    machine = os.uname().machine
    tarball = BUNDLE.parent / f"veiligbestuur-{version()}-linux-{machine}.tar.gz"
    assert tarball.is_file(), tarball
    top = f"veiligbestuur-{version()}"
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for rel in (
        "veiligbestuur/veiligbestuur",
        "veiligbestuur/_internal/resources/fonts/DejaVuSans.ttf",
        "share/applications/veiligbestuur.desktop",
        "share/icons/hicolor/scalable/apps/veiligbestuur.svg",
        "install.sh",
    ):
        assert f"{top}/{rel}" in members, rel
    assert members[f"{top}/veiligbestuur/veiligbestuur"].mode & 0o111
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())


@pytest.mark.skipif(
    shutil.which("makensis") is None, reason="makensis (Debian package nsis) is installed by make"
)
def test_nsis_script_compiles_against_the_bundle_layout(tmp_path: Path) -> None:
    assert BUNDLE is not None
    out_file = tmp_path / "VeiligBestuur-setup.exe"
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DBUNDLE_DIR={BUNDLE}",
            f"-DVERSION={version()}",
            "-DMAIN_EXE=veiligbestuur",
            "-DNO_COMPRESSION",
            f"-DOUT_FILE={out_file}",
            str(ROOT / "installer" / "veiligbestuur.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert out_file.stat().st_size > 10_000_000  # the whole bundle is inside
    assert out_file.read_bytes()[:2] == b"MZ"
