"""Exchange of registers with sheets (issue 14): reading the values Dutch sheets really contain, recognising
their column headers, matching free-text categories and choices to the vocabularies, and pseudonyms.

Pure Python: the importer (services.importer) reads the file and hands cell values here; every problem is a
Dutch :class:`ValidationError` whose text says what to do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from veiligbestuur_desktop.domain.fields import Field, FieldKind, RecordKind
from veiligbestuur_desktop.domain.i18n import tr

# --- what an import row may hold beyond the declared fields -------------------------------------------------

# Columns of an incident sheet that are not one declared field: they name people or add text.
VICTIM_NAME = "victim_name"  # Slachtoffer / Naam slachtoffer: matched to a person, or a new one
VICTIM_ROLE = "victim_role"  # Functie: the role of a victim that is created
PERPETRATOR_NAME = "perpetrator_name"  # Dader: matched to a betrokkene, or a new one
AANGIFTE = "aangifte"  # Aangifte ja/nee: the decision on the aangifte track
REMARKS = "remarks"  # Opmerkingen: added to the description
NUMBER = "number"  # Nummer: the number in the old register (not taken over: the app numbers its own)
IGNORE = ""  # a column that is not imported

EXTRA_TARGETS: dict[str, dict[str, str]] = {
    "incident": {
        VICTIM_NAME: "Slachtoffer (naam)",
        VICTIM_ROLE: "Functie slachtoffer",
        PERPETRATOR_NAME: "Dader (naam of omschrijving)",
        AANGIFTE: "Aangifte gedaan (ja/nee)",
        REMARKS: "Opmerkingen (bij de beschrijving)",
        NUMBER: "Nummer in de oude registratie (niet overgenomen)",
    },
    "person": {},
}


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower case, no diacritics, words separated by one space: 'Soort  incident:' -> 'soort incident'."""
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


# Headers Dutch sheets use, normalised (see `normalise`), per record kind -> target.
_INCIDENT_HEADERS: dict[str, str] = {
    "datum": "occurred_on",
    "datum incident": "occurred_on",
    "incidentdatum": "occurred_on",
    "datum voorval": "occurred_on",
    "datum gebeurtenis": "occurred_on",
    "wanneer": "occurred_on",
    "tijd": "occurred_time",
    "tijdstip": "occurred_time",
    "tijd incident": "occurred_time",
    "gemeld op": "reported_on",
    "datum melding": "reported_on",
    "meldingsdatum": "reported_on",
    "gemeld door": "reported_by",
    "melder": "reported_by",
    "aangenomen door": "received_by",
    "ontvangen door": "received_by",
    "omschrijving": "description",
    "beschrijving": "description",
    "omschrijving incident": "description",
    "wat is er gebeurd": "description",
    "toelichting": "description",
    "categorie": "categories",
    "categorieen": "categories",
    "soort incident": "categories",
    "soort": "categories",
    "type incident": "categories",
    "aard": "categories",
    "aard incident": "categories",
    "slachtoffer": VICTIM_NAME,
    "slachtoffers": VICTIM_NAME,
    "naam slachtoffer": VICTIM_NAME,
    "betrokken ambtsdrager": VICTIM_NAME,
    "ambtsdrager": VICTIM_NAME,
    "functie": VICTIM_ROLE,
    "functie slachtoffer": VICTIM_ROLE,
    "rol": VICTIM_ROLE,
    "ernst": "severity_level",
    "ernst beoordeeld": "severity_level",
    "niveau": "severity_level",
    "ernst beleving slachtoffer": "severity_experienced",
    "beleving": "severity_experienced",
    "kanaal": "channel",
    "medium": "channel",
    "hoe": "channel",
    "locatie": "location",
    "plaats": "location",
    "waar": "location",
    "bij de woning van het slachtoffer": "at_home",
    "bij de woning": "at_home",
    "dader": PERPETRATOR_NAME,
    "naam dader": PERPETRATOR_NAME,
    "pleger": PERPETRATOR_NAME,
    "dader bekend": "perpetrator_known",
    "soort dader": "perpetrator_type",
    "omschrijving dader": "perpetrator_description",
    "signalement": "perpetrator_description",
    "getuigen": "witnesses",
    "aangifte": AANGIFTE,
    "aangifte gedaan": AANGIFTE,
    "opmerkingen": REMARKS,
    "opmerking": REMARKS,
    "bijzonderheden": REMARKS,
    "status": "status",
    "afgesloten op": "closed_on",
    "impact": "impact",
    "letsel": "impact_injury",
    "schade": "impact_damage",
    "verzuim": "impact_absence",
    "impact op het gezin": "impact_family",
    "vermijdingsgedrag": "impact_avoidance",
    "nummer": NUMBER,
    "nr": NUMBER,
    "volgnummer": NUMBER,
}
_PERSON_HEADERS: dict[str, str] = {
    "naam": "name",
    "volledige naam": "name",
    "soort": "kind",
    "soort persoon": "kind",
    "rol": "role",
    "functie": "role",
    "partij": "party",
    "telefoon": "phone",
    "telefoonnummer": "phone",
    "e mail": "email",
    "email": "email",
    "e mailadres": "email",
    "adres": "address",
    "geboortedatum": "birth_date",
    "organisatie": "organisation",
    "relatie": "relation",
    "naaste van": "related_to_id",
}


