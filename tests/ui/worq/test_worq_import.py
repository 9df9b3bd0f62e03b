"""The "Import from WorQ…" dialog against the sandbox, used the way a manager would."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.api import WorqClient
from desktop.messages import Message, MessageBus
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORQ_CUSTOMER_CODE, WORQ_PARTNER_KEY, WORQ_PARTNER_NAME
from desktop.services.session import Session
from desktop.store import Database
from desktop.tasks import TaskRunner
from desktop.ui.session_signals import SessionSignals
from desktop.ui.worq.controller import NOT_CONNECTED, WorqController
from desktop.ui.worq.import_dialog import WorqImportDialog
from tests.helpers.api import fast
from tests.helpers.dates import type_date
from tests.helpers.waiting import until

TODAY = date(2026, 11, 18)  # the sandbox fixture's frozen day
EVERYONE = 119  # people in the sandbox's WorQ (seed 1)


@dataclass
class Harness:
    pages: WorqController
    messages: list[Message] = field(default_factory=list)
    imports: list[int] = field(default_factory=list)


@pytest.fixture
def harness(tmp_path: Path, sandbox: SandboxServer, qtbot: QtBot) -> Iterator[Harness]:
    db = Database(tmp_path / "cache.sqlite3")
    bus = MessageBus()
    window = QWidget()  # the console's window: the dialog is not the last one open
    qtbot.addWidget(window)
    window.show()
    session = Session(db, TaskRunner(bus), now=sandbox.state.clock.now)
    session.set_zone("America/New_York")  # the organization's: its today is TODAY
    signals = SessionSignals(session)
    pages = WorqController(session, signals, session.runner, parent=window)
    made = Harness(pages)
    bus.subscribe(made.messages.append)
    signals.worq.connect(lambda: made.imports.append(pages.cache.count()))
    yield made
    signals.detach()
    db.close()


def worq(sandbox: SandboxServer, key: str = WORQ_PARTNER_KEY) -> WorqClient:
    return WorqClient(sandbox.url("worq"), WORQ_PARTNER_NAME, key, WORQ_CUSTOMER_CODE, **fast())


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, pages: WorqController) -> WorqImportDialog:
    dialog = pages.open_import()
    qtbot.addWidget(dialog)
    return dialog


def import_everyone(qtbot: QtBot, pages: WorqController) -> WorqImportDialog:
    """Open the dialog, ask for everyone since 2000 and press Import."""
    dialog = open_dialog(qtbot, pages)
    type_date(qtbot, dialog.start_date, date(2000, 1, 1))
    click(qtbot, dialog.import_button)
    return dialog


def test_an_import_shows_its_pages_and_what_it_brought(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, harness: Harness, sandbox: SandboxServer
) -> None:
    pages = harness.pages

    async def scenario() -> None:
        async with worq(sandbox) as client:
            pages.session.use_worq(client)
            dialog = open_dialog(qtbot, pages)
            assert dialog.chosen() == (date(2000, 1, 1), TODAY)  # no import yet: everyone
            assert dialog.last.text() == "No import from WorQ yet."
            type_date(qtbot, dialog.start_date, date(2000, 1, 1))
            assert dialog.chosen() == (date(2000, 1, 1), TODAY)
            texts: list[tuple[str, int, int]] = []
            bar = dialog.progress
            bar.valueChanged.connect(
                lambda value: texts.append((dialog.progress_label.text(), value, bar.maximum()))
            )
            click(qtbot, dialog.import_button)
            assert not dialog.import_button.isEnabled()
            assert dialog.cancel_button.text() == "Cancel import"
            await until(lambda: not dialog.running, what="the import to finish")
            assert ("Page 1 of 3 · 50 of 119 people", 50, EVERYONE) in texts
            assert ("Page 2 of 3 · 100 of 119 people", 100, EVERYONE) in texts
            assert bar.value() == bar.maximum()
            assert dialog.progress_label.text() == "Page 3 of 3 · 119 of 119 people"
            assert dialog.message.text() == (
                "Imported 119 people from WorQ: 119 new, 0 already known."
            )
            assert dialog.last.text().endswith("finished, 119 people kept.")
            run = pages.cache.last_run()
            assert run is not None
            when = run.started_at.astimezone(pages.session.zone)  # as every other time shown
            assert dialog.last.text().startswith(f"Last import {when:%Y-%m-%d %H:%M},")
            assert dialog.cancel_button.text() == "Close"
            assert harness.imports == [EVERYONE]
            click(qtbot, dialog.cancel_button)
            assert not dialog.isVisible()
            # The next import starts where this one ended, and counts updates, not new.
            again = open_dialog(qtbot, pages)
            assert again.chosen() == (TODAY, TODAY)
            type_date(qtbot, again.start_date, date(2000, 1, 1))
            click(qtbot, again.import_button)
            await until(lambda: not again.running, what="the second import")
            assert again.message.text().endswith("0 new, 119 already known.")

    qloop.run_until_complete(scenario())
    assert len(harness.pages.cache.all()) == EVERYONE


def test_cancel_mid_import_keeps_what_arrived_and_says_how_many(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, harness: Harness, sandbox: SandboxServer
) -> None:
    pages = harness.pages
    # WorQ answers slowly: a second before each page, time enough to press Cancel.
    sandbox.controls.fault("delay", service="worq", path="/get-employee-data", delay=1, count=3)

    async def scenario() -> None:
        async with worq(sandbox) as client:
            pages.session.use_worq(client)
            dialog = import_everyone(qtbot, pages)
            assert dialog.progress_label.text() == "Asking WorQ…"
            await until(lambda: dialog.progress.value() == 50, what="the first page")
            assert dialog.progress_label.text() == "Page 1 of 3 · 50 of 119 people"
            click(qtbot, dialog.cancel_button)
            await until(lambda: not dialog.running, what="the cancel")
            assert dialog.isVisible()
            assert dialog.message.text() == "Import cancelled, 50 kept: 50 new, 0 already known."
            assert dialog.import_button.isEnabled()
            assert harness.imports == [50]

    qloop.run_until_complete(scenario())
    sandbox.controls.clear_faults()
    run = harness.pages.cache.last_run()
    assert run is not None
    assert (run.outcome, run.kept) == ("cancelled", 50)
    assert harness.pages.cache.count() == 50


def test_closing_the_dialog_mid_import_cancels_it_and_the_console_is_told(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, harness: Harness, sandbox: SandboxServer
) -> None:
    pages = harness.pages
    sandbox.controls.fault("delay", service="worq", path="/get-employee-data", delay=1, count=3)

    async def scenario() -> None:
        async with worq(sandbox) as client:
            pages.session.use_worq(client)
            dialog = import_everyone(qtbot, pages)
            await until(lambda: dialog.progress.value() == 50, what="the first page")
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            await until(lambda: not dialog.isVisible(), what="the dialog to close")

    qloop.run_until_complete(scenario())
    sandbox.controls.clear_faults()
    assert [(m.level, m.text) for m in harness.messages] == [
        ("info", "Import cancelled, 50 kept: 50 new, 0 already known.")
    ]


def test_errors_are_shown_in_plain_words(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, harness: Harness, sandbox: SandboxServer
) -> None:
    pages = harness.pages

    async def scenario() -> None:
        dialog = open_dialog(qtbot, pages)
        click(qtbot, dialog.import_button)  # WorQ is not set up
        assert dialog.message.text() == NOT_CONNECTED
        type_date(qtbot, dialog.start_date, date(2026, 10, 2))
        type_date(qtbot, dialog.end_date, date(2026, 10, 1))  # before the first date
        click(qtbot, dialog.import_button)
        assert dialog.error.isVisible()
        assert dialog.error.text() == "The first date is after the last one."
        type_date(qtbot, dialog.end_date, TODAY)
        async with worq(sandbox, key="not-the-key") as client:
            pages.session.use_worq(client)
            click(qtbot, dialog.import_button)
            assert not dialog.error.isVisible()
            await until(lambda: not dialog.running, what="WorQ's refusal")
        assert dialog.message.text() == (
            "Import failed: WorQ did not accept the partner name and key. "
            "Check them under Console › Connections. Nothing was imported."
        )
        assert not dialog.progress.isVisible()
        assert dialog.last.text().endswith("failed, 0 people kept.")

    qloop.run_until_complete(scenario())
    assert harness.imports == []
    assert harness.messages == []


def test_stop_cancels_a_running_import_and_records_it(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, harness: Harness, sandbox: SandboxServer
) -> None:
    pages = harness.pages
    sandbox.controls.fault("delay", service="worq", path="/get-employee-data", delay=1, count=1)

    async def scenario() -> None:
        async with worq(sandbox) as client:
            pages.session.use_worq(client)
            dialog = open_dialog(qtbot, pages)
            click(qtbot, dialog.import_button)
            await until(lambda: pages.cache.last_run() is not None, what="the run to begin")
            await pages.stop()
            assert not pages.running
            assert not dialog.running
            assert dialog.message.text() == "Import cancelled: nothing was imported."

    qloop.run_until_complete(scenario())
    sandbox.controls.clear_faults()
    run = pages.cache.last_run()
    assert run is not None
    assert (run.outcome, run.kept) == ("cancelled", 0)
