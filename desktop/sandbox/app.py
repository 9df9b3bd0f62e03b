"""The sandbox's ASGI app: the three services and the ``/_sandbox`` controls on one port."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount

from . import controls, credentials, worktaps, worktime, worq
from .faults import SandboxMiddleware
from .state import SandboxState


def _key(authorization: str | None) -> str | None:
    scheme, _, value = (authorization or "").partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            return base64.b64decode(value.strip(), validate=True).decode().partition(":")[0]
        except (binascii.Error, UnicodeDecodeError):
            return None
    return None


def rate_headers_for(state: SandboxState) -> Callable[[str, str | None], dict[str, str]]:
    """The rate-limit headers a key's answer carries, without counting a request."""

    def headers(service: str, authorization: str | None) -> dict[str, str]:
        key = _key(authorization)
        if service == "worktime":
            found = credentials.WORKTIME_KEYS.get(key or "")
            if found is None:
                return state.limiter.peek("worktime:anonymous", 100).headers()
            return state.limiter.peek(f"worktime:{found.key}", found.limit).headers()
        if service == "worktaps":
            limit = credentials.WORKTAPS_HOURLY_LIMIT
            return state.limiter.peek(f"worktaps:{key}", limit).headers()
        limit = credentials.WORQ_HOURLY_LIMIT
        return state.limiter.peek(f"worq:{credentials.WORQ_PARTNER_NAME}", limit).headers()

    return headers


def create_app(state: SandboxState | None = None) -> Starlette:
    state = state or SandboxState()
    app = Starlette(
        routes=[
            Mount("/worktime/v1", routes=worktime.routes(state)),
            Mount("/worktaps/api/v1", routes=worktaps.routes(state)),
            Mount("/worq/api/v1", routes=worq.routes(state)),
            Mount("/_sandbox", routes=controls.routes(state)),
        ],
        middleware=[
            Middleware(
                SandboxMiddleware,
                faults=state.faults,
                log=state.requests,
                clock=state.clock,
                rate_headers=rate_headers_for(state),
            )
        ],
    )
    app.state.sandbox = state
    return app
