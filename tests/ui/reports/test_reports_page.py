"""The Reports page against the sandbox, driven as a manager would: a period, a person, the
tables and their totals, the charts, and every export read back."""

from __future__ import annotations

import asyncio
import io
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.api import WorkTimeClient
from desktop.messages import Message
from desktop.sandbox import SandboxServer
from desktop.ui.reports.controller import ReportsController
from tests.helpers.exports import csv_about, csv_rows
from tests.helpers.reports import Recording, save
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY, data_of, walk

PAYROLL_FIELDS = ["employee_id", "employee_name", "days_worked", "regular_hours",
                  "overtime_hours", "late_minutes", "early_departure_minutes", "penalties",
                  "base_pay", "overtime_pay", "gross_pay", "currency"]  # fmt: skip


def shown(composer: ReportsController, key: str) -> list[list[str]]:
    """The table's rows as shown, then the total line pinned under them."""
    table = composer.page.tables[key]
    lines = table.model.rows() + table.total_model.rows()
    assert all(not line.total for line in table.model.rows())
    return [[c.text(line) for c in table.model.columns] for line in lines]


def bars(composer: ReportsController, key: str) -> tuple[list[str], list[float]]:
    chart = composer.page.charts.chart(key)
    series = chart.series()[0]
    values = series.barSets()[0]  # type: ignore[attr-defined]
    axis = next(a for a in chart.axes() if hasattr(a, "categories"))
    return list(axis.categories()), [values.at(i) for i in range(values.count())]


