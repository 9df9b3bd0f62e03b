"""The Reports page and what feeds it: WorkTime One's payroll and attendance reports for the
period and person chosen, and the exports.

The reports are fetched when the page is first shown once a client is there, and again
when the period or the person changes (a newer request cancels an older one). Offline the
page keeps what it showed; the exports of what is on screen still work.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.services.reports.periods import Period
from desktop.services.reports.report import Report, attendance_table, payroll_table
from desktop.services.reports.tables import Table
from desktop.services.session import Session
from desktop.tasks import Op, TaskRunner, known_failure_text
from desktop.ui.controller import PageController
from desktop.ui.reports.export import chart_images, export_about, export_shown, write_report_pdf
from desktop.ui.reports.page import ReportsPage
from desktop.ui.session_signals import SessionSignals
from desktop.words import QT_TRANSLATE_NOOP

LOAD_KEY = "reports-load"
OFFLINE = QT_TRANSLATE_NOOP("ReportsController", "Reports need a connection to WorkTime One.")
PAY_HIDDEN = QT_TRANSLATE_NOOP(
    "ReportsController",
    "Pay is hidden: reveal it with your PIN (Reveal pay…) to export the payroll.",
)


def _say(text: str) -> str:
    """One of this module's messages, marked where it is defined."""
    return QCoreApplication.translate("ReportsController", text)


