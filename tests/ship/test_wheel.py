"""Package data: the wheel and the sdist carry fonts, icons, translations and help; the wheel, installed into a
clean virtual environment, can init, unlock, make demo data and print a report with embedded fonts.

Offline and honest: the wheel is built from the tracked files (as a fresh clone has them, with the .qm built by
lrelease) and installed with `--no-deps --no-index`; its dependencies come from the project's own virtual
environment through a .pth line (no package index needed), while the program itself is only the installed
wheel (checked: `veiligbestuur_desktop.__file__` lies in the new environment).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.ship.smoke import check_report, command_line_smoke, isolated_env, run

ROOT = Path(__file__).resolve().parents[2]
RESOURCE_FILES = [
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
    "fonts/DejaVuSansMono.ttf",
    "icons/veiligbestuur.svg",
    "translations/veiligbestuur_en.qm",
    "help/start.md",
]


def tracked_tree(dest: Path) -> Path:
    """The repository as a fresh clone has it (tracked files, their current content) plus the built .qm."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(
        b"\0"
    )
    for name in filter(None, files):
        src = ROOT / name.decode()
        if src.is_file():
            target = dest / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
    ts = sorted((dest / "resources" / "translations").glob("*.ts"))
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            *map(str, ts),
            "-qm",
            str(dest / "resources/translations/veiligbestuur_en.qm"),
        ],
        check=True,
    )
    return dest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tracked_tree(tmp / "src")
    out = tmp / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist


@pytest.mark.timeout(900)
def test_wheel_and_sdist_carry_the_resources(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in RESOURCE_FILES:
        assert f"veiligbestuur_desktop/resources/{f}" in names, f
    assert "veiligbestuur_desktop/store/migrations/script.py.mako" in names
    assert any(n.startswith("veiligbestuur_desktop/store/migrations/versions/0001") for n in names)
    # every package of the tree is in the wheel (the package list is made by installer/vb_setuptools.py)
    for init in (ROOT / "veiligbestuur_desktop").rglob("__init__.py"):
        rel = init.relative_to(ROOT).as_posix()
        tracked = subprocess.run(["git", "ls-files", "--error-unmatch", rel], cwd=ROOT, capture_output=True)
        if tracked.returncode == 0:
            assert rel in names, rel
    assert not any(n.startswith(("resources/", "tests/")) for n in names)
    with tarfile.open(sdist) as tar:
        members = tar.getnames()
    top = members[0].split("/")[0]
    for f in RESOURCE_FILES:
        assert f"{top}/resources/{f}" in members, f
    assert f"{top}/installer/vb_setuptools.py" in members


@pytest.mark.timeout(900)
def test_installed_wheel_inits_unlocks_and_prints_a_report(built: tuple[Path, Path], tmp_path: Path) -> None:
    wheel, _sdist = built
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # the dependencies (PySide6, SQLAlchemy, ...) from the project's environment, after the new site-packages;
    # the project's own editable install is not visible there (its finder is not processed from a .pth path)
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    env = isolated_env(tmp_path)
    where = run(
        [
            str(py),
            "-c",
            "import veiligbestuur_desktop as v, veiligbestuur_desktop.paths as p; "
            "print(v.__file__); print(p.resources_dir()); print(p.fonts_dir().joinpath('DejaVuSans.ttf').is_file())",
        ],
        env,
        tmp_path,
    ).split("\n")
    assert where[0].startswith(str(site)), where
    assert where[1] == str(site / "veiligbestuur_desktop" / "resources"), where
    assert where[2] == "True"

    report = command_line_smoke([str(venv / "bin" / "veiligbestuur")], tmp_path, env, incidents=20)
    check_report(report)

    # and its GUI starts to the unlock dialog (offscreen), without the heavy libraries
    out = run(
        [str(venv / "bin" / "veiligbestuur"), "--data-dir", str(tmp_path / "kluis")],
        isolated_env(tmp_path, VEILIGBESTUUR_SMOKE="1"),
        tmp_path,
        timeout=120,
    )
    assert "SMOKE_WINDOW VeiligBestuur — ontgrendelen" in out, out
    assert "SMOKE_LOADED -" in out, out
