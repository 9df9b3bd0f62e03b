"""Time the lock-event cache with a big history: bulk insert, then the history page's queries.

    python tools/bench_store.py [--events 200000] [--db PATH]

Synthetic events (8 locks, 2,000 people, a year of timestamps) are written in one
``save_events`` call; each query is then run a few times and its best and median
times printed. Numbers for the record, not assertions.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop import api
from desktop.store import Database, EventFilter, LockCache

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
METHODS = ("fingerprint", "card", "passcode", "app", "key", "gateway", "face")
EVENTS = ("unlock",) * 40 + ("forced", "tamper", "locked_out")


def synthetic(count: int, seed: int = 1) -> list[api.LockEvent]:
    rng = random.Random(seed)
    people = [(f"emp_{n:05d}", f"Person {n:05d}") for n in range(2000)]
    out = []
    for n in range(count):
        emp_id, name = rng.choice(people) if rng.random() > 0.05 else (None, None)
        at = NOW - timedelta(seconds=rng.randint(0, 365 * 86400))
        out.append(
            api.LockEvent(
                id=f"event_{n:08d}",
                timestamp=at,
                server_timestamp=at + timedelta(seconds=3),
                lock_id=f"lock_{101 + n % 8}",
                employee_id=emp_id,
                employee_name=name,
                access_method=rng.choice(METHODS),
                success=rng.random() > 0.03,
                event=rng.choice(EVENTS),
            )
        )
    return out


def timed(label: str, call: Callable[[], object], repeat: int = 7) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<58} best {min(times):8.2f} ms   median {statistics.median(times):8.2f} ms")


def queries(cache: LockCache) -> None:
    lock = "lock_103"
    week = EventFilter(lock_id=lock, start=NOW - timedelta(days=7), end=NOW)
    cases: list[tuple[str, EventFilter]] = [
        ("one lock, newest first", EventFilter(lock_id=lock)),
        ("all locks, newest first", EventFilter()),
        ("one lock, last 7 days", week),
        ("one lock, by employee", EventFilter(lock_id=lock, sort="employee", descending=False)),
        ("all locks, by employee", EventFilter(sort="employee", descending=False)),
        ("one lock, by method", EventFilter(lock_id=lock, sort="method")),
        ("one lock, by result", EventFilter(lock_id=lock, sort="result")),
        ("all locks, by lock", EventFilter(sort="lock")),
        ("one lock, denied only", EventFilter(lock_id=lock, denied_only=True)),
        ("one lock, alerts only", EventFilter(lock_id=lock, alerts_only=True)),
        ("all locks, alerts only", EventFilter(alerts_only=True)),
        (
            "one lock, methods card+app",
            EventFilter(lock_id=lock, methods=frozenset({"card", "app"})),
        ),
        ("one lock, one person", EventFilter(lock_id=lock, employee_id="emp_00042")),
        ("all locks, one person", EventFilter(employee_id="emp_00042")),
        ("one lock, search 'person 0004'", EventFilter(lock_id=lock, search="person 0004")),
        ("all locks, search 'person 0004'", EventFilter(search="person 0004")),
        ("all locks, search 'zzz' (no match)", EventFilter(search="zzz")),
    ]
    for label, f in cases:
        timed(f"page 200 @0: {label}", lambda f=f: cache.events(f, 0, 200))
        timed(f"count:       {label}", lambda f=f: cache.count_events(f))
    deep = EventFilter(lock_id=lock)
    total = cache.count_events(deep)
    timed(
        f"page 200 @{total - 200}: one lock, last page",
        lambda: cache.events(deep, total - 200, 200),
    )
    everything = EventFilter()
    timed("page 200 @199800: all locks, last page", lambda: cache.events(everything, 199_800, 200))
    timed("newest_event", lambda: cache.newest_event(lock))
    timed("oldest_event", lambda: cache.oldest_event(lock))
    day = NOW - timedelta(hours=24)
    timed("events_between (last 24 h, all locks)", lambda: cache.events_between(day, NOW))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite3"
        events = synthetic(args.events)
        cache = LockCache(Database(path))
        start = time.perf_counter()
        new = cache.save_events(events, NOW)
        took = time.perf_counter() - start
        print(f"save_events: {new} new of {len(events)} in {took:.2f} s")
        start = time.perf_counter()
        again = cache.save_events(events, NOW)
        print(f"save_events again (all known): {again} new in {time.perf_counter() - start:.2f} s")
        queries(cache)
        cache.db.close()


if __name__ == "__main__":
    main()
