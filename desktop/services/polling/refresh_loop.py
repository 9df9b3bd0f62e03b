"""Keep something on screen fresh: refresh it as often as the request budget allows.

``LiveRefreshLoop`` runs one refresh coroutine over and over: never sooner than
``min_interval`` after the last attempt, and otherwise as soon as the budget
gives a slot (``Priority.VISIBLE`` while the thing is on screen, ``BACKGROUND``
when it is not). It remembers when each refresh succeeded, so the page can say
how fresh it is and when the next one comes. A failure is logged and the loop
goes on; after a ``RateLimited`` the budget holds it until the reset.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from desktop.api import ApiError, RateLimited
from desktop.services.budget import Priority, RequestBudget, sleep_or_wake

log = logging.getLogger("desktop.services.polling.refresh_loop")

DEFAULT_MIN_INTERVAL = timedelta(seconds=15)
RECONCILE_EVERY = timedelta(minutes=30)  # while webhooks bring the changes
HISTORY = 10_000  # refresh times kept: a working day at the fastest pace


class LiveRefreshLoop:
    """``task = create_task(loop.run())``; ``loop.stop()`` (or cancel the task) ends it."""

    def __init__(
        self,
        budget: RequestBudget,
        refresh: Callable[[], Awaitable[object]],
        *,
        cost: int,
        min_interval: timedelta = DEFAULT_MIN_INTERVAL,
        visible: bool = True,
        pushed_until: Callable[[], datetime | None] = lambda: None,
        reconcile_every: timedelta = RECONCILE_EVERY,
    ) -> None:
        self.budget = budget
        self.cost = cost
        self.min_interval = min_interval
        # Until when webhooks bring the changes (None: they do not): till then a refresh
        # only reconciles, every ``reconcile_every``, catching a lost delivery.
        self.pushed_until = pushed_until
        self.reconcile_every = reconcile_every
        self.refreshed: deque[datetime] = deque(maxlen=HISTORY)
        self.failures = 0
        self.last_error: Exception | None = None
        self._refresh = refresh
        self._visible = visible
        self._attempted: datetime | None = None
        self._stopped = False
        self._wake = asyncio.Event()

    # -- what the page tells the loop ---------------------------------------------------

    def set_visible(self, visible: bool) -> None:
        """Whether what this loop refreshes is on screen now."""
        self._visible = visible
        self._poke()

    def stop(self) -> None:
        self._stopped = True
        self._poke()

    async def refresh_now(self) -> None:
        """A person asked for it: refresh at once, as a user request."""
        await self._attempt(Priority.USER)

    # -- what the page shows ----------------------------------------------------------------

    @property
    def priority(self) -> Priority:
        return Priority.VISIBLE if self._visible else Priority.BACKGROUND

    @property
    def last_refresh(self) -> datetime | None:
        return self.refreshed[-1] if self.refreshed else None

    def interval(self) -> timedelta:
        """How often the budget lets this refresh repeat (never below ``min_interval``)."""
        return max(self.min_interval, self.budget.refresh_interval(self.cost))

    def reconciling(self) -> bool:
        """Whether webhooks bring the changes now, so polling only reconciles."""
        until = self.pushed_until()
        return until is not None and self.budget.clock() < until

    def next_refresh_at(self) -> datetime:
        slot = self.budget.next_slot(self.priority, self.cost)
        if self._attempted is None:
            return slot
        due = self._attempted + self.min_interval
        until = self.pushed_until()
        if until is not None and self.budget.clock() < until:
            # Reconcile later; or as soon as deliveries stop (then poll as before).
            due = max(due, min(self._attempted + self.reconcile_every, until))
        return max(slot, due)

    def wake(self) -> None:
        """Look again at when the next refresh is due (webhooks started or stopped)."""
        self._poke()

    def staleness(self) -> timedelta | None:
        """How old the data is now (None before the first refresh)."""
        last = self.last_refresh
        return None if last is None else self.budget.clock() - last

    # -- the loop -----------------------------------------------------------------------------

    async def run(self) -> None:
        self._stopped = False
        while not self._stopped:
            delay = (self.next_refresh_at() - self.budget.clock()).total_seconds()
            if delay > 0:
                wake = self._wake
                await sleep_or_wake(self.budget.sleep, delay, wake)
                continue
            await self._attempt(self.priority)

    async def _attempt(self, priority: Priority) -> None:
        self._attempted = self.budget.clock()
        try:
            await self.budget.run(priority, self._refresh, cost=self.cost)
        except RateLimited as exc:
            self._failed(exc)
            log.warning("refresh waits for the hourly limit to reset at %s", exc.reset_at)
        except ApiError as exc:
            self._failed(exc)
            log.warning("refresh failed: %s", exc)
        except Exception as exc:  # a bug in one refresh must not stop the board
            self._failed(exc)
            log.exception("refresh failed unexpectedly")
        else:
            self.refreshed.append(self.budget.clock())

    def _failed(self, exc: Exception) -> None:
        self.failures += 1
        self.last_error = exc

    def _poke(self) -> None:
        self._wake.set()
        self._wake = asyncio.Event()
