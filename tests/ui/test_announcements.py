"""A screen reader is told what happened without moving its focus: a correction saved and
then sent (politely, after what it is reading), and WorkTaps' refusal (at once)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.sandbox import SandboxServer
from desktop.ui.accounts.controller import AccountsController
from tests.helpers.announcements import Said, heard
from tests.helpers.console import Harness
from tests.helpers.taps_forms import connected, refuse_termination
from tests.helpers.waiting import until


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Said]]:
    yield from heard(monkeypatch)


def test_a_correction_saved_then_sent_is_announced_politely(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    paths: AppPaths,
    sandbox: SandboxServer,
    said: list[Said],
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    banner = console.window.banner

    async def scenario() -> None:
        page = await harness.on_attendance(qtbot, sandbox)
        row, dialog = harness.correct_a_forgotten_clock_out(qtbot, page)
        dialog.time.setTime(QTime(18, 0))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        words = f"Clock-out 18:00 for {row.name} on {row.day:%a %d %b}"
        await until(lambda: any(": sent " in s.text for s in said), within=30, what="sent")
        from_banner = [s for s in said if s.source is banner]
        assert [s.text for s in from_banner][:1] == [f"{words}: saved, sending now."]
        sent = next(s for s in from_banner if ": sent " in s.text)
        assert sent.text == banner.text.text()
        assert not any(s.urgent for s in from_banner)
        await harness.close()

    qloop.run_until_complete(scenario())


def test_a_refusal_by_worktaps_is_announced_at_once(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    taps: AccountsController,
    sandbox: SandboxServer,
    said: list[Said],
) -> None:
    refusal = "This person manages open jobs (Saturday inventory); they stay."

    async def scenario() -> None:
        async with connected(taps, sandbox):
            dialog = refuse_termination(taps, sandbox, qtbot, refusal)
            await until(lambda: dialog.error.isVisible(), what="the refusal")
            assert [(s.text, s.urgent, s.source) for s in said] == [
                (dialog.error.text(), True, dialog)
            ]

    qloop.run_until_complete(scenario())
