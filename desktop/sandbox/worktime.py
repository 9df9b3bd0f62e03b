"""WorkTime One, mounted at ``/worktime/v1``: its routes, and the checks every request passes.

Order: the key (401) -> the key's hourly window (429, not counted) -> the key's
scope (403) -> the handler. Every answer, errors included, carries the
``X-RateLimit-*`` headers; an unknown path is a 404 in the envelope, and a
handler's unexpected exception a 500 ``internal_error``, never a traceback page.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import worktime_attendance as attendance
from . import worktime_employees as employees
from . import worktime_locks as locks
from . import worktime_reports as reports
from .credentials import WORKTIME_KEYS, WorkTimeKey
from .http import BadBody, bearer_token
from .ratelimit import RateStatus
from .records import iso
from .state import SandboxState
from .worktime_http import WtError, error_response

log = logging.getLogger("desktop.sandbox.worktime")

Handler = Callable[[SandboxState, Request], Awaitable[Response]]

ANONYMOUS_BUCKET = "worktime:anonymous"
ANONYMOUS_LIMIT = 100
SCOPE_METHODS: dict[str, frozenset[str]] = {
    "read": frozenset({"GET"}),
    "read_write": frozenset({"GET", "POST", "PUT"}),
    "full": frozenset({"GET", "POST", "PUT", "DELETE"}),
}
ANY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

ENDPOINTS: tuple[tuple[str, Mapping[str, Handler]], ...] = (
    ("/organization", {"GET": employees.organization}),
    ("/employees", {"GET": employees.list_employees, "POST": employees.create_employee}),
    (
        "/employees/{id}",
        {
            "GET": employees.get_employee,
            "PUT": employees.update_employee,
            "DELETE": employees.delete_employee,
        },
    ),
    ("/attendance", {"GET": attendance.list_attendance}),
    ("/attendance/clock", {"POST": attendance.clock}),
    ("/reports/payroll", {"GET": reports.payroll_report}),
    ("/reports/attendance", {"GET": reports.attendance_report}),
    ("/locks", {"GET": locks.list_locks}),
    ("/locks/{id}/history", {"GET": locks.lock_history}),
)


def peek_rate(state: SandboxState, authorization: str) -> RateStatus:
    """The budget an answer to this ``Authorization`` header shows, without counting a request."""
    found = WORKTIME_KEYS.get(bearer_token(authorization) or "")
    if found is None:
        return state.limiter.peek(ANONYMOUS_BUCKET, ANONYMOUS_LIMIT)
    return state.limiter.peek(f"worktime:{found.key}", found.limit)


def _unauthorized(state: SandboxState, key: str | None) -> Response:
    rate = state.limiter.peek(ANONYMOUS_BUCKET, ANONYMOUS_LIMIT)
    if key is None:
        message = "Missing API key: send the header Authorization: Bearer YOUR_API_KEY"
    else:
        message = "The API key is not valid"
    return error_response(401, message, headers=rate.headers())


def _rate_limited(state: SandboxState, found: WorkTimeKey, rate: RateStatus) -> Response:
    wait = max(1, rate.reset - int(state.clock.now_ts()))
    message = (
        f"Rate limit of {found.limit} requests per hour exceeded; try again after {iso(rate.reset)}"
    )
    return error_response(429, message, headers=rate.headers() | {"Retry-After": str(wait)})


async def _dispatch(
    state: SandboxState, request: Request, handlers: Mapping[str, Handler], method: str
) -> Response:
    handler = handlers.get(method)
    try:
        if handler is None:
            raise WtError(404, f"There is no {request.method} endpoint at {request.url.path}")
        return await handler(state, request)
    except WtError as exc:
        return exc.response()
    except BadBody as exc:
        return error_response(400, str(exc))
    except Exception:
        log.exception("WorkTime One handler failed: %s %s", request.method, request.url.path)
        return error_response(500, "Something went wrong on our end")


def _endpoint(
    state: SandboxState, handlers: Mapping[str, Handler]
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        key = bearer_token(request.headers.get("authorization", ""))
        found = WORKTIME_KEYS.get(key) if key is not None else None
        if found is None:
            return _unauthorized(state, key)
        rate = state.limiter.hit(f"worktime:{found.key}", found.limit)
        if not rate.allowed:
            return _rate_limited(state, found, rate)
        method = "GET" if request.method == "HEAD" else request.method
        allowed = SCOPE_METHODS[found.scope]
        if method in SCOPE_METHODS["full"] and method not in allowed:
            response: Response = error_response(
                403,
                f"This API key has the '{found.scope}' scope, which does not allow "
                f"{method} requests",
            )
        else:
            response = await _dispatch(state, request, handlers, method)
        response.headers.update(rate.headers())
        return response

    return endpoint


def routes(state: SandboxState) -> list[BaseRoute]:
    table: list[BaseRoute] = [
        Route(path, _endpoint(state, handlers), methods=ANY_METHOD) for path, handlers in ENDPOINTS
    ]
    table.append(Route("/{path:path}", _endpoint(state, {}), methods=ANY_METHOD))
    return table
