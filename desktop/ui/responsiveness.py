"""How long the Qt thread stalls: every gap over 50 ms between timer ticks.

A precise timer asks to run every ``interval`` ms; when the event loop is busy
it runs late, and the lateness is the stall a manager would feel. The
benchmarks read ``stalls`` and the percentiles; the log viewer shows stalls in
debug mode.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger("desktop.ui.responsiveness")
STALL_THRESHOLD_MS = 50.0


@dataclass(frozen=True, slots=True)
class Stall:
    at: float  # time.monotonic() when the late tick ran
    ms: float


class ResponsivenessMonitor(QObject):
    stalled = Signal(float)

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.lateness_ms: list[float] = []
        self.stalls: list[Stall] = []

    def start(self) -> None:
        self.reset()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def reset(self) -> None:
        self.lateness_ms.clear()
        self.stalls.clear()
        self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = max(0.0, (now - self._last) * 1000 - self.interval_ms)
        self._last = now
        self.lateness_ms.append(late)
        if late > STALL_THRESHOLD_MS:
            self.stalls.append(Stall(time.monotonic(), late))
            log.debug("Qt thread stalled for %.0f ms", late)
            self.stalled.emit(late)

    @property
    def max_ms(self) -> float:
        return max(self.lateness_ms, default=0.0)

    def percentile_ms(self, fraction: float) -> float:
        if not self.lateness_ms:
            return 0.0
        ordered = sorted(self.lateness_ms)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
