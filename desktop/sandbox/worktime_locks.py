"""WorkTime One's TTLock-style smart locks and their access history."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .records import Lock, LockEvent, iso
from .state import SandboxState
from .worktime_http import date_range, not_found, ok, optional_page, page_params


def lock_json(lock: Lock, last_event_at: int | None) -> dict[str, Any]:
    return {
        "id": lock.id,
        "name": lock.name,
        "location": lock.location,
        "battery_percent": lock.battery_percent,
        "online": lock.online,
        "has_gateway": lock.has_gateway,
        "last_event_at": iso(last_event_at),
    }


def event_json(event: LockEvent, legacy: bool) -> dict[str, Any]:
    """Legacy firmware omits the optional ``event`` and ``server_timestamp``."""
    out: dict[str, Any] = {
        "id": event.id,
        "lock_id": event.lock_id,
        "employee_id": event.employee_id,
        "employee_name": event.employee_name,
        "access_method": event.access_method,
        "timestamp": iso(event.timestamp),
        "success": event.success,
    }
    if not legacy:
        out["event"] = event.event
        out["server_timestamp"] = iso(event.server_timestamp)
    return out


async def list_locks(state: SandboxState, request: Request) -> Response:
    """Every lock, whole, unless the caller asks for pages."""
    page = optional_page(request)
    now = state.now_ts()
    data = state.data
    items = [lock_json(lock, data.last_event_at(lock.id, now)) for lock in data.locks]
    if page is None:
        return ok(items)
    return page.response(list(page.slice(items)), len(items))


async def lock_history(state: SandboxState, request: Request) -> Response:
    data = state.data
    lock_id = request.path_params["id"]
    lock = next((item for item in data.locks if item.id == lock_id), None)
    if lock is None:
        raise not_found(f"No lock with id '{lock_id}'")
    page = page_params(request)
    start, end = date_range(request, required=False)
    events = data.lock_events(lock.id, state.now_ts(), start, end)
    data_out = [event_json(e, lock.legacy_firmware) for e in page.slice(events)]
    return page.response(data_out, len(events))
