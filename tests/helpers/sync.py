"""Running the sync service against the sandbox, and reading what the sandbox was asked."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import worktime_key
from desktop.services.sync.worktime import SyncService
from desktop.store import AttendanceCache, Database, LockCache, PeopleCache, SyncState
from tests.helpers.api import fast

T = TypeVar("T")
NY = ZoneInfo("America/New_York")
KEY = worktime_key("read", "enterprise")


@dataclass
class Caches:
    db: Database
    locks: LockCache
    people: PeopleCache
    attendance: AttendanceCache
    state: SyncState

    @classmethod
    def open(cls, path: Path) -> Caches:
        db = Database(path)
        return cls(db, LockCache(db), PeopleCache(db), AttendanceCache(db), SyncState(db))

    def event_ids(self, lock_id: str | None = None) -> set[str]:
        if lock_id is None:
            rows = self.db.conn.execute("SELECT id FROM lock_event")
        else:
            rows = self.db.conn.execute("SELECT id FROM lock_event WHERE lock_id = ?", (lock_id,))
        return {row[0] for row in rows}


@dataclass
class Recorder:
    """A budget that lets every call through and remembers priorities and overlap."""

    priorities: list[str] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    before_call: Callable[[int], None] | None = None

    async def run(self, priority: str, call: Callable[[], Awaitable[T]]) -> T:
        self.priorities.append(priority)
        if self.before_call is not None:
            self.before_call(len(self.priorities))
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0)  # let the other syncs start, so overlap can show
            return await call()
        finally:
            self.in_flight -= 1


def run_sync(
    sandbox: SandboxServer,
    caches: Caches,
    job: Callable[[SyncService], Awaitable[T]],
    budget: Recorder | None = None,
) -> T:
    """``job(service)`` on a fresh client over a real socket, on the sandbox's own clock."""

    async def main() -> T:
        async with WorkTimeClient(sandbox.url("worktime"), KEY, **fast()) as client:
            service = SyncService(
                client,
                caches.locks,
                caches.people,
                caches.attendance,
                caches.state,
                zone=NY,
                now=sandbox.state.clock.now,
                budget=budget,
            )
            return await job(service)

    return asyncio.run(main())


def requests(sandbox: SandboxServer, path: str) -> list[dict[str, Any]]:
    """The WorkTime One requests the sandbox received for exactly ``path``."""
    return [r for r in sandbox.controls.requests("worktime") if r["path"] == path]


def query(request: dict[str, Any]) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request["query"]).items()}


def pages(total: int) -> int:
    """The fewest requests that read ``total`` records at 100 a page (an empty list: 1)."""
    return max(1, math.ceil(total / 100))


def sandbox_event_ids(sandbox: SandboxServer, lock_id: str, start: date | None = None) -> set[str]:
    """What the sandbox's cloud knows of the lock now (its own history, not over HTTP)."""
    data = sandbox.state.data
    return {e.id for e in data.lock_events(lock_id, sandbox.state.now_ts(), start, None)}


def today(sandbox: SandboxServer) -> date:
    return datetime.fromtimestamp(sandbox.state.now_ts(), UTC).astimezone(NY).date()
