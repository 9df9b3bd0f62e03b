"""The sync's writes run on the store's writer thread, never on the event loop's (in the
console, the Qt thread): each statement is recorded with the thread that ran it by the
connections' own trace hook, and what was written is told on the loop's thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.sandbox import SandboxServer
from desktop.services.sync.worktime import SyncService, history_key
from desktop.store import AttendanceCache, Database, LockCache, PeopleCache, SyncState
from tests.helpers.sync import Caches, run_sync, sandbox_event_ids, today

WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT")
Seen = list[tuple[int, str]]


class TracedStore(Database):
    """A store whose connections, this one's and every one ``reopen`` makes (a worker's),
    record each statement they run with the thread that ran it."""

    def __init__(self, path: Path, seen: Seen) -> None:
        super().__init__(path)
        self.seen = seen
        self.hook: Callable[[str], None] | None = None  # also told each statement, first
        self.conn.set_trace_callback(self._record)

    def _record(self, sql: str) -> None:
        if self.hook is not None:
            self.hook(sql)
        self.seen.append((threading.get_ident(), sql))

    def reopen(self) -> Database:
        own = super().reopen()
        own.conn.set_trace_callback(self._record)
        return own


@pytest.fixture
def seen() -> Seen:
    return []


@pytest.fixture
def store(tmp_path: Path, seen: Seen) -> Iterator[TracedStore]:
    db = TracedStore(tmp_path / "cache.sqlite3", seen)
    yield db
    db.close()


def caches_of(db: Database) -> Caches:
    return Caches(db, LockCache(db), PeopleCache(db), AttendanceCache(db), SyncState(db))


def writes(seen: Seen) -> list[tuple[int, str]]:
    return [(thread, sql) for thread, sql in seen if sql.lstrip().upper().startswith(WRITES)]


def test_a_full_sync_writes_nothing_on_the_loops_thread(
    sandbox: SandboxServer, store: TracedStore, seen: Seen
) -> None:
    caches = caches_of(store)
    heard: list[tuple[str, int]] = []
    store.on_commit(lambda table: heard.append((table, threading.get_ident())))
    loop_thread = threading.get_ident()  # run_sync runs its loop on this thread

    async def full(service: SyncService) -> int:
        await service.sync_locks()
        employees = await service.sync_employees()
        await service.sync_all_history(["lock_101", "lock_102"], concurrency=2)
        day = today(sandbox)
        await service.sync_attendance(day - timedelta(days=2), day)
        return employees

    employees = run_sync(sandbox, caches, full)

    written = writes(seen)
    tables = ("lock_event", "employee", "lock ", "attendance", "sync_state")
    assert {t for t in tables if any(f"INTO {t}" in sql for _, sql in written)} == set(tables)
    assert [sql for thread, sql in written if thread == loop_thread] == []
    assert caches.event_ids("lock_101") == sandbox_event_ids(sandbox, "lock_101")
    assert caches.people.count() == employees > 0
    assert caches.state.detail(history_key("lock_102")) is not None
    # The pages hear of it as before, on the loop's thread (the Qt thread's signals).
    assert {table for table, _ in heard} >= {"lock", "lock_event", "employee", "attendance"}
    assert {thread for _, thread in heard} == {loop_thread}


def test_a_cancelled_sync_leaves_no_write_under_way(
    sandbox: SandboxServer, store: TracedStore
) -> None:
    """Cancelled while a page is being written: the cancel waits for that write, so what
    the store holds once the sync has stopped is what it keeps, whole pages only."""
    caches = caches_of(store)
    cancelled = threading.Event()

    async def cancel_while_writing(service: SyncService) -> int:
        loop = asyncio.get_running_loop()
        writing = asyncio.Event()

        def hold_the_first_page(sql: str) -> None:  # on the writer's thread
            if "INTO lock_event" in sql and not writing.is_set():
                loop.call_soon_threadsafe(writing.set)
                cancelled.wait(10)  # the page is written only once the sync is cancelled

        store.hook = hold_the_first_page
        task = asyncio.ensure_future(service.sync_lock_history("lock_101"))
        await writing.wait()
        task.cancel()
        cancelled.set()
        with pytest.raises(asyncio.CancelledError):
            await task
        return len(caches.event_ids("lock_101"))

    held = run_sync(sandbox, caches, cancel_while_writing)
    assert held == 100  # the page under way when it was cancelled, and no other
    assert len(caches.event_ids("lock_101")) == held
