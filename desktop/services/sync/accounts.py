"""Keeps the local cache of WorkTaps accounts, departments and locations in step.

Every list is read at WorkTaps' largest page (1,000), so a collection of N
records costs ``ceil(N / 1000)`` requests (one when it is empty). Accounts are
saved a page at a time as they arrive, so a sync that fails half way keeps what
it got; accounts no longer listed (removed in WorkTaps) are forgotten once the
last page is in. Departments and locations are few: saved whole at the end.
Each job marks ``SyncState``; an error (an ``ApiError``) goes to the caller.
Every page goes through the WorkTaps request budget (``budget``; none: at once).
Every write goes through the store's ``Writer`` (a thread and connection of its
own, in order), never on the Qt thread: a page of 1,000 accounts is one commit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import datetime
from typing import TypeVar

from desktop.api import Account, Department, Location, Page, WorkTapsClient, walk
from desktop.api.worktaps import MAX_PAGE_SIZE
from desktop.services.budget import Budget, Priority, Unmetered
from desktop.store import AccountCache, Database, SyncState

T = TypeVar("T")

ACCOUNTS = "taps:accounts"
DEPARTMENTS = "taps:departments"
LOCATIONS = "taps:locations"


class AccountSync:
    def __init__(
        self,
        client: WorkTapsClient,
        cache: AccountCache,
        state: SyncState,
        now: Callable[[], datetime],
        budget: Budget | None = None,
        priority: Priority | str = "user",
    ) -> None:
        self.client = client
        self.cache = cache
        self.state = state
        self.now = now
        self.budget: Budget = budget or Unmetered()
        self.priority = priority
        self.writer = cache.db.writer()

    def _walk(self, fetch: Callable[[int], Awaitable[Page[T]]]) -> AsyncIterator[T]:
        return walk(lambda number: self.budget.run(self.priority, lambda: fetch(number)))

    def accounts(
        self,
        *,
        email: str | None = None,
        phone: str | None = None,
        location: str | int | None = None,
        meta: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Account]:
        """Every account WorkTaps lists for these filters (the server's search)."""
        client = self.client
        return self._walk(lambda n: client.list_accounts(
            n, MAX_PAGE_SIZE, email=email, phone=phone, location=location, meta=meta
        ))  # fmt: skip

    async def sync_accounts(self) -> int:
        """Every active account; answers how many WorkTaps lists."""
        seen: set[int] = set()
        batch: list[Account] = []
        async for account in self.accounts():
            batch.append(account)
            if len(batch) == MAX_PAGE_SIZE:
                await self._save(batch, seen)
        await self._save(batch, seen)
        now = self.now()

        def retain(db: Database) -> None:
            AccountCache(db).retain_accounts(seen)
            SyncState(db).mark(ACCOUNTS, now, f"{len(seen)} accounts")

        await self.writer.run(retain)
        return len(seen)

    async def _save(self, batch: list[Account], seen: set[int]) -> None:
        if batch:
            page, now = list(batch), self.now()
            batch.clear()
            await self.writer.run(lambda db: AccountCache(db).upsert_accounts(page, now))
            seen.update(account.id for account in page)

    async def sync_departments(self) -> int:
        """Every department; answers how many."""
        pages = self._walk(lambda n: self.client.list_departments(n, MAX_PAGE_SIZE))
        departments: list[Department] = [department async for department in pages]
        now = self.now()

        def save(db: Database) -> None:
            AccountCache(db).save_departments(departments, now)
            SyncState(db).mark(DEPARTMENTS, now, f"{len(departments)} departments")

        await self.writer.run(save)
        return len(departments)

    async def sync_locations(self) -> int:
        """Every location; answers how many."""
        pages = self._walk(lambda n: self.client.list_locations(n, MAX_PAGE_SIZE))
        locations: list[Location] = [location async for location in pages]
        now = self.now()

        def save(db: Database) -> None:
            AccountCache(db).save_locations(locations, now)
            SyncState(db).mark(LOCATIONS, now, f"{len(locations)} locations")

        await self.writer.run(save)
        return len(locations)

    async def sync_all(self) -> dict[str, int]:
        """Departments and locations first (the account form picks from them), then accounts;
        answers the count of each."""
        return {
            DEPARTMENTS: await self.sync_departments(),
            LOCATIONS: await self.sync_locations(),
            ACCOUNTS: await self.sync_accounts(),
        }
