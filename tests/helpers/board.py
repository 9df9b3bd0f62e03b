"""A day at the front door in miniature: four people, their attendance records and lock
events, for the live board's and the review's tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.store import AttendanceRow, EmployeeRow, LockEventRow

NY = ZoneInfo("America/New_York")


DAY = date(2026, 11, 18)  # a Wednesday


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=NY).astimezone(UTC)


def employee(n: int, name: str, start: date | None = None) -> EmployeeRow:
    return EmployeeRow(f"emp_{n}", name, f"{n}@x.example", "Sales", "Agent", "active", start)


def record(n: int, clock_in: datetime | None, clock_out: datetime | None, late: int = 0,
           early: int = 0) -> AttendanceRow:  # fmt: skip
    hours = ((clock_out - clock_in).total_seconds() / 3600) if clock_in and clock_out else 0.0
    return AttendanceRow(f"att_{n}", f"emp_{n}", f"P{n}", DAY, clock_in, clock_out, hours, late,
                         early, "lock_101")  # fmt: skip


def event(n: int | None, when: datetime, success: bool = True, kind: str = "unlock",
          lock: str = "lock_101") -> LockEventRow:  # fmt: skip
    who = f"emp_{n}" if n is not None else None
    return LockEventRow(f"ev_{when.timestamp()}_{n}", lock, who, f"P{n}" if n else None,
                        "card", when, when + timedelta(seconds=3), success, kind)  # fmt: skip


PEOPLE = [employee(1, "Ana"), employee(2, "Ben"), employee(3, "Cy"), employee(4, "Di"),
          employee(5, "Ed", start=date(2026, 12, 1))]  # fmt: skip
