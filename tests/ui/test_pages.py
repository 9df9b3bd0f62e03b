"""The locks page and the live board against the sandbox, driven as a manager would."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from tests.helpers.exports import csv_about, csv_rows
from tests.helpers.store_pages import TODAY, StorePages, start, stop
from tests.helpers.waiting import until


def shown(page: object) -> list[list[str]]:
    model = page.events_model  # type: ignore[attr-defined]
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [[c.text(row) for c in model.columns] for row in model.rows()]


def test_history_fills_filters_and_exports_what_is_shown(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    page = pages.locks.page

    async def scenario() -> None:
        await start(pages, sandbox)
        client = pages.clients[0]
        await until(lambda: page.events_model.rowCount() > 0, what="history")
        assert page.selected_lock() is not None
        assert page.selected_lock().name == "Front door"  # type: ignore[union-attr]
        expected = [
            e async for e in client.iter_lock_history("lock_101", date(2026, 11, 12), TODAY)
        ]
        assert page.count.text() == f"{len(expected):,} events"
        rows = shown(page)
        assert len(rows) == len(expected)
        assert rows[0][1] == (expected[0].employee_name or "Unknown card or code")

        qtbot.mouseClick(page.denied_only, Qt.MouseButton.LeftButton)
        denied = [e for e in expected if not e.success]
        assert {r[3] for r in shown(page)} == {"Denied"}
        assert len(shown(page)) == len(denied) > 0

        qtbot.mouseClick(page.denied_only, Qt.MouseButton.LeftButton)
        person = next(e.employee_name for e in expected if e.employee_name)
        qtbot.keyClicks(page.search, person.split()[0])
        await until(lambda: page.filter.search == person.split()[0], what="the search")
        assert shown(page)
        assert all(person.split()[0].lower() in r[1].lower() for r in shown(page))
        page.search.clear()
        await until(lambda: page.filter.search == "", what="the cleared search")

        page.method.setCurrentIndex(page.method.findData("card"))
        cards = [e for e in expected if e.access_method == "card"]
        assert len(shown(page)) == len(cards)

        csv_path = tmp_path / "front-door.csv"
        dialog = page.ask_export("csv")
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(csv_path))
        dialog.accept()
        await until(csv_path.exists, what="the CSV file")
        about = csv_about(csv_path)
        assert about["Timezone"] == "America/New_York (every time in this file)"
        assert about["Filters"] == "method Card"
        body = csv_rows(csv_path)
        assert body[0] == [c.title for c in page.events_model.columns]
        assert body[1:] == shown(page)

        xlsx_path = tmp_path / "front-door.xlsx"
        await page.export_to(xlsx_path)
        book = openpyxl.load_workbook(xlsx_path)
        sheet = book["Export"]
        cells = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
        # The times are real Excel date-times (the About says whose clock), the rest as shown.
        assert all(isinstance(row[0], datetime) for row in cells[1:])
        as_text = [[f"{row[0]:%Y-%m-%d %H:%M:%S}", *row[1:]] for row in cells[1:]]
        assert as_text == shown(page)
        assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm:ss"
        assert sheet.freeze_panes == "A2"  # the header stays in view
        assert sheet.auto_filter.ref == f"A1:F{len(cards) + 1}"  # with a filter on it
        longest = max(len(str(row[1])) for row in cells)  # the Person column fits its names
        assert sheet.column_dimensions["B"].width >= longest
        assert ["Rows", len(cards)] in [list(r) for r in book["About"].iter_rows(values_only=True)]
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_board_changes_as_people_arrive(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    sandbox.controls.reset(seed=1, live=True, now="2026-11-18T12:30:00Z")  # 07:30 in New York
    sandbox.controls.time(frozen=True)
    live = pages.today.page

    async def scenario() -> None:
        await start(pages, sandbox)
        early = live.board.counts()  # type: ignore[union-attr]
        assert early["in"] < 10
        sandbox.controls.time(advance=3 * 3600)  # 10:30: most people are in
        qtbot.mouseClick(live.refresh_button, Qt.MouseButton.LeftButton)
        await until(lambda: live.board.counts()["in"] > early["in"] + 50, what="arrivals")  # type: ignore[union-attr]
        board = live.board
        assert board is not None
        assert board.counts()["late"] > 0
        client = pages.clients[0]
        today = [r async for r in client.iter_attendance(TODAY, TODAY)]
        in_now = {r.employee_id for r in today if r.clock_in and not r.clock_out}
        assert {p.employee_id for p in board.with_status("in")} == in_now
        assert live.filter_buttons["in"].text() == f"In now  {len(in_now)}"
        qtbot.mouseClick(live.filter_buttons["late"], Qt.MouseButton.LeftButton)
        assert live.people.rowCount() == board.counts()["late"]
        assert all(p.late_minutes > 0 for p in live.people.rows())
        assert live.feed.rowCount() > 0
        await until(lambda: "Updated 10:30" in live.freshness.text(), what="the freshness")
        dialog = pages.today.open_person(live.people.row(0).employee_id)
        assert dialog.events.rowCount() >= 1
        dialog.reject()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_attendance_page_lists_the_periods_problems(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    page = pages.attendance.page
    qtbot.addWidget(page)
    page.show()

    async def scenario() -> None:
        await start(pages, sandbox)
        await until(lambda: page.model.rowCount() > 100, what="the week's records")
        qtbot.mouseClick(page.problems_only, Qt.MouseButton.LeftButton)
        problems = page.model.rows()
        assert problems
        assert all(r.problem for r in problems)
        kinds = {r.problem for r in problems}
        assert {"no_clock_out", "absent"} <= kinds
        client = pages.clients[0]
        start_day, end_day = page.period()
        records = [r async for r in client.iter_attendance(start_day, end_day)]
        forgot = {(r.employee_id, r.date) for r in records if r.clock_out is None
                  and r.date < TODAY}  # fmt: skip
        shown_forgot = {(r.employee_id, r.day) for r in problems if r.problem == "no_clock_out"}
        assert shown_forgot == forgot
        page.lock.setCurrentIndex(page.lock.findData("lock_101"))
        through_front = page.model.rows()
        assert through_front
        assert all(r.record is not None and r.record.lock_id == "lock_101" for r in through_front)
        page.lock.setCurrentIndex(0)
        qtbot.keyClick(page, Qt.Key.Key_F8)
        assert page.view.currentIndex().row() == 0
        page.next_button.click()
        assert page.view.currentIndex().row() == 1
        await stop(pages)

    qloop.run_until_complete(scenario())
