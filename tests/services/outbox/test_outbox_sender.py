"""The outbox sender against the sandbox: each correction lands once, whatever the network does."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import worktime_key
from desktop.services.budget import Priority, RequestBudget
from desktop.services.outbox.sender import MAX_STRIKES, OutboxSender
from desktop.store import OutboxEntry
from tests.helpers.api import TEST_NOW
from tests.helpers.outbox import (
    FORGOT_OUT,
    FULL_DAY,
    TUESDAY,
    Desk,
    Sleeps,
    clock_in,
    clock_out,
    epoch,
    local,
    manual_entries,
    posts,
    sandbox_day,
    send,
    step,
)

T = TypeVar("T")
CLOCK = "/attendance/clock"
MONDAY = date(2026, 11, 16)
WEDNESDAY = date(2026, 11, 18)
QUEUED = ("clock_correction.queued", "queued")


@pytest.fixture
def desk(tmp_path: Path, sandbox: SandboxServer) -> Desk:
    opened = Desk.open(tmp_path / "frontdesk.sqlite3")
    opened.load(sandbox, MONDAY, WEDNESDAY)
    return opened


def forgot_out(desk: Desk) -> OutboxEntry:
    """Tuesday's forgotten clock-out, entered at the desk as 17:45."""
    return desk.queue(clock_out(FORGOT_OUT, local(TUESDAY, 17, 45), "said so at the desk"))[0]


def landed_once(sandbox: SandboxServer) -> bool:
    entries = manual_entries(sandbox, FORGOT_OUT, TUESDAY)
    day = sandbox_day(sandbox, FORGOT_OUT, TUESDAY)
    at = epoch(local(TUESDAY, 17, 45))
    return (
        len(entries) == 1
        and entries[0].timestamp == at
        and day is not None
        and (day.clock_out == at)
    )


def test_a_correction_is_sent_and_the_day_is_as_previewed(
    sandbox: SandboxServer, desk: Desk
) -> None:
    entry = forgot_out(desk)
    sent = step(sandbox, desk)
    assert sent is not None
    assert sent.state == "sent"
    assert sent.server_id is not None
    assert sent.server_id.startswith("clk_")
    assert landed_once(sandbox)
    assert len(posts(sandbox)) == 1
    day = sandbox_day(sandbox, FORGOT_OUT, TUESDAY)
    assert day is not None
    preview = entry.payload["preview"]
    assert (day.work_hours, day.late_minutes, day.early_departure_minutes) == (
        preview["work_hours"],
        preview["late_minutes"],
        preview["early_departure_minutes"],
    )
    assert manual_entries(sandbox, FORGOT_OUT, TUESDAY)[0].notes == entry.payload["notes"]
    assert desk.actions() == [QUEUED, ("clock_correction.sent", "sent")]
    assert desk.audit.verify().ok


def test_a_503_is_checked_then_sent_again_later(sandbox: SandboxServer, desk: Desk) -> None:
    sandbox.controls.fault("status", service="worktime", path=CLOCK, status=503)
    entry = forgot_out(desk)
    first = step(sandbox, desk)
    assert first is not None
    assert first.state == "queued"
    assert first.not_before == TEST_NOW + timedelta(seconds=5)
    assert step(sandbox, desk) is None  # not before its time
    desk.clock.advance(5)
    assert desk.entry(entry.id).state == "queued"
    assert step(sandbox, desk) is not None
    assert desk.entry(entry.id).state == "sent"
    assert len(posts(sandbox)) == 2
    assert landed_once(sandbox)
    assert desk.actions() == [
        QUEUED,
        ("clock_correction.verified", "not_landed"),
        ("clock_correction.sent", "sent"),
    ]


def test_a_503_after_the_write_landed_is_not_sent_again(sandbox: SandboxServer, desk: Desk) -> None:
    sandbox.controls.fault("status", service="worktime", path=CLOCK, status=503, after=True)
    entry = forgot_out(desk)
    step(sandbox, desk)
    assert desk.entry(entry.id).state == "sent"
    assert len(posts(sandbox)) == 1
    assert landed_once(sandbox)
    assert desk.actions()[-1] == ("clock_correction.verified", "landed")


def test_a_429_waits_for_the_reset(sandbox: SandboxServer, desk: Desk) -> None:
    sandbox.controls.fault("status", service="worktime", path=CLOCK, status=429, reset_in=120)
    entry = forgot_out(desk)
    waiting = step(sandbox, desk)
    assert waiting is not None
    assert waiting.state == "queued"
    assert waiting.not_before == TEST_NOW + timedelta(seconds=120)
    desk.clock.advance(119)
    assert step(sandbox, desk) is None
    desk.clock.advance(1)
    step(sandbox, desk)
    assert desk.entry(entry.id).state == "sent"
    assert len(posts(sandbox)) == 2
    assert len(sandbox.controls.requests("worktime")) == 2  # a 429 needs no check
    assert landed_once(sandbox)


