"""Attendance for a period with its problems, the way a manager reviews it before payroll.

A problem is something payroll would get wrong: a past day with no clock-out,
a working day with no clock-in at all (absent), or a day someone came in
through a lock but never clocked in. Pure functions over cached rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from desktop.store import AttendanceRow, EmployeeRow, LockEventRow

Problem = Literal["no_clock_out", "absent", "entered_without_clock_in"]
PROBLEM_TEXT: dict[Problem, str] = {
    "no_clock_out": "No clock-out",
    "absent": "Absent",
    "entered_without_clock_in": "Entered through a lock, never clocked in",
}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    day: date
    employee_id: str
    name: str
    department: str
    record: AttendanceRow | None
    problem: Problem | None


def days_between(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    return start, end


def review(
    start: date,
    end: date,
    today: date,
    employees: Sequence[EmployeeRow],
    records: Iterable[AttendanceRow],
    events: Iterable[LockEventRow],
    zone: ZoneInfo,
) -> list[ReviewRow]:
    """One row per record, plus one per missing working day (absent or came in unclocked)."""
    by_key = {(r.employee_id, r.date): r for r in records}
    entered: set[tuple[str, date]] = {
        (e.employee_id, e.timestamp.astimezone(zone).date())
        for e in events
        if e.employee_id and e.success
    }
    rows: list[ReviewRow] = []
    for day in days_between(start, end):
        for person in employees:
            if person.start_date is not None and person.start_date > day:
                continue
            record = by_key.pop((person.id, day), None)
            problem = _problem(day, today, record, (person.id, day) in entered)
            if record is None and problem is None:
                continue  # a weekend, or today before anyone could be called absent
            rows.append(ReviewRow(day, person.id, person.name, person.department or "",
                                  record, problem))  # fmt: skip
    for (employee_id, day), record in by_key.items():  # records of people not active now
        rows.append(ReviewRow(day, employee_id, record.employee_name, "", record,
                              _problem(day, today, record, True)))  # fmt: skip
    rows.sort(key=lambda r: (r.day, r.name.lower(), r.employee_id))
    return rows


def _problem(day: date, today: date, record: AttendanceRow | None, came_in: bool) -> Problem | None:
    if record is not None and record.clock_in is not None:
        return "no_clock_out" if record.clock_out is None and day < today else None
    if came_in:
        return "entered_without_clock_in"
    if day < today and day.weekday() < 5:
        return "absent"
    return None
