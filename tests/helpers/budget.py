"""A clock that moves only when slept on, and a service that counts like the sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from desktop.api import RateLimit
from desktop.api.errors import rate_limited
from desktop.services.budget import RequestBudget

T = TypeVar("T")
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # 09:00 in New York
MAX_SLEEPS = 10_000


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


@dataclass
class FakeTime:
    """A clock read by calling it; ``sleep(s)`` returns at once with the clock moved on."""

    now: datetime = START
    slept: list[float] = field(default_factory=list)

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> Awaitable[None]:
        """The wake-up time is fixed when asked, so two sleepers share one timeline."""
        self.slept.append(seconds)
        if len(self.slept) > MAX_SLEEPS:
            raise AssertionError("the scheduler slept too often; is it spinning?")
        return self._until(self.now + timedelta(seconds=seconds))

    async def _until(self, when: datetime) -> None:
        self.now = max(self.now, when)
        await asyncio.sleep(0)

    def at(self, seconds: float) -> datetime:
        return START + timedelta(seconds=seconds)


@dataclass
class FakeService:
    """A fixed hourly window that starts at the first request after the last one ended."""

    time: FakeTime
    limit: int = 100
    remaining: int = 0
    reset_at: datetime | None = None
    sent: list[datetime] = field(default_factory=list)
    refused: int = 0

    def rate(self) -> RateLimit | None:
        if self.reset_at is None:
            return None
        return RateLimit(limit=self.limit, remaining=self.remaining, reset_at=self.reset_at)

    async def call(self) -> str:
        now = self.time()
        if self.reset_at is None or now >= self.reset_at:
            self.remaining, self.reset_at = self.limit, now + timedelta(hours=1)
        if self.remaining <= 0:
            self.refused += 1
            raise rate_limited("worktime", self.reset_at)
        self.remaining -= 1
        self.sent.append(now)
        await asyncio.sleep(0)
        return "ok"

    def budget(self, **options: Any) -> RequestBudget:
        return RequestBudget(
            "worktime", clock=self.time, sleep=self.time.sleep, rate=self.rate, **options
        )

    def spend(self, count: int) -> None:
        """Someone else (another console on the same key) spends ``count``."""
        now = self.time()
        if self.reset_at is None or now >= self.reset_at:
            self.remaining, self.reset_at = self.limit, now + timedelta(hours=1)
        self.remaining -= count