def test_a_refused_entry_fails_with_the_services_words(sandbox: SandboxServer, desk: Desk) -> None:
    desk.clock.advance(2 * 3600)  # the desk's clock is ahead of the service's
    entry = desk.queue_unseen(clock_in(FORGOT_OUT, TEST_NOW + timedelta(hours=1)))[0]
    failed = step(sandbox, desk)
    assert failed is not None
    assert failed.state == "failed"
    assert failed.last_error is not None
    assert "in the future" in failed.last_error
    assert desk.entry(entry.id).last_error == failed.last_error
    assert manual_entries(sandbox, FORGOT_OUT, WEDNESDAY) == []
    assert desk.actions() == [QUEUED, ("clock_correction.failed", "failed")]


def test_a_read_only_key_fails_the_entry(sandbox: SandboxServer, desk: Desk) -> None:
    forgot_out(desk)
    failed = step(sandbox, desk, key=worktime_key("read", "enterprise"))
    assert failed is not None
    assert failed.state == "failed"
    assert manual_entries(sandbox, FORGOT_OUT, TUESDAY) == []


def test_a_refused_key_stops_sending_until_it_changes(sandbox: SandboxServer, desk: Desk) -> None:
    entry = forgot_out(desk)

    async def job(sender: OutboxSender) -> tuple[OutboxEntry | None, OutboxEntry | None]:
        return await sender.send_next(), await sender.send_next()

    first, second = send(sandbox, desk, job, key="not-a-key")
    assert first is not None
    assert first.state == "queued"  # the correction is fine; the key is not
    assert second is None
    assert len(posts(sandbox)) == 1
    step(sandbox, desk)
    assert desk.entry(entry.id).state == "sent"


def test_a_connection_dropped_after_the_write_is_found_landed(
    sandbox: SandboxServer, desk: Desk
) -> None:
    sandbox.controls.fault("drop", service="worktime", path=CLOCK, after=True)
    entry = forgot_out(desk)
    step(sandbox, desk)
    found = desk.entry(entry.id)
    assert (found.state, found.server_id) == ("sent", None)
    assert len(posts(sandbox)) == 1
    assert landed_once(sandbox)
    assert desk.actions()[-1] == ("clock_correction.verified", "landed")


def test_a_timeout_after_the_write_is_found_landed(sandbox: SandboxServer, desk: Desk) -> None:
    sandbox.controls.fault("delay", service="worktime", path=CLOCK, delay=1.0, after=True)
    entry = forgot_out(desk)
    step(sandbox, desk, timeout=0.3)
    assert desk.entry(entry.id).state == "sent"
    assert len(posts(sandbox)) == 1
    assert landed_once(sandbox)


def test_a_connection_dropped_before_the_write_is_sent_again(
    sandbox: SandboxServer, desk: Desk
) -> None:
    sandbox.controls.fault("drop", service="worktime", path=CLOCK)
    entry = forgot_out(desk)
    step(sandbox, desk)
    assert desk.entry(entry.id).state == "queued"
    assert manual_entries(sandbox, FORGOT_OUT, TUESDAY) == []
    desk.clock.advance(5)
    step(sandbox, desk)
    assert desk.entry(entry.id).state == "sent"
    assert len(posts(sandbox)) == 2
    assert landed_once(sandbox)


@pytest.mark.parametrize("landed", [True, False])
def test_an_entry_the_day_cannot_show_waits_for_a_manager(
    sandbox: SandboxServer, desk: Desk, landed: bool
) -> None:
    """Monday's clock-out was 17:36:56; one at 17:30 changes nothing the record shows."""
    sandbox.controls.fault("drop", service="worktime", path=CLOCK, after=landed)
    entry = desk.queue_unseen(clock_out(FULL_DAY, local(MONDAY, 17, 30)))[0]
    step(sandbox, desk)
    waiting = desk.entry(entry.id)
    assert waiting.state == "needs_attention"
    assert waiting.evidence is not None
    assert waiting.evidence["record"]["clock_out"] == "2026-11-16T22:36:56Z"
    assert waiting.evidence["entry_timestamp"] == "2026-11-16T22:30:00Z"
    assert "later clock-out" in waiting.evidence["why"]
    assert len(manual_entries(sandbox, FULL_DAY, MONDAY)) == (1 if landed else 0)
    assert len(posts(sandbox)) == 1  # never sent blindly
    assert desk.actions()[-1] == ("clock_correction.verified", "needs_attention")


