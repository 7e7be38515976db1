"""Import of incidents and people from CSV and XLSX sheets (issue 14).

Three steps, the same for the wizard and the command line:

1. `read_sheet(path)` reads the file (XLSX with openpyxl; CSV in UTF-8 with or without BOM or cp1252, the
   separator sniffed) into a header and rows, remembering each row's number as the sheet shows it;
2. `ImportService.check(...)` maps the columns (recognised Dutch headers, a saved mapping, or the user's),
   reads every cell (domain.exchange), matches categories, victims and perpetrators, flags duplicates and
   validates every row with the record kind's own checks — without writing anything — into an `ImportCheck`
   with a row-by-row report;
3. `ImportService.run(check, ...)` writes the rows that may be written in ONE transaction (store.exchange,
   bulk inserts), with one audit entry for the import and the record hashes of the new records (so `verify`
   stays clean). Cancelled or crashed: nothing is written.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from veiligbestuur_desktop.domain import exchange as ex
from veiligbestuur_desktop.domain.errors import UserFacingError, ValidationError
from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr
from veiligbestuur_desktop.domain.incidents import (
    INCIDENT,
    OPEN_STATUSES,
    AimedAt,
    Channel,
    IncidentDraft,
    IncidentStatus,
    PerpetratorType,
    VictimDraft,
    check_incident,
    check_status_change,
    planned_follow_ups,
)
from veiligbestuur_desktop.domain.nazorg import SETTING_KEY as NAZORG_KEY
from veiligbestuur_desktop.domain.nazorg import NazorgIntervals
from veiligbestuur_desktop.domain.people import PERSON, PersonDraft, PersonKind, Role, check_person
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import audit, settings
from veiligbestuur_desktop.store import exchange as store
from veiligbestuur_desktop.store.incidents import category_labels

KINDS: dict[str, RecordKind] = {"incident": INCIDENT, "person": PERSON}
_INCIDENT_ATTRS = frozenset(f.name for f in dataclasses.fields(IncidentDraft))
MAX_ROWS = 200_000
MAX_FILE_BYTES = 200 * 1024 * 1024
_NO_PERPETRATOR = {"", "onbekend", "nee", "geen", "n v t", "nvt", "niet bekend"}

Progress = Callable[[int, int], None]


# --- reading the file ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """A read sheet: the header and the rows (cell values), with the row number each has in the sheet."""

    headers: list[str]
    rows: list[list[Any]]
    numbers: list[int]
    source: str  # "csv" | "xlsx"
    encoding: str = ""
    delimiter: str = ""


def _clean_header(h: Any, n: int) -> str:
    text = ex.cell_text(h).replace("\n", " ").strip()
    return text or tr("exchange", "Kolom {n}").format(n=n + 1)


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in headers:
        if h in seen:
            seen[h] += 1
            out.append(f"{h} ({seen[h]})")
        else:
            seen[h] = 1
            out.append(h)
    return out


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and its encoding: UTF-8 (with or without BOM), else cp1252 (Windows Excel)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _strip_guard(value: str) -> str:
    """A leading apostrophe our own CSV export puts before =, +, - or @ (against formula injection)."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def read_csv(data: bytes) -> Sheet:
    text, encoding = decode_csv(data)
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(";,\t|", key=first.count) if first else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    line = 0
    for record in reader:
        line += 1
        if header is None:
            if not any(c.strip() for c in record):
                continue
            header = _unique([_clean_header(h, n) for n, h in enumerate(record)])
            continue
        rows.append([_strip_guard(c) for c in record])
        numbers.append(line)
        if len(rows) > MAX_ROWS:
            raise UserFacingError(_too_many())
    if header is None:
        raise UserFacingError(tr("exchange", "Het bestand is leeg: er staat geen kopregel in."))
    return Sheet(header, rows, numbers, "csv", encoding, delimiter)


