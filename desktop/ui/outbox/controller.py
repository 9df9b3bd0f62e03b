"""The Outbox page: every write waiting, sent, failed or in doubt, redrawn when the store
says the outbox moved, and what a manager does with an entry."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject

from desktop.services.outbox.actions import Action
from desktop.services.session import Session
from desktop.store import OutboxEntry
from desktop.tasks import TaskRunner
from desktop.ui.controller import PageController
from desktop.ui.outbox.page import OutboxPage
from desktop.ui.session_signals import SessionSignals


class OutboxController(PageController):
    def __init__(
        self,
        session: Session,
        signals: SessionSignals,
        runner: TaskRunner,
        edit: Callable[[OutboxEntry], object],
        parent: QObject | None = None,
    ) -> None:
        self.edit = edit  # a failed correction, back in its dialog
        super().__init__(session, signals, runner, parent)

    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.page = OutboxPage(session.outbox, session.zone, session.name_of, self._act)
        self.page.edit_requested.connect(self.edit)
        signals.outbox.connect(self.changed)
        signals.zone.connect(lambda: self.page.set_zone(session.zone))

    def changed(self) -> None:
        if self.page.isVisible():  # hidden, it reads the outbox when next shown
            self.page.reload()

    def _act(self, action: str, entry: OutboxEntry) -> None:
        manager = self.session.manager
        if manager is not None:
            self.session.act(manager, cast(Action, action), entry)
