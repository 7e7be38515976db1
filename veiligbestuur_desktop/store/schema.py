"""Imports every model module so that `Base.metadata` is complete (for tests comparing with migrations)."""

from veiligbestuur_desktop.store import models  # noqa: F401
from veiligbestuur_desktop.store.base import Base

metadata = Base.metadata
