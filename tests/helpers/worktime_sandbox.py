"""Small helpers for the WorkTime One sandbox tests: keys, a client, paging, local time."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import worktime_key

FULL_KEY = worktime_key("full", "paid")
NY = ZoneInfo("America/New_York")
TODAY = date(2026, 11, 18)  # TEST_NOW is 10:00 on this Wednesday in New York
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC).timestamp()  # TEST_NOW in epoch seconds
RATE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


def client(sandbox: SandboxServer, key: str = FULL_KEY) -> httpx.Client:
    return httpx.Client(
        base_url=sandbox.url("worktime"), headers={"Authorization": f"Bearer {key}"}, timeout=30
    )


def data_of(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is True
    return body["data"]


def error_of(response: httpx.Response, status: int, field: str | None = None) -> dict[str, Any]:
    """The error object of a failure envelope, checked against the contract."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False
    error: dict[str, Any] = body["error"]
    codes = {
        400: "invalid_request",
        401: "unauthorized",
        403: "forbidden",
        404: "not_found",
        429: "rate_limited",
        500: "internal_error",
    }
    assert error["code"] == codes[status]
    assert isinstance(error["message"], str)
    assert error["message"]
    assert error.get("field") == field
    for header in RATE_HEADERS:
        assert header in response.headers
    return error


def walk(http: httpx.Client, path: str, limit: int = 100, **params: Any) -> list[dict[str, Any]]:
    """Every record of a list endpoint, page by page; checks each page's pagination."""
    out: list[dict[str, Any]] = []
    page = 1
    total = None
    while True:
        response = http.get(path, params={**params, "page": page, "limit": limit})
        items = data_of(response)
        pagination = response.json()["pagination"]
        assert pagination["page"] == page
        assert pagination["limit"] == limit
        if total is None:
            total = pagination["total"]
        assert pagination["total"] == total
        assert len(items) <= limit
        out.extend(items)
        if len(items) < limit:
            break
        page += 1
        assert page < 1000, "runaway paging"
    assert len(out) == total
    return out


def parse(stamp: str) -> datetime:
    assert stamp.endswith("Z")
    return datetime.fromisoformat(stamp)


def local(stamp: str) -> datetime:
    return parse(stamp).astimezone(NY)


def utc_iso(day: date, hour: int, minute: int, second: int = 0) -> str:
    """A New York wall-clock time on ``day`` as the wire's UTC ISO form."""
    moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=NY)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
