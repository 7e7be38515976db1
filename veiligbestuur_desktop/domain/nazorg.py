"""The nazorg intervals of the opvangregeling (step 3), used to plan an incident's nazorg follow-ups (step 6).

The Stappenplan: an opvanggesprek within 72 hours of the incident; vervolggesprekken about two weeks and six to
eight weeks after the opvanggesprek. The coordinator may set other intervals in the opvangregeling; they are
stored as JSON in the vault's settings under SETTING_KEY and read by the incident service.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr

SETTING_KEY = "nazorg_intervals"


@dataclass(frozen=True, slots=True)
class NazorgIntervals:
    opvang_hours: int = 72  # opvanggesprek: within this many hours of the incident
    first_from_days: int = 12  # first vervolggesprek: this window after the opvanggesprek
    first_to_days: int = 14
    second_from_days: int = 42  # second vervolggesprek: 6 to 8 weeks after the opvanggesprek
    second_to_days: int = 56

    def check(self) -> NazorgIntervals:
        """Refuse intervals that cannot be planned, with a Dutch message."""
        if not 1 <= self.opvang_hours <= 24 * 14:
            raise ValidationError(
                tr("nazorg", "Kies voor het opvanggesprek een termijn tussen 1 uur en 14 dagen."),
                field="opvang_hours",
            )
        for field, start, end in (
            ("first", self.first_from_days, self.first_to_days),
            ("second", self.second_from_days, self.second_to_days),
        ):
            if not 1 <= start <= end <= 365:
                raise ValidationError(
                    tr(
                        "nazorg",
                        "Een vervolggesprek ligt tussen 1 en 365 dagen na het opvanggesprek, en ‘vanaf’ komt "
                        "niet na ‘uiterlijk’.",
                    ),
                    field=f"{field}_from_days",
                )
        if self.second_from_days <= self.first_to_days:
            raise ValidationError(
                tr("nazorg", "Het tweede vervolggesprek komt na het eerste: kies een latere termijn."),
                field="second_from_days",
            )
        return self

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> NazorgIntervals:
        """The stored intervals; the defaults when nothing (or something unreadable) is stored."""
        if not text:
            return cls()
        try:
            raw = json.loads(text)
            return cls(**{k: int(v) for k, v in raw.items() if k in cls.__dataclass_fields__}).check()
        except (ValueError, TypeError, ValidationError):
            return cls()
