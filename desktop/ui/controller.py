"""What every page's controller starts from: the session it calls, the signals it redraws
on, and the runner its background work goes on (progress and failures reported).
A controller builds its page and wiring in ``build``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.services.session import Session
from desktop.store import OutboxEntry
from desktop.tasks import TaskRunner
from desktop.ui.session_signals import SessionSignals

PUSHED_EVERY_MS = 1_000  # how often a page that re-reads a period follows webhook events


class PageController(QObject):
    def __init__(
        self,
        session: Session,
        signals: SessionSignals,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.signals, self.runner = session, signals, runner
        self.now = session.now
        # Set by the console: the Outbox page with this entry selected.
        self.show_entry: Callable[[int], None] = lambda _entry_id: None
        self._soon: list[QTimer] = []  # ``at_most_every``'s, stopped by ``quiet``
        self.build(session, signals, runner)

    def at_most_every(self, ms: int, then: Callable[[], object]) -> Callable[[], None]:
        """``then`` at most once per ``ms``: the first call starts the wait, the calls
        during it ride along (a burst of webhook events is one re-read, not hundreds, and
        never postponed for as long as the burst lasts)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(then)
        self._soon.append(timer)

        def soon() -> None:
            if not timer.isActive():
                timer.start()

        return soon

    def quiet(self) -> None:
        """No re-read waiting to run any more: the console is closing its store."""
        for timer in self._soon:
            timer.stop()

    def confirm(self, text: str, entry: OutboxEntry | None = None) -> None:
        """A write done: one short sentence naming it on the banner, with the way to its
        outbox entry (every page's confirmation is this one)."""
        action = None if entry is None else ("Show in Outbox", lambda: self.show_entry(entry.id))
        self.runner.bus.info(text, action=action)

    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        """The page and its wiring (each controller's own)."""
