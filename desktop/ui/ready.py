"""When the first frame is up, and when the console is loaded: the start-up benchmark's marks.

``FRONTDESK_QUIT_WHEN_READY=1`` makes the console print ``frontdesk-ready`` (with the
process's resident memory) once its first frame (the lock screen, the last board kept
read behind it) has painted and the event loop has run everything queued before that
paint; then ``frontdesk-loaded`` once the whole console is built around that window
and connected, with the Qt thread's longest stall in between (``stall_ms``: how well the
window answered while the rest loaded); then it closes the window, which quits. The
benchmark (``tests/benchmarks/run.py``) times a bare PySide6 window to the first line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.responsiveness import ResponsivenessMonitor

READY_ENV = "FRONTDESK_QUIT_WHEN_READY"
MODULES_ENV = "FRONTDESK_READY_MODULES"
READY_LINE = "frontdesk-ready"
LOADED_LINE = "frontdesk-loaded"


def wanted() -> bool:
    return os.environ.get(READY_ENV, "") not in ("", "0")


def resident_mb() -> float | None:
    """This process's resident memory now (Linux ``/proc``; None elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


class _FirstPaint(QObject):
    """Calls ``then`` once, on the first turn of the event loop after ``window`` painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._then, self._seen = window, then, False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._seen = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def when_painted(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` on the first turn of the event loop after ``window`` first painted."""
    _FirstPaint(window, then)


def _rss_text() -> str:
    rss = resident_mb()
    return f"rss_mb={'-' if rss is None else round(rss, 1)}"


def say_ready(board_people: int | None) -> ResponsivenessMonitor:
    """Print the ready line (the first frame is up; ``board_people``: the rows of the
    last board kept it read, None: none), and start timing the Qt thread's stalls until
    ``say_loaded``. ``FRONTDESK_READY_MODULES=FILE`` writes the modules loaded by then
    to FILE, one a line (the tests check what the first frame imports)."""
    listing = os.environ.get(MODULES_ENV, "")
    if listing:
        with open(listing, "w", encoding="utf-8") as out:
            out.write("".join(f"{name}\n" for name in sorted(sys.modules)))
    board = "-" if board_people is None else board_people
    print(f"{READY_LINE} {_rss_text()} board_people={board}", flush=True)
    monitor = ResponsivenessMonitor()
    monitor.start()
    return monitor


def say_loaded(window: QWidget, monitor: ResponsivenessMonitor | None) -> None:
    """Print the loaded line (the console is built and connected), then close ``window``."""
    stall = "-" if monitor is None else round(monitor.max_ms, 1)
    if monitor is not None:
        monitor.stop()
    print(f"{LOADED_LINE} {_rss_text()} stall_ms={stall}", flush=True)
    QTimer.singleShot(0, window.close)
