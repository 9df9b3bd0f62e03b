"""The Today page: the live board drawn from the store whenever the session says it
changed, how fresh it is, and a person's day (from which a correction can start)."""

from __future__ import annotations

import functools
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from desktop.services.attendance.board import Board, PersonDay
from desktop.services.session import Session
from desktop.tasks import Op, TaskRunner
from desktop.ui.attendance.correction import CorrectionDialog, Target
from desktop.ui.controller import PageController
from desktop.ui.session_signals import SessionSignals
from desktop.ui.today.page import LiveBoardPage
from desktop.ui.today.person_day import PersonDayDialog


class Corrections(Protocol):
    """Where a correction starts (the Attendance page's controller, built when asked)."""

    def open_correction(self, targets: list[Target] | None = None) -> CorrectionDialog | None: ...


FRESHNESS_TICK_MS = 15_000  # the "refreshed 2 min ago" line: a clock, not a poll


class TodayController(PageController):
    def __init__(
        self,
        session: Session,
        signals: SessionSignals,
        runner: TaskRunner,
        attendance: Corrections,
        parent: QObject | None = None,
        first: Board | None = None,
        *,
        drawn_later: bool = False,
    ) -> None:
        """``first``: the last board kept at the previous run (``attendance.snapshot``),
        shown until the first draw if it is of today; ``drawn_later``: with none, the
        first draw too goes to a worker (start-up is on the event loop already: a
        console built around its first frame), not here."""
        self.attendance = attendance  # a correction starts from a person's day
        self._first, self._drawn_later = first, drawn_later
        super().__init__(session, signals, runner, parent)

    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.page = LiveBoardPage(session.zone)
        self._drawing = self._draw_again = self._updating = False
        self._draws = 0  # full draws started: a part read across one is read again
        self._pending: set[str] = set()  # pushed people waiting for the read under way
        self._redo: set[str] = set()  # pushed during a full draw: redone after it is shown
        self._open_day: tuple[PersonDayDialog, str] | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(FRESHNESS_TICK_MS)
        self._ticker.timeout.connect(self.show_freshness)
        self._ticker.start()
        self.page.person_opened.connect(self.open_person)
        self.page.refresh_requested.connect(self.refresh_now)
        signals.board.connect(self.redraw)
        signals.board.connect(self._follow_open_day)
        signals.pushed.connect(self._pushed)
        signals.pushed.connect(self._follow_open_day)
        signals.worq.connect(self.redraw)  # who has left, flagged on the board
        signals.employees.connect(self.redraw)
        signals.zone.connect(self._zone_changed)
        first, self._first = self._first, None
        if first is None and not self._drawn_later:  # no board kept: drawn here, once
            self.page.show_board(session.board_from(), session.lock_names())
            return
        if (
            first is not None and first.day == session.today()
        ):  # shown until the worker's draw (a day's first
            self.page.show_board(first, session.lock_names())  # start has nothing to show)
        self.redraw()

    def redraw(self) -> None:
        """The board is built on a worker thread over a connection of its own (250-300 ms
        at 20,000 people); at start-up the last board kept is shown meanwhile, or, when
        none was kept, the first is drawn on the Qt thread, once."""
        names = self.session.lock_names()
        if self._drawing:
            # One draw at a time, never cancelled by the next: webhooks can tell of a
            # change every few milliseconds, and a draw takes longer at 20,000 people.
            self._draw_again = True
        else:
            self._drawing = True
            self._draws += 1
            Op(self.session.board, what="drawing the board").success(
                lambda board: self.page.show_board(board, names)
            ).run(self.runner).add_done_callback(lambda _: self._drawn())
        # The loop notes the refresh time just after it tells: show it then.
        QTimer.singleShot(0, self.show_freshness)

    def _pushed(self) -> None:
        """Webhooks changed some people: only their rows are redone, read on a worker, one
        read at a time (who is pushed meanwhile waits for the next), at once even while a
        full draw is under way: that draw may have read before their change, so their
        rows are redone again once it is shown. Never a second full draw for them (one
        took seconds at 20,000 people on a team's store)."""
        if self.page.board is None:
            self.session.take_pushed_people()
            self.redraw()
            return
        self._pending |= self.session.take_pushed_people()
        if len(self._pending) * 2 > len(self.page.board.people):
            self._pending.clear()  # most of the board (a team's first load): read it whole
            self.redraw()
            return
        if self._updating or not self._pending:
            return
        people, self._pending = self._pending, set()
        if self._drawing:
            self._redo |= people
        self._update(people)

    def _update(self, people: set[str]) -> None:
        self._updating = True
        drawn = self._draws

        def show(part: Board) -> None:
            self.page.update_people(part)
            if self._draws != drawn:  # a full draw began meanwhile: it may show their
                # rows older or newer than these; they are read once more after it
                if self._drawing:
                    self._redo |= people
                else:
                    self._pending |= people

        read = functools.partial(self.session.people_today, people)
        Op(read, what="showing who webhooks changed").success(show).run(
            self.runner
        ).add_done_callback(lambda _: self._updated())

    def _updated(self) -> None:
        self._updating = False
        self._pushed()  # who was pushed while this was read

    def _follow_open_day(self) -> None:
        if self._open_day is None:
            return
        dialog, employee_id = self._open_day
        if dialog.isVisible():
            dialog.show_day(self.session.person_day(employee_id))
        else:
            self._open_day = None

    def _drawn(self) -> None:
        self._drawing = False
        if self._draw_again:
            self._draw_again = False
            self._redo.clear()  # the next draw reads after their change
            self.redraw()
        else:
            self._pending |= self._redo  # shown before this draw's older rows: again
            self._redo.clear()
            self._pushed()

    def _zone_changed(self) -> None:
        self.page.set_zone(self.session.zone)
        self.redraw()

    def show_freshness(self) -> None:
        session = self.session
        self.page.show_freshness(*session.freshness(), session.now(), session.webhooks.healthy())

    def refresh_now(self) -> None:
        Op(self.session.refresh_now, key="refresh-now", what="refreshing today").run(self.runner)

    def correct_selection(self) -> None:
        """Ctrl+K on the board: the selected person's correction, today."""
        employee_id = self.page.selected_employee()
        if employee_id is None:
            self.attendance.open_correction([])
            return
        name = self.session.name_of(employee_id)
        self.attendance.open_correction([Target(employee_id, name, self.session.today())])

    def open_person(self, employee_id: str) -> PersonDayDialog:
        session = self.session
        day = session.person_day(employee_id)
        name = session.name_of(employee_id)
        dialog = PersonDayDialog(name, day, session.zone, session.lock_names(), self.page)
        self._open_day = (dialog, employee_id)  # follows what the store is told
        target = Target(employee_id, name, day.day)
        dialog.correct_requested.connect(lambda: self._correct_from_day(dialog, target, day))
        dialog.open()
        return dialog

    def _correct_from_day(self, dialog: PersonDayDialog, target: Target, day: PersonDay) -> None:
        correction = self.attendance.open_correction([target])
        if correction is not None:
            dialog.accept()
            record = day.attendance
            if record is None or record.clock_in is None:
                correction.prefer_clock_in()

    def stop(self) -> None:
        self._ticker.stop()
