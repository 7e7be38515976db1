"""Export of the registers to XLSX and CSV (issue 14): the columns are the record kind's declared fields
(`RecordKind.column_names()`, `export_row()`), the values as on paper (Dutch). Optionally pseudonymised: people
become 'Persoon 1', 'Persoon 2', ... and their contact details are left out. Every export is audited (what
and how many, never content); the file is written only where the user chose, never in the data dir.

A register is one entry of `EXPORTS`: its record kind and a function that yields (key, draft, labels).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from veiligbestuur_desktop.domain import exchange as ex
from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.fields import FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import dutch, tr
from veiligbestuur_desktop.domain.incidents import INCIDENT
from veiligbestuur_desktop.domain.people import PERSON, display_name
from veiligbestuur_desktop.fsutil import check_output_target, write_output
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import exchange as store
from veiligbestuur_desktop.store.incidents import category_labels
from veiligbestuur_desktop.store.persons import PersonRepository
from veiligbestuur_desktop.store.repository import Repository

Table = tuple[list[str], list[list[str]]]
Rows = Iterator[tuple[str, Any, dict[str, Mapping[Any, str]]]]

# incident texts that may name people: pseudonymised by replacing the names the register knows
_INCIDENT_TEXTS = ("description", "impact", "location")
# incident texts that are names or hold unknown names: left out when pseudonymised
_INCIDENT_NAMES = ("reported_by", "received_by", "witnesses", "perpetrator_description")
# a person's contact details and special-category data: left out when pseudonymised
_PERSON_PRIVATE = (
    "phone",
    "email",
    "address",
    "birth_date",
    "party",
    "portefeuilles",
    "description",
    "beveiligingsadvies_ref",
)


@dataclass(frozen=True)
class ExportSpec:
    name: str  # command-line name: "incidents", "persons"
    title: str  # Dutch, for the dialog
    kind: RecordKind
    key_header: str  # the first column: the record's number or id
    rows: Callable[[Any, bool], Rows]  # (session, pseudonymise) -> (key, draft, labels)
    model: Any = None  # the ORM model of a register found in the store (the other steps' registers)


def _incident_rows(session: Any, pseudonymise: bool) -> Rows:
    repo = store.PrefetchedIncidents(session)
    cats = category_labels(session)
    pseud = ex.Pseudonyms()
    names = {p.id: display_name(p.name, p.description) for p in store.all_people(session)}
    if pseudonymise:
        plabels: dict[int, str] = {pid: pseud(pid) for pid in names}
        known = {n: plabels[pid] for pid, n in names.items() if n}
    else:
        plabels = names
        known = {}
    for inc in store.all_incidents(session):
        d = repo.draft(inc)
        if pseudonymise:
            changes: dict[str, Any] = {f: ex.pseudonymise_text(getattr(d, f), known) for f in _INCIDENT_TEXTS}
            changes.update({f: "" for f in _INCIDENT_NAMES})
            d = replace(d, **changes)
        yield inc.number, d, {"categories": cats, "victims": plabels, "perpetrator_id": plabels}


def _person_rows(session: Any, pseudonymise: bool) -> Rows:
    repo = PersonRepository(session)
    rows = store.all_people(session)
    pseud = ex.Pseudonyms()
    names = {p.id: (pseud(p.id) if pseudonymise else display_name(p.name, p.description)) for p in rows}
    for p in rows:
        d = repo.draft(p)
        if pseudonymise:
            d = replace(
                d, name=names[p.id], **{f: _blank(getattr(d, f)) for f in _PERSON_PRIVATE if hasattr(d, f)}
            )
        yield str(p.id), d, {"related_to_id": names}


def _blank(value: Any) -> Any:
    return "" if isinstance(value, str) else None


EXPORTS: dict[str, ExportSpec] = {
    "incidents": ExportSpec("incidents", "Incidenten", INCIDENT, "Nummer", _incident_rows),
    "persons": ExportSpec("persons", "Personen", PERSON, "Id", _person_rows),
}


def register_export(spec: ExportSpec) -> None:
    """Another register (a record kind of another step) as one line."""
    EXPORTS[spec.name] = spec


def _area_rows(repository: type[Repository[Any, Any]]) -> Callable[[Any, bool], Rows]:
    """Rows of any record kind on the generic repository: every record with its draft; people (PERSON,
    PERSONS fields) by name or pseudonym, free texts with known names replaced when pseudonymised."""
    kind = repository.kind
    people_fields = [f.name for f in kind.fields if f.kind in (FieldKind.PERSON, FieldKind.PERSONS)]
    texts = [f.name for f in kind.fields if f.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT)]

    def rows(session: Any, pseudonymise: bool) -> Rows:
        repo = repository(session)
        pseud = ex.Pseudonyms()
        names = {p.id: display_name(p.name, p.description) for p in store.all_people(session)}
        shown = {pid: pseud(pid) for pid in names} if pseudonymise else names
        known = {n: shown[pid] for pid, n in names.items() if n} if pseudonymise else {}
        labels: dict[str, Mapping[Any, str]] = {f: shown for f in people_fields}
        for key, row in store.all_rows(session, repository.model):
            d = repo.draft(row)
            if pseudonymise and texts:
                d = replace(d, **{f: ex.pseudonymise_text(getattr(d, f) or "", known) for f in texts})
            yield key, d, labels

    return rows


_discovered = False


def _discover() -> None:
    """Every other register on the generic repository (the records of steps 1-7 as they land): a record
    kind with a concrete repository in the store is exported the same way, one line each."""
    global _discovered
    if _discovered:
        return
    _discovered = True
    import importlib
    import pkgutil

    from veiligbestuur_desktop import store as store_package

    for info in sorted(pkgutil.iter_modules(store_package.__path__), key=lambda m: m.name):
        if not info.ispkg and info.name not in ("migrate", "schema"):
            importlib.import_module(f"veiligbestuur_desktop.store.{info.name}")
    seen = {s.kind.name for s in EXPORTS.values()}
    stack = list(Repository.__subclasses__())
    found: list[type[Repository[Any, Any]]] = []
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        concrete = getattr(cls, "model", None) is not None and getattr(cls, "kind", None) is not None
        if concrete and ("model" in vars(cls) or "kind" in vars(cls)):
            found.append(cls)
    for cls in sorted(found, key=lambda c: c.kind.name):
        if cls.kind.name in seen:
            continue
        seen.add(cls.kind.name)
        label = cls.kind.label
        EXPORTS[cls.kind.name] = ExportSpec(
            cls.kind.name, label[:1].upper() + label[1:], cls.kind, "Id", _area_rows(cls), cls.model
        )


def exports() -> dict[str, ExportSpec]:
    """Every register that can be exported: incidents, persons, and those of the other steps."""
    _discover()
    return dict(EXPORTS)


def spec(name: str) -> ExportSpec:
    _discover()
    try:
        return EXPORTS[name]
    except KeyError:
        raise UserFacingError(
            tr("exchange", "Onbekend register ‘{n}’. Kies uit: {c}.").format(n=name, c=", ".join(EXPORTS))
        ) from None


# --- file formats -----------------------------------------------------------------------------------------------


def _guard(value: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe (the import removes it)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") and len(value) > 1 else value


def to_csv(table: Table) -> bytes:
    """Semicolon-separated UTF-8 with BOM: what Dutch Excel opens with the diacritics intact."""
    header, rows = table
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_guard(c) for c in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_xlsx(table: Table, sheet: str = "Export") -> bytes:
    """An XLSX workbook (openpyxl, write-only) with one sheet of text cells: never a formula (a value that starts
    with '=' stays text), never a number that loses its leading zero; the header row frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    header, rows = table
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(re.sub(r"[\\/?*\[\]:]", " ", sheet)[:31] or "Export")
    ws.freeze_panes = "A2"

    def cells(values: list[str]) -> list[Any]:
        out = []
        for value in values:
            cell = WriteOnlyCell(ws, value=_ILLEGAL_XML.sub("", value) or None)
            if value:
                cell.data_type = "s"  # text as typed: openpyxl would take '=…' for a formula
            out.append(cell)
        return out

    ws.append(cells(list(header)))
    for row in rows:
        ws.append(cells(list(row)))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


