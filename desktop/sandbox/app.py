"""The sandbox's ASGI app: the three services and the ``/_sandbox`` controls on one port."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount

from . import controls, worktaps, worktime, worq
from .faults import SandboxMiddleware
from .state import SandboxState


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
                SandboxMiddleware, faults=state.faults, log=state.requests, clock=state.clock
            )
        ],
    )
    app.state.sandbox = state
    return app
