"""Render the console's main windows to docs/screenshots/ (offscreen, against the demo),
then the sign-in, Today, Attendance and Reports again in the dark scheme (``dark-*.png``).
``--languages``: Today, Locks, Reports and Settings in Spanish and German instead
(``today-es.png``, …; Settings in English too), each language in a run of its own.

QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--dark-only | --languages]
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ui.console import Console

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


async def grab_as(console: Console, name: str) -> None:
    """The window saved as ``dark-<name>``, at the size of the light ``<name>``."""
    from PySide6.QtGui import QImage

    light = QImage(str(OUT / name)).size()
    if not light.isEmpty():
        console.window.setMinimumSize(0, 0)
        console.window.resize(light)
        await asyncio.sleep(0.3)
    console.window.grab().save(str(OUT / f"dark-{name}"))


async def shoot_dark(console: Console) -> None:
    """The sign-in and three pages in the dark scheme, at the light ones' size."""
    from desktop.ui import theme
    from desktop.ui.selftest import sign_in, wait_for

    window = console.window
    theme.apply_appearance("dark")
    await asyncio.sleep(0.3)
    window.lock()
    await asyncio.sleep(0.2)
    await grab_as(console, "sign-in.png")
    sign_in(console, "1234")
    await wait_for(lambda: not window.locked, "signed in")
    live = console.today.page
    await wait_for(lambda: live.board is not None and live.board.people, "the board")
    window.show_page(window.pages.indexOf(live))
    await asyncio.sleep(0.3)
    await grab_as(console, "live-board.png")
    attendance = console.attendance.page
    window.show_page(window.pages.indexOf(attendance))
    await wait_for(lambda: attendance.model.rowCount() > 0, "the attendance")
    attendance.problems_only.setChecked(True)
    attendance.next_problem()
    await asyncio.sleep(0.3)
    await grab_as(console, "attendance.png")
    attendance.problems_only.setChecked(False)
    reports = console.reports
    window.show_page(window.pages.indexOf(reports.page))
    await wait_for(lambda: reports.page.report is not None, "the reports")
    await asyncio.sleep(0.3)
    await grab_as(console, "reports.png")
    theme.apply_appearance("system")


async def shoot(dark_only: bool = False) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.app import parse_args
    from desktop.startup import Startup
    from desktop.ui.console import Console
    from desktop.ui.directory.employee_form import EmployeeForm
    from desktop.ui.selftest import sign_in, wait_for

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        startup = Startup(parse_args(["--demo"]), Path(scratch))
        startup.console = console = Console(startup._parts())
        try:
            window = console.window
            window.resize(1200, 720)
            window.show()
            console.connect(console.parts.profile, console.parts.keys)
            await asyncio.sleep(0.2)
            if dark_only:
                sign_in(console, "1234")
                await shoot_dark(console)
                return 0
            window.grab().save(str(OUT / "sign-in.png"))
            sign_in(console, "1234")
            await wait_for(
                lambda: all(r.text().startswith("✔") for r in console.overview.rows.values()),
                "checks",
            )
            live = console.today.page
            await wait_for(lambda: live.board is not None and live.board.people, "the board")
            await wait_for(lambda: console.locks.page.events_model.rowCount(), "history")
            window.show_page(window.pages.indexOf(live))
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "live-board.png"))
            day = console.today.open_person(live.people.row(0).employee_id)
            await asyncio.sleep(0.2)
            day.grab().save(str(OUT / "person-day.png"))
            day.reject()
            window.show_page(window.pages.indexOf(live))
            QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(live.search, "Engineering")
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "today-search.png"))
            live.search.clear()
            locks = console.locks.page
            window.show_page(window.pages.indexOf(locks))
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "locks.png"))
            # Offline for a moment (no workday to fetch with): the page says what it holds.
            workday, console.session.workday = console.session.workday, None
            locks.dates.choose("last_month")
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "locks-coverage.png"))
            console.session.workday = workday
            locks.dates.choose("this_week")
            attendance = console.attendance.page
            window.show_page(window.pages.indexOf(attendance))
            attendance.problems_only.setChecked(True)
            attendance.next_problem()
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "attendance.png"))
            forgot = [r for r in attendance.model.rows() if r.problem == "no_clock_out"]
            day = forgot[0].day
            dialog = console.attendance.correct_rows([r for r in forgot if r.day == day][:3])
            assert dialog is not None
            dialog.time.setTime(dialog.time.time().fromString("18:00", "HH:mm"))
            dialog.reason.setCurrentText("Other")
            QTest.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)  # refused: no note
            await asyncio.sleep(0.2)
            dialog.grab().save(str(OUT / "correction-dialog.png"))
            dialog.reason.setCurrentText("Forgot to clock out")
            QTest.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
            await wait_for(
                lambda: all(e.state == "sent" for e in console.session.outbox.entries()), "sent"
            )
            await wait_for(lambda: "sent" in window.banner.text.text(), "the confirmation")
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "confirmation.png"))  # the fixed rows, the banner
            window.banner.clear()
            window.show_page(window.pages.indexOf(console.outbox.page))
            console.outbox.changed()
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "outbox.png"))
            window.show_page(window.pages.indexOf(console.audit.page))
            console.audit.page.reload()
            console.audit.page.verify()
            await asyncio.sleep(0.2)
            console.audit.page.view.selectRow(0)  # the record behind a row, in the details
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "audit-log.png"))
            reports = console.reports
            window.show_page(window.pages.indexOf(reports.page))
            await wait_for(lambda: reports.page.report is not None, "the reports")
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "reports.png"))
            importer = console.open_worq_import()
            importer.start_date.setDate(importer.start_date.date().addYears(-5))
            QTest.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
            await wait_for(lambda: console.worq.cache.count() > 0 and not importer.running, "WorQ")
            await asyncio.sleep(0.2)
            importer.grab().save(str(OUT / "worq-import.png"))
            importer.reject()
            directory = console.directory
            window.show_page(window.pages.indexOf(directory.page))
            directory.reload()
            await wait_for(lambda: directory.page.model.rowCount() > 0, "the directory")
            leaver = next(p for p in directory.page.people if "leaver_still_active" in p.kinds())
            directory.page.only_problems.setChecked(True)
            directory.page.select(leaver)
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "directory.png"))
            directory.edit_employee(leaver)
            await wait_for(lambda: isinstance(directory.opened, EmployeeForm), "the form")
            employee_form = directory.opened
            assert isinstance(employee_form, EmployeeForm)
            await asyncio.sleep(0.2)
            employee_form.grab().save(str(OUT / "employee-form.png"))  # salary masked
            employee_form.reject()
            attendance.problems_only.setChecked(False)
            accounts = console.accounts
            window.show_page(window.pages.indexOf(accounts.page))
            await wait_for(lambda: accounts.cache.count("") > 50, "the accounts")
            accounts.page.reload()
            accounts.page.view.selectRow(2)
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "accounts.png"))
            form = accounts.new_account()
            assert form is not None
            QTest.keyClicks(form.first_name, "Ada")
            QTest.keyClicks(form.phone, "555-01")
            QTest.keyClicks(form.state, "N1")
            QTest.keyClicks(form.start_date, "2027-01-04")
            form.timezone.setCurrentText("Mars/Olympus_Mons")
            QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await asyncio.sleep(0.3)
            form.grab().save(str(OUT / "account-form-errors.png"))
            form.reject()
            window.show_page(window.pages.indexOf(console.overview))
            box = console.overview.webhooks
            QTest.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
            await wait_for(lambda: box.test_result.text().startswith("The test"), "test event")
            console.show_webhooks()
            await asyncio.sleep(0.2)
            window.grab().save(str(OUT / "main-window.png"))
            dialog = console.open_setup()
            QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            await wait_for(
                lambda: all(x.text().startswith("✔") for x in dialog.results.values()),
                "test results",
            )
            dialog.scroller.verticalScrollBar().setValue(
                dialog.scroller.verticalScrollBar().maximum()
            )  # the webhooks, at the bottom
            await asyncio.sleep(0.1)
            dialog.grab().save(str(OUT / "connection-setup.png"))
            dialog.reject()
            from desktop.services.team_store import reach_shared
            from desktop.ui.connections.share import ShareDialog

            share = ShareDialog(
                None, password_stored=False, manager="Demo Manager", check=reach_shared,
                join=lambda *_: None, parent=window,
            )  # fmt: skip
            share.url.setText(
                "postgresql://frontdesk@db.example.com:5432/frontdesk?sslmode=require"
            )
            share.desk.setText("North entrance")
            share.show()
            QTest.mouseClick(share.join_button, Qt.MouseButton.LeftButton)  # refused: why
            await asyncio.sleep(0.1)
            share.grab().save(str(OUT / "share-with-other-desks.png"))
            share.reject()
            window.show_page(window.pages.indexOf(console.today.page))
            await shoot_dark(console)
        finally:
            await startup.shutdown()
    return 0


