"""When the main window is up and the Qt thread is free again: the start-up benchmark's mark.

``FRONTDESK_QUIT_WHEN_READY=1`` makes the console print ``frontdesk-ready`` (with
the process's resident memory) once its window has painted for the first time and
the event loop has run everything queued before that paint, and the cached board
(built on a worker thread) is on the window, then close the window,
which quits. The benchmark (``tests/benchmarks/run.py``) times a bare PySide6 window the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

READY_ENV = "FRONTDESK_QUIT_WHEN_READY"
READY_LINE = "frontdesk-ready"


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
    """Calls ``then`` once, on the first turn of the event loop after ``window`` painted
    and ``shown()`` is true (the cached data is on screen)."""

    def __init__(
        self, window: QWidget, then: Callable[[], None], shown: Callable[[], bool]
    ) -> None:
        super().__init__(window)
        self._window, self._then, self._shown, self._seen = window, then, shown, False
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
            QTimer.singleShot(0, self._when_shown)
        return False

    def _when_shown(self) -> None:
        if self._shown():
            self._then()
        else:
            QTimer.singleShot(1, self._when_shown)


def quit_when_ready(window: QWidget, shown: Callable[[], bool] = lambda: True) -> None:
    """Print the ready line after the first paint once ``shown()`` (the data a worker
    thread reads for the window is on it), then close ``window``."""

    def ready() -> None:
        rss = resident_mb()
        print(f"{READY_LINE} rss_mb={'-' if rss is None else round(rss, 1)}", flush=True)
        window.close()

    _FirstPaint(window, ready, shown)
