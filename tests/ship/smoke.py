"""The shipping smoke run, shared by the wheel test and the bundle test: the command line of an installed
program (a `veiligbestuur` executable) from init to a printed report, and the checks of that report."""

from __future__ import annotations

import io
import os
import re
import subprocess
from pathlib import Path

PASSPHRASE = "Verscheept wachtwoord voor de rooktest 2026"
MUNICIPALITY = "Súdwest-Fryslân"


def isolated_env(tmp: Path, **extra: str) -> dict[str, str]:
    """A private HOME/XDG for the program under test (never the real profile), headless Qt, Dutch locale."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VEILIGBESTUUR_", "PYTHON"))}
    for name in ("home", "data", "config", "cache", "state", "logs"):
        (tmp / name).mkdir(parents=True, exist_ok=True)
    env.update(
        {
            "HOME": str(tmp / "home"),
            "XDG_DATA_HOME": str(tmp / "data"),
            "XDG_CONFIG_HOME": str(tmp / "config"),
            "XDG_CACHE_HOME": str(tmp / "cache"),
            "XDG_STATE_HOME": str(tmp / "state"),
            "VEILIGBESTUUR_LOG_DIR": str(tmp / "logs"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "nl_NL.UTF-8",
            "TZ": "Europe/Amsterdam",
        }
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: int = 300) -> str:
    out = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, f"{cmd[1:]} gaf {out.returncode}:\n{out.stdout}\n{out.stderr}"
    assert "Traceback" not in out.stderr, out.stderr
    return out.stdout


def command_line_smoke(program: list[str], tmp: Path, env: dict[str, str], incidents: int) -> Path:
    """--version, init, verify, demo --incidents N, verify, list, report incident: returns the report PDF."""
    vault = tmp / "kluis"
    pw = tmp / "wachtwoord.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    auth = ["--data-dir", str(vault), "--passphrase-file", str(pw)]
    assert re.fullmatch(r"veiligbestuur \d+\.\d+\.\d+\S*\n", run([*program, "--version"], env, tmp))
    sheet = tmp / "herstelsleutel.pdf"
    out = run(
        [*program, "init", *auth, "--municipality", MUNICIPALITY, "--recovery-sheet", str(sheet)], env, tmp
    )
    assert "Kluis aangemaakt" in out and sheet.stat().st_size > 1000
    assert "alle controles geslaagd" in run([*program, "verify", *auth], env, tmp)
    out = run([*program, "demo", *auth, "--incidents", str(incidents)], env, tmp)
    assert f"{incidents} incidenten" in out, out
    assert "alle controles geslaagd" in run([*program, "verify", *auth], env, tmp)
    listing = run([*program, "list", "incidents", *auth], env, tmp)
    numbers = re.findall(r"^(\d{4}-\d{3,})\t", listing, re.M)
    assert len(numbers) == incidents, listing[-500:]
    report = tmp / "rapport.pdf"
    out = run([*program, "report", "incident", numbers[-1], *auth, "--out", str(report)], env, tmp)
    assert "Rapport geschreven" in out
    return report


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF references (pages, annotations, form XObjects): base name -> embedded."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    fonts: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(resources: object) -> None:
        if resources is None:
            return
        res = resources.get_object()  # type: ignore[attr-defined]
        if "/Font" in res:
            for ref in res["/Font"].values():
                font = ref.get_object()
                name = str(font.get("/BaseFont", "?"))
                descendants = font.get("/DescendantFonts")
                descriptors = [font.get("/FontDescriptor")]
                if descendants is not None:
                    descriptors += [d.get_object().get("/FontDescriptor") for d in descendants.get_object()]
                embedded = any(
                    d is not None
                    and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                    for d in descriptors
                )
                if font.get("/Subtype") == "/Type3":
                    embedded = True  # drawn by the PDF itself
                fonts[name] = fonts.get(name, False) or embedded
        if "/XObject" in res:
            for ref in res["/XObject"].values():
                obj = ref.get_object()
                if id(obj) in seen:
                    continue
                seen.add(id(obj))
                if obj.get("/Subtype") == "/Form":
                    walk(obj.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return fonts


def assert_fonts_embedded(pdf: bytes, what: str) -> None:
    fonts = fonts_of(pdf)
    assert fonts, f"{what}: geen lettertypen gevonden"
    missing = sorted(name for name, embedded in fonts.items() if not embedded)
    assert not missing, f"{what}: niet-ingesloten lettertypen {missing}"
    assert not any("Helvetica" in name or "Times" in name or "Courier" in name for name in fonts), fonts
    assert b"/Helvetica" not in pdf, f"{what}: verwijst naar Helvetica"


def check_report(path: Path) -> None:
    from pypdf import PdfReader

    pdf = path.read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Incidentrapport" in text and "VERTROUWELIJK" in text
    assert_fonts_embedded(pdf, path.name)
    meta = reader.metadata
    assert meta is not None and (meta.title or "").startswith("Incidentrapport")
    assert "veiligbestuur-audit-head count=" in str(meta.get("/Keywords", ""))
