"""WorkTime One: employees, attendance, clock entries, reports and TTLock smart locks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Literal, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, TypeAdapter

from desktop.words import QT_TRANSLATE_NOOP

from ._base import Page, walk
from ._http import BearerClient, Params
from .errors import Service
from .models import (
    AttendanceRecord,
    AttendanceReportRow,
    ClockEvent,
    DeletedEmployee,
    Employee,
    Lock,
    LockEvent,
    Organization,
    PayrollRow,
)

M = TypeVar("M")
ClockType = Literal["clock_in", "clock_out"]
EmployeeStatus = Literal["active", "inactive", "deleted"]
MAX_PAGE_SIZE = 100
ENVELOPE = QT_TRANSLATE_NOOP("ApiExpected", 'a JSON object with "success" and "data"')
XLSX_MAGIC = b"PK\x03\x04"


class _Pagination(BaseModel):
    page: int
    limit: int
    total: int


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="ignore")

    success: bool = True
    data: Any
    pagination: _Pagination | None = None


_ENVELOPE = TypeAdapter(_Envelope)
_ORGANIZATION = TypeAdapter(Organization)
_EMPLOYEE = TypeAdapter(Employee)
_EMPLOYEES = TypeAdapter(list[Employee])
_DELETED = TypeAdapter(DeletedEmployee)
_ATTENDANCE = TypeAdapter(list[AttendanceRecord])
_CLOCK = TypeAdapter(ClockEvent)
_PAYROLL = TypeAdapter(list[PayrollRow])
_ATTENDANCE_REPORT = TypeAdapter(list[AttendanceReportRow])
_LOCKS = TypeAdapter(list[Lock])
_LOCK_EVENTS = TypeAdapter(list[LockEvent])


class WorkTimeClient(BearerClient):
    """``async with WorkTimeClient(base_url, api_key) as client: await client.organization()``.

    Every list has a page-level ``list_*`` and an ``iter_*`` that walks all pages at the
    largest page size (100)."""

    service: Service = "worktime"

    # -- organization and employees ----------------------------------------------

    async def organization(self) -> Organization:
        return await self._one(
            "GET",
            "/organization",
            _ORGANIZATION,
            QT_TRANSLATE_NOOP("ApiExpected", "the organization"),
        )

    async def list_employees(
        self,
        page: int = 1,
        limit: int = 50,
        *,
        department: str | None = None,
        status: EmployeeStatus | None = None,
    ) -> Page[Employee]:
        """One page; by default active and inactive employees, not deleted ones."""
        params = _params(page=page, limit=limit, department=department, status=status)
        return await self._page(
            "/employees",
            params,
            _EMPLOYEES,
            QT_TRANSLATE_NOOP("ApiExpected", "a list of employees"),
        )

    def iter_employees(
        self, *, department: str | None = None, status: EmployeeStatus | None = None
    ) -> AsyncIterator[Employee]:
        return walk(
            lambda n: self.list_employees(n, MAX_PAGE_SIZE, department=department, status=status)
        )

    async def get_employee(self, employee_id: str) -> Employee:
        return await self._one(
            "GET",
            f"/employees/{_id(employee_id)}",
            _EMPLOYEE,
            QT_TRANSLATE_NOOP("ApiExpected", "an employee"),
        )

    async def create_employee(
        self,
        name: str,
        email: str,
        department_id: str,
        *,
        position: str | None = None,
        salary: Decimal | float | None = None,
        start_date: date | None = None,
    ) -> Employee:
        body = _body(
            name=name,
            email=email,
            department_id=department_id,
            position=position,
            salary=_money(salary),
            start_date=_day(start_date),
        )
        return await self._one(
            "POST",
            "/employees",
            _EMPLOYEE,
            QT_TRANSLATE_NOOP("ApiExpected", "the new employee"),
            body=body,
        )

    async def update_employee(
        self,
        employee_id: str,
        *,
        name: str | None = None,
        email: str | None = None,
        department_id: str | None = None,
        position: str | None = None,
        salary: Decimal | float | None = None,
        start_date: date | None = None,
        status: EmployeeStatus | None = None,
    ) -> Employee:
        """Changes only what is given."""
        body = _body(
            name=name,
            email=email,
            department_id=department_id,
            position=position,
            salary=_money(salary),
            start_date=_day(start_date),
            status=status,
        )
        path = f"/employees/{_id(employee_id)}"
        return await self._one(
            "PUT", path, _EMPLOYEE, QT_TRANSLATE_NOOP("ApiExpected", "the employee"), body=body
        )

    async def delete_employee(self, employee_id: str) -> DeletedEmployee:
        """A soft delete: ``restore_employee`` brings the employee back."""
        path = f"/employees/{_id(employee_id)}"
        return await self._one(
            "DELETE", path, _DELETED, QT_TRANSLATE_NOOP("ApiExpected", "the deleted employee")
        )

    async def restore_employee(self, employee_id: str) -> Employee:
        return await self.update_employee(employee_id, status="active")

    # -- attendance ------------------------------------------------------------------

    async def list_attendance(
        self,
        start_date: date,
        end_date: date,
        *,
        employee_id: str | None = None,
        lock_id: str | None = None,
        page: int = 1,
        limit: int = 50,
    ) -> Page[AttendanceRecord]:
        params = _params(
            start_date=_day(start_date),
            end_date=_day(end_date),
            employee_id=employee_id,
            lock_id=lock_id,
            page=page,
            limit=limit,
        )
        return await self._page(
            "/attendance",
            params,
            _ATTENDANCE,
            QT_TRANSLATE_NOOP("ApiExpected", "attendance records"),
        )

    def iter_attendance(
        self,
        start_date: date,
        end_date: date,
        employee_id: str | None = None,
        lock_id: str | None = None,
    ) -> AsyncIterator[AttendanceRecord]:
        return walk(
            lambda n: self.list_attendance(
                start_date,
                end_date,
                employee_id=employee_id,
                lock_id=lock_id,
                page=n,
                limit=MAX_PAGE_SIZE,
            )
        )

    async def clock(
        self,
        employee_id: str,
        type: ClockType,
        timestamp: datetime,
        lock_id: str | None = None,
        notes: str | None = None,
    ) -> ClockEvent:
        """Records a manual clock in or out; ``timestamp`` must carry its time zone."""
        body = _body(
            employee_id=employee_id,
            type=type,
            timestamp=_instant(timestamp),
            lock_id=lock_id,
            notes=notes,
        )
        return await self._one(
            "POST",
            "/attendance/clock",
            _CLOCK,
            QT_TRANSLATE_NOOP("ApiExpected", "the clock entry"),
            body=body,
        )

    # -- reports -----------------------------------------------------------------------

    async def payroll_report(
        self, start_date: date, end_date: date, employee_id: str | None = None
    ) -> list[PayrollRow]:
        params = _report_params(start_date, end_date, employee_id)
        return await self._one(
            "GET",
            "/reports/payroll",
            _PAYROLL,
            QT_TRANSLATE_NOOP("ApiExpected", "payroll rows"),
            params=params,
        )

    async def payroll_report_excel(
        self, start_date: date, end_date: date, employee_id: str | None = None
    ) -> bytes:
        """The payroll report as the bytes of an .xlsx workbook."""
        params = {**_report_params(start_date, end_date, employee_id), "format": "excel"}
        response = await self._http.request("GET", "/reports/payroll", params=params)
        if not response.content.startswith(XLSX_MAGIC):
            kind = response.headers.get("content-type", "no content type")
            raise self._http.protocol_error(
                QT_TRANSLATE_NOOP("ApiExpected", "an Excel (.xlsx) workbook"), f"got {kind}"
            )
        return response.content

    async def attendance_report(
        self, start_date: date, end_date: date, employee_id: str | None = None
    ) -> list[AttendanceReportRow]:
        params = _report_params(start_date, end_date, employee_id)
        return await self._one(
            "GET",
            "/reports/attendance",
            _ATTENDANCE_REPORT,
            "attendance report rows",
            params=params,
        )

    # -- locks ----------------------------------------------------------------------------

    async def list_locks(self) -> list[Lock]:
        """Every lock (all pages, should the account have more than a page of them)."""

        async def fetch(number: int) -> Page[Lock]:
            params = _params(page=number, limit=MAX_PAGE_SIZE)
            return await self._page(
                "/locks", params, _LOCKS, QT_TRANSLATE_NOOP("ApiExpected", "a list of locks")
            )

        return [lock async for lock in walk(fetch)]

    async def list_lock_history(
        self,
        lock_id: str,
        page: int = 1,
        limit: int = 50,
        *,
        start_date: date | None = None,
        end_date: date | None = None,
    ) -> Page[LockEvent]:
        """One page of a lock's events, newest first."""
        params = _params(
            page=page, limit=limit, start_date=_day(start_date), end_date=_day(end_date)
        )
        path = f"/locks/{_id(lock_id)}/history"
        return await self._page(
            path, params, _LOCK_EVENTS, QT_TRANSLATE_NOOP("ApiExpected", "a list of lock events")
        )

    def iter_lock_history(
        self, lock_id: str, start_date: date | None = None, end_date: date | None = None
    ) -> AsyncIterator[LockEvent]:
        return walk(
            lambda n: self.list_lock_history(
                lock_id, n, MAX_PAGE_SIZE, start_date=start_date, end_date=end_date
            )
        )

    # -- plumbing -------------------------------------------------------------------------

    async def _envelope(
        self, method: str, path: str, params: Params | None, body: dict[str, Any] | None
    ) -> _Envelope:
        response = await self._http.request(method, path, params=params, json_body=body)
        envelope = self._http.parse(_ENVELOPE, self._http.json(response, ENVELOPE), ENVELOPE)
        if not envelope.success:
            raise self._http.protocol_error(ENVELOPE, '"success" is false on a 2xx answer')
        return envelope

    async def _one(
        self,
        method: str,
        path: str,
        adapter: TypeAdapter[M],
        expected: str,
        *,
        params: Params | None = None,
        body: dict[str, Any] | None = None,
    ) -> M:
        envelope = await self._envelope(method, path, params, body)
        return self._http.parse(adapter, envelope.data, expected)

    async def _page(
        self, path: str, params: Params, adapter: TypeAdapter[list[M]], expected: str
    ) -> Page[M]:
        envelope = await self._envelope("GET", path, params, None)
        items = self._http.parse(adapter, envelope.data, expected)
        if envelope.pagination is None:
            return Page.single(items)
        p = envelope.pagination
        return Page(items=items, page=p.page, limit=max(1, p.limit), total=p.total)


def _id(value: str) -> str:
    """An id as one path segment, whatever characters it holds."""
    return quote(str(value), safe="")


def _day(value: date | None) -> str | None:
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if value is not None else None


def _instant(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("the timestamp needs a time zone (use an aware datetime)")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _money(value: Decimal | float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


def _params(**values: str | int | None) -> dict[str, str | int]:
    return {k: v for k, v in values.items() if v is not None}


def _body(**values: object) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _report_params(start: date, end: date, employee_id: str | None) -> dict[str, str | int]:
    return _params(start_date=_day(start), end_date=_day(end), employee_id=employee_id)
