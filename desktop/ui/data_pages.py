"""The pages fed by the local cache (live board, locks) and the Workday that keeps it fresh.

Offline they show what the cache holds; online a ``Workday`` loads, refreshes
within the request budget, and each refresh redraws them from the cache.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimer

from desktop.api import WorkTimeClient
from desktop.services.attendance_review import ReviewRow, local_day_bounds, review
from desktop.services.corrections import CorrectionService, correction_from
from desktop.services.live import Board, PersonDay, board_from, org_today, person_day_from
from desktop.services.outbox_actions import Action, act, edit
from desktop.services.outbox_kinds import WORKTIME_KINDS as KINDS
from desktop.services.outbox_sender import OutboxSender
from desktop.services.status import ServiceHealth
from desktop.services.workday import Workday
from desktop.store import (
    AttendanceCache,
    AuditLog,
    Database,
    LockCache,
    Outbox,
    OutboxEntry,
    PeopleCache,
    SnapshotCache,
    SyncState,
    apart,
)

from .dialogs.correction import CorrectionDialog, Target
from .dialogs.person_day import PersonDayDialog
from .pages.attendance import AttendancePage
from .pages.audit import AuditPage
from .pages.live import LiveBoardPage
from .pages.locks import LocksPage
from .pages.outbox import OutboxPage
from .tasks import Op, TaskRunner

log = logging.getLogger("desktop.ui.data_pages")
ZONE_SNAPSHOT = ("organization", "timezone")
FRESHNESS_TICK_MS = 15_000
OUTBOX_TICK_MS = 2_000  # the sender works in the background; the page follows it


def local_zone() -> ZoneInfo:
    name = datetime.now().astimezone().tzname() or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def cached_zone(snapshots: SnapshotCache) -> ZoneInfo:
    """The organization's timezone as WorkTime One last told it (the computer's before)."""
    snapshot = snapshots.get(*ZONE_SNAPSHOT)
    if snapshot is not None:
        try:
            return ZoneInfo(str(snapshot.body))
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("the cached organization timezone %r is unknown", snapshot.body)
    return local_zone()


def zone_named(name: str | None) -> ZoneInfo | None:
    """WorkTime One's timezone by its name; None when it gave none, or one unknown here."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("WorkTime One gave an unknown timezone %r", name)
        return None


