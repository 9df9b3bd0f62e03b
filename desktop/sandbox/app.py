"""The sandbox's ASGI app: the three services and the ``/_sandbox`` controls on one port."""

from __future__ import annotations

from collections.abc import Callable

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount

from . import controls, worktaps, worktime, worq
from .faults import SandboxMiddleware
from .http import SERVICE_PATHS
from .state import SandboxState


def rate_headers_for(state: SandboxState) -> Callable[[str, str | None], dict[str, str]]:
    """The rate-limit headers a key's answer carries, without counting a request."""

    def headers(service: str, authorization: str | None) -> dict[str, str]:
        if service == "worktime":
            return worktime.peek_rate(state, authorization or "").headers()
        if service == "worktaps":
            return worktaps.peek_rate(state, authorization or "").headers()
        return worq.peek_rate(state).headers()

    return headers


def create_app(state: SandboxState | None = None) -> Starlette:
    state = state or SandboxState()
    app = Starlette(
        routes=[
            Mount(SERVICE_PATHS["worktime"], routes=worktime.routes(state)),
            Mount(SERVICE_PATHS["worktaps"], routes=worktaps.routes(state)),
            Mount(SERVICE_PATHS["worq"], routes=worq.routes(state)),
            Mount(SERVICE_PATHS["sandbox"], routes=controls.routes(state)),
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
