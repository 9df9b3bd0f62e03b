"""Syncing locks and their history against the sandbox: request counts and exact contents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop import api
from desktop.api import RateLimited
from desktop.sandbox import SandboxServer
from desktop.services.sync.worktime import (
    BACKGROUND,
    LATE_UPLOAD_SWEEP,
    USER,
    SyncService,
    history_key,
)
from desktop.store import EventFilter
from tests.helpers.sync import (
    NY,
    Caches,
    Recorder,
    pages,
    query,
    requests,
    run_sync,
    sandbox_event_ids,
    today,
)

LOCK_IDS = [f"lock_{n}" for n in range(101, 109)]


def history_path(lock_id: str) -> str:
    return f"/locks/{lock_id}/history"


@pytest.fixture
def caches(tmp_path: Path) -> Iterator[Caches]:
    opened = Caches.open(tmp_path / "cache.sqlite3")
    yield opened
    opened.db.close()


def range_total(sandbox: SandboxServer, lock_id: str, days: int) -> int:
    """The total the sandbox's pagination reports for the first-load range."""
    first = today(sandbox) - timedelta(days=days)
    return len(sandbox_event_ids(sandbox, lock_id, first))


def test_locks_are_one_request(sandbox: SandboxServer, caches: Caches) -> None:
    rows = run_sync(sandbox, caches, lambda s: s.sync_locks())
    assert len(requests(sandbox, "/locks")) == 1
    assert len(sandbox.controls.requests("worktime")) == 1
    assert sorted(r.id for r in rows) == LOCK_IDS
    front = next(r for r in rows if r.id == "lock_101")
    assert (front.name, front.has_gateway, front.online) == ("Front door", True, True)
    assert front.last_event_at is not None
    assert caches.state.synced_at("locks") == sandbox.state.clock.now()


def test_first_load_of_each_lock_takes_the_fewest_requests(
    sandbox: SandboxServer, caches: Caches
) -> None:
    for lock_id in LOCK_IDS:
        new = run_sync(sandbox, caches, lambda s, lock_id=lock_id: s.sync_lock_history(lock_id))
        total = range_total(sandbox, lock_id, 30)
        assert new == total
        assert len(requests(sandbox, history_path(lock_id))) == pages(total)
        assert caches.event_ids(lock_id) == sandbox_event_ids(sandbox, lock_id)
        assert caches.state.detail(history_key(lock_id)) == "2026-10-19"
    asked = sandbox.controls.requests("worktime")
    assert len(asked) == sum(pages(range_total(sandbox, lock_id, 30)) for lock_id in LOCK_IDS)
    assert all(query(r)["limit"] == "100" for r in asked)
    assert {query(r)["start_date"] for r in asked} == {"2026-10-19"}
    assert {query(r)["end_date"] for r in asked} == {"2026-11-18"}


def test_a_refresh_with_nothing_new_is_one_request_per_lock(
    sandbox: SandboxServer, caches: Caches
) -> None:
    run_sync(sandbox, caches, lambda s: s.sync_all_history(LOCK_IDS, concurrency=4))
    sandbox.controls.clear_requests()
    news = run_sync(sandbox, caches, lambda s: s.sync_all_history(LOCK_IDS, concurrency=4))
    assert news == dict.fromkeys(LOCK_IDS, 0)
    for lock_id in LOCK_IDS:
        assert len(requests(sandbox, history_path(lock_id))) == 1
    assert len(sandbox.controls.requests("worktime")) == len(LOCK_IDS)


def test_a_live_refresh_picks_up_exactly_the_new_events(
    sandbox: SandboxServer, caches: Caches
) -> None:
    sandbox.controls.reset(live=True, now="2026-11-18T14:20:00Z")  # 09:20 in New York
    run_sync(sandbox, caches, lambda s: s.sync_locks())
    run_sync(sandbox, caches, lambda s: s.sync_all_history(LOCK_IDS, concurrency=3))
    before = {lock_id: sandbox_event_ids(sandbox, lock_id) for lock_id in LOCK_IDS}
    sandbox.controls.time(advance=3 * 3600)  # past 16:00 UTC, when gateway-less locks upload
    sandbox.controls.clear_requests()
    news = run_sync(sandbox, caches, lambda s: s.sync_all_history(LOCK_IDS, concurrency=3))
    for lock_id in LOCK_IDS:
        after = sandbox_event_ids(sandbox, lock_id)
        assert news[lock_id] == len(after - before[lock_id])
        assert caches.event_ids(lock_id) == after
        # The first page that meets the cached history is the last one read.
        assert len(requests(sandbox, history_path(lock_id))) == news[lock_id] // 100 + 1
    assert sum(news.values()) > 0
    # The gateway-less locks had events waiting for their 16:00 UTC upload, and got them.
    assert news["lock_104"] > 0


