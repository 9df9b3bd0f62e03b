"""The Name stays in view when Today's board scrolls sideways (and Date and Person on
Attendance): the frozen columns are drawn at the left edge over the scrolled table, and
clicking, Enter and the arrow keys act on the table's rows as before."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.ui.today.person_day import PersonDayDialog
from desktop.ui.widgets.frozen_column import FrozenColumnTable
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until

WIDER = 700  # a person drags the Status column's edge this far: the board scrolls sideways


def colours(image: QImage, area: QRect) -> int:
    found = {
        image.pixel(x, y)
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
    }
    return len(found)


async def scrolled_right(view: FrozenColumnTable) -> None:
    bar = view.horizontalScrollBar()
    await until(lambda: bar.maximum() > 0, what="the table scrolling sideways")
    bar.setValue(bar.maximum())
    await asyncio.sleep(0.05)


def test_the_name_stays_in_view_when_today_scrolls_sideways(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        board = pages.today.page
        qtbot.addWidget(board)
        board.resize(1024, 700)
        board.show()
        board.activateWindow()
        view = board.people_view
        await until(lambda: board.people.rowCount() > 5, what="the board's people")
        view.horizontalHeader().resizeSection(2, view.columnWidth(2) + WIDER)
        await scrolled_right(view)
        row = 3
        person = board.people.row(row)
        name = view.model().index(row, 0)
        # The table's own Name cell has scrolled out at the left ...
        assert view.visualRect(name).right() < 0
        # ... and the frozen one is in view there, at the left edge, over the table.
        frozen = view.frozen
        assert frozen.isVisible()
        assert frozen.geometry().left() <= view.frameWidth()
        assert frozen.width() == view.columnWidth(0)
        cell = frozen.visualRect(name)
        assert frozen.viewport().rect().contains(cell)
        assert frozen.model().data(name) == person.name
        shown = QRect(frozen.viewport().mapTo(view, cell.topLeft()), cell.size())
        assert colours(view.grab().toImage(), shown) > 2  # the name's letters, drawn
        # A click on the frozen Name selects that row of the table; Enter opens the day.
        opened: list[str] = []
        board.person_opened.connect(opened.append)
        qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
        assert [i.row() for i in view.selectionModel().selectedRows()] == [row]
        assert board.selected_employee() == person.employee_id
        await until(view.hasFocus, what="the focus on the board")
        assert view.horizontalScrollBar().value() == view.horizontalScrollBar().maximum()
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert opened == [person.employee_id]
        for day in board.window().findChildren(PersonDayDialog):
            day.reject()
        # Down moves the selection in both; the frozen Name follows the table's rows.
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert board.selected_employee() == board.people.row(row + 1).employee_id
        assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_attendance_keeps_date_and_person_in_view(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        page = pages.attendance.page
        qtbot.addWidget(page)
        page.resize(700, 600)
        page.show()
        view = page.view
        assert isinstance(view, FrozenColumnTable)
        await until(lambda: page.model.rowCount() > 0, what="attendance rows")
        view.horizontalHeader().resizeSection(3, view.columnWidth(3) + WIDER)
        await scrolled_right(view)
        person = view.model().index(0, 1)
        assert view.visualRect(person).left() < view.columnWidth(0)  # the table's, moved away
        cell = view.frozen.visualRect(person)
        assert view.frozen.viewport().rect().contains(cell)
        assert view.frozen.width() == view.columnWidth(0) + view.columnWidth(1)
        assert cell.left() == view.columnWidth(0)
        point = view.frozen.viewport().mapTo(view, cell.center())
        assert view.childAt(point) is view.frozen.viewport()  # on top, where a person looks
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_left_arrow_brings_a_cell_out_from_under_the_frozen_column(qtbot: QtBot) -> None:
    model = ListTableModel(
        [Column(f"C{c}", lambda r, c=c: f"{r}-{c}", width=150) for c in range(8)]
    )
    model.set_rows([str(n) for n in range(30)])
    view = FrozenColumnTable()
    view.setModel(model)
    configure_table(view, [150] * 8)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(model.index(2, 7))
    qtbot.waitUntil(lambda: view.horizontalScrollBar().value() > 0)
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Left)
        current = view.currentIndex()
        assert view.visualRect(current).left() >= view.frozen.width()  # never hidden under it
    assert view.currentIndex().column() == 1
    model.set_rows([str(n) for n in range(5)])  # a new day's rows: still only the first
    assert [view.frozen.isColumnHidden(c) for c in range(8)] == [False] + [True] * 7
