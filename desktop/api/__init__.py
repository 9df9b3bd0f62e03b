"""Async clients for WorkTime One, WorkTaps and WorQ; their records; their errors.

No Qt here. Every client is an async context manager on one long-lived
``httpx.AsyncClient``, and every failure is an ``ApiError`` (see ``errors``).
"""

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
