"""The directory's "Show it on the Locks page" lands on a lock's row wholly in view,
even the last lock of a table taller than its pane (it was half hidden at the bottom)."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.store import EventFilter
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until


def test_the_shown_lock_row_is_in_view(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        page, session = pages.locks.page, pages.session
        await until(lambda: session.history_covered_from(None), within=30, what="the history")
        page.resize(1280, 800)
        page.locks_view.selectRow(0)
        view = page.locks_view
        last = max(
            row
            for row in range(page.locks_model.rowCount())
            if session.locks.events(EventFilter(lock_id=page.locks_model.row(row).id), 0, 1)
        )  # the lowest lock with a history
        lock = page.locks_model.row(last)
        assert not view.viewport().rect().contains(view.visualRect(page.locks_model.index(last, 0)))
        (event,) = session.locks.events(EventFilter(lock_id=lock.id), 0, 1)
        day = event.timestamp.astimezone(session.zone).date()
        assert page.show_event(lock.id, event.id, day)
        assert page.selected_lock() == lock
        shown = view.visualRect(view.currentIndex())
        assert view.viewport().rect().contains(shown), "the lock's row is hidden"
        await stop(pages)

    qloop.run_until_complete(scenario())
