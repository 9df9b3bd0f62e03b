"""The console's languages: the .ts files hold every message of the code, each finished in
every language shipped (tools/i18n.py), and the chosen language is the one installed."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.ui.i18n import LANGUAGES, choose_language, install_language
from tests.helpers.tools import load_tool


def _messages(path: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(path).getroot().iter("context")  # noqa: S314 (our own file)
        for message in context.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") not in ("vanished", "obsolete")  # type: ignore[union-attr]
    }


def test_every_shipped_language_is_complete() -> None:
    tool = load_tool("i18n")
    assert set(tool.LANGUAGES) | {"en"} == set(LANGUAGES)
    found = [str(problem) for language in tool.LANGUAGES for problem in tool.problems(language)]
    assert found == []


def test_the_ts_files_hold_every_message_of_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = load_tool("i18n")
    committed = {language: tool.ts_file(language) for language in tool.LANGUAGES}
    for path in committed.values():
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(tool, "TRANSLATIONS", tmp_path)
    tool.update()
    for path in committed.values():
        fresh = tmp_path / path.name
        assert _messages(fresh) == _messages(path), "run `python tools/i18n.py update`"


def test_the_check_finds_what_a_translator_left(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk_de.ts"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de">
<context><name>Board</name>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>Sent %1 to %2</source><translation>%1 gesendet</translation></message>
<message numerus="yes"><source>%n late</source><translation>
  <numerusform>einer zu spät</numerusform><numerusform></numerusform>
</translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
<message><source>Ok {name}</source><translation>Gut {name}</translation></message>
</context></TS>
""",
        encoding="utf-8",
    )
    found = [problem.what for problem in load_tool("i18n").problems("de", path)]
    assert found[0] == "unfinished"
    assert found[1].startswith("placeholders ['%1'] differ from ['%1', '%2']")
    assert found[2] == "a plural form is empty"
    assert found[3].startswith("vanished")
    assert len(found) == 4


@pytest.mark.parametrize(
    ("setting", "system", "chosen"),
    [
        ("es", ["de-DE"], "es"),
        ("system", ["de-CH", "en-US"], "de"),
        (None, ["fr-FR", "es_MX"], "es"),
        ("klingon", ["fr-FR"], "en"),
        (None, [], "en"),
    ],
)
def test_the_language_is_the_settings_else_the_systems_else_english(
    setting: object, system: list[str], chosen: str
) -> None:
    assert choose_language(setting, system) == chosen


def test_german_reaches_qts_own_buttons_and_the_locale(qapp: QApplication, tmp_path: Path) -> None:
    try:
        assert install_language("de", tmp_path) == "de"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    finally:
        install_language("en", tmp_path)
    assert (
        QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        .button(QDialogButtonBox.StandardButton.Cancel)
        .text()
        == "Cancel"
    )


def test_without_qt_the_words_stay_english_with_the_number_filled_in() -> None:
    from desktop import words

    words.install_translator(None)
    assert words.translate("Outbox", "%n waiting", n=3) == "3 waiting"
    assert words.translate("Outbox", "%Ln sent", n=12345) == "12,345 sent"
    assert words.translate("Outbox", "Sent") == "Sent"


def test_the_window_routes_the_words_through_qt(qapp: QApplication, tmp_path: Path) -> None:
    from desktop import words

    try:
        install_language("de", tmp_path)
        # Qt's translate, with QLocale's German digits for %Ln
        assert words.translate("Outbox", "%Ln sent", n=12345) == "12.345 sent"
    finally:
        install_language("en", tmp_path)
        words.install_translator(None)


def test_a_vendor_rule_is_said_in_the_chosen_language(qapp: QApplication, tmp_path: Path) -> None:
    from datetime import date

    from desktop import words
    from desktop.services.accounts.rules import check_location, check_term_date

    try:
        install_language("es", tmp_path)
        assert check_term_date("", date(2026, 12, 4)) == "Escriba el último día de trabajo."
        install_language("de", tmp_path)
        found = check_location("", "", "", "", "", creating=True)
        assert found == {"name": "Geben Sie den Namen des Standorts ein."}
    finally:
        install_language("en", tmp_path)
        words.install_translator(None)
    assert check_term_date("", date(2026, 12, 4)) == "Enter the last day of work."


