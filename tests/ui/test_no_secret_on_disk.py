"""A whole console session with a canary key leaves it in no file Front Desk writes."""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.demo_managers import DEMO_PIN
from desktop.log import redactor, teardown_logging
from desktop.paths import HOME_ENV, app_paths
from desktop.services.connections import Keys
from desktop.startup import Startup
from desktop.ui.selftest import sign_in
from tests.helpers.waiting import until

CANARY = "canary-worktime-key-3f9b2c71"


def test_demo_session_with_a_canary_key_writes_it_nowhere(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    startup = Startup(argparse.Namespace(demo=True, self_test=False, debug=True), scratch)

    async def session() -> None:
        parts = startup._parts()
        assert startup.demo is not None
        # The demo's WorkTime One key swapped for a canary the sandbox refuses (401), so it
        # travels through requests, errors, the banner and the log.
        parts.keys = Keys(CANARY, parts.keys.worktaps, parts.keys.worq_partner)
        from desktop.ui.console import Console

        startup.console = console = Console(parts)
        qtbot.addWidget(console.window)
        console.window.show()
        console.connect(parts.profile, parts.keys)
        sign_in(console, DEMO_PIN)
        await until(console.window.banner.isVisible, within=30, what="the 401 banner")
        assert "WorkTime One" in console.window.banner.text.text()
        assert CANARY not in console.window.banner.text.text()
        logging.getLogger("desktop.test").error("the key was %s", CANARY)
        viewer = console.open_log()
        qtbot.mouseClick(console.window.banner.retry_button, Qt.MouseButton.LeftButton)
        await until(console.window.banner.isVisible, within=30, what="the banner again")
        assert CANARY not in viewer.text.toPlainText()
        await startup.shutdown()

    try:
        qloop.run_until_complete(session())
    finally:
        teardown_logging()
        redactor.clear()
    written = [
        path for folder in app_paths().all() for path in Path(folder).rglob("*") if path.is_file()
    ] + [path for path in scratch.rglob("*") if path.is_file()]
    assert any(path.name.startswith("frontdesk.log") for path in written)
    for path in written:
        assert CANARY.encode() not in path.read_bytes(), path
