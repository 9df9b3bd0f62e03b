"""What every page's controller starts from: the session it calls, the signals it redraws
on, and the runner its background work goes on (progress and failures reported).
A controller builds its page and wiring in ``build``."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services.session import Session
from desktop.tasks import TaskRunner
from desktop.ui.session_signals import SessionSignals


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
        self.build(session, signals, runner)

    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        """The page and its wiring (each controller's own)."""
