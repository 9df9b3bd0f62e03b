"""Whatever a server answers, a client raises nothing but an ApiError (hypothesis)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.api import (
    AccountInput,
    ApiError,
    LocationInput,
    WorkTapsClient,
    WorkTimeClient,
    WorqClient,
)
from desktop.api.errors import error_for_response
from tests.helpers.api import TEST_NOW, collect, fast, run

D1, D2 = date(2026, 11, 1), date(2026, 11, 18)
WORDS = [
    "success",
    "data",
    "pagination",
    "page",
    "limit",
    "total",
    "records",
    "status",
    "messages",
    "result",
    "employees",
    "per_page",
    "total_pages",
    "token",
    "expires_in",
    "code",
    "message",
    "field",
    "error",
    "removed",
    "id",
    "name",
    "timestamp",
    "date",
    "employee_id",
    "meta",
]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["2026-11-18", "2026-11-18T09:00:00Z", "success", "Token expired"])
    | st.sampled_from([40018, 40031, 50001, 2**70, -1, 0])
)
KEYS = st.sampled_from(WORDS) | st.text(max_size=8)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=25,
)
STAMP = "2026-11-18T09:00:00Z"
RECORD = {
    "id": "x1",
    "name": "Ann",
    "employee_id": "emp_1",
    "employee_name": "Ann",
    "email": "a@b.c",
    "date": "2026-11-18",
    "timestamp": STAMP,
    "server_timestamp": STAMP,
    "clock_in": STAMP,
    "clock_out": None,
    "type": "clock_in",
    "work_hours": 1.5,
    "late_minutes": 3,
    "salary": 100,
    "status": "active",
    "absent": False,
    "gross_pay": 10.5,
    "days_worked": 2,
    "event": "forced",
    "access_method": "card",
    "battery_percent": 50,
    "online": True,
    "created_at": STAMP,
}
ACCOUNT = {
    "id": 5001,
    "firstName": "Ann",
    "email": "a@b.c",
    "created": STAMP,
    "birthDate": "1990-01-02",
    "department": {"id": "201", "name": "Eng"},
    "locations": [{"id": "301", "name": "HQ"}],
    "meta": {"jobTitle": "Chef", "startDate": "2026-01-02", "badge": "7"},
    "name": "HQ",
}
PERSON = {
    "employee_id": "7",
    "first_name": "Ann",
    "date_of_joining": "2020-01-02",
    "updated_at": STAMP,
    "date_of_exit": None,
}
TEMPLATES: dict[str, list[Any]] = {
    "worktime": [
        {"success": True, "data": [RECORD], "pagination": {"page": 1, "limit": 1, "total": 3}},
        {"success": True, "data": RECORD},
    ],
    "worktaps": [{"total": 3, "records": [ACCOUNT]}, ACCOUNT, {"removed": True}],
    "worq": [
        {
            "status": "success",
            "messages": [],
            "result": {
                "employees": [PERSON],
                "page": 1,
                "per_page": 1,
                "total": 3,
                "total_pages": 3,
            },
        },
        {"status": "error", "messages": ["Token expired"], "result": None},
    ],
}


def near(value: Any) -> st.SearchStrategy[Any]:
    """Mostly ``value``'s shape, now and then with a part dropped or swapped for any JSON."""
    inner: st.SearchStrategy[Any]
    if isinstance(value, dict):
        whole = st.fixed_dictionaries({k: near(v) for k, v in value.items()})
        holed = st.fixed_dictionaries({}, optional={k: near(v) for k, v in value.items()})
        inner = st.integers(0, 4).flatmap(lambda i: holed if i == 0 else whole)
    elif isinstance(value, list):
        inner = st.lists(near(value[0]), max_size=3) if value else st.just([])
    else:
        inner = st.just(value)
    return st.integers(0, 15).flatmap(lambda i: JSON if i == 0 else inner)


STATUSES = st.sampled_from([200, 201, 204, 302, 400, 401, 403, 404, 418, 429, 500, 502, 503])
HEADER = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=25)
RATE = st.none() | st.tuples(
    HEADER | st.integers().map(str), HEADER, HEADER | st.integers().map(str)
)

