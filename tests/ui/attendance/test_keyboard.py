"""Keyboard actions act on the selection: Ctrl+K and Enter correct the selected row (or
open the selected person's day), never the first person in the list; and a correction
that would leave the day as it is, is refused on its time."""

from __future__ import annotations

import asyncio
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.sandbox import SandboxServer
from desktop.ui.attendance.correction import CorrectionDialog
from desktop.ui.today.person_day import PersonDayDialog
from tests.helpers.console import Harness
from tests.helpers.store_pages import StorePages, start, stop

T = TypeVar("T")


def opened(parent: QWidget, kind: type[T]) -> list[T]:
    """The dialogs of ``kind`` a person sees, belonging to ``parent``'s window or not."""
    found = {*QApplication.topLevelWidgets(), *parent.findChildren(QWidget)}
    return [w for w in found if isinstance(w, kind) and w.isVisible()]


def test_enter_on_an_attendance_row_corrects_that_row(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox, scope="readwrite")
        page = pages.attendance.page
        page.problems_only.setChecked(True)
        rows = page.model.rows()
        assert len(rows) > 3
        page.view.setFocus()
        page.view.selectRow(3)
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        (dialog,) = opened(page, CorrectionDialog)
        assert [t.employee_id for t in dialog.targets] == [rows[3].employee_id]
        expected = (
            "Forgot to clock in"
            if dialog.kind.currentData() == "clock_in"
            else ("Forgot to clock out")
        )  # the reason follows the entry chosen for the problem
        assert dialog.reason.currentText() == expected
        dialog.kind.setCurrentIndex(dialog.kind.findData("clock_out"))
        assert dialog.reason.currentText() == "Forgot to clock out"
        assert rows[3].name in dialog.windowTitle() + " ".join(t.name for t in dialog.targets)
        dialog.reject()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_enter_on_a_person_on_the_board_opens_their_day(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        board = pages.today.page
        board.people_view.setFocus()
        board.people_view.selectRow(5)
        person = board.people.row(5)
        qtbot.keyClick(board.people_view, Qt.Key.Key_Return)
        (day,) = opened(board, PersonDayDialog)
        assert person.name in day.windowTitle()
        day.reject()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_with_nothing_selected_the_dialog_chooses_nobody(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox, scope="readwrite")
        dialog = pages.attendance.correct_selection()
        assert isinstance(dialog, CorrectionDialog)
        assert dialog.person.currentIndex() == -1
        assert dialog.person.currentText() == ""
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        assert dialog.errors["employee_id"].text() == "Choose a person."
        assert pages.session.outbox.entries() == []
        dialog.reject()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_a_correction_that_changes_nothing_is_refused_on_the_time(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox, scope="readwrite")
        page = pages.attendance.page
        done = [r for r in page.model.rows() if r.record and r.record.clock_out and not r.problem]
        row = done[0]
        assert row.record is not None
        clock_in, clock_out = row.record.clock_in, row.record.clock_out
        assert clock_in is not None
        assert clock_out is not None
        dialog = pages.attendance.correct_rows([row])
        assert dialog is not None
        dialog.kind.setCurrentIndex(dialog.kind.findData("clock_out"))
        earlier = clock_out.astimezone(pages.session.zone) - (clock_out - clock_in) / 2
        dialog.time.setTime(dialog.time.time().fromString(f"{earlier:%H:%M}", "HH:mm"))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        shown = dialog.errors["timestamp"]
        assert shown.isVisibleTo(dialog)
        assert shown.text().startswith("This changes nothing: the day keeps its clock-out at ")
        assert pages.session.outbox.entries() == []
        dialog.reject()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_ctrl_k_in_the_console_corrects_the_selected_row(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)  # the sandbox's week
    console = harness.console

    async def scenario() -> None:
        page = await harness.on_attendance(qtbot, sandbox)
        page.view.selectRow(7)
        chosen = page.model.row(7)
        qtbot.keyClick(console.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        (dialog,) = opened(console.window, CorrectionDialog)
        assert [t.employee_id for t in dialog.targets] == [chosen.employee_id]
        dialog.reject()
        await harness.close()

    qloop.run_until_complete(scenario())
