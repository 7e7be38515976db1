"""Imports every model module so that `Base.metadata` is complete (for tests comparing with migrations).

The models of the foundation are in `store/models.py`; an area of the plan keeps its own in
`store/models_<area>.py`, found here without a list to edit.
"""

import importlib
import pkgutil

from veiligbestuur_desktop import store
from veiligbestuur_desktop.store import models  # noqa: F401
from veiligbestuur_desktop.store.base import Base

for _info in sorted(pkgutil.iter_modules(store.__path__), key=lambda m: m.name):
    if _info.name.startswith("models_"):
        importlib.import_module(f"veiligbestuur_desktop.store.{_info.name}")

metadata = Base.metadata
