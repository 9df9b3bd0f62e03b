"""One request budget per service: how the hourly allowance is spent.

The service answers every request with ``X-RateLimit-*`` headers (the client keeps
the last ones as ``rate_limit``). ``RequestBudget`` reads them and decides when a
request may go:

- ``Priority.USER`` (a manager clicked something) goes whenever the window has
  room, reserve included: a person waiting is never kept waiting by a refresh.
- ``VISIBLE`` and ``BACKGROUND`` refreshes never touch the reserve. They are paced
  so that what is left above the reserve lasts until the window resets: after a
  request of ``cost``, the next waits ``seconds_to_reset / (usable_remaining //
  cost)`` (for cost 1, the plain ``seconds_to_reset / usable_remaining``), visible
  ones first, and the pace stretches ×2 when nobody has touched the window for a
  while and ×4 when it is hidden. Once the reserve is reached they wait for the
  reset.
- Before the first answer nothing is known: one request goes to learn the limit
  and the others wait for its answer.
- A ``RateLimited`` failure (someone else spent the key's allowance) stops every
  request until its ``reset_at``.

Plain asyncio; the clock and the sleep are injected so tests can live through a
day without waiting for it.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Protocol, TypeVar

from desktop.api import RateLimit, RateLimited
from desktop.api.errors import Service

log = logging.getLogger("desktop.services.budget")

T = TypeVar("T")
WINDOW = timedelta(hours=1)  # the contract's fixed window per key
ASSUMED_LIMIT = 100  # the smallest documented plan, until the service says otherwise
SAME_WINDOW = timedelta(minutes=1)  # two reset times this close name one window
TOLERANCE = 0.001  # seconds: a wait this short is no wait
MIN_PAUSE = timedelta(minutes=1)  # after a 429 whose reset has passed by our clock (skew)
IDLE_FACTOR = 2.0
HIDDEN_FACTOR = 4.0


class Priority(IntEnum):
    """Who is asking; a lower value goes first."""

    USER = 0
    VISIBLE = 1
    BACKGROUND = 2


@dataclass(frozen=True, slots=True)
class BudgetSnapshot:
    """What the status bar shows: the window as last seen (None before the first answer;
    ``reset_at`` None when the last window has ended and the next has not begun)."""

    limit: int | None
    remaining: int | None
    reset_at: datetime | None
    reserve: int
    spent_this_window: int
    waiting: int


Listener = Callable[[BudgetSnapshot], None]


class RequestBudget:
    """``await budget.run(Priority.USER, lambda: client.get_employee(id))``; see the module."""

    def __init__(
        self,
        service: Service,
        *,
        clock: Callable[[], datetime],
        rate: Callable[[], RateLimit | None] = lambda: None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        reserve_fraction: float = 0.1,
        min_reserve: int = 5,
    ) -> None:
        self.service: Service = service
        self.clock = clock
        self._rate_source = rate
        self.sleep = sleep
        self._reserve_fraction = reserve_fraction
        self._min_reserve = min_reserve
        self._rate: RateLimit | None = None
        self._factor = 1.0
        self._in_flight = 0
        self._probing = False
        self._paced_at: datetime | None = None
        self._paced_gap = timedelta(0)
        self._waiting: Counter[Priority] = Counter()
        self._signal = asyncio.Event()
        self._listeners: list[Listener] = []

    # -- what the rest of the console tells the budget -----------------------------------

    def observe(self, rate: RateLimit | None) -> None:
        """Take the headers of an answer (None: the answer had none)."""
        if rate is not None:
            self._take(rate)
            self._changed()

    def _take(self, rate: RateLimit) -> None:
        old = self._rate
        if old is not None and abs(rate.reset_at - old.reset_at) < SAME_WINDOW:
            # Answers can arrive out of order; within a window, remaining only falls.
            rate = rate.model_copy(update={"remaining": min(rate.remaining, old.remaining)})
        self._rate = rate

    def set_activity(self, visible: bool, idle: bool) -> None:
        """The window is shown or hidden; someone touched it lately or not."""
        self._factor = 1.0 if visible and not idle else IDLE_FACTOR if visible else HIDDEN_FACTOR
        self._changed()

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with a fresh snapshot whenever the budget changes."""
        self._listeners.append(listener)

    # -- spending -------------------------------------------------------------------------

    async def run(
        self, priority: Priority | str, call: Callable[[], Awaitable[T]], *, cost: int = 1
    ) -> T:
        """Wait for ``priority``'s turn, then await ``call()``, which spends ``cost`` requests
        (a long job runs each page through the budget rather than one large cost)."""
        level = _priority(priority)
        await self._wait_turn(level, cost)
        probe = self._grant(level, cost)
        refused_until: datetime | None = None
        try:
            return await call()
        except RateLimited as exc:
            refused_until = exc.reset_at
            raise
        finally:
            self._finish(level, cost, probe, refused_until)

    async def _wait_turn(self, priority: Priority, cost: int) -> None:
        self._waiting[priority] += 1
        try:
            while (delay := self._delay(priority, cost, queue=True)) != 0:
                await self._nap(delay)
        finally:
            self._waiting[priority] -= 1

    def _grant(self, priority: Priority, cost: int) -> bool:
        """Mark ``cost`` as in flight; True when this request is the one learning the limit."""
        now = self.clock()
        window = self._window(now)
        if priority is not Priority.USER:
            self._paced_at = now
            self._paced_gap = self._gap(cost, window, now) if window else timedelta(0)
        self._in_flight += cost
        self._probing = window is None
        self._changed()
        return self._probing

    def _finish(
        self, priority: Priority, cost: int, probe: bool, refused_until: datetime | None
    ) -> None:
        self._in_flight -= cost
        if probe:
            self._probing = False
        rate = self._rate_source()
        if rate is not None:
            self._take(rate)
        if refused_until is not None:
            self._exhaust(refused_until)
        elif probe and priority is not Priority.USER and self._rate is not None:
            # The learning request was paced too: space the next one as if it had known.
            before = self._rate.model_copy(update={"remaining": self._rate.remaining + cost})
            self._paced_gap = self._gap(cost, before, self.clock())
        self._changed()

    def _exhaust(self, reset_at: datetime) -> None:
        # A reset already past by our clock means the clocks disagree: pause anyway.
        reset_at = max(reset_at, self.clock() + MIN_PAUSE)
        limit = self._rate.limit if self._rate is not None else 0
        self._rate = RateLimit(limit=limit, remaining=0, reset_at=reset_at)
        log.warning("%s: hourly limit reached; waiting until %s", self.service, reset_at)

    # -- the rules ------------------------------------------------------------------------

    def _delay(self, priority: Priority, cost: int, *, queue: bool) -> float | None:
        """Seconds until ``priority`` may spend ``cost``: 0 now, None when only a change
        (an answer, a request ahead of it going) can let it go."""
        now = self.clock()
        window = self._window(now)
        if window is None:
            return None if self._probing or self._in_flight else 0.0
        room = window.remaining - self._in_flight
        if priority is Priority.USER:
            return 0.0 if room >= cost else _seconds(window.reset_at - now)
        if room - self.reserve_for(window.limit) < cost:
            return _seconds(window.reset_at - now)
        if queue and any(self._waiting[p] for p in Priority if Priority.USER < p < priority):
            return None
        if self._paced_at is None:
            return 0.0
        return _seconds(self._paced_at + self._paced_gap * self._factor - now)

    def _window(self, now: datetime) -> RateLimit | None:
        """The current window: the last one seen, or once it has ended a fresh one."""
        rate = self._rate
        if rate is None or now < rate.reset_at:
            return rate
        if rate.limit <= 0:
            return None  # a 429 that named no limit: learn it again
        return RateLimit(limit=rate.limit, remaining=rate.limit, reset_at=now + WINDOW)

    def _gap(self, cost: int, window: RateLimit, now: datetime) -> timedelta:
        """The pause after a request of ``cost`` that spreads the requests of that cost
        still fitting above the reserve evenly until the reset."""
        to_reset = max(timedelta(0), window.reset_at - now)
        usable = window.remaining - self._in_flight - self.reserve_for(window.limit)
        fits = usable // max(1, cost)
        return to_reset / fits if fits > 1 else to_reset

    async def _nap(self, delay: float | None) -> None:
        """Sleep ``delay`` seconds (forever when None), or until the budget changes."""
        await sleep_or_wake(self.sleep, delay, self._signal)

    def _changed(self) -> None:
        """Wake every waiter to look again, and tell the listeners."""
        self._signal.set()
        self._signal = asyncio.Event()
        if self._listeners:
            snapshot = self.snapshot()
            for listener in list(self._listeners):
                listener(snapshot)

    # -- what the console shows -----------------------------------------------------------

    def reserve_for(self, limit: int) -> int:
        """Requests kept for people in a window of ``limit``."""
        return min(limit, max(self._min_reserve, math.ceil(limit * self._reserve_fraction)))

    def next_slot(self, priority: Priority | str, cost: int = 1) -> datetime:
        """When a request of ``priority`` costing ``cost`` could go next."""
        now = self.clock()
        delay = self._delay(_priority(priority), cost, queue=False)
        return now if delay is None else now + timedelta(seconds=delay)

    def refresh_interval(self, requests_per_refresh: int) -> timedelta:
        """The shortest interval at which a refresh of that many requests can repeat all
        day without touching the reserve (at the current activity's pace)."""
        limit = self._rate.limit if self._rate is not None else ASSUMED_LIMIT
        fits = (limit - self.reserve_for(limit)) // max(1, requests_per_refresh)
        return WINDOW / max(1, fits) * self._factor

    def snapshot(self) -> BudgetSnapshot:
        now = self.clock()
        rate = self._rate
        waiting = sum(self._waiting.values())
        if rate is None:
            return BudgetSnapshot(None, None, None, self.reserve_for(ASSUMED_LIMIT), 0, waiting)
        reserve = self.reserve_for(rate.limit)
        if now >= rate.reset_at:
            return BudgetSnapshot(rate.limit, rate.limit, None, reserve, 0, waiting)
        spent = max(0, rate.limit - rate.remaining)
        return BudgetSnapshot(rate.limit, rate.remaining, rate.reset_at, reserve, spent, waiting)


