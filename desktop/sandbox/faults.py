"""Injected faults, and the middleware that applies them and logs every request.

A fault matches a service, a path prefix (relative to the service's base URL)
and optionally a method, for ``count`` requests. Kinds:

- ``status``: answer with that status (the service's own error body; a gateway
  page for 502/503/504), ``code`` for a WorkTaps 5xxxx code;
- ``delay``: wait ``delay`` seconds before answering;
- ``drop``: send the headers and part of the body, then close the connection;
- ``malformed``: answer 200 (or ``status``) with ``body`` (default: an HTML page).

With ``after: true`` the request is handled first (a write lands) and only its
answer is delayed, dropped or replaced: the client cannot tell whether it
landed, which is what the outbox must survive.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import worktaps_codes
from .clock import SimClock
from .http import SERVICE_PATHS
from .records import iso
from .requestlog import RequestLog, key_fingerprint

FaultKind = Literal["status", "delay", "drop", "malformed"]
SERVICE_PREFIXES = {path: name for name, path in SERVICE_PATHS.items() if name != "sandbox"}


class DroppedConnection(Exception):
    """Raised inside the server to make it close a half-sent answer."""


@dataclass(slots=True)
class Fault:
    kind: FaultKind
    service: str | None = None
    path: str = ""
    method: str | None = None
    count: int = 1
    status: int | None = None
    code: int | None = None
    delay: float = 0.0
    body: str | None = None
    content_type: str = "text/html"
    after: bool = False
    reset_in: int = 60
    id: int = field(default=0)

    def matches(self, service: str, method: str, path: str) -> bool:
        return (
            (self.service is None or self.service == service)
            and path.startswith(self.path)
            and (self.method is None or self.method.upper() == method)
        )

    def json(self) -> dict[str, Any]:
        return asdict(self)


class FaultQueue:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._next_id = 1

    def add(self, fault: Fault) -> Fault:
        if fault.kind not in ("status", "delay", "drop", "malformed"):
            raise ValueError(f"unknown fault kind {fault.kind!r}")
        if fault.kind == "status" and fault.status is None:
            raise ValueError("a status fault needs a status")
        if fault.count < 1:
            raise ValueError("count must be at least 1")
        fault.id = self._next_id
        self._next_id += 1
        self._faults.append(fault)
        return fault

    def take(self, service: str, method: str, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.matches(service, method, path):
                fault.count -= 1
                if fault.count == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def pending(self) -> list[Fault]:
        return list(self._faults)

    def clear(self) -> None:
        self._faults.clear()


def split_service(path: str) -> tuple[str | None, str]:
    for prefix, service in SERVICE_PREFIXES.items():
        if path == prefix or path.startswith(prefix + "/"):
            return service, path[len(prefix) :] or "/"
    return None, path


def fault_response(
    fault: Fault, service: str, method: str, path: str, now: float
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body a ``status`` or ``malformed`` fault answers with."""
    if fault.kind == "malformed":
        body = fault.body if fault.body is not None else "<html><body>Bad gateway</body></html>"
        return fault.status or 200, {"content-type": fault.content_type}, body.encode()
    status = fault.status or 500
    headers = {"content-type": "application/json"}
    if status in (502, 503, 504):
        title = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}[status]
        page = f"<html><head><title>{status} {title}</title></head><body>{title}</body></html>"
        return status, {"content-type": "text/html"}, page.encode()
    if status == 429:
        headers |= {
            "X-RateLimit-Limit": "100",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(int(now) + fault.reset_in),
        }
    payload: dict[str, Any]
    if service == "worktime":
        code = {
            400: "invalid_request",
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            429: "rate_limited",
        }.get(status, "internal_error")
        payload = {"success": False, "error": {"code": code, "message": f"Injected {status}"}}
    elif service == "worktaps":
        code_n = fault.code or (
            worktaps_codes.server_error_code(method, path) if status >= 500 else status * 100
        )
        payload = {"code": code_n, "message": worktaps_codes.message(code_n)}
    else:
        payload = {"status": "error", "messages": [f"Injected {status}"], "result": None}
    return status, headers, json.dumps(payload).encode()


class SandboxMiddleware:
    """Logs each service request and applies the first matching fault."""

    def __init__(
        self,
        app: ASGIApp,
        faults: FaultQueue,
        log: RequestLog,
        clock: SimClock,
        rate_headers: Callable[[str, str | None], dict[str, str]],
    ) -> None:
        self.app = app
        self.faults = faults
        self.log = log
        self.clock = clock
        self.rate_headers = rate_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        service, path = split_service(scope["path"])
        if service is None:
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        fault = self.faults.take(service, method, path)
        entry = self.log.add(
            {
                "at": iso(self.clock.now_ts()),
                "service": service,
                "method": method,
                "path": path,
                "query": scope.get("query_string", b"").decode("latin-1"),
                "key": key_fingerprint(_key_from_headers(scope)),
                "fault": fault.kind if fault else None,
            }
        )

        async def logging_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.status = message["status"]
            await send(message)

        if fault is None:
            await self.app(scope, receive, logging_send)
            return
        await self._apply(fault, service, method, path, scope, receive, logging_send)

    def _headers_for(self, service: str, scope: Scope, own: dict[str, str]) -> dict[str, str]:
        """A faulted answer still carries the key's rate-limit headers (a 429 keeps its own)."""
        if "X-RateLimit-Limit" in own:
            return own
        return own | self.rate_headers(service, _key_from_headers(scope))

    async def _apply(
        self,
        fault: Fault,
        service: str,
        method: str,
        path: str,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        buffered: list[Message] = []

        async def buffer(message: Message) -> None:
            buffered.append(message)

        if fault.kind == "delay" and not fault.after:
            await asyncio.sleep(fault.delay)
            await self.app(scope, receive, send)
            return
        if fault.after:
            await self.app(scope, receive, buffer)
        if fault.kind == "delay":
            await asyncio.sleep(fault.delay)
            for message in buffered:
                await send(message)
            return
        if fault.kind == "drop":
            await _drop(send)
            return
        status, headers, body = fault_response(fault, service, method, path, self.clock.now_ts())
        headers = self._headers_for(service, scope, headers)
        raw_headers = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        raw_headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": body})


async def _drop(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"success": tr', "more_body": True})
    raise DroppedConnection


def _key_from_headers(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            return str(value.decode("latin-1"))
    return None


class QuietDrops(logging.Filter):
    """Keeps uvicorn from printing a traceback for every fault-injected drop."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)