def read_xlsx(data: bytes) -> Sheet:
    """The first worksheet of an XLSX file (python-calamine: fast, values as Excel holds them: numbers as
    floats, date cells as datetimes, text as text)."""
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        values = wb.get_sheet_by_index(0).to_python(skip_empty_area=False) if wb.sheet_names else None
    except Exception as exc:  # calamine's own errors and zip/XML errors of a damaged file
        raise UserFacingError(
            tr(
                "exchange",
                "Het bestand kan niet als Excel-bestand (.xlsx) worden gelezen ({err}). Sla het in Excel op als "
                ".xlsx of als CSV en probeer het opnieuw.",
            ).format(err=type(exc).__name__)
        ) from None
    if values is None:
        raise UserFacingError(tr("exchange", "Het Excel-bestand heeft geen werkblad."))
    header: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    for n, raw in enumerate(values, start=1):
        cells: list[Any] = [None if c == "" else c for c in raw]
        if header is None:
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            while cells and (cells[-1] is None or str(cells[-1]).strip() == ""):
                cells.pop()
            header = _unique([_clean_header(h, i) for i, h in enumerate(cells)])
            continue
        rows.append(cells)
        numbers.append(n)
        if len(rows) > MAX_ROWS:
            raise UserFacingError(_too_many())
    while rows and not any(c is not None and str(c).strip() for c in rows[-1]):  # trailing empty rows
        rows.pop()
        numbers.pop()
    if header is None:
        raise UserFacingError(tr("exchange", "Het werkblad is leeg: er staat geen kopregel in."))
    return Sheet(header, rows, numbers, "xlsx")


def _too_many() -> str:
    return tr(
        "exchange", "Het bestand heeft meer dan {n} rijen. Splits het in delen en importeer die na elkaar."
    ).format(n=f"{MAX_ROWS:,}".replace(",", "."))