class ReportsController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.people, self.audit = session.people, session.audit  # the audit head: on exports
        self._stale = True  # nothing fetched for what the page asks yet
        self._tasks: set[asyncio.Task[object]] = set()
        self.page = ReportsPage(session.zone, self.today)
        self._people_listed = False  # read on first show: 20,000 names held the start-up
        self.page.load_requested.connect(self.load)
        self.page.export_requested.connect(self.export)
        self.page.shown.connect(self._shown)
        self.page.reveal = self._reveal
        # Set by the console: manager, PIN -> why it is refused (None: right). A PIN typed
        # here counts towards the same lock-out as one typed to sign in.
        self.check_pin: Callable[[str, str], str | None] | None = None
        signals.connected.connect(self._connected)
        signals.zone.connect(self._zone_changed)

    @property
    def zone(self) -> ZoneInfo:
        return self.session.zone

    def today(self) -> date:
        return self.session.today()

    # -- connection ------------------------------------------------------------------------

    def _connected(self) -> None:
        """Another WorkTime One client (or none): what is shown may be out of date."""
        self._stale = True
        if self.session.worktime is not None and self.page.isVisible():
            self.page.request_load()

    def _zone_changed(self) -> None:
        """The organization's timezone: periods and clock times follow it."""
        self.page.set_zone(self.zone)
        self._connected()

    async def stop(self) -> None:
        """No more requests: a waiting reload is dropped, running work is cancelled."""
        self.page.hold()
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _payroll_in_front(self) -> bool:
        return self.page.table_tabs.currentIndex() == 0

    def _shown(self) -> None:
        if not self._people_listed:
            self._people_listed = True
            self.page.set_people(self._people())
        if self._stale and self.session.worktime is not None:
            self.page.request_load()

    def _people(self) -> list[tuple[str, str]]:
        known = {p.id: p.name for p in self.people.employees(active_only=False)}
        report = self.page.report
        if report is not None and report.employee_id is None:
            known.update({r.employee_id: r.employee_name or r.employee_id for r in report.payroll})
        return sorted(known.items())

    def _keep(self, task: asyncio.Task[object]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- loading ---------------------------------------------------------------------------

    def load(self, period: Period, employee_id: str | None) -> asyncio.Task[Report] | None:
        if self.session.worktime is None:
            self.runner.bus.warning(_say(OFFLINE))
            return None
        person = self.page.person.person_name()
        label = QCoreApplication.translate(
            "ReportsController", "Loading the reports for {period}…"
        ).format(period=period.describe())
        self.page.set_busy(label)
        self._stale = False
        task = (
            Op(
                lambda: self.session.report(period, employee_id, person),
                key=LOAD_KEY,
                what=QCoreApplication.translate(
                    "ReportsController", "loading the payroll and attendance reports"
                ),
            )
            .with_progress(label)
            .success(self._loaded)
            .failure(
                lambda exc: self._failed(
                    QCoreApplication.translate("ReportsController", "Could not load the reports"),
                    exc,
                )
            )
            .run(self.runner)
        )
        self._keep(task)
        return task

    def _loaded(self, report: Report) -> None:
        self.page.show_report(report)
        if report.employee_id is None:
            self.page.set_people(self._people())

    def _failed(self, doing: str, exc: Exception) -> None:
        self.page.set_busy(None)
        self._stale = True
        text = known_failure_text(exc) or QCoreApplication.translate(
            "ReportsController", "Something unexpected went wrong; it has been logged."
        )
        self.page.status.setText(f"{doing}.")
        self.runner.bus.error(f"{doing}: {text}", source="worktime")

    # -- exports ---------------------------------------------------------------------------

    def _reveal(self, pin: str) -> str | None:
        manager, check = self.session.manager, self.check_pin
        if manager is None or check is None:
            return QCoreApplication.translate("ReportsController", "Sign in again to reveal pay.")
        return check(manager, pin)

    def export(self, kind: str, path: Path) -> asyncio.Task[int] | None:
        if not self.page.pay_shown and (kind in ("server", "pdf") or self._payroll_in_front()):
            self.runner.bus.warning(_say(PAY_HIDDEN))
            return None
        report = self.page.report
        if report is None and kind != "server":
            self.runner.bus.warning(
                QCoreApplication.translate(
                    "ReportsController", "Load a report first: there is nothing to export yet."
                )
            )
            return None
        if kind == "server" and self.session.worktime is None:
            self.runner.bus.warning(_say(OFFLINE))
            return None
        work = {"server": self._server_excel, "csv": self._shown_table, "xlsx": self._shown_table,
                "pdf": self._pdf}[kind]  # fmt: skip
        label = QCoreApplication.translate("ReportsController", "Saving {file}…").format(
            file=path.name
        )
        self.page.set_busy(label)
        task = (
            Op(
                lambda: work(path),
                what=QCoreApplication.translate("ReportsController", "saving {file}").format(
                    file=path.name
                ),
            )
            .with_progress(label)
            .success(lambda _: self._saved(path))
            .failure(
                lambda exc: self._failed(
                    QCoreApplication.translate("ReportsController", "Could not save {file}").format(
                        file=path.name
                    ),
                    exc,
                )
            )
            .run(self.runner)
        )
        self._keep(task)
        return task

    def _saved(self, path: Path) -> None:
        self.page.set_busy(None)
        self.page.status.setText(
            QCoreApplication.translate("ReportsController", "Saved {file}").format(file=path.name)
        )
        self.session.record_export(path.name, "reports")

    async def _server_excel(self, path: Path) -> int:
        """The server's workbook for what is shown (or chosen, before anything is shown)."""
        report = self.page.report
        if report is None:
            period, who = self.page.current_period(), self.page.person.employee_id()
        else:
            period, who = report.period, report.employee_id
        return await self.session.save_payroll_excel(period, who, path)

    async def _shown_table(self, path: Path) -> int:
        report, shown = self.page.report, self.page.current_table()
        assert report is not None
        total = len(shown.lines)
        loop = asyncio.get_running_loop()
        now, head = self.now(), self.audit.head_line()
        attendance = self.page.attendance_in_front()  # read here: build runs on a worker

        def progress(done: int) -> None:
            loop.call_soon_threadsafe(self.page.show_progress, done, total)

        def build() -> Table:
            if attendance:
                return attendance_table(report.attendance, report.zone, report.leavers)
            return payroll_table(report.payroll, report.leavers)

        def about(table: Table) -> list[tuple[str, str]]:
            return [*export_about(report, table, now), ("Audit log", head)]

        return await export_shown(path, shown, build, about, progress)

    async def _pdf(self, path: Path) -> int:
        report = self.page.report
        assert report is not None
        images = chart_images(report)  # the Qt thread: charts are widgets
        # Layout and writing on a worker thread, as the handover's (200 people: ~0.4 s).
        head = self.audit.head_line()
        return await asyncio.to_thread(write_report_pdf, path, report, images, self.now(), head)
