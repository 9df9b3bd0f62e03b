"""The shift handover gathered from a store filled by a real sync, checked against what the
sandbox's API says, read independently with a client of the test's own."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

from desktop.api import LockEvent, WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.catalog import LOCKS
from desktop.services.reports.handover import (
    SHIFT_HOURS,
    Handover,
    gather,
)
from desktop.services.reports.handover_writes import Namers, describe
from desktop.services.session import Session
from desktop.store import LOW_BATTERY_PERCENT
from tests.helpers.handover import (
    MANAGER,
    NY,
    YESTERDAY,
    client,
    filled,
    leave_writes,
    stop,
)

TODAY = date(2026, 11, 18)
ALARMS = {"forced", "tamper", "locked_out"}


async def events_between(api: WorkTimeClient, start: datetime, end: datetime) -> list[LockEvent]:
    found = []
    for lock in await api.list_locks():
        async for event in api.iter_lock_history(lock.id, start.date() - timedelta(days=1)):
            if start <= event.timestamp < end:
                found.append(event)
    return found


def ids(rows: list) -> set[str]:  # type: ignore[type-arg]
    return {row.id for row in rows}


def test_the_shift_matches_the_sandbox(
    session: Session,
    sandbox: SandboxServer,
) -> None:
    async def scenario() -> Handover:
        await filled(session, sandbox)
        now = session.now()
        handover = gather(session.locks.db, session.zone, now, MANAGER)
        assert handover.since == now - timedelta(hours=SHIFT_HOURS)
        async with client(sandbox) as api:
            events = await events_between(api, handover.since, now)
            today = [r async for r in api.iter_attendance(TODAY, TODAY)]
        denied = [e for e in events if not e.success and (e.event or "unlock") not in ALARMS]
        assert ids(handover.denied) == {e.id for e in denied}
        assert handover.denied, "seed 1 has denied unlocks this morning"
        assert ids(handover.alarms) == {e.id for e in events if e.event in ALARMS}
        late = {e.id for e in events if e.success and not 7 <= e.timestamp.astimezone(NY).hour < 20}
        assert ids(handover.after_hours) == late
        assert late, "seed 1 has unlocks in the night"
        inside = {r.employee_id for r in today if r.clock_in and not r.clock_out}
        assert {p.employee_id for p in handover.people_in} == inside
        where = {r.employee_id: r.lock_id for r in today}
        names = {lock[0]: lock[1] for lock in LOCKS}
        for person in handover.people_in:
            assert person.lock == names[where[person.employee_id]]  # type: ignore[index]
        await stop(session)
        return handover

    handover = asyncio.run(scenario())
    low = {lock[1] for lock in LOCKS if lock[3] <= LOW_BATTERY_PERCENT}
    assert low == {"Server room", "Loading dock"}
    assert [lock.name for lock in handover.low_batteries] == ["Loading dock", "Server room"]
    assert handover.manager == MANAGER
    assert handover.writes == []


def test_a_week_holds_forced_entry_and_alarms_as_the_api_gives_them(
    session: Session,
    sandbox: SandboxServer,
) -> None:
    async def scenario() -> None:
        await filled(session, sandbox)
        now = session.now()
        week = now - timedelta(days=6)
        handover = gather(session.locks.db, session.zone, now, MANAGER, since=week)
        async with client(sandbox) as api:
            events = await events_between(api, week, now)
        alarms = [e for e in events if e.event in ALARMS]
        assert ids(handover.alarms) == {e.id for e in alarms}
        assert handover.alarms[0].event == "forced"  # the worst first
        denied = {e.id for e in events if not e.success and e.id not in ids(handover.alarms)}
        assert ids(handover.denied) == denied
        await stop(session)

    asyncio.run(scenario())


def test_open_problems_and_the_writes_left_in_the_outbox(
    session: Session,
    sandbox: SandboxServer,
) -> None:
    async def scenario() -> None:
        await filled(session, sandbox)
        now = session.now()
        before = gather(session.locks.db, session.zone, now, MANAGER)
        async with client(sandbox) as api:
            employees = [e async for e in api.iter_employees(status="active")]
            records = [r async for r in api.iter_attendance(YESTERDAY, YESTERDAY)]
        open_days = sorted(r.employee_id for r in records if r.clock_in and not r.clock_out)
        problems = {(p.employee_id, p.problem) for p in before.problems if p.day == YESTERDAY}
        assert {e for e, what in problems if what == "No clock-out"} == set(open_days)
        recorded = {r.employee_id for r in records}
        started = {e.id for e in employees if e.start_date is None or e.start_date <= YESTERDAY}
        missing = {e for e, what in problems if what != "No clock-out"}
        assert missing == started - recorded  # absent, or came in without clocking in
        writes = await leave_writes(session, sandbox, open_days)
        after = gather(session.locks.db, session.zone, now, MANAGER)
        by_id = {w.id: w for w in after.writes}
        assert list(by_id) == [writes.failed.id, writes.queued.id, writes.account.id]
        failed, queued, account = by_id.values()
        assert (failed.state, failed.service, failed.attempts) == ("failed", "WorkTime One", 1)
        assert failed.problem == writes.failed.last_error
        assert failed.what == "Clock-out 18:00 on 2026-11-17"
        assert (queued.state, queued.attempts, queued.problem) == ("queued", 0, "")
        assert queued.whom == session.name_of(open_days[1])
        assert queued.since == writes.queued.created_at
        assert (account.service, account.what, account.whom) == ("WorkTaps", "New account",
                                                                 "Ada Lovelace")  # fmt: skip
        assert {w.manager for w in after.writes} == {MANAGER}
        marked = {p.employee_id: p.correction for p in after.problems if p.correction}
        assert {k: v.id for k, v in marked.items()} == {
            open_days[0]: writes.failed.id,
            open_days[1]: writes.queued.id,
        }

    asyncio.run(scenario())


def test_writes_are_told_by_names_and_fields_never_by_their_values() -> None:
    names = Namers(employee={"emp_1": "Lisa Brown"}.get, account=str, location=str)
    said = describe("employee_update", {"employee_id": "emp_1", "salary": 91234,
                    "changes": {"department_id": "d2"}, "before": {"department_id": "d1"}},
                    names, NY)  # fmt: skip
    assert said == ("Employee change: department id, salary", "Lisa Brown")
    said = describe("account_update", {"account_id": 7, "changes": {"firstName": "Al",
                    "meta": {"birthDate": "1990-01-02"}}}, names, NY)  # fmt: skip
    assert said == ("Account change: first name, meta", "7")
    assert describe("employee_create", {"input": {"name": "Jo Li"}, "salary": 5}, names, NY) == (
        "New employee",
        "Jo Li",
    )
