"""The coroutine runner and the responsiveness monitor on a real qasync loop."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from desktop.messages import Message, MessageBus
from desktop.tasks import Op, TaskRunner
from desktop.ui.responsiveness import ResponsivenessMonitor
from tests.helpers.waiting import until


def test_success_chain_and_progress(qloop: asyncio.AbstractEventLoop) -> None:
    runner = TaskRunner(MessageBus())
    shown: list[int] = []
    progress: list[str | None] = []
    runner.progress_hook = progress.append

    async def load() -> int:
        await asyncio.sleep(0.01)
        return 42

    async def scenario() -> None:
        task = Op(load).with_progress("Loading locks…").success(shown.append).run(runner)
        assert await task == 42

    qloop.run_until_complete(scenario())
    assert shown == [42]
    assert progress == ["Loading locks…", None]
    assert not runner.busy


def test_a_bug_is_logged_and_shown_never_swallowed(
    qloop: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    bus = MessageBus()
    told: list[Message] = []
    bus.subscribe(told.append)
    runner = TaskRunner(bus)

    async def broken() -> None:
        raise KeyError("boom")

    async def scenario() -> None:
        task = Op(broken, what="loading the locks").run(runner)
        await until(task.done)

    with caplog.at_level(logging.ERROR):
        qloop.run_until_complete(scenario())
    assert [m.text for m in told] == [
        "Something went wrong while loading the locks. It has been logged."
    ]
    assert told[0].retry is not None
    assert "KeyError" in caplog.text


def test_a_newer_task_with_the_same_key_cancels_the_older(
    qloop: asyncio.AbstractEventLoop,
) -> None:
    runner = TaskRunner(MessageBus())

    async def slow(value: str) -> str:
        await asyncio.sleep(0.2)
        return value

    async def scenario() -> tuple[bool, str]:
        first = Op(lambda: slow("old"), key="filter").run(runner)
        second = Op(lambda: slow("new"), key="filter").run(runner)
        result = await second
        await asyncio.sleep(0)
        return first.cancelled(), result

    assert qloop.run_until_complete(scenario()) == (True, "new")


def test_monitor_records_a_stall_of_the_qt_thread(qloop: asyncio.AbstractEventLoop) -> None:
    monitor = ResponsivenessMonitor()
    monitor.start()

    async def scenario() -> None:
        await asyncio.sleep(0.05)
        time.sleep(0.12)  # noqa: ASYNC251 - blocks the Qt thread as a slow slot would
        await asyncio.sleep(0.05)

    qloop.run_until_complete(scenario())
    monitor.stop()
    assert len(monitor.stalls) == 1
    assert monitor.stalls[0].ms > 50
    assert monitor.max_ms == monitor.stalls[0].ms
    assert monitor.percentile_ms(0.5) < 50
