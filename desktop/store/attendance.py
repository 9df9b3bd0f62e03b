"""The cache of attendance: one record per employee per day, upserted by that pair."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from typing import NamedTuple

from desktop import api

from ._convert import epoch, optional_epoch, optional_instant
from .db import Database

COLUMNS = (
    "id, employee_id, employee_name, date, clock_in, clock_out, work_hours, late_minutes, "
    "early_departure_minutes, lock_id"
)
# Upserts by (employee, day), and never takes a day back: WorkTime One keeps every clock
# entry (none is ever removed), so a day's first clock-in only moves earlier and its last
# clock-out only later. A poll answered before a webhook arrived, saved after it, then
# cannot undo what the webhook brought; late and early minutes go with the clock they
# were counted from, and hours follow the clocks once both are known.
_FIRST_IN = (
    "coalesce(min(attendance.clock_in, excluded.clock_in), attendance.clock_in, excluded.clock_in)"
)
_LAST_OUT = (
    "coalesce(max(attendance.clock_out, excluded.clock_out), attendance.clock_out, "
    "excluded.clock_out)"
)
_SAVE = (  # the f-strings below hold our own SQL, never a value
    "INSERT INTO attendance (id, employee_id, employee_name, date, clock_in, clock_out, "  # noqa: S608
    "work_hours, late_minutes, early_departure_minutes, lock_id, fetched_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (employee_id, date) DO UPDATE SET "
    "id = CASE WHEN excluded.id LIKE 'pushed-%' THEN attendance.id ELSE excluded.id END, "
    "employee_name = coalesce(nullif(excluded.employee_name, ''), attendance.employee_name), "
    "late_minutes = CASE WHEN excluded.clock_in IS NOT NULL AND (attendance.clock_in IS NULL "
    "  OR excluded.clock_in <= attendance.clock_in) THEN excluded.late_minutes "
    "  ELSE attendance.late_minutes END, "
    "early_departure_minutes = CASE WHEN excluded.clock_out IS NOT NULL AND "
    "  (attendance.clock_out IS NULL OR excluded.clock_out >= attendance.clock_out) "
    "  THEN excluded.early_departure_minutes ELSE attendance.early_departure_minutes END, "
    f"work_hours = CASE WHEN {_FIRST_IN} IS NOT NULL AND {_LAST_OUT} IS NOT NULL "
    f"  THEN round(({_LAST_OUT} - {_FIRST_IN}) / 3600.0, 2) "
    "  ELSE max(attendance.work_hours, excluded.work_hours) END, "
    f"clock_in = {_FIRST_IN}, "
    f"clock_out = {_LAST_OUT}, "
    "lock_id = coalesce(attendance.lock_id, excluded.lock_id), "
    "fetched_at = max(attendance.fetched_at, excluded.fetched_at)"
)
# A clock told by webhook: the clocks merge as a poll's do; the minutes are left alone.
_PUSH_CLOCK = (
    "INSERT INTO attendance (id, employee_id, employee_name, date, clock_in, clock_out, "  # noqa: S608
    "work_hours, late_minutes, early_departure_minutes, lock_id, fetched_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (employee_id, date) DO UPDATE SET "
    "employee_name = coalesce(nullif(attendance.employee_name, ''), excluded.employee_name), "
    f"work_hours = CASE WHEN {_FIRST_IN} IS NOT NULL AND {_LAST_OUT} IS NOT NULL "
    f"  THEN round(({_LAST_OUT} - {_FIRST_IN}) / 3600.0, 2) ELSE attendance.work_hours END, "
    f"clock_in = {_FIRST_IN}, "
    f"clock_out = {_LAST_OUT}, "
    "lock_id = coalesce(attendance.lock_id, excluded.lock_id), "
    "fetched_at = max(attendance.fetched_at, excluded.fetched_at)"
)
_PUSH_PENALTY = (
    "INSERT INTO attendance (id, employee_id, employee_name, date, late_minutes, "
    "early_departure_minutes, fetched_at) VALUES (?, ?, ?, ?, ?, ?, 0) "
    "ON CONFLICT (employee_id, date) DO UPDATE SET "
)
_PUSH_LATE = _PUSH_PENALTY + "late_minutes = ?"
_PUSH_EARLY = _PUSH_PENALTY + "early_departure_minutes = ?"
# What a day's record shows (its id and when it was fetched are not shown).
_SHOWN = (
    "employee_name, clock_in, clock_out, work_hours, late_minutes, early_departure_minutes, lock_id"
)
Shown = tuple[object, ...]
_ORDER = "ORDER BY date, employee_name COLLATE NOCASE, employee_id"


class AttendanceRow(NamedTuple):
    id: str
    employee_id: str
    employee_name: str
    date: date
    clock_in: datetime | None
    clock_out: datetime | None
    work_hours: float
    late_minutes: int
    early_departure_minutes: int
    lock_id: str | None


class AttendanceCache:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save_attendance(
        self, records: Iterable[api.AttendanceRecord], fetched_at: datetime
    ) -> None:
        """Upserts by (employee, day) in one transaction: a re-read day replaces its records."""
        when = epoch(fetched_at)
        values = [_values(record, when) for record in records]
        with self.db.transaction() as conn:
            if not self.db.heard_by_others:
                conn.executemany(_SAVE, values)
                self.db.touch("attendance")
                return
            # A team's other desks redo only the rows that changed: a refresh re-reads
            # today's every record (15 pages a second at 20,000 people), and told the
            # table they redrew their whole board for each (seconds, on PostgreSQL).
            before = self._shown(values)
            conn.executemany(_SAVE, values)
            after = self._shown(values)
            changed = {key[0] for key, shown in after.items() if before.get(key) != shown}
            self.db.touch("attendance", people=changed)

    def push_clock(
        self, employee_id: str, name: str, day: date, kind: str, at: datetime,
        lock_id: str | None,
    ) -> None:  # fmt: skip
        """A clock-in or clock-out WorkTime One told of (a webhook, or a correction it
        took): that day's record takes it as a poll's would (the day's first in, last
        out); its late and early minutes stay until a penalty or a poll says them."""
        clock_in, clock_out = (at, None) if kind == "clock_in" else (None, at)
        values = (
            _pushed_id(employee_id, day), employee_id, name, day.isoformat(),
            optional_epoch(clock_in), optional_epoch(clock_out), 0.0, 0, 0, lock_id, epoch(at),
        )  # fmt: skip
        with self.db.transaction() as conn:
            conn.execute(_PUSH_CLOCK, values)
            self.db.touch("attendance")

    def push_penalty(self, employee_id: str, name: str, day: date, kind: str, minutes: int) -> None:
        """A penalty WorkTime One told of: the day's late or early minutes (the day is
        made if its clock has not been told yet: deliveries may come in any order)."""
        late = kind == "late_arrival"
        with self.db.transaction() as conn:
            conn.execute(
                _PUSH_LATE if late else _PUSH_EARLY,
                (_pushed_id(employee_id, day), employee_id, name, day.isoformat(),
                 minutes if late else 0, 0 if late else minutes, minutes),
            )  # fmt: skip
            self.db.touch("attendance")

    def for_day(self, day: date) -> list[AttendanceRow]:
        """The day's records by name, then employee id."""
        return self.for_range(day, day)

    def for_range(
        self, start: date, end: date, employee_id: str | None = None
    ) -> list[AttendanceRow]:
        """Records from ``start`` to ``end`` (both inclusive), by day, name, employee id."""
        sql = f"SELECT {COLUMNS} FROM attendance WHERE date BETWEEN ? AND ?"  # noqa: S608
        params: list[object] = [start.isoformat(), end.isoformat()]
        if employee_id is not None:
            sql += " AND employee_id = ?"
            params.append(employee_id)
        return [_row(row) for row in self.db.conn.execute(f"{sql} {_ORDER}", params)]

    def for_people(self, day: date, ids: Collection[str]) -> list[AttendanceRow]:
        """The day's records of only these people, by name then employee id."""
        rows = self.db.conn.execute(
            f"SELECT {COLUMNS} FROM attendance WHERE date = ? "  # noqa: S608
            f"AND employee_id IN (SELECT value FROM json_each(?)) {_ORDER}",
            (day.isoformat(), json.dumps(sorted(ids))),
        )
        return [_row(row) for row in rows]

    def _shown(self, values: Sequence[tuple[object, ...]]) -> dict[tuple[str, str], Shown]:
        """What the board shows of these records' days as stored, by (employee, day): by
        the (employee, day) index, then only the pairs asked about."""
        keys = {(str(v[1]), str(v[3])) for v in values}
        if not keys:
            return {}
        days = sorted(day for _, day in keys)
        rows = self.db.conn.execute(
            f"SELECT employee_id, date, {_SHOWN} FROM attendance "  # noqa: S608
            "WHERE employee_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?",
            (json.dumps(sorted({person for person, _ in keys})), days[0], days[-1]),
        )
        return {(row[0], row[1]): tuple(row[2:]) for row in rows if (row[0], row[1]) in keys}

    def open_days(self, since: date) -> list[date]:
        """Days from ``since`` with a record still open (clocked in, no clock out), ascending."""
        rows = self.db.conn.execute(
            "SELECT DISTINCT date FROM attendance WHERE date >= ? AND clock_in IS NOT NULL "
            "AND clock_out IS NULL ORDER BY date",
            (since.isoformat(),),
        )
        return [date.fromisoformat(row[0]) for row in rows]

    def day_counts(self, start: date, end: date) -> dict[date, int]:
        """How many records each day from ``start`` to ``end`` holds (days with none left out)."""
        rows = self.db.conn.execute(
            "SELECT date, count(*) FROM attendance WHERE date BETWEEN ? AND ? GROUP BY date",
            (start.isoformat(), end.isoformat()),
        )
        return {date.fromisoformat(row[0]): int(row[1]) for row in rows}


def _pushed_id(employee_id: str, day: date) -> str:
    """A day a webhook made, until a poll brings WorkTime One's own id for it."""
    return f"pushed-{employee_id}-{day.isoformat()}"


def _values(record: api.AttendanceRecord, when: int) -> tuple[object, ...]:
    return (
        record.id,
        record.employee_id,
        record.employee_name or "",
        record.date.isoformat(),
        optional_epoch(record.clock_in),
        optional_epoch(record.clock_out),
        record.work_hours or 0.0,
        record.late_minutes or 0,
        record.early_departure_minutes or 0,
        record.lock_id,
        when,
    )


def _row(row: sqlite3.Row) -> AttendanceRow:
    return AttendanceRow(
        row[0],
        row[1],
        row[2],
        date.fromisoformat(row[3]),
        optional_instant(row[4]),
        optional_instant(row[5]),
        float(row[6]),
        int(row[7]),
        int(row[8]),
        row[9],
    )
