"""The plain data an incident report is made of (the contract between services and reports).

Services fill these from the store (pseudonymising where asked); `reports.incident_report` renders them.
Every text is ready to print (Dutch labels, not vocabulary codes). Nothing here may hold a home address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class VictimLine:
    name: str  # full name, or initials in the pseudonymised variant
    role: str  # e.g. "Wethouder", "Naaste (partner) van wethouder J.J."
    office_related: bool | None  # related to the office? None = unknown
    aimed_at: str  # "de persoon", "het ambt" or ""


@dataclass(frozen=True, slots=True)
class ChecklistTick:
    label: str  # one of the nine handling bullets of step 6
    done_on: date | None  # None = not (yet) done
    by: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    track: (
        str  # "Aangifte / melding", "Nazorg: Opvanggesprek", "Reactie aan de dader", "Overige opvolging: …"
    )
    owner: str  # the verantwoordelijke
    deadline: date | None
    status: str  # Dutch label
    overdue: bool = False
    details: tuple[tuple[str, str], ...] = ()  # (label, value), e.g. ("PV-nummer", "2026123456")


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    when: datetime
    what: str
    by: str = ""


@dataclass(frozen=True, slots=True)
class AttachmentLine:
    filename: str
    size_bytes: int
    sha256: str
    added_at: datetime
    description: str = ""


@dataclass(frozen=True, slots=True)
class AuditLine:
    when: datetime
    slot: str
    action: str  # Dutch label
    summary: str


@dataclass(frozen=True, slots=True)
class IncidentReportData:
    """`facts` and `texts` are the incident's declared fields (domain.incidents.INCIDENT) as (label, text):
    short fields in the facts table, long texts as sections of their own, in declared order."""

    municipality: str
    number: str  # "2026-014"
    generated_at: datetime
    facts: tuple[tuple[str, str], ...]
    texts: tuple[tuple[str, str], ...]
    victims: tuple[VictimLine, ...]
    checklist: tuple[ChecklistTick, ...]
    follow_ups: tuple[FollowUpLine, ...]
    timeline: tuple[TimelineEvent, ...]
    attachments: tuple[AttachmentLine, ...]
    audit: tuple[AuditLine, ...]
    pseudonymised: bool = False
    escalation: str = ""  # the escalation advice (opschalen naar politie en OM), empty when not advised
    notes: tuple[str, ...] = field(default_factory=tuple)  # points of attention (the ELA warnings)

    def fact(self, label: str) -> str:
        """The text of one row of the facts or one text section, by its Dutch label."""
        return dict((*self.facts, *self.texts)).get(label, "")