Call = Callable[[Any], Awaitable[Any]]
WORKTIME: dict[str, Call] = {
    "organization": lambda c: c.organization(),
    "list_employees": lambda c: c.list_employees(),
    "iter_employees": lambda c: collect(c.iter_employees()),
    "get_employee": lambda c: c.get_employee("emp_1"),
    "create_employee": lambda c: c.create_employee("A", "a@b.c", "dept_01"),
    "update_employee": lambda c: c.update_employee("emp_1", name="B"),
    "delete_employee": lambda c: c.delete_employee("emp_1"),
    "restore_employee": lambda c: c.restore_employee("emp_1"),
    "list_attendance": lambda c: c.list_attendance(D1, D2),
    "iter_attendance": lambda c: collect(c.iter_attendance(D1, D2)),
    "clock": lambda c: c.clock("emp_1", "clock_in", TEST_NOW),
    "payroll_report": lambda c: c.payroll_report(D1, D2),
    "payroll_report_excel": lambda c: c.payroll_report_excel(D1, D2),
    "attendance_report": lambda c: c.attendance_report(D1, D2),
    "list_locks": lambda c: c.list_locks(),
    "list_lock_history": lambda c: c.list_lock_history("lock_1"),
    "iter_lock_history": lambda c: collect(c.iter_lock_history("lock_1")),
}
WORKTAPS: dict[str, Call] = {
    "list_accounts": lambda c: c.list_accounts(meta={"jobTitle": "Chef"}),
    "iter_accounts": lambda c: collect(c.iter_accounts()),
    "get_account": lambda c: c.get_account(1),
    "create_account": lambda c: c.create_account(AccountInput(first_name="A")),
    "update_account": lambda c: c.update_account(1, AccountInput(city="B")),
    "delete_account": lambda c: c.delete_account(1, D1),
    "iter_departments": lambda c: collect(c.iter_departments()),
    "iter_locations": lambda c: collect(c.iter_locations()),
    "create_location": lambda c: c.create_location(LocationInput(name="A")),
    "update_location": lambda c: c.update_location(1, LocationInput(name="B")),
}
WORQ: dict[str, Call] = {
    "get_employee_data": lambda c: c.get_employee_data(D1, D2),
    "iter_employee_data": lambda c: collect(c.iter_employee_data(D1, D2, "7")),
}
GOOD_TOKEN = {
    "status": "success",
    "messages": [],
    "result": {"token": "t" * 20, "expires_in": 1800},
}
MAX_REQUESTS = 6  # then an empty answer ends any walk a body keeps promising more of


def handler(status: int, body: bytes, rate: tuple[str, str, str] | None, good_token: bool) -> Any:
    count = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        if good_token and request.url.path.endswith("/get-access-token"):
            return httpx.Response(200, json=GOOD_TOKEN)
        if count > MAX_REQUESTS:
            return httpx.Response(200, json=[])
        headers = {}
        if rate is not None:
            headers = dict(
                zip(
                    ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"),
                    rate,
                    strict=True,
                )
            )
        return httpx.Response(status, content=body, headers=headers)

    return answer


def client(service: str, transport: httpx.MockTransport) -> Any:
    options = fast()
    if service == "worktime":
        return WorkTimeClient(
            "https://api.worktime.one/v1", "key-123456", transport=transport, **options
        )
    if service == "worktaps":
        return WorkTapsClient(
            "https://worktaps.com/api/v1", "key-123456", transport=transport, **options
        )
    return WorqClient(
        "https://employee-mss.worqhub.com/api/v1",
        "p",
        "key-123456",
        "C1",
        transport=transport,
        **options,
    )


def only_api_errors(service: str, call: Call, answer: Any) -> None:
    async def scenario() -> None:
        async with client(service, httpx.MockTransport(answer)) as c:
            with contextlib.suppress(ApiError):
                await call(c)

    run(scenario())


METHODS = [
    pytest.param(service, call, id=f"{service}.{name}")
    for service, table in (("worktime", WORKTIME), ("worktaps", WORKTAPS), ("worq", WORQ))
    for name, call in table.items()
]
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(("service", "call"), METHODS)
@FEW
@given(data=st.data(), status=STATUSES, rate=RATE, good_token=st.booleans())
def test_any_json_body(
    service: str, call: Call, data: st.DataObject, status: int, rate: Any, good_token: bool
) -> None:
    shapes = [near(template) for template in TEMPLATES[service]]
    body = data.draw(st.one_of(JSON, *shapes), label="body")
    raw = json.dumps(body).encode()
    only_api_errors(service, call, handler(status, raw, rate, good_token))


@pytest.mark.parametrize(("service", "call"), METHODS)
@FEW
@given(body=st.binary(max_size=300), status=STATUSES, good_token=st.booleans())
def test_any_bytes(service: str, call: Call, body: bytes, status: int, good_token: bool) -> None:
    only_api_errors(service, call, handler(status, body, None, good_token))


@settings(max_examples=300, deadline=None)
@given(service=st.sampled_from(["worktime", "worktaps", "worq"]), status=STATUSES, body=JSON)
def test_error_mapping_always_gives_an_api_error(service: Any, status: int, body: Any) -> None:
    error = error_for_response(service, status, body, reset_at=TEST_NOW)
    assert isinstance(error, ApiError)
    assert error.message
    assert str(error) == error.message