def test_a_failed_check_keeps_the_entry_sending_and_tries_again(
    sandbox: SandboxServer, desk: Desk
) -> None:
    sandbox.controls.fault("drop", service="worktime", path=CLOCK, after=True)
    sandbox.controls.fault(
        "status", service="worktime", path="/attendance", method="GET", status=500
    )
    forgot_out(desk)

    async def job(sender: OutboxSender) -> list[OutboxEntry | None]:
        steps = [await sender.send_next(), await sender.send_next()]
        desk.clock.advance(5)
        return [*steps, await sender.send_next()]

    checked, held, decided = send(sandbox, desk, job)
    assert checked is not None
    assert checked.state == "sending"
    assert held is None
    assert decided is not None
    assert decided.state == "sent"
    assert len(posts(sandbox)) == 1
    assert landed_once(sandbox)


def simulate_crash(sandbox: SandboxServer, desk: Desk, *, landed: bool) -> OutboxEntry:
    """An entry marked ``sending`` whose process died before or after the write landed."""
    entry = desk.outbox.mark_sending(forgot_out(desk).id)
    if landed:
        notes = entry.payload["notes"]
        at = local(TUESDAY, 17, 45)
        send(sandbox, desk, lambda s: s.client.clock(FORGOT_OUT, "clock_out", at, notes=notes))
    return entry


@pytest.mark.parametrize("landed", [True, False])
def test_recover_settles_what_a_crash_left_sending(
    sandbox: SandboxServer, desk: Desk, landed: bool
) -> None:
    entry = simulate_crash(sandbox, desk, landed=landed)
    send(sandbox, desk, lambda sender: sender.run(until_idle=True))
    assert desk.entry(entry.id).state == "sent"
    assert landed_once(sandbox)
    assert len(posts(sandbox)) == 1
    outcome = "landed" if landed else "not_landed"
    assert ("clock_correction.verified", outcome) in desk.actions()


def test_recover_waits_for_a_write_that_may_still_be_landing(
    sandbox: SandboxServer, desk: Desk
) -> None:
    entry = simulate_crash(sandbox, desk, landed=False)
    sandbox.controls.clear_requests()
    assert send(sandbox, desk, lambda sender: sender.recover(), settle=10) == [entry]
    assert sandbox.controls.requests("worktime") == []  # not even a look yet
    desk.clock.advance(10)
    recovered = send(sandbox, desk, lambda sender: sender.recover(), settle=10)
    assert [e.state for e in recovered] == ["queued"]


def test_run_sends_everything_in_order_through_faults(sandbox: SandboxServer, desk: Desk) -> None:
    people = ["emp_010001", "emp_010027", "emp_010038", "emp_010060"]  # all forgot on Tuesday
    sandbox.controls.fault("status", service="worktime", path=CLOCK, status=503)
    sandbox.controls.fault("drop", service="worktime", path=CLOCK, after=True)
    entries = desk.queue(*(clock_out(p, local(TUESDAY, 17, 40 + n)) for n, p in enumerate(people)))
    send(sandbox, desk, lambda sender: sender.run(until_idle=True))
    assert [desk.entry(e.id).state for e in entries] == ["sent"] * 4
    for person in people:
        assert len(manual_entries(sandbox, person, TUESDAY)) == 1
    # The first: a 503, then its answer dropped after it landed (200 is the dropped answer).
    assert [r["status"] for r in posts(sandbox)] == [503, 200, 201, 201, 201]
    ids = [manual_entries(sandbox, person, TUESDAY)[0].id for person in people]
    assert ids == sorted(ids)  # in the order they were queued
    assert desk.audit.verify().ok


def test_run_wakes_when_poked_and_stops_when_cancelled(sandbox: SandboxServer, desk: Desk) -> None:
    async def job(sender: OutboxSender) -> OutboxEntry:
        task = asyncio.ensure_future(sender.run())
        await asyncio.sleep(0.05)
        entry = forgot_out(desk)
        sender.poke()
        for _ in range(200):
            if desk.entry(entry.id).state == "sent":
                break
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return desk.entry(entry.id)

    assert send(sandbox, desk, job, sleep=asyncio.sleep).state == "sent"
    assert landed_once(sandbox)


