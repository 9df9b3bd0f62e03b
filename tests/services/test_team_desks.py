"""Desks sharing one PostgreSQL store, against the sandbox: one syncs and makes every
request, the other follows what it stores, hearing its commits; when the syncer stops,
the other takes over."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.api import WorkTimeClient
from desktop.messages import MessageBus
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WEBHOOK_SECRET, worktime_key
from desktop.sandbox.requestlog import key_fingerprint
from desktop.services import team
from desktop.services.changes import Change
from desktop.services.session import Session
from desktop.store import open_store
from desktop.tasks import TaskRunner
from tests.helpers.receiving import body, deliver
from tests.helpers.waiting import until

FRONT_KEY = worktime_key("full", "paid")
NIGHT_KEY = worktime_key("read", "paid")  # another key, to tell the desks' requests apart


def desk(url: str, sandbox: SandboxServer) -> Session:
    made = Session(open_store(url), TaskRunner(MessageBus()), now=sandbox.state.clock.now)
    made.set_zone("America/New_York")
    made.sign_in("Ana Ruiz")
    return made


def test_one_desk_syncs_the_other_follows_and_takes_over(
    postgres_url: str, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(team, "TRY_EVERY_S", 0.5)
    front, night = desk(postgres_url, sandbox), desk(postgres_url, sandbox)
    told_at_night: list[Change] = []
    night.changes.subscribe(told_at_night.append)

    async def scenario() -> None:
        front_client = WorkTimeClient(sandbox.url("worktime"), FRONT_KEY)
        night_client = WorkTimeClient(sandbox.url("worktime"), NIGHT_KEY)
        try:
            front.use_worktime(front_client)
            await until(lambda: front.team is not None and front.team.syncing, what="a syncer")
            night.use_worktime(night_client)
            await until(lambda: front.workday is not None, what="the front desk syncing")
            await until(lambda: Change.BOARD in told_at_night, within=30,
                        what="the night desk hearing the front desk's sync")  # fmt: skip
            await front.loaded()
            assert night.team is not None
            assert not night.team.syncing
            assert night.workday is None  # it makes no requests of its own
            assert len(night.board_from().people) == len(front.board_from().people) > 100
            keys = {r["key"] for r in sandbox.controls.requests("worktime")}
            assert key_fingerprint(f"Bearer {NIGHT_KEY}") not in keys
            assert key_fingerprint(f"Bearer {FRONT_KEY}") in keys
            # The front desk closes: the night desk takes the lease and syncs.
            await front.stop()
            await until(lambda: night.team is not None and night.team.syncing, within=5,
                        what="the night desk taking over")  # fmt: skip
            await until(lambda: night.workday is not None, what="the night desk syncing")
            since = datetime.now(UTC)
            await until(
                lambda: (
                    key_fingerprint(f"Bearer {NIGHT_KEY}")
                    in {r["key"] for r in sandbox.controls.requests("worktime")}
                ),
                within=30,
                what=f"the night desk's requests (since {since:%H:%M:%S})",
            )
        finally:
            await front.stop()
            await night.stop()
            await front_client.aclose()
            await night_client.aclose()
            front.db.close()
            night.db.close()

    asyncio.run(scenario())


def test_a_webhook_taken_at_one_desk_reaches_the_other(
    postgres_url: str, sandbox: SandboxServer
) -> None:
    """The night desk's receiver keeps a door opening in the shared store and applies it;
    the front desk hears whose row changed (not that the whole board did: it redoes that
    row only, as the night desk does) and its board has the event too."""
    front, night = desk(postgres_url, sandbox), desk(postgres_url, sandbox)
    told_at_front: list[Change] = []
    front.changes.subscribe(told_at_front.append, Change.BOARD, Change.PUSHED)

    async def scenario() -> None:
        assert front.team is not None
        front.team.start()  # listening (no client: nobody syncs in this test)
        try:
            url = night.start_receiver("127.0.0.1", 0, WEBHOOK_SECRET)
            at = sandbox.state.clock.now()
            sent = body(
                "lock.opened", at, lock_id="lock_1", employee_id="emp_x",
                employee_name="Zoë Adams", timestamp=at.isoformat(), method="card",
            )  # fmt: skip
            assert (await deliver(url, sent)).status_code == 200
            await until(lambda: bool(told_at_front), what="the front desk hearing it")
            assert told_at_front == [Change.PUSHED]
            assert front.take_pushed_people() == {"emp_x"}
            opened = front.locks.events_between(
                at - timedelta(minutes=1), at + timedelta(minutes=1)
            )
            assert [(e.lock_id, e.employee_name) for e in opened] == [("lock_1", "Zoë Adams")]
        finally:
            await front.stop()
            await night.stop()
            front.db.close()
            night.db.close()

    asyncio.run(scenario())


def test_a_desk_says_when_the_shared_store_is_away_and_carries_on_when_it_is_back(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, postgres_cluster: tuple[Path, str]
) -> None:
    """The database stops under a syncing desk (a restart, a failover) and starts again:
    the desk stops syncing and says the store is out of reach, then syncs again and its
    writes go through, without a restart of its own."""
    from desktop.store import Outbox, pg_cluster

    folder, server = postgres_cluster
    monkeypatch.setattr(team, "TRY_EVERY_S", 0.5)
    front = desk(server, sandbox)

    async def scenario() -> None:
        client = WorkTimeClient(sandbox.url("worktime"), FRONT_KEY)
        try:
            front.use_worktime(client)
            await until(lambda: front.team is not None and front.team.syncing, what="a syncer")
            await front.loaded()
            pg_cluster.stop(folder)
            await until(lambda: front.team is not None and not front.team.reachable,
                        what="the store away")  # fmt: skip
            state = front.team_state()
            assert state is not None
            assert state.status() == "Team: the shared store is out of reach"
            assert state.warning
            assert front.workday is None  # not the syncer while it cannot hold the lease
            pg_cluster.resume(folder)
            await until(lambda: front.team is not None and front.team.syncing, within=20,
                        what="syncing again")  # fmt: skip
            state = front.team_state()
            assert state is not None
            assert state.status() == "Team: this desk syncs"
            outbox = Outbox(front.db)
            entry = outbox.add("clock_correction", {"n": 1}, "Ana Ruiz", "after the restart")
            assert outbox.get(entry.id).state in ("queued", "sending", "failed")
        finally:
            await front.stop()
            await client.aclose()

    try:
        asyncio.run(scenario())
    finally:
        front.db.close()


def test_a_desk_works_on_its_own_copy_while_the_shared_store_is_away_and_hands_over_after(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    postgres_cluster: tuple[Path, str],
) -> None:
    """A desk of a team keeps a copy of the shared store in its own. The database stops
    under it: the board reads that copy, a manager's correction is checked against it and
    kept there, and the status bar says so. The database starts again: the correction
    and its audit row go to the shared store once, and the desk's entry here says where."""
    from desktop.config import TeamSettings
    from desktop.messages import Message
    from desktop.services.attendance.corrections import Correction
    from desktop.services.session import KEPT_HERE, KEPT_REASON, KEPT_SAVED
    from desktop.services.team_store import open_team_store
    from desktop.store import AuditLog, Database, Outbox, pg_cluster
    from desktop.store.postgres import PostgresDatabase, password_apart

    folder, server = postgres_cluster
    monkeypatch.setattr(team, "TRY_EVERY_S", 0.5)
    own = Database(tmp_path / "own.sqlite")
    url, password = password_apart(server)
    opened = open_team_store(
        own, TeamSettings(url=url, desk="front", joined_by="Ana Ruiz"), password
    )
    assert not opened.alone
    bus = MessageBus()
    told: list[Message] = []
    bus.subscribe(told.append)
    front = Session(opened.db, TaskRunner(bus), now=sandbox.state.clock.now)
    front.set_zone("America/New_York")
    front.sign_in("Ana Ruiz")

    note = "kept while away"

    async def scenario() -> None:
        client = WorkTimeClient(sandbox.url("worktime"), FRONT_KEY)
        try:
            front.use_worktime(client)
            await until(lambda: front.team is not None and front.team.syncing, what="a syncer")
            await front.loaded()
            assert front.team is not None
            await asyncio.to_thread(front.team.copy_now)  # as it does every few minutes
            shared_board = await front.board()
            person = next(p for p in shared_board.people if p.status == "not_arrived")
            basis = front.corrections.basis()  # the dialog opened before the outage

            pg_cluster.stop(folder)
            await until(lambda: not front.team_state().reachable, what="the store away")  # type: ignore[union-attr]
            # A delivery cannot be kept in the team's store: refused, WorkTime One sends it
            # again (kept in this desk's copy, it would never reach the other desks).
            url = front.start_receiver("127.0.0.1", 0, WEBHOOK_SECRET)
            at_door = sandbox.state.clock.now()
            door = body("lock.opened", at_door, lock_id="lock_1", employee_id="emp_x",
                        employee_name="Zoë Adams", timestamp=at_door.isoformat())  # fmt: skip
            assert (await deliver(url, door)).status_code >= 500
            board = await front.board()  # this desk's own copy
            assert [p.employee_id for p in board.people] == [
                p.employee_id for p in shared_board.people
            ]
            at = front.now() - timedelta(hours=1)
            correction = Correction(
                employee_id=person.employee_id,
                type="clock_in",
                timestamp=at.replace(microsecond=0),
                reason="Forgot to clock in",
                note=note,
            )
            assert front.corrections.check([correction]) == {}
            (entry,) = front.corrections.queue([correction], "Ana Ruiz", basis)
            assert entry.state == "queued"
            assert any(m.text == KEPT_HERE for m in told)
            state = front.team_state()
            assert state is not None
            assert state.status() == "Team: the shared store is out of reach · 1 entry kept here"
            assert "its own copy of it, made at" in state.detail()
            assert front.waits("worktime") == KEPT_SAVED  # the confirmation's words

            pg_cluster.resume(folder)
            await until(lambda: front.team is not None and front.team.db.kept == 0, within=30,
                        what="the kept correction handed over")  # fmt: skip
            assert any("handed 1 unsent entry" in m.text for m in told), [m.text for m in told]

            def sent() -> bool:  # by this desk, the team's syncer again
                (handed,) = [e for e in front.outbox.entries() if e.payload.get("note") == note]
                return handed.state == "sent"

            await until(sent, within=30, what="the handed correction sent")
            landed = [
                e
                for entries in sandbox.state.data.clocks.values()
                for e in entries
                if e.source == "manual" and note in (e.notes or "")
            ]
            assert len(landed) == 1  # once
        finally:
            await front.stop()
            await client.aclose()

    try:
        asyncio.run(scenario())
        shared = PostgresDatabase(server)
        try:
            notes = [e for e in Outbox(shared).entries() if e.payload.get("note") == note]
            assert len(notes) == 1
            assert notes[0].state in ("queued", "sending", "sent")
            actions = [row.action for row in AuditLog(shared).in_order()]
            assert actions.count("clock_correction.queued") == 1
            handed = [r for r in AuditLog(shared).in_order() if r.action == "team.handed_over"]
            assert handed[-1].reason == KEPT_REASON
            assert AuditLog(shared).verify().ok
        finally:
            shared.close()
        here = Database(tmp_path / "own.sqlite")
        try:
            (mine,) = [e for e in Outbox(here).entries() if e.payload.get("note") == note]
            assert mine.state == "cancelled"
            assert (
                mine.last_error == "Handed to the team's shared store (desk front), which sends it."
            )
        finally:
            here.close()
    finally:
        front.db.close()
