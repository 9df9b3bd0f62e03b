"""The Audit log page, redrawn the moment a row is appended (by a manager or a sender)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.reports.audit_view import in_words
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
            words=lambda: self._words(session),
        )
        signals.audit.connect(self.page.reload)
        self.page.exported.connect(self._record_export)
        signals.zone.connect(lambda: self.page.set_zone(session.zone))

    @staticmethod
    def _words(session: Session) -> Say:
        names, zone = session.namers(), session.zone
        return lambda row: in_words(row, names, zone)

    def _record_export(self, path: Path, rows: int) -> None:
        manager = self.session.manager
        if manager is not None:
            self.session.record(manager, "export.saved", path.name, table="audit log", rows=rows)
