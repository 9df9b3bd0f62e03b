"""The console, started for real, while a full sync and then history filters run in it.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.console_bench \
        --sandbox '{"url": ..., "worktime": ...}' --home DIR --json out.json

Run by ``tests/benchmarks/run.py`` against a sandbox in its own process
(``sandbox_proc.py``). ``--home`` is an empty ``FRONTDESK_HOME`` whose settings
point at the sandbox; the console starts on it as ``frontdesk`` does (locked, no
keys, so it makes no request of its own), and then, with the responsiveness
monitor running on its Qt thread:

1. idle, as the baseline, and its resident memory;
2. a full sync into the console's own database: locks, every employee, every
   lock's whole history (``SyncService``, as the first load does it, two locks at a
   time), counting the requests the sandbox saw against ``ceil(N / 100)`` per
   collection; then the same history sync again, with nothing new;
3. the locks page, unlocked and shown, driven with ``QTest``: the busiest lock,
   every date, searches typed a key every 120 ms, "Denied only" on and off, each
   method; the latency from each change to the table updated;
4. the busiest lock's whole history loaded into the table, and the memory again.

Writes the figures and the list of requests the sync made (for the raw-fetch
baseline, ``fetch_baselines.py``) as JSON. Numbers for the record, not assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

__test__ = False

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
ZONE = ZoneInfo("America/New_York")
PAGE = 100
IDLE_S = 1.5


def write_home(home: Path, worktime_url: str) -> None:
    """Settings with one connection (the sandbox); no keys: the keyring is not touched."""
    os.environ["FRONTDESK_HOME"] = str(home)
    from desktop.config import ConnectionProfile, Settings, save_settings
    from desktop.paths import app_paths

    profile = ConnectionProfile(name="Benchmark", worktime_url=worktime_url)
    settings = Settings(profiles={profile.name: profile}, active_profile=profile.name)
    save_settings(settings, app_paths().ensure())


def percentile(values: list[float], fraction: float) -> float:
    from tests.benchmarks.history_stalls import percentile as nearest_rank

    return nearest_rank(values, fraction)


def stall_figures(lateness: list[float]) -> dict[str, Any]:
    return {
        "max_ms": round(max(lateness, default=0.0), 1),
        "p99_ms": round(percentile(lateness, 0.99), 1),
        "over_50ms": sum(1 for ms in lateness if ms > 50.0),
        "ticks": len(lateness),
    }


async def until(condition: Callable[[], object], within: float = 60.0, what: str = "") -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


async def measure(args: argparse.Namespace, info: dict[str, Any]) -> dict[str, Any]:
    from desktop.startup import Startup
    from desktop.ui.ready import resident_mb

    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-") as scratch:
        startup = Startup(
            argparse.Namespace(demo=False, self_test=False, debug=False), Path(scratch)
        )
        running = asyncio.ensure_future(startup.run())
        try:
            await until(
                lambda: startup.console is not None and startup.console.window.isVisible(),
                what="the console's window",
            )
            console = startup.console
            assert console is not None
            await asyncio.sleep(1.0)
            result["rss_idle_mb"] = resident_mb()
            monitor = console.monitor
            monitor.start()
            await asyncio.sleep(IDLE_S)
            result["idle"] = stall_figures(list(monitor.lateness_ms))
            await full_sync(console, info, args, result)
            await history_filters(console, args, result)
            result["rss_loaded_mb"] = resident_mb()
            monitor.stop()
        finally:
            if startup.console is not None:
                startup.console.window.close()
            await asyncio.wait_for(running, 60)
            await startup.shutdown()
    return result


async def full_sync(
    console: Any, info: dict[str, Any], args: argparse.Namespace, result: dict[str, Any]
) -> None:
    from desktop.api import WorkTimeClient
    from desktop.sandbox import worktime_key
    from desktop.sandbox.server import SandboxControls
    from desktop.services.sync.worktime import SyncService
    from desktop.store import EventFilter

    session = console.session  # the console's own store: the sync fills what the pages show
    locks = session.locks
    controls = SandboxControls(info["url"])
    days = math.ceil(info["oldest_event_days"]) + 1
    monitor = console.monitor
    try:
        async with WorkTimeClient(info["worktime"], worktime_key("full", "enterprise")) as client:
            sync = SyncService(
                client, locks, session.people, session.attendance, session.state,
                zone=ZONE, now=lambda: NOW,
            )  # fmt: skip
            controls.clear_requests()
            monitor.reset()
            started = time.perf_counter()
            lock_rows = await sync.sync_locks(priority="user")
            employees = await sync.sync_employees(priority="user")
            lock_ids = [lock.id for lock in lock_rows]
            await sync.sync_all_history(
                lock_ids, concurrency=2, first_load_days=days, priority="user"
            )
            seconds = time.perf_counter() - started
            sync_lateness = list(monitor.lateness_ms)
            made = controls.requests("worktime")
            controls.clear_requests()
            for lock_id in lock_ids:
                await sync.sync_lock_history(lock_id, first_load_days=days)
            again = controls.requests("worktime")
    finally:
        controls.close()
    per_lock = {lock_id: locks.count_events(EventFilter(lock_id=lock_id)) for lock_id in lock_ids}
    made_by = Counter(_collection(r["path"]) for r in made)
    minimum = {"locks": 1, "employees": max(1, math.ceil(employees / PAGE))}
    minimum |= {f"history:{k}": max(1, math.ceil(n / PAGE)) for k, n in per_lock.items()}
    again_by = Counter(_collection(r["path"]) for r in again)
    result["sync"] = {
        "seconds": round(seconds, 2),
        "employees": employees,
        "events": sum(per_lock.values()),
        "requests": len(made),
        "minimum": sum(minimum.values()),
        "by_collection": {k: [made_by.get(k, 0), n] for k, n in minimum.items()},
        "refused": sum(1 for r in made if r["status"] != 200),
        "stalls": stall_figures(sync_lateness),
        "refresh_requests": {k: again_by.get(f"history:{k}", 0) for k in lock_ids},
        "replay": [
            {"path": r["path"], "query": r["query"], "collection": _collection(r["path"])}
            for r in made
        ],
    }
    result["sync_lateness"] = sync_lateness


def _collection(path: str) -> str:
    parts = path.rstrip("/").split("/")
    if parts[-1] == "history":
        return f"history:{parts[-2]}"
    return parts[-1]


async def history_filters(console: Any, args: argparse.Namespace, result: dict[str, Any]) -> None:
    from PySide6.QtCore import QDate, QModelIndex

    from desktop.store import EventFilter
    from tests.benchmarks.history_stalls import (
        Bench,
        act,
        click_lock,
        step_methods,
        toggle_denied,
        type_searches,
    )

    window = console.window
    page = console.locks.page
    window.unlock()  # as if a manager signed in: the benchmark needs no PIN
    window.show_page(window.pages.indexOf(page))
    page.reload_locks()
    await asyncio.sleep(0.5)
    bench = Bench()
    bench.monitor = console.monitor
    bench.watch(page)
    model = page.events_model
    counts = {r.id: page.cache.count_events(EventFilter(lock_id=r.id)) for r in page.cache.locks()}
    busiest = max(counts, key=lambda k: counts[k])
    rows = page.cache.events(EventFilter(lock_id=busiest), 0, counts[busiest])
    names = Counter(r.employee_name for r in rows if r.employee_name)
    first = min(r.timestamp for r in rows).astimezone(ZONE).date()
    terms = search_terms([n for n, _ in names.most_common()], args.searches)
    del rows
    lock_ids = [page.locks_model.row(n).id for n in range(page.locks_model.rowCount())]

    async def select() -> None:
        other = next(i for i in lock_ids if i != busiest)
        await act(bench, page, lambda: click_lock(page, other))
        await act(bench, page, lambda: click_lock(page, busiest))
        start = first - timedelta(days=1)
        await act(
            bench, page, lambda: page.date_from.setDate(QDate(start.year, start.month, start.day))
        )

    phases: list[Any] = []
    for name, body in (
        ("busiest lock, every date", select),
        ("search, typed", lambda: type_searches(bench, page, terms)),
        ("denied only on/off", lambda: toggle_denied(bench, page, args.toggles)),
        ("method, each", lambda: step_methods(bench, page)),
    ):
        phases.append(await bench.phase(name, body))
    lateness = [ms for p in phases for ms in p.lateness_ms]
    latency = [ms for p in phases for ms in p.latency_ms]
    result["filter"] = {
        "lock": busiest,
        "lock_events": counts[busiest],
        "shown": page.count.text(),
        "searches": terms,
        "stalls": stall_figures(lateness),
        "latency_p95_ms": round(percentile(latency, 0.95), 1),
        "latency_max_ms": round(max(latency, default=0.0), 1),
        "samples": len(latency),
        "phases": {p.name: p.figures() for p in phases},
    }
    result["filter_lateness"] = lateness
    with _paused(bench.monitor):
        started = time.perf_counter()
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        await asyncio.sleep(0.5)
    result["loaded"] = {
        "rows_in_table": model.rowCount(),
        "seconds": round(time.perf_counter() - started, 2),
    }


class _paused:
    def __init__(self, monitor: Any) -> None:
        self.monitor = monitor

    def __enter__(self) -> None:
        self.monitor.stop()

    def __exit__(self, *exc: object) -> None:
        self.monitor.start()


def search_terms(names: list[str], count: int) -> list[str]:
    """A common first name, a rare full name, a surname, and a name nobody has."""
    first = Counter(n.split()[0] for n in names).most_common(1)[0][0]
    terms = [first, names[-1], names[len(names) // 2].split()[-1].lower()]
    return [*terms[: max(0, count - 1)], "zyxw"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", required=True, help="sandbox_proc.py's JSON line")
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--searches", type=int, default=4)
    parser.add_argument("--toggles", type=int, default=3)
    args = parser.parse_args()
    info = json.loads(args.sandbox)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    write_home(args.home, info["worktime"])

    from tests.benchmarks.history_stalls import offscreen_loop

    loop = offscreen_loop()
    try:
        result = loop.run_until_complete(asyncio.wait_for(measure(args, info), 900))
    finally:
        loop.close()
    args.json.write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