def test_writes_and_checks_go_through_the_budget_as_a_managers_request(
    sandbox: SandboxServer, desk: Desk
) -> None:
    sandbox.controls.fault("drop", service="worktime", path=CLOCK, after=True)
    forgot_out(desk)
    asked: list[Priority] = []

    class Watched:
        def __init__(self, budget: RequestBudget) -> None:
            self.budget = budget

        async def run(self, priority: Priority, call: Callable[[], Awaitable[T]]) -> T:
            asked.append(priority)
            return await self.budget.run(priority, call)

    async def job(sender: OutboxSender) -> OutboxEntry | None:
        rate = lambda: sender.client.rate_limit  # noqa: E731
        sender.budget = Watched(RequestBudget("worktime", clock=desk.clock, rate=rate))
        return await sender.send_next()

    sent = send(sandbox, desk, job)
    assert sent is not None
    assert sent.state == "sent"
    assert asked == [Priority.USER, Priority.USER]  # the write, then the check


# -- bugs: logged, backed off from, and never the end of sending -----------------------------


def bugs(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The sender's logged errors that carry a traceback."""
    return [r for r in caplog.records if r.name == "desktop.services.outbox" and r.exc_info]


def test_a_bug_on_one_entry_is_logged_and_the_entries_after_it_still_go(
    sandbox: SandboxServer, desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    bad = desk.queue(clock_out("emp_010038", local(TUESDAY, 17, 50)))[0]
    good = forgot_out(desk)
    payload = {k: v for k, v in bad.payload.items() if k != "timestamp"}  # a bug's doing
    desk.db.conn.execute(
        "UPDATE outbox SET payload = ? WHERE id = ?", (json.dumps(payload), bad.id)
    )
    sleeps = Sleeps(desk.clock)
    with caplog.at_level(logging.INFO, logger="desktop.services.outbox"):
        send(sandbox, desk, lambda sender: sender.run(until_idle=True), sleep=sleeps)

    waiting = desk.entry(bad.id)
    assert waiting.state == "needs_attention"  # its request may have gone out: not resent
    assert waiting.evidence is not None
    assert waiting.evidence["error"] == "KeyError: 'timestamp'"
    assert desk.entry(good.id).state == "sent"
    assert landed_once(sandbox)
    assert len(posts(sandbox)) == 1  # the bad entry never reached the service
    assert sleeps.asked[:2] == [5.0, 10.0]  # backed off after each of the first two
    assert len(bugs(caplog)) == MAX_STRIKES
    assert all(r.exc_info and r.exc_info[0] is KeyError for r in bugs(caplog))
    assert desk.actions() == [
        QUEUED,
        QUEUED,
        ("clock_correction.verified", "needs_attention"),
        ("clock_correction.sent", "sent"),
    ]
    assert desk.audit.verify().ok


def test_a_bug_after_the_write_went_out_is_checked_not_sent_again(
    sandbox: SandboxServer,
    desk: Desk,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = WorkTimeClient.clock

    async def lands_then_breaks(self: WorkTimeClient, *args: Any, **kwargs: Any) -> Any:
        await clock(self, *args, **kwargs)
        raise RuntimeError("a bug reading the answer")

    monkeypatch.setattr(WorkTimeClient, "clock", lands_then_breaks)
    entry = forgot_out(desk)
    sleeps = Sleeps(desk.clock)
    send(sandbox, desk, lambda sender: sender.run(until_idle=True), sleep=sleeps)

    assert desk.entry(entry.id).state == "sent"
    assert landed_once(sandbox)
    assert len(posts(sandbox)) == 1
    assert sleeps.asked == [5.0]
    assert len(bugs(caplog)) == 1
    assert "RuntimeError: a bug reading the answer" in caplog.text
    assert desk.actions() == [QUEUED, ("clock_correction.verified", "landed")]


def test_an_outcome_is_kept_only_with_its_audit_row(
    sandbox: SandboxServer, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    append = desk.audit.append

    def sent_row_fails(**row: Any) -> Any:
        if row["action"] == "clock_correction.sent":
            raise OSError("disk full")
        return append(**row)

    monkeypatch.setattr(desk.audit, "append", sent_row_fails)
    entry = forgot_out(desk)
    with pytest.raises(OSError, match="disk full"):
        step(sandbox, desk)
    assert desk.entry(entry.id).state == "sending"  # not "sent" without its audit row

    send(sandbox, desk, lambda sender: sender.run(until_idle=True))
    assert desk.entry(entry.id).state == "sent"
    assert landed_once(sandbox)
    assert len(posts(sandbox)) == 1
    assert desk.actions() == [QUEUED, ("clock_correction.verified", "landed")]
    assert desk.audit.verify().ok
