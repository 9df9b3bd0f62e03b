"""Corrections as a manager makes them: the dialog, bulk entries, the outbox, the audit log."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.ui.attendance.correction import CorrectionDialog
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until

MANAGER = "Ana Ruiz"


Scenario = Callable[[], Awaitable[None]]
SignedIn = Callable[[Scenario], None]


@pytest.fixture
def signed_in(
    qloop: asyncio.AbstractEventLoop, pages: StorePages, sandbox: SandboxServer
) -> SignedIn:
    """Runs a scenario with the manager signed in and the pages started on a read-write key."""
    pages.session.sign_in(MANAGER)

    def run(scenario: Scenario) -> None:
        async def go() -> None:
            await start(pages, sandbox, scope="readwrite")
            try:
                await scenario()
            finally:
                await stop(pages)

        qloop.run_until_complete(go())

    return run


def forgotten_clock_outs(data: StorePages, day: date | None = None) -> list:  # type: ignore[type-arg]
    page = data.attendance.page
    page.problems_only.setChecked(True)
    return [r for r in page.model.rows() if r.problem == "no_clock_out" and
            (day is None or r.day == day)]  # fmt: skip


def test_the_dialog_refuses_bad_entries_on_their_fields_and_previews_the_day(
    qtbot: QtBot, pages: StorePages, sandbox: SandboxServer, signed_in: SignedIn
) -> None:
    async def scenario() -> None:
        row = forgotten_clock_outs(pages)[0]
        dialog = pages.attendance.correct_rows([row])
        assert isinstance(dialog, CorrectionDialog)
        qtbot.addWidget(dialog)
        assert dialog.kind.currentData() == "clock_out"
        # A clock-out before the day's clock-in.
        dialog.time.setTime(QTime(6, 0))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.errors["timestamp"].isVisible()
        assert (
            dialog.errors["timestamp"]
            .text()
            .startswith("A clock-out must come after the day's clock-in (")
        )
        # "Other" needs a note.
        dialog.time.setTime(QTime(18, 0))
        dialog.reason.setCurrentText("Other")
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        assert dialog.errors["note"].isVisible()
        qtbot.keyClicks(dialog.note, "left by the back door, said so at the desk")
        preview = dialog.previews.row(0)
        assert preview.after.clock_out is not None
        assert preview.after.work_hours > 8
        assert preview.after.early_departure_minutes == 0
        assert pages.session.outbox.entries() == []  # nothing queued while refused
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        await until(lambda: pages.session.outbox.entries()[0].state == "sent", what="sent")
        client = pages.clients[0]
        (record,) = [r async for r in client.iter_attendance(row.day, row.day, row.employee_id)]
        assert record.clock_out is not None
        assert record.clock_out.astimezone(pages.session.zone).strftime("%H:%M") == "18:00"
        posts = [r for r in sandbox.controls.requests("worktime")
                 if r["method"] == "POST" and r["path"] == "/attendance/clock"]  # fmt: skip
        assert len(posts) == 1

    signed_in(scenario)


def test_a_future_time_is_refused(qtbot: QtBot, pages: StorePages, signed_in: SignedIn) -> None:
    async def scenario() -> None:
        dialog = pages.attendance.open_correction([])
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.person.setCurrentIndex(3)
        dialog.time.setTime(QTime(23, 0))  # today, later than the sandbox's 10:00
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        assert dialog.errors["timestamp"].text() == "That time is in the future."

    signed_in(scenario)


def test_bulk_correction_for_everyone_who_forgot_on_one_day(
    qtbot: QtBot, pages: StorePages, signed_in: SignedIn
) -> None:
    async def scenario() -> None:
        first_day = forgotten_clock_outs(pages)[0].day
        rows = forgotten_clock_outs(pages, first_day)
        dialog = pages.attendance.correct_rows(rows)
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.previews.rowCount() == len(rows)
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        outbox = pages.session.outbox
        await until(lambda: all(e.state == "sent" for e in outbox.entries())
                    and len(outbox.entries()) == len(rows), what="all sent")  # fmt: skip
        client = pages.clients[0]
        day = [r async for r in client.iter_attendance(first_day, first_day)]
        fixed = {r.employee_id for r in day if r.clock_out is not None}
        assert {r.employee_id for r in rows} <= fixed
        audit = pages.session.audit.rows()
        assert sum(1 for a in audit if a.action == "clock_correction.queued") == len(rows)
        assert all(a.manager == MANAGER for a in audit)
        assert pages.session.audit.verify().ok

    signed_in(scenario)


def test_outbox_states_under_faults_and_the_managers_decisions(
    qtbot: QtBot, pages: StorePages, sandbox: SandboxServer, signed_in: SignedIn
) -> None:
    page = pages.outbox.page
    qtbot.addWidget(page)

    async def queue_one(row: object, hhmm: str) -> None:
        dialog = pages.attendance.correct_rows([row])  # type: ignore[list-item]
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.time.setTime(QTime.fromString(hhmm, "HH:mm"))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)

    async def scenario() -> None:
        rows = forgotten_clock_outs(pages)
        # The answer is lost after the write landed: checked, found, sent once.
        sandbox.controls.fault("drop", service="worktime", path="/attendance/clock", after=True)
        await queue_one(rows[0], "18:05")
        await until(
            lambda: pages.session.outbox.entries()[0].attempts == 1, what="the first attempt"
        )
        assert pages.session.outbox.entries()[0].state == "sending"  # outcome unknown: not resent
        sandbox.controls.time(advance=30)  # past the settle time, on the console's clock
        assert pages.session.worktime_sender is not None
        pages.session.worktime_sender.poke()
        await until(
            lambda: pages.session.outbox.entries()[0].state == "sent", what="verified as sent"
        )
        # The service refuses it (400): failed, with its message, then cancelled.
        sandbox.controls.fault("status", service="worktime", path="/attendance/clock",
                               status=400)  # fmt: skip
        await queue_one(rows[1], "18:10")
        await until(lambda: pages.session.outbox.entries()[0].state == "failed", what="failed")
        page.reload()
        page.view.selectRow(0)
        assert page.cancel_button.isEnabled()
        assert page.retry_button.isEnabled()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        assert pages.session.outbox.entries()[0].state == "cancelled"
        posts = [r for r in sandbox.controls.requests("worktime")
                 if r["method"] == "POST" and r["path"] == "/attendance/clock"]  # fmt: skip
        assert len(posts) == 2  # one landed, one refused: nothing sent twice
        actions = [a.action for a in pages.session.audit.rows()]
        assert "clock_correction.cancelled" in actions
        pages.audit.page.reload()
        qtbot.mouseClick(pages.audit.page.verify_button, Qt.MouseButton.LeftButton)
        assert pages.audit.page.verdict.text().startswith("✔")

    signed_in(scenario)


def test_a_failed_entry_is_edited_and_sent_again(
    qtbot: QtBot, pages: StorePages, sandbox: SandboxServer, signed_in: SignedIn
) -> None:
    page = pages.outbox.page
    qtbot.addWidget(page)

    async def scenario() -> None:
        row = forgotten_clock_outs(pages)[0]
        sandbox.controls.fault("status", service="worktime", path="/attendance/clock",
                               status=400)  # fmt: skip
        dialog = pages.attendance.correct_rows([row])
        assert dialog is not None
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        await until(lambda: pages.session.outbox.entries()[0].state == "failed", what="failed")
        page.reload()
        page.view.selectRow(0)
        assert page.edit_button.isEnabled()
        before = set(pages.attendance.page.findChildren(CorrectionDialog))
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
        (editor,) = set(pages.attendance.page.findChildren(CorrectionDialog)) - before
        assert editor.isVisible()
        assert editor.kind.currentData() == "clock_out"
        editor.time.setTime(QTime(18, 20))
        qtbot.mouseClick(editor.queue_button, Qt.MouseButton.LeftButton)
        await until(
            lambda: pages.session.outbox.entries()[0].state == "sent", what="sent after edit"
        )
        entry = pages.session.outbox.entries()[0]
        assert entry.payload["timestamp"].endswith("23:20:00Z")  # 18:20 in New York
        assert "clock_correction.edited" in [a.action for a in pages.session.audit.rows()]

    signed_in(scenario)


def test_the_audit_page_shows_the_senders_rows_as_they_happen(
    qtbot: QtBot, pages: StorePages, signed_in: SignedIn
) -> None:
    """The sender's "sent" row reaches the page without a reload or a filter typed."""

    async def scenario() -> None:
        page = pages.audit.page
        qtbot.addWidget(page)
        page.show()
        dialog = pages.attendance.correct_rows(forgotten_clock_outs(pages)[:1])
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.time.setTime(QTime.fromString("18:05", "HH:mm"))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        await until(
            lambda: "clock_correction.sent" in [r.action for r in page.model.rows()],
            what="the sent row on the audit page",
        )

    signed_in(scenario)


