"""The pages fed by the local store (live board, locks, attendance, outbox, audit log)
and what a manager does on them: corrections, a person's day, older history.

The session keeps the store fresh (its Workday) and sends what is queued; these pages
redraw when it says the store changed, and hand what a manager asks for to it.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer

from desktop.services.attendance.board import PersonDay
from desktop.services.attendance.corrections import correction_from
from desktop.services.attendance.review import ReviewRow
from desktop.services.outbox.actions import Action, edit
from desktop.services.session import Session
from desktop.store import OutboxEntry
from desktop.tasks import Op, TaskRunner
from desktop.ui.attendance.correction import CorrectionDialog, Target
from desktop.ui.attendance.page import AttendancePage
from desktop.ui.audit.page import AuditPage
from desktop.ui.locks.page import LocksPage
from desktop.ui.outbox.page import OutboxPage
from desktop.ui.session_signals import SessionSignals
from desktop.ui.today.page import LiveBoardPage
from desktop.ui.today.person_day import PersonDayDialog

log = logging.getLogger("desktop.ui.store_pages")
FRESHNESS_TICK_MS = 15_000  # the board's "refreshed 2 min ago" line: a clock, not a poll


class DataPages(QObject):
    def __init__(
        self,
        session: Session,
        signals: SessionSignals,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.now = session.now
        self.locks, self.people = session.locks, session.people
        self.attendance, self.outbox, self.audit = session.attendance, session.outbox, session.audit
        self.corrections = session.corrections
        zone = session.zone
        self.live = LiveBoardPage(zone)
        self.locks_page = LocksPage(self.locks, zone, runner, audit_head=self.audit.head_line)
        self.attendance_page = AttendancePage(self.review, zone)
        self.outbox_page = OutboxPage(self.outbox, zone, self.name_of, self._act)
        self.audit_page = AuditPage(self.audit, zone, runner)
        self._ticker = QTimer(self)
        self._ticker.setInterval(FRESHNESS_TICK_MS)
        self._ticker.timeout.connect(self._show_freshness)
        self._ticker.start()
        signals.board.connect(self.redraw)
        signals.outbox.connect(self.outbox_changed)
        signals.audit.connect(self.audit_page.reload)
        signals.zone.connect(self._zone_changed)
        self.live.person_opened.connect(self.open_person)
        self.live.refresh_requested.connect(self.refresh_now)
        self.locks_page.load_older_requested.connect(self.load_older)
        self.locks_page.show_week_ending(self.today())
        self.attendance_page.show_week_ending(self.today())
        self.attendance_page.load_requested.connect(self.load_period)
        self.attendance_page.correction_requested.connect(self.correct_rows)
        self.outbox_page.edit_requested.connect(self.edit_entry)
        self.redraw(on_worker=False)

    @property
    def zone(self) -> ZoneInfo:
        return self.session.zone

    def set_zone(self, name: str | None) -> None:
        """The organization's timezone (the session tells the pages when it changed)."""
        self.session.set_zone(name)

    def _zone_changed(self) -> None:
        zone = self.session.zone
        for page in (self.live, self.locks_page, self.attendance_page, self.audit_page,
                     self.outbox_page):  # fmt: skip
            page.set_zone(zone)
        self.redraw()

    def manager(self) -> str | None:
        return self.session.manager

    def write_block(self) -> str | None:
        """Why WorkTime One writes are off (a read-only key), or None when they may go."""
        return self.session.writes_off("worktime")

    def outbox_changed(self) -> None:
        if self.outbox_page.isVisible():  # hidden, it reads the outbox when next shown
            self.outbox_page.reload()
        self.pending_changed(self.outbox.pending_count())

    def pending_changed(self, count: int) -> None:
        """Replaced by the console: the status bar's pending writes."""

    def name_of(self, employee_id: str) -> str:
        return self.session.name_of(employee_id)

    def _act(self, action: str, entry: OutboxEntry) -> None:
        manager = self.manager()
        if manager is None:
            return
        self.session.act(manager, cast(Action, action), entry)

    def correct_rows(self, rows: list[ReviewRow]) -> CorrectionDialog | None:
        targets = [Target(r.employee_id, r.name, r.day) for r in rows]
        dialog = self.open_correction(targets)
        if (
            dialog is not None
            and rows
            and all(r.problem in ("absent", "entered_without_clock_in") for r in rows)
        ):
            dialog.prefer_clock_in()
        return dialog

    def open_correction(self, targets: list[Target] | None = None) -> CorrectionDialog | None:
        manager = self.manager()
        blocked = self.write_block()
        if manager is None:
            return None
        if blocked:
            self.runner.bus.warning(blocked)
            return None
        dialog = CorrectionDialog(
            self.corrections,
            self.people.employees(),
            self.locks.locks(),
            manager,
            targets or [],
            now=self.now,
            parent=self.live.window(),
        )
        dialog.open()
        return dialog

    def edit_entry(self, entry: OutboxEntry) -> CorrectionDialog | None:
        manager = self.manager()
        if manager is None:
            return None
        original = correction_from(entry.payload)
        name = self.name_of(original.employee_id)
        dialog = CorrectionDialog(
            self.corrections,
            self.people.employees(),
            self.locks.locks(),
            manager,
            [Target(original.employee_id, name)],
            now=self.now,
            submit=lambda fixed: [edit(self.corrections, manager, entry, fixed[0])],
            parent=self.live.window(),
        )
        dialog.prefill(original)
        dialog.open()
        return dialog

    async def stop(self) -> None:
        """No more clock ticks; the session stops what runs below."""
        self._ticker.stop()

    def set_activity(self, visible: bool, idle: bool) -> None:
        self.session.set_activity(visible, idle)

    # -- redrawing from the store ------------------------------------------------------

    def redraw(self, *, on_worker: bool = True) -> None:
        """The board is built on a worker thread over a connection of its own (250-300 ms
        at 20,000 people); the pages that page through the store redraw here. The first
        draw, before the window is up, is done here: a worker then only contends with the
        rest of start-up for the interpreter (the board showed 165 ms later at 20,000)."""
        names = self.session.lock_names()
        if on_worker:
            Op(self.session.board, key="board", what="drawing the board").success(
                lambda board: self.live.show_board(board, names)
            ).run(self.runner)
        else:
            self.live.show_board(self.session.board_from(), names)
        self.locks_page.refresh_from_cache()
        self.attendance_page.set_locks(names)
        self.attendance_page.refresh_from_cache()
        # The loop notes the refresh time just after this returns: show it then.
        QTimer.singleShot(0, self._show_freshness)

    def _show_freshness(self) -> None:
        self.live.show_freshness(*self.session.freshness())

    # -- what a manager asks for ------------------------------------------------------------

    def refresh_now(self) -> None:
        Op(self.session.refresh_now, key="refresh-now", what="refreshing today").run(self.runner)

    def load_older(self, lock_id: str) -> None:
        Op(lambda: self.session.load_older(lock_id)).with_progress(
            "Loading older history…"
        ).success(lambda _new: self.locks_page.apply()).run(self.runner)

    def today(self) -> date:
        """The organization's today (its timezone, the console's clock)."""
        return self.session.today()

    def review(self, start: date, end: date) -> list[ReviewRow]:
        return self.session.review(start, end)

    def load_period(self, start: date, end: date) -> None:
        Op(lambda: self.session.load_attendance(start, end)).with_progress(
            f"Loading attendance {start:%d %b} to {end:%d %b}…"
        ).success(lambda _count: self.attendance_page.reload()).run(self.runner)

    def open_person(self, employee_id: str) -> PersonDayDialog:
        day = self.session.person_day(employee_id)
        name = self.name_of(employee_id)
        dialog = PersonDayDialog(name, day, self.zone, self.session.lock_names(), self.live)
        target = Target(employee_id, name, day.day)
        dialog.correct_requested.connect(lambda: self._correct_from_day(dialog, target, day))
        dialog.open()
        return dialog

    def _correct_from_day(self, dialog: PersonDayDialog, target: Target, day: PersonDay) -> None:
        correction = self.open_correction([target])
        if correction is not None:
            dialog.accept()
            record = day.attendance
            if record is None or record.clock_in is None:
                correction.prefer_clock_in()
