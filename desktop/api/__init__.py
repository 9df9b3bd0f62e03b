"""Async clients for WorkTime One, WorkTaps and WorQ; their records; their errors.

No Qt here. Every client is an async context manager on one long-lived
``httpx.AsyncClient``, and every failure is an ``ApiError`` (see ``errors``).

Its names load on first use (PEP 562): ``desktop.api.errors`` and the other light
modules come without httpx and pydantic, so the console's first frame can use them
before the network stack is imported.
"""

import typing as _typing

from desktop.lazy import exports as _exports

if _typing.TYPE_CHECKING:
    from ._base import Page, RateLimit, walk
    from ._http import check_base_url
    from .errors import (
        ApiError,
        AuthError,
        NetworkError,
        NotFound,
        PermissionDenied,
        ProtocolError,
        RateLimited,
        ServerError,
        ValidationError,
    )
    from .models import (
        Account,
        AccountInput,
        AttendanceRecord,
        AttendanceReportRow,
        ClockEvent,
        DeletedEmployee,
        Department,
        Employee,
        Location,
        LocationInput,
        Lock,
        LockEvent,
        Meta,
        Organization,
        PayrollRow,
        WebhookEvent,
        WorqEmployee,
    )
    from .worktaps import WorkTapsClient
    from .worktime import WorkTimeClient
    from .worq import WorqClient

_MODULE_OF = {
    "Page": "_base",
    "RateLimit": "_base",
    "walk": "_base",
    "check_base_url": "_http",
    "ApiError": "errors",
    "AuthError": "errors",
    "NetworkError": "errors",
    "NotFound": "errors",
    "PermissionDenied": "errors",
    "ProtocolError": "errors",
    "RateLimited": "errors",
    "ServerError": "errors",
    "ValidationError": "errors",
    "Account": "models",
    "AccountInput": "models",
    "AttendanceRecord": "models",
    "AttendanceReportRow": "models",
    "ClockEvent": "models",
    "DeletedEmployee": "models",
    "Department": "models",
    "Employee": "models",
    "Location": "models",
    "LocationInput": "models",
    "Lock": "models",
    "LockEvent": "models",
    "Meta": "models",
    "Organization": "models",
    "PayrollRow": "models",
    "WebhookEvent": "models",
    "WorqEmployee": "models",
    "WorkTapsClient": "worktaps",
    "WorkTimeClient": "worktime",
    "WorqClient": "worq",
}


__getattr__ = _exports(__name__, _MODULE_OF)


__all__ = [
    "Account",
    "AccountInput",
    "ApiError",
    "AttendanceRecord",
    "AttendanceReportRow",
    "AuthError",
    "ClockEvent",
    "DeletedEmployee",
    "Department",
    "Employee",
    "Location",
    "LocationInput",
    "Lock",
    "LockEvent",
    "Meta",
    "NetworkError",
    "NotFound",
    "Organization",
    "Page",
    "PayrollRow",
    "PermissionDenied",
    "ProtocolError",
    "RateLimit",
    "RateLimited",
    "ServerError",
    "ValidationError",
    "WebhookEvent",
    "WorkTapsClient",
    "WorkTimeClient",
    "WorqClient",
    "WorqEmployee",
    "check_base_url",
    "walk",
]
