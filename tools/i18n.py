"""The console's translations: extract, check and compile them with Qt's own tools.

    python tools/i18n.py update     # pyside6-lupdate: every tr()/translate() of desktop/
                                    # into desktop/translations/frontdesk_<lang>.ts
                                    # (English's: the plural forms only)
    python tools/i18n.py check      # exit 1 on an unfinished, empty or vanished message,
                                    # a plural without all its forms, or %1/%n/{name}
                                    # placeholders that differ from the English
    python tools/i18n.py compile [DIR]  # pyside6-lrelease: .ts -> .qm (default: beside them)

The .ts files are the sources a translator edits (Qt Linguist: `pyside6-linguist`); the
.qm files are built, never committed: build.spec compiles them into the bundle, and a
console run from source compiles them into its cache folder at start
(``desktop.ui.i18n``). The layers without Qt translate through ``desktop.words.translate``,
which lupdate finds like Qt's own.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TRANSLATIONS = SOURCES / "translations"
LANGUAGES = ("en", "es", "de")
"""Shipped; each needs frontdesk_<lang>.ts complete. English is the source language: its
file holds only the messages with plural forms ("%n entries": "1 entry", "2 entries")."""
PLURAL_ONLY = ("en",)
NOT_SCANNED = ("sandbox",)
"""desktop/ folders with no text for the person at the desk (the vendors' stand-in)."""
PLACEHOLDER = re.compile(r"%(?:L?n|L?\d+|[sd])|\{[a-z_]*\}")
"""Qt's %n, %Ln, %1…, Python's %s and %d, str.format's {} and {name}: kept in translation."""


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"frontdesk_{language}.ts"


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"tools/i18n.py: {name} not found (it comes with PySide6)")
    return found


def scanned_files() -> list[Path]:
    return sorted(
        path
        for path in SOURCES.rglob("*.py")
        if not any(part in NOT_SCANNED for part in path.relative_to(SOURCES).parts)
    )


PLURAL = re.compile(r"%L?n")
PLURAL_FORMS = 2
"""Forms of a plural in each language shipped (English, Spanish, German: one, other)."""


def update() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in scanned_files()]
    for language in LANGUAGES:
        path = ts_file(language)
        kept = _plural_forms(path)
        # English keeps only its plurals: no lines to point to in a file mostly taken out.
        where = "none" if language in PLURAL_ONLY else "relative"
        command = [qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", where]
        command += ["-target-language", language, *files, "-ts", str(path)]
        subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 (Qt's tool, our files)
        _mark_plurals(path, kept, plural_only=language in PLURAL_ONLY)
    return 0


def _plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """The forms each plural message of ``path`` has now, by (context, source)."""
    if not path.exists():
        return {}
    return {
        (context.findtext("name", ""), message.findtext("source", "")): [
            form.text or "" for form in message.iter("numerusform")
        ]
        for context in ET.parse(path).getroot().iter("context")  # noqa: S314 (our own file)
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def _mark_plurals(path: Path, kept: dict[tuple[str, str], list[str]], *, plural_only: bool) -> None:
    """Every message whose source holds %n is a plural, with its forms kept from before:
    lupdate's Python parser takes a plural for one only in some shapes of call (a literal
    count, ``self.tr`` with more than a bare name). English's file keeps only these."""
    tree = ET.parse(path)  # noqa: S314 (our own file)
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name", "")
        for message in list(context.iter("message")):
            source = message.findtext("source", "")
            if not PLURAL.search(source):
                if plural_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = kept.get((name, source)) or [""] * PLURAL_FORMS
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            if all(form.strip() for form in forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
        if plural_only and context.find("message") is None:
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


class Problem(NamedTuple):
    language: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"{self.language}: [{self.context}] {self.source!r}: {self.what}"


def problems(language: str, path: Path | None = None) -> list[Problem]:
    """What keeps ``language``'s .ts file from being complete."""
    path = path or ts_file(language)
    if not path.exists():
        return [Problem(language, "-", "-", f"{path.relative_to(ROOT)} is missing")]
    found: list[Problem] = []
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")

            def report(what: str, source: str = source, context: str = name) -> None:
                found.append(Problem(language, context, source, what))

            if translation is None or kind == "unfinished":
                report("unfinished")
                continue
            if kind in ("vanished", "obsolete"):
                report(f"{kind}: no longer in the code (run tools/i18n.py update)")
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                texts = forms
                if len(forms) < 2 or not all(form.strip() for form in forms):
                    report("a plural form is empty")
            else:
                texts = [translation.text or ""]
                if not texts[0].strip():
                    report("empty")
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in texts:
                got = sorted(set(PLACEHOLDER.findall(text)))
                # A plural's one-form may say "one" instead of %n.
                if got != wanted and sorted(set(wanted) - {"%n"}) != got:
                    report(f"placeholders {got} differ from {wanted}: {text!r}")
    return found


def check() -> int:
    found = [problem for language in LANGUAGES for problem in problems(language)]
    for problem in found:
        print(problem)
    print(f"tools/i18n.py: {len(found)} problem(s) in {', '.join(LANGUAGES)}")
    return 1 if found else 0


def compile_all(out: Path | None = None) -> list[Path]:
    made = []
    for language in LANGUAGES:
        target = (out or TRANSLATIONS) / f"frontdesk_{language}.qm"
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 (Qt's tool, our files)
            [qt_tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
            check=True,
        )
        made.append(target)
    return made


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        return update()
    if argv[:1] == ["check"]:
        return check()
    if argv[:1] == ["compile"] and len(argv) <= 2:
        for path in compile_all(Path(argv[1]) if len(argv) == 2 else None):
            print(path)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
