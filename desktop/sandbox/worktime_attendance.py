"""WorkTime One's ``GET /attendance`` and ``POST /attendance/clock``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .announce import emit_clock
from .records import ClockEntry, WtEmployee, iso
from .state import SandboxState
from .worktime_days import (
    count_keys,
    day_record,
    employee_name,
    slice_keys,
    visible_keys,
)
from .worktime_http import (
    date_range,
    days_between,
    default_range,
    invalid,
    json_object,
    ok,
    page_params,
)

CLOCK_TYPES = ("clock_in", "clock_out")
MAX_NOTES = 1000


async def list_attendance(state: SandboxState, request: Request) -> Response:
    page = page_params(request)
    given_start, given_end = date_range(request, required=False)
    now = state.now_ts()
    data = state.data
    start, end = default_range(given_start, given_end, data.local_date(now))
    employee_id = request.query_params.get("employee_id", "").strip() or None
    lock_id = request.query_params.get("lock_id", "").strip() or None
    days = visible_keys(data, now, days_between(start, end), employee_id, lock_id)
    records: list[dict[str, Any]] = []
    for day, emp_id in slice_keys(days, page.offset, page.limit):
        record = day_record(data, emp_id, day, data.clocks[(emp_id, day)], now)
        if record is not None:
            records.append(record.json(employee_name(data, emp_id)))
    return page.response(records, count_keys(days))


# -- POST /attendance/clock ---------------------------------------------------------


def _required(body: dict[str, Any], name: str) -> Any:
    value = body.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise invalid(f"The '{name}' field is required", name)
    return value


def _employee(state: SandboxState, body: dict[str, Any]) -> WtEmployee:
    emp_id = _required(body, "employee_id")
    emp = state.data.employees.get(emp_id) if isinstance(emp_id, str) else None
    if emp is None:
        raise invalid(f"No employee with id '{emp_id}'", "employee_id")
    if emp.status == "deleted":
        raise invalid(
            f"Employee {emp.id} is deleted; restore them before recording clock events",
            "employee_id",
        )
    return emp


def _timestamp(body: dict[str, Any], emp: WtEmployee, now: float) -> int:
    raw = _required(body, "timestamp")
    when: datetime | None = None
    if isinstance(raw, str):
        try:
            when = datetime.fromisoformat(raw.strip())
        except ValueError:
            when = None
    if when is None or when.tzinfo is None:
        raise invalid(
            "The 'timestamp' field must be an ISO 8601 time with Z or an offset, "
            "like 2024-11-18T09:00:00Z",
            "timestamp",
        )
    ts = when.timestamp()
    if ts > now:
        raise invalid(f"The 'timestamp' field is in the future (now is {iso(now)})", "timestamp")
    if ts < emp.created_at:
        raise invalid(
            f"The 'timestamp' field is before employee {emp.id} existed "
            f"(created {iso(emp.created_at)})",
            "timestamp",
        )
    return int(ts)


def _lock(state: SandboxState, body: dict[str, Any]) -> str | None:
    lock_id = body.get("lock_id")
    if lock_id is None or lock_id == "":
        return None
    if not isinstance(lock_id, str) or lock_id not in {lock.id for lock in state.data.locks}:
        raise invalid(f"No lock with id '{lock_id}'", "lock_id")
    return lock_id


def _notes(body: dict[str, Any]) -> str | None:
    notes = body.get("notes")
    if notes is None:
        return None
    if not isinstance(notes, str):
        raise invalid("The 'notes' field must be text", "notes")
    if len(notes) > MAX_NOTES:
        raise invalid(f"The 'notes' field must be at most {MAX_NOTES} characters", "notes")
    return notes


def entry_json(entry: ClockEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "employee_id": entry.employee_id,
        "type": entry.type,
        "timestamp": iso(entry.timestamp),
        "lock_id": entry.lock_id,
        "notes": entry.notes,
        "source": entry.source,
        "created_at": iso(entry.created_at),
    }


async def clock(state: SandboxState, request: Request) -> Response:
    body = await json_object(request)
    now = state.now_ts()
    emp = _employee(state, body)
    kind = _required(body, "type")
    if kind not in CLOCK_TYPES:
        raise invalid("The 'type' field must be clock_in or clock_out", "type")
    ts = _timestamp(body, emp, now)
    lock_id = _lock(state, body)
    notes = _notes(body)
    data = state.data
    entry = ClockEntry(
        id=f"clk_m{state.next_id():06d}",
        employee_id=emp.id,
        type=kind,
        timestamp=ts,
        visible_at=int(now),
        lock_id=lock_id,
        notes=notes,
        source="manual",
        created_at=int(now),
    )
    day = data.local_date(ts)
    data.add_clock(day, entry)
    emit_clock(data, state.webhooks, emp, entry, now, "manual")
    return ok(entry_json(entry), 201)
