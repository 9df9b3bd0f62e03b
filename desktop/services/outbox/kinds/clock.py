"""The ``clock_correction`` kind: a clock entry for WorkTime One, checked by reading the day.

``POST /attendance/clock`` has no idempotency key and no undo; whether an entry
whose answer was lost landed is read from the person's day (``landed.decide``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.api import AttendanceRecord, WorkTimeClient
from desktop.services.outbox.kind import Calls, Kind, Payload, Sent, iso_z
from desktop.services.outbox.kinds.clock_landed import Verdict, decide
from desktop.store import AttendanceRow, OutboxEntry
from desktop.words import QT_TRANSLATE_NOOP

KIND = "clock_correction"
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
    title=QT_TRANSLATE_NOOP("OutboxKind", "Clock correction"),
    editable=True,
    send=send,
    verify=verify,
    subject=_subject,
    audit_fields=AUDIT_FIELDS,
    attention=attention,
    sent_after=_preview,
    service="WorkTime One",
)


def row_json(row: AttendanceRow | AttendanceRecord | None) -> dict[str, Any] | None:
    """A person's day, as cached or as read from the service, the way the audit log keeps it."""
    if row is None:
        return None
    return {
        "id": row.id,
        "date": row.date.isoformat(),
        "clock_in": iso_z(row.clock_in),
        "clock_out": iso_z(row.clock_out),
        "work_hours": row.work_hours,
        "late_minutes": row.late_minutes,
        "early_departure_minutes": row.early_departure_minutes,
    }


def subject(employee_id: str, day: str) -> str:
    """How the audit log names one person's day."""
    return f"{employee_id}/{day}"
