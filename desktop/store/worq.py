"""WorQ's employees as last imported, and a record of every import run.

HR (WorQ) is read a date range at a time: each import brings the people created
or updated in the range and adds or updates them here, keeping everyone it
brought before. Nothing is removed by an import; a leaver stays, with WorQ's
status and exit date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from desktop import api
from desktop.words import QT_TRANSLATE_NOOP

from ._convert import epoch, instant, optional_day, optional_epoch, optional_instant
from .db import Database

Outcome = Literal["running", "done", "cancelled", "failed"]
ENDED: tuple[Outcome, ...] = ("done", "cancelled", "failed")
# Kept English in the run; said in the console's language where shown (sync.worq.summary).
INTERRUPTED = QT_TRANSLATE_NOOP("WorqImport", "The console closed before the import finished.")

_COLUMNS = (
    "employee_id, first_name, last_name, email, phone, department, designation, location, "
    "date_of_joining, date_of_exit, status, updated_at, first_seen, fetched_at"
)
_SAVE = (
    "INSERT INTO worq_employee (employee_id, body, first_name, last_name, email, phone, "
    "department, designation, location, date_of_joining, date_of_exit, status, updated_at, "
    "first_seen, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (employee_id) DO UPDATE SET body = excluded.body, "
    "first_name = excluded.first_name, last_name = excluded.last_name, "
    "email = excluded.email, phone = excluded.phone, department = excluded.department, "
    "designation = excluded.designation, location = excluded.location, "
    "date_of_joining = excluded.date_of_joining, date_of_exit = excluded.date_of_exit, "
    "status = excluded.status, updated_at = excluded.updated_at, "
    "fetched_at = excluded.fetched_at"
)
_RUN_COLUMNS = (
    "id, start_date, end_date, started_at, finished_at, outcome, pages, total, "
    "new_count, updated_count, changed_count, error"
)


@dataclass(frozen=True, slots=True)
class WorqPerson:
    """One employee as HR (WorQ) had them at the last import that brought them.

    - ``employee_id``: WorQ's employee identifier, which is also the HR employee
      number (WorkTaps' ``employeeId``); the key, as text.
    - ``first_name``, ``last_name``: as HR typed them (``""`` when WorQ gave none).
    - ``email``: as HR has it, not normalised (None when missing).
    - ``phone``: as HR typed it, e.g. ``"(212) 234-5678"``, not E.164 (None when missing).
    - ``department``: the department's name; ``designation``: the job title;
      ``location``: the work location's name (each None when missing).
    - ``start_date``: WorQ's ``date_of_joining``; ``end_date``: its ``date_of_exit``
      (None: no exit recorded).
    - ``status``: WorQ's status as given, e.g. ``"active"`` or ``"exited"`` (None when missing).
    - ``updated_at``: when WorQ last changed the record (aware, UTC; None when missing).
    - ``first_seen``: when an import first brought this person in; ``fetched_at``: the
      last import that brought them (both aware, UTC).

    ``name`` is first and last name; ``is_leaver`` says HR has them leaving or gone
    (a status other than active, or an exit date).
    """

    employee_id: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    department: str | None
    designation: str | None
    location: str | None
    start_date: date | None
    end_date: date | None
    status: str | None
    updated_at: datetime | None
    first_seen: datetime
    fetched_at: datetime

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def is_leaver(self) -> bool:
        status = (self.status or "active").casefold()
        return status != "active" or self.end_date is not None


@dataclass(frozen=True, slots=True)
class WorqRun:
    """One import: the range asked for, when it ran, how far it got and how it ended.

    ``total`` is how many people WorQ said the range holds (None before the first
    page); ``new`` were not here before, ``updated`` were (re-imported), ``changed``
    is how many of those came back different. ``error`` says why a run failed.
    """

    id: int
    start_date: date
    end_date: date
    started_at: datetime
    finished_at: datetime | None
    outcome: Outcome
    pages: int
    total: int | None
    new: int
    updated: int
    changed: int
    error: str | None

    @property
    def kept(self) -> int:
        """How many people this run wrote to the store."""
        return self.new + self.updated


@dataclass(frozen=True, slots=True)
class UpsertCounts:
    new: int = 0
    updated: int = 0
    changed: int = 0

    def __add__(self, other: UpsertCounts) -> UpsertCounts:
        return UpsertCounts(
            self.new + other.new, self.updated + other.updated, self.changed + other.changed
        )


class WorqCache:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- people -----------------------------------------------------------------------

    def upsert_many(
        self, records: Iterable[api.WorqEmployee], now: datetime, *, run_id: int | None = None
    ) -> UpsertCounts:
        """Adds or updates ``records`` in one transaction and says how many were new.

        With ``run_id`` the run's page and counts move on in the same transaction, so
        the run's record always matches what was kept.
        """
        when = epoch(now)
        counts = UpsertCounts()
        with self.db.transaction() as conn:
            for record in records:
                counts += self._save(conn, record, when)
            if run_id is not None:
                conn.execute(
                    "UPDATE worq_import SET pages = pages + 1, new_count = new_count + ?, "
                    "updated_count = updated_count + ?, changed_count = changed_count + ? "
                    "WHERE id = ?",
                    (counts.new, counts.updated, counts.changed, run_id),
                )
            self.db.touch("worq")
        return counts

    def _save(self, conn: sqlite3.Connection, record: api.WorqEmployee, when: int) -> UpsertCounts:
        body = record.model_dump_json()
        old = conn.execute(
            "SELECT body, first_seen FROM worq_employee WHERE employee_id = ?",
            (record.employee_id,),
        ).fetchone()
        conn.execute(_SAVE, _values(record, body, when if old is None else old[1], when))
        if old is None:
            return UpsertCounts(new=1)
        return UpsertCounts(updated=1, changed=int(old[0] != body))

    def all(self) -> list[WorqPerson]:
        """Everyone imported, by last name, first name (ignoring case) and employee id."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM worq_employee "  # noqa: S608 - constant columns
            "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, employee_id"
        )
        return [_person(row) for row in rows]

    def get(self, employee_id: str) -> api.WorqEmployee | None:
        """The record exactly as WorQ last sent it."""
        row = self.db.conn.execute(
            "SELECT body FROM worq_employee WHERE employee_id = ?", (employee_id,)
        ).fetchone()
        return None if row is None else api.WorqEmployee.model_validate_json(row[0])

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM worq_employee").fetchone()[0])

    # -- runs -------------------------------------------------------------------------

    def begin_run(self, start: date, end: date, now: datetime) -> int:
        """A new ``running`` run; one left running by a console that closed mid-import
        is marked failed first."""
        when = epoch(now)
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE worq_import SET outcome = 'failed', finished_at = ?, error = ? "
                "WHERE outcome = 'running'",
                (when, INTERRUPTED),
            )
            cursor = conn.execute(
                "INSERT INTO worq_import (start_date, end_date, started_at, outcome) "
                "VALUES (?, ?, ?, 'running') RETURNING id",
                (start.isoformat(), end.isoformat(), when),
            )
            return int(cursor.fetchall()[0][0])

    def set_total(self, run_id: int, total: int) -> None:
        self.db.conn.execute("UPDATE worq_import SET total = ? WHERE id = ?", (total, run_id))

    def finish_run(
        self, run_id: int, outcome: Outcome, now: datetime, error: str | None = None
    ) -> WorqRun:
        if outcome not in ENDED:
            raise ValueError(f"a run ends done, cancelled or failed, not {outcome!r}")
        self.db.conn.execute(
            "UPDATE worq_import SET outcome = ?, finished_at = ?, error = ? WHERE id = ?",
            (outcome, epoch(now), error, run_id),
        )
        run = self.run(run_id)
        if run is None:
            raise KeyError(run_id)
        return run

    def run(self, run_id: int) -> WorqRun | None:
        row = self.db.conn.execute(
            f"SELECT {_RUN_COLUMNS} FROM worq_import WHERE id = ?",  # noqa: S608
            (run_id,),
        ).fetchone()
        return None if row is None else _run(row)

    def runs(self, limit: int = 100) -> list[WorqRun]:
        """The latest runs first."""
        rows = self.db.conn.execute(
            f"SELECT {_RUN_COLUMNS} FROM worq_import ORDER BY id DESC LIMIT ?",  # noqa: S608
            (limit,),
        )
        return [_run(row) for row in rows]

    def last_run(self, outcome: Outcome | None = None) -> WorqRun | None:
        """The latest run (of that outcome, when given: ``last_run("done")``)."""
        where, args = ("WHERE outcome = ? ", (outcome,)) if outcome else ("", ())
        row = self.db.conn.execute(
            f"SELECT {_RUN_COLUMNS} FROM worq_import {where}ORDER BY id DESC LIMIT 1",  # noqa: S608
            args,
        ).fetchone()
        return None if row is None else _run(row)


