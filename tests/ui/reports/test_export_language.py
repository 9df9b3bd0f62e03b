"""In German the Reports page speaks German, and the CSV it exports stays English: the
same headers, words and ISO dates in every language, in the order shown on screen."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop import words
from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.ui.i18n import install_language
from desktop.ui.reports.controller import ReportsController
from tests.helpers.exports import csv_about, csv_rows
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY

ENGLISH = ["Date", "Person", "Clock in", "Clock out", "Hours", "Late min", "Early min", "Status"]
GERMAN = ["Datum", "Person", "Kommen", "Gehen", "Stunden", "Verspät. Min.", "Früher Min.",
          "Status"]  # fmt: skip


def test_in_german_the_attendance_export_stays_english(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, reports: ReportsController,
    sandbox: SandboxServer, tmp_path: Path,
) -> None:  # fmt: skip
    page = reports.page

    async def scenario() -> None:
        api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY)
        reports.session.use_worktime(api)
        await until(lambda: page.report is not None, what="the first report")
        report = page.report
        assert report is not None
        try:
            install_language("de", tmp_path / "cache")
            page.show_report(report)  # the tables made again, in German
            page.table_tabs.setCurrentIndex(1)
            view = page.tables["attendance"]
            assert view.table.header() == GERMAN
            view.view.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # by status, German words
            shown = view.table
            assert page.heading.text().startswith("Diese Woche, ")
            path = tmp_path / "attendance.csv"
            task = reports.export("csv", path)
            assert task is not None
            await task
        finally:
            install_language("en", tmp_path / "cache")
            words.install_translator(None)
            await reports.stop()
            await reports.session.stop()
            await api.aclose()
        body = csv_rows(path)
        assert body[0] == ENGLISH
        english_status = {"Absent", "Not in yet", "Present", "No clock-out"}
        assert {row[7] for row in body[1:-1]} <= english_status
        assert body[-1][0] == "Total"
        assert [row[1] for row in body[1:-1]] == [line.cells[1] for line in shown.body()]
        assert all(row[0][:4].isdigit() for row in body[1:-1])  # ISO dates
        about = csv_about(path)
        assert about["Table"] == "Attendance"
        assert about["Period"].startswith("This week, ")

    qloop.run_until_complete(scenario())
