"""Two consoles on one database file (the lock file that keeps them apart deleted by hand):
the entry one of them is sending, slowly, is never taken by the other's crash recovery,
and the correction lands once."""

from __future__ import annotations

import asyncio
import os
from datetime import date, timedelta
from pathlib import Path

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.services.outbox.sender import OutboxSender
from desktop.store import AuditLog, Database, Outbox
from desktop.store.owner import owner_is_gone
from tests.helpers.outbox import FORGOT_OUT, KEY, TUESDAY, Desk, clock_out, local, manual_entries

CLOCK = "/attendance/clock"
SLOW = 2.0  # seconds the vendor takes to answer: the second console starts meanwhile


def second_console(path: Path, desk: Desk, owner: str) -> tuple[Database, Outbox, AuditLog]:
    """Another process's view of the same file: its own connection and its own owner."""
    db = Database(path)
    return db, Outbox(db, desk.clock, owner=owner), AuditLog(db, desk.clock)


def test_a_slow_send_is_not_resent_by_a_second_console(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    desk = Desk.open(path)
    desk.load(sandbox, date(2026, 11, 16), date(2026, 11, 18))
    entry = desk.queue(clock_out(FORGOT_OUT, local(TUESDAY, 17, 45)))[0]
    sandbox.controls.fault("delay", service="worktime", path=CLOCK, delay=SLOW, after=True)
    # A live process of this host (ours), but not this Outbox: as another console would be.
    db, outbox, audit = second_console(path, desk, owner=f"{desk.outbox.owner}-other")

    async def main() -> None:
        async with (
            WorkTimeClient(sandbox.url("worktime"), KEY) as first_client,
            WorkTimeClient(sandbox.url("worktime"), KEY) as second_client,
        ):
            first = OutboxSender(desk.outbox, desk.audit, first_client, now=desk.clock)
            second = OutboxSender(outbox, audit, second_client, now=desk.clock)
            sending = asyncio.create_task(first.send_next())
            for _ in range(3000):  # until the first console has claimed it (30 s at most)
                if desk.entry(entry.id).state == "sending":
                    break
                await asyncio.sleep(0.01)
            # The second console starts now: its crash recovery, then its sending step.
            assert await second.recover() == []
            assert await second.send_next() is None
            await asyncio.wait_for(sending, timeout=30)

    asyncio.run(main())
    db.close()
    assert desk.entry(entry.id).state == "sent"
    assert len(manual_entries(sandbox, FORGOT_OUT, TUESDAY)) == 1
    posts = [r for r in sandbox.controls.requests("worktime") if r["method"] == "POST"]
    assert len(posts) == 1


def test_a_dead_consoles_send_is_checked_at_once_and_an_expired_lease_taken_over(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    desk = Desk.open(path)
    first, second = (
        desk.queue(
            clock_out(FORGOT_OUT, local(TUESDAY, 17, 45)),
        )[0],
        None,
    )
    del second
    host = desk.outbox.owner.split("/")[0]
    dead = f"{host}/999999999/dead"  # no such process on this host
    assert owner_is_gone(dead)
    db, gone, _ = second_console(path, desk, owner=dead)
    gone.mark_sending(first.id)
    assert [e.id for e in desk.outbox.orphans()] == [first.id]
    assert desk.outbox.take_over(first.id)
    assert not gone.renew(first.id)  # the dead console's claim is lost

    away = f"another-desk.example/{os.getpid()}/x"  # another host: only the lease tells
    assert not owner_is_gone(away)
    db2, elsewhere, _ = second_console(path, desk, owner=away)
    desk.outbox.mark_retry(first.id, desk.clock(), "test")
    elsewhere.mark_sending(first.id)
    assert desk.outbox.orphans() == []
    assert not desk.outbox.take_over(first.id)
    desk.clock.advance(timedelta(minutes=2).total_seconds())  # past the 90 s lease
    assert [e.id for e in desk.outbox.orphans()] == [first.id]
    assert desk.outbox.take_over(first.id)
    db.close()
    db2.close()
