"""A leaver (WorQ says they left, WorkTime One still employs them) as a manager meets them:
flagged by name on Today and in Reports, and their door opening after leaving one Tab and
Enter away from the directory, on the Locks page with the event selected."""

from __future__ import annotations

import asyncio
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.demo import sandbox_profile
from desktop.paths import AppPaths
from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
from desktop.sandbox.credentials import WORQ_PARTNER_KEY
from desktop.services.connections import Keys
from desktop.services.leavers import REVOKE_WHERE
from desktop.ui.widgets.table_models import LazyTableModel
from tests.helpers.console import Harness
from tests.helpers.dates import type_date
from tests.helpers.waiting import until

FLAG = " ⚠ left"


def texts(model: LazyTableModel[object], column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_a_leaver_is_flagged_and_their_door_opening_is_a_keypress_away(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console, window = harness.console, harness.console.window
    window.resize(1280, 800)
    board = console.today.page

    async def scenario() -> None:
        harness.sign_in(qtbot)
        keys = Keys(worktime_key("full", "enterprise"), WORKTAPS_KEY, WORQ_PARTNER_KEY)
        console.connect(sandbox_profile(sandbox, "Office"), keys)
        await until(lambda: board.people.rowCount() > 50, within=30, what="the board")
        assert not [name for name in texts(board.people, 0) if FLAG in name]  # no WorQ yet
        # Console › Import from WorQ…, everyone.
        dialog = console.open_worq_import()
        qtbot.addWidget(dialog)
        type_date(qtbot, dialog.start_date, date(2000, 1, 1))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        await until(lambda: not dialog.running, within=30, what="the import")
        dialog.reject()
        # Today: the leavers still employed are flagged by name, the reason in the tooltip.
        await until(lambda: any(FLAG in name for name in texts(board.people, 0)),
                    within=30, what="a leaver flagged on Today")  # fmt: skip
        row = next(i for i, name in enumerate(texts(board.people, 0)) if FLAG in name)
        leaver = board.people.row(row)
        tip = str(board.people.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
        assert tip.startswith(f"WorQ says {leaver.name} left")
        assert REVOKE_WHERE in tip
        # The directory: the leaver who opened a door after leaving, and its link.
        directory = console.directory.page
        window.show_page(window.pages.indexOf(directory))
        await until(lambda: any("opening_doors" in p.kinds() for p in directory.people),
                    within=30, what="a leaver opening doors")  # fmt: skip
        person = next(p for p in directory.people if "opening_doors" in p.kinds())
        opening = next(x.opening for x in person.problems if x.opening)
        assert opening is not None
        assert directory.select(person)
        assert "Show it on the Locks page" in directory.details.text()
        window.activateWindow()  # back from the import dialog
        await until(lambda: QApplication.activeWindow() is window, what="the window active")
        directory.details.setFocus()
        qtbot.keyClick(directory.details, Qt.Key.Key_Tab)  # to the link
        qtbot.keyClick(directory.details, Qt.Key.Key_Return)
        locks = console.locks.page
        await until(lambda: window.pages.currentWidget() is locks, what="the Locks page")
        lock = locks.selected_lock()
        assert lock is not None
        assert lock.id == opening.lock_id
        shown = locks.locks_view.visualRect(locks.locks_view.currentIndex())
        assert locks.locks_view.viewport().rect().contains(shown), "the lock's row is hidden"
        assert locks.dates.date_from.date().toPython() == opening.at.date()
        assert locks.dates.date_to.date().toPython() == opening.at.date()
        chosen = locks.events_view.selectionModel().selectedRows()
        assert [locks.events_model.row(i.row()).id for i in chosen] == [opening.event_id]
        assert QApplication.focusWidget() is locks.events_view
        # Reports: the same leaver flagged on their lines.
        reports = console.reports.page
        window.show_page(window.pages.indexOf(reports))
        await until(lambda: reports.report is not None, within=30, what="the report")
        attendance = reports.tables["attendance"].table
        assert attendance is not None
        flagged = [line.cells[1] for line in attendance.lines if FLAG in str(line.cells[1])]
        assert flagged, "no leaver flagged in the attendance report"
        await harness.close()

    qloop.run_until_complete(scenario())
