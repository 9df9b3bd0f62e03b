"""Payroll and attendance reports: fetched for a period and optionally one person, totalled,
and turned into tables (screen, exports, PDF) and series (charts).

``fetch_report`` asks WorkTime One for both reports at once; everything else is
plain computation on what it answered, so it is tested without a network.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import TypeVar
from zoneinfo import ZoneInfo

from desktop.api import AttendanceReportRow, PayrollRow, WorkTimeClient
from desktop.services.leavers import Leaver
from desktop.services.reports.periods import Period
from desktop.services.reports.series import ReportSeries, series_of
from desktop.services.reports.tables import Cell, ColumnSpec, Line, Table
from desktop.words import clock, number, translate

A = TypeVar("A")
B = TypeVar("B")
EVERYONE = "Everyone"
NO_LEAVERS: Mapping[str, Leaver] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    employee_id: str | None
    person: str  # the person's name, or "Everyone"
    zone: ZoneInfo
    payroll: list[PayrollRow]
    attendance: list[AttendanceReportRow]
    fetched_at: datetime
    leavers: Mapping[str, Leaver] = field(default_factory=dict)  # flagged on their lines

    def about(self) -> list[tuple[str, str]]:
        """What an export holds: the period, the filters and the timezone."""
        return [
            ("Report", "Payroll and attendance (WorkTime One)"),
            ("Period", self.period.describe()),
            ("From", self.period.start.isoformat()),
            ("To", self.period.end.isoformat()),
            (
                "Person",
                self.person if self.employee_id is None else f"{self.person} ({self.employee_id})",
            ),
            ("Timezone", str(self.zone)),
            ("Fetched", self.fetched_at.astimezone(self.zone).isoformat(timespec="seconds")),
        ]

    def series(self) -> ReportSeries:
        return series_of(self.payroll, self.attendance)


async def _both(first: Awaitable[A], second: Awaitable[B]) -> tuple[A, B]:
    """Both at once; when one fails the other is cancelled and the failure is raised as is."""
    one, two = asyncio.ensure_future(first), asyncio.ensure_future(second)
    try:
        return await one, await two
    except BaseException:
        one.cancel()
        two.cancel()
        await asyncio.gather(one, two, return_exceptions=True)
        raise


async def fetch_report(
    client: WorkTimeClient,
    period: Period,
    zone: ZoneInfo,
    now: datetime,
    employee_id: str | None = None,
    person: str = EVERYONE,
) -> Report:
    payroll, attendance = await _both(
        client.payroll_report(period.start, period.end, employee_id),
        client.attendance_report(period.start, period.end, employee_id),
    )
    return Report(period, employee_id, person, zone, payroll, attendance, now)


# -- totals -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PayrollTotals:
    people: int
    days_worked: int
    regular_hours: float
    overtime_hours: float
    late_minutes: int
    early_departure_minutes: int
    penalties: Decimal
    base_pay: Decimal
    overtime_pay: Decimal
    gross_pay: Decimal
    currency: str  # "" when none is given, "mixed" when rows disagree


@dataclass(frozen=True, slots=True)
class AttendanceTotals:
    person_days: int
    present: int
    absent: int
    late_arrivals: int
    late_minutes: int
    early_departures: int
    early_departure_minutes: int
    work_hours: float


def _money(values: Sequence[Decimal | None]) -> Decimal:
    return sum((v or Decimal(0) for v in values), Decimal(0))


def payroll_totals(rows: Sequence[PayrollRow]) -> PayrollTotals:
    currencies = {r.currency for r in rows if r.currency}
    currency = currencies.pop() if len(currencies) == 1 else ("mixed" if currencies else "")
    return PayrollTotals(
        people=len(rows),
        days_worked=sum(r.days_worked or 0 for r in rows),
        regular_hours=round(sum(r.regular_hours or 0.0 for r in rows), 2),
        overtime_hours=round(sum(r.overtime_hours or 0.0 for r in rows), 2),
        late_minutes=sum(r.late_minutes or 0 for r in rows),
        early_departure_minutes=sum(r.early_departure_minutes or 0 for r in rows),
        penalties=_money([r.penalties for r in rows]),
        base_pay=_money([r.base_pay for r in rows]),
        overtime_pay=_money([r.overtime_pay for r in rows]),
        gross_pay=_money([r.gross_pay for r in rows]),
        currency=currency,
    )


def attendance_totals(rows: Sequence[AttendanceReportRow]) -> AttendanceTotals:
    return AttendanceTotals(
        person_days=len(rows),
        present=sum(1 for r in rows if r.clock_in is not None),
        absent=sum(1 for r in rows if r.absent),
        late_arrivals=sum(1 for r in rows if (r.late_minutes or 0) > 0),
        late_minutes=sum(r.late_minutes or 0 for r in rows),
        early_departures=sum(1 for r in rows if (r.early_departure_minutes or 0) > 0),
        early_departure_minutes=sum(r.early_departure_minutes or 0 for r in rows),
        work_hours=round(sum(r.work_hours or 0.0 for r in rows), 2),
    )


# -- tables -----------------------------------------------------------------------------


def _person(employee_id: str, name: str | None, leavers: Mapping[str, Leaver]) -> str:
    """The name, and "⚠ left 12 Nov" after it when WorQ says they have left."""
    leaver = leavers.get(employee_id)
    shown = name or employee_id
    return leaver.beside(shown) if leaver else shown


def payroll_table(rows: Sequence[PayrollRow], leavers: Mapping[str, Leaver] = NO_LEAVERS) -> Table:
    totals = payroll_totals(rows)
    money = f" ({totals.currency})" if totals.currency and totals.currency != "mixed" else ""
    columns = (
        ColumnSpec(translate("ReportTable", "Person"), "text", 170),
        ColumnSpec(translate("ReportTable", "Employee ID"), "text", 95),
        ColumnSpec(translate("ReportTable", "Days"), "int", 50),
        ColumnSpec(translate("ReportTable", "Regular h"), "hours", 80),
        ColumnSpec(translate("ReportTable", "Overtime h"), "hours", 85),
        ColumnSpec(translate("ReportTable", "Late min"), "minutes", 70),
        ColumnSpec(translate("ReportTable", "Early min"), "minutes", 75),
        ColumnSpec(translate("ReportTable", "Penalties") + money, "money", 110),
        ColumnSpec(translate("ReportTable", "Base pay") + money, "money", 110),
        ColumnSpec(translate("ReportTable", "Overtime pay") + money, "money", 130),
        ColumnSpec(translate("ReportTable", "Gross pay") + money, "money", 120),
    )
    lines = [
        Line(
            (
                _person(r.employee_id, r.employee_name, leavers),
                r.employee_id,
                r.days_worked or 0,
                r.regular_hours or 0.0,
                r.overtime_hours or 0.0,
                r.late_minutes or 0,
                r.early_departure_minutes or 0,
                r.penalties,
                r.base_pay,
                r.overtime_pay,
                r.gross_pay,
            ),
            alert=r.employee_id in leavers,
            key=r.employee_id,
            index=i,
        )
        for i, r in enumerate(rows)
    ]
    n = totals.people
    people = translate("ReportTable", "Total · %Ln (person|people)", None, n)
    total = Line(
        (
            people, "", totals.days_worked, totals.regular_hours, totals.overtime_hours,
            totals.late_minutes, totals.early_departure_minutes, totals.penalties,
            totals.base_pay, totals.overtime_pay, totals.gross_pay,
        ),
        total=True,
    )  # fmt: skip
    return Table(translate("ReportTable", "Payroll"), columns, (*lines, total))


def day_status(row: AttendanceReportRow) -> str:
    if row.absent:
        return translate("ReportTable", "Absent")
    if row.clock_in is None:
        return translate("ReportTable", "Not in yet")
    if row.clock_out is not None:
        return translate("ReportTable", "Present")
    return translate("ReportTable", "No clock-out")


def _clock(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return clock(moment.astimezone(zone)) if moment is not None else None


def attendance_table(
    rows: Sequence[AttendanceReportRow], zone: ZoneInfo, leavers: Mapping[str, Leaver] = NO_LEAVERS
) -> Table:
    totals = attendance_totals(rows)
    columns = (
        ColumnSpec(translate("ReportTable", "Date"), "date", 110),
        ColumnSpec(translate("ReportTable", "Person"), "text", 170),
        ColumnSpec(translate("ReportTable", "Clock in"), "time", 70),
        ColumnSpec(translate("ReportTable", "Clock out"), "time", 75),
        ColumnSpec(translate("ReportTable", "Hours"), "hours", 60),
        ColumnSpec(translate("ReportTable", "Late min"), "minutes", 70),
        ColumnSpec(translate("ReportTable", "Early min"), "minutes", 75),
        ColumnSpec(translate("ReportTable", "Status"), "text", 200),
    )
    lines = [
        Line(
            (
                r.date,
                _person(r.employee_id, r.employee_name, leavers),
                _clock(r.clock_in, zone),
                _clock(r.clock_out, zone),
                r.work_hours or 0.0,
                r.late_minutes or 0,
                r.early_departure_minutes or 0,
                day_status(r),
            ),
            alert=r.absent or r.employee_id in leavers,
            key=r.employee_id,
            index=i,
        )
        for i, r in enumerate(rows)
    ]
    status = translate("ReportTable", "{present} present · {absent} absent").format(
        present=number(totals.present), absent=number(totals.absent)
    )
    n = totals.person_days
    days = translate("ReportTable", "%Ln person-day(s)", None, n)
    total = Line(
        (
            translate("ReportTable", "Total"), days, None, None, totals.work_hours,
            totals.late_minutes, totals.early_departure_minutes, status,
        ),
        total=True,
    )  # fmt: skip
    return Table(translate("ReportTable", "Attendance"), columns, (*lines, total))


def daily_table(rows: Sequence[AttendanceReportRow]) -> Table:
    """One line a day (the printable summary when the report covers everyone)."""
    by_day: dict[date, list[AttendanceReportRow]] = {}
    for row in rows:
        by_day.setdefault(row.date, []).append(row)
    columns = (
        ColumnSpec(translate("ReportTable", "Date"), "date", 110),
        ColumnSpec(translate("ReportTable", "Present"), "int", 70),
        ColumnSpec(translate("ReportTable", "Absent"), "int", 70),
        ColumnSpec(translate("ReportTable", "Late arrivals"), "int", 90),
        ColumnSpec(translate("ReportTable", "Late min"), "minutes", 70),
        ColumnSpec(translate("ReportTable", "Hours"), "hours", 80),
    )

    def line(first: Cell, day_rows: Sequence[AttendanceReportRow], total: bool = False) -> Line:
        t = attendance_totals(day_rows)
        cells = (first, t.present, t.absent, t.late_arrivals, t.late_minutes, t.work_hours)
        return Line(cells, total=total)

    lines = [line(day, by_day[day]) for day in sorted(by_day)]
    total = line(translate("ReportTable", "Total"), rows, total=True)
    return Table(translate("ReportTable", "Attendance by day"), columns, (*lines, total))
