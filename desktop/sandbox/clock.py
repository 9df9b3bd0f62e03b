"""The sandbox's simulated clock.

Simulated time runs at ``speed`` times real time from an anchor, can be frozen,
set and advanced. Rate-limit windows, token lifetimes, "not in the future"
checks and live mode all read this clock, so a test can live through an hour
or a working day without waiting for it.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class SimClock:
    def __init__(self, start: datetime | None = None, *, speed: float = 1.0) -> None:
        self._lock = threading.Lock()
        self._anchor_sim = (start or datetime.now(UTC)).timestamp()
        self._anchor_real = time.monotonic()
        self._speed = speed
        self._frozen = False

    def now_ts(self) -> float:
        with self._lock:
            return self._now_unlocked()

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.now_ts(), UTC)

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def frozen(self) -> bool:
        return self._frozen

    def _now_unlocked(self) -> float:
        if self._frozen:
            return self._anchor_sim
        return self._anchor_sim + (time.monotonic() - self._anchor_real) * self._speed

    def _rebase(self, sim_ts: float) -> None:
        self._anchor_sim = sim_ts
        self._anchor_real = time.monotonic()

    def set(self, when: datetime) -> None:
        with self._lock:
            self._rebase(when.timestamp())

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._rebase(self._now_unlocked() + seconds)

    def set_speed(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        with self._lock:
            self._rebase(self._now_unlocked())
            self._speed = speed

    def freeze(self, frozen: bool) -> None:
        with self._lock:
            self._rebase(self._now_unlocked())
            self._frozen = frozen
