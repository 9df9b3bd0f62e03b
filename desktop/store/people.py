"""The cache of employees, for the live board and the person filter.

Salary is left out on purpose: the front-desk screen faces visitors.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from typing import NamedTuple

from desktop import api

from ._convert import epoch, optional_day, optional_epoch, optional_instant
from .db import Database

_SAVE = (
    "INSERT INTO employee (id, name, email, department, department_id, position, status, "
    "created_at, start_date, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, "
    "department = excluded.department, department_id = excluded.department_id, "
    "position = excluded.position, status = excluded.status, "
    "created_at = excluded.created_at, start_date = excluded.start_date, "
    "fetched_at = excluded.fetched_at"
)


class EmployeeRow(NamedTuple):
    id: str
    name: str
    email: str | None
    department: str | None
    position: str | None
    status: str
    start_date: date | None


class PeopleCache:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save_employees(self, employees: Sequence[api.Employee], fetched_at: datetime) -> None:
        """Replaces the set of employees in one transaction."""
        when = epoch(fetched_at)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM employee")
            conn.executemany(_SAVE, [_values(employee, when) for employee in employees])
            self.db.touch("employee")

    def upsert_employees(self, employees: Iterable[api.Employee], fetched_at: datetime) -> None:
        """Adds or updates ``employees``, keeping the others (one page of a longer walk)."""
        when = epoch(fetched_at)
        with self.db.transaction() as conn:
            conn.executemany(_SAVE, [_values(employee, when) for employee in employees])
            self.db.touch("employee")

    def retain_employees(self, ids: Collection[str]) -> int:
        """Forgets every employee whose id is not in ``ids`` (the end of a full walk)."""
        cursor = self.db.conn.execute(
            "DELETE FROM employee WHERE id NOT IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        )
        if cursor.rowcount:
            self.db.touch("employee")
        return cursor.rowcount

    def created_at(self, employee_id: str) -> datetime | None:
        """When WorkTime One says the employee was added (None: unknown or not cached)."""
        row = self.db.conn.execute(
            "SELECT created_at FROM employee WHERE id = ?", (employee_id,)
        ).fetchone()
        return None if row is None else optional_instant(row[0])

    def departments(self) -> list[tuple[str, str]]:
        """WorkTime One's departments as its employees show them: (id, name), by name."""
        rows = self.db.conn.execute(
            "SELECT department_id, max(coalesce(department, department_id)) FROM employee "
            "WHERE department_id IS NOT NULL GROUP BY department_id "
            "ORDER BY 2 COLLATE NOCASE, 1"
        )
        return [(str(row[0]), str(row[1])) for row in rows]

    def set_status(self, employee_id: str, status: str) -> None:
        """One employee's new status (a soft delete the desk made), the rest as cached."""
        self.db.conn.execute("UPDATE employee SET status = ? WHERE id = ?", (status, employee_id))
        self.db.touch("employee")

    def count(self, *, active_only: bool = False) -> int:
        """Employees cached, whatever their status (or only the active ones)."""
        where = " WHERE status = 'active'" if active_only else ""
        sql = f"SELECT count(*) FROM employee{where}"  # noqa: S608
        return int(self.db.conn.execute(sql).fetchone()[0])

    def name(self, employee_id: str) -> str | None:
        """One employee's name (by the primary key: not a read of everyone)."""
        row = self.db.conn.execute(
            "SELECT name FROM employee WHERE id = ?", (employee_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def taken_emails(self, exclude_id: str | None = None) -> set[str]:
        """Every cached employee's email, case-folded (``exclude_id``: the one edited)."""
        rows = self.db.conn.execute(
            "SELECT email FROM employee WHERE email IS NOT NULL AND email != '' "
            "AND id IS DISTINCT FROM ?",
            (exclude_id,),
        )
        return {str(row[0]).casefold() for row in rows}

    def employees_with(self, ids: Collection[str]) -> list[EmployeeRow]:
        """The active employees among ``ids``, by name then id."""
        rows = self.db.conn.execute(
            "SELECT id, name, email, department, position, status, start_date FROM employee "
            "WHERE status = 'active' AND id IN (SELECT value FROM json_each(?)) "
            "ORDER BY name COLLATE NOCASE, id",
            (json.dumps(sorted(ids)),),
        )
        return [_row(row) for row in rows]

    def employees(self, *, active_only: bool = True) -> list[EmployeeRow]:
        """By name (case-insensitive), then id."""
        where = "WHERE status = 'active' " if active_only else ""
        rows = self.db.conn.execute(
            "SELECT id, name, email, department, position, status, start_date "  # noqa: S608
            f"FROM employee {where}ORDER BY name COLLATE NOCASE, id"
        )
        return [_row(row) for row in rows]


def _values(employee: api.Employee, when: int) -> tuple[object, ...]:
    return (
        employee.id,
        employee.name,
        employee.email,
        employee.department,
        employee.department_id,
        employee.position,
        employee.status,
        optional_epoch(employee.created_at),
        employee.start_date.isoformat() if employee.start_date else None,
        when,
    )


def _row(row: sqlite3.Row) -> EmployeeRow:
    return EmployeeRow(row[0], row[1], row[2], row[3], row[4], row[5], optional_day(row[6]))
