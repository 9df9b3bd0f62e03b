"""Fixed-window rate limiting per key per hour, on the simulated clock."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .clock import SimClock

WINDOW_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class RateStatus:
    limit: int
    remaining: int
    reset: int  # epoch seconds when the window resets
    allowed: bool

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }


@dataclass(slots=True)
class _Window:
    start: float
    count: int


class RateLimiter:
    def __init__(self, clock: SimClock) -> None:
        self._clock = clock
        self._windows: dict[str, _Window] = {}

    def _window(self, bucket: str) -> _Window:
        now = self._clock.now_ts()
        window = self._windows.get(bucket)
        if window is None or now >= window.start + WINDOW_SECONDS or now < window.start:
            window = _Window(now, 0)
            self._windows[bucket] = window
        return window

    def hit(self, bucket: str, limit: int) -> RateStatus:
        """Count one request; ``allowed`` is False past the limit (it is not counted)."""
        window = self._window(bucket)
        allowed = window.count < limit
        if allowed:
            window.count += 1
        return self._status(window, limit, allowed)

    def peek(self, bucket: str, limit: int) -> RateStatus:
        return self._status(self._window(bucket), limit, True)

    @staticmethod
    def _status(window: _Window, limit: int, allowed: bool) -> RateStatus:
        reset = math.ceil(window.start + WINDOW_SECONDS)
        return RateStatus(limit, max(0, limit - window.count), reset, allowed)

    def clear(self) -> None:
        self._windows.clear()
