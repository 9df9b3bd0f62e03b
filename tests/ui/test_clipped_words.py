"""Words are never cut at 1280×800: the Attendance department box holds "All
departments" whole (it showed "All departm"), and a table's last column title stays
readable when the table is wider than its pane (the Outbox's "Why" was cut at the edge)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until

STACK_WIDTH = 1040  # what the console's 1280 px window leaves a page, beside the page list


def ink_columns(header: QHeaderView) -> list[int]:
    image = header.grab().toImage()
    return [
        x
        for x in range(image.width())
        for y in range(3, image.height() - 3)
        if image.pixelColor(x, y).lightness() < 110
    ]


def test_boxes_and_titles_show_their_words_whole(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        attendance = pages.attendance.page
        attendance.resize(STACK_WIDTH, 760)
        box = attendance.department
        await until(lambda: box.count() > 1, what="the departments")
        await asyncio.sleep(0.05)  # a layout pass
        words = box.fontMetrics().horizontalAdvance("All departments")
        assert box.currentText() == "All departments"
        assert box.width() >= words + 30, "the department box cuts its words"

        outbox = pages.outbox.page
        qtbot.addWidget(outbox)
        outbox.resize(STACK_WIDTH, 760)
        outbox.show()
        await until(lambda: outbox.view.horizontalHeader().width() > STACK_WIDTH // 2,
                    what="the outbox laid out")  # fmt: skip
        header = outbox.view.horizontalHeader()
        last = header.count() - 1
        start_x = header.sectionViewportPosition(last)
        assert start_x < header.width()  # the Why column begins in view
        title = [x for x in ink_columns(header) if x > start_x + 2]
        assert title, "the Why column's title is not in view"
        assert max(title) < header.width() - 4, "the Why column's title is cut at the edge"
        await stop(pages)

    qloop.run_until_complete(scenario())
