"""The only owner of locations: the data dir (platformdirs, overridable) and the resources (also when frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from veiligbestuur_desktop import APP_NAME

DATA_DIR_ENV = "VEILIGBESTUUR_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


LOG_DIR_ENV = "VEILIGBESTUUR_LOG_DIR"


def log_dir() -> Path:
    """Logs live outside the data dir (a failed unlock must leave the data dir byte-identical).

    They never hold personal data: event kinds, ids and counts only.
    """
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """Fonts, icons, translations and help, wherever the program runs from.

    - a frozen bundle (PyInstaller): `resources/` inside the bundle (`sys._MEIPASS`);
    - an installed wheel: the package directory `veiligbestuur_desktop/resources` (pyproject.toml maps the
      repository's top-level `resources/` there);
    - a source checkout or an editable install: the repository's top-level `resources/`.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def help_dir() -> Path:
    return resources_dir() / "help"
