"""The Audit log page, redrawn the moment a row is appended (by a manager or a sender)."""

from __future__ import annotations

from desktop.services.session import Session
from desktop.tasks import TaskRunner
from desktop.ui.audit.page import AuditPage
from desktop.ui.controller import PageController
from desktop.ui.session_signals import SessionSignals


class AuditController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.page = AuditPage(session.audit, session.zone, runner, today=session.today)
        signals.audit.connect(self.page.reload)
        signals.zone.connect(lambda: self.page.set_zone(session.zone))
