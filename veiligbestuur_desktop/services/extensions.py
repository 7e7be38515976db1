"""What the areas of the plan add to the shared parts of the app: documents, checklist evidence, demo data.

Each area (step 1 policy, step 2 prevention, ...) is one module `services/area_<name>.py`. At import it
registers what it contributes:

- `register_document(DocumentSpec(...))` — a printable document: the `veiligbestuur document` command, the
  step page's document buttons and the preview use the registry, never a list of their own;
- `register_evidence(step, provider)` — `provider(ws, today)` returns `Evidence` for checklist items of that
  step ("vastgesteld protocol v3, 12-03-2026"), shown next to the item and counted by the overview;
- `register_guard(kind, guard)` — `guard(unit, draft, row)` refuses a create or update of a record of another
  kind (step 7: no status "geëvalueerd" without an evaluation), inside that record's unit of work;
- `register_demo(name, filler)` — `filler(ws, seed)` adds the area's demo records to a freshly filled demo
  vault, deterministically from `seed`, through the area's own services.

`load()` imports every `area_*` module once; the registries call it before they are read, so a command, a
page or the demo never depends on which module happened to be imported first.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from veiligbestuur_desktop.domain.errors import ValidationError
from veiligbestuur_desktop.domain.i18n import tr

if TYPE_CHECKING:
    from veiligbestuur_desktop.services.plan import Evidence
    from veiligbestuur_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class DocumentSpec:
    """One printable document.

    `render(ws, record_id)` returns the PDF bytes; it runs off the GUI thread and fills its data inside
    `i18n.dutch()` (documents are Dutch whatever the UI language). A document about one record names the
    `record_kind` it needs (`--id` on the command line); `current(ws)` picks the record to use when no id is
    given (the adopted protocol, the latest analysis), or returns None when there is none.
    """

    name: str  # the command-line name: lower case, words joined by '-', e.g. "protocol", "normkaart"
    title: str  # Dutch, as on the button and the page: "Agressieprotocol (zoals vastgesteld)"
    step: int  # 1..7: the step page that offers it
    render: Callable[[Workspace, int | None], bytes]
    record_kind: str | None = None  # e.g. "policy": the document is about one record of that kind
    current: Callable[[Workspace], int | None] | None = None
    description: str = ""  # one Dutch line for `document list` and the button's tooltip


# guard(unit, draft, row): called inside the unit of work after the kind's own validation, before the write;
# raises ValidationError (Dutch) to refuse. `row` is None on create. `unit` is services.records.Unit.
Guard = Callable[[Any, Any, Any], None]
EvidenceProvider = Callable[["Workspace", date], dict[str, "Evidence"]]
DemoFiller = Callable[["Workspace", int], None]

_documents: dict[str, DocumentSpec] = {}
_evidence: dict[int, list[EvidenceProvider]] = {}
_demo: dict[str, DemoFiller] = {}
_guards: dict[str, list[Guard]] = {}
_loaded = False


def register_document(spec: DocumentSpec) -> DocumentSpec:
    if spec.name in _documents and _documents[spec.name] is not spec:
        raise ValueError(f"document {spec.name!r} registered twice")
    _documents[spec.name] = spec
    return spec


def register_evidence(step: int, provider: EvidenceProvider) -> EvidenceProvider:
    providers = _evidence.setdefault(step, [])
    if provider not in providers:
        providers.append(provider)
    return provider


def register_demo(name: str, filler: DemoFiller) -> DemoFiller:
    _demo[name] = filler
    return filler


def register_guard(kind: str, guard: Guard) -> Guard:
    """A check another area adds to every create and update of records of `kind` (e.g. "incident")."""
    guards = _guards.setdefault(kind, [])
    if guard not in guards:
        guards.append(guard)
    return guard


def guards(kind: str) -> list[Guard]:
    load()
    return list(_guards.get(kind, ()))


def load() -> None:
    """Import every `services/area_*.py` (once), so that all registrations have happened."""
    global _loaded
    if _loaded:
        return
    from veiligbestuur_desktop import services

    for info in sorted(pkgutil.iter_modules(services.__path__), key=lambda m: m.name):
        if info.name.startswith("area_"):
            importlib.import_module(f"veiligbestuur_desktop.services.{info.name}")
    _loaded = True


def documents(step: int | None = None) -> list[DocumentSpec]:
    """The registered documents (of one step), by step and then title."""
    load()
    specs = [d for d in _documents.values() if step is None or d.step == step]
    return sorted(specs, key=lambda d: (d.step, d.title))


def document(name: str) -> DocumentSpec:
    load()
    spec = _documents.get(name)
    if spec is None:
        raise ValidationError(
            tr(
                "documents", "Er is geen document met de naam ‘{name}’. Zie ‘veiligbestuur document list’."
            ).format(name=name)
        )
    return spec


def evidence_providers(step: int | None = None) -> list[EvidenceProvider]:
    load()
    if step is not None:
        return list(_evidence.get(step, ()))
    return [p for s in sorted(_evidence) for p in _evidence[s]]


def demo_fillers() -> list[tuple[str, DemoFiller]]:
    load()
    return sorted(_demo.items())
