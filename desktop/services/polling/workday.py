"""What the console keeps fresh for one WorkTime One connection, within its request budget.

``Workday`` owns the budget, the sync, and the live refresh loop. The first
load fetches what the pages need first (locks, people, this week's attendance,
a week of each lock's history); then the loop refreshes today's open days and
the entrance locks as often as the hourly allowance lets it, and tells
listeners when the cache changed. Everything is read back from the cache.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.api import ApiError, WorkTimeClient
from desktop.services.attendance.board import org_today
from desktop.services.budget import RequestBudget
from desktop.services.polling.refresh_loop import LiveRefreshLoop
from desktop.services.sync.worktime import SyncService
from desktop.store import AttendanceCache, LockCache, PeopleCache, SyncState

log = logging.getLogger("desktop.services.polling.workday")
FIRST_LOAD_DAYS = 7
LOCK_STATES_EVERY = timedelta(minutes=10)  # battery and online, while webhooks run
PAGE = 100

Listener = Callable[[], None]


class Workday:
    def __init__(
        self,
        client: WorkTimeClient,
        locks: LockCache,
        people: PeopleCache,
        attendance: AttendanceCache,
        state: SyncState,
        *,
        zone: ZoneInfo,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        pushed_until: Callable[[], datetime | None] = lambda: None,
        reconciled: Callable[[list[str]], None] = lambda _locks: None,
    ) -> None:
        self.zone, self.now = zone, now
        self.pushed_until = pushed_until  # webhooks bring the changes until then
        # Told after a refresh that only reconciled, with the locks it read: the caller
        # compares what polling found with what the webhooks told.
        self.reconciled = reconciled
        self.locks, self.people, self.attendance = locks, people, attendance
        self.budget = RequestBudget("worktime", clock=now, rate=lambda: client.rate_limit)
        parts = (client, locks, people, attendance, state)
        self.sync = SyncService(*parts, zone=zone, now=now, budget=self.budget)
        # The loop reserves a whole refresh's cost up front, so its own requests go unmetered.
        self._refresh_sync = SyncService(*parts, zone=zone, now=now)
        self.loop = LiveRefreshLoop(
            self.budget, self.refresh, cost=self.refresh_cost(), pushed_until=pushed_until
        )
        self._listeners: list[Listener] = []
        self._task: asyncio.Task[None] | None = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def entrance_locks(self) -> list[str]:
        """Locks people clock in through: the ones with a gateway (they upload at once)."""
        return [lock.id for lock in self.locks.locks() if lock.has_gateway and lock.online]

    def refresh_cost(self) -> int:
        people = max(1, self.people.count(active_only=True))  # not a read of every row
        return math.ceil(people / PAGE) + max(1, len(self.entrance_locks()))

    async def first_load(self) -> None:
        today = org_today(self.now(), self.zone)
        # A manager is waiting for this: user priority, or pacing would spread it over minutes.
        await self.sync.sync_locks(priority="user")
        await self.sync.sync_employees(priority="user")
        week_ago = today - timedelta(days=FIRST_LOAD_DAYS)
        await self.sync.sync_attendance(week_ago, today, priority="user")
        self._changed()
        lock_ids = [lock.id for lock in self.locks.locks()]
        ample = (self.budget.snapshot().remaining or 0) >= 10 * len(lock_ids)
        await self.sync.sync_all_history(
            lock_ids,
            concurrency=2 if ample else 1,
            first_load_days=FIRST_LOAD_DAYS,
            priority="user",
        )
        self.loop.cost = self.refresh_cost()
        self._changed()

    async def refresh(self) -> None:
        """One live refresh: today's open days and the entrance locks' newest events."""
        reconciling = self.loop.reconciling()
        await self._refresh_sync.refresh_open_days()
        locks = self.entrance_locks()
        for lock_id in locks:
            await self._refresh_sync.sync_lock_history(lock_id)
        self._changed()
        if reconciling:
            self.reconciled(locks)

    async def run(self) -> None:
        """First load, then refresh for as long as the console runs."""
        await self.first_load()
        await self.keep_fresh()

    async def keep_fresh(self) -> None:
        """The refresh loop (polling, or reconciling while webhooks run), and the locks'
        state beside it while webhooks run."""
        states = asyncio.ensure_future(self.watch_lock_states())
        try:
            await self.loop.run()
        finally:
            states.cancel()
            await asyncio.gather(states, return_exceptions=True)

    async def watch_lock_states(self) -> None:
        """While webhooks bring the changes, some of the requests polling no longer needs
        go on what no webhook tells: each lock's battery and whether it is online."""
        while True:
            await self.budget.sleep(LOCK_STATES_EVERY.total_seconds())
            if not self.loop.reconciling():
                continue
            try:
                await self.sync.sync_locks(priority="background")
            except ApiError as exc:
                log.warning("reading the locks' state failed: %s", exc)
                continue
            self._changed()

    def start(self) -> asyncio.Task[None]:
        return self.adopt(asyncio.ensure_future(self.run()))

    def adopt(self, task: asyncio.Task[None]) -> asyncio.Task[None]:
        """The task running this workday's loop: ``stop`` cancels and awaits it."""
        self._task = task
        return task

    async def stop(self) -> None:
        self.loop.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def load_older(self, lock_id: str) -> int:
        new = await self.sync.load_older(lock_id, priority="user")
        self._changed()
        return new
