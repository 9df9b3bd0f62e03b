"""Today as a manager uses it: a search (Ctrl+F on every page), Enter opens the person's
day, every column in view at 1280×800, and a status never lands in the Department."""

from __future__ import annotations

import asyncio
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.demo import sandbox_profile
from desktop.paths import AppPaths
from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
from desktop.services.attendance.board import NOT_ACTIVE
from desktop.services.connections import Keys
from desktop.ui.today.person_day import PersonDayDialog
from tests.helpers.console import Harness
from tests.helpers.waiting import until


def test_search_find_and_fit(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    window = console.window
    window.resize(1280, 800)
    board = console.today.page

    async def scenario() -> None:
        harness.sign_in(qtbot)
        console.connect(sandbox_profile(sandbox, "Office"), Keys(worktime_key(), WORKTAPS_KEY))
        await until(lambda: board.board is not None and board.people.rowCount() > 50,
                    within=30, what="the board")  # fmt: skip
        window.show_page(window.pages.indexOf(board))
        await asyncio.sleep(0.1)
        # How fresh: a refresh seconds away says its second, not the minute just shown.
        workday = console.session.workday
        assert workday is not None
        await until(lambda: workday.loop.last_refresh is not None, within=30, what="a refresh")
        console.today.show_freshness()
        assert re.fullmatch(r"Updated \d\d:\d\d · next refresh at \d\d:\d\d:\d\d",
                            board.freshness.text()), board.freshness.text()  # fmt: skip
        # Every column of the board in view: no sideways scrolling at the default size.
        assert board.people_view.horizontalScrollBar().maximum() == 0
        # Ctrl+F finds the page's search; typing narrows the board; Enter opens the day.
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is board.search
        person = board.people.row(3)
        qtbot.keyClicks(board.search, person.name)
        names = {board.people.row(i).name for i in range(board.people.rowCount())}
        assert names == {person.name}
        qtbot.keyClick(board.search, Qt.Key.Key_Return)
        (day,) = [d for d in window.findChildren(PersonDayDialog) if d.isVisible()]
        assert person.name in day.windowTitle()
        day.reject()
        # On another page, Ctrl+F finds that page's search.
        locks = console.locks.page
        window.show_page(window.pages.indexOf(locks))
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is locks.search
        # A status never lands in the Department column.
        departments = {board.people.row(i).department for i in range(board.people.rowCount())}
        assert NOT_ACTIVE not in departments
        await harness.close()

    qloop.run_until_complete(scenario())
