"""The request budget's rules, on a fake clock and a fake service (no server, no waiting)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from desktop.api import RateLimit, RateLimited
from desktop.services.budget import Priority, RequestBudget
from tests.helpers.budget import START, FakeService, FakeTime, run

HOUR = timedelta(hours=1)


def close(a: timedelta, b: timedelta) -> bool:
    return abs(a - b) < timedelta(milliseconds=1)


def setup(limit: int = 100) -> tuple[FakeTime, FakeService, RequestBudget]:
    time = FakeTime()
    service = FakeService(time, limit=limit)
    return time, service, service.budget()


async def learn(budget: RequestBudget, service: FakeService) -> None:
    """One user request, so the budget knows the window (and no pace is set)."""
    await budget.run(Priority.USER, service.call)


def test_first_request_learns_the_limit_while_the_others_wait() -> None:
    time, service, budget = setup()
    active: list[int] = []

    async def call() -> None:
        active.append(len(service.sent))
        await service.call()
        for _ in range(5):  # give the others every chance to start too
            await asyncio.sleep(0)

    async def scenario() -> None:
        assert budget.snapshot().limit is None
        await asyncio.gather(*(budget.run(Priority.USER, call) for _ in range(3)))

    run(scenario())
    assert active[:2] == [0, 1]  # the second started only after the first had answered
    assert len(service.sent) == 3
    assert time.now == START  # waiting for the answer is not sleeping
    assert budget.snapshot().limit == 100


def test_paced_refreshes_spread_what_is_above_the_reserve_until_the_reset() -> None:
    _, service, budget = setup(limit=100)  # reserve 10: 90 usable, 30 refreshes of 3

    async def refresh() -> None:
        for _ in range(3):
            await service.call()

    async def scenario() -> None:
        for _ in range(31):
            await budget.run(Priority.BACKGROUND, refresh, cost=3)

    run(scenario())
    starts = service.sent[::3]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert all(close(gap, timedelta(seconds=120)) for gap in gaps)
    assert service.refused == 0
    assert starts[29] < START + HOUR <= starts[30] + timedelta(milliseconds=1)


def test_background_never_spends_the_reserve() -> None:
    _time, service, budget = setup(limit=100)

    async def scenario() -> None:
        await learn(budget, service)
        service.spend(84)  # another console on the same key: 15 left, reserve 10
        budget.observe(service.rate())
        for _ in range(6):
            await budget.run(Priority.BACKGROUND, service.call)

    run(scenario())
    in_first_window = [t for t in service.sent if t < START + HOUR]
    assert len(in_first_window) == 1 + 5
    assert service.sent[-1] >= START + HOUR - timedelta(milliseconds=1)
    assert service.refused == 0


def test_user_requests_dig_into_the_reserve_then_wait_for_the_reset() -> None:
    time, service, budget = setup(limit=100)

    async def scenario() -> None:
        await learn(budget, service)
        service.spend(94)  # 5 left: all of it reserve
        budget.observe(service.rate())
        assert budget.next_slot(Priority.BACKGROUND) == service.reset_at
        for _ in range(5):
            await budget.run("user", service.call)
        assert time.now == START
        assert budget.next_slot(Priority.USER) == service.reset_at
        await budget.run(Priority.USER, service.call)

    run(scenario())
    assert service.sent[-1] == START + HOUR
    assert service.refused == 0


def test_pacing_stretches_twice_when_idle_and_four_times_when_hidden() -> None:
    time, service, budget = setup(limit=100)
    run(budget.run(Priority.VISIBLE, service.call))  # learns; one request's gap is 40 s
    gap = timedelta(seconds=40)
    expected = {(True, False): 1, (True, True): 2, (False, False): 4, (False, True): 4}
    for (visible, idle), factor in expected.items():
        budget.set_activity(visible, idle)
        assert close(budget.next_slot(Priority.VISIBLE) - time.now, gap * factor)
        assert budget.refresh_interval(3) == timedelta(seconds=120) * factor


def test_visible_refreshes_go_before_background_ones() -> None:
    _, service, budget = setup(limit=100)
    order: list[str] = []

    def call(name: str) -> Callable[[], Awaitable[None]]:
        async def go() -> None:
            order.append(name)
            await service.call()

        return go

    async def scenario() -> None:
        await budget.run(Priority.VISIBLE, service.call)
        background = asyncio.ensure_future(budget.run(Priority.BACKGROUND, call("background")))
        await asyncio.sleep(0)
        visible = asyncio.ensure_future(budget.run(Priority.VISIBLE, call("visible")))
        await asyncio.gather(background, visible)

    run(scenario())
    assert order == ["visible", "background"]
    assert close(service.sent[2] - service.sent[1], timedelta(seconds=40))


def test_a_rate_limited_answer_holds_everything_until_its_reset() -> None:
    time, service, budget = setup(limit=100)

    async def scenario() -> None:
        await learn(budget, service)
        service.spend(99)  # spent elsewhere; the budget still thinks 99 are left
        with pytest.raises(RateLimited):
            await budget.run(Priority.USER, service.call)
        assert budget.snapshot().remaining == 0
        await budget.run(Priority.USER, service.call)

    run(scenario())
    assert service.refused == 1
    assert time.now == START + HOUR


def test_a_429_that_named_no_limit_is_learned_again_after_its_reset() -> None:
    time, service, budget = setup()

    async def refused() -> None:
        raise RateLimited("spent", service="worktime", reset_at=time.now + timedelta(minutes=1))

    async def scenario() -> None:
        with pytest.raises(RateLimited):
            await budget.run(Priority.BACKGROUND, refused)
        await budget.run(Priority.BACKGROUND, service.call)

    run(scenario())
    assert service.sent == [START + timedelta(minutes=1)]
    assert budget.snapshot().limit == 100


def test_a_429_whose_reset_has_passed_by_our_clock_still_pauses() -> None:
    time, service, budget = setup()

    async def refused() -> None:
        raise RateLimited("spent", service="worktime", reset_at=time.now - timedelta(seconds=5))

    async def scenario() -> None:
        await learn(budget, service)
        with pytest.raises(RateLimited):
            await budget.run(Priority.USER, refused)
        await budget.run(Priority.USER, service.call)

    run(scenario())
    assert service.sent == [START, START + timedelta(minutes=1)]


def test_snapshot_for_the_status_bar() -> None:
    time, service, budget = setup(limit=1000)
    assert budget.snapshot().reserve == 10  # the smallest plan is assumed until told
    seen: list[int | None] = []
    budget.subscribe(lambda snap: seen.append(snap.remaining))

    async def scenario() -> None:
        await budget.run(Priority.USER, service.call)
        await budget.run(Priority.USER, service.call)
        await budget.run(Priority.BACKGROUND, service.call)  # the next one waits its turn
        waiter = asyncio.ensure_future(budget.run(Priority.BACKGROUND, service.call))
        await asyncio.sleep(0)
        snap = budget.snapshot()
        assert (snap.limit, snap.remaining, snap.reserve, snap.spent_this_window) == (
            1000,
            997,
            100,
            3,
        )
        assert (snap.reset_at, snap.waiting) == (START + HOUR, 1)
        await waiter

    run(scenario())
    assert budget.snapshot().waiting == 0
    assert 997 in seen
    time.now = START + 2 * HOUR
    assert budget.snapshot().reset_at is None  # that window is over; the next not begun
    assert budget.snapshot().remaining == 1000


@pytest.mark.parametrize(
    ("limit", "seconds"), [(100, 120.0), (1_000, 12.0), (10_000, 1.2), (None, 120.0)]
)
def test_refresh_interval_per_plan(limit: int | None, seconds: float) -> None:
    budget = RequestBudget("worktime", clock=FakeTime())
    if limit is not None:
        budget.observe(RateLimit(limit=limit, remaining=limit, reset_at=START + HOUR))
    assert close(budget.refresh_interval(3), timedelta(seconds=seconds))


def test_reserve_is_a_tenth_with_a_floor_and_never_above_the_limit() -> None:
    budget = RequestBudget("worktime", clock=FakeTime())
    assert [budget.reserve_for(n) for n in (3, 20, 100, 1_000)] == [3, 5, 10, 100]
