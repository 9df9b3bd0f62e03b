"""Syncing employees and attendance against the sandbox, and a large data set end to end."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import httpx
import pytest

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import worktime_key
from desktop.services.sync.plan import plan_reads
from desktop.services.sync.worktime import ATTENDANCE, ATTENDANCE_OPEN, EMPLOYEES
from desktop.store import EventFilter
from tests.helpers.api import fast
from tests.helpers.sync import (
    NY,
    Caches,
    pages,
    query,
    requests,
    run_sync,
    sandbox_event_ids,
    today,
)

TODAY = date(2026, 11, 18)


@pytest.fixture
def caches(tmp_path: Path) -> Iterator[Caches]:
    opened = Caches.open(tmp_path / "cache.sqlite3")
    yield opened
    opened.db.close()


def listed_total(sandbox: SandboxServer, path: str, **params: str) -> int:
    """The total the sandbox's pagination reports (asked after the counting is done)."""
    answer = httpx.get(
        sandbox.url("worktime") + path,
        params={"limit": 1, **params},
        headers={"Authorization": f"Bearer {worktime_key('read', 'enterprise')}"},
    )
    return int(answer.json()["pagination"]["total"])


def test_employees_first_load_takes_the_fewest_requests(
    sandbox: SandboxServer, caches: Caches
) -> None:
    count = run_sync(sandbox, caches, lambda s: s.sync_employees())
    asked = requests(sandbox, "/employees")
    total = listed_total(sandbox, "/employees")
    assert count == total > 100
    assert len(asked) == pages(total) == 2
    assert all(query(r)["limit"] == "100" for r in asked)
    assert len(caches.people.employees(active_only=False)) == total
    assert caches.state.detail(EMPLOYEES) == f"{total} employees"


def test_an_employee_deleted_upstream_is_forgotten(sandbox: SandboxServer, caches: Caches) -> None:
    before = run_sync(sandbox, caches, lambda s: s.sync_employees())
    gone = caches.people.employees()[0].id

    async def delete() -> None:
        async with WorkTimeClient(sandbox.url("worktime"), worktime_key(), **fast()) as client:
            await client.delete_employee(gone)

    asyncio.run(delete())
    assert run_sync(sandbox, caches, lambda s: s.sync_employees()) == before - 1
    assert gone not in {e.id for e in caches.people.employees(active_only=False)}


def attendance_ranges(sandbox: SandboxServer) -> list[tuple[date, date]]:
    asked = requests(sandbox, "/attendance")
    return sorted(
        {
            (date.fromisoformat(query(r)["start_date"]), date.fromisoformat(query(r)["end_date"]))
            for r in asked
        }
    )


def days_of(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def close_day(sandbox: SandboxServer, caches: Caches, day: date) -> None:
    """Clocks out, upstream, everyone who forgot to on ``day`` (at 18:00 in New York)."""
    at = datetime.combine(day, time(18), NY)

    async def clock_out() -> None:
        async with WorkTimeClient(sandbox.url("worktime"), worktime_key(), **fast()) as client:
            for record in caches.attendance.for_day(day):
                if record.clock_out is None:
                    await client.clock(record.employee_id, "clock_out", at)

    asyncio.run(clock_out())


def test_attendance_first_load_and_open_days_refresh(
    sandbox: SandboxServer, caches: Caches
) -> None:
    start = TODAY - timedelta(days=7)
    run_sync(sandbox, caches, lambda s: s.sync_attendance(start, TODAY))
    friday = date(2026, 11, 13)
    assert friday in caches.attendance.open_days(start)
    close_day(sandbox, caches, friday)
    sandbox.controls.clear_requests()
    count = run_sync(sandbox, caches, lambda s: s.sync_attendance(start, TODAY))
    asked = len(requests(sandbox, "/attendance"))
    total = listed_total(
        sandbox, "/attendance", start_date=start.isoformat(), end_date=TODAY.isoformat()
    )
    assert count == total
    assert asked == pages(total)
    assert caches.state.detail(ATTENDANCE) == f"{start.isoformat()}..{TODAY.isoformat()}"

    open_days = set(caches.attendance.open_days(start)) | {TODAY}
    counts = caches.attendance.day_counts(start, TODAY)
    assert len(open_days) > 2  # forgotten clock outs leave past days open
    assert friday not in open_days
    assert friday in counts
    sandbox.controls.clear_requests()
    run_sync(sandbox, caches, lambda s: s.refresh_open_days())

    ranges = attendance_ranges(sandbox)
    assert ranges == plan_reads(sorted(open_days), counts)
    read = {day for first, last in ranges for day in days_of(first, last)}
    assert open_days <= read
    for day in read - open_days:
        assert counts.get(day, 0) == 0  # only empty days (a weekend) ride along
    asked = len(requests(sandbox, "/attendance"))
    expected = sum(
        pages(
            listed_total(
                sandbox, "/attendance", start_date=first.isoformat(), end_date=last.isoformat()
            )
        )
        for first, last in ranges
    )
    per_day = sum(pages(counts.get(day, 0)) for day in open_days)
    assert asked == expected < per_day
    assert caches.state.synced_at(ATTENDANCE_OPEN) == sandbox.state.clock.now()


def test_an_open_day_refresh_sees_people_leave(sandbox: SandboxServer, caches: Caches) -> None:
    sandbox.controls.reset(live=True, now="2026-11-18T15:00:00Z")  # 10:00 in New York
    run_sync(sandbox, caches, lambda s: s.sync_attendance(TODAY - timedelta(days=7), TODAY))
    still_in = [r for r in caches.attendance.for_day(TODAY) if r.clock_out is None]
    assert len(still_in) > 50
    sandbox.controls.time(advance=9 * 3600)  # 19:00: almost everyone has gone home
    sandbox.controls.clear_requests()
    run_sync(sandbox, caches, lambda s: s.refresh_open_days())
    rows = caches.attendance.for_day(TODAY)
    left = [r for r in rows if r.clock_out is not None]
    assert len(left) > len(rows) - len(still_in)

    async def upstream() -> list[tuple[str, object]]:
        async with WorkTimeClient(sandbox.url("worktime"), worktime_key(), **fast()) as client:
            records = [r async for r in client.iter_attendance(TODAY, TODAY)]
            return sorted((r.employee_id, r.clock_out) for r in records)

    assert sorted((r.employee_id, r.clock_out) for r in rows) == asyncio.run(upstream())


@pytest.mark.slow
def test_a_large_organization_syncs_completely(sandbox: SandboxServer, caches: Caches) -> None:
    info = sandbox.controls.reset(employees=2000, max_events=20000)
    lock_ids = sorted(r.id for r in run_sync(sandbox, caches, lambda s: s.sync_locks()))
    employees = run_sync(sandbox, caches, lambda s: s.sync_employees())
    assert len(requests(sandbox, "/employees")) == pages(employees) == 20
    assert employees == listed_total(sandbox, "/employees") > 1900
    news = run_sync(sandbox, caches, lambda s: s.sync_all_history(lock_ids, concurrency=4))
    first = today(sandbox) - timedelta(days=30)
    for lock_id in lock_ids:
        upstream = sandbox_event_ids(sandbox, lock_id, first)
        assert caches.event_ids(lock_id) == upstream
        assert news[lock_id] == len(upstream)
        assert len(requests(sandbox, f"/locks/{lock_id}/history")) == pages(len(upstream))
    cached = caches.locks.count_events(EventFilter())
    assert cached == sum(news.values()) >= 20000
    assert cached <= info["counts"]["lock_events"]
