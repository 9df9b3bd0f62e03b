"""Paint first, then load: the first frame is the lock screen with the last board kept
behind it, painted before the network stack or any page is imported; the rest loads
while the window answers, and what a manager did meanwhile is kept."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.paths import HOME_ENV, app_paths
from desktop.sandbox import SandboxServer
from desktop.secrets import SecretStore
from desktop.services.attendance.snapshot import board_of
from desktop.services.managers import ManagerDirectory, pepper_from
from desktop.startup import Startup
from desktop.store import board_snapshot
from desktop.ui.first_frame import show_first_frame
from desktop.ui.ready import LOADED_LINE, READY_LINE
from desktop.ui.today.controller import TodayController
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until

ROOT = Path(__file__).resolve().parents[2]
# None of these may be loaded when the first frame paints (the list, and the
# modules of our own that pull them in).
NOT_BEFORE_THE_FIRST_FRAME = (
    "httpx",
    "pydantic",
    "qasync",
    "asyncio",
    "keyring",
    "desktop.log",
    "openpyxl",
    "PySide6.QtCharts",
    "desktop.api.models",
    "desktop.api._http",
    "desktop.config",
    "desktop.services.session",
    "desktop.startup",
    "desktop.ui.console",
    "desktop.ui.today.page",
    "desktop.ui.locks.page",
    "desktop.ui.reports.page",
    "desktop.ui.directory.page",
    "desktop.sandbox",
)


def _args(demo: bool = False) -> argparse.Namespace:
    return argparse.Namespace(demo=demo, self_test=False, debug=False, team=None)


def test_the_board_drawn_is_kept_and_the_next_start_paints_before_importing_the_rest(
    qloop: asyncio.AbstractEventLoop,
    pages: StorePages,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"  # the ``session`` fixture's store

    async def draw_and_keep() -> None:
        await start(pages, sandbox)
        drawn = pages.today.page.board
        assert drawn is not None
        await until(lambda: board_snapshot.load(path) is not None, what="the board kept")
        await stop(pages)  # the session's stop keeps the last board drawn, too

    qloop.run_until_complete(draw_and_keep())
    kept = board_snapshot.load(path)
    assert kept is not None
    shown = pages.today.page.board
    assert shown is not None
    people = len(shown.people)
    assert people > 100  # the sandbox's organization, nearly all employed
    assert board_of(kept).people == shown.people  # every field, as drawn
    assert kept.day == shown.day.isoformat()

    # The next start's Today page shows it at once, before any draw of its own ...
    session, signals = pages.session, pages.today.signals
    today = TodayController(session, signals, pages.runner, pages.attendance, first=board_of(kept))
    assert today.page.board is not None
    assert today.page.board.people == shown.people
    assert today.page.people.rowCount() == people
    today.stop()
    # ... but not a board of another day: that page waits for its first draw.
    yesterday = replace(board_of(kept), day=shown.day - timedelta(days=1))
    later = TodayController(session, signals, pages.runner, pages.attendance, first=yesterday)
    assert later.page.board is None
    qloop.run_until_complete(until(lambda: later.page.board is not None, what="its draw"))
    later.stop()

    # A real start on that store: the first frame paints with the board read, before
    # the network stack, pydantic, qasync or any page is imported; then the rest loads.
    home = tmp_path / "home"
    env = os.environ | {"FRONTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    os.environ[HOME_ENV] = str(home)
    try:
        paths = app_paths().ensure()
    finally:
        del os.environ[HOME_ENV]
    ManagerDirectory(paths.config_dir / "managers.json", lambda: b"pepper").create("Ana", "2468")
    with sqlite3.connect(path) as source, sqlite3.connect(paths.database_file) as copy:
        source.backup(copy)
    modules = tmp_path / "modules.txt"
    env |= {"FRONTDESK_QUIT_WHEN_READY": "1", "FRONTDESK_READY_MODULES": str(modules)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    ready, loaded = result.stdout.splitlines()[:2]
    assert ready.startswith(READY_LINE), ready
    assert ready.endswith(f"board_people={people}"), ready
    assert loaded.startswith(LOADED_LINE), loaded
    assert "stall_ms=" in loaded, loaded
    imported = set(modules.read_text(encoding="utf-8").split())
    assert "desktop.ui.signin" in imported
    assert "desktop.store.board_snapshot" in imported
    early = sorted(
        name
        for name in imported
        if any(
            name == heavy or name.startswith(f"{heavy}.") for heavy in NOT_BEFORE_THE_FIRST_FRAME
        )
    )
    assert early == []


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    app_paths().ensure()
    return tmp_path / "scratch"


def _close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def _run(qloop: asyncio.AbstractEventLoop, startup: Startup, steps: object) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # as ``frontdesk`` sets it

    async def scenario() -> None:
        run = asyncio.ensure_future(startup.run())
        try:
            await steps(run)  # type: ignore[operator]
        finally:
            _close_all()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(run, 30)
            await startup.shutdown()
            _close_all()  # what start-up showed after the window closed: never the next test's

    try:
        qloop.run_until_complete(scenario())
    finally:
        app.setQuitOnLastWindowClosed(quits)


def test_a_manager_who_signs_in_on_the_first_frame_is_signed_in_once_the_console_is_built(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, home: Path
) -> None:
    home.mkdir()
    paths = app_paths()
    secrets = SecretStore()  # the test's keyring, in memory
    managers = paths.config_dir / "managers.json"
    ManagerDirectory(managers, lambda: pepper_from(secrets)).create("Ana", "2468")
    frame = show_first_frame(_args(), paths, home, {})
    assert frame.window is not None
    assert frame.signin is not None
    assert frame.window.locked
    qtbot.waitExposed(frame.window)
    assert frame.window.focusWidget() is frame.signin.pin  # the PIN is typed at once
    qtbot.keyClicks(frame.signin.pin, "2468")  # typed while the rest loads
    qtbot.mouseClick(frame.signin.sign_in_button, Qt.MouseButton.LeftButton)
    assert frame.signed_in == "Ana"
    assert frame.signin.hint.text() == "Signed in as Ana. Opening the console…"
    startup = Startup(_args(), home, frame)

    async def steps(run: asyncio.Future[int]) -> None:
        await until(lambda: startup.console is not None or run.done(), what="the console")
        console = startup.console
        assert console is not None
        assert console.window is frame.window  # built around the first frame's window
        assert console.manager == "Ana"
        assert not console.window.locked
        assert console.window.pages.currentWidget() is console.today.page
        assert not console.signin.hint.isVisible()  # "Opening the console…" is gone
        await until(lambda: _welcome() is not None, what="the first-run offer")
        box = _welcome()
        assert box is not None
        box.reject()  # "Later", as a manager answers it: no connection set up here

    _run(qloop, startup, steps)


def _welcome() -> QMessageBox | None:
    return next(
        (
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox)
            and widget.windowTitle() == "Welcome to Front Desk"
            and widget.isVisible()
        ),
        None,
    )


def test_a_window_closed_before_the_console_is_built_ends_the_start(
    qloop: asyncio.AbstractEventLoop, home: Path
) -> None:
    home.mkdir()
    frame = show_first_frame(_args(demo=True), app_paths(), home, {})
    assert frame.window is not None
    frame.window.close()
    assert frame.closed
    startup = Startup(_args(demo=True), home, frame)

    async def steps(run: asyncio.Future[int]) -> None:
        assert await asyncio.wait_for(run, 30) == 0  # no window left waiting for nobody

    _run(qloop, startup, steps)


def test_try_the_demo_pressed_on_the_first_frame_is_done_once_the_console_is_built(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, home: Path
) -> None:
    home.mkdir()
    paths = app_paths()
    ManagerDirectory(paths.config_dir / "managers.json", lambda: b"pepper").create("Ana", "2468")
    keyring.set_keyring(fail.Keyring())  # no keyring on this computer: no PIN can be checked
    frame = show_first_frame(_args(), paths, home, {})
    assert frame.signin is not None
    qtbot.keyClicks(frame.signin.pin, "2468")
    qtbot.mouseClick(frame.signin.sign_in_button, Qt.MouseButton.LeftButton)
    assert "without the keyring" in frame.signin.message.text()
    assert frame.signin.demo_button.isVisibleTo(frame.signin)  # offered on the first frame
    qtbot.mouseClick(frame.signin.demo_button, Qt.MouseButton.LeftButton)
    startup = Startup(_args(), home, frame)

    async def steps(run: asyncio.Future[int]) -> None:
        await until(lambda: startup.console is not None or run.done(), what="the console")
        console = startup.console
        assert console is not None
        assert console.window.windowTitle() == "Front Desk (demo)"
        assert startup.demo is not None  # the demo's sandbox runs

    _run(qloop, startup, steps)
