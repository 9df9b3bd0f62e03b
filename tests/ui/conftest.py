"""UI test plumbing: a qasync loop per test, and an async wait helper.

pytest-qt does not drive a qasync loop, and ``qtbot.wait*`` inside a coroutine
on it hangs; so a test runs ``qloop.run_until_complete(scenario())`` and waits
inside with ``until(...)``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.log import redactor, teardown_logging
from desktop.messages import MessageBus
from desktop.paths import HOME_ENV, AppPaths, app_paths
from desktop.sandbox import SandboxServer
from desktop.services.status import ServiceHealth
from desktop.store import Database, SnapshotCache
from desktop.ui.account_pages import AccountPages
from desktop.ui.data_pages import DataPages
from desktop.ui.tasks import TaskRunner

# A closed qasync loop can still own Qt timers that have yet to fire; they kill
# themselves when they do, but only if the loop object is still alive then.
# Collecting it earlier crashed a later test inside Qt's timer dispatch.
_closed_loops: list[asyncio.AbstractEventLoop] = []


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
    _closed_loops.append(loop)
    asyncio.set_event_loop(None)


async def until(condition: Callable[[], object], within: float = 10.0, what: str = "") -> None:
    """Poll ``condition`` on the running loop until it holds; fail after ``within`` seconds."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.01)


@pytest.fixture
def pages(
    tmp_path: Path, sandbox: SandboxServer, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> Iterator[DataPages]:
    """The cache-fed pages over a fresh store (on the test's loop: the board is drawn by a
    worker-thread task)."""
    db = Database(tmp_path / "cache.sqlite3")
    data = DataPages(
        db, SnapshotCache(db), TaskRunner(MessageBus()), ServiceHealth(), sandbox.state.clock.now
    )
    data.set_zone("America/New_York")
    for page in (data.live, data.locks_page, data.attendance_page):
        qtbot.addWidget(page)
        page.show()
    yield data
    for timer in data.findChildren(QTimer):  # a test that never stopped the pages: their
        timer.stop()  # tickers would read the closed database during a later test
    db.close()


@pytest.fixture
def taps(tmp_path: Path, sandbox: SandboxServer, qtbot: QtBot) -> Iterator[AccountPages]:
    """The WorkTaps pages (accounts, locations) on a store of their own, shown, signed in."""
    db = Database(tmp_path / "cache.sqlite3")
    made = AccountPages(db, TaskRunner(MessageBus()), sandbox.state.clock.now)
    made.manager = lambda: "Ana Ruiz"
    for page in (made.page, made.places):
        qtbot.addWidget(page)
        page.show()
    yield made
    db.close()


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    """The console's folders under the test's own ``FRONTDESK_HOME``; logging torn down after."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    yield app_paths().ensure()
    teardown_logging()
    redactor.clear()
