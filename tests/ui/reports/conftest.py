"""The Reports page on a session of its own, and a raw HTTP client of the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from desktop.messages import MessageBus
from desktop.sandbox import SandboxServer
from desktop.services.session import Session
from desktop.store import Database
from desktop.tasks import TaskRunner
from desktop.ui.reports.controller import ReportsController
from desktop.ui.session_signals import SessionSignals
from tests.helpers.reports import MANAGER, PIN, reveal_pay
from tests.helpers.worktime_sandbox import client


@pytest.fixture
def reports(tmp_path: Path, sandbox: SandboxServer, qtbot: QtBot) -> Iterator[ReportsController]:
    db = Database(tmp_path / "cache.sqlite3")
    session = Session(db, TaskRunner(MessageBus()), now=sandbox.state.clock.now)
    session.set_zone("America/New_York")
    session.sign_in(MANAGER)
    composer = ReportsController(session, SessionSignals(session), session.runner)
    composer.check_pin = lambda manager, pin: None if pin == PIN else "That PIN is not right."
    qtbot.addWidget(composer.page)
    composer.page.resize(1280, 800)
    composer.page.show()
    reveal_pay(qtbot, composer.page)  # these tests read pay; test_pay_hidden hides it again
    yield composer
    db.close()


@pytest.fixture
def raw(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with client(sandbox) as http:
        yield http
