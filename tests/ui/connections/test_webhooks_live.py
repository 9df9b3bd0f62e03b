"""Webhooks as a manager meets them: Connections shows the address to paste and the events
to tick, "Send a test event" says it arrived, the status bar says the board is live, and
a clock-in made in WorkTime One shows on Today with no poll at all."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api import WorkTimeClient
from desktop.demo import sandbox_profile
from desktop.paths import AppPaths
from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
from desktop.sandbox.credentials import WEBHOOK_SECRET
from desktop.services.connections import Keys
from tests.helpers.clock import TEST_NOW
from tests.helpers.console import Harness
from tests.helpers.receiving import body, deliver
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY


def test_the_board_follows_webhooks_and_connections_says_how_they_go(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console, window = harness.console, harness.console.window
    window.resize(1280, 800)
    board, box = console.today.page, console.overview.webhooks

    async def scenario() -> None:
        harness.sign_in(qtbot)
        keys = Keys(worktime_key("full", "enterprise"), WORKTAPS_KEY, None, WEBHOOK_SECRET)
        console.connect(sandbox_profile(sandbox, "Office", webhooks=True), keys)
        await until(lambda: board.people.rowCount() > 50, within=30, what="the board")
        receiver = console.session.receiver
        assert receiver is not None
        assert receiver.url is not None
        workday = console.session.workday
        assert workday is not None
        await until(lambda: workday.loop.last_refresh is not None, within=30, what="a refresh")
        workday.loop.stop()  # from here on, only webhooks bring news
        window.show_page(window.pages.indexOf(console.overview))
        console.show_webhooks()
        assert box.url.text() == receiver.url
        assert "attendance.clock_in" in box.events.text()
        qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: box.test_result.text().startswith("The test event arrived"),
                    what="the test event")  # fmt: skip
        console.show_webhooks()
        assert window.status.webhooks.text() == "Live (webhooks)"
        console.today.show_freshness()
        assert board.freshness.text().startswith("Live: arrivals show as they happen · Reconciled ")
        assert "test event received" in box.health.text()
        # Someone not in yet clocks in at WorkTime One: Today shows it, no poll.
        window.show_page(window.pages.indexOf(board))
        waiting = [board.people.row(i) for i in range(board.people.rowCount())
                   if board.people.row(i).status == "not_arrived"]  # fmt: skip
        assert waiting, "everyone is in already"
        person = waiting[0]
        picked = next(i for i in range(board.people.rowCount())
                      if board.people.row(i).employee_id != person.employee_id)  # fmt: skip
        board.people_view.selectRow(picked)
        chosen = board.selected_employee()
        day = console.today.open_person(person.employee_id)  # open while it happens
        assert day.clock_in.text() == "—"
        async with WorkTimeClient(sandbox.url("worktime"), FULL_KEY) as api:
            await api.clock(person.employee_id, "clock_in", TEST_NOW - timedelta(minutes=2))

        def shown() -> str:
            rows = [board.people.row(i) for i in range(board.people.rowCount())]
            return next(p.status for p in rows if p.employee_id == person.employee_id)

        await until(lambda: shown() == "in", within=5, what="the clock-in on Today")
        assert board.selected_employee() == chosen  # the row picked stays picked
        await until(lambda: day.clock_in.text() == "09:58", what="the person's day following")
        day.reject()
        # A door opened, told by webhook: the Locks page has it in the lock's history.
        locks = console.locks.page
        window.show_page(window.pages.indexOf(locks))
        lock = locks.selected_lock()
        assert lock is not None
        opened = body("lock.opened", TEST_NOW, lock_id=lock.id, employee_id=person.employee_id,
                      employee_name=person.name, timestamp="2026-11-18T14:59:30Z",
                      method="card")  # fmt: skip
        assert (await deliver(receiver.url, opened)).status_code == 200

        def newest() -> str | None:
            rows = locks.events_model.rows()
            return rows[0].employee_id if rows else None

        await until(lambda: newest() == person.employee_id, what="the opening on Locks")
        assert workday.loop.last_refresh is not None
        await harness.close()

    qloop.run_until_complete(scenario())
