"""The signed decision's bytes are part of its audited record: changing only the bytes behind the app's back is
found by verify (the decision row keeps its stated SHA-256, so only the blob's own hash can tell)."""

from __future__ import annotations

from sqlalchemy import text

from tests.policy.test_policy_service import PDF, TODAY, adopt, policy_draft
from veiligbestuur_desktop.services.policy import PolicyService
from veiligbestuur_desktop.services.verify import verify


def test_changed_decision_bytes_are_found(workspace):
    svc = PolicyService(workspace)
    rid = svc.create(policy_draft(), TODAY)
    adopt(svc, rid)
    svc.attach_decision(rid, "besluit.pdf", PDF)
    assert verify(workspace, backups=False).ok
    with workspace.transaction() as s:
        s.execute(text("UPDATE policy_decision_blob SET content = :c"), {"c": PDF.replace(b"1.4", b"1.7")})
    report = verify(workspace, backups=False)
    assert not report.ok
    assert "policy_decision" in "\n".join(report.lines())
