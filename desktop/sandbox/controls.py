"""``/_sandbox/``: controls for demo mode and tests; part of no vendor's API."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import credentials
from .data import DataParams
from .faults import Fault
from .http import BadBody, JSONResponse, read_json
from .records import iso
from .state import SandboxState
from .webhooks import Delivery

RESET_FIELDS = {"seed", "employees", "days", "locks", "max_events", "live", "timezone"}


def _error(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _body(request: Request) -> dict[str, Any]:
    body = await read_json(request)
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise BadBody("The body must be a JSON object")
    return body


def _parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise BadBody("time must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadBody(f"not an ISO 8601 time: {value!r}") from exc
    if parsed.tzinfo is None:
        raise BadBody("time needs a UTC offset or Z")
    return parsed


def summary(state: SandboxState) -> dict[str, Any]:
    data = state.data
    return {
        "params": {f.name: getattr(state.params, f.name) for f in fields(DataParams)},
        "now": iso(state.now_ts()),
        "speed": state.clock.speed,
        "frozen": state.clock.frozen,
        "today": data.today.isoformat(),
        "counts": {
            "employees": len(data.employees),
            "accounts": sum(1 for a in data.accounts.values() if not a.removed),
            "worq_employees": len(data.worq),
            "locks": len(data.locks),
            "lock_events": data.event_count,
            "attendance_days": len(data.clocks),
        },
        "disagreements": [
            {"kind": d.kind, "employee_number": d.number, "email": d.email, "detail": d.detail}
            for d in data.disagreements
        ],
        "worq_token_lifetime": state.tokens.lifetime,
    }


def delivery_json(delivery: Delivery) -> dict[str, Any]:
    return {
        "url": delivery.url,
        "event": delivery.event,
        "status": delivery.status,
        "error": delivery.error,
    }


def routes(state: SandboxState) -> list[BaseRoute]:
    async def info(request: Request) -> Response:
        return JSONResponse(summary(state))

    async def reset(request: Request) -> Response:
        body = await _body(request)
        unknown = set(body) - RESET_FIELDS - {"now", "speed"}
        if unknown:
            return _error(f"unknown reset fields: {', '.join(sorted(unknown))}")
        try:
            params = DataParams(**{k: v for k, v in body.items() if k in RESET_FIELDS})
        except TypeError as exc:
            return _error(str(exc))
        now = _parse_time(body["now"]) if "now" in body else None
        state.reset(params, now)
        if "speed" in body:
            state.clock.set_speed(float(body["speed"]))
        return JSONResponse(summary(state))

    async def faults(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse({"faults": [f.json() for f in state.faults.pending()]})
        if request.method == "DELETE":
            state.faults.clear()
            return JSONResponse({"faults": []})
        body = await _body(request)
        items = body.get("faults", [body])
        added = []
        for item in items:
            try:
                added.append(
                    state.faults.add(Fault(**{k: v for k, v in item.items() if k != "id"}))
                )
            except (TypeError, ValueError) as exc:
                return _error(str(exc))
        return JSONResponse({"faults": [f.json() for f in added]}, status_code=201)

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            state.requests.clear()
            return JSONResponse({"requests": []})
        service = request.query_params.get("service")
        since = int(request.query_params.get("since", "0") or 0)
        entries = state.requests.entries(service, since)
        return JSONResponse({"requests": [e.json() for e in entries]})

    async def time(request: Request) -> Response:
        if request.method == "POST":
            body = await _body(request)
            if "set" in body:
                state.clock.set(_parse_time(body["set"]))
            if "advance" in body:
                state.clock.advance(float(body["advance"]))
            if "speed" in body:
                try:
                    state.clock.set_speed(float(body["speed"]))
                except ValueError as exc:
                    return _error(str(exc))
            if "frozen" in body:
                state.clock.freeze(bool(body["frozen"]))
        return JSONResponse(
            {"now": iso(state.now_ts()), "speed": state.clock.speed, "frozen": state.clock.frozen}
        )

    def hooks_json() -> dict[str, Any]:
        return {
            "urls": state.webhooks.urls,
            "signature_header": "X-WorkTime-Signature",
            "announced_until": iso(state.webhooks.announced_until),
            "deliveries": [delivery_json(d) for d in state.webhooks.deliveries],
        }

    async def webhooks(request: Request) -> Response:
        if request.method == "DELETE":
            state.webhooks.clear()
        elif request.method == "POST":
            body = await _body(request)
            try:
                state.webhooks.register(str(body.get("url", "")), state.now_ts())
            except ValueError as exc:
                return _error(str(exc))
        return JSONResponse(hooks_json())

    async def deliver_webhooks(request: Request) -> Response:
        # Needs only a registered URL: it works with live mode off and the clock frozen.
        body = await _body(request)
        now = state.now_ts()
        until = min(now, _parse_time(body["until"]).timestamp()) if "until" in body else now
        emitted = state.announce_until(until)
        await state.webhooks.drain()
        next_at = state.next_announcement(max(until, state.webhooks.announced_until or until))
        return JSONResponse({"emitted": emitted, "until": iso(until), "next_at": iso(next_at)})

    async def test_webhook(request: Request) -> Response:
        now = state.now_ts()
        tasks = state.webhooks.emit(
            "webhook.test", iso(now), {"message": "Test event from the WorkTime One sandbox"}
        )
        results = [await task for task in tasks]
        return JSONResponse({"deliveries": [delivery_json(d) for d in results]})

    async def worq_settings(request: Request) -> Response:
        body = await _body(request)
        if "token_lifetime" in body:
            state.tokens.lifetime = int(body["token_lifetime"])
        expired = state.tokens.expire_all() if body.get("expire_tokens") else 0
        return JSONResponse({"token_lifetime": state.tokens.lifetime, "expired": expired})

    async def demo_credentials(request: Request) -> Response:
        return JSONResponse({"text": credentials.describe()})

    def guarded(handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                response: Response = await handler(request)
            except BadBody as exc:
                return _error(str(exc))
            return response

        return endpoint

    return [
        Route("/", guarded(info), methods=["GET"]),
        Route("/reset", guarded(reset), methods=["POST"]),
        Route("/faults", guarded(faults), methods=["GET", "POST", "DELETE"]),
        Route("/requests", guarded(requests), methods=["GET", "DELETE"]),
        Route("/time", guarded(time), methods=["GET", "POST"]),
        Route("/webhooks", guarded(webhooks), methods=["GET", "POST", "DELETE"]),
        Route("/webhooks/deliver", guarded(deliver_webhooks), methods=["POST"]),
        Route("/webhooks/test", guarded(test_webhook), methods=["POST"]),
        Route("/worq", guarded(worq_settings), methods=["POST"]),
        Route("/credentials", guarded(demo_credentials), methods=["GET"]),
    ]
