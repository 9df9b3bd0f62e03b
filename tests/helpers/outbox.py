"""A front desk on a real SQLite file, its corrections sent to the sandbox over a real socket."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import worktime_key
from desktop.sandbox.records import ClockEntry
from desktop.sandbox.worktime_days import DayRecord, record_for
from desktop.services.attendance.corrections import Correction, CorrectionService
from desktop.services.outbox.sender import OutboxSender
from desktop.store import AttendanceCache, AuditLog, Database, Outbox, OutboxEntry, PeopleCache
from tests.helpers.api import Clock  # the desk's clock; the sandbox's stays put
from tests.helpers.killing import kill_at_once

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[2]
WAIT = 60.0  # seconds: far more than any worker step needs; a hang fails instead of blocking CI
NY = ZoneInfo("America/New_York")
KEY = worktime_key("read_write", "enterprise")
MANAGER = "Ana Ruiz"
TUESDAY = date(2026, 11, 17)
FORGOT_OUT = "emp_010027"  # clocked in on Tuesday, never out (seed 1)
FULL_DAY = "emp_010001"  # clocked in and out on Monday the 16th (seed 1)


@dataclass
class Sleeps:
    """A ``sleep`` that moves the desk's clock instead of waiting."""

    clock: Clock
    asked: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        self.clock.advance(seconds)
        await asyncio.sleep(0)


@dataclass
class Desk:
    db: Database
    clock: Clock
    outbox: Outbox
    audit: AuditLog
    attendance: AttendanceCache
    people: PeopleCache
    corrections: CorrectionService

    @classmethod
    def open(cls, path: Path) -> Desk:
        db, clock = Database(path), Clock()
        outbox, audit = Outbox(db, clock), AuditLog(db, clock)
        attendance, people = AttendanceCache(db), PeopleCache(db)
        service = CorrectionService(outbox, audit, attendance, people, NY, clock)
        return cls(db, clock, outbox, audit, attendance, people, service)

    def load(self, sandbox: SandboxServer, start: date, end: date) -> None:
        """Fill the caches the corrections are checked against, as a sync would."""

        async def read(client: WorkTimeClient) -> None:
            employees = [e async for e in client.iter_employees()]
            self.people.save_employees(employees, self.clock())
            days = [r async for r in client.iter_attendance(start, end)]
            self.attendance.save_attendance(days, self.clock())

        asyncio.run(_with_client(sandbox, read))
        sandbox.controls.clear_requests()

    def queue(self, *corrections: Correction) -> list[OutboxEntry]:
        return self.corrections.queue(corrections, MANAGER)

    def queue_unseen(self, *corrections: Correction) -> list[OutboxEntry]:
        """Queued while the store had not fetched those days yet (the refresh that brings
        them came later): the sender meets entries the day may not show, or may refuse.
        The check then has no record to hold them against, as it had none in life."""
        empty = Database(":memory:")
        try:
            unseen = AttendanceCache(empty)
            service = CorrectionService(
                self.outbox, self.audit, unseen, self.people, NY, self.clock
            )
            return service.queue(corrections, MANAGER)
        finally:
            empty.close()

    def entry(self, entry_id: int) -> OutboxEntry:
        return self.outbox.get(entry_id)

    def actions(self) -> list[tuple[str, str]]:
        """(action, outcome) of every audit row, oldest first."""
        return [(row.action, row.outcome) for row in reversed(self.audit.rows())]


def clock_out(employee_id: str, at: datetime, note: str = "") -> Correction:
    return Correction(
        employee_id=employee_id,
        type="clock_out",
        timestamp=at,
        reason="Forgot to clock out",
        note=note,
    )


def clock_in(employee_id: str, at: datetime) -> Correction:
    return Correction(
        employee_id=employee_id, type="clock_in", timestamp=at, reason="Forgot to clock in"
    )


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=NY)


async def _with_client(
    sandbox: SandboxServer,
    job: Callable[[WorkTimeClient], Awaitable[T]],
    request_timeout: float = 30.0,
    key: str = KEY,
) -> T:
    async with WorkTimeClient(sandbox.url("worktime"), key, timeout=request_timeout) as client:
        return await job(client)


def send(
    sandbox: SandboxServer,
    desk: Desk,
    job: Callable[[OutboxSender], Awaitable[T]],
    *,
    timeout: float = 30.0,
    settle: float = 0.0,
    key: str = KEY,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """``job(sender)`` with a sender on the desk's clock and a fresh client; unless given a
    ``sleep``, the sender's waits move the desk's clock instead of taking time."""

    async def main(client: WorkTimeClient) -> T:
        sender = OutboxSender(
            desk.outbox,
            desk.audit,
            client,
            now=desk.clock,
            sleep=sleep or Sleeps(desk.clock),
            settle=timedelta(seconds=settle),
        )
        return await job(sender)

    return asyncio.run(_with_client(sandbox, main, timeout, key))


def step(sandbox: SandboxServer, desk: Desk, **options: Any) -> OutboxEntry | None:
    """One ``send_next``."""
    return send(sandbox, desk, lambda sender: sender.send_next(), **options)


def posts(sandbox: SandboxServer) -> list[dict[str, Any]]:
    """The clock entries the sandbox was sent (whatever became of them)."""
    return [
        r
        for r in sandbox.controls.requests("worktime")
        if r["method"] == "POST" and r["path"] == "/attendance/clock"
    ]


def manual_entries(sandbox: SandboxServer, employee_id: str, day: date) -> list[ClockEntry]:
    """The clock entries Front Desk added to that day, as the sandbox holds them."""
    entries = sandbox.state.data.clocks.get((employee_id, day), [])
    return [e for e in entries if e.source == "manual"]


def sandbox_day(sandbox: SandboxServer, employee_id: str, day: date) -> DayRecord | None:
    return record_for(sandbox.state.data, employee_id, day, sandbox.state.now_ts())


def epoch(value: datetime) -> int:
    return int(value.astimezone(UTC).timestamp())


# -- the outbox worker as a process ---------------------------------------------------------


def start_worker(
    sandbox: SandboxServer,
    db: Path,
    log: Path,
    *,
    timeout: float = 0.5,
    settle: float = 0.2,
    backoff: float | None = None,
) -> subprocess.Popen[bytes]:
    """``python -m desktop.services.outbox.worker`` on ``db``, its stderr appended to ``log``."""
    command = [
        sys.executable,
        "-m",
        "desktop.services.outbox.worker",
        "--db",
        str(db),
        "--base-url",
        sandbox.url("worktime"),
        "--timeout",
        str(timeout),
        "--settle",
        str(settle),
    ]
    if backoff is not None:
        command += ["--backoff", str(backoff)]
    env = {**os.environ, "FRONTDESK_WORKTIME_KEY": KEY}
    with log.open("ab") as stderr:
        return subprocess.Popen(command, cwd=ROOT, env=env, stderr=stderr)


def wait_for(condition: Callable[[], bool], what: str, wait: float = WAIT) -> None:
    deadline = time.monotonic() + wait
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def posted(sandbox: SandboxServer, count: int) -> Callable[[], bool]:
    return lambda: len(posts(sandbox)) >= count


def kill(process: subprocess.Popen[bytes]) -> bool:
    """Kill ``process`` at once (``kill_at_once``) unless it has ended; True when it was
    still running."""
    running = process.poll() is None
    if running:
        kill_at_once(process)
    process.wait(WAIT)
    return running
