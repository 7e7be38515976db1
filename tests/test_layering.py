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