def known_headers(kind: RecordKind) -> dict[str, str]:
    """Normalised header -> target for a kind: its own labels (an export of this app), then the usual
    variants of Dutch sheets."""
    out = {normalise(f.label): f.name for f in kind.fields}
    extra = _INCIDENT_HEADERS if kind.name == "incident" else _PERSON_HEADERS
    for header, target in extra.items():
        out.setdefault(header, target)
    if kind.name == "incident":
        out[normalise("Slachtoffers")] = VICTIM_NAME  # the export's column names the victims
        out[normalise("Dader")] = PERPETRATOR_NAME
    return out


def recognise(headers: Sequence[str], kind: RecordKind) -> dict[str, str]:
    """Header -> target for the headers that are recognised without a mapping (each target once)."""
    known = known_headers(kind)
    out: dict[str, str] = {}
    used: set[str] = set()
    for h in headers:
        target = known.get(normalise(h))
        if target and (target not in used or target == NUMBER):
            out[h] = target
            used.add(target)
    return out


def targets(kind: RecordKind) -> list[tuple[str, str]]:
    """(target, Dutch label) a column may be mapped to: the fields a sheet can fill, then the extras."""
    skip = {"victims", "perpetrator_id"} if kind.name == "incident" else set()
    out = [(f.name, f.label) for f in kind.fields if f.name not in skip]
    out += list(EXTRA_TARGETS.get(kind.name, {}).items())
    return out


# --- cell values --------------------------------------------------------------------------------------------

MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "febr": 2,
    "februari": 2,
    "mrt": 3,
    "maart": 3,
    "mar": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "augustus": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oct": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
EXCEL_EPOCH = date(1899, 12, 30)
_TIME = r"(?:[ tT]+(?:om\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*uur)?)?"
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})" + _TIME + r"$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$")
_WORD_DATE = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{2}|\d{4})" + _TIME + r"$")
_SERIAL = re.compile(r"^\d{4,6}(?:[.,]\d+)?$")


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y <= 69 else 1900
    return y


def _clock(h: str | None, m: str | None, s: str | None) -> time | None:
    if h is None:
        return None
    hh, mm = int(h), int(m or 0)
    if not (0 <= hh <= 23 and 0 <= mm <= 59):
        raise ValueError("time")
    return time(hh, mm)


