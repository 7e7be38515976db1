"""A record deleted with another (ON DELETE CASCADE: an incident's attachments and evaluations) gets its own
tombstone in the audit trail, so verify stays clean and the trail says what went."""

from __future__ import annotations

from datetime import date

from tests.support.incidents import incident_draft, make_people
from veiligbestuur_desktop.domain.evaluation import EvaluationDraft
from veiligbestuur_desktop.services.attachments import AttachmentService
from veiligbestuur_desktop.services.evaluation import EvaluationService
from veiligbestuur_desktop.services.incidents import IncidentService
from veiligbestuur_desktop.services.verify import verify
from veiligbestuur_desktop.store import audit


def test_deleting_an_incident_tombstones_its_attachment_and_evaluation(workspace):
    people = make_people(workspace)
    incidents = IncidentService(workspace)
    reg = incidents.register(incident_draft(people))
    attachment = AttachmentService(workspace).add(reg.id, "brief.txt", b"dreigbrief").id
    open_ids = [f.id for f in incidents.detail(reg.id).follow_ups if f.status.value in ("open", "bezig")]
    incidents.close(reg.id, drop=open_ids, reason="test: afgehandeld")  # evaluated after closing
    evaluation = (
        EvaluationService(workspace)
        .create(EvaluationDraft(reg.id, date.today(), went_well="snelle opvang", lessons="eerder bellen"))
        .id
    )
    assert verify(workspace, backups=False).ok

    incidents.delete(reg.id)

    report = verify(workspace, backups=False)
    assert report.ok, report.lines()
    with workspace.reading() as s:
        for kind, key in (("attachment", attachment), ("incident_evaluation", evaluation)):
            last = audit.entries_for(s, kind, str(key))[-1]
            assert last.action == "delete" and last.record_hash == audit.TOMBSTONE
