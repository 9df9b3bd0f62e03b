"""The Locks page: each lock's state and history from the store, and older history
fetched on request."""

from __future__ import annotations

from desktop.services.session import Session
from desktop.tasks import Op, TaskRunner
from desktop.ui.controller import PageController
from desktop.ui.locks.page import LocksPage
from desktop.ui.session_signals import SessionSignals


class LocksController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.page = LocksPage(
            session.locks, session.zone, runner, audit_head=session.audit.head_line
        )
        self.page.show_week_ending(session.today())
        self.page.load_older_requested.connect(self.load_older)
        signals.board.connect(self.page.refresh_from_cache)
        signals.zone.connect(self._zone_changed)

    def _zone_changed(self) -> None:
        self.page.set_zone(self.session.zone)
        self.page.refresh_from_cache()

    def load_older(self, lock_id: str) -> None:
        Op(lambda: self.session.load_older(lock_id)).with_progress(
            "Loading older history…"
        ).success(lambda _new: self.page.apply()).run(self.runner)
