"""Placeholder: the worktime routes land here."""

from __future__ import annotations

from starlette.routing import BaseRoute

from .state import SandboxState


def routes(state: SandboxState) -> list[BaseRoute]:
    return []
