"""The WorkTaps service of the sandbox, mounted at ``/worktaps/api/v1``.

Every request passes the same guard, in this order:

1. the key: HTTP Basic with the key as user name (``curl -u KEY:``; the
   password is not looked at) or ``Authorization: Bearer KEY``; missing or
   unknown answers 401 ``{"code": 40000, ...}``;
2. the rate limit: a fixed window per key per hour; past it, 429
   ``{"code": 429, "message": "Too many requests"}`` with ``Retry-After``;
3. writes (POST, PUT, DELETE) need a key that may write; the read-only key
   answers 401 40000;
4. the handler; a ``Refused`` it raises becomes ``{"code", "message"}`` with the
   code's HTTP status.

Every answer, errors included, carries ``X-RateLimit-Limit``, ``-Remaining``
and ``-Reset``; a request without a valid key reports an anonymous bucket that
it does not count against. Unknown paths answer 404 and known paths with
another method 405, in the same error shape. 5xxxx answers come only from
injected faults (``faults.py``).
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Route

from . import credentials
from .http import JSONResponse, basic_user, bearer_token
from .ratelimit import RateStatus
from .state import SandboxState
from .worktaps_accounts import (
    create_account,
    get_account,
    list_accounts,
    remove_account,
    update_account,
)
from .worktaps_checks import Problem, Refused, http_status, problem
from .worktaps_locations import create_location, list_departments, list_locations, update_location

Handler = Callable[[SandboxState, Request], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]

WRITE_METHODS = frozenset({"POST", "PUT", "DELETE", "PATCH"})
ALL_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
ANONYMOUS_BUCKET = "worktaps:anonymous"
TOO_MANY = Problem(429, "Too many requests")


def request_key(request: Request) -> str | None:
    """The WorkTaps key the request carries, if it is one the sandbox knows."""
    return _known_key(request.headers.get("authorization", ""))


def _known_key(authorization: str) -> str | None:
    key = bearer_token(authorization) or basic_user(authorization)
    return key if key in credentials.WORKTAPS_KEYS else None


def peek_rate(state: SandboxState, authorization: str) -> RateStatus:
    """The budget an answer to this ``Authorization`` header shows, without counting a request."""
    key = _known_key(authorization)
    bucket = ANONYMOUS_BUCKET if key is None else f"worktaps:{key}"
    return state.limiter.peek(bucket, credentials.WORKTAPS_HOURLY_LIMIT)


def error_response(found: Problem, *, in_path: bool = False) -> JSONResponse:
    return JSONResponse(found.json(), status_code=http_status(found.code, in_path=in_path))


def _guard(state: SandboxState, handler: Handler) -> Endpoint:
    limit = credentials.WORKTAPS_HOURLY_LIMIT

    async def endpoint(request: Request) -> Response:
        key = request_key(request)
        if key is None:
            rate = state.limiter.peek(ANONYMOUS_BUCKET, limit)
            return _with_rate(error_response(problem(40000)), rate)
        rate = state.limiter.hit(f"worktaps:{key}", limit)
        if not rate.allowed:
            too_many = error_response(TOO_MANY)
            retry = max(0, math.ceil(rate.reset - state.clock.now_ts()))
            too_many.headers["Retry-After"] = str(retry)
            return _with_rate(too_many, rate)
        if request.method in WRITE_METHODS and not credentials.WORKTAPS_KEYS[key]:
            return _with_rate(error_response(problem(40000)), rate)
        response: Response
        try:
            response = await handler(state, request)
        except Refused as refused:
            response = error_response(refused.problem, in_path=refused.in_path)
        return _with_rate(response, rate)

    return endpoint


def _with_rate(response: Response, rate: RateStatus) -> Response:
    response.headers.update(rate.headers())
    return response


def routes(state: SandboxState) -> list[BaseRoute]:
    def bind(handler: Handler) -> Endpoint:
        return _guard(state, handler)

    known: list[BaseRoute] = [
        Route("/account", bind(create_account), methods=["POST"]),
        Route("/account/{id}", bind(get_account), methods=["GET"]),
        Route("/account/{id}", bind(update_account), methods=["PUT"]),
        Route("/account/{id}", bind(remove_account), methods=["DELETE"]),
        Route("/accounts", bind(list_accounts), methods=["GET"]),
        Route("/departments", bind(list_departments), methods=["GET"]),
        Route("/locations", bind(list_locations), methods=["GET"]),
        Route("/locations", bind(create_location), methods=["POST"]),
        Route("/locations/{id}", bind(update_location), methods=["PUT"]),
    ]

    async def fallback(state: SandboxState, request: Request) -> Response:
        if any(route.matches(request.scope)[0] is Match.PARTIAL for route in known):
            raise Refused(Problem(405, "Method not allowed"))
        raise Refused(Problem(404, "Not found"))

    return [*known, Route("/{path:path}", bind(fallback), methods=ALL_METHODS)]