def _priority(value: Priority | str) -> Priority:
    if isinstance(value, Priority):
        return value
    try:
        return Priority[value.upper()]
    except KeyError:
        raise ValueError(f"unknown priority {value!r}") from None


def _seconds(delta: timedelta) -> float:
    seconds = delta.total_seconds()
    return 0.0 if seconds < TOLERANCE else seconds


async def sleep_or_wake(
    sleep: Callable[[float], Awaitable[None]], seconds: float | None, wake: asyncio.Event
) -> None:
    """``await sleep(seconds)`` (forever when None), cut short when ``wake`` is set."""
    if seconds is None:
        await wake.wait()
        return
    sleeper = asyncio.ensure_future(sleep(seconds))
    watcher = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait({sleeper, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        sleeper.cancel()
        watcher.cancel()
        await asyncio.gather(sleeper, watcher, return_exceptions=True)


class Budget(Protocol):
    """Runs one request when the hourly allowance lets it, most urgent ``priority`` first
    (``budget.RequestBudget``; ``Unmetered`` when there is none)."""

    async def run(self, priority: Priority | str, call: Callable[[], Awaitable[T]]) -> T: ...


class Unmetered:
    """No budget: every request goes at once."""

    async def run(self, priority: Priority | str, call: Callable[[], Awaitable[T]]) -> T:
        return await call()
