"""The Attendance page, and the correction dialog wherever it opens from: a problem row,
a person's day, Ctrl+K, or a failed entry edited on the Outbox page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer

from desktop.services.attendance.corrections import correction_from, in_words
from desktop.services.attendance.review import ReviewRow
from desktop.services.session import KEPT_SAID, KEPT_SAVED, Session
from desktop.store import OutboxEntry
from desktop.tasks import Op, TaskRunner
from desktop.ui.attendance.correction import CorrectionDialog, Target
from desktop.ui.attendance.page import AttendancePage
from desktop.ui.controller import PUSHED_EVERY_MS, PageController
from desktop.ui.session_signals import SessionSignals
from desktop.ui.widgets import format as fmt
from desktop.words import translate

OUTBOX_SETTLE_MS = 150
CLOCK_IN_FIRST = ("absent", "entered_without_clock_in")  # problems a clock-in fixes


class AttendanceController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.page = AttendancePage(session.review, session.zone, today=session.today)
        self.page.set_locks(session.lock_names())
        self.page.show_week_ending(session.today())
        self.page.refresh_from_cache()
        self.page.load_requested.connect(self.load_period)
        self.page.correction_requested.connect(self.correct_rows)
        signals.board.connect(self.redraw)
        # Webhook events: the week is re-read on the Qt thread, at most once a second.
        signals.pushed.connect(self.at_most_every(PUSHED_EVERY_MS, self.redraw))
        # A queued fix shows at once; a sender's burst of moves (sending, sent, audited)
        # is one re-read of the week, not one each (it runs on the Qt thread).
        self._outbox_moved = QTimer(self)
        self._outbox_moved.setSingleShot(True)
        self._outbox_moved.setInterval(OUTBOX_SETTLE_MS)
        self._outbox_moved.timeout.connect(self.page.refresh_from_cache)
        signals.outbox.connect(self._outbox_moved.start)
        signals.outbox.connect(self._follow_sent)
        self._told: dict[int, str] = {}  # entry id -> its words, until it is sent or refused
        signals.zone.connect(self._zone_changed)

    def redraw(self) -> None:
        self.page.set_locks(self.session.lock_names())
        self.page.refresh_from_cache()

    def _zone_changed(self) -> None:
        self.page.set_zone(self.session.zone)
        self.redraw()

    def load_period(self, start: date, end: date) -> None:
        Op(
            lambda: self.session.load_attendance(start, end),
            what=self.tr("loading attendance from {start} to {end}").format(
                start=fmt.local_date(start), end=fmt.local_date(end)
            ),
        ).with_progress(
            self.tr("Loading attendance {start} to {end}…").format(
                start=fmt.local_date(start), end=fmt.local_date(end)
            )
        ).success(lambda _count: self.page.reload()).run(self.runner)

    # -- corrections -----------------------------------------------------------------------

    def correct_rows(self, rows: list[ReviewRow]) -> CorrectionDialog | None:
        targets = [Target(r.employee_id, r.name, r.day) for r in rows]
        dialog = self.open_correction(targets)
        if dialog is not None and rows and all(r.problem in CLOCK_IN_FIRST for r in rows):
            dialog.prefer_clock_in()
        return dialog

    def correct_selection(self) -> CorrectionDialog | None:
        """Ctrl+K and Enter: the selected rows' correction; nobody chosen when none is."""
        rows = self.page.selected()
        return self.correct_rows(rows) if rows else self.open_correction([])

    def open_correction(self, targets: list[Target] | None = None) -> CorrectionDialog | None:
        """The correction dialog for these people (none: the manager picks); None when
        nobody is signed in, or WorkTime One writes are off (the bus says why)."""
        session = self.session
        manager, blocked = session.manager, session.writes_off("worktime")
        if manager is None:
            return None
        if blocked:
            self.runner.bus.warning(blocked)
            return None
        dialog = CorrectionDialog(
            session.corrections,
            session.people.employees(),
            session.locks.locks(),
            manager,
            targets or [],
            now=session.now,
            parent=self.page.window(),
        )
        dialog.queued.connect(self._confirm)
        dialog.open()
        return dialog

    # -- what happened to a write ---------------------------------------------------------

    def _words(self, entry: OutboxEntry) -> str:
        correction = correction_from(entry.payload)
        name = self.session.name_of(correction.employee_id)
        return in_words(correction, name, self.session.zone)

    def _confirm(self, entries: list[OutboxEntry]) -> None:
        """A short confirmation of what was queued, naming it; another once it is sent
        (not for one kept on this desk: it is sent from the team's store, by another id)."""
        kept = self.session.waits("worktime") == translate("Session", KEPT_SAVED)
        if kept and entries:
            said = "; ".join(self._words(e) for e in entries)
            self.confirm(translate("Session", KEPT_SAID).format(what=said))
            return
        for entry in entries:
            self._told[entry.id] = self._words(entry)
        said = "; ".join(self._told[e.id] for e in entries)
        if entries:
            self.confirm(self.tr("{what}: saved, sending now.").format(what=said), entries[-1])

    def _follow_sent(self) -> None:
        for entry_id, words in list(self._told.items()):
            entry = self.session.outbox.get(entry_id)
            if entry.state not in ("sent", "failed", "needs_attention", "cancelled"):
                continue
            del self._told[entry_id]
            if entry.state == "sent":
                took = (entry.updated_at - entry.created_at).total_seconds()
                seconds = round(took)
                said = (
                    self.tr("{what}: sent at once.")
                    if took < 1
                    else translate(
                        "AttendanceController",
                        "{what}: sent %Ln second(s) after it was saved.",
                        None,
                        seconds,
                    )
                )
                self.confirm(said.format(what=words), entry)
            elif entry.state != "cancelled":
                why = entry.last_error or self.tr("WorkTime One could not confirm it.")
                self.runner.bus.warning(
                    self.tr("{what}: not sent. {why} See the Outbox.").format(what=words, why=why)
                )

    def edit_entry(self, entry: OutboxEntry) -> CorrectionDialog | None:
        """A failed correction, in the dialog, to change and queue again."""
        session = self.session
        manager = session.manager
        if manager is None:
            return None
        original = correction_from(entry.payload)
        name = session.name_of(original.employee_id)
        dialog = CorrectionDialog(
            session.corrections,
            session.people.employees(),
            session.locks.locks(),
            manager,
            [Target(original.employee_id, name)],
            now=session.now,
            submit=lambda fixed: [session.corrections.edit(manager, entry, fixed[0])],
            parent=self.page.window(),
        )
        dialog.prefill(original)
        dialog.queued.connect(self._confirm)
        dialog.open()
        return dialog
