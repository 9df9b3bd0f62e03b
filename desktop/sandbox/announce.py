"""The vendor's webhooks for what reaches the cloud as simulated time passes.

A lock's successful unlock becomes ``lock.opened`` when it is uploaded; a clock entry
the entrance lock made becomes ``attendance.clock_in``/``clock_out`` (and
``penalty.created`` when it makes the day late or early) when the cloud learns of it.
``announce_until`` moves one watermark, so the live ticker and an explicit delivery
never announce the same upload twice.
"""

from __future__ import annotations

from typing import Any

from .data import Dataset
from .records import ClockEntry, LockEvent, WtEmployee, iso
from .webhooks import WebhookHub
from .worktime_days import day_record


def announce_until(data: Dataset, hub: WebhookHub, until: float) -> int:
    """Emit, oldest first, what reached the cloud after the watermark and up to ``until``;
    returns how many events were emitted (each goes to every URL)."""
    after = hub.announced_until
    if after is None or until <= after:
        return 0
    feed: list[tuple[int, int, LockEvent | ClockEntry]] = [
        (event.server_timestamp, 0, event)
        for event in data.events_uploaded_between(after, until)
        if event.event == "unlock" and event.success
    ]
    feed += [
        (entry.visible_at, 1, entry) for entry in data.lock_clocks_visible_between(after, until)
    ]
    feed.sort(key=lambda item: (item[0], item[1]))
    emitted = 0
    for _, _, item in feed:
        if isinstance(item, LockEvent):
            hub.emit("lock.opened", iso(item.server_timestamp), lock_opened(item))
            emitted += 1
        else:
            emp = data.employees.get(item.employee_id)
            if emp is not None:
                method = data.method_by_employee.get(emp.id, "card")
                emitted += emit_clock(data, hub, emp, item, item.visible_at, method)
    hub.announced_until = until
    return emitted


def lock_opened(event: LockEvent) -> dict[str, Any]:
    return {
        "lock_id": event.lock_id,
        "employee_id": event.employee_id,
        "employee_name": event.employee_name,
        "timestamp": iso(event.timestamp),
        "method": event.access_method,
    }


def emit_clock(
    data: Dataset, hub: WebhookHub, emp: WtEmployee, entry: ClockEntry, at: float, method: str
) -> int:
    """The clock event, and a penalty when it makes the day late/early (as the day's
    record stands at ``at``); returns how many events were emitted."""
    stamp = iso(at)
    hub.emit(
        f"attendance.{entry.type}",
        stamp,
        {
            "employee_id": emp.id,
            "employee_name": emp.name,
            "lock_id": entry.lock_id,
            "timestamp": iso(entry.timestamp),
            "method": method,
        },
    )
    day = data.local_date(entry.timestamp)
    record = day_record(data, emp.id, day, data.clocks[(emp.id, day)], at)
    if record is None:
        return 1
    penalty: tuple[str, int] | None = None
    if entry.type == "clock_in" and record.clock_in == entry.timestamp and record.late_minutes:
        penalty = ("late_arrival", record.late_minutes)
    elif (
        entry.type == "clock_out"
        and record.clock_out == entry.timestamp
        and record.early_departure_minutes
    ):
        penalty = ("early_departure", record.early_departure_minutes)
    if penalty is None:
        return 1
    hub.emit(
        "penalty.created",
        stamp,
        {
            "employee_id": emp.id,
            "employee_name": emp.name,
            "type": penalty[0],
            "minutes": penalty[1],
            "date": day.isoformat(),
            "timestamp": iso(entry.timestamp),
            "attendance_id": record.id,
        },
    )
    return 2