class DataPages(QObject):
    def __init__(
        self,
        db: Database,
        snapshots: SnapshotCache,
        runner: TaskRunner,
        health: ServiceHealth,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.snapshots, self.runner, self.health, self.now = snapshots, runner, health, now
        self.locks, self.people = LockCache(db), PeopleCache(db)
        self.attendance, self.state = AttendanceCache(db), SyncState(db)
        self.zone = cached_zone(snapshots)
        self.live = LiveBoardPage(self.zone)
        self.locks_page = LocksPage(self.locks, self.zone, runner)
        self.attendance_page = AttendancePage(self.review, self.zone)
        self.outbox, self.audit = Outbox(db, now), AuditLog(db, now)
        self.corrections = CorrectionService(
            self.outbox, self.audit, self.attendance, self.people, self.zone, now
        )
        self.outbox_page = OutboxPage(self.outbox, self.zone, self.name_of, self._act)
        self.audit_page = AuditPage(self.audit, self.zone, runner)
        self.outbox_sender: OutboxSender | None = None
        self._sender_task: asyncio.Task[None] | None = None
        self.manager: Callable[[], str | None] = lambda: None
        self.write_block: Callable[[], str | None] = lambda: None  # why writes are off
        self._outbox_ticker = QTimer(self)
        self._outbox_ticker.setInterval(OUTBOX_TICK_MS)
        self._outbox_ticker.timeout.connect(self.outbox_changed)
        self._outbox_ticker.start()
        self.workday: Workday | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(FRESHNESS_TICK_MS)
        self._ticker.timeout.connect(self._show_freshness)
        self._ticker.start()
        self.live.person_opened.connect(self.open_person)
        self.live.refresh_requested.connect(self.refresh_now)
        self.locks_page.load_older_requested.connect(self.load_older)
        self.locks_page.show_week_ending(org_today(self.now(), self.zone))
        self.attendance_page.show_week_ending(org_today(self.now(), self.zone))
        self.attendance_page.load_requested.connect(self.load_period)
        self.attendance_page.correction_requested.connect(self.correct_rows)
        self.outbox_page.changed.connect(self._poke_sender)
        self.outbox_page.edit_requested.connect(self.edit_entry)
        self.redraw(on_worker=False)

    def set_zone(self, name: str | None) -> None:
        """The organization's timezone, once WorkTime One has told it."""
        zone = zone_named(name)
        if zone is None:
            return
        self.snapshots.put(*ZONE_SNAPSHOT, zone.key)
        if zone != self.zone:
            self.zone = zone
            self.live.set_zone(zone)
            self.locks_page.set_zone(zone)
            self.attendance_page.set_zone(zone)
            self.audit_page.set_zone(zone)
            self.outbox_page.set_zone(zone)
            self.corrections.zone = zone
            if self.workday is not None:
                self.workday.zone = zone
            self.redraw()

    # -- the Workday -------------------------------------------------------------------

    def start(self, client: WorkTimeClient | None) -> None:
        """Use this client from now on (None: offline, the cache only)."""
        old = self.workday
        self.workday = None
        if old is not None:
            Op(old.stop, what="stopping the old refresh").run(self.runner)
        if client is None:
            return
        workday = Workday(
            client, self.locks, self.people, self.attendance, self.state, zone=self.zone,
            now=self.now,
        )  # fmt: skip
        workday.subscribe(self.redraw)
        self._start_sender(client, workday)
        workday.subscribe(lambda: self.health.succeeded("worktime", client.rate_limit))
        self.workday = workday
        Op(workday.first_load, key="workday", what="loading today's data").with_progress(
            "Loading locks and attendance…"
        ).success(lambda _: self._start_loop(workday)).run(self.runner)

    def _start_sender(self, client: WorkTimeClient, workday: Workday) -> None:
        old = self._sender_task
        if old is not None and not old.done():
            old.cancel()
        self.outbox_sender = OutboxSender(
            self.outbox, self.audit, client, budget=workday.budget, now=self.now, kinds=KINDS
        )
        self.outbox_sender.key_refused = lambda exc: self.health.failed(
            "worktime", exc, client.rate_limit
        )
        self.outbox_sender.subscribe(lambda _entry: self._sender_moved())
        self._sender_task = Op(
            self.outbox_sender.run, key="outbox", what="sending corrections"
        ).run(self.runner)

    def _poke_sender(self) -> None:
        if self.outbox_sender is not None:
            self.outbox_sender.poke()
        self.outbox_changed()

    def _sender_moved(self) -> None:
        """An entry was sent, retried, failed or checked: its audit row is new."""
        self.audit_page.reload()
        self.outbox_changed()

    def outbox_changed(self) -> None:
        if self.outbox_page.isVisible():  # hidden, it reads the outbox when next shown
            self.outbox_page.reload()
        self.pending_changed(self.outbox.pending_count())

    def pending_changed(self, count: int) -> None:
        """Replaced by the console: the status bar's pending writes."""

    def name_of(self, employee_id: str) -> str:
        return self.people.name(employee_id) or employee_id

    def _act(self, action: str, entry: OutboxEntry) -> None:
        manager = self.manager()
        if manager is None:
            return
        act(self.outbox, self.audit, manager, cast(Action, action), entry)
        self.audit_page.reload()

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
        dialog.queued.connect(lambda _entries: self._queued())
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
        dialog.queued.connect(lambda _entries: self._queued())
        dialog.open()
        return dialog

    def _queued(self) -> None:
        self._poke_sender()
        self.audit_page.reload()

    def _start_loop(self, workday: Workday) -> None:
        if workday is self.workday:
            task = Op(workday.loop.run, key="live-refresh", what="refreshing today").run(
                self.runner
            )
            workday.adopt(task)

    async def stop(self) -> None:
        """No more refreshes: forget the workday first, so a first load that finishes
        now does not start the loop (``_start_loop`` checks). Queued corrections stay
        in the outbox, committed, for the next run."""
        self._ticker.stop()
        self._outbox_ticker.stop()
        workday, self.workday = self.workday, None
        if workday is not None:
            await workday.stop()
        await self._stop_sender()

    async def _stop_sender(self) -> None:
        task, self._sender_task, self.outbox_sender = self._sender_task, None, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def set_activity(self, visible: bool, idle: bool) -> None:
        if self.workday is not None:
            self.workday.budget.set_activity(visible, idle)
            self.workday.loop.set_visible(visible and not idle)

    # -- redrawing from the cache ----------------------------------------------------

    def redraw(self, *, on_worker: bool = True) -> None:
        """The board is built on a worker thread over a connection of its own (250-300 ms
        at 20,000 people); the pages that page through the cache redraw here. The first
        draw, before the window is up, is done here: a worker then only contends with the
        rest of start-up for the interpreter (the board showed 165 ms later at 20,000)."""
        names = {lock.id: lock.name for lock in self.locks.locks()}
        zone, now, db = self.zone, self.now(), self.locks.db

        def build(own: Database) -> Board:
            return board_from(LockCache(own), PeopleCache(own), AttendanceCache(own), zone, now)

        if on_worker:
            Op(
                lambda: asyncio.to_thread(apart, db, build), key="board", what="drawing the board"
            ).success(lambda board: self.live.show_board(board, names)).run(self.runner)
        else:
            self.live.show_board(build(db), names)
        self.locks_page.refresh_from_cache()
        self.attendance_page.set_locks(names)
        self.attendance_page.refresh_from_cache()
        # The loop notes the refresh time just after this returns: show it then.
        QTimer.singleShot(0, self._show_freshness)

    def _show_freshness(self) -> None:
        workday = self.workday
        if workday is None:
            self.live.show_freshness(self.state.synced_at("attendance"), None)
            return
        self.live.show_freshness(workday.loop.last_refresh, workday.loop.next_refresh_at())

    # -- what a manager asks for ------------------------------------------------------------

    def refresh_now(self) -> None:
        if self.workday is not None:
            Op(self.workday.loop.refresh_now, key="refresh-now", what="refreshing today").run(
                self.runner
            )

    def load_older(self, lock_id: str) -> None:
        if self.workday is None:
            self.runner.bus.warning("Older history needs a connection to WorkTime One.")
            return
        Op(lambda: self.workday.load_older(lock_id) if self.workday else _zero()).with_progress(
            "Loading older history…"
        ).success(lambda _new: self.locks_page.apply()).run(self.runner)

    def today(self) -> date:
        """The organization's today (its timezone, the console's clock)."""
        return org_today(self.now(), self.zone)

    def review(self, start: date, end: date) -> list[ReviewRow]:
        first, _ = local_day_bounds(start, self.zone)
        _, last = local_day_bounds(end, self.zone)
        return review(
            start,
            end,
            org_today(self.now(), self.zone),
            self.people.employees(),
            self.attendance.for_range(start, end),
            self.locks.events_between(first, last),
            self.zone,
        )

    def load_period(self, start: date, end: date) -> None:
        workday = self.workday
        if workday is None:
            self.runner.bus.warning("Loading a period needs a connection to WorkTime One.")
            return
        Op(lambda: workday.sync.sync_attendance(start, end, priority="user")).with_progress(
            f"Loading attendance {start:%d %b} to {end:%d %b}…"
        ).success(lambda _count: self.attendance_page.reload()).run(self.runner)

    def open_person(self, employee_id: str) -> PersonDayDialog:
        day = person_day_from(self.locks, self.attendance, self.zone, self.now(), employee_id)
        name = self.name_of(employee_id)
        names = {lock.id: lock.name for lock in self.locks.locks()}
        dialog = PersonDayDialog(name, day, self.zone, names, self.live)
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


async def _zero() -> int:
    return 0