def test_a_day_corrected_meanwhile_elsewhere_is_a_conflict_shown_in_the_dialog(
    qtbot: QtBot, pages: StorePages, signed_in: SignedIn
) -> None:
    """Two managers fix the same forgotten clock-out (here two windows over one store, as
    two desks over a shared one): the second is told whose entry came first."""

    async def scenario() -> None:
        row = forgotten_clock_outs(pages)[0]
        first = pages.attendance.correct_rows([row])
        second = pages.attendance.correct_rows([row])
        assert isinstance(first, CorrectionDialog)
        assert isinstance(second, CorrectionDialog)
        qtbot.addWidget(first)
        qtbot.addWidget(second)
        first.time.setTime(QTime(17, 45))
        qtbot.mouseClick(first.queue_button, Qt.MouseButton.LeftButton)
        assert not first.isVisible()
        second.time.setTime(QTime(17, 50))
        qtbot.mouseClick(second.queue_button, Qt.MouseButton.LeftButton)
        assert second.isVisible()
        shown = second.errors["general"]
        assert shown.isVisible()
        (entry,) = pages.session.outbox.entries()
        assert shown.text().startswith(f"{MANAGER} queued a clock-out at 17:45 for ")
        assert f"(Outbox entry {entry.id})" in shown.text()
        assert shown.textFormat() == Qt.TextFormat.PlainText

    signed_in(scenario)
