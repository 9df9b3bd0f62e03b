"""WorkTime One's envelope, errors and query parameters, shared by its route modules.

Success: ``{"success": true, "data": ...}`` (plus ``pagination`` on lists).
Failure: ``{"success": false, "error": {"code", "message", "field"?}}``.
Handlers raise ``WtError``; the wrapper in ``worktime`` turns it into the envelope.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from starlette.requests import Request

from .http import JSONResponse, read_json

DEFAULT_LIMIT = 50
MAX_LIMIT = 100
DEFAULT_DAYS = 30  # the attendance range when no dates are given

ERROR_CODES: dict[int, str] = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    429: "rate_limited",
    500: "internal_error",
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class WtError(Exception):
    """An answer other than success, in the vendor's terms."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field

    def response(self, headers: Mapping[str, str] | None = None) -> JSONResponse:
        return error_response(self.status, self.message, self.field, headers)


def invalid(message: str, field: str | None = None) -> WtError:
    return WtError(400, message, field)


def not_found(message: str) -> WtError:
    return WtError(404, message)


def error_response(
    status: int,
    message: str,
    field: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    error: dict[str, Any] = {"code": ERROR_CODES.get(status, "internal_error"), "message": message}
    if field is not None:
        error["field"] = field
    return JSONResponse(
        {"success": False, "error": error}, status_code=status, headers=dict(headers or {})
    )


def ok(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse({"success": True, "data": data}, status_code=status)


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    limit: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.limit

    def slice(self, items: Sequence[Any]) -> Sequence[Any]:
        return items[self.offset : self.offset + self.limit]

    def response(self, data: list[Any], total: int) -> JSONResponse:
        return JSONResponse(
            {
                "success": True,
                "data": data,
                "pagination": {"page": self.number, "limit": self.limit, "total": total},
            }
        )


def _whole_number(request: Request, name: str, default: int, low: int, high: int | None) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw.strip() == "":
        return default
    bounds = f"from {low} to {high}" if high is not None else f"of {low} or more"
    try:
        value = int(raw)
    except ValueError:
        raise invalid(f"The '{name}' parameter must be a whole number {bounds}", name) from None
    if value < low or (high is not None and value > high):
        raise invalid(f"The '{name}' parameter must be a whole number {bounds}", name)
    return value


def page_params(request: Request) -> Page:
    """``page`` (from 1) and ``limit`` (1 to 100, default 50), or a 400 naming the field."""
    number = _whole_number(request, "page", 1, 1, None)
    limit = _whole_number(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    return Page(number, limit)


def optional_page(request: Request) -> Page | None:
    """Paging for a list answered whole unless the caller asks for pages."""
    if "page" in request.query_params or "limit" in request.query_params:
        return page_params(request)
    return None


def parse_date(raw: Any, name: str, what: str = "field") -> date:
    if not isinstance(raw, str) or not _DATE.fullmatch(raw.strip()):
        raise invalid(f"The '{name}' {what} must be a date as YYYY-MM-DD", name)
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise invalid(f"The '{name}' {what} is not a real date: {raw}", name) from None


def date_param(request: Request, name: str) -> date | None:
    raw = request.query_params.get(name)
    if raw is None or raw.strip() == "":
        return None
    return parse_date(raw, name, "parameter")


def date_range(request: Request, *, required: bool) -> tuple[date | None, date | None]:
    """``start_date`` and ``end_date``; both required for reports; start not after end."""
    start = date_param(request, "start_date")
    end = date_param(request, "end_date")
    if required:
        for name, value in (("start_date", start), ("end_date", end)):
            if value is None:
                raise invalid(f"The '{name}' parameter is required", name)
    if start is not None and end is not None and start > end:
        raise invalid(
            f"The 'start_date' ({start.isoformat()}) is after the 'end_date' ({end.isoformat()})",
            "start_date",
        )
    return start, end


def required_range(request: Request) -> tuple[date, date]:
    start, end = date_range(request, required=True)
    if start is None or end is None:  # date_range raised already; this narrows the types
        raise invalid("The 'start_date' and 'end_date' parameters are required", "start_date")
    return start, end


def default_range(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """Missing ends of an attendance range: the last 30 days through today."""
    span = timedelta(days=DEFAULT_DAYS - 1)
    if start is not None:
        return start, end if end is not None else today
    if end is not None:
        return end - span, end
    return today - span, today


def days_between(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


async def json_object(request: Request) -> dict[str, Any]:
    body = await read_json(request)
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object")
    return body


def number_out(value: float | None) -> float | int | None:
    """75000.0 goes on the wire as 75000, as the vendor shows it."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
