"""Keeps the local cache in step with WorkTime One, with as few requests as each job allows.

Every request goes through a ``Budget`` (the request-budget scheduler, or
``Unmetered`` when there is none) at the priority the caller gives, and every
list is read at the largest page size (100). Each page is saved as it arrives,
so a sync that fails half way keeps what it got; the error (an ``ApiError``)
goes to the caller, which decides what to tell the manager. Each job marks
``SyncState`` when it is done. Every write goes through the store's ``Writer``:
on a thread and connection of its own, in order, awaited before the sync reads
on (so what it reads back is what it wrote); the Qt thread only reads.

What each job costs:

- locks: one request;
- employees: every page, ``ceil(N / 100)`` requests;
- a lock's history, first load: every page of the last 30 days, newest first,
  ``ceil(N / 100)`` requests; a refresh: newest-first pages until they meet the
  history already cached, one request when nothing is new (see
  ``sync_lock_history`` for locks without a gateway, which upload late);
- attendance: a range's pages once; later only the days still open are read
  again (see ``refresh_open_days``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from functools import partial
from typing import TypeVar

from desktop.api import AttendanceRecord, Employee, LockEvent, Page, WorkTimeClient
from desktop.services.budget import Budget, Unmetered
from desktop.services.sync.plan import plan_reads
from desktop.store import AttendanceCache, Database, LockCache, LockRow, PeopleCache, SyncState

T = TypeVar("T")
M = TypeVar("M")

PAGE_SIZE = 100  # WorkTime One's largest page
# Priorities, by name, as the budget (``budget.Priority``) knows them.
USER = "user"  # a manager asked ("load older")
VISIBLE = "visible"  # what is on screen
BACKGROUND = "background"  # everything else: the default
# How far back a refresh of a lock without a gateway looks for late uploads: such a
# lock uploads when a phone next syncs it, hours after the event (4 h in the sandbox).
LATE_UPLOAD_GRACE = timedelta(hours=6)
# How often such a refresh reads back over the whole grace window (a sweep); the
# refreshes in between stop at the first cached event, one request when nothing is new.
# A late upload is hours late already: it shows at the next sweep, minutes later.
LATE_UPLOAD_SWEEP = timedelta(minutes=10)
OPEN_DAYS_BACK = 7  # past days whose open attendance records are read again
FIRST_LOAD_DAYS = 30

LOCKS = "locks"
EMPLOYEES = "employees"
ATTENDANCE = "attendance"
ATTENDANCE_OPEN = "attendance:open"


def history_key(lock_id: str) -> str:
    """The ``SyncState`` collection of one lock's history; its detail is the first day covered."""
    return f"lock_history:{lock_id}"