def test_a_manager_reads_and_exports_the_reports(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, reports: ReportsController,
    sandbox: SandboxServer, raw: httpx.Client, tmp_path: Path, qtmodeltester: ModelTester,
) -> None:  # fmt: skip
    page = reports.page
    messages: list[Message] = []
    reports.runner.bus.subscribe(messages.append)
    transport = Recording()

    async def scenario() -> None:
        api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY, transport=transport)
        reports.session.use_worktime(api)
        await until(lambda: page.report is not None, what="the first report")
        assert page.report is not None
        assert (page.report.period.kind, str(page.report.period.start)) == (
            "this_week",
            "2026-11-16",
        )
        assert page.heading.text().startswith("This week, 16 – 18 Nov 2026")

        # Last week, everyone: the totals are the sandbox's
        qtbot.keyClicks(page.period, "L")
        await until(
            lambda: page.report and page.report.period.kind == "last_week", what="last week"
        )
        check_everyone(reports, raw)
        for table in reports.page.tables.values():
            qtmodeltester.check(table.model)
            qtmodeltester.check(table.total_model)

        # One person, found by typing part of a name
        person = page.report.payroll[3]  # type: ignore[union-attr]
        name = person.employee_name or ""
        qtbot.keyClick(page.person.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(page.person.edit, name.lower()[1:])  # part of the name is enough
        popup = page.person.completer().popup()
        assert popup.isVisible()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        await until(lambda: page.report and page.report.employee_id == person.employee_id,
                    what="one person's report")  # fmt: skip
        check_one_person(reports, raw, person.employee_id, name)
        await check_exports(reports, api, transport, tmp_path, name)
        assert not [m for m in messages if m.level == "error"]
        await reports.stop()
        await reports.session.stop()
        await api.aclose()

    qloop.run_until_complete(scenario())
    assert not list(tmp_path.glob("*.part"))  # every file was written whole


def check_everyone(reports: ReportsController, raw: httpx.Client) -> None:
    params = {"start_date": "2026-11-09", "end_date": "2026-11-15"}
    payroll = data_of(raw.get("/reports/payroll", params=params))
    records = walk(raw, "/attendance", **params)
    rows = shown(reports, "payroll")
    assert len(rows) == len(payroll) + 1
    gross = sum((Decimal(str(r["gross_pay"])) for r in payroll), Decimal(0))
    assert rows[-1][0] == f"Total · {len(payroll)} people"
    assert rows[-1][-1] == f"{gross:,.2f}"
    assert reports.page.tiles.tiles["gross"].value.text() == f"USD {gross:,.2f}"
    hours: dict[str, float] = defaultdict(float)
    late: dict[str, int] = defaultdict(int)
    for record in records:
        hours[record["date"]] += record["work_hours"]
        late[record["date"]] += record["late_minutes"] > 0
    days = sorted(hours)
    labels, values = bars(reports, "hours")
    assert labels == ["Mon 09", "Tue 10", "Wed 11", "Thu 12", "Fri 13"]
    assert values == pytest.approx([hours[d] for d in days], abs=0.01)
    assert bars(reports, "late")[1] == [late[d] for d in days]
    attendance = shown(reports, "attendance")
    assert len(attendance) == len(data_of(raw.get("/reports/attendance", params=params))) + 1
    total_hours = sum(r["work_hours"] for r in records)
    assert attendance[-1][4] == f"{total_hours:,.2f}"
    overtime = sorted((r["overtime_hours"] for r in payroll if r["overtime_hours"]), reverse=True)
    assert bars(reports, "overtime")[1] == pytest.approx(list(reversed(overtime[:10])))
    view = reports.page.tables["payroll"].view
    view.sortByColumn(10, Qt.SortOrder.DescendingOrder)  # the manager sorts by gross pay
    top = max(payroll, key=lambda r: r["gross_pay"])
    assert shown(reports, "payroll")[0][0] == top["employee_name"]
    assert shown(reports, "payroll")[-1][0].startswith("Total")


def check_one_person(
    reports: ReportsController, raw: httpx.Client, employee_id: str, name: str
) -> None:
    params = {"start_date": "2026-11-09", "end_date": "2026-11-15", "employee_id": employee_id}
    records = walk(raw, "/attendance", **params)
    payroll = data_of(raw.get("/reports/payroll", params=params))[0]
    rows = shown(reports, "payroll")
    assert [r[0] for r in rows] == [name, "Total · 1 person"]
    assert rows[-1][-1] == f"{Decimal(str(payroll['gross_pay'])):,.2f}"
    attendance = shown(reports, "attendance")
    assert {r[1] for r in attendance[:-1]} == {name}
    assert attendance[-1][4] == f"{sum(r['work_hours'] for r in records):,.2f}"
    assert name in reports.page.heading.text()


async def check_exports(
    reports: ReportsController, api: WorkTimeClient, transport: Recording, tmp_path: Path, name: str
) -> None:
    page = reports.page
    report = page.report
    assert report is not None

    # CSV of the payroll table as shown
    csv_path = tmp_path / "payroll.csv"
    await save(reports, page.ask_export("csv"), csv_path)
    about = csv_about(csv_path)
    assert about["Period"] == "Last week, 9 – 15 Nov 2026"
    assert about["Person"] == f"{name} ({report.employee_id})"
    assert about["Timezone"] == "America/New_York"
    body = csv_rows(csv_path)
    assert body[0] == page.current_table().header()
    assert [row[0] for row in body[1:]] == [name, "Total · 1 person"]
    assert Decimal(body[-1][-1]) == report.payroll[0].gross_pay

    # Excel of the attendance table, with Ctrl+E
    page.table_tabs.setCurrentIndex(1)
    page.activateWindow()  # back to the page after the file dialog
    await until(lambda: QApplication.activeWindow() is page, what="the page to be active")
    QtBotKeys.ctrl(page, Qt.Key.Key_E)
    dialog = next(d for d in page.findChildren(QFileDialog) if d.isVisible())
    assert dialog.windowTitle() == "Export the table as shown (Excel)"
    xlsx_path = tmp_path / "attendance.xlsx"
    await save(reports, dialog, xlsx_path)
    book = openpyxl.load_workbook(xlsx_path, read_only=True)
    cells = [list(row) for row in book["Export"].iter_rows(values_only=True)]
    info = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    book.close()
    assert cells[0] == page.current_table().header()
    assert len(cells) == len(report.attendance) + 2
    assert cells[-1][4] == pytest.approx(sum(r.work_hours or 0 for r in report.attendance))
    assert info["Timezone"] == "America/New_York"
    assert info["From"] == "2026-11-09"
    assert info["Table"] == "Attendance"

    # The printable PDF
    pdf_path = tmp_path / "report.pdf"
    await save(reports, page.ask_export("pdf"), pdf_path)
    pdf = PdfReader(pdf_path)
    text = " ".join((p.extract_text() or "") for p in pdf.pages).replace("\t", " ")
    assert len(pdf.pages) >= 2
    assert "Timezone: America/New_York" in " ".join(text.split())
    assert "Period: Last week" in " ".join(text.split())
    assert name.split()[0] in text
    assert f"{report.payroll[0].gross_pay:,.2f}" in text

    # The server's own workbook, byte for byte
    server_path = tmp_path / "server.xlsx"
    await save(reports, page.ask_export("server"), server_path)
    received = [b for url, b in transport.bodies if "format=excel" in url]
    assert server_path.read_bytes() == received[-1]
    sheet = openpyxl.load_workbook(io.BytesIO(received[-1]), read_only=True).worksheets[0]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == PAYROLL_FIELDS
    assert [row[0] for row in table[1:]] == [report.employee_id]
    assert table[1][10] == pytest.approx(float(report.payroll[0].gross_pay or 0))


class QtBotKeys:
    @staticmethod
    def ctrl(widget: Any, key: Qt.Key) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_a_failure_is_a_message_and_f5_tries_again(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    reports: ReportsController,
    sandbox: SandboxServer,
) -> None:
    page = reports.page
    messages: list[Message] = []
    reports.runner.bus.subscribe(messages.append)

    async def scenario() -> None:
        sandbox.controls.fault("status", service="worktime", path="/reports", status=403, count=2)
        api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY)
        reports.session.use_worktime(api)
        await until(lambda: messages, what="the message")
        assert messages[0].level == "error"
        assert messages[0].text.startswith("Could not load the reports: ")
        assert "Traceback" not in messages[0].text
        assert page.report is None
        assert not page.export_pdf.isEnabled()
        await until(lambda: not page.progress.isVisible(), what="the progress to go")
        qtbot.keyClick(page, Qt.Key.Key_F5)
        await until(lambda: page.report is not None, what="the report after F5")
        assert page.export_pdf.isEnabled()
        await reports.stop()
        await reports.session.stop()
        await api.aclose()

    qloop.run_until_complete(scenario())


