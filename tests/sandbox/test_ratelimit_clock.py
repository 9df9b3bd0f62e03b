"""The simulated clock and the hourly window, without a server."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.sandbox.clock import SimClock
from desktop.sandbox.ratelimit import RateLimiter

START = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def test_frozen_clock_moves_only_when_told() -> None:
    clock = SimClock(START)
    clock.freeze(True)
    first = clock.now_ts()
    assert clock.now_ts() == first
    clock.advance(90)
    assert clock.now_ts() == first + 90
    clock.set(datetime(2026, 1, 1, tzinfo=UTC))
    assert clock.now().isoformat() == "2026-01-01T00:00:00+00:00"


def test_speed_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        SimClock(START).set_speed(0)


def test_window_counts_down_refuses_and_resets() -> None:
    clock = SimClock(START)
    clock.freeze(True)
    clock.set(START)
    limiter = RateLimiter(clock)
    statuses = [limiter.hit("k", 3) for _ in range(4)]
    assert [s.remaining for s in statuses] == [2, 1, 0, 0]
    assert [s.allowed for s in statuses] == [True, True, True, False]
    assert statuses[0].reset == int(START.timestamp()) + 3600
    assert statuses[0].headers()["X-RateLimit-Limit"] == "3"
    clock.advance(3600)
    assert limiter.hit("k", 3).remaining == 2
    assert limiter.hit("other", 3).remaining == 2  # per key