def _values(record: api.WorqEmployee, body: str, first_seen: int, when: int) -> tuple[object, ...]:
    return (
        record.employee_id,
        body,
        record.first_name or "",
        record.last_name or "",
        record.email,
        record.phone,
        record.department,
        record.designation,
        record.location,
        _day(record.date_of_joining),
        _day(record.date_of_exit),
        record.status,
        optional_epoch(record.updated_at),
        first_seen,
        when,
    )


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _person(row: sqlite3.Row) -> WorqPerson:
    return WorqPerson(
        employee_id=row[0],
        first_name=row[1],
        last_name=row[2],
        email=row[3],
        phone=row[4],
        department=row[5],
        designation=row[6],
        location=row[7],
        start_date=optional_day(row[8]),
        end_date=optional_day(row[9]),
        status=row[10],
        updated_at=optional_instant(row[11]),
        first_seen=instant(row[12]),
        fetched_at=instant(row[13]),
    )


def _run(row: sqlite3.Row) -> WorqRun:
    return WorqRun(
        id=row[0],
        start_date=date.fromisoformat(row[1]),
        end_date=date.fromisoformat(row[2]),
        started_at=instant(row[3]),
        finished_at=optional_instant(row[4]),
        outcome=row[5],
        pages=row[6],
        total=row[7],
        new=row[8],
        updated=row[9],
        changed=row[10],
        error=row[11],
    )
