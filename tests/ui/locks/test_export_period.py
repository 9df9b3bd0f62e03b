"""An export holds exactly what it claims: dates chosen before the history held fetch what
is missing (online), or the page and the file say plainly where the history starts."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.messages import Message
from desktop.sandbox import SandboxServer
from desktop.store import EventFilter
from tests.helpers.exports import csv_about
from tests.helpers.store_pages import TODAY, StorePages, start, stop
from tests.helpers.waiting import until

ASKED = TODAY - timedelta(days=12)  # the first load holds the last 7 days


def choose_from(pages: StorePages, day: date) -> None:
    pages.locks.page.date_from.setDate(QDate(day.year, day.month, day.day))


def test_dates_before_the_history_held_fetch_the_rest(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        page, session = pages.locks.page, pages.session
        page.locks_view.selectRow(0)
        lock = page.selected_lock()
        assert lock is not None
        await until(lambda: session.history_covered_from(lock.id), within=30, what="the history")
        held = session.history_covered_from(lock.id)
        assert held is not None
        assert held > ASKED
        choose_from(pages, ASKED)
        await until(lambda: session.history_covered_from(lock.id) == ASKED, within=30,
                    what="the older history")  # fmt: skip
        await until(lambda: not page.coverage.isVisible(), what="the coverage note to go")
        oldest = session.locks.events(
            EventFilter(lock_id=lock.id, sort="timestamp", descending=False), 0, 1
        )[0]
        assert oldest.timestamp.astimezone(session.zone).date() < held
        path = tmp_path / "history.csv"
        await pages.locks.page.export_to(path)
        about = csv_about(path)
        assert about["From"] == ASKED.isoformat()
        assert "Not in this file" not in about
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_offline_the_page_and_the_file_say_where_the_history_starts(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    told: list[Message] = []
    pages.runner.bus.subscribe(told.append)

    async def scenario() -> None:
        await start(pages, sandbox)
        page, session = pages.locks.page, pages.session
        await until(lambda: session.history_covered_from(None), within=30, what="the history")
        await stop(pages)  # offline from here: nothing more can be fetched
        page.locks_view.selectRow(0)
        lock = page.selected_lock()
        assert lock is not None
        held = session.history_covered_from(lock.id)
        assert held is not None
        choose_from(pages, ASKED)
        assert page.coverage.isVisible()
        assert page.coverage.text().startswith(f"The history held starts {held:%a %d %b}: ")
        assert "is not loaded" in page.coverage.text()
        path = tmp_path / "history.csv"
        await pages.locks.page.export_to(path)
        about = csv_about(path)
        assert about["From"] == held.isoformat()
        assert about["Asked from"] == ASKED.isoformat()
        assert about["Not in this file"].startswith(f"{ASKED} to {held - timedelta(days=1)}")
        assert told[-1].level == "warning"
        assert told[-1].text.startswith(f"history.csv starts on {held:%a %d %b}, not ")

    qloop.run_until_complete(scenario())
