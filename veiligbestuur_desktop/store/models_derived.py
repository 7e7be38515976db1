"""Derived data kept beside the records: never a source of truth, always recomputable, never audited.

`data_version` counts the changes to the tables a derived figure is made of; SQLite triggers (migration 0015) raise
it on every insert, update and delete, whatever writes (the application, an import, a migration, a purge), so a
stored figure can tell whether it is still current. `evidence_cache` keeps step 6's checklist counts of a year
(counts only, no personal data) with the version they were counted at: at 100,000 incidents counting them costs
a few tenths of a second at every unlock, reading them back a millisecond.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from veiligbestuur_desktop.store.base import Base

AUDITED = ()  # derived figures are not records

# the tables step 6's evidence counts are made of; their triggers raise data_version "incidents"
INCIDENT_INPUTS = ("incident", "incident_check", "follow_up")
INCIDENTS_VERSION = "incidents"


class DataVersion(Base):
    __tablename__ = "data_version"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class EvidenceCache(Base):
    __tablename__ = "evidence_cache"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