def test_a_late_upload_older_than_the_newest_cached_event_is_caught(
    sandbox: SandboxServer, caches: Caches
) -> None:
    """A lock without a gateway: the cache lacks an event older than its newest, pages
    down the newest-first list, while page one holds new events as well as cached ones.
    A refresh that stopped at the first cached event would never see it. (The sandbox's
    gateway-less locks are quiet, so a busy lock is told apart as gateway-less here.)"""
    sandbox.controls.reset(employees=2000, days=2, live=True, now="2026-11-18T13:45:00Z")
    lock_id = "lock_101"
    lock = api.Lock(id=lock_id, name="Front door", has_gateway=False)
    caches.locks.save_locks([lock], sandbox.state.clock.now())
    run_sync(sandbox, caches, lambda s: s.sync_lock_history(lock_id, first_load_days=0))
    cached = caches.locks.events(EventFilter(lock_id=lock_id), 0, 1000)
    newest, late = cached[0], cached[150]
    cutoff = newest.timestamp - timedelta(hours=6)
    assert late.timestamp > cutoff
    caches.db.conn.execute("DELETE FROM lock_event WHERE id = ?", (late.id,))
    sandbox.controls.time(advance=240)
    day = today(sandbox)
    waiting = sandbox_event_ids(sandbox, lock_id, day) - caches.event_ids(lock_id)
    assert 1 < len(waiting) < 100
    assert late.id in waiting
    sandbox.controls.clear_requests()
    new = run_sync(sandbox, caches, lambda s: s.sync_lock_history(lock_id))
    assert new == len(waiting)
    assert caches.event_ids(lock_id) == sandbox_event_ids(sandbox, lock_id, day)
    # It read back just past the grace window, and no further.
    listing = sandbox.state.data.lock_events(lock_id, sandbox.state.now_ts(), day, None)
    past = next((n for n, e in enumerate(listing) if e.timestamp < cutoff.timestamp()), None)
    read = pages(len(listing)) if past is None else past // 100 + 1
    assert read > 2
    assert len(requests(sandbox, history_path(lock_id))) == read


def test_a_gateway_lock_refresh_stops_at_the_first_cached_event(
    sandbox: SandboxServer, caches: Caches
) -> None:
    sandbox.controls.reset(employees=2000, days=2, live=True, now="2026-11-18T13:45:00Z")
    lock_id = "lock_101"
    run_sync(sandbox, caches, lambda s: s.sync_locks())
    run_sync(sandbox, caches, lambda s: s.sync_lock_history(lock_id, first_load_days=0))
    sandbox.controls.time(advance=240)
    sandbox.controls.clear_requests()
    new = run_sync(sandbox, caches, lambda s: s.sync_lock_history(lock_id))
    assert 0 < new < 100
    assert len(requests(sandbox, history_path(lock_id))) == 1
    assert caches.event_ids(lock_id) == sandbox_event_ids(sandbox, lock_id, today(sandbox))


def test_the_refresh_asks_from_the_newest_cached_day_less_the_grace(
    sandbox: SandboxServer, caches: Caches
) -> None:
    run_sync(sandbox, caches, lambda s: s.sync_lock_history("lock_104"))
    newest = caches.locks.newest_event("lock_104")
    assert newest is not None
    sandbox.controls.clear_requests()
    run_sync(sandbox, caches, lambda s: s.sync_lock_history("lock_104"))
    (asked,) = requests(sandbox, history_path("lock_104"))
    start = (newest.timestamp - timedelta(hours=6)).astimezone(NY).date()
    assert asked["query"] == f"page=1&limit=100&start_date={start.isoformat()}"


