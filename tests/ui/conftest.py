"""UI test plumbing: a qasync loop per test, and an async wait helper.

pytest-qt does not drive a qasync loop, and ``qtbot.wait*`` inside a coroutine
on it hangs; so a test runs ``qloop.run_until_complete(scenario())`` and waits
inside with ``until(...)``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.log import redactor, teardown_logging
from desktop.messages import MessageBus
from desktop.paths import HOME_ENV, AppPaths, app_paths
from desktop.sandbox import SandboxServer
from desktop.services.session import Session
from desktop.store import Database
from desktop.tasks import TaskRunner
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.session_signals import SessionSignals
from tests.helpers.store_pages import StorePages

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


@pytest.fixture
def session(tmp_path: Path, sandbox: SandboxServer) -> Iterator[Session]:
    """A session over a fresh store on the sandbox's clock (not connected: a test connects
    what it needs with ``use_worktime`` and the like)."""
    db = Database(tmp_path / "cache.sqlite3")
    made = Session(db, TaskRunner(MessageBus()), now=sandbox.state.clock.now)
    made.sign_in("Ana Ruiz")  # a test that wants the console locked calls ``lock()``
    yield made
    db.close()


@pytest.fixture
def signals(session: Session, qapp: QApplication) -> Iterator[SessionSignals]:
    made = SessionSignals(session)
    yield made
    made.detach()


@pytest.fixture
def pages(
    session: Session,
    signals: SessionSignals,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
) -> Iterator[StorePages]:
    """The store-fed pages over a fresh store, shown (on the test's loop: the board is
    drawn by a worker-thread task)."""
    session.set_zone("America/New_York")
    made = StorePages.over(session, signals)
    for page in (made.today.page, made.locks.page, made.attendance.page):
        qtbot.addWidget(page)
        page.show()
    yield made
    made.today.stop()  # its ticker would read the closed database during a later test


@pytest.fixture
def taps(session: Session, signals: SessionSignals, qtbot: QtBot) -> AccountsController:
    """The WorkTaps pages (accounts, locations) on the session's store, shown, signed in."""
    made = AccountsController(session, signals, session.runner)
    for page in (made.page, made.places):
        qtbot.addWidget(page)
        page.show()
    return made


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    """The console's folders under the test's own ``FRONTDESK_HOME``; logging torn down after."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    yield app_paths().ensure()
    teardown_logging()
    redactor.clear()
