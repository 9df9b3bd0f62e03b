"""No keyring on the computer: the first manager's sign-in explains it, and Retry works."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import messages
from desktop.demo_managers import DEMO_MANAGER, DEMO_PIN
from desktop.log import redactor, teardown_logging
from desktop.paths import HOME_ENV, app_paths
from desktop.startup import Startup
from desktop.ui.console import Console
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.waiting import until


@pytest.fixture
def told(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A fresh FRONTDESK_HOME, no keyring at all, and what the console tells the manager."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    app_paths().ensure()
    keyring.set_keyring(fail.Keyring())
    texts: list[str] = []
    stop = messages.bus.subscribe(lambda message: texts.append(message.text))
    yield texts
    stop()
    teardown_logging()
    redactor.clear()


def session(
    qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
    steps: Callable[[Console], Coroutine[Any, Any, None]],
) -> None:
    """Start-up as ``frontdesk`` runs it; ``steps`` act once the window is up."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # as ``frontdesk`` sets it: run() ends the loop
    startup = Startup(argparse.Namespace(demo=False, self_test=False, debug=False), scratch)

    async def scenario() -> None:
        run = asyncio.ensure_future(startup.run())
        try:
            await until(lambda: welcome() is not None or run.done(), within=20, what="the window")
            assert not run.done()
            box = welcome()
            assert box is not None
            box.reject()  # "Later": the first-run offer answered as a person would
            assert startup.console is not None
            await steps(startup.console)
        finally:
            for widget in QApplication.topLevelWidgets():  # as a person ends the day:
                if widget.isVisible():  # the last window closed, run() returns
                    widget.close()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(run, 30)
            await startup.shutdown()

    try:
        qloop.run_until_complete(scenario())
    finally:
        app.setQuitOnLastWindowClosed(quits)


def welcome() -> QMessageBox | None:
    shown = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox)
        and widget.windowTitle() == "Welcome to Front Desk"
        and widget.isVisible()
    ]
    return shown[0] if shown else None


def create_first_manager(qtbot: QtBot, console: Console, name: str, pin: str) -> None:
    signin = console.signin
    assert signin.forms.currentIndex() == 1  # nobody yet: the first-manager form
    qtbot.keyClicks(signin.new_name, name)
    qtbot.keyClicks(signin.new_pin, pin)
    qtbot.keyClicks(signin.new_pin_again, pin)
    qtbot.mouseClick(signin.create_button, Qt.MouseButton.LeftButton)


def test_no_keyring_explains_itself_and_retry_works_once_there_is_one(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, told: list[str]
) -> None:
    async def steps(console: Console) -> None:
        create_first_manager(qtbot, console, "Ana Ruiz", "2468")
        signin = console.signin
        text = signin.message.text()
        assert signin.message.isVisible()
        assert "The keyring is the operating system's safe for passwords and keys" in text
        assert "no secure keyring was found on this computer" in text
        needs = {"linux": "GNOME Keyring", "win32": "Windows Credential", "darwin": "Keychain"}
        assert needs.get(sys.platform, "Secret Service") in text
        assert "press Retry" in text
        assert "Try the demo" in text
        assert signin.retry_button.isVisible()
        assert signin.demo_button.isVisible()
        assert console.window.locked
        assert not any("Something went wrong" in line for line in told)

        qtbot.mouseClick(signin.retry_button, Qt.MouseButton.LeftButton)  # still none
        assert console.window.locked
        assert "no secure keyring" in signin.message.text()

        keyring.set_keyring(MemoryKeyring())  # the person unlocked or installed one
        qtbot.mouseClick(signin.retry_button, Qt.MouseButton.LeftButton)
        await until(lambda: not console.window.locked, what="signed in")
        assert console.manager == "Ana Ruiz"
        assert not signin.retry_button.isVisible()
        assert signin.message.text() == ""

    session(qloop, tmp_path, steps)
    assert app_paths().config_dir.joinpath("managers.json").exists()
    assert not any("Something went wrong" in line for line in told)


def test_without_a_keyring_the_demo_lets_a_person_sign_in(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, told: list[str]
) -> None:
    async def steps(console: Console) -> None:
        create_first_manager(qtbot, console, "Ana Ruiz", "2468")
        signin = console.signin
        qtbot.mouseClick(signin.demo_button, Qt.MouseButton.LeftButton)
        assert signin.forms.currentIndex() == 0  # the demo's manager is there to sign in
        assert signin.hint.text() == f"Demo: sign in as {DEMO_MANAGER} with PIN {DEMO_PIN}."
        qtbot.keyClicks(signin.pin, DEMO_PIN)
        qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)
        await until(lambda: not console.window.locked, what="signed in to the demo")
        assert console.manager == DEMO_MANAGER
        assert console.window.windowTitle() == "Front Desk (demo)"
        await until(lambda: console.today.page.board is not None, within=30, what="the board")
        assert not any("Something went wrong" in line for line in told)

    session(qloop, tmp_path, steps)
