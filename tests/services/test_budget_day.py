"""A working day of the live board on each plan, against the sandbox's rate limiter.

09:00 to 17:00 in New York on 2026-11-18, in live mode (people arrive and leave
as the simulated clock moves). The sandbox's clock is frozen; the scheduler's
``sleep`` moves it and the scheduler's own clock together, so the day takes
seconds. One board refresh is what the live board reads: today's attendance
(two pages with 120 people) and the newest page of the front door's history.
A manager opens a person's day three times (one request each). ``pytest -s``
prints the table.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta

import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import Plan
from tests.helpers.budget_day import (
    DAY_START,
    MIN_INTERVAL,
    PLANS,
    USER_ACTIONS,
    DayResult,
    live_day,
)

HEADER = (
    f"{'plan':<11}{'requests':>9}{'429s':>6}{'refreshes':>11}"
    f"{'budget':>10}{'median':>9}{'worst':>9}   user waits (s)"
)


@pytest.fixture(scope="module")
def day_table() -> Iterator[list[DayResult]]:
    results: list[DayResult] = []
    yield results
    print("\nA simulated working day (09:00-17:00 New York), board = 3 requests a refresh:")
    print(HEADER)
    for result in results:
        print(result.row())


@pytest.mark.slow
# A minute of CPU each (5,700 requests on the sandbox's clock); beside other tests on
# every core (pytest-xdist) it can pass the suite's 120 s hang guard without hanging.
@pytest.mark.timeout(360)
@pytest.mark.parametrize("plan", PLANS)
def test_a_working_day_of_the_live_board(
    sandbox: SandboxServer, plan: Plan, day_table: list[DayResult]
) -> None:
    sandbox.controls.reset(seed=1, now=DAY_START.isoformat(), live=True)
    sandbox.controls.time(frozen=True)
    result = asyncio.run(live_day(sandbox, plan))
    day_table.append(result)

    assert (result.refused, result.failures) == (0, 0)
    assert len(result.user_waits) == len(USER_ACTIONS)
    assert all(wait < timedelta(seconds=1) for wait in result.user_waits)
    if plan == "free":
        assert result.interval == timedelta(minutes=2)  # 3 of (100 - 10 reserve) an hour
        assert result.worst <= result.interval * 1.5
        assert result.refreshes >= 8 * 60 / 2 * 0.9
    else:
        assert result.interval == MIN_INTERVAL
        assert result.median == MIN_INTERVAL
        assert result.worst <= MIN_INTERVAL * 1.5
