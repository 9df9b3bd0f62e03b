"""Every page reflects a change the moment the store has it: a queued correction shows on
its Attendance row and leaves the problem count, the requests left in the status bar move
after a write, and a lock's "Last event" is never older than its own history."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api import Lock, LockEvent
from desktop.paths import AppPaths
from desktop.sandbox import SandboxServer
from desktop.store import Database, EventFilter, LockCache
from tests.helpers.clock import TEST_NOW
from tests.helpers.console import Harness
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until

PROBLEMS = re.compile(r"([\d,]+) problems")


def problems_shown(pages: StorePages) -> int:
    found = PROBLEMS.search(pages.attendance.page.summary.text())
    assert found is not None, pages.attendance.page.summary.text()
    return int(found.group(1).replace(",", ""))


def test_a_queued_correction_shows_on_its_row_at_once(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox, scope="readwrite")
        # The send takes a moment: the row is seen queued first, then sent.
        sandbox.controls.fault("delay", service="worktime", path="/attendance/clock", delay=1.5,
                               count=1)  # fmt: skip
        page = pages.attendance.page
        page.problems_only.setChecked(True)
        before = problems_shown(pages)
        row = next(r for r in page.model.rows() if r.problem == "no_clock_out")
        dialog = pages.attendance.correct_rows([row])
        assert dialog is not None
        dialog.time.setTime(dialog.time.time().fromString("18:05", "HH:mm"))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        # No page change, no reload asked for: the count drops and the row says why (the
        # page re-reads once a burst of outbox moves settles, 150 ms).
        await until(lambda: problems_shown(pages) == before - 1, within=2, what="the count")
        assert problems_shown(pages) == before - 1
        page.problems_only.setChecked(False)
        (shown,) = [
            r for r in page.model.rows() if (r.employee_id, r.day) == (row.employee_id, row.day)
        ]
        index = page.model.index(page.model.rows().index(shown), len(page.model.columns) - 1)
        assert page.model.data(index) == "No clock-out: fixed by a correction (clock-out 18:05)"
        # Sent, and still shown as fixed until the next refresh brings the day itself.
        outbox = pages.session.outbox
        await until(lambda: outbox.entries()[0].state == "sent", what="sent")
        page.reload()
        assert problems_shown(pages) == before - 1
        # The day holds the clock it was sent, not waiting for the next poll: the row's
        # clocks and hours say so.
        titles = [c.title for c in page.model.columns]
        (sent,) = [
            r for r in page.model.rows() if (r.employee_id, r.day) == (row.employee_id, row.day)
        ]
        at = page.model.rows().index(sent)
        out = page.model.data(page.model.index(at, titles.index("Clock out")))
        hours = page.model.data(page.model.index(at, titles.index("Hours")))
        assert out == "18:05"
        assert float(hours) > 0
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_the_requests_left_move_after_a_write(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    label = console.window.status.services["worktime"]

    async def scenario() -> None:
        page = await harness.on_attendance(qtbot, sandbox, plan="free")
        workday = console.session.workday
        assert workday is not None
        await until(lambda: workday.loop.last_refresh is not None, within=60, what="a refresh")
        workday.loop.stop()  # from here on only the write spends requests
        await asyncio.sleep(0.2)
        shown = label.text()
        row = next(r for r in page.model.rows() if r.problem == "no_clock_out")
        dialog = console.attendance.correct_rows([row])
        assert dialog is not None
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        outbox = console.session.outbox
        await until(lambda: outbox.entries()[0].state == "sent", within=30, what="sent")
        assert label.text() != shown, f"still {shown!r} after the write"
        left = console.health.states["worktime"].rate_limit
        assert left is not None
        assert f"{left.remaining:,} left" in label.text()
        await harness.close()

    qloop.run_until_complete(scenario())


def test_a_locks_last_event_follows_its_history(tmp_path: Path) -> None:
    db = Database(tmp_path / "store.sqlite3")
    locks = LockCache(db)
    old = TEST_NOW - timedelta(days=2)
    locks.save_locks([Lock(id="lock_1", name="Front door", last_event_at=old)], TEST_NOW)
    newer = TEST_NOW - timedelta(minutes=5)
    event = LockEvent(id="ev_1", lock_id="lock_1", timestamp=newer, success=True, event="unlock")
    locks.save_events([event], TEST_NOW)
    (lock,) = locks.locks()
    assert lock.last_event_at == newer
    assert locks.events(EventFilter(lock_id="lock_1"), 0, 1)[0].timestamp == newer
    # An older page of history leaves the newer "last event" alone.
    older = LockEvent(id="ev_0", lock_id="lock_1", timestamp=old - timedelta(days=1))
    locks.save_events([older], TEST_NOW)
    assert locks.locks()[0].last_event_at == newer
    db.close()