def test_a_custom_range(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    reports: ReportsController,
    sandbox: SandboxServer,
) -> None:
    page = reports.page

    async def scenario() -> None:
        api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY)
        reports.session.use_worktime(api)
        await until(lambda: page.report is not None, what="the first report")
        assert not page.date_from.isEnabled()
        qtbot.keyClicks(page.period, "C")  # Custom range
        assert page.date_from.isEnabled()
        page.date_from.setDate(QDate(2026, 11, 4))
        page.date_to.setDate(QDate(2026, 11, 6))
        await until(lambda: page.report and page.report.period.kind == "custom", what="custom")
        report = page.report
        assert report is not None
        assert (str(report.period.start), str(report.period.end)) == ("2026-11-04", "2026-11-06")
        assert page.heading.text().startswith("4 – 6 Nov 2026")
        assert {r.date.isoformat() for r in report.attendance} == {
            "2026-11-04",
            "2026-11-05",
            "2026-11-06",
        }
        assert bars(reports, "hours")[0] == ["Wed 04", "Thu 05", "Fri 06"]
        await reports.stop()
        await reports.session.stop()
        await api.aclose()

    qloop.run_until_complete(scenario())


def test_the_dates_follow_the_organization_timezone(reports: ReportsController) -> None:
    page = reports.page  # the console's clock: 15:00 UTC on Wednesday 18 November
    assert page.date_to.date() == QDate(2026, 11, 18)
    reports.session.set_zone("Pacific/Kiritimati")  # UTC+14: already Thursday
    assert page.date_from.date() == QDate(2026, 11, 16)
    assert page.date_to.date() == QDate(2026, 11, 19)
    period = page.current_period()
    assert str(period.end) == "2026-11-19"


def test_offline_the_page_says_so(
    qloop: asyncio.AbstractEventLoop, reports: ReportsController, tmp_path: Path
) -> None:
    messages: list[Message] = []
    reports.runner.bus.subscribe(messages.append)
    reports.session.use_worktime(None)
    reports.page.request_load()
    assert reports.export("server", tmp_path / "x.xlsx") is None
    assert reports.export("pdf", tmp_path / "x.pdf") is None
    assert [m.text for m in messages][:2] == [
        "Reports need a connection to WorkTime One.",
        "Reports need a connection to WorkTime One.",
    ]


def test_charts_say_when_there_is_nothing_to_draw(qapp: QApplication) -> None:
    from desktop.services.reports.series import ReportSeries
    from desktop.ui.reports.charts import chart_image, nice_step, report_charts

    charts = report_charts(ReportSeries([], [], [], []))
    assert charts["late_most"].title() == "Who is late most (minutes late in all) — nobody was late"
    assert charts["overtime"].title() == "Overtime by person (hours) — no overtime"
    assert charts["hours"].series()[0].barSets()[0].count() == 0  # type: ignore[attr-defined]
    assert not chart_image(charts["hours"], 200, 100, 1.0).isNull()
    assert [nice_step(p) for p in (0, 2, 6, 14, 1035, 12_000)] == [1, 1, 2, 5, 500, 5000]
