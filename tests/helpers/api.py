"""Small helpers for the client tests: run a coroutine, a clock, no-wait sleeps, fake servers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from desktop.sandbox.server import SandboxControls

T = TypeVar("T")
TEST_NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # the sandbox fixture's frozen clock


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


async def collect(items: Any) -> list[Any]:
    return [item async for item in items]


C = TypeVar("C", bound=AbstractAsyncContextManager[Any])


def use(client: C, action: Callable[[C], Awaitable[T]]) -> T:
    """Runs ``action(client)`` inside ``async with client``."""

    async def scenario() -> T:
        async with client:
            return await action(client)

    return run(scenario())


def drain(client: C, walk: Callable[[C], AsyncIterator[T]]) -> list[T]:
    """Everything ``walk(client)`` yields, inside ``async with client``."""

    async def scenario() -> list[T]:
        async with client:
            return [item async for item in walk(client)]

    return run(scenario())


@dataclass
class Clock:
    """A clock the test moves; ``sync`` moves the sandbox's along with it."""

    now: datetime = TEST_NOW
    controls: SandboxControls | None = None

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        if self.controls is not None:
            self.controls.time(advance=seconds)


@dataclass
class Sleeps:
    """An injected ``sleep`` that returns at once and remembers how long it was asked for."""

    delays: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def fast(clock: Callable[[], datetime] | None = None) -> dict[str, Any]:
    """Client options for tests: no real waiting, the given clock."""
    options: dict[str, Any] = {"sleep": Sleeps(), "random": lambda: 1.0}
    if clock is not None:
        options["now"] = clock
    return options


@dataclass
class Script:
    """A MockTransport handler answering from a list; records what it was sent."""

    answers: list[httpx.Response | Exception]
    seen: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        answer = self.answers[min(len(self.seen), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def answer(status: int = 200, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)


def rate_headers(limit: int, remaining: int, reset: datetime) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(int(reset.timestamp())),
    }
