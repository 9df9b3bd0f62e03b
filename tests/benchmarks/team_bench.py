"""Team mode, measured: desks over one PostgreSQL store (a throwaway cluster of this run).

    python -m tests.benchmarks.team_bench --sandbox '{"url": ...}' --json out.json \
        [--employees N --events N]

Run by ``tests/benchmarks/run.py``:

1. ``team_takeover_s``: a desk process syncs (it holds the organization's sync lease),
   a second follows; the first is killed with SIGKILL; the seconds until the second
   holds the lease and starts syncing (the worst of ``--trials``).
2. ``team_store_vs_sqlite``: the Locks page's first page of rows for the filters the
   console benchmark changes (the busiest lock over every date, searches, Denied only,
   each method), on a PostgreSQL store and a SQLite store holding the same events (the
   sandbox's data set, made again here from the same parameters; PostgreSQL's table
   analyzed, as autovacuum does within a minute of the load); p95 over p95.

Numbers for the record: nothing here asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__test__ = False

ROOT = Path(__file__).resolve().parents[2]
SEARCHES = ("Ashley", "Lucia Nguyen", "thompson", "zyxw")
REPEAT = 5


def percentile(values: list[float], fraction: float) -> float:
    from tests.benchmarks.history_stalls import percentile as nearest_rank

    return nearest_rank(values, fraction)


# -- a desk, in a process of its own ----------------------------------------------------------


async def _desk(store: str, worktime: str, key: str) -> None:
    from desktop.api import WorkTimeClient
    from desktop.messages import MessageBus
    from desktop.services import team
    from desktop.services.session import Session
    from desktop.store import open_store
    from desktop.tasks import TaskRunner

    session = Session(open_store(store), TaskRunner(MessageBus()))
    client = WorkTimeClient(worktime, key)
    session.use_worktime(client)
    told = following = False
    while True:
        syncing = session.team is not None and session.team.syncing
        if syncing and not told:
            print(json.dumps({"syncing": time.time()}), flush=True)
            told = True
        elif not told and not following and session.team is not None and session.team.tried:
            print(json.dumps({"following": time.time()}), flush=True)
            following = True
        await asyncio.sleep(team.TRY_EVERY_S / 50)


def desk(store: str, worktime: str, key: str) -> int:
    asyncio.run(_desk(store, worktime, key))
    return 0


def _start_desk(store: str, worktime: str, key: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.team_bench", "--desk", store,
         "--worktime", worktime, "--key", key],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip


def _line(proc: subprocess.Popen[str], wanted: str, within: float) -> float:
    """The time the desk printed ``wanted`` (its first such line)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the desk ended before saying {wanted}")
        said = json.loads(line)
        if wanted in said:
            return float(said[wanted])
    raise RuntimeError(f"the desk did not say {wanted} within {within} s")


def takeover(store: str, worktime: str, key: str, trials: int) -> dict[str, Any]:
    seconds: list[float] = []
    for _ in range(trials):
        first = _start_desk(store, worktime, key)
        second = None
        try:
            _line(first, "syncing", 30)
            second = _start_desk(store, worktime, key)
            _line(second, "following", 30)
            killed = time.time()
            first.send_signal(signal.SIGKILL)
            seconds.append(_line(second, "syncing", 60) - killed)
        finally:
            for proc in (first, second):
                if proc is not None:
                    proc.kill()
                    proc.wait(10)
                    if proc.stdout is not None:
                        proc.stdout.close()
    return {"trials": trials, "seconds": [round(s, 2) for s in seconds],
            "max_s": round(max(seconds), 2)}  # fmt: skip


# -- the same filters on both backends ---------------------------------------------------------


def _events(employees: int, events: int) -> list[Any]:
    from desktop import api
    from desktop.sandbox.data import DataParams, Dataset
    from desktop.sandbox.worktime_locks import event_json
    from tests.benchmarks.sandbox_proc import NOW

    data = Dataset(DataParams(employees=employees, days=365, max_events=events), NOW)
    return [api.LockEvent.model_validate(event_json(e, False)) for e in data.all_events()]


def _filters(busiest: str, methods: list[str]) -> list[Any]:
    from desktop.store import EventFilter

    found = [EventFilter(lock_id=busiest)]
    found += [EventFilter(lock_id=busiest, search=needle) for needle in SEARCHES]
    found += [EventFilter(lock_id=busiest, denied_only=True)]
    found += [EventFilter(lock_id=busiest, methods=frozenset({m})) for m in methods]
    return found


def _timed(db: Any, filters: list[Any]) -> list[float]:
    from desktop.store import LockCache

    locks, times = LockCache(db), []
    for _ in range(REPEAT):
        for f in filters:
            started = time.perf_counter()
            locks.events_after(f, None, 200)
            times.append((time.perf_counter() - started) * 1000)
    return times


def store_vs_sqlite(url: str, employees: int, events: int, scratch: Path) -> dict[str, Any]:
    from desktop.store import Database, LockCache, open_store

    made = _events(employees, events)
    busiest = Counter(e.lock_id for e in made).most_common(1)[0][0]
    methods = sorted({e.access_method for e in made})
    filters = _filters(busiest, methods)
    results: dict[str, Any] = {"events": len(made), "lock": busiest}
    stores = {
        "sqlite": lambda: Database(scratch / "bench.sqlite3"),
        "postgresql": lambda: open_store(url),
    }
    for name, opened in stores.items():
        db = opened()
        try:
            started = time.perf_counter()
            LockCache(db).save_events(made, datetime.now(UTC))
            saved = time.perf_counter() - started
            if db.dialect == "postgresql":
                # What autovacuum does within a minute of a bulk load (its planner guesses
                # without statistics until then); the pages are used for hours after.
                db.conn.execute("ANALYZE lock_event")
            times = _timed(db, filters)
            results[name] = {"save_s": round(saved, 1), "p95_ms": round(percentile(times, 0.95), 2),
                             "max_ms": round(max(times), 2), "samples": len(times)}  # fmt: skip
        finally:
            db.close()
    results["ratio"] = round(results["postgresql"]["p95_ms"] / results["sqlite"]["p95_ms"], 2)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", help="sandbox_proc.py's JSON line")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--desk", help="(internal) a desk over this store")
    parser.add_argument("--worktime")
    parser.add_argument("--key")
    args = parser.parse_args()
    if args.desk:
        return desk(args.desk, args.worktime, args.key)
    from desktop.sandbox.credentials import worktime_key
    from desktop.store import pg_cluster
    from tests.helpers.postgres import database_of_its_own

    info = json.loads(args.sandbox)
    with tempfile.TemporaryDirectory(prefix="frontdesk-team-") as scratch:
        folder = Path(tempfile.mkdtemp(prefix="frontdesk-team-pg-"))
        server = pg_cluster.start(folder)
        watcher = pg_cluster.watch(folder, os.getpid())
        try:
            with database_of_its_own(server) as url:
                key = worktime_key("read", "enterprise")
                result = {"takeover": takeover(url, info["worktime"], key, args.trials)}
            with database_of_its_own(server) as url:
                result["store"] = store_vs_sqlite(url, args.employees, args.events, Path(scratch))
        finally:
            pg_cluster.stop(folder)
            watcher.wait(10)
    args.json.write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
