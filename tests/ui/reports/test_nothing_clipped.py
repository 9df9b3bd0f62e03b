"""Reports never clip nor widen: each column is as wide as its total (the
attendance tab's hours showed "3,330…" at 1280×800)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.ui.reports.controller import ReportsController
from desktop.ui.reports.table_view import ReportTableView
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY


def cut_totals(table: ReportTableView) -> list[str]:
    """The totals Qt would draw with "…" (a cell loses about 8 px to its margins)."""
    cut = []
    for column in range(table.total_model.columnCount()):
        index = table.total_model.index(0, column)
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else table.footer.font())
        room = table.footer.columnWidth(column) - 8
        if metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) != text:
            cut.append(text)
    return cut


def test_every_total_shows_whole(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, reports: ReportsController,
    sandbox: SandboxServer,
) -> None:  # fmt: skip
    page = reports.page

    async def scenario() -> None:
        api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY)
        reports.session.use_worktime(api)
        await until(lambda: page.report is not None, what="the first report")
        page.period.setCurrentIndex(page.period.findData("last_month"))
        await until(lambda: page.report is not None and page.report.period.kind == "last_month",
                    within=30, what="last month")  # fmt: skip
        page.table_tabs.setCurrentIndex(1)  # Attendance
        for table in page.tables.values():
            assert cut_totals(table) == []
        await api.aclose()

    qloop.run_until_complete(scenario())


LONG = "Acme-payroll-2026-10-01-to-2026-10-31-" + "for-the-whole-organization-" * 6


def test_a_long_saved_name_does_not_widen_the_page(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, reports: ReportsController,
    sandbox: SandboxServer, tmp_path: Path,
) -> None:  # fmt: skip
    page = reports.page

    async def scenario() -> None:
        api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY)
        reports.session.use_worktime(api)
        await until(lambda: page.report is not None, what="the first report")
        assert page.width() == 1280
        task = reports.export("csv", tmp_path / f"{LONG}.csv")
        assert task is not None
        await task
        await until(lambda: page.status.text().startswith("Saved "), what="the saved line")
        assert page.width() == 1280
        assert LONG in page.status.toolTip()
        await api.aclose()

    qloop.run_until_complete(scenario())
