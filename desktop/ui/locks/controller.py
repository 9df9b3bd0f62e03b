"""The Locks page: each lock's state and history from the store, and older history
fetched on request."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.services.session import Session
from desktop.tasks import Op, TaskRunner
from desktop.ui.controller import PUSHED_EVERY_MS, PageController
from desktop.ui.locks.page import LocksPage
from desktop.ui.session_signals import SessionSignals
from desktop.words import short_day


class LocksController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.page = LocksPage(
            session.locks,
            session.zone,
            runner,
            audit_head=session.audit.head_line,
            today=session.today,
            now=session.now,
        )
        self.page.show_week_ending(session.today())
        self.page.load_older_requested.connect(self.load_older)
        self.page.covered_from = session.history_covered_from
        self.page.history_wanted.connect(self.load_back_to)
        self.page.exported.connect(
            lambda path, rows: session.record_export(path.name, "lock history", rows=rows)
        )
        self._loading: tuple[str | None, date] | None = None
        signals.board.connect(self.page.refresh_from_cache)
        signals.pushed.connect(self.at_most_every(PUSHED_EVERY_MS, self.page.refresh_from_cache))
        signals.zone.connect(self._zone_changed)

    def _zone_changed(self) -> None:
        self.page.set_zone(self.session.zone)
        self.page.refresh_from_cache()

    def load_back_to(self, lock_id: str | None, first: date) -> None:
        """The dates chosen start before the history held: fetch the rest (offline, the page
        says what it holds)."""
        if self.session.workday is None or self._loading == (lock_id, first):
            return
        self._loading = (lock_id, first)
        self.page.show_coverage(loading=True)

        def done(_new: object = None) -> None:
            self._loading = None
            self.page.apply()

        loading = QCoreApplication.translate(
            "LocksController", "Loading the history back to {day}…"
        )
        Op(lambda: self.session.load_history_back_to(lock_id, first), key="history-back")\
            .with_progress(loading.format(day=short_day(first)))\
            .success(done).failure(lambda _exc: done()).run(self.runner)  # fmt: skip

    def load_older(self, lock_id: str) -> None:
        Op(lambda: self.session.load_older(lock_id)).with_progress(
            QCoreApplication.translate("LocksController", "Loading older history…")
        ).success(lambda _new: self.page.apply()).run(self.runner)