def _calls_with_literal_text() -> set[tuple[str, str]]:
    """(context, text) of each translate("Context", "text", ...) call in desktop/, and of
    each self.tr("text") in a class (the class's name is its context)."""
    import ast

    tool = load_tool("i18n")
    found: set[tuple[str, str]] = set()
    for path in tool.scanned_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        owner = {id(inner): cls.name for cls in classes for inner in ast.walk(cls)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2:
                if all(isinstance(text, str) for text in texts[:2]) and node.args[1] is not None:
                    found.add((str(texts[0]), str(texts[1])))
            elif name == "tr" and texts and isinstance(texts[0], str) and id(node) in owner:
                found.add((owner[id(node)], texts[0]))
    return found


def test_lupdate_found_every_message_the_code_translates() -> None:
    """lupdate's Python parser skips some shapes of call (a count that is an expression:
    pass a plain name); a message it skips stays English for everyone."""
    tool = load_tool("i18n")
    extracted = _messages(tool.ts_file("de"))
    missing = sorted(_calls_with_literal_text() - extracted)
    assert missing == [], "lupdate did not find these: write the count as a plain name"


def test_no_class_that_is_subclassed_translates_with_self_tr() -> None:
    """PySide's self.tr takes its context from the object's own class: in a subclass's
    object, a base class's self.tr("Required") looks under the subclass's name, finds
    nothing, and stays English. A base class says its context outright:
    QCoreApplication.translate("Base", ...)."""
    import ast

    tool = load_tool("i18n")
    using_tr: set[str] = set()
    subclassed: set[str] = set()
    for path in tool.scanned_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            subclassed |= {
                base.id if isinstance(base, ast.Name) else base.attr
                for base in node.bases
                if isinstance(base, ast.Name | ast.Attribute)
            }
            if any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tr"
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == "self"
                for call in ast.walk(node)
            ):
                using_tr.add(node.name)
    assert sorted(using_tr & subclassed) == []


def test_a_vendor_error_code_is_said_in_the_chosen_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from desktop import words
    from desktop.api.errors import error_for_response, worktaps_message

    def refused(code: int) -> str:
        body = {"code": code, "message": "phone is invalid"}
        return str(error_for_response("worktaps", 400, body, reset_at=datetime.now(UTC)))

    try:
        install_language("de", tmp_path)
        assert refused(40030) == "Ein anderes Konto hat diese Telefonnummer bereits."
        assert worktaps_message(40029) == "Ein anderes Konto hat diese E-Mail-Adresse bereits."
        install_language("es", tmp_path)
        assert refused(40030) == "Otra cuenta ya tiene este número de teléfono."
        gone = error_for_response("worktime", 404, None, reset_at=datetime.now(UTC))
        assert gone.message.startswith("WorkTime One no tiene ese registro")
    finally:
        install_language("en", tmp_path)
        words.install_translator(None)
    assert refused(40030) == "Another account already has this phone number."


def test_a_progress_phrase_and_a_failed_task_are_said_in_the_chosen_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    import asyncio
    import contextlib

    from desktop import words
    from desktop.messages import Message, MessageBus
    from desktop.services.sync.worq import summary
    from desktop.tasks import Op, TaskRunner

    said: list[Message] = []
    bus = MessageBus()
    bus.subscribe(said.append)

    async def broken() -> None:
        raise RuntimeError("a bug")

    async def fail_once() -> None:
        runner = TaskRunner(bus)
        what = words.translate("Session", "sending corrections")
        with contextlib.suppress(RuntimeError):
            await Op(broken, what=what).run(runner)

    class Run:  # the fields summary() reads of a WorQ import run
        outcome, kept, new, updated, changed, error = "running", 3, 0, 0, 0, None

    try:
        install_language("de", tmp_path)
        assert summary(Run()) == "Import läuft… bisher 3 Personen."  # type: ignore[arg-type]
        asyncio.run(fail_once())
        assert said[-1].text == (
            "Etwas ist schiefgegangen (Korrekturen senden). Der Fehler wurde protokolliert."
        )
    finally:
        install_language("en", tmp_path)
        words.install_translator(None)
    assert summary(Run()) == "Importing… 3 people so far."  # type: ignore[arg-type]


def test_a_second_number_in_a_sentence_is_written_as_the_language_writes_it(
    qapp: QApplication, tmp_path: Path
) -> None:
    from desktop import words

    try:
        install_language("de", tmp_path)
        assert words.number(12345) == "12.345"
    finally:
        install_language("en", tmp_path)
        words.install_translator(None)
    assert words.number(12345) == "12,345"
