"""An audit log a test fills, on a clock that ticks a minute per row, and the raw SQLite
connection a tamperer would use on the file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.store import AuditLog, AuditRow

START = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1, microseconds=1)
        return self.now


def append(log: AuditLog, n: int, manager: str = "Dana", **changes: Any) -> AuditRow:
    fields: dict[str, Any] = {
        "manager": manager,
        "action": "clock_correction.queued",
        "subject": f"emp_{n % 3}/2026-11-18",
        "payload": {"outbox_id": n, "type": "clock_out", "note": f"Zoë forgot #{n}"},
        "reason": f"Forgot to clock out (row {n})",
        "before": {"clock_in": "08:02", "clock_out": None, "n": n},
        "after": {"clock_in": "08:02", "clock_out": "17:00", "hours": 8.97, "n": n},
        "outcome": "queued",
    }
    fields.update(changes)
    return log.append(**fields)


def fill(log: AuditLog, count: int) -> list[AuditRow]:
    return [append(log, n) for n in range(1, count + 1)]


def raw(path: Path) -> sqlite3.Connection:
    """A tamperer's connection: no triggers in the way."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    return conn