LANGUAGE_PAGES = ("today", "locks", "reports")


async def shoot_language(language: str) -> int:
    """Today, Locks and Reports (not in English: the main run has them) and Settings, in
    ``language``, at the size of the English ones."""
    from PySide6.QtGui import QImage

    from desktop.app import parse_args
    from desktop.startup import Startup
    from desktop.ui.console import Console
    from desktop.ui.i18n import install_language
    from desktop.ui.selftest import sign_in, wait_for

    with tempfile.TemporaryDirectory() as scratch:
        install_language(language, Path(scratch))
        startup = Startup(parse_args(["--demo"]), Path(scratch))
        startup.console = console = Console(startup._parts())
        try:
            window = console.window
            window.resize(QImage(str(OUT / "live-board.png")).size())
            window.show()
            console.connect(console.parts.profile, console.parts.keys)
            sign_in(console, "1234")
            live = console.today.page
            await wait_for(lambda: live.board is not None and live.board.people, "the board")
            await wait_for(lambda: console.locks.page.events_model.rowCount(), "history")
            if language != "en":
                pages = (live, console.locks.page, console.reports.page)
                for name, page in zip(LANGUAGE_PAGES, pages, strict=True):
                    window.show_page(window.pages.indexOf(page))
                    if name == "reports":
                        await wait_for(lambda: console.reports.page.report is not None, "reports")
                    await asyncio.sleep(0.3)
                    window.grab().save(str(OUT / f"{name}-{language}.png"))
            window.show_page(window.pages.indexOf(live))
            settings = console.open_settings()
            assert settings is not None
            await asyncio.sleep(0.3)
            settings.grab().save(str(OUT / f"settings-{language}.png"))
            settings.reject()
        finally:
            await startup.shutdown()
    return 0


def run(job: Coroutine[Any, Any, int]) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(job)
    finally:
        loop.close()  # stops the worker threads: a QThread left running aborts the exit


def main() -> int:
    if "--languages" in sys.argv[1:]:
        for language in ("en", "es", "de"):  # each in a process of its own: Qt's text too
            done = subprocess.run(  # noqa: S603 (this Python, this script)
                [sys.executable, __file__, f"--language={language}"], check=False
            )
            if done.returncode:
                return done.returncode
        return 0
    chosen = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--language=")]
    if chosen:
        return run(shoot_language(chosen[0]))
    return run(shoot(dark_only="--dark-only" in sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
