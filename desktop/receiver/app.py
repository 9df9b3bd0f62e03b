"""The ASGI app WorkTime One posts its webhooks to.

Each delivery is checked in the order that costs least and trusts least first: its
size (at most 64 KB, read no further), its content type, its signature over the raw
body (constant time, before any parsing), then that it is an event, dated within five
minutes of now either way (an old one is a replay). Only then is it kept, committed
(``keep``), and only then answered 2xx; then the session is told (``stored``). A body
seen before is answered 200 and kept once. Refusals are counted by cause in
``WebhookHealth`` and logged once per cause.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from desktop.api.webhooks import (
    EMPLOYEE_EVENTS,
    SIGNATURE_HEADER,
    TEST_EVENT,
    NotAnEvent,
    envelope,
    signature_ok,
)
from desktop.receiver.health import WebhookHealth

MAX_BODY = 64 * 1024
WINDOW = timedelta(minutes=5)  # how old (or early) an event may be
PATH = "/webhooks/worktime"

Keep = Callable[[bytes, str, datetime, bytes | None], bool]
"""Keep a delivery durably (raw body, event, its timestamp, what to store instead): False
when the same body was kept before."""


class _TooLarge(Exception):
    pass


async def _body(request: Request) -> bytes:
    """The raw body, refused past ``MAX_BODY`` without reading the rest."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise _TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _without_salary(body: bytes) -> bytes:
    """An employee's event as kept: everything but the salary (the store keeps none)."""
    parsed = json.loads(body)
    data = parsed.get("data")
    if isinstance(data, dict):
        data.pop("salary", None)
    return json.dumps(parsed, separators=(",", ":")).encode()


def create_receiver(
    keep: Keep,
    secret: str,
    health: WebhookHealth,
    clock: Callable[[], datetime],
    stored: Callable[[], None] = lambda: None,
) -> Starlette:
    def refuse(cause: str, status: int, text: str, detail: str = "") -> Response:
        health.refused(cause, detail)
        return PlainTextResponse(text, status_code=status)

    async def receive(request: Request) -> Response:
        try:
            body = await _body(request)
        except _TooLarge:
            return refuse("too_large", 413, "Body over 64 KB.")
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            return refuse("content_type", 415, "Send application/json.", kind or "none")
        if not secret:
            return refuse("no_secret", 503, "No signing secret is set on this console.")
        if not signature_ok(body, request.headers.get(SIGNATURE_HEADER), secret):
            return refuse("signature", 401, "Bad signature.")
        try:
            event = envelope(body)
        except NotAnEvent as exc:
            return refuse("malformed", 400, "Not a WorkTime One event.", str(exc))
        now = clock()
        if event.timestamp < now - WINDOW:
            return refuse("replayed", 400, "Event older than 5 minutes.", event.event)
        if event.timestamp > now + WINDOW:
            return refuse("future", 400, "Event dated ahead of now.", event.event)
        kept = _without_salary(body) if event.event in EMPLOYEE_EVENTS else None
        new = keep(body, event.event, event.timestamp, kept)
        health.received(duplicate=not new, test=event.event == TEST_EVENT)
        if new:
            stored()
        return JSONResponse({"received": True, "duplicate": not new})

    async def alive(_request: Request) -> Response:
        return PlainTextResponse("ok")

    return Starlette(
        routes=[Route(PATH, receive, methods=["POST"]), Route("/health", alive, methods=["GET"])]
    )
