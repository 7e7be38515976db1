"""The record pattern's boundary: SQL lives in the store. The record services and every view reach the
database only through repositories (services/records.py holds the unit of work's session)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "veiligbestuur_desktop"
RECORD_SERVICES = ("incidents.py", "persons.py", "attachments.py", "incident_report.py", "demo.py")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return names


def test_no_sqlalchemy_in_record_services_or_views():
    paths = [ROOT / "services" / name for name in RECORD_SERVICES] + list((ROOT / "ui").rglob("*.py"))
    offenders = [
        f"{p.relative_to(ROOT)}: {n}" for p in paths for n in _imports(p) if n.startswith("sqlalchemy")
    ]
    assert offenders == []


def test_no_session_calls_in_record_services():
    """`.execute(`, `.scalar(`, `.scalars(`, `.add(`, `.get(` on a session only in repositories."""
    offenders = []
    for name in RECORD_SERVICES:
        tree = ast.parse((ROOT / "services" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("execute", "scalar", "scalars", "flush", "add_all", "delete")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("s", "session")
            ):
                offenders.append(f"{name}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    assert offenders == []
