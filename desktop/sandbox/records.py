"""The sandbox's own records: one person's truth, and each service's view of it.

Timestamps are epoch seconds (UTC) as ints: a 200,000-event data set stays
small and fast to sort; they become ISO 8601 with ``Z`` only on the wire.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any


def iso(ts: float | None) -> str | None:
    """Epoch seconds to the wire's ISO 8601 UTC form with ``Z``."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class Department:
    worktime_id: str  # "dept_01"
    worktaps_id: str  # "201"
    name: str
    slug: str

    def worktaps_json(self) -> dict[str, Any]:
        return {"id": self.worktaps_id, "name": self.name, "slug": self.slug}


@dataclass(slots=True)
class Location:
    id: str  # "301"
    name: str
    slug: str
    website: str | None = None
    phone: str | None = None
    street: str | None = None
    city: str | None = None
    postal: str | None = None
    state: str | None = None
    about: str | None = None
    areacode: str | None = None
    timezone: str | None = None

    def json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Person:
    """One human being, before any service's view of them."""

    number: int  # the HR employee number: WorkTaps employeeId, WorQ employee_id
    first_name: str
    last_name: str
    email: str
    phone: str  # E.164
    department: int  # index into Dataset.departments
    location_ids: list[str]
    job_title: str
    role: str  # EMPLOYEE, MANAGER, OWNER
    start_date: date
    birth_date: date
    street: str
    city: str
    state: str
    postal: str
    salary: int
    method: str  # preferred access method
    exit_date: date | None = None
    punctual: float = 0.9  # chance of arriving on time

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(slots=True)
class WtEmployee:
    """A WorkTime One employee."""

    id: str
    name: str
    email: str
    department_id: str
    position: str | None
    salary: float | None
    status: str  # active, inactive, deleted
    created_at: int
    start_date: str | None
    updated_at: int
    deleted_at: int | None = None
    number: int | None = None  # the person behind the record, if seeded


@dataclass(slots=True)
class TapsAccount:
    """A WorkTaps account."""

    id: int
    created: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    city: str | None
    state: str | None
    street: str | None
    postal: str | None
    birth_date: str | None
    employee_id: str | None
    timezone: str
    role: str
    department_id: str
    location_ids: list[str]
    meta: dict[str, str]
    removed: bool = False
    term_date: str | None = None


@dataclass(slots=True)
class TapsJob:
    """A WorkTaps job; a MANAGER of an open job cannot be demoted (40031)."""

    id: int
    name: str
    manager_account_id: int
    open: bool = True


@dataclass(slots=True)
class WorqEmployee:
    employee_id: str
    first_name: str
    last_name: str
    email: str
    phone: str  # WorQ keeps phones as people typed them
    department: str
    designation: str
    location: str
    date_of_joining: str
    date_of_exit: str | None
    status: str  # active, exited
    updated_at: int

    def json(self) -> dict[str, Any]:
        return {
            "employee_id": self.employee_id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "phone": self.phone,
            "department": self.department,
            "designation": self.designation,
            "location": self.location,
            "date_of_joining": self.date_of_joining,
            "date_of_exit": self.date_of_exit,
            "status": self.status,
            "updated_at": iso(self.updated_at),
        }


@dataclass(slots=True)
class Lock:
    id: str
    name: str
    location: str
    battery_percent: int
    online: bool
    has_gateway: bool
    attendance: bool  # people clock in and out through this lock
    legacy_firmware: bool = False  # omits the optional ``event``/``server_timestamp``


@dataclass(slots=True)
class LockEvent:
    id: str
    lock_id: str
    employee_id: str | None  # WorkTime One id; None for an unknown card or passcode
    employee_name: str | None
    access_method: str
    timestamp: int
    server_timestamp: int
    success: bool
    event: str = "unlock"  # unlock, forced, tamper, locked_out


@dataclass(slots=True)
class ClockEntry:
    """A clock in or out behind an attendance record: from a lock, or manual."""

    id: str
    employee_id: str
    type: str  # clock_in, clock_out
    timestamp: int
    visible_at: int  # when the cloud knows of it (lock upload or creation)
    lock_id: str | None
    notes: str | None
    source: str  # lock, manual
    created_at: int


@dataclass(slots=True)
class Disagreement:
    """A difference seeded on purpose between the three services."""

    kind: str
    number: int
    email: str
    detail: str


@dataclass(slots=True)
class DayPlan:
    """What one simulated day holds, built once per day from the seed."""

    day: date
    events: list[LockEvent] = field(default_factory=list)
    clocks: list[ClockEntry] = field(default_factory=list)