class SyncService:
    def __init__(
        self,
        client: WorkTimeClient,
        locks: LockCache,
        people: PeopleCache,
        attendance: AttendanceCache,
        state: SyncState,
        *,
        zone: tzinfo,
        now: Callable[[], datetime],
        budget: Budget | None = None,
    ) -> None:
        self.client = client
        self.locks = locks
        self.people = people
        self.attendance = attendance
        self.state = state
        self.zone = zone  # the organization's: its days are the ones the API's dates mean
        self.now = now
        self.budget: Budget = budget or Unmetered()
        # The store the caches share; its writes go to its writer (see the module's note).
        self.writer = locks.db.writer()
        self._swept: dict[str, datetime] = {}  # when each lock's grace window was last read

    # -- locks and employees ----------------------------------------------------------

    async def sync_locks(self, *, priority: str = BACKGROUND) -> list[LockRow]:
        """Every lock, in one request; answers them as cached."""
        locks = await self.budget.run(priority, self.client.list_locks)
        now = self.now()

        def save(db: Database) -> None:
            LockCache(db).save_locks(locks, now)
            SyncState(db).mark(LOCKS, now, f"{len(locks)} locks")

        await self.writer.run(save)
        return self.locks.locks()

    async def sync_employees(self, *, priority: str = BACKGROUND) -> int:
        """Every employee (active and inactive), page by page; those no longer listed are
        forgotten once the last page is in. Answers how many are listed."""
        seen: set[str] = set()

        async def take(page: Page[Employee]) -> bool:
            now, items = self.now(), page.items
            await self.writer.run(lambda db: PeopleCache(db).upsert_employees(items, now))
            seen.update(employee.id for employee in items)
            return True

        fetch = partial(self.client.list_employees, limit=PAGE_SIZE)
        await self._walk(priority, fetch, take)
        now = self.now()

        def retain(db: Database) -> None:
            PeopleCache(db).retain_employees(seen)
            SyncState(db).mark(EMPLOYEES, now, f"{len(seen)} employees")

        await self.writer.run(retain)
        return len(seen)

    # -- lock history --------------------------------------------------------------------

    async def sync_lock_history(
        self, lock_id: str, *, first_load_days: int = FIRST_LOAD_DAYS, priority: str = BACKGROUND
    ) -> int:
        """Brings one lock's history up to date; answers how many events were new.

        First load (nothing cached): every page from ``today - first_load_days`` to today
        (the organization's days), newest first, ``ceil(N / 100)`` requests.

        Refresh: newest-first pages from the day of (newest cached event - 6 hours). A lock
        with a gateway uploads within seconds, so the cloud learns of its events in the
        order they happened: the first page that holds a cached event ends the refresh
        (one request when nothing is new). A lock without a gateway (or one whose gateway
        is not known yet) uploads when a phone next syncs it, hours later: an event can
        reach the cloud after a newer one was fetched, and it then sits below cached
        events in the newest-first list, where stopping at the first cached event would
        never see it. Its refresh reads on until a page holds a cached event and reaches
        back past that 6-hour grace window, so every late upload from within the window
        is caught: a sweep, at most every ``LATE_UPLOAD_SWEEP`` (a first load counts as
        one); the refreshes in between stop at the first cached event, as for a gateway.

        A first load that failed part way kept its newest pages; the next call refreshes
        them and reads the rest of the range (from the oldest cached day back).
        """
        key = history_key(lock_id)
        covered = _parse_day(self.state.detail(key))
        newest = self.locks.newest_event(lock_id)
        new = 0
        if newest is not None:
            new += await self._refresh_history(lock_id, newest.timestamp, priority)
        if covered is None:
            covered = self._today() - timedelta(days=first_load_days)
            oldest = self.locks.oldest_event(lock_id)
            end = self._today() if oldest is None else self._day_of(oldest.timestamp)
            new += await self._read_history(lock_id, covered, end, priority)
        elif newest is None:
            new += await self._read_history(lock_id, covered, self._today(), priority)
        if newest is None:
            self._swept[lock_id] = self.now()  # read to the present: nothing late is missed
        await self._mark(key, covered.isoformat())
        return new

    async def load_older(self, lock_id: str, days: int = 30, *, priority: str = USER) -> int:
        """Reads the ``days`` days before what is cached of the lock ("load older");
        answers how many events were new (0: nothing older in that stretch)."""
        key = history_key(lock_id)
        covered = _parse_day(self.state.detail(key))
        oldest = self.locks.oldest_event(lock_id)
        if covered is not None:
            end = covered - timedelta(days=1)
        elif oldest is not None:  # a first load that stopped part way: its last day again
            end = self._day_of(oldest.timestamp)
        else:
            end = self._today()
        start = end - timedelta(days=max(1, days) - 1)
        new = await self._read_history(lock_id, start, end, priority)
        await self._mark(key, start.isoformat())
        return new

    def covered_from(self, lock_id: str) -> date | None:
        return covered_from(self.state, lock_id)

    async def load_back_to(self, lock_id: str, first: date, *, priority: str = USER) -> int:
        """Read the days from ``first`` up to what is held of the lock (nothing when it is
        held already); answers how many events were new."""
        covered = self.covered_from(lock_id)
        if covered is None or covered <= first:
            return 0
        new = await self._read_history(lock_id, first, covered - timedelta(days=1), priority)
        await self._mark(history_key(lock_id), first.isoformat())
        return new

    async def sync_all_history(
        self,
        lock_ids: Iterable[str],
        concurrency: int = 1,
        *,
        first_load_days: int = FIRST_LOAD_DAYS,
        priority: str = BACKGROUND,
    ) -> dict[str, int]:
        """``sync_lock_history`` for each lock, at most ``concurrency`` at a time (1 when the
        budget is tight). The first failure cancels the rest and is raised; what each lock
        saved before that stays cached."""
        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(lock_id: str) -> tuple[str, int]:
            async with gate:
                new = await self.sync_lock_history(
                    lock_id, first_load_days=first_load_days, priority=priority
                )
                return lock_id, new

        tasks = [asyncio.create_task(one(lock_id)) for lock_id in lock_ids]
        try:
            return dict(await asyncio.gather(*tasks))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _refresh_history(self, lock_id: str, newest: datetime, priority: str) -> int:
        cutoff = newest - LATE_UPLOAD_GRACE
        lock = self.locks.lock(lock_id)
        started = self.now()
        last = self._swept.get(lock_id)
        uploads_late = lock is None or lock.has_gateway is not True
        sweep = uploads_late and (last is None or started - last >= LATE_UPLOAD_SWEEP)
        new = 0

        async def take(page: Page[LockEvent]) -> bool:
            nonlocal new
            fresh = await self._save_events(lock_id, page.items)
            new += fresh
            if fresh == len({event.id for event in page.items}):
                return True  # all new (or an empty last page): read on
            if not sweep:
                return False  # met the cached history
            return min(event.timestamp for event in page.items) >= cutoff

        fetch = partial(self._history_page, lock_id, self._day_of(cutoff), None)
        await self._walk(priority, fetch, take)
        if sweep:
            self._swept[lock_id] = started
        return new

    async def _read_history(self, lock_id: str, start: date, end: date, priority: str) -> int:
        new = 0

        async def take(page: Page[LockEvent]) -> bool:
            nonlocal new
            new += await self._save_events(lock_id, page.items)
            return True

        await self._walk(priority, partial(self._history_page, lock_id, start, end), take)
        return new

    async def _history_page(
        self, lock_id: str, start: date | None, end: date | None, number: int
    ) -> Page[LockEvent]:
        return await self.client.list_lock_history(
            lock_id, number, PAGE_SIZE, start_date=start, end_date=end
        )

    async def _save_events(self, lock_id: str, events: Sequence[LockEvent]) -> int:
        """Saves a page (events without a lock id belong to the lock asked about)."""
        own = [e if e.lock_id else e.model_copy(update={"lock_id": lock_id}) for e in events]
        now = self.now()
        return await self.writer.run(lambda db: LockCache(db).save_events(own, now))

    # -- attendance ----------------------------------------------------------------------

    async def sync_attendance(self, start: date, end: date, *, priority: str = BACKGROUND) -> int:
        """Reads every record from ``start`` to ``end`` (inclusive); answers how many."""
        count = await self._read_attendance(start, end, priority)
        await self._mark(ATTENDANCE, f"{start.isoformat()}..{end.isoformat()}")
        return count

    async def refresh_open_days(self, *, priority: str = BACKGROUND) -> int:
        """Reads again only the days still open: today, and days of the last 7 with a
        record that has no clock out yet. Neighbouring open days are read as one range,
        never more requests than a walk per day (``sync_plan``), and never across a
        settled day that holds records. Answers how many records were read."""
        today = self._today()
        since = today - timedelta(days=OPEN_DAYS_BACK)
        days = sorted(day for day in {*self.attendance.open_days(since), today} if day <= today)
        counts = self.attendance.day_counts(since, today)
        count = 0
        ranges = plan_reads(days, counts)
        for start, end in ranges:
            count += await self._read_attendance(start, end, priority)
        detail = ", ".join(f"{a.isoformat()}..{b.isoformat()}" for a, b in ranges)
        await self._mark(ATTENDANCE_OPEN, detail)
        return count

    async def _read_attendance(self, start: date, end: date, priority: str) -> int:
        count = 0

        async def take(page: Page[AttendanceRecord]) -> bool:
            nonlocal count
            now, items = self.now(), page.items
            await self.writer.run(lambda db: AttendanceCache(db).save_attendance(items, now))
            count += len(items)
            return True

        async def fetch(number: int) -> Page[AttendanceRecord]:
            return await self.client.list_attendance(start, end, page=number, limit=PAGE_SIZE)

        await self._walk(priority, fetch, take)
        return count

    # -- plumbing ------------------------------------------------------------------------

    async def _walk(
        self,
        priority: str,
        fetch: Callable[[int], Awaitable[Page[M]]],
        take: Callable[[Page[M]], Awaitable[bool]],
    ) -> None:
        """Pages 1, 2, ... through the budget, each handed to ``take`` as it comes (and
        saved before the next is asked for), until the last page or until ``take``
        answers False."""
        number = 1
        while True:
            page = await self.budget.run(priority, partial(fetch, number))
            if not await take(page) or not page.has_more:
                return
            number += 1

    async def _mark(self, collection: str, detail: str) -> None:
        now = self.now()
        await self.writer.run(lambda db: SyncState(db).mark(collection, now, detail))

    def _today(self) -> date:
        return self._day_of(self.now())

    def _day_of(self, when: datetime) -> date:
        return when.astimezone(self.zone).date()


def covered_from(state: SyncState, lock_id: str) -> date | None:
    """The first day of ``lock_id``'s history the store holds in full (None: not read)."""
    return _parse_day(state.detail(history_key(lock_id)))


def _parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
