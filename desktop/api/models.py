"""Typed records for everything the three services answer.

Records ignore unknown fields, accept missing optional ones, turn timestamps
into timezone-aware ``datetime`` (UTC) and dates into ``date``. Money is
``Decimal``. WorkTaps' records and inputs live in ``_worktaps_models`` and are
re-exported here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field

from ._base import OptionalDate, OptionalTimestamp, Page, RateLimit, Record, Timestamp
from ._worktaps_models import Account, AccountInput, Department, Location, LocationInput, Meta

# -- WorkTime One ---------------------------------------------------------------


class Organization(Record):
    id: str
    name: str
    employees_count: int | None = None
    created_at: OptionalTimestamp = None
    timezone: str | None = None


class Employee(Record):
    id: str
    name: str
    email: str | None = None
    department: str | None = None
    department_id: str | None = None
    position: str | None = None
    salary: Decimal | None = None
    status: str = "active"
    start_date: OptionalDate = None
    created_at: OptionalTimestamp = None
    updated_at: OptionalTimestamp = None
    deleted_at: OptionalTimestamp = None


class DeletedEmployee(Record):
    """What a (soft) delete answers: the employee can be restored."""

    id: str
    status: str = "deleted"
    deleted_at: OptionalTimestamp = None


class AttendanceRecord(Record):
    """One employee's day: earliest clock in, latest clock out (None while the day is open)."""

    id: str
    employee_id: str
    date: date
    employee_name: str | None = None
    clock_in: OptionalTimestamp = None
    clock_out: OptionalTimestamp = None
    work_hours: float | None = None
    late_minutes: int | None = None
    early_departure_minutes: int | None = None
    lock_id: str | None = None


class ClockEvent(Record):
    """A manual clock in or out, as recorded."""

    id: str
    employee_id: str
    type: str
    timestamp: Timestamp
    lock_id: str | None = None
    notes: str | None = None
    source: str | None = None
    created_at: OptionalTimestamp = None


class PayrollRow(Record):
    employee_id: str
    employee_name: str | None = None
    days_worked: int | None = None
    regular_hours: float | None = None
    overtime_hours: float | None = None
    late_minutes: int | None = None
    early_departure_minutes: int | None = None
    penalties: Decimal | None = None
    base_pay: Decimal | None = None
    overtime_pay: Decimal | None = None
    gross_pay: Decimal | None = None
    currency: str | None = None


class AttendanceReportRow(Record):
    employee_id: str
    date: date
    employee_name: str | None = None
    clock_in: OptionalTimestamp = None
    clock_out: OptionalTimestamp = None
    work_hours: float | None = None
    late_minutes: int | None = None
    early_departure_minutes: int | None = None
    absent: bool = False


class Lock(Record):
    """A TTLock smart lock."""

    id: str
    name: str | None = None
    location: str | None = None
    battery_percent: int | None = None
    online: bool | None = None
    has_gateway: bool | None = None
    last_event_at: OptionalTimestamp = None


class LockEvent(Record):
    """One access at a lock. ``employee_id`` is None for an unknown card or passcode;
    ``server_timestamp`` (when the cloud heard of it) can trail ``timestamp`` by hours."""

    id: str
    timestamp: Timestamp
    lock_id: str | None = None
    employee_id: str | None = None
    employee_name: str | None = None
    access_method: str | None = None
    success: bool | None = None
    event: str = "unlock"
    server_timestamp: OptionalTimestamp = None


class WebhookEvent(Record):
    """A webhook WorkTime One delivers (``employee.created``, ``attendance.clock_in``,
    ``lock.opened``, ...); ``data`` differs by event, so it stays a plain mapping."""

    event: str
    timestamp: Timestamp
    data: dict[str, Any] = Field(default_factory=dict)


# -- WorQ -------------------------------------------------------------------------


class WorqEmployee(Record):
    """An employee as HR (WorQ) has them; phones as HR typed them."""

    employee_id: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    department: str | None = None
    designation: str | None = None
    location: str | None = None
    date_of_joining: OptionalDate = None
    date_of_exit: OptionalDate = None
    status: str | None = None
    updated_at: OptionalTimestamp = None


__all__ = [
    "Account",
    "AccountInput",
    "AttendanceRecord",
    "AttendanceReportRow",
    "ClockEvent",
    "DeletedEmployee",
    "Department",
    "Employee",
    "Location",
    "LocationInput",
    "Lock",
    "LockEvent",
    "Meta",
    "Organization",
    "Page",
    "PayrollRow",
    "RateLimit",
    "WebhookEvent",
    "WorqEmployee",
]
