"""The report's files: WorkTime One's own workbook as received, the table on screen as CSV
or Excel (through the shared ``export_table``), and a printable PDF with the charts.

Every file says what it holds: the CSV's header lines and the workbook's About sheet give
the period, the person, the table and the timezone; the PDF has them in a line under its
title. The server's workbook is written byte for byte, so its name carries the period.
The CSV and the workbook are records other programs read: English, whatever the window
speaks (``in_english``); the PDF is for people, in the window's language.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.services.export import export_table, exported_at
from desktop.services.reports.report import (
    Report,
    attendance_table,
    attendance_totals,
    daily_table,
    payroll_table,
    payroll_totals,
)
from desktop.services.reports.tables import Cell, Table
from desktop.ui.reports.charts import CHART_KEYS, chart_image, report_charts
from desktop.ui.widgets.pdf import table_html, write_pdf
from desktop.words import clock, day, decimal, in_english, number, translate

CHART_WIDTH = 490  # half the text width of a landscape A4 page (in the document's pixels)


def export_about(report: Report, table: Table, now: datetime) -> list[tuple[str, str]]:
    exported = exported_at(now, report.zone)
    return [*report.about(), ("Table", table.title), ("Exported", exported)]


async def export_shown(
    path: Path,
    shown: Table,
    build: Callable[[], Table],
    about: Callable[[Table], list[tuple[str, str]]],
    progress: Callable[[int], None] | None = None,
) -> int:
    """The table as shown (its order, its total line) to .csv or .xlsx, in English:
    ``build`` makes it again on the writing thread, ``about`` says what the file holds;
    rows written."""

    def write() -> int:
        with in_english():
            table = build().in_order_of(shown)
            cells = table.cells()

            def fetch(offset: int, limit: int) -> list[list[Cell]]:
                return cells[offset : offset + limit]

            return export_table(path, table.header(), fetch, about=about(table), progress=progress)

    return await asyncio.to_thread(write)


def chart_images(report: Report) -> dict[str, QImage]:
    """The four charts drawn afresh for paper (the Qt thread: charts are widgets' kin)."""
    return {
        key: chart_image(chart) for key, chart in report_charts(report.series(), paper=True).items()
    }


def _figures(report: Report) -> str:
    pay, days = payroll_totals(report.payroll), attendance_totals(report.attendance)
    currency = f"{pay.currency} " if pay.currency not in ("", "mixed") else ""
    hours = translate("ReportTiles", "{hours} h")
    figures = [
        (translate("ReportTiles", "Gross pay"), f"{currency}{decimal(pay.gross_pay, 2)}"),
        (translate("ReportTiles", "Hours worked"), hours.format(hours=decimal(days.work_hours, 1))),
        (translate("ReportTiles", "Overtime"), hours.format(hours=decimal(pay.overtime_hours, 1))),
        (translate("ReportTiles", "Late arrivals"), number(days.late_arrivals)),
        (translate("ReportTiles", "Absences"), number(days.absent)),
        (translate("ReportTiles", "Days worked"), number(pay.days_worked)),
    ]
    cells = "".join(
        f"<td align='center'><small>{html.escape(name)}</small><br><b>{html.escape(value)}</b></td>"
        for name, value in figures
    )
    return f"<table width='100%' cellpadding='6'><tr>{cells}</tr></table>"


def report_html(report: Report, exported_at: datetime, audit_head: str = "") -> str:
    """The printable report; the charts are referred to by their keys (``CHART_KEYS``).
    ``audit_head``: the audit log's head in short, printed for a paper trail."""
    local = exported_at.astimezone(report.zone)
    period = report.period
    person = translate("ReportPdf", "Everyone") if report.employee_id is None else report.person
    about = translate(
        "ReportPdf",
        "Period: {period} ({start} to {end}) · Person: {person} · Timezone: {zone}"
        " · Exported {day} {time}",
    ).format(
        period=period.describe(), start=day(period.start), end=day(period.end), person=person,
        zone=report.zone, day=day(local.date()), time=clock(local),
    )  # fmt: skip
    if audit_head:
        about += " · " + translate("ReportPdf", "Audit log: {head}").format(head=audit_head)
    images = [f"<img src='{key}' width='{CHART_WIDTH}'>" for key in CHART_KEYS]
    charts = (
        f"<table width='100%'><tr><td>{images[0]}</td><td>{images[1]}</td></tr>"
        f"<tr><td>{images[2]}</td><td>{images[3]}</td></tr></table>"
    )
    payroll = payroll_table(report.payroll, report.leavers)
    days = (
        attendance_table(report.attendance, report.zone, report.leavers)
        if report.employee_id
        else daily_table(report.attendance)
    )
    tables = "".join(
        f"<h3{style}>{html.escape(table.title)}</h3>{table_html(table.header(), table.texts())}"
        for table, style in ((payroll, " style='page-break-before: always'"), (days, ""))
    )
    heading = translate("ReportPdf", "Payroll and attendance")
    return (
        f"<h2>{html.escape(heading)}</h2>"
        f"<p>{html.escape(about)}</p>"
        f"{_figures(report)}{charts}{tables}"
    )


def write_report_pdf(
    path: Path,
    report: Report,
    images: Mapping[str, QImage],
    exported_at: datetime,
    audit_head: str = "",
) -> int:
    """Write the printable report; returns its page count."""
    title = translate("ReportPdf", "Payroll and attendance, {period}").format(
        period=report.period.describe()
    )
    body = report_html(report, exported_at, audit_head)
    return write_pdf(path, body, title=title, images=images, landscape=True)
