"""Versioned documents of step 1 (the agressieprotocol, the huisregels): one status flow, one set of version
fields, one rule for freezing — shared by every versioned kind.

Status: concept → voorgelegd → vastgesteld → gepubliceerd → te herijken → vervangen. Only forward moves that
make sense are allowed (:data:`TRANSITIONS`); "vervangen" is set by the app when a newer version is
vastgesteld. From "vastgesteld" on a version is frozen: a change makes a new version (concept, version + 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.rules import format_date
from veiligbestuur_desktop.domain.vocab import Vocab, _labels


class DocStatus(Vocab):
    CONCEPT = "concept"
    VOORGELEGD = "voorgelegd"
    VASTGESTELD = "vastgesteld"
    GEPUBLICEERD = "gepubliceerd"
    TE_HERIJKEN = "te_herijken"
    VERVANGEN = "vervangen"


_labels(
    DocStatus,
    {
        "concept": "concept",
        "voorgelegd": "voorgelegd",
        "vastgesteld": "vastgesteld",
        "gepubliceerd": "gepubliceerd",
        "te_herijken": "te herijken",
        "vervangen": "vervangen",
    },
)

S = DocStatus

# The moves a user may make. "vervangen" is never chosen: the app sets it on the older versions when a newer
# one is vastgesteld (see `superseded_by`).
TRANSITIONS: dict[DocStatus, tuple[DocStatus, ...]] = {
    S.CONCEPT: (S.VOORGELEGD,),
    S.VOORGELEGD: (S.VASTGESTELD,),
    S.VASTGESTELD: (S.GEPUBLICEERD, S.TE_HERIJKEN),
    S.GEPUBLICEERD: (S.TE_HERIJKEN,),
    S.TE_HERIJKEN: (),
    S.VERVANGEN: (),
}

# From vastgesteld on, the text is what was decided: it never changes again.
FROZEN: frozenset[DocStatus] = frozenset({S.VASTGESTELD, S.GEPUBLICEERD, S.TE_HERIJKEN, S.VERVANGEN})
# The versions in force (the newest of them is the current one). A version "te herijken" still holds until a
# newer version is vastgesteld; it is in force, and the checklist asks for the review.
IN_FORCE: frozenset[DocStatus] = frozenset({S.VASTGESTELD, S.GEPUBLICEERD, S.TE_HERIJKEN})
# The versions a newly adopted version replaces.
REPLACEABLE: frozenset[DocStatus] = frozenset({S.VASTGESTELD, S.GEPUBLICEERD, S.TE_HERIJKEN})
# Versions still being written: at most one per kind.
OPEN: frozenset[DocStatus] = frozenset({S.CONCEPT, S.VOORGELEGD})

# The verb on the button of each move (Dutch).
ACTION_LABELS: dict[DocStatus, str] = {
    S.VOORGELEGD: "Voorleggen",
    S.VASTGESTELD: "Vaststellen",
    S.GEPUBLICEERD: "Publiceren",
    S.TE_HERIJKEN: "Te herijken",
}


def is_frozen(status: DocStatus | str) -> bool:
    return DocStatus(status) in FROZEN


def allowed(status: DocStatus | str) -> tuple[DocStatus, ...]:
    return TRANSITIONS[DocStatus(status)]


def check_transition(current: DocStatus | str, new: DocStatus | str) -> None:
    """Refuse a move that is not in the flow, with a Dutch message that says what is possible."""
    cur, nxt = DocStatus(current), DocStatus(new)
    if nxt in TRANSITIONS[cur]:
        return
    if nxt == S.VERVANGEN:
        raise ValidationError(
            tr(
                "versioning",
                "Een versie wordt vanzelf ‘vervangen’ zodra een nieuwere versie is vastgesteld. "
                "Maak een nieuwe versie en stel die vast.",
            ),
            field="status",
        )
    options = ", ".join(f"‘{s.label}’" for s in TRANSITIONS[cur])
    if options:
        raise ValidationError(
            tr(
                "versioning",
                "Een versie met status ‘{cur}’ kan niet naar ‘{new}’; wel naar {options}.",
            ).format(cur=cur.label, new=nxt.label, options=options),
            field="status",
        )
    raise ValidationError(
        tr(
            "versioning",
            "Een versie met status ‘{cur}’ verandert niet meer van status. Maak zo nodig een nieuwe versie.",
        ).format(cur=cur.label),
        field="status",
    )


def frozen_message(version: int, status: DocStatus | str) -> str:
    return tr(
        "versioning",
        "Versie {v} is {status} en wordt niet meer gewijzigd. Kies ‘Nieuwe versie’: "
        "de wijziging wordt dan een nieuwe conceptversie.",
    ).format(v=version, status=DocStatus(status).label)


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """What the versioning rules need to know of one version."""

    id: int
    version: int
    status: DocStatus
    decision_date: date | None = None


def current(versions: Sequence[VersionInfo]) -> VersionInfo | None:
    """The version to show and print: the newest one in force (vastgesteld or gepubliceerd), else the newest
    version there is."""
    if not versions:
        return None
    ordered = sorted(versions, key=lambda v: v.version, reverse=True)
    for v in ordered:
        if v.status in IN_FORCE:
            return v
    return ordered[0]


def open_version(versions: Sequence[VersionInfo]) -> VersionInfo | None:
    """The version still being written (concept or voorgelegd), if any."""
    for v in sorted(versions, key=lambda v: v.version, reverse=True):
        if v.status in OPEN:
            return v
    return None


def superseded_by(versions: Sequence[VersionInfo], adopted: VersionInfo) -> list[VersionInfo]:
    """The older versions that become "vervangen" when `adopted` is vastgesteld."""
    return [v for v in versions if v.version < adopted.version and v.status in REPLACEABLE]


def next_version(versions: Sequence[VersionInfo]) -> int:
    return max((v.version for v in versions), default=0) + 1


def adopted_text(kind_label: str, v: VersionInfo) -> str:
    """ "vastgesteld protocol v3, 12-03-2026" — the evidence line of a checklist item (Dutch); a version that
    is not (or no longer) in force says its status instead."""
    when = f", {format_date(v.decision_date)}" if v.decision_date else ""
    if v.status in IN_FORCE:
        extra = {S.GEPUBLICEERD: " (gepubliceerd)", S.TE_HERIJKEN: " (te herijken)"}.get(v.status, "")
        return f"vastgesteld {kind_label} v{v.version}{when}{extra}"
    return f"{kind_label} v{v.version}: {v.status.label}"


def version_fields(context: str, authority: type[Vocab]) -> tuple[Field, ...]:
    """The fields every versioned kind has, after its own: version and status (set by the app), who adopts it,
    the decision date, the publication reference and the review date."""

    def f(name: str, label: str, kind: FieldKind, **kw: Any) -> Field:
        return Field(name, label, kind, context=context, **kw)

    return (
        f("version", "Versie", FieldKind.TEXT, form=False, column=True, sortable=True),
        f(
            "status",
            "Status",
            FieldKind.CHOICE,
            noun="de status",
            vocab=DocStatus,
            form=False,
            column=True,
            required=True,
        ),
        f(
            "adopted_by",
            "Vastgesteld door",
            FieldKind.CHOICE,
            noun="wie het vaststelt",
            vocab=authority,
            required=True,
            group="Vaststelling",
            column=True,
        ),
        f(
            "decision_date",
            "Besluitdatum",
            FieldKind.DATE,
            noun="de besluitdatum",
            not_future=True,
            earliest=date(2000, 1, 1),
            form=False,
            column=True,
        ),
        f(
            "publication_ref",
            "Publicatie (gemeenteblad/CVDR)",
            FieldKind.TEXT,
            noun="de vindplaats van de publicatie",
            max_len=120,
            form=False,
        ),
        f(
            "review_date",
            "Herzieningsdatum",
            FieldKind.DATE,
            noun="de herzieningsdatum",
            earliest=date(2000, 1, 1),
            group="Vaststelling",
            help="uiterlijk na de volgende verkiezingen of collegevorming",
            column=True,
        ),
    )


def check_adoption(review_date: date | None, decision_date: date | None) -> None:
    """What must be known before a version is vastgesteld."""
    if decision_date is None:
        raise ValidationError(
            tr("versioning", "Vul de besluitdatum in: de datum waarop het besluit is genomen."),
            field="decision_date",
        )
    if review_date is None:
        raise ValidationError(
            tr(
                "versioning",
                "Vul eerst de herzieningsdatum in (bewerk de versie), dan kan zij worden vastgesteld.",
            ),
            field="review_date",
        )
    if review_date <= decision_date:
        raise ValidationError(
            tr("versioning", "De herzieningsdatum moet na de besluitdatum ({d}) liggen.").format(
                d=format_date(decision_date)
            ),
            field="review_date",
        )


def check_publication(reference: str) -> str:
    ref = (reference or "").strip()
    if not ref:
        raise ValidationError(
            tr(
                "versioning",
                "Vul de vindplaats van de publicatie in, bijvoorbeeld ‘Gemeenteblad 2026, 12345’ of een "
                "CVDR-nummer.",
            ),
            field="publication_ref",
        )
    if len(ref) > 120:
        raise ValidationError(
            tr("versioning", "De vindplaats is te lang (maximaal 120 tekens)."), field="publication_ref"
        )
    return ref
