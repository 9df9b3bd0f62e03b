"""Small helpers the three services' routes share."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

# Where each service is mounted on the sandbox's one port.
SERVICE_PATHS = {
    "worktime": "/worktime/v1",
    "worktaps": "/worktaps/api/v1",
    "worq": "/worq/api/v1",
    "sandbox": "/_sandbox",
}


class JSONResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, separators=(",", ":"), ensure_ascii=False).encode()


def bearer_token(header: str) -> str | None:
    """The token of an ``Authorization: Bearer`` header value."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def basic_user(header: str) -> str | None:
    """The user name of an ``Authorization: Basic`` header value (WorkTaps puts the key there)."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, _password = decoded.partition(":")
    return user or None


class BadBody(Exception):
    """The request body could not be read as JSON or form fields."""


async def read_json(request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadBody("The request body is not valid JSON") from exc


def int_param(request: Request, name: str, default: int) -> int | None:
    """An integer query parameter; None when given but not an integer."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        return None
