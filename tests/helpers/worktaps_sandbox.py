"""Small helpers for the WorkTaps sandbox tests: keys, clients, a valid account body."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY, WORKTAPS_READONLY_KEY
from desktop.sandbox.worktaps_codes import message

KEY = WORKTAPS_KEY
READONLY_KEY = WORKTAPS_READONLY_KEY
TODAY = date(2026, 11, 18)  # TEST_NOW is 10:00 on this Wednesday in New York
RATE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
DROP = object()  # in ``account_body``: leave the field out

# Seeded facts (seed 1, 120 people) the tests lean on.
OWNER_ID = 5001
OWNER_EMAIL = "jack.mendoza@acme.example"
OWNER_PHONE = "+12122300000"
EMPLOYEE_ID = 5010
PHONE_ONLY_ID = 5061  # no email, no employee id
MANAGER_WITH_JOB_ID = 5002  # manages the open job "Saturday inventory"
REMOVED_ID = 5089
NEW_PHONE = "+12022345678"  # the vendor's example number; no seeded account has it


def client(sandbox: SandboxServer, key: str | None = KEY) -> httpx.Client:
    """A client with HTTP Basic auth, the key as user name and an empty password."""
    auth = (key, "") if key is not None else None
    return httpx.Client(base_url=sandbox.url("worktaps"), auth=auth, timeout=30)


def account_body(**changes: Any) -> dict[str, Any]:
    """A JSON body every create accepts; ``field=DROP`` leaves a field out."""
    body: dict[str, Any] = {
        "firstName": "Ada",
        "lastName": "Lovelace",
        "email": "ada.lovelace@example.com",
        "phone": NEW_PHONE,
        "city": "Washington",
        "state": "DC",
        "street": "1 Analytical Way",
        "postal": "20001-1234",
        "birthDate": "1990-12-10",
        "employeeId": "90001",
        "timezone": "America/New_York",
        "role": "EMPLOYEE",
        "department": "209",
        "locations": ["301", "303"],
        "meta": {"jobTitle": "Dish Washer", "startDate": "2026-11-01", "badge": "B-17"},
    }
    return _changed(body, changes)


def meta(**changes: Any) -> dict[str, Any]:
    """The valid body's meta with changes; ``field=DROP`` leaves a key out."""
    return _changed(dict(account_body()["meta"]), changes)


def _changed(values: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``values`` with ``changes`` applied in place; a change to ``DROP`` removes the key."""
    for name, value in changes.items():
        if value is DROP:
            values.pop(name, None)
        else:
            values[name] = value
    return values


def error_of(response: httpx.Response, status: int, code: int, **fill: str) -> None:
    """The vendor's error shape with the table's message, and the status the contract gives."""
    assert response.status_code == status, response.text
    assert response.json() == {"code": code, "message": message(code, **fill)}


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def has_rate_headers(response: httpx.Response) -> bool:
    return all(response.headers.get(name, "").isdigit() for name in RATE_HEADERS)
