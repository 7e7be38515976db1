"""The import direction of ARCHITECTURE.md, checked in fresh interpreters."""

import json
import subprocess
import sys

import pytest

PKG = "veiligbestuur_desktop"
LAYERS = ["domain", "vault", "store", "reports", "services"]
PROBE = """
import importlib, json, pkgutil, sys
pkg = importlib.import_module({name!r})
for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
    if '.migrations' in m.name:
        continue
    importlib.import_module(m.name)
print(json.dumps(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6', {pkg!r})))))
"""


def _loaded(layer: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(name=f"{PKG}.{layer}", pkg=PKG)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("layer", LAYERS)
def test_no_qt_below_ui(layer):
    loaded = _loaded(layer)
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in loaded), layer


def test_domain_imports_nothing_of_ours_but_itself():
    loaded = _loaded("domain")
    assert {m for m in loaded if m.startswith(PKG + ".")} <= {
        m for m in loaded if m.startswith(PKG + ".domain")
    }


def test_reports_do_not_load_store_and_store_does_not_load_vault():
    assert not any(m.startswith(f"{PKG}.store") for m in _loaded("reports"))
    assert not any(m.startswith(f"{PKG}.vault") for m in _loaded("store"))
    assert not any(m.startswith(f"{PKG}.store") for m in _loaded("vault"))


def test_ui_and_cli_talk_to_services_not_to_vault_or_store():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / PKG
    offenders = []
    for layer in ("ui", "cli"):
        for path in (root / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                offenders += [
                    f"{path.name}: {n}"
                    for n in names
                    if n.startswith((f"{PKG}.vault", f"{PKG}.store", "sqlcipher3"))
                ]
    assert offenders == []
