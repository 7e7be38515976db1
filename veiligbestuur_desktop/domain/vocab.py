"""Enumerations of the domain with their Dutch labels.

Values are stable identifiers stored in the database; labels are what the user sees. Every vocabulary is a
:class:`Vocab` (a ``StrEnum``) with a ``label`` property and a ``choices()`` helper for forms.
"""

from __future__ import annotations

from enum import StrEnum

from veiligbestuur_desktop.domain.i18n import tr


class Vocab(StrEnum):
    """A StrEnum whose members have a Dutch label (translatable through domain.i18n)."""

    @property
    def label(self) -> str:
        return tr("vocab", _LABELS[type(self)][str(self.value)])

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(str(m.value), m.label) for m in cls]

    @classmethod
    def parse(cls, value: str) -> Vocab:
        """Accept a value or a (case-insensitive) label."""
        v = value.strip()
        for m in cls:
            if v == m.value or v.casefold() == m.label.casefold():
                return m
        raise ValueError(value)


_LABELS: dict[type[Vocab], dict[str, str]] = {}


def _labels(cls: type[Vocab], labels: dict[str, str]) -> None:
    missing = {str(m.value) for m in cls} - labels.keys()
    if missing:
        raise AssertionError(f"{cls.__name__} misses labels for {sorted(missing)}")
    _LABELS[cls] = labels


class ItemStatus(Vocab):
    NIET_GESTART = "niet_gestart"
    BEZIG = "bezig"
    GEREED = "gereed"
    NVT = "nvt"


_labels(
    ItemStatus,
    {"niet_gestart": "niet gestart", "bezig": "bezig", "gereed": "gereed", "nvt": "n.v.t."},
)


class AuditAction(Vocab):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    UNLOCK = "unlock"
    FAILED_UNLOCK = "failed_unlock"
    LOCK = "lock"
    BACKUP = "backup"
    RESTORE = "restore"
    PURGE = "purge"
    SLOT = "slot"
    MIGRATE = "migrate"
    ANCHOR = "anchor"


_labels(
    AuditAction,
    {
        "create": "aangemaakt",
        "update": "gewijzigd",
        "delete": "verwijderd",
        "export": "geëxporteerd",
        "print": "afgedrukt",
        "unlock": "ontgrendeld",
        "failed_unlock": "mislukte ontgrendeling",
        "lock": "vergrendeld",
        "backup": "back-up gemaakt",
        "restore": "back-up teruggezet",
        "purge": "opgeschoond",
        "slot": "sleutel gewijzigd",
        "migrate": "database bijgewerkt",
        "anchor": "anker van de audittrail vastgelegd",
    },
)
