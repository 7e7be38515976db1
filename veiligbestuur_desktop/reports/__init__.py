"""ReportLab documents built from plain data. No Qt, no sessions: services hand in dataclasses, get PDF bytes."""
