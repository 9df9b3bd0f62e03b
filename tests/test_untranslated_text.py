"""Text the window shows goes through Qt's translation (issue 21: English, Spanish,
German): a string literal handed straight to a widget's text, title, tooltip, accessible
name, a menu or a message is English for everyone. This finds them in desktop/ui.

The files not converted yet are listed in NOT_YET, with how many such literals each
holds; the list may only shrink: a file gaining one fails, and so does a listed file that
holds fewer than listed (lower its count, or take it off when it reaches none).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "ui"

TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setLabelText", "setPrefix", "setSuffix", "setSpecialValueText", "addAction", "addMenu",
    "addItem", "addItems", "addTab", "insertTab", "setTabText", "addRow", "insertRow",
    "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "setInformativeText",
    "setDetailedText", "with_progress", "info", "warning", "error", "critical", "question",
    "information", "about", "addButton", "setButtonText", "getText", "getSaveFileName",
    "getOpenFileName",
}  # fmt: skip
TEXT_CLASSES = {
    "QLabel", "PlainLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QAction", "QMenu", "QCommandLinkButton",
}  # fmt: skip
TRANSLATORS = {"tr", "translate"}
# What is not for people: log records, object names, keys, formats.
NOT_TEXT_METHODS = {"debug", "exception"}
NOT_TEXT_KEYWORDS = {"source", "key"}  # which service a message is about; a task's key

NOT_YET: dict[str, int] = {}
"""Files still to convert, with how many untranslated literals each holds."""


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and any(ch.isalpha() for ch in str(part.value))
            for part in node.values
        )
    return False


def untranslated(path: Path) -> list[tuple[int, str]]:
    """(line, call) of each literal a text-setting call or text widget gets untranslated."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name in NOT_TEXT_METHODS or (name not in TEXT_METHODS and name not in TEXT_CLASSES):
            continue
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in ("log", "logging", "logger"):
            continue
        arguments = [
            *node.args,
            *(k.value for k in node.keywords if k.arg not in NOT_TEXT_KEYWORDS),
        ]
        found += [(node.lineno, name) for argument in arguments if _is_words(argument)]
    return found


def _counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in sorted(UI.rglob("*.py")):
        if path.name == "selftest.py":  # drives the demo; prints for the terminal
            continue
        counts[str(path.relative_to(ROOT))] += len(untranslated(path))
    return +counts


def test_the_window_shows_no_text_that_skips_translation() -> None:
    counts = _counts()
    new = {
        path: [f"line {line}: {call}(...)" for line, call in untranslated(ROOT / path)]
        for path, count in counts.items()
        if count > NOT_YET.get(path, 0)
    }
    assert new == {}, "wrap these in self.tr() / QCoreApplication.translate()"


def test_the_list_of_files_still_to_convert_only_shrinks() -> None:
    counts = _counts()
    stale = {path: (listed, counts.get(path, 0)) for path, listed in NOT_YET.items()}
    assert {path: pair for path, pair in stale.items() if pair[0] != pair[1]} == {}


def test_the_finder_finds_a_literal_and_passes_a_translated_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Sent')\n"
        "label.setText(self.tr('Sent'))\n"
        "QPushButton(f'Open {name}')\n"
        "log.warning('not for people')\n"
        "bus.error(self.tr('Offline'), source='worktime')\n"
        "label.setObjectName('banner')\n",
        encoding="utf-8",
    )
    assert untranslated(sample) == [(1, "setText"), (3, "QPushButton")]
