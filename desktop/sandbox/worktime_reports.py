"""WorkTime One's payroll and attendance reports, as JSON or as a real .xlsx workbook.

Both are computed from the attendance records (``worktime_days``). Payroll:
hourly rate = salary / 2080; up to 8.5 hours a day are regular, the rest
overtime at 1.5x; late and early minutes are deducted at the hourly rate.
A report is answered whole unless the caller passes ``page`` or ``limit``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from starlette.requests import Request
from starlette.responses import Response

from .data import Dataset
from .records import WtEmployee, iso
from .state import SandboxState
from .worktime_days import record_for, visible_keys, workday
from .worktime_http import days_between, invalid, ok, optional_page, required_range

REGULAR_DAY_HOURS = 8.5
YEARLY_HOURS = 2080
OVERTIME_RATE = 1.5
CURRENCY = "USD"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("json", "excel")

PAYROLL_COLUMNS = (
    "employee_id",
    "employee_name",
    "days_worked",
    "regular_hours",
    "overtime_hours",
    "late_minutes",
    "early_departure_minutes",
    "penalties",
    "base_pay",
    "overtime_pay",
    "gross_pay",
    "currency",
)
ATTENDANCE_COLUMNS = (
    "employee_id",
    "employee_name",
    "date",
    "clock_in",
    "clock_out",
    "work_hours",
    "late_minutes",
    "early_departure_minutes",
    "absent",
)


@dataclass(slots=True)
class _Totals:
    days_worked: int = 0
    regular: float = 0.0
    overtime: float = 0.0
    late: int = 0
    early: int = 0


def _format(request: Request) -> str:
    fmt = request.query_params.get("format", "json").strip().lower() or "json"
    if fmt not in FORMATS:
        raise invalid("The 'format' parameter must be json or excel", "format")
    return fmt


def _employees(data: Dataset, request: Request) -> list[WtEmployee]:
    """Not-deleted employees by id, or the one asked for (even if deleted)."""
    emp_id = request.query_params.get("employee_id", "").strip()
    if emp_id:
        emp = data.employees.get(emp_id)
        if emp is None:
            raise invalid(f"No employee with id '{emp_id}'", "employee_id")
        return [emp]
    return sorted((e for e in data.employees.values() if e.status != "deleted"), key=lambda e: e.id)


def payroll_row(emp: WtEmployee, totals: _Totals) -> dict[str, Any]:
    hourly = (emp.salary or 0.0) / YEARLY_HOURS
    regular = round(totals.regular, 2)
    overtime = round(totals.overtime, 2)
    base = round(regular * hourly, 2)
    overtime_pay = round(overtime * hourly * OVERTIME_RATE, 2)
    penalties = round((totals.late + totals.early) * hourly / 60, 2)
    return {
        "employee_id": emp.id,
        "employee_name": emp.name,
        "days_worked": totals.days_worked,
        "regular_hours": regular,
        "overtime_hours": overtime,
        "late_minutes": totals.late,
        "early_departure_minutes": totals.early,
        "penalties": penalties,
        "base_pay": base,
        "overtime_pay": overtime_pay,
        "gross_pay": round(base + overtime_pay - penalties, 2),
        "currency": CURRENCY,
    }


def payroll(
    data: Dataset, employees: list[WtEmployee], start: date, end: date, now: float
) -> list[dict[str, Any]]:
    totals = {e.id: _Totals() for e in employees}
    only = employees[0].id if len(employees) == 1 else None
    for keys in visible_keys(data, now, days_between(start, end), only):
        for emp_id in keys.ids:
            total = totals.get(emp_id)
            record = record_for(data, emp_id, keys.day, now) if total is not None else None
            if total is None or record is None:
                continue
            if record.clock_in is not None:
                total.days_worked += 1
            hours = record.work_hours
            total.regular += min(hours, REGULAR_DAY_HOURS)
            total.overtime += max(0.0, hours - REGULAR_DAY_HOURS)
            total.late += record.late_minutes
            total.early += record.early_departure_minutes
    return [payroll_row(e, totals[e.id]) for e in employees]


def _started(emp: WtEmployee, data: Dataset) -> date:
    if emp.start_date:
        return date.fromisoformat(emp.start_date)
    return data.local_date(emp.created_at)


def attendance_rows(
    data: Dataset, employees: list[WtEmployee], start: date, end: date, now: float
) -> list[dict[str, Any]]:
    today = data.local_date(now)
    started = {e.id: _started(e, data) for e in employees}
    rows: list[dict[str, Any]] = []
    for day in days_between(start, min(end, today)):
        if day.weekday() >= 5:
            continue
        day_over = day < today or now >= workday(data.zone, day)[1]
        for emp in employees:
            if started[emp.id] > day:
                continue
            record = record_for(data, emp.id, day, now)
            clock_in = record.clock_in if record else None
            rows.append(
                {
                    "employee_id": emp.id,
                    "employee_name": emp.name,
                    "date": day.isoformat(),
                    "clock_in": iso(clock_in),
                    "clock_out": iso(record.clock_out) if record else None,
                    "work_hours": record.work_hours if record else 0.0,
                    "late_minutes": record.late_minutes if record else 0,
                    "early_departure_minutes": record.early_departure_minutes if record else 0,
                    "absent": clock_in is None and day_over,
                }
            )
    return rows


def xlsx_response(
    title: str, columns: tuple[str, ...], rows: list[dict[str, Any]], filename: str
) -> Response:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row[c] for c in columns])
    buffer = io.BytesIO()
    book.save(buffer)
    return Response(
        buffer.getvalue(),
        media_type=XLSX_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _answer(
    request: Request,
    fmt: str,
    title: str,
    columns: tuple[str, ...],
    rows: list[dict[str, Any]],
    filename: str,
) -> Response:
    if fmt == "excel":
        return xlsx_response(title, columns, rows, filename)
    page = optional_page(request)
    if page is None:
        return ok(rows)
    return page.response(list(page.slice(rows)), len(rows))


async def _report(
    state: SandboxState,
    request: Request,
    title: str,
    columns: tuple[str, ...],
    build: Callable[..., list[dict[str, Any]]],
) -> Response:
    start, end = required_range(request)
    fmt = _format(request)
    now = state.now_ts()
    rows = build(state.data, _employees(state.data, request), start, end, now)
    filename = f"{title.lower()}_{start.isoformat()}_{end.isoformat()}.xlsx"
    return _answer(request, fmt, title, columns, rows, filename)


async def payroll_report(state: SandboxState, request: Request) -> Response:
    return await _report(state, request, "Payroll", PAYROLL_COLUMNS, payroll)


async def attendance_report(state: SandboxState, request: Request) -> Response:
    return await _report(state, request, "Attendance", ATTENDANCE_COLUMNS, attendance_rows)
