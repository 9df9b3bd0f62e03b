"""Keeps the local cache of WorkTaps accounts, departments and locations in step.

Every list is read at WorkTaps' largest page (1,000), so a collection of N
records costs ``ceil(N / 1000)`` requests (one when it is empty). Accounts are
saved a page at a time as they arrive, so a sync that fails half way keeps what
it got; accounts no longer listed (removed in WorkTaps) are forgotten once the
last page is in. Departments and locations are few: saved whole at the end.
Each job marks ``SyncState``; an error (an ``ApiError``) goes to the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.api import Account, WorkTapsClient
from desktop.api.worktaps import MAX_PAGE_SIZE
from desktop.store import AccountCache, SyncState

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
    ) -> None:
        self.client = client
        self.cache = cache
        self.state = state
        self.now = now

    async def sync_accounts(self) -> int:
        """Every active account; answers how many WorkTaps lists."""
        seen: set[int] = set()
        batch: list[Account] = []
        async for account in self.client.iter_accounts():
            batch.append(account)
            if len(batch) == MAX_PAGE_SIZE:
                self._save(batch, seen)
        self._save(batch, seen)
        self.cache.retain_accounts(seen)
        self.state.mark(ACCOUNTS, self.now(), f"{len(seen)} accounts")
        return len(seen)

    def _save(self, batch: list[Account], seen: set[int]) -> None:
        if batch:
            self.cache.upsert_accounts(batch, self.now())
            seen.update(account.id for account in batch)
            batch.clear()

    async def sync_departments(self) -> int:
        """Every department; answers how many."""
        departments = [department async for department in self.client.iter_departments()]
        self.cache.save_departments(departments, self.now())
        self.state.mark(DEPARTMENTS, self.now(), f"{len(departments)} departments")
        return len(departments)

    async def sync_locations(self) -> int:
        """Every location; answers how many."""
        locations = [location async for location in self.client.iter_locations()]
        self.cache.save_locations(locations, self.now())
        self.state.mark(LOCATIONS, self.now(), f"{len(locations)} locations")
        return len(locations)

    async def sync_all(self) -> dict[str, int]:
        """Departments and locations first (the account form picks from them), then accounts;
        answers the count of each."""
        return {
            DEPARTMENTS: await self.sync_departments(),
            LOCATIONS: await self.sync_locations(),
            ACCOUNTS: await self.sync_accounts(),
        }
