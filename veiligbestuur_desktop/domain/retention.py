"""Retention (AVG art. 5 lid 1 sub e): how long each kind of record is kept, on which legal basis, and when a
record is due for a decision. Pure Python; the purge itself is services.retention."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import clean_text


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """One kind of record: kept `years` after `after` (Dutch, how the period starts), on `basis`."""

    kind: str  # "incident", "betrokkene", "ambtsdrager"
    label: str
    after: str
    years: int
    basis: str


DEFAULT_RULES: tuple[RetentionRule, ...] = (
    RetentionRule(
        "incident",
        "Incidenten",
        "na het afsluiten van het incident",
        5,
        "Gemeentelijk beleid agressie en geweld tegen ambtsdragers; AVG art. 6 lid 1 sub c en e. Vijf jaar na "
        "afsluiten, zodat herhaling door dezelfde dader en de jaarcijfers kunnen worden gevolgd.",
    ),
    RetentionRule(
        "betrokkene",
        "Daders en betrokkenen",
        "na het laatste incident waarbij de persoon betrokken is",
        5,
        "AVG art. 10 en art. 33 UAVG (strafrechtelijke gegevens): niet langer dan nodig voor de afhandeling en "
        "het herkennen van herhaling.",
    ),
    RetentionRule(
        "ambtsdrager",
        "Ambtsdragers en naasten",
        "na het einde van de termijn",
        2,
        "AVG art. 6 lid 1 sub e: nazorg en herkenning van dreiging na het aftreden.",
    ),
)
KINDS = tuple(r.kind for r in DEFAULT_RULES)


def check_rule(rule: RetentionRule) -> RetentionRule:
    if rule.kind not in KINDS:
        raise ValidationError(tr("retention", "Onbekende soort gegevens."))
    if not 1 <= int(rule.years) <= 30:
        raise ValidationError(
            tr("retention", "Kies voor ‘{label}’ een bewaartermijn van 1 tot 30 jaar.").format(
                label=rule.label
            ),
            field="years",
        )
    basis = clean_text(
        rule.basis,
        tr("retention", "de grondslag"),
        max_len=1000,
        required=True,
        multiline=True,
        field="basis",
    )
    return replace(rule, years=int(rule.years), basis=basis)


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def due_since(start: date | None, years: int) -> date | None:
    """The day from which a record whose period started on `start` is due for a decision; None: not started."""
    return add_years(start, years) if start is not None else None


def is_due(start: date | None, years: int, today: date) -> bool:
    due = due_since(start, years)
    return due is not None and due <= today