FORMATS = {".csv": to_csv, ".xlsx": to_xlsx}


def format_of(path: Path, allowed: tuple[str, ...] = (".csv", ".xlsx")) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        raise UserFacingError(
            tr("exchange", "Kies een bestandsnaam die eindigt op {s}; daaraan zie ik het formaat.").format(
                s=" of ".join(allowed)
            )
        )
    return suffix


class ExportService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def table(self, name: str, pseudonymise: bool = False) -> Table:
        """The register as a table: the key column, then every declared field (Dutch labels and values)."""
        s_ = spec(name)
        with dutch(), self.ws.reading() as s:
            rows = [[key, *s_.kind.export_row(d, labels)] for key, d, labels in s_.rows(s, pseudonymise)]
        return [s_.key_header, *s_.kind.column_names()], rows

    def render(self, name: str, suffix: str, pseudonymise: bool = False) -> tuple[bytes, int]:
        """The file's bytes and the number of rows, recorded in the audit trail."""
        table = self.table(name, pseudonymise)
        data = FORMATS[suffix](table) if suffix != ".xlsx" else to_xlsx(table, spec(name).title)
        with self.ws.transaction() as s:
            self.ws.audit(
                s,
                "export",
                "register",
                name,
                f"export {name} ({suffix[1:]}, {len(table[1])} rijen"
                f"{', gepseudonimiseerd' if pseudonymise else ''})",
            )
        return data, len(table[1])

    def export(self, name: str, path: Path, *, pseudonymise: bool = False, force: bool = False) -> int:
        """Write the register to `path` (.csv or .xlsx); never in the data dir. Returns the number of rows."""
        suffix = format_of(path)
        check_output_target(Path(path), force=force, forbidden=[self.ws.vault.paths.data_dir])
        data, n = self.render(name, suffix, pseudonymise)
        write_output(Path(path), data, force=force, forbidden=[self.ws.vault.paths.data_dir])
        return n

    @staticmethod
    def file_name(name: str, suffix: str, pseudonymise: bool = False, when: datetime | None = None) -> str:
        day = (when or datetime.now()).date().isoformat()
        return f"{name}{'-gepseudonimiseerd' if pseudonymise else ''}-{day}{suffix}"
