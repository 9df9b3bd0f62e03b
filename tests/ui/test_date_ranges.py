"""Dates as a manager picks them on Locks and Attendance: the same presets as Reports, a
date typed into the box, and a From after To refused on the field (the table keeps what
it showed). A whole date typed or pasted, ISO or the locale's, is taken too."""

from __future__ import annotations

import asyncio
from datetime import date

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.ui.widgets.date_range import BACKWARDS, DateRange
from tests.helpers.dates import paste_whole_date, type_date, type_whole_date
from tests.helpers.store_pages import TODAY, StorePages, start, stop
from tests.helpers.waiting import until

PRESETS = ["Today", "Yesterday", "This week", "Last week", "This month", "Last month",
           "Custom range"]  # fmt: skip


def presets(dates: DateRange) -> list[str]:
    return [dates.period.itemText(i) for i in range(dates.period.count())]


def test_locks_and_attendance_offer_the_reports_presets(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        for dates in (pages.locks.page.dates, pages.attendance.page.dates):
            assert presets(dates) == PRESETS
            dates.choose("yesterday")
            assert dates.range() == (date(2026, 11, 17), date(2026, 11, 17))
            dates.choose("last_week")
            assert dates.range() == (date(2026, 11, 9), date(2026, 11, 15))
            dates.choose("this_month")
            assert dates.range() == (date(2026, 11, 1), TODAY)
        attendance = pages.attendance.page
        assert attendance.period() == (date(2026, 11, 1), TODAY)
        assert {r.day for r in attendance.all_rows} >= {date(2026, 11, 2), TODAY}
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_a_typed_date_is_taken_and_from_after_to_is_refused_on_the_field(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        page = pages.attendance.page
        dates = page.dates
        dates.choose("this_week")
        type_date(qtbot, dates.date_from, date(2026, 11, 12))
        assert dates.range() == (date(2026, 11, 12), TODAY)
        assert dates.period.currentText() == "Custom range"
        assert min(r.day for r in page.all_rows) == date(2026, 11, 12)
        shown = list(page.all_rows)
        type_date(qtbot, dates.date_from, date(2026, 11, 20))
        assert dates.error.isVisibleTo(page)
        assert dates.error.text() == BACKWARDS
        assert page.all_rows == shown  # the table keeps the last range that made sense
        type_date(qtbot, dates.date_from, date(2026, 11, 16))
        assert not dates.error.isVisibleTo(page)
        assert min(r.day for r in page.all_rows) == date(2026, 11, 16)
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_a_whole_date_typed_or_pasted_in_the_locales_form_sets_the_range(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    before = QLocale()

    async def scenario() -> None:
        await start(pages, sandbox)
        page = pages.attendance.page
        qtbot.addWidget(page)
        page.show()
        page.activateWindow()
        dates = page.dates
        dates.choose("this_week")
        dates.date_from.setFocus()
        await until(dates.date_from.hasFocus, what="the focus in From")
        type_whole_date(qtbot, dates.date_from, "2026-11-12")
        assert dates.range() == (date(2026, 11, 12), TODAY)
        assert min(r.day for r in page.all_rows) == date(2026, 11, 12)
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        paste_whole_date(qtbot, dates.date_from, "10.11.2026")
        assert dates.date_from.text() == "2026-11-10"
        assert min(r.day for r in page.all_rows) == date(2026, 11, 10)
        type_whole_date(qtbot, dates.date_from, "Dienstag")
        assert dates.range() == (date(2026, 11, 10), TODAY)
        await stop(pages)

    try:
        qloop.run_until_complete(scenario())
    finally:
        QLocale.setDefault(before)
