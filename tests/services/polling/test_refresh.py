"""The live refresh loop on a fake clock: its pace, its priority, and failures it survives."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from desktop.api import RateLimited, ServerError
from desktop.services.budget import Priority
from desktop.services.polling.refresh_loop import LiveRefreshLoop
from tests.helpers.budget import START, FakeService, FakeTime, run

MAX_ATTEMPTS = 50


def looped(
    service: FakeService,
    attempts: int,
    step: Callable[[int], Awaitable[None]] | None = None,
    pushed_until: Callable[[], datetime | None] = lambda: None,
) -> tuple[LiveRefreshLoop, list[tuple[datetime, Priority]]]:
    """Run a loop of 3-request refreshes for ``attempts`` attempts; ``step(n)`` may fail."""
    budget = service.budget()
    seen: list[tuple[datetime, Priority]] = []

    async def refresh() -> None:
        seen.append((service.time(), loop.priority))
        if len(seen) >= min(attempts, MAX_ATTEMPTS):
            loop.stop()
        if step is not None:
            await step(len(seen))
        for _ in range(3):
            await service.call()

    loop = LiveRefreshLoop(budget, refresh, cost=3, pushed_until=pushed_until)
    run(loop.run())
    return loop, seen


def gaps(times: list[datetime]) -> list[float]:
    return [round((b - a).total_seconds(), 3) for a, b in itertools.pairwise(times)]


def test_big_plans_refresh_at_the_minimum_interval() -> None:
    service = FakeService(FakeTime(), limit=10_000)
    loop, seen = looped(service, 6)
    assert gaps([t for t, _ in seen]) == [15.0] * 5
    assert loop.interval() == timedelta(seconds=15)
    assert len(loop.refreshed) == 6


def test_free_plan_refreshes_as_often_as_the_budget_allows() -> None:
    service = FakeService(FakeTime(), limit=100)
    loop, seen = looped(service, 6)
    assert gaps([t for t, _ in seen]) == [120.0] * 5
    assert loop.interval() == timedelta(seconds=120)
    assert loop.staleness() == timedelta(0)


def test_one_failure_does_not_end_the_loop() -> None:
    async def step(n: int) -> None:
        if n == 2:
            raise ServerError("down", service="worktime", status=500)
        if n == 3:
            raise ValueError("a bug in one refresh")

    service = FakeService(FakeTime(), limit=10_000)
    loop, seen = looped(service, 5, step)
    assert (loop.failures, len(loop.refreshed)) == (2, 3)
    assert isinstance(loop.last_error, ValueError)
    assert gaps([t for t, _ in seen]) == [15.0] * 4


def test_rate_limited_waits_for_the_reset() -> None:
    time = FakeTime()
    reset_at = START + timedelta(minutes=20)

    async def step(n: int) -> None:
        if n == 2:
            raise RateLimited("spent", service="worktime", reset_at=reset_at)

    service = FakeService(time, limit=10_000)
    loop, seen = looped(service, 3, step)
    assert [t for t, _ in seen] == [START, START + timedelta(seconds=15), reset_at]
    assert len(loop.refreshed) == 2


def test_priority_follows_what_is_on_screen() -> None:
    time = FakeTime()
    service = FakeService(time, limit=10_000)
    budget = service.budget()
    loop = LiveRefreshLoop(budget, service.call, cost=1, visible=False)
    hidden = loop.priority
    loop.set_visible(True)
    assert (hidden, loop.priority) == (Priority.BACKGROUND, Priority.VISIBLE)
    assert loop.next_refresh_at() == START


def test_refresh_now_goes_as_a_user_request_and_counts() -> None:
    time = FakeTime()
    service = FakeService(time, limit=100)
    service.spend(95)  # only the reserve is left: refreshes wait, a person does not
    budget = service.budget()
    budget.observe(service.rate())
    loop = LiveRefreshLoop(budget, service.call, cost=1)
    assert loop.next_refresh_at() == service.reset_at
    run(loop.refresh_now())
    assert loop.last_refresh == START
    assert service.sent == [START]


def test_while_webhooks_bring_the_changes_polling_only_reconciles_then_takes_over() -> None:
    """Deliveries flowing until 80 minutes in: a refresh every 30 minutes; the moment they
    stop (nothing for 10 minutes after the last), the loop polls at its pace again."""
    service = FakeService(FakeTime(), limit=10_000)
    stops = START + timedelta(minutes=80)
    loop, seen = looped(service, 7, pushed_until=lambda: stops)
    assert gaps([t for t, _ in seen]) == [1800.0, 1800.0, 1200.0, 15.0, 15.0, 15.0]
    assert not loop.reconciling()
