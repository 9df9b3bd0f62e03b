"""Attendance for a period with its problems, the way a manager reviews it before payroll.

A problem is something payroll would get wrong: a past day with no clock-out,
a working day with no clock-in at all (absent), or a day someone came in
through a lock but never clocked in. Pure functions over cached rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal, Protocol
from zoneinfo import ZoneInfo

from desktop.store import AttendanceRow, EmployeeRow, LockEventRow
from desktop.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.services.attendance.corrections import DayPreview

Problem = Literal["no_clock_out", "absent", "entered_without_clock_in"]
# English, marked: said with ``translate("ReviewProblem", text)`` where shown.
PROBLEM_TEXT: dict[Problem, str] = {
    "no_clock_out": QT_TRANSLATE_NOOP("ReviewProblem", "No clock-out"),
    "absent": QT_TRANSLATE_NOOP("ReviewProblem", "Absent"),
    "entered_without_clock_in": QT_TRANSLATE_NOOP(
        "ReviewProblem", "Entered through a lock, never clocked in"
    ),
}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    day: date
    employee_id: str
    name: str
    department: str
    record: AttendanceRow | None
    problem: Problem | None  # what is still wrong once the corrections on their way land
    fixing: Problem | None = None  # what a queued (or just sent) correction is fixing
    fix: DayPreview | None = None  # the day as it will be once they land


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
    fixes: Mapping[tuple[str, date], DayPreview] | None = None,
) -> list[ReviewRow]:
    """One row per record, plus one per missing working day (absent or came in unclocked).
    ``fixes``: each (person, day) that corrections on their way will change, as it will be;
    a problem they fix is ``fixing``, no longer ``problem``."""
    fixes = fixes or {}
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
            came_in = (person.id, day) in entered
            problem = _problem(day, today, record, came_in)
            if record is None and problem is None and (person.id, day) not in fixes:
                continue  # a weekend, or today before anyone could be called absent
            rows.append(_row(day, person.id, person.name, person.department or "", record,
                             problem, fixes.get((person.id, day)), today, came_in))  # fmt: skip
    for (employee_id, day), record in by_key.items():  # records of people not active now
        rows.append(_row(day, employee_id, record.employee_name, "", record,
                         _problem(day, today, record, True), fixes.get((employee_id, day)),
                         today, True))  # fmt: skip
    rows.sort(key=lambda r: (r.day, r.name.lower(), r.employee_id))
    return rows


def _row(
    day: date,
    employee_id: str,
    name: str,
    department: str,
    record: AttendanceRow | None,
    problem: Problem | None,
    fix: DayPreview | None,
    today: date,
    came_in: bool,
) -> ReviewRow:
    if fix is None:
        return ReviewRow(day, employee_id, name, department, record, problem)
    left = _problem(day, today, fix, came_in)
    fixing = problem if problem is not None and left != problem else None
    return ReviewRow(day, employee_id, name, department, record, left, fixing, fix)


class _Clocked(Protocol):
    @property
    def clock_in(self) -> datetime | None: ...
    @property
    def clock_out(self) -> datetime | None: ...


def _problem(day: date, today: date, record: _Clocked | None, came_in: bool) -> Problem | None:
    if record is not None and record.clock_in is not None:
        return "no_clock_out" if record.clock_out is None and day < today else None
    if came_in:
        return "entered_without_clock_in"
    if day < today and day.weekday() < 5:
        return "absent"
    return None
