"""One outbox, two senders: WorkTime One's takes clock corrections, WorkTaps' takes account
and location writes, each in its own order, neither held back by the other."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.api import WorkTapsClient, WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY
from desktop.services.accounts.service import AccountService
from desktop.services.outbox.registry import WORKTAPS_KINDS
from desktop.services.outbox.sender import OutboxSender
from desktop.store import OutboxEntry
from tests.helpers.outbox import (
    FORGOT_OUT,
    KEY,
    MANAGER,
    TUESDAY,
    Desk,
    Sleeps,
    clock_out,
    local,
    manual_entries,
)
from tests.helpers.worktaps_outbox import NEW, stored

MONDAY, WEDNESDAY = date(2026, 11, 16), date(2026, 11, 18)


@pytest.fixture
def desk(tmp_path: Path, sandbox: SandboxServer) -> Desk:
    opened = Desk.open(tmp_path / "frontdesk.sqlite3")
    opened.load(sandbox, MONDAY, WEDNESDAY)
    return opened


def queue_both(desk: Desk) -> tuple[OutboxEntry, OutboxEntry]:
    correction = desk.queue(clock_out(FORGOT_OUT, local(TUESDAY, 17, 45)))[0]
    account = AccountService(desk.outbox, desk.audit).queue_create(NEW, MANAGER, "New hire")
    return correction, account


def test_each_sender_takes_only_its_own_kinds(sandbox: SandboxServer, desk: Desk) -> None:
    correction, account = queue_both(desk)

    async def main() -> tuple[str, str, str, str]:
        async with (
            WorkTimeClient(sandbox.url("worktime"), KEY) as time_client,
            WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY) as taps_client,
        ):
            sleep = Sleeps(desk.clock)
            clock = OutboxSender(desk.outbox, desk.audit, time_client, now=desk.clock, sleep=sleep)
            taps = OutboxSender(
                desk.outbox,
                desk.audit,
                taps_client,
                kinds=WORKTAPS_KINDS,
                now=desk.clock,
                sleep=sleep,
            )
            assert not clock.idle()
            assert not taps.idle()
            await taps.run(until_idle=True)
            after_taps = (desk.entry(correction.id).state, desk.entry(account.id).state)
            assert taps.idle()
            assert not clock.idle()
            await clock.run(until_idle=True)
            after_clock = (desk.entry(correction.id).state, desk.entry(account.id).state)
            return (*after_taps, *after_clock)

    assert asyncio.run(main()) == ("queued", "sent", "sent", "sent")
    assert len(manual_entries(sandbox, FORGOT_OUT, TUESDAY)) == 1
    assert len(stored(sandbox, NEW.email or "")) == 1
    assert desk.audit.verify().ok


def test_an_entry_open_on_one_service_does_not_hold_back_the_other(
    sandbox: SandboxServer, desk: Desk
) -> None:
    correction, account = queue_both(desk)
    desk.outbox.mark_sending(account.id)  # its outcome unknown, and not yet to be checked

    async def main() -> None:
        async with (
            WorkTimeClient(sandbox.url("worktime"), KEY) as time_client,
            WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY) as taps_client,
        ):
            taps = OutboxSender(
                desk.outbox,
                desk.audit,
                taps_client,
                kinds=WORKTAPS_KINDS,
                now=desk.clock,
                settle=timedelta(minutes=5),
            )
            assert await taps.send_next() == desk.entry(account.id)  # waits to settle
            clock = OutboxSender(desk.outbox, desk.audit, time_client, now=desk.clock)
            await clock.run(until_idle=True)

    asyncio.run(main())
    assert desk.entry(correction.id).state == "sent"
    assert desk.entry(account.id).state == "sending"
    assert sandbox.controls.requests("worktaps") == []


def test_a_sender_refuses_to_send_another_services_entry(
    sandbox: SandboxServer, desk: Desk
) -> None:
    correction, _ = queue_both(desk)

    async def main() -> None:
        async with WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY) as client:
            taps = OutboxSender(
                desk.outbox, desk.audit, client, kinds=WORKTAPS_KINDS, now=desk.clock
            )
            with pytest.raises(ValueError, match="clock_correction"):
                await taps.send_entry(correction.id)

    asyncio.run(main())
    assert desk.entry(correction.id).state == "queued"
