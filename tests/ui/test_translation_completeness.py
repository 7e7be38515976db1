"""Both translation files are complete: every message has a finished, non-empty English translation with the same
placeholders as its Dutch source, and the shipped .qm gives exactly those translations (it was rebuilt after the
last change of a .ts)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS_FILES = ["veiligbestuur_core_en.ts", "veiligbestuur_ui_en.ts"]

# str.format fields ({n}, {label}, {{ }}) and Qt's %1, %n, %Ln
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?n\b|%L?\d+")


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    disambiguation: str
    translations: tuple[str, ...]  # one, or the numerus forms
    unfinished: bool
    numerus: bool

    def where(self) -> str:
        return f"{self.file} [{self.context}] {self.source!r}"


def messages(name: str) -> list[Message]:
    root = ET.parse(TRANSLATIONS / name).getroot()
    assert root.get("language") == "en_GB", f"{name}: target language is {root.get('language')}, not en_GB"
    out = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            assert translation is not None, (
                f"{name} [{context_name}] {msg.findtext('source')!r}: no translation"
            )
            forms = [f.text or "" for f in translation.iter("numerusform")]
            out.append(
                Message(
                    file=name,
                    context=context_name,
                    source=msg.findtext("source") or "",
                    disambiguation=msg.findtext("comment") or "",
                    translations=tuple(forms) if forms else (translation.text or "",),
                    unfinished=translation.get("type") in ("unfinished", "obsolete", "vanished"),
                    numerus=msg.get("numerus") == "yes",
                )
            )
    return out


def placeholders(text: str, *, numerus: bool) -> list[str]:
    found = PLACEHOLDER.findall(text)
    if numerus:  # %n may be written as %Ln and may be left out of a singular form ("one day")
        found = [p for p in found if p not in ("%n", "%Ln")]
    return sorted(found)


@pytest.mark.parametrize("name", TS_FILES)
def test_every_message_is_translated_with_the_same_placeholders(name):
    problems = []
    msgs = messages(name)
    assert len(msgs) > 100, f"{name} holds only {len(msgs)} messages: extraction incomplete?"
    for m in msgs:
        if m.unfinished:
            problems.append(f"unfinished: {m.where()}")
        for t in m.translations:
            if not t.strip():
                problems.append(f"empty translation: {m.where()}")
            elif placeholders(t, numerus=m.numerus) != placeholders(m.source, numerus=m.numerus):
                problems.append(f"placeholders differ: {m.where()} → {t!r}")
            elif m.source.startswith(" ") != t.startswith(" ") or m.source.endswith("\n") != t.endswith("\n"):
                problems.append(f"leading space or trailing newline differs: {m.where()} → {t!r}")
    assert not problems, f"{len(problems)} problem(s) in {name}:\n" + "\n".join(problems[:60])


def test_the_placeholder_check_catches_a_difference():
    assert placeholders("Rij {row}{col}: {msg}", numerus=False) == placeholders(
        "Row {row}{col}: {msg}", numerus=False
    )
    assert placeholders("{n} regels", numerus=False) != placeholders("{m} entries", numerus=False)
    assert placeholders("Kies %1", numerus=False) != placeholders("Choose", numerus=False)
    assert placeholders('{{"a": 1}} {p}', numerus=False) != placeholders('{"a": 1} {p}', numerus=False)


def test_the_shipped_qm_holds_every_finished_translation():
    """The .qm that ships (and `make qm` rebuilds) answers every message with the translation in the .ts."""
    translator = QTranslator()
    assert translator.load("veiligbestuur_en", str(TRANSLATIONS)), (
        "veiligbestuur_en.qm missing: run `make qm`"
    )
    assert translator.language() == "en_GB"
    stale = []
    for name in TS_FILES:
        for m in messages(name):
            if m.unfinished or m.numerus:
                continue
            got = translator.translate(m.context, m.source, m.disambiguation or None)
            if got != m.translations[0]:
                stale.append(f"{m.where()}: .qm has {got!r}, .ts has {m.translations[0]!r}")
    assert not stale, f"{len(stale)} message(s) differ; rebuild with `make qm`:\n" + "\n".join(stale[:30])


def test_messages_from_below_the_ui_read_english_with_the_shipped_translation(app):
    """Validation messages, their field nouns, step titles and vocabulary labels of the domain come through
    domain.i18n.tr in English once the shipped translation is installed, and in Dutch again without it."""
    from PySide6.QtCore import QCoreApplication

    from veiligbestuur_desktop.domain import i18n, rules
    from veiligbestuur_desktop.domain.errors import ValidationError
    from veiligbestuur_desktop.domain.steps import STEPS
    from veiligbestuur_desktop.domain.vocab import ItemStatus

    def message(check, *args):  # type: ignore[no-untyped-def]
        with pytest.raises(ValidationError) as exc:
            check(*args)
        return str(exc.value)

    translator = QTranslator()
    assert translator.load("veiligbestuur_en", str(TRANSLATIONS))
    previous = i18n._translate
    i18n.set_translator(QCoreApplication.translate)
    QCoreApplication.installTranslator(translator)
    try:
        assert message(rules.check_municipality, "") == "Fill in the name of the municipality."
        assert message(rules.check_new_passphrase, "kort", "kort").startswith(
            "The password is too short: use at least"
        )
        assert message(rules.check_new_passphrase, "a" * 30, "b" * 30).startswith(
            "The two passwords do not match"
        )
        assert [s.title for s in STEPS][:2] == ["Formulating policy", "Taking preventive measures"]
        assert ItemStatus.GEREED.label == "done"
        with i18n.dutch():  # documents stay Dutch whatever the UI language
            assert STEPS[0].title == "Beleid formuleren"
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_translator(previous)
    assert message(rules.check_municipality, "") == "Vul de naam van de gemeente in."
