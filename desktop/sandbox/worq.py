"""WorQ: a partner token that expires, and employee data in pages of 50."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import credentials
from .http import BadBody, JSONResponse, read_json
from .ratelimit import RateStatus
from .records import WorqEmployee
from .state import SandboxState

PER_PAGE = 50


class WorqError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _envelope(result: Any, status: int = 200, messages: list[str] | None = None) -> JSONResponse:
    body = {
        "status": "success" if status < 400 else "error",
        "messages": messages or [],
        "result": result,
    }
    return JSONResponse(body, status_code=status)


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = await read_json(request)
    except BadBody as exc:
        raise WorqError(400, "Request body must be JSON") from exc
    if not isinstance(body, dict):
        raise WorqError(400, "Request body must be a JSON object")
    return body


def _required_str(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise WorqError(400, f"Missing required field: {name}")
    return value


def _date(body: dict[str, Any], name: str) -> date:
    raw = _required_str(body, name)
    try:
        if len(raw) != 10:
            raise ValueError(raw)
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise WorqError(400, f"Invalid {name}: use the format YYYY-MM-DD") from exc


def _in_range(employee: WorqEmployee, state: SandboxState, start: date, end: date) -> bool:
    joined = date.fromisoformat(employee.date_of_joining)
    updated = state.data.local_date(employee.updated_at)
    return start <= joined <= end or start <= updated <= end


def peek_rate(state: SandboxState) -> RateStatus:
    """The partner's budget, without counting a request (WorQ's bucket is the partner's)."""
    return state.limiter.peek(
        f"worq:{credentials.WORQ_PARTNER_NAME}", credentials.WORQ_HOURLY_LIMIT
    )


def routes(state: SandboxState) -> list[BaseRoute]:
    def limited(bucket: str) -> RateStatus:
        status = state.limiter.hit(f"worq:{bucket}", credentials.WORQ_HOURLY_LIMIT)
        if not status.allowed:
            raise WorqError(429, "Too many requests, try again after the reset")
        return status

    async def get_access_token(request: Request) -> Response:
        body = await _json_object(request)
        name = _required_str(body, "partner_name")
        key = _required_str(body, "partner_key")
        rate = limited(name)
        if (name, key) != (credentials.WORQ_PARTNER_NAME, credentials.WORQ_PARTNER_KEY):
            raise WorqError(401, "Invalid partner credentials")
        token = state.tokens.issue(name)
        response = _envelope({"token": token.token, "expires_in": state.tokens.lifetime})
        response.headers.update(rate.headers())
        return response

    async def get_employee_data(request: Request) -> Response:
        body = await _json_object(request)
        token = _required_str(body, "token")
        problem = state.tokens.check(token)
        if problem:
            raise WorqError(401, problem)
        rate = limited(credentials.WORQ_PARTNER_NAME)
        if body.get("customer_code") != credentials.WORQ_CUSTOMER_CODE:
            raise WorqError(400, "Invalid customer code")
        start, end = _date(body, "start_date"), _date(body, "end_date")
        if start > end:
            raise WorqError(400, "start_date must not be after end_date")
        page = body.get("page", 1)
        if not isinstance(page, int) or isinstance(page, bool) or page < 1:
            raise WorqError(400, "page must be a whole number from 1")
        wanted = body.get("employee_id")
        matches = [
            e
            for e in state.data.worq
            if (wanted is None or e.employee_id == str(wanted)) and _in_range(e, state, start, end)
        ]
        total = len(matches)
        chunk = matches[(page - 1) * PER_PAGE : page * PER_PAGE]
        result = {
            "employees": [e.json() for e in chunk],
            "page": page,
            "per_page": PER_PAGE,
            "total": total,
            "total_pages": math.ceil(total / PER_PAGE),
        }
        response = _envelope(result)
        response.headers.update(rate.headers())
        return response

    def guarded(handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                response: Response = await handler(request)
            except WorqError as exc:
                response = _envelope(None, exc.status, [exc.message])
                response.headers.update(peek_rate(state).headers())
            return response

        return endpoint

    return [
        Route("/get-access-token", guarded(get_access_token), methods=["POST"]),
        Route("/get-employee-data", guarded(get_employee_data), methods=["POST"]),
    ]
