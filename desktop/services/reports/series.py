"""What the report charts draw: hours per day, late arrivals per day, who is late most,
overtime by person. Days are those the attendance report lists (it skips weekends)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.api import AttendanceReportRow, PayrollRow

TOP_PEOPLE = 10


@dataclass(frozen=True, slots=True)
class LatePerson:
    name: str
    late_arrivals: int
    late_minutes: int


@dataclass(frozen=True, slots=True)
class ReportSeries:
    hours_per_day: list[tuple[date, float]]
    late_per_day: list[tuple[date, int]]
    late_most: list[LatePerson]  # most late arrivals first
    overtime: list[tuple[str, float]]  # most overtime first; only people with some


def hours_per_day(rows: Sequence[AttendanceReportRow]) -> list[tuple[date, float]]:
    hours: dict[date, float] = defaultdict(float)
    for row in rows:
        hours[row.date] += row.work_hours or 0.0
    return [(day, round(hours[day], 2)) for day in sorted(hours)]


def late_per_day(rows: Sequence[AttendanceReportRow]) -> list[tuple[date, int]]:
    late: dict[date, int] = defaultdict(int)
    for row in rows:
        late[row.date] += 1 if (row.late_minutes or 0) > 0 else 0
    return [(day, late[day]) for day in sorted(late)]


def late_most(rows: Sequence[AttendanceReportRow], top: int = TOP_PEOPLE) -> list[LatePerson]:
    """The people who lost the most minutes to lateness (then the most late arrivals, then
    by name): the answer to "who is late most", in the minutes payroll counts."""
    counts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for row in rows:
        minutes = row.late_minutes or 0
        if minutes <= 0:
            continue
        names[row.employee_id] = row.employee_name or row.employee_id
        tally = counts.setdefault(row.employee_id, [0, 0])
        tally[0] += 1
        tally[1] += minutes
    people = [LatePerson(names[key], count, minutes) for key, (count, minutes) in counts.items()]
    people.sort(key=lambda p: (-p.late_minutes, -p.late_arrivals, p.name))
    return people[:top]


def overtime_by_person(
    rows: Sequence[PayrollRow], top: int = TOP_PEOPLE
) -> list[tuple[str, float]]:
    some = [(r.employee_name or r.employee_id, r.overtime_hours or 0.0) for r in rows]
    some = [(name, hours) for name, hours in some if hours > 0]
    some.sort(key=lambda item: (-item[1], item[0]))
    return some[:top]


def series_of(
    payroll: Sequence[PayrollRow], attendance: Sequence[AttendanceReportRow]
) -> ReportSeries:
    return ReportSeries(
        hours_per_day(attendance),
        late_per_day(attendance),
        late_most(attendance),
        overtime_by_person(payroll),
    )
