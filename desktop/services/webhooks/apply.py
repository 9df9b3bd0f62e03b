"""Apply what the receiver kept to the cache: each delivery once, in the order received.

A batch is applied in one transaction with its rows marked applied, so a crash between
the two cannot apply an event twice or lose one. What a webhook brings is merged with
what polling brings (the store's rules: a pushed lock opening gives way to the same
event from the lock's history; a day's clocks only move outwards), so an event and a
later poll of the same record never show twice or flip back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.api import Employee
from desktop.api.webhooks import (
    ClockPushed,
    LockOpened,
    NotAnEvent,
    PenaltyPushed,
    data_of,
    envelope,
)
from desktop.store import AttendanceCache, Database, LockCache, PeopleCache
from desktop.store.webhooks import StoredWebhook, WebhookInbox

log = logging.getLogger("desktop.services.webhooks")
BATCH = 500


@dataclass(frozen=True, slots=True)
class Applied:
    count: int = 0  # deliveries applied (or set aside as unusable)
    board: bool = False  # locks or attendance changed
    employees: bool = False
    more: bool = False  # a full batch: more may be waiting
    people: frozenset[str] = frozenset()  # whose day or doors changed (board rows to redo)


def apply_waiting(db: Database, zone: ZoneInfo, now: datetime, batch: int = BATCH) -> Applied:
    """One batch of waiting deliveries, applied and marked in one transaction."""
    inbox = WebhookInbox(db)
    waiting = inbox.waiting(batch)
    if not waiting:
        return Applied()
    board = employees = False
    people: set[str] = set()
    with db.transaction():
        for row in waiting:
            kind = _apply(db, row, zone, people)
            board |= kind == "board"
            employees |= kind == "employees"
        inbox.mark_applied([row.id for row in waiting], now)
    return Applied(len(waiting), board, employees, len(waiting) == batch, frozenset(people))


def _apply(db: Database, row: StoredWebhook, zone: ZoneInfo, people: set[str]) -> str | None:
    try:
        event = envelope(row.body)
        data = data_of(event)
    except NotAnEvent as exc:  # the receiver checked it; kept from an older console?
        log.warning("webhook %d (%s) set aside: %s", row.id, row.event, exc)
        return None
    if isinstance(data, LockOpened | ClockPushed | PenaltyPushed) and data.employee_id:
        people.add(data.employee_id)
    if isinstance(data, LockOpened):
        LockCache(db).push_opening(data.lock_id, data.timestamp, data.employee_id,
                                   data.employee_name, data.method, event.timestamp)  # fmt: skip
        return "board"
    if isinstance(data, ClockPushed):
        kind = event.event.removeprefix("attendance.")
        day = data.timestamp.astimezone(zone).date()
        AttendanceCache(db).push_clock(data.employee_id, data.employee_name or "", day, kind,
                                       data.timestamp, data.lock_id)  # fmt: skip
        return "board"
    if isinstance(data, PenaltyPushed):
        day = data.date or (data.timestamp or event.timestamp).astimezone(zone).date()
        name = str(event.data.get("employee_name") or "")
        AttendanceCache(db).push_penalty(data.employee_id, name, day, data.type, data.minutes)
        return "board"
    if isinstance(data, Employee):
        PeopleCache(db).upsert_employees([data], event.timestamp)
        return "employees"
    return None  # a test event, or one the console does not use