def read_sheet(path: Path) -> Sheet:
    """Read a .csv, .txt or .xlsx file; a Dutch UserFacingError for anything else."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserFacingError(
                tr("exchange", "Het bestand is te groot om te importeren (meer dan 200 MB).")
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserFacingError(tr("exchange", "Het bestand {p} bestaat niet.").format(p=path)) from None
    except OSError as exc:
        raise UserFacingError(
            tr("exchange", "Het bestand {p} kan niet worden gelezen ({err}).").format(
                p=path, err=exc.strerror or type(exc).__name__
            )
        ) from None
    suffix = path.suffix.lower()
    if suffix == ".xlsx" or data[:4] == b"PK\x03\x04":
        return read_xlsx(data)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(data)
    if suffix in (".xls", ".ods"):
        raise UserFacingError(
            tr("exchange", "Dit bestandstype kan niet worden gelezen. Sla het op als .xlsx of als CSV.")
        )
    return read_csv(data)


# --- the check -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowPlan:
    """One data row as it will be written (when it has no errors)."""

    row: int
    draft: Any  # IncidentDraft | PersonDraft
    victims: tuple[int, ...] = ()  # person ids (>0) or -n (n-th new person, 1-based)
    perpetrator: int | None = None
    aangifte: str | None = None
    related: int | None = None  # a person's naaste-of (id or -n)
    duplicate: bool = False


@dataclass
class ImportCheck:
    """The result of checking a sheet, before anything is written."""

    kind: str
    columns: dict[str, str]
    categories: dict[str, str]
    total: int  # data rows (empty rows not counted)
    plans: list[RowPlan] = field(default_factory=list)  # rows without errors
    issues: list[ex.RowIssue] = field(default_factory=list)
    new_people: list[PersonDraft] = field(default_factory=list)
    unknown_categories: dict[str, list[int]] = field(default_factory=dict)  # text -> rows
    category_guesses: dict[str, str] = field(default_factory=dict)  # free text -> code guessed from a word
    empty_rows: int = 0

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({i.row for i in self.issues if not i.warning})

    @property
    def duplicates(self) -> list[int]:
        return [p.row for p in self.plans if p.duplicate]

    @property
    def ok(self) -> bool:
        return not self.invalid_rows

    def report(self) -> list[str]:
        return [i.line() for i in sorted(self.issues, key=lambda i: (i.row, i.warning, i.column))]


@dataclass(frozen=True)
class ImportResult:
    incidents: int
    people: int
    skipped_invalid: list[int]
    skipped_duplicates: list[int]
    numbers: list[str] = field(default_factory=list)


class _Row:
    """Cells of one row by target, with the header each came from."""

    def __init__(self, headers: list[str], cells: list[Any], columns: dict[str, str]) -> None:
        self.values: dict[str, Any] = {}
        self.header: dict[str, str] = {}
        for i, h in enumerate(headers):
            target = columns.get(h, "")
            if not target or target == ex.NUMBER:
                continue
            value = cells[i] if i < len(cells) else None
            if isinstance(value, str):
                value = value.strip()
            if target in self.values and self.values[target] not in (None, ""):
                if value not in (None, "") and target in (ex.REMARKS, "description"):
                    self.values[target] = f"{self.values[target]}\n{ex.cell_text(value)}"
                continue
            self.values[target] = value
            self.header[target] = h

    def get(self, target: str) -> Any:
        return self.values.get(target)

    def text(self, target: str) -> str:
        return ex.cell_text(self.values.get(target))

    def col(self, target: str) -> str:
        return self.header.get(target, "")


class ImportService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # --- mappings ---------------------------------------------------------------------------------------

    def suggest(self, sheet: Sheet, kind: str) -> dict[str, str]:
        """Header -> target for the headers recognised without a mapping."""
        return ex.recognise(sheet.headers, KINDS[kind])

    def mappings(self, kind: str) -> list[store.SavedMapping]:
        with self.ws.reading() as s:
            return store.mappings(s, kind)

    def mapping(self, kind: str, name: str) -> store.SavedMapping | None:
        with self.ws.reading() as s:
            return store.mapping_by_name(s, kind, name)

    def save_mapping(self, kind: str, name: str, columns: dict[str, str], categories: dict[str, str]) -> int:
        name = " ".join(name.split())
        if not name or len(name) > 80:
            raise ValidationError(
                tr("exchange", "Geef de koppeling een naam van 1 tot 80 tekens."), field="name"
            )
        allowed = {t for t, _l in ex.targets(KINDS[kind])} | {ex.IGNORE}
        bad = sorted(t for t in columns.values() if t not in allowed)
        if bad:
            raise ValidationError(
                tr("exchange", "Onbekend veld in de koppeling: {f}.").format(f=", ".join(bad))
            )
        with self.ws.transaction() as s:
            mid, created = store.save_mapping(s, kind, name, columns, categories)
            self.ws.audit(
                s,
                "create" if created else "update",
                "import_mapping",
                mid,
                f"koppeling voor import ({kind}): {len(columns)} kolommen, {len(categories)} categorieën",
                record=True,
            )
            return mid

    @staticmethod
    def load_mapping_file(path: Path) -> tuple[dict[str, str], dict[str, str]]:
        """A mapping file for the command line: JSON {"columns": {header: field}, "categories": {text: code}}."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise UserFacingError(
                tr("exchange", "Het koppelbestand {p} bestaat niet.").format(p=path)
            ) from None
        except (OSError, ValueError):
            raise UserFacingError(
                tr(
                    "exchange",
                    'Het koppelbestand {p} is geen geldige JSON. Voorbeeld: {{"columns": {{"Datum": '
                    '"occurred_on"}}, "categories": {{"scheldpartij": "verbaal"}}}}',
                ).format(p=path)
            ) from None
        if not isinstance(data, dict):
            raise UserFacingError(
                tr("exchange", "Het koppelbestand {p} is geen geldige koppeling.").format(p=path)
            )
        cols = data.get("columns", {})
        cats = data.get("categories", {})
        if not isinstance(cols, dict) or not isinstance(cats, dict):
            raise UserFacingError(
                tr("exchange", "Het koppelbestand {p} is geen geldige koppeling.").format(p=path)
            )
        return {str(k): str(v) for k, v in cols.items()}, {str(k): str(v) for k, v in cats.items()}

    def categories(self) -> list[tuple[str, str]]:
        with self.ws.reading() as s:
            return sorted(category_labels(s).items(), key=lambda cl: cl[1].lower())

    # --- the check --------------------------------------------------------------------------------------

    def check(
        self,
        sheet: Sheet,
        kind: str,
        columns: dict[str, str] | None = None,
        categories: dict[str, str] | None = None,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> ImportCheck:
        """Read and validate every row; nothing is written. `columns` (header -> target) overrides the
        recognised headers; `categories` maps free-text categories (normalised or as written) to codes."""
        if kind not in KINDS:
            raise UserFacingError(tr("exchange", "Kies wat u importeert: incidenten of personen."))
        today = today or date.today()
        cols = self.suggest(sheet, kind)
        if columns:
            cols.update({h: t for h, t in columns.items() if h in sheet.headers})
        cats = {ex.normalise(k): v for k, v in (categories or {}).items() if v}
        result = ImportCheck(kind, cols, dict(categories or {}), 0)
        with self.ws.reading() as s:
            known = store.known_for_import(s, ex.normalise)
            vocab = list(category_labels(s).items())
        if kind == "incident":
            missing = [t for t in ("occurred_on", "description") if t not in cols.values()]
            if missing:
                names = {"occurred_on": "Datum", "description": "Omschrijving"}
                raise UserFacingError(
                    tr(
                        "exchange",
                        "De kolom {c} ontbreekt of is niet herkend. Koppel een kolom aan ‘{c}’ en controleer opnieuw.",
                    ).format(c=" en ".join(names[m] for m in missing))
                )
            self._check_incidents(sheet, result, known, vocab, cats, today, progress)
        else:
            if "name" not in cols.values():
                raise UserFacingError(
                    tr("exchange", "De kolom Naam ontbreekt of is niet herkend. Koppel een kolom aan ‘Naam’.")
                )
            self._check_people(sheet, result, known, today, progress)
        return result

    def _people_index(self, known: store.Known) -> dict[str, list[tuple[int, str]]]:
        index: dict[str, list[tuple[int, str]]] = {}
        for pid, kind, name, description in known.people:
            for key in {ex.normalise(name), ex.normalise(description)} - {""}:
                index.setdefault(key, []).append((pid, kind))
        return index

    def _check_incidents(
        self,
        sheet: Sheet,
        result: ImportCheck,
        known: store.Known,
        vocab: list[tuple[str, str]],
        cats: dict[str, str],
        today: date,
        progress: Progress | None,
    ) -> None:
        index = self._people_index(known)
        new_index: dict[tuple[str, str], int] = {}  # (kind, normalised name) -> -n
        seen_keys = set(known.incident_keys)
        file_keys: set[tuple[date, int, str]] = set()
        known_codes = {c for c, _l in vocab}
        field_header = {t: h for h, t in result.columns.items()}
        total = len(sheet.rows)
        for n, (cells, rownum) in enumerate(zip(sheet.rows, sheet.numbers, strict=True)):
            if progress is not None and n % 500 == 0:
                progress(n, total)
            if not any(c is not None and str(c).strip() for c in cells):
                result.empty_rows += 1
                continue
            result.total += 1
            row = _Row(sheet.headers, cells, result.columns)
            issues: list[ex.RowIssue] = []

            def bad(
                target: str,
                message: str,
                warning: bool = False,
                *,
                _rn: int = rownum,
                _row: _Row = row,
                _issues: list[ex.RowIssue] = issues,
            ) -> None:
                _issues.append(
                    ex.RowIssue(_rn, _row.col(target) or field_header.get(target, ""), message, warning)
                )

            values: dict[str, Any] = {}
            occurred_time: time | None = None
            for f in INCIDENT.fields:
                if f.name in ("victims", "perpetrator_id", "categories"):
                    continue
                raw = row.get(f.name)
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    continue
                try:
                    if f.kind == FieldKind.DATE:
                        d, t = ex.parse_date_time(raw)
                        values[f.name] = d
                        if f.name == "occurred_on" and t is not None:
                            occurred_time = t
                    else:
                        values[f.name] = _cell_value(f, raw)
                except (ValueError, ArithmeticError):
                    bad(f.name, ex.value_error(f, row.col(f.name), ex.cell_text(raw)))
            if "occurred_time" not in values and occurred_time is not None:
                values["occurred_time"] = occurred_time
            remarks = row.text(ex.REMARKS)
            description = str(values.get("description", ""))
            if remarks:
                description = (description + "\n\n" if description else "") + "Opmerkingen: " + remarks
            values["description"] = description
            # categories
            codes: list[str] = []
            cat_text = row.text("categories")
            if cat_text:
                whole = ex.exact_category(cat_text, vocab)
                parts = [cat_text] if whole or ex.normalise(cat_text) in cats else ex.split_values(cat_text)
                for part in parts:
                    code = cats.get(ex.normalise(part)) or ex.exact_category(part, vocab)
                    if code is None:
                        code = ex.match_category(part, vocab)
                        if code is not None:  # a guess from a telling word: shown to the user to confirm
                            result.category_guesses.setdefault(part, code)
                    if code is None:
                        result.unknown_categories.setdefault(part, []).append(rownum)
                        bad(
                            "categories",
                            tr(
                                "exchange",
                                "Onbekende categorie ‘{c}’. Koppel deze tekst aan een categorie (stap "
                                "‘Categorieën koppelen’, of ‘categories’ in het koppelbestand).",
                            ).format(c=part[:60]),
                        )
                    elif code not in codes:
                        codes.append(code)
            bad_codes = [c for c in codes if c not in known_codes]
            if bad_codes:
                bad(
                    "categories",
                    tr("exchange", "Onbekende categoriecode: {c}.").format(c=", ".join(bad_codes)),
                )
                codes = [c for c in codes if c in known_codes]
            if not cat_text:
                bad(
                    "categories",
                    tr("exchange", "Vul de categorie in (bijvoorbeeld bedreiging of belediging)."),
                )
            # victims
            victim_keys: list[int] = []
            names = ex.split_values(row.text(ex.VICTIM_NAME)) if row.text(ex.VICTIM_NAME) else []
            if not names:
                bad(
                    ex.VICTIM_NAME,
                    tr("exchange", "Vul het slachtoffer in (naam van de ambtsdrager of naaste)."),
                )
            role_text = row.text(ex.VICTIM_ROLE)
            for name in names:
                key = ex.normalise(name)
                match = [pid for pid, k in index.get(key, []) if k in ("ambtsdrager", "naaste")]
                if match:
                    victim_keys.append(match[0])
                    continue
                if ("ambtsdrager", key) in new_index:
                    victim_keys.append(new_index[("ambtsdrager", key)])
                    continue
                role = _role(role_text)
                if role is None:
                    bad(
                        ex.VICTIM_NAME,
                        tr(
                            "exchange",
                            "‘{n}’ staat niet in de personenlijst. Vul de functie in (bijvoorbeeld wethouder of "
                            "raadslid) zodat de ambtsdrager wordt aangemaakt, of voeg de persoon eerst toe.",
                        ).format(n=name[:60]),
                    )
                    continue
                try:
                    victim = check_person(PersonDraft(PersonKind.AMBTSDRAGER, name=name, role=role), today)
                except ValidationError as exc:
                    bad(ex.VICTIM_NAME, exc.message)
                    continue
                result.new_people.append(victim)
                new_index[("ambtsdrager", key)] = -len(result.new_people)
                victim_keys.append(-len(result.new_people))
                bad(
                    ex.VICTIM_NAME,
                    tr("exchange", "‘{n}’ wordt als nieuwe ambtsdrager ({r}) toegevoegd.").format(
                        n=name[:60], r=role.label
                    ),
                    warning=True,
                )
            # the perpetrator
            perpetrator: int | None = None
            perp_text = row.text(ex.PERPETRATOR_NAME)
            if ex.normalise(perp_text) not in _NO_PERPETRATOR:
                key = ex.normalise(perp_text)
                match = [pid for pid, k in index.get(key, []) if k == "betrokkene"]
                if match:
                    perpetrator = match[0]
                elif ("betrokkene", key) in new_index:
                    perpetrator = new_index[("betrokkene", key)]
                else:
                    if len(perp_text) > 500:
                        bad(
                            ex.PERPETRATOR_NAME,
                            tr("exchange", "De dader is langer dan 500 tekens. Kort de tekst in."),
                        )
                    else:
                        result.new_people.append(PersonDraft(PersonKind.BETROKKENE, description=perp_text))
                        new_index[("betrokkene", key)] = -len(result.new_people)
                        perpetrator = -len(result.new_people)
                values["perpetrator_known"] = True
                if values.get("perpetrator_type") in (None, PerpetratorType.ONBEKEND):
                    values["perpetrator_type"] = PerpetratorType.INDIVIDU
            aangifte: str | None = None
            if row.text(ex.AANGIFTE):
                try:
                    aangifte = "ja" if ex.parse_flag(row.get(ex.AANGIFTE)) else "nee"
                except ValueError:
                    bad(ex.AANGIFTE, tr("exchange", "Schrijf bij aangifte ja of nee."))
            if any(not i.warning for i in issues):  # a row with errors: only the errors are reported
                result.issues.extend(i for i in issues if not i.warning)
                continue
            occurred = values.get("occurred_on")
            if not isinstance(occurred, date):
                bad("occurred_on", tr("exchange", "Vul de datum van het incident in."))
                result.issues.extend(issues)
                continue
            kwargs = {k: v for k, v in values.items() if k in _INCIDENT_ATTRS and v is not None}
            kwargs.update(
                occurred_on=occurred,
                reported_on=values.get("reported_on") or occurred,
                description=description,
                categories=tuple(codes),
                channel=values.get("channel"),
                severity_level=values.get("severity_level"),
                victims=tuple(VictimDraft(k, True, AimedAt.ONBEKEND) for k in victim_keys),
                perpetrator_id=None,
                status=values.get("status") or IncidentStatus.GEREGISTREERD,
            )
            incident = IncidentDraft(**kwargs)
            try:
                check_status_change(None, incident.status)
                incident = check_incident(incident, known_codes, today)
            except ValidationError as exc:
                target = exc.field or ""
                if target == "victims":
                    target = ex.VICTIM_NAME
                issues.append(
                    ex.RowIssue(rownum, row.col(target) or field_header.get(target, ""), exc.message)
                )
                result.issues.extend(issues)
                continue
            dup_keys = {
                (incident.occurred_on, k, ex.normalise(incident.description)) for k in victim_keys if k > 0
            }
            new_keys = {(incident.occurred_on, k, ex.normalise(incident.description)) for k in victim_keys}
            duplicate = bool(dup_keys & seen_keys) or bool(new_keys & file_keys)
            file_keys |= new_keys
            if duplicate:
                issues.append(
                    ex.RowIssue(
                        rownum,
                        "",
                        tr(
                            "exchange",
                            "Dubbel: een incident met dezelfde datum, hetzelfde slachtoffer en dezelfde "
                            "beschrijving bestaat al. Deze rij wordt overgeslagen, tenzij u bevestigt dat hij toch "
                            "moet worden geïmporteerd.",
                        ),
                        True,
                    )
                )
            result.issues.extend(issues)
            result.plans.append(
                RowPlan(rownum, incident, tuple(victim_keys), perpetrator, aangifte, duplicate=duplicate)
            )
        if progress is not None:
            progress(total, total)

    def _check_people(
        self, sheet: Sheet, result: ImportCheck, known: store.Known, today: date, progress: Progress | None
    ) -> None:
        index = self._people_index(known)
        field_header = {t: h for h, t in result.columns.items()}
        in_file: dict[tuple[str, str], int] = {}  # (kind, normalised name) -> sheet row of the plan
        pending: list[tuple[int, PersonDraft, str, _Row]] = []
        total = len(sheet.rows)
        for n, (cells, rownum) in enumerate(zip(sheet.rows, sheet.numbers, strict=True)):
            if progress is not None and n % 500 == 0:
                progress(n, total)
            if not any(c is not None and str(c).strip() for c in cells):
                result.empty_rows += 1
                continue
            result.total += 1
            row = _Row(sheet.headers, cells, result.columns)
            values: dict[str, Any] = {}
            errors: list[ex.RowIssue] = []
            for f in PERSON.fields:
                if f.name == "related_to_id":
                    continue
                raw = row.get(f.name)
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    continue
                try:
                    if f.kind == FieldKind.DATE:
                        values[f.name] = ex.parse_date_time(raw)[0]
                    else:
                        values[f.name] = _cell_value(f, raw)
                except (ValueError, ArithmeticError):
                    errors.append(
                        ex.RowIssue(
                            rownum, row.col(f.name), ex.value_error(f, row.col(f.name), ex.cell_text(raw))
                        )
                    )
            kind = values.get("kind") or (PersonKind.AMBTSDRAGER if values.get("role") else None)
            if kind is None and not errors:
                errors.append(
                    ex.RowIssue(
                        rownum,
                        row.col("kind") or field_header.get("kind", ""),
                        tr(
                            "exchange",
                            "Vul de soort persoon in: ambtsdrager, naaste, veroorzaker of contactpersoon.",
                        ),
                    )
                )
            if errors:
                result.issues.extend(errors)
                continue
            kind = PersonKind(str(kind))
            values["kind"] = kind
            allowed = {f.name for f in PERSON.applicable(PersonDraft(kind))}
            draft = PersonDraft(**{k: v for k, v in values.items() if k in allowed or k == "kind"})
            pending.append((rownum, draft, row.text("related_to_id"), row))
        # naasten refer to an ambtsdrager by name: existing, or one in this file
        order = sorted(pending, key=lambda p: p[1].kind == PersonKind.NAASTE)
        for rownum, draft, related_name, row in order:
            related: int | None = None
            if related_name:
                key = ex.normalise(related_name)
                match = [pid for pid, k in index.get(key, []) if k == "ambtsdrager"]
                if match:
                    related = match[0]
                elif ("ambtsdrager", key) in in_file:
                    related = in_file[("ambtsdrager", key)]
                else:
                    result.issues.append(
                        ex.RowIssue(
                            rownum,
                            row.col("related_to_id"),
                            tr(
                                "exchange",
                                "De ambtsdrager ‘{n}’ staat niet in de personenlijst of in dit bestand. Voeg die eerst "
                                "toe.",
                            ).format(n=related_name[:60]),
                        )
                    )
                    continue
            try:
                cleaned = check_person(replace(draft, related_to_id=related if related is None else 1), today)
            except ValidationError as exc:
                result.issues.append(
                    ex.RowIssue(
                        rownum, row.col(exc.field or "") or field_header.get(exc.field or "", ""), exc.message
                    )
                )
                continue
            cleaned = replace(cleaned, related_to_id=related)
            pkey = (str(PersonKind(cleaned.kind).value), ex.normalise(cleaned.name or cleaned.description))
            duplicate = any(k == pkey[0] for _pid, k in index.get(pkey[1], []))
            if duplicate:
                result.issues.append(
                    ex.RowIssue(
                        rownum,
                        "",
                        tr(
                            "exchange",
                            "Dubbel: ‘{n}’ staat al in de personenlijst. Deze rij wordt overgeslagen, tenzij u "
                            "bevestigt dat hij toch moet worden geïmporteerd.",
                        ).format(n=(cleaned.name or cleaned.description)[:60]),
                        True,
                    )
                )
            result.plans.append(RowPlan(rownum, cleaned, related=related, duplicate=duplicate))
            in_file.setdefault(pkey, -rownum)  # a reference into this file: minus the sheet row
        # back in the sheet's order; a reference into the file becomes -n (the n-th plan, 1-based)
        result.plans.sort(key=lambda p: p.row)
        position = {p.row: n for n, p in enumerate(result.plans)}
        result.plans = [
            replace(p, related=-(position[-p.related] + 1)) if p.related is not None and p.related < 0 else p
            for p in result.plans
        ]
        if progress is not None:
            progress(total, total)

    # --- the write --------------------------------------------------------------------------------------

    def run(
        self,
        check: ImportCheck,
        *,
        confirm_duplicates: bool = False,
        skip_invalid: bool = False,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Write the checked rows in one transaction with one audit entry for the import. Refused when rows
        are invalid, unless `skip_invalid`; duplicates are skipped unless `confirm_duplicates`."""
        invalid = check.invalid_rows
        if invalid and not skip_invalid:
            raise ValidationError(
                tr(
                    "exchange",
                    "{n} rij(en) hebben fouten; er is niets geïmporteerd. Verbeter het bestand, of importeer alleen "
                    "de goede rijen (‘ongeldige rijen overslaan’).",
                ).format(n=len(invalid))
            )
        plans = [p for p in check.plans if confirm_duplicates or not p.duplicate]
        skipped_dup = [p.row for p in check.plans if p.duplicate and not confirm_duplicates]
        if check.kind == "person":
            return self._run_people(check, plans, invalid, skipped_dup, progress)
        used = sorted({-k for p in plans for k in (*p.victims, p.perpetrator or 0) if k < 0})
        renumber = {-old: -(n + 1) for n, old in enumerate(used)}
        people = [check.new_people[old - 1] for old in used]
        with self.ws.reading() as s:
            intervals = NazorgIntervals.from_json(settings.get(s, NAZORG_KEY))
        items = []
        for p in plans:
            d: IncidentDraft = p.draft
            keys = tuple(renumber.get(k, k) for k in p.victims)
            planned = (
                planned_follow_ups(
                    d.occurred_on,
                    d.reported_on,
                    d.perpetrator_known,
                    occurred_time=d.occurred_time,
                    categories=d.categories,
                    severity_level=d.severity_level,
                    intervals=intervals,
                )
                if d.status in OPEN_STATUSES
                else []
            )
            perp = renumber.get(p.perpetrator, p.perpetrator) if p.perpetrator is not None else None
            items.append(store.NewIncident(d, planned, p.aangifte, keys, perp))
        with self.ws.transaction() as s:
            person_ids, incident_ids = store.write_import(s, people, items, self.ws.person, progress)
            entries = [audit.NewEntry("create", "person", pid, "import", record=True) for pid in person_ids]
            entries += [
                audit.NewEntry("create", "incident", iid, "import", record=True) for iid in incident_ids
            ]
            self.ws.audit(
                s,
                "import",
                "incident",
                "",
                f"import: {len(incident_ids)} incidenten, {len(person_ids)} nieuwe personen"
                f"{f', {len(invalid)} ongeldige rijen overgeslagen' if invalid else ''}"
                f"{f', {len(skipped_dup)} dubbele overgeslagen' if skipped_dup else ''}",
            )
            audit.append_many(s, slot=self.ws.actor, entries=entries)
            numbers = store.incident_numbers(s, incident_ids)
        return ImportResult(len(incident_ids), len(person_ids), invalid, skipped_dup, numbers)

    def _run_people(
        self,
        check: ImportCheck,
        plans: list[RowPlan],
        invalid: list[int],
        skipped_dup: list[int],
        progress: Progress | None,
    ) -> ImportResult:
        position = {id(p): n for n, p in enumerate(check.plans)}
        kept = {position[id(p)]: n for n, p in enumerate(plans)}
        people = []
        for p in plans:
            d: PersonDraft = p.draft
            rel = p.related
            if rel is not None and rel < 0:
                target = kept.get(-rel - 1)
                rel = -(target + 1) if target is not None else None
            people.append(replace(d, related_to_id=rel))
        with self.ws.transaction() as s:
            person_ids, _ = store.write_import(s, people, [], self.ws.person, progress)
            self.ws.audit(
                s,
                "import",
                "person",
                "",
                f"import: {len(person_ids)} personen"
                f"{f', {len(invalid)} ongeldige rijen overgeslagen' if invalid else ''}"
                f"{f', {len(skipped_dup)} dubbele overgeslagen' if skipped_dup else ''}",
            )
            audit.append_many(
                s,
                slot=self.ws.actor,
                entries=[
                    audit.NewEntry("create", "person", pid, "import", record=True) for pid in person_ids
                ],
            )
        return ImportResult(0, len(person_ids), invalid, skipped_dup)


def _role(text: str) -> Role | None:
    if not text:
        return None
    try:
        value = ex.match_choice(PERSON.field("role"), text)
    except ValueError:
        return None
    return Role(value) if value is not None else None


def _cell_value(f: Field, raw: Any) -> Any:
    """One cell as the value of a declared field (dates are handled by the caller)."""
    k = f.kind
    if k == FieldKind.TIME:
        return ex.parse_time(raw)
    if k == FieldKind.FLAG:
        return ex.parse_flag(raw)
    if k == FieldKind.CHOICE:
        if f.name == "severity_level":
            return _severity(raw)
        value = ex.match_choice(f, raw)
        if value is not None and isinstance(f.vocab, type):
            return f.vocab(value)
        return value
    if k in (FieldKind.TEXT, FieldKind.LONG_TEXT):
        return ex.cell_text(raw)
    if k == FieldKind.DATETIME:
        d, t = ex.parse_date_time(raw)
        return datetime.combine(d, t or time(0, 0)) if d else None
    return raw


_SEVERITY_WORDS = {
    "zeer ernstig": 4,
    "ernstig": 3,
    "licht strafbaar": 2,
    "licht": 2,
    "grensoverschrijdend": 1,
    "gering": 1,
    "geen incident": 0,
    "emotioneel": 0,
}


def _severity(raw: Any) -> int:
    """Ernst as a level 0-4: a number (3, '3,0'), a label of this app ('3 — ernstig (…)'), or a word
    (ernstig, zeer ernstig)."""
    f = INCIDENT.field("severity_level")
    if not isinstance(raw, str):
        return int(ex.match_choice(f, raw))
    m = re.match(r"^\s*(\d+(?:[.,]\d+)?)(?:\s|$|—|-)", raw)
    if m:
        number = ex.parse_number(m.group(1))
        return int(ex.match_choice(f, number if number is not None else raw))
    t = ex.normalise(raw)
    if t in _SEVERITY_WORDS:
        return _SEVERITY_WORDS[t]
    return int(ex.match_choice(f, raw))


__all__ = ["Channel", "ImportCheck", "ImportResult", "ImportService", "Sheet", "read_sheet"]
