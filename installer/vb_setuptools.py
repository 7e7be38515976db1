"""The build backend (pyproject.toml `build-backend`): setuptools, plus the package list it cannot find alone.

The repository keeps fonts, icons, translations and help in the top-level `resources/`; pyproject.toml maps that
directory to the package `veiligbestuur_desktop.resources` (`[tool.setuptools.package-dir]`). A mapped package is
never found by `packages.find`, and a fixed list in pyproject.toml goes stale as soon as someone adds a
subpackage, so the list is made here: every package under `veiligbestuur_desktop/`, plus the mapped one. The
sdist carries this file too, so that a wheel can be built from it.
"""

from __future__ import annotations

from typing import Any

from setuptools import build_meta as _meta
from setuptools import find_namespace_packages
from setuptools.command.sdist import sdist as _sdist

PACKAGE = "veiligbestuur_desktop"
THIS_FILE = "installer/vb_setuptools.py"


def packages() -> list[str]:
    found = find_namespace_packages(include=[PACKAGE, f"{PACKAGE}.*"], exclude=["*.__pycache__"])
    return sorted({p for p in found if not p.startswith(f"{PACKAGE}.resources")} | {f"{PACKAGE}.resources"})


class _Sdist(_sdist):  # type: ignore[misc]
    def make_distribution(self) -> None:
        self.filelist.append(THIS_FILE)
        super().make_distribution()


class _Backend(_meta._BuildMetaBackend):  # type: ignore[misc]
    def run_setup(self, setup_script: str = "setup.py") -> None:
        from setuptools import setup

        setup(packages=packages(), cmdclass={"sdist": _Sdist})


_backend = _Backend()

get_requires_for_build_wheel = _backend.get_requires_for_build_wheel
get_requires_for_build_sdist = _backend.get_requires_for_build_sdist
prepare_metadata_for_build_wheel = _backend.prepare_metadata_for_build_wheel
build_wheel = _backend.build_wheel
build_sdist = _backend.build_sdist
get_requires_for_build_editable = _backend.get_requires_for_build_editable
prepare_metadata_for_build_editable = _backend.prepare_metadata_for_build_editable
build_editable = _backend.build_editable


def __getattr__(name: str) -> Any:  # anything else setuptools' backend offers
    return getattr(_meta, name)