def test_load_older_extends_the_range(sandbox: SandboxServer, caches: Caches) -> None:
    lock_id = "lock_102"
    first = today(sandbox) - timedelta(days=10)
    run_sync(sandbox, caches, lambda s: s.sync_lock_history(lock_id, first_load_days=10))
    assert caches.event_ids(lock_id) == sandbox_event_ids(sandbox, lock_id, first)
    sandbox.controls.clear_requests()
    budget = Recorder()
    new = run_sync(sandbox, caches, lambda s: s.load_older(lock_id, days=10), budget)
    older = first - timedelta(days=10)
    added = sandbox_event_ids(sandbox, lock_id, older) - sandbox_event_ids(sandbox, lock_id, first)
    assert new == len(added) > 0
    assert caches.event_ids(lock_id) == sandbox_event_ids(sandbox, lock_id, older)
    assert len(requests(sandbox, history_path(lock_id))) == pages(len(added))
    asked = requests(sandbox, history_path(lock_id))[0]["query"]
    assert f"start_date={older.isoformat()}" in asked
    assert f"end_date={(first - timedelta(days=1)).isoformat()}" in asked
    assert caches.state.detail(history_key(lock_id)) == older.isoformat()
    assert set(budget.priorities) == {USER}
    oldest = caches.locks.oldest_event(lock_id)
    assert oldest is not None
    assert oldest.timestamp.astimezone(NY).date() >= older


def test_a_failed_first_load_keeps_its_pages_and_the_next_sync_finishes(
    sandbox: SandboxServer, caches: Caches
) -> None:
    lock_id = "lock_101"
    path = history_path(lock_id)

    def trip(call_number: int) -> None:
        if call_number == 3:
            sandbox.controls.fault("status", service="worktime", path=path, status=429)

    with pytest.raises(RateLimited):
        run_sync(
            sandbox, caches, lambda s: s.sync_lock_history(lock_id), Recorder(before_call=trip)
        )
    assert len(caches.event_ids(lock_id)) == 200
    assert caches.state.synced_at(history_key(lock_id)) is None
    new = run_sync(sandbox, caches, lambda s: s.sync_lock_history(lock_id))
    assert caches.event_ids(lock_id) == sandbox_event_ids(sandbox, lock_id)
    assert new == len(sandbox_event_ids(sandbox, lock_id)) - 200
    assert caches.state.detail(history_key(lock_id)) == "2026-10-19"


def test_concurrency_is_bounded_and_background_by_default(
    sandbox: SandboxServer, caches: Caches
) -> None:
    for limit in (1, 3):
        budget = Recorder()
        run_sync(sandbox, caches, lambda s, n=limit: s.sync_all_history(LOCK_IDS, n), budget)
        assert budget.most_in_flight == limit
        assert set(budget.priorities) == {BACKGROUND}


def test_events_carry_utc_times_from_the_wire(sandbox: SandboxServer, caches: Caches) -> None:
    run_sync(sandbox, caches, lambda s: s.sync_lock_history("lock_108"))
    newest = caches.locks.newest_event("lock_108")
    assert newest is not None
    assert newest.timestamp.tzinfo is UTC
    assert newest.server_timestamp is None  # legacy firmware leaves it out
    assert newest.timestamp <= datetime.fromtimestamp(sandbox.state.now_ts(), UTC)


def test_a_gateway_less_lock_sweeps_its_grace_window_every_ten_minutes_not_every_refresh(
    sandbox: SandboxServer, caches: Caches
) -> None:
    """Between sweeps a refresh with nothing new is one request; a late upload shows at the
    next sweep (a first load counts as one)."""
    sandbox.controls.reset(employees=2000, days=2, live=True, now="2026-11-18T13:45:00Z")
    lock_id = "lock_101"
    lock = api.Lock(id=lock_id, name="Front door", has_gateway=False)
    caches.locks.save_locks([lock], sandbox.state.clock.now())
    path = history_path(lock_id)

    async def job(service: SyncService) -> tuple[int, int, int, int]:
        await service.sync_lock_history(lock_id, first_load_days=0)
        late = caches.locks.events(EventFilter(lock_id=lock_id), 0, 1000)[150]
        caches.db.conn.execute("DELETE FROM lock_event WHERE id = ?", (late.id,))
        sandbox.controls.clear_requests()
        between = await service.sync_lock_history(lock_id)  # a minute later: no sweep
        between_requests = len(requests(sandbox, path))
        sandbox.controls.time(advance=LATE_UPLOAD_SWEEP.total_seconds())
        sandbox.controls.clear_requests()
        swept = await service.sync_lock_history(lock_id)
        caught = int(late.id in caches.event_ids(lock_id))
        return between, between_requests, swept, len(requests(sandbox, path)) * caught

    between, between_requests, swept, sweep_requests = run_sync(sandbox, caches, job)
    assert (between, between_requests) == (0, 1)
    assert swept >= 1  # the late one (and whatever the live sandbox added in 10 minutes)
    assert sweep_requests > 2  # read back over the window, and caught it
