"""``frontdesk --self-test``: the demo, driven as a manager would, checked step by step.

First checks the platform under it (``desktop.platform_checks``: its folders, its
keyring, its trust store), then signs in, waits for the services to answer, opens every
page, corrects a day, creates an account, loads a report and prints it, imports from
WorQ and sees the directory's disagreements, writes the shift handover, locks and
unlocks, opens the log and the connection setup and tests the connections.
Prints one line a step and returns 0 only if every step worked.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop import platform_checks
from desktop.paths import app_paths
from desktop.ui.console import Console
from desktop.ui.reports.handover import save_handover

STEP_TIMEOUT = 60.0


async def wait_for(condition: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + STEP_TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def sign_in(console: Console, pin: str) -> None:
    QTest.keyClicks(console.signin.pin, pin)
    QTest.mouseClick(console.signin.sign_in_button, Qt.MouseButton.LeftButton)


async def run_self_test(console: Console, pin: str) -> int:
    window = console.window
    notes: dict[str, str] = {}

    async def platform_folders() -> None:
        notes["platform folders"] = platform_checks.check_folders(app_paths())

    async def os_keyring() -> None:
        round_trip = os.environ.get(platform_checks.KEYRING_ROUND_TRIP_ENV) == "1"
        notes["OS keyring"] = await asyncio.to_thread(
            platform_checks.check_keyring, round_trip=round_trip
        )

    async def os_trust_store() -> None:
        notes["OS trust store"] = platform_checks.check_trust_store()

    async def signs_in() -> None:
        sign_in(console, pin)
        await wait_for(lambda: not window.locked, "the console to unlock")

    async def services_answer() -> None:
        await wait_for(
            lambda: console.overview.organization.text() == "Acme Corporation",
            "the organization's name",
        )
        rows = console.overview.rows.values()
        await wait_for(lambda: all(r.text().startswith("✔") for r in rows), "all services")

    async def every_page_opens() -> None:
        for index in range(window.pages.count()):
            window.show_page(index)
            await asyncio.sleep(0.05)
            assert window.pages.currentIndex() == index, f"page {index} did not open"

    async def board_fills() -> None:
        live = console.today.page
        await wait_for(lambda: live.board is not None and live.board.people, "the live board")
        await wait_for(lambda: console.session.locks.locks(), "the locks")
        window.show_page(window.pages.indexOf(live))
        await wait_for(lambda: live.people.rowCount() > 0, "people on the board")
        employee_id = live.people.row(0).employee_id
        dialog = console.today.open_person(employee_id)
        assert dialog.isVisible(), "a person's day did not open"
        dialog.reject()

    async def history_filters() -> None:
        page = console.locks.page
        window.show_page(window.pages.indexOf(page))
        await wait_for(lambda: page.events_model.rowCount() > 0, "the front door's history")
        page.date_from.setDate(page.date_from.date().addDays(-30))
        everything = page.cache.count_events(page.filter)
        page.denied_only.setChecked(True)
        denied = page.cache.count_events(page.filter)
        assert 0 < denied < everything, f"denied filter: {denied} of {everything}"
        assert all(not row.success for row in page.events_model.rows())
        page.denied_only.setChecked(False)

    async def attendance_problems() -> None:
        page = console.attendance.page
        window.show_page(window.pages.indexOf(page))
        await wait_for(lambda: page.model.rowCount() > 0, "the week's attendance")
        page.problems_only.setChecked(True)
        assert all(row.problem for row in page.model.rows()), "a non-problem in problems only"
        page.next_problem()
        assert page.view.currentIndex().isValid(), "next problem selected nothing"
        page.problems_only.setChecked(False)

    async def correction_lands() -> None:
        session = console.session
        page = console.attendance.page
        window.show_page(window.pages.indexOf(page))
        page.problems_only.setChecked(True)
        rows = [r for r in page.model.rows() if r.problem == "no_clock_out"]
        assert rows, "no forgotten clock-out to correct"
        dialog = console.attendance.correct_rows([rows[0]])
        assert dialog is not None, "the correction dialog did not open"
        dialog.time.setTime(dialog.time.time().fromString("18:00", "HH:mm"))
        QTest.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: not dialog.isVisible(), "the correction to queue")
        await wait_for(
            lambda: session.outbox.entries() and session.outbox.entries()[0].state == "sent",
            "the correction to be sent",
        )
        assert session.audit.verify().ok, "the audit chain is broken"
        page.problems_only.setChecked(False)

    async def account_created() -> None:
        accounts = console.accounts
        window.show_page(window.pages.indexOf(accounts.page))
        await wait_for(lambda: accounts.cache.count("") > 50, "the WorkTaps accounts")
        form = accounts.new_account()
        assert form is not None, "the account form did not open"
        QTest.keyClicks(form.first_name, "Self")
        QTest.keyClicks(form.last_name, "Test")
        QTest.keyClicks(form.email, "self.test@acme.example")
        QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert form.isVisible(), "the form closed on a missing role"
        assert form.errors["role"].isVisible(), "a missing role was not flagged"
        form.role.setCurrentIndex(form.role.findData("EMPLOYEE"))
        form.timezone.setCurrentText("America/New_York")
        form.department.setCurrentIndex(1)
        form.locations.item(0).setCheckState(Qt.CheckState.Checked)
        QTest.keyClicks(form.job_title, "Tester")
        QTest.keyClicks(form.start_date, "2026-01-05")
        QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: not form.isVisible(), "WorkTaps to accept the account")
        assert accounts.cache.accounts("self test"), "the new account is not in the list"

    async def report_with_charts() -> None:
        reports = console.reports
        window.show_page(window.pages.indexOf(reports.page))
        await wait_for(lambda: reports.page.report is not None, "the payroll report")
        report = reports.page.report
        assert report is not None, "no report"
        assert report.payroll, "the report is empty"
        page = reports.page
        assert not page.pay_shown, "pay is on screen before the PIN"
        assert reports.export("pdf", Path("unused.pdf")) is None, "hidden pay was exported"
        QTest.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(page.pin, pin)
        QTest.keyClick(page.pin, Qt.Key.Key_Return)
        assert page.pay_shown, "the PIN did not reveal pay"
        with tempfile.TemporaryDirectory() as scratch:
            task = reports.export("pdf", Path(scratch) / "report.pdf")
            assert task is not None, "the PDF export did not start"
            pages = await task
            assert pages >= 1, "the report PDF has no pages"

    async def worq_import_and_directory() -> None:
        dialog = console.worq.open_import()
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: not dialog.running and console.worq.cache.count(), "the import")
        dialog.reject()
        directory = console.directory
        window.show_page(window.pages.indexOf(directory.page))
        directory.reload()
        await wait_for(
            lambda: sum(1 for p in directory.page.people if p.problems) >= 8,
            "the directory's disagreements",
        )

    async def handover_written() -> None:
        manager = console.manager
        assert manager is not None, "nobody is signed in"
        with tempfile.TemporaryDirectory() as scratch:
            pages = await save_handover(
                console.session, console.parts.runner, Path(scratch) / "handover.pdf", manager
            )
            assert pages >= 1, "the handover PDF has no pages"

    async def locks_and_unlocks() -> None:
        window.lock_action.trigger()
        await wait_for(lambda: window.locked, "the lock screen")
        sign_in(console, pin)
        await wait_for(lambda: not window.locked, "the console to unlock again")

    async def log_opens() -> None:
        viewer = console.open_log()
        await wait_for(lambda: "signed in" in viewer.text.toPlainText(), "the log's lines")
        viewer.close()

    async def connections_test() -> None:
        dialog = console.open_setup()
        QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        labels = dialog.results.values()
        await wait_for(lambda: all(x.text().startswith("✔") for x in labels), "the test results")
        dialog.reject()

    steps: list[tuple[str, Callable[[], Awaitable[None]]]] = [
        ("platform folders", platform_folders),
        ("OS keyring", os_keyring),
        ("OS trust store", os_trust_store),
        ("sign in", signs_in),
        ("services answer", services_answer),
        ("every page opens", every_page_opens),
        ("live board fills", board_fills),
        ("history filters", history_filters),
        ("attendance problems", attendance_problems),
        ("correction lands", correction_lands),
        ("account created", account_created),
        ("report with charts", report_with_charts),
        ("WorQ import and directory", worq_import_and_directory),
        ("shift handover", handover_written),
        ("lock and unlock", locks_and_unlocks),
        ("log viewer", log_opens),
        ("test connection", connections_test),
    ]
    failed = 0
    for name, step in steps:
        try:
            await step()
        except Exception:
            failed += 1
            print(f"self-test: FAILED {name}\n{traceback.format_exc()}", flush=True)
        else:
            note = f": {notes[name]}" if name in notes else ""
            print(f"self-test: ok     {name}{note}", flush=True)
    print(f"self-test: {len(steps) - failed} passed, {failed} failed", flush=True)
    return 1 if failed else 0
