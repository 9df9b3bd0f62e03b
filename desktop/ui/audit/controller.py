"""The Audit log page, redrawn the moment a row is appended (by a manager or a sender)."""

from __future__ import annotations

from desktop.services.reports.audit_view import in_words
from desktop.services.reports.handover_writes import Namers
from desktop.services.session import Session
from desktop.tasks import TaskRunner
from desktop.ui.audit.page import AuditPage, Say
from desktop.ui.controller import PageController
from desktop.ui.session_signals import SessionSignals


class AuditController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.page = AuditPage(
            session.audit,
            session.zone,
            runner,
            today=session.today,
            now=session.now,
            words=self._words,
        )
        # Names are read once, not at each new row: 20,000 people take tens of ms on the
        # Qt thread, and a sender appends rows every few seconds.
        self._names: Namers | None = None
        for changed in (signals.board, signals.pushed, signals.employees, signals.accounts):
            changed.connect(self._forget_names)
        signals.audit.connect(self.page.reload)
        self.page.exported.connect(
            lambda path, rows: session.record_export(path.name, "audit log", rows=rows)
        )
        signals.zone.connect(lambda: self.page.set_zone(session.zone))

    def _forget_names(self) -> None:
        self._names = None

    def _words(self) -> Say:
        if self._names is None:
            self._names = self.session.namers()
        names, zone = self._names, self.session.zone
        return lambda row: in_words(row, names, zone)
