"""The store-fed pages as the console builds them (today, locks, attendance, outbox, audit
log) over one session, and starting them on the sandbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer, worktime_key
from desktop.services.session import Session
from desktop.tasks import TaskRunner
from desktop.ui.attendance.controller import AttendanceController
from desktop.ui.audit.controller import AuditController
from desktop.ui.locks.controller import LocksController
from desktop.ui.outbox.controller import OutboxController
from desktop.ui.session_signals import SessionSignals
from desktop.ui.today.controller import TodayController
from tests.helpers.waiting import until

TODAY = date(2026, 11, 18)


@dataclass
class StorePages:
    session: Session
    today: TodayController
    locks: LocksController
    attendance: AttendanceController
    outbox: OutboxController
    audit: AuditController
    clients: list[WorkTimeClient] = field(default_factory=list)  # the test's, closed by stop

    @classmethod
    def over(cls, session: Session, signals: SessionSignals) -> StorePages:
        runner = session.runner
        attendance = AttendanceController(session, signals, runner)
        return cls(
            session,
            TodayController(session, signals, runner, attendance),
            LocksController(session, signals, runner),
            attendance,
            OutboxController(session, signals, runner, attendance.edit_entry),
            AuditController(session, signals, runner),
        )

    @property
    def runner(self) -> TaskRunner:
        return self.session.runner


async def start(
    pages: StorePages, sandbox: SandboxServer, plan: str = "enterprise", scope: str = "read"
) -> None:
    """The session on the sandbox through a client of the test's; the board and the locks
    drawn."""
    key = worktime_key(scope, plan)  # type: ignore[arg-type]
    client = WorkTimeClient(sandbox.url("worktime"), key)
    pages.clients.append(client)
    pages.session.use_worktime(client)
    board = pages.today.page
    await until(lambda: board.board is not None and board.board.people, what="board")
    await until(lambda: pages.locks.page.locks_model.rowCount() == 8, what="the locks")


async def stop(pages: StorePages) -> None:
    pages.today.stop()
    await pages.session.stop()
    for client in pages.clients:
        await client.aclose()
