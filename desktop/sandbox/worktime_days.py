"""Attendance records: one per employee per day, computed from the visible clock entries.

A clock entry is visible once the cloud knows of it (``visible_at <= now``).
Days that ended a while before now are visible whole, so listing a range only
checks entries on today and later; full records are computed for one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from . import catalog
from .data import Dataset
from .records import ClockEntry, iso

SETTLED_AFTER = 60  # seconds after local midnight by which yesterday's entries are all visible


@lru_cache(maxsize=8192)
def workday(zone: ZoneInfo, day: date) -> tuple[int, int]:
    """Epoch seconds of 09:00 and 17:30 local on ``day`` (DST-correct)."""
    start = datetime.combine(day, time(*catalog.WORKDAY_START), zone)
    end = datetime.combine(day, time(*catalog.WORKDAY_END), zone)
    return int(start.timestamp()), int(end.timestamp())


@dataclass(frozen=True, slots=True)
class DayRecord:
    employee_id: str
    day: date
    clock_in: int | None
    clock_out: int | None
    lock_id: str | None
    work_hours: float
    late_minutes: int
    early_departure_minutes: int

    @property
    def id(self) -> str:
        return f"att_{self.day:%Y%m%d}_{self.employee_id.removeprefix('emp_')}"

    def json(self, employee_name: str | None) -> dict[str, Any]:
        return {
            "id": self.id,
            "employee_id": self.employee_id,
            "employee_name": employee_name,
            "clock_in": iso(self.clock_in),
            "clock_out": iso(self.clock_out),
            "work_hours": self.work_hours,
            "late_minutes": self.late_minutes,
            "early_departure_minutes": self.early_departure_minutes,
            "lock_id": self.lock_id,
            "date": self.day.isoformat(),
        }


def day_record(
    data: Dataset, emp_id: str, day: date, entries: Sequence[ClockEntry], now: float
) -> DayRecord | None:
    """The day's record from its visible entries; None when none is visible yet."""
    first_in: ClockEntry | None = None
    outs: list[ClockEntry] = []
    for entry in entries:
        if entry.visible_at > now:
            continue
        if entry.type == "clock_in":
            if first_in is None or entry.timestamp < first_in.timestamp:
                first_in = entry
        else:
            outs.append(entry)
    if first_in is None and not outs:
        return None
    after = [e for e in outs if first_in is None or e.timestamp > first_in.timestamp]
    last_out = max(after, key=lambda e: e.timestamp) if after else None
    clock_in = first_in.timestamp if first_in else None
    clock_out = last_out.timestamp if last_out else None
    start, end = workday(data.zone, day)
    late = max(0, (clock_in - start) // 60) if clock_in is not None else 0
    early = max(0, (end - clock_out) // 60) if clock_out is not None else 0
    if clock_in is None:
        hours = 0.0
    elif clock_out is not None:
        hours = round((clock_out - clock_in) / 3600, 2)
    elif day == data.local_date(now):
        hours = round(max(0.0, now - clock_in) / 3600, 2)
    else:
        hours = 0.0  # an open past day: forgot to clock out
    lock_id = first_in.lock_id if first_in else (last_out.lock_id if last_out else None)
    return DayRecord(emp_id, day, clock_in, clock_out, lock_id, hours, late, early)


def record_for(data: Dataset, emp_id: str, day: date, now: float) -> DayRecord | None:
    entries = data.clocks.get((emp_id, day))
    return day_record(data, emp_id, day, entries, now) if entries else None


@dataclass(frozen=True, slots=True)
class DayKeys:
    """The employees with a visible record on one day, in id order."""

    day: date
    ids: Sequence[str]


def _settled(data: Dataset, day: date, now: float) -> bool:
    return data.day_start(day + timedelta(days=1)) + SETTLED_AFTER <= now


def _in_lock(entries: Sequence[ClockEntry], now: float) -> str | None:
    first: ClockEntry | None = None
    for entry in entries:
        if (
            entry.type == "clock_in"
            and entry.visible_at <= now
            and (first is None or entry.timestamp < first.timestamp)
        ):
            first = entry
    if first is not None:
        return first.lock_id
    outs = [e for e in entries if e.visible_at <= now]
    return max(outs, key=lambda e: e.timestamp).lock_id if outs else None


def visible_keys(
    data: Dataset,
    now: float,
    days: Sequence[date],
    employee_id: str | None = None,
    lock_id: str | None = None,
) -> list[DayKeys]:
    """Per day (ascending), the employees whose record for that day is visible now."""
    out: list[DayKeys] = []
    for day in days:
        ids: Sequence[str] = data.days_with_clocks.get(day, ())
        if employee_id is not None:
            ids = [employee_id] if (employee_id, day) in data.clocks else []
        if not ids:
            continue
        if not _settled(data, day, now):
            ids = [e for e in ids if any(c.visible_at <= now for c in data.clocks[(e, day)])]
        if lock_id is not None:
            ids = [e for e in ids if _in_lock(data.clocks[(e, day)], now) == lock_id]
        if ids:
            out.append(DayKeys(day, ids))
    return out


def count_keys(days: Sequence[DayKeys]) -> int:
    return sum(len(d.ids) for d in days)


def slice_keys(days: Sequence[DayKeys], offset: int, limit: int) -> list[tuple[date, str]]:
    """Keys ``offset`` to ``offset + limit`` of the day-by-day listing, without building it."""
    out: list[tuple[date, str]] = []
    for keys in days:
        size = len(keys.ids)
        if offset >= size:
            offset -= size
            continue
        out.extend((keys.day, emp_id) for emp_id in keys.ids[offset : offset + limit - len(out)])
        offset = 0
        if len(out) >= limit:
            break
    return out


def employee_name(data: Dataset, emp_id: str) -> str | None:
    emp = data.employees.get(emp_id)
    return emp.name if emp else None