def parse_date_time(value: Any) -> tuple[date | None, time | None]:
    """A date (and a time when the cell has one) from what a Dutch sheet holds: 29-11-2026, 29/11/26,
    2026-11-29, 29.11.2026, '29 nov 2026', an Excel serial date (46355), a date or datetime object, each with
    or without a time. Raises ValueError when it is not a date."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        t = value.time().replace(second=0, microsecond=0)
        return value.date(), (t if t != time(0, 0) else None)
    if isinstance(value, date):
        return value, None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return _serial(float(value))
    txt = str(value).strip().lower()
    if not txt:
        return None, None
    if _SERIAL.match(txt):
        return _serial(float(txt.replace(",", ".")))
    m = _NUMERIC_DATE.match(txt)
    if m:
        d = date(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d, _clock(m.group(4), m.group(5), m.group(6))
    m = _ISO_DATE.match(txt)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d, _clock(m.group(4), m.group(5), m.group(6))
    m = _WORD_DATE.match(txt)
    if m and m.group(2) in MONTHS:
        d = date(_year(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        return d, _clock(m.group(4), m.group(5), m.group(6))
    raise ValueError(txt)


def _serial(n: float) -> tuple[date, time | None]:
    """An Excel serial date (days since 30-12-1899; the fraction is the time of day)."""
    if not 1 <= n < 2958466:
        raise ValueError(n)
    days = int(n)
    frac = n - days
    d = EXCEL_EPOCH + timedelta(days=days)
    if frac <= 1e-9:
        return d, None
    minutes = round(frac * 24 * 60)
    if minutes >= 24 * 60:
        return d, None
    return d, time(minutes // 60, minutes % 60)


def parse_time(value: Any) -> time | None:
    """'14:30', '14.30', '14:30:00', '14:30 uur', a time or datetime object, or an Excel fraction of a day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(min(minutes // 60, 23), minutes % 60)
    txt = str(value).strip().lower().removesuffix("uur").strip()
    if not txt:
        return None
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?", txt) or re.fullmatch(r"(\d{1,2})()", txt)
    if not m:
        raise ValueError(txt)
    hh, mm = int(m.group(1)), int(m.group(2) or 0)
    if not (0 <= hh <= 23 and 0 <= mm <= 59):
        raise ValueError(txt)
    return time(hh, mm)


def parse_number(value: Any) -> Decimal | None:
    """A number with a Dutch decimal comma ('3,0', '1.234,5') or a point ('3.0'); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    t = str(value).strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not t:
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    try:
        n = Decimal(t)
    except InvalidOperation:
        raise ValueError(t) from None
    if not n.is_finite():
        raise ValueError(t)
    return n


_YES = {"ja", "j", "yes", "y", "x", "1", "waar", "true", "wel", "v"}
_NO = {"nee", "n", "no", "0", "onwaar", "false", "niet", "-", ""}


def parse_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    t = normalise(str(value or ""))
    if t in _YES:
        return True
    if t in _NO or t == "":
        return False
    raise ValueError(t)


def cell_text(value: Any) -> str:
    """A cell as text (numbers without a needless '.0')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def split_values(text: str) -> list[str]:
    """Several values in one cell: separated by ';', ',', '/', '+', '|' or a line break."""
    parts = re.split(r"\s*(?:;|,|\||\+|\n)\s*", text)
    return [p.strip() for p in parts if p.strip()]


# --- choices and categories ---------------------------------------------------------------------------------

# Words of free-text categories and the vocabulary code they mean (normalised, checked as whole words).
CATEGORY_WORDS: tuple[tuple[str, str], ...] = (
    ("doxing", "doxing"),
    ("gijzeling", "gijzeling"),
    ("opruiing", "opruiing"),
    ("oproep tot geweld", "opruiing"),
    ("demonstratie", "demonstratie_woning"),
    ("stalking", "stalking"),
    ("belaging", "stalking"),
    ("seksuele intimidatie", "seksuele_intimidatie"),
    ("seksueel", "seksuele_intimidatie"),
    ("discriminatie", "discriminatie"),
    ("racisme", "discriminatie"),
    ("bedreiging", "bedreiging"),
    ("bedreigd", "bedreiging"),
    ("dreigbrief", "bedreiging"),
    ("doodsbedreiging", "bedreiging"),
    ("dreiging", "bedreiging"),
    ("fysiek", "fysiek_geweld"),
    ("mishandeling", "fysiek_geweld"),
    ("geweld", "fysiek_geweld"),
    ("geslagen", "fysiek_geweld"),
    ("vernieling", "vernieling"),
    ("vandalisme", "vernieling"),
    ("zaakschade", "vernieling"),
    ("intimidatie", "intimidatie"),
    ("geintimideerd", "intimidatie"),
    ("belediging", "verbaal"),
    ("uitschelden", "verbaal"),
    ("schelden", "verbaal"),
    ("scheldpartij", "verbaal"),
    ("verbaal", "verbaal"),
    ("verbale agressie", "verbaal"),
    ("hinderlijk", "hinderlijk"),
    ("overlast", "hinderlijk"),
    ("ondermijning", "oneigenlijke_druk"),
    ("oneigenlijke druk", "oneigenlijke_druk"),
    ("omkoping", "oneigenlijke_druk"),
)


def exact_category(text: str, vocabulary: Iterable[tuple[str, str]]) -> str | None:
    """The code whose code or label the text is (any case, diacritics, punctuation), or the label's first
    part ('bedreiging' for 'bedreiging (ook van naasten)'); None when only a guess could place it."""
    t = normalise(text)
    if not t:
        return None
    vocab = list(vocabulary)
    for code, label in vocab:
        if t in (normalise(code), normalise(label)):
            return code
    for code, label in vocab:
        head = normalise(re.split(r"[/(]", label)[0])
        if head and t == head:
            return code
    return None


def match_category(text: str, vocabulary: Iterable[tuple[str, str]]) -> str | None:
    """The code of one free-text category: its code or label (any case, diacritics, punctuation), the
    label's first part ('bedreiging' for 'bedreiging (ook van naasten)'), else a telling word in it."""
    t = normalise(text)
    if not t:
        return None
    vocab = list(vocabulary)
    codes = {c for c, _l in vocab}
    for code, label in vocab:
        if t in (normalise(code), normalise(label)):
            return code
    for code, label in vocab:
        head = normalise(re.split(r"[/(]", label)[0])
        if head and t == head:
            return code
    padded = f" {t} "
    for word, code in CATEGORY_WORDS:
        if f" {word} " in padded and code in codes:
            return code
    return None


def match_categories(text: str, vocabulary: Iterable[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """(codes, unknown parts) of a category cell. The whole text is tried first (a label may hold '/')."""
    vocab = list(vocabulary)
    whole = match_category(text, vocab)
    if whole is not None and normalise(text) in {normalise(lab) for _c, lab in vocab} | {
        normalise(c) for c, _l in vocab
    }:
        return [whole], []
    codes: list[str] = []
    unknown: list[str] = []
    for part in split_values(text):
        code = match_category(part, vocab)
        if code is None:
            unknown.append(part)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def match_choice(f: Field, value: Any) -> Any:
    """A vocabulary value of a CHOICE field from a cell: its code, its label, the label's start, or for the
    severity a number (3, '3,0', '3 — ernstig'). Raises ValueError."""
    choices = f.choices(translate=False)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        n = Decimal(str(value))
        for v, _lab in choices:
            if isinstance(v, int) and Decimal(v) == n:
                return v
        raise ValueError(value)
    t = normalise(str(value))
    if not t:
        return None
    for v, lab in choices:
        if t in (normalise(str(v)), normalise(lab)):
            return v
    if choices and isinstance(choices[0][0], int):
        m = re.match(r"^(\d)(?: 0)?\b", t)
        if m:
            n_ = int(m.group(1))
            for v, _lab in choices:
                if v == n_:
                    return v
    for v, lab in choices:
        head = normalise(re.split(r"[/(,—]", lab)[0])
        if head and (t == head or (len(t) >= 4 and head.startswith(t))):
            return v
    # a word of the same stem ('telefonisch' for telefoon): the first five letters, when only one choice has them
    stem = [v for v, lab in choices if len(t) >= 5 and normalise(lab)[:5] == t[:5]]
    if len(stem) == 1:
        return stem[0]
    raise ValueError(value)


def choice_hint(f: Field) -> str:
    labels = [lab for v, lab in f.choices(translate=False) if v not in f.app_only]
    return ", ".join(labels[:8]) + (", …" if len(labels) > 8 else "")


# --- the row report -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem of one row: the row number as the sheet shows it (the header is row 1), the column's
    header and a Dutch text that says what to do."""

    row: int
    column: str
    message: str
    warning: bool = False  # a duplicate or a name that will be created: imported when confirmed

    def line(self) -> str:
        col = f" kolom ‘{self.column}’" if self.column else ""
        return tr("exchange", "Rij {row}{col}: {msg}").format(row=self.row, col=col, msg=self.message)


def value_error(f: Field | None, column: str, label: str = "") -> str:
    """The Dutch text for a value that cannot be read into `f`."""
    if f is None:
        return tr("exchange", "Deze waarde kan niet worden gelezen.")
    if f.kind in (FieldKind.DATE, FieldKind.DATETIME):
        return tr(
            "exchange",
            "‘{v}’ is geen datum. Schrijf bijvoorbeeld 29-11-2026, 29/11/26, 2026-11-29 of 29 nov 2026.",
        ).format(v=label[:40])
    if f.kind == FieldKind.TIME:
        return tr("exchange", "‘{v}’ is geen tijd. Schrijf bijvoorbeeld 14:30.").format(v=label[:40])
    if f.kind == FieldKind.FLAG:
        return tr("exchange", "‘{v}’ is geen ja of nee. Schrijf ja of nee.").format(v=label[:40])
    if f.kind == FieldKind.CHOICE:
        return tr("exchange", "‘{v}’ is geen geldige waarde. Kies uit: {c}.").format(
            v=label[:40], c=choice_hint(f)
        )
    return tr("exchange", "‘{v}’ kan niet worden gelezen.").format(v=label[:40])


# --- pseudonyms ---------------------------------------------------------------------------------------------


class Pseudonyms:
    """Stable pseudonyms within one export: the first person named becomes 'Persoon 1', and so on."""

    def __init__(self, prefix: str = "Persoon") -> None:
        self.prefix = prefix
        self._given: dict[Any, str] = {}

    def __call__(self, key: Any) -> str:
        if key not in self._given:
            self._given[key] = f"{self.prefix} {len(self._given) + 1}"
        return self._given[key]

    def labels(self, keys: Iterable[Any]) -> dict[Any, str]:
        return {k: self(k) for k in keys}


def pseudonymise_text(text: str, names: Mapping[str, str]) -> str:
    """`text` with every known name (longest first, any case) replaced by its pseudonym."""
    out = text
    for name in sorted(names, key=len, reverse=True):
        if len(name.strip()) < 3:
            continue
        out = re.sub(re.escape(name), names[name], out, flags=re.IGNORECASE)
    return out


SUPPRESSED = "<5"
SMALL_NUMBER = 5


def suppress(n: int) -> str:
    """A count as published for the region: numbers below 5 (but not 0) as '<5'."""
    return SUPPRESSED if 0 < n < SMALL_NUMBER else str(n)
