"""The session's change notifications as Qt signals: the one place the window adapts them.

A change told from another thread (a worker writing the store) reaches the pages on
the Qt thread: Qt queues a signal emitted off the receiver's thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import Change
from desktop.services.session import Session


class SessionSignals(QObject):
    board = Signal()
    pushed = Signal()
    outbox = Signal()
    audit = Signal()
    accounts = Signal()
    employees = Signal()
    worq = Signal()
    zone = Signal()
    connected = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = session.changes.subscribe(self._tell)

    def _tell(self, change: Change) -> None:
        signal = getattr(self, change.value)
        signal.emit()

    def detach(self) -> None:
        """Stop hearing the session (its store is closing)."""
        self._unsubscribe()
