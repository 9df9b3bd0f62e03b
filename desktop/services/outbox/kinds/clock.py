"""The ``clock_correction`` kind: a clock entry for WorkTime One, checked by reading the day.

``POST /attendance/clock`` has no idempotency key and no undo; whether an entry
whose answer was lost landed is read from the person's day (``landed.decide``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.api import AttendanceRecord, WorkTimeClient
from desktop.services.attendance.corrections import KIND, row_json, subject
from desktop.services.outbox.kind import Calls, Kind, Payload, Sent
from desktop.services.outbox.kinds.clock_landed import Verdict, decide
from desktop.store import OutboxEntry

AUDIT_FIELDS = ("employee_id", "type", "timestamp", "lock_id", "notes")


async def send(calls: Calls[WorkTimeClient], p: Payload) -> Sent:
    event = await calls(
        lambda client: client.clock(
            p["employee_id"],
            p["type"],
            _instant(p["timestamp"]),
            lock_id=p.get("lock_id"),
            notes=p.get("notes"),
        )
    )
    return Sent(event.id)


async def verify(calls: Calls[WorkTimeClient], p: Payload, entry: OutboxEntry) -> Verdict:
    """The day as the service shows it decides; ``evidence`` is that day (None: no record)."""
    record = await _read_day(calls, p["employee_id"], date.fromisoformat(p["day"]))
    found = decide(p["type"], _instant(p["timestamp"]), record)
    return Verdict(found.landed, found.why, row_json(record))


async def _read_day(
    calls: Calls[WorkTimeClient], employee_id: str, day: date
) -> AttendanceRecord | None:
    async def read(client: WorkTimeClient) -> list[AttendanceRecord]:
        return [r async for r in client.iter_attendance(day, day, employee_id)]

    records = await calls(read)
    mine = [r for r in records if r.employee_id == employee_id and r.date == day]
    return mine[0] if mine else None


def attention(p: Payload, verdict: Verdict) -> dict[str, Any]:
    return {"record": verdict.evidence, "entry_type": p["type"], "entry_timestamp": p["timestamp"]}


def _subject(p: Payload) -> str:
    return subject(str(p.get("employee_id")), str(p.get("day")))


def _preview(p: Payload, sent: Sent) -> dict[str, Any] | None:
    preview = p.get("preview")
    return preview if isinstance(preview, dict) else None


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


CLOCK_CORRECTION: Kind[WorkTimeClient] = Kind(
    name=KIND,
    title="Clock correction",
    editable=True,
    send=send,
    verify=verify,
    subject=_subject,
    audit_fields=AUDIT_FIELDS,
    attention=attention,
    sent_after=_preview,
    service="WorkTime One",
)
