"""Team mode, measured: desks over one PostgreSQL store (a throwaway cluster of this run).

    python -m tests.benchmarks.team_bench --sandbox '{"url": ...}' --json out.json \
        [--employees N --events N --trials N --day-seconds S --crash-trials N --lag-events N]
        [--only lag --only ...]   # some parts only (takeover, requests, crash, lag, store)

The sandbox line is what ``sandbox_proc.py --employees N --events N`` prints first.
Run by ``tests/benchmarks/run.py``:

1. ``team_takeover_s``: a desk process syncs (it holds the organization's sync lease),
   a second follows; the first is killed with SIGKILL; the seconds until the second
   holds the lease and starts syncing (the worst of ``--trials``).
2. ``team_store_vs_sqlite``: the Locks page's first page of rows for the filters the
   console benchmark changes (the busiest lock over every date, searches, Denied only,
   each method), on a PostgreSQL store and a SQLite store holding the same events (the
   sandbox's data set, made again here from the same parameters; PostgreSQL's table
   analyzed, as autovacuum does within a minute of the load); p95 over p95.
3. ``team_requests_ratio`` (``team_requests.py``): the free plan's simulated working day
   (09:00-17:00 New York on the sandbox's clock, compressed into ``--day-seconds``) with
   three desks (three ``Session``s over one store, each with its own WorkTimeClient, the
   organization's one key; every desk's board redrawn whenever it changes; the manager's
   three clicks at a following desk) over the same day with one desk alone: the requests
   the sandbox's log received, with the 429s of each.
4. ``team_board_lag_p95_ms`` (``team_lag.py``): the sandbox reset to ``--employees`` and
   ``--events``; a syncing desk process (its first load done) applies ``--lag-events``
   clock-ins delivered to its webhook receiver; two following desk processes with the
   real Today page (offscreen Qt); per event and follower, the time from the syncer's
   commit to the page being given a board with that person in; p95.
5. ``team_crash_trials`` (``team_crash.py``): three desk processes queue clock corrections
   through ``CorrectionService`` (the correction dialog's path) on a sandbox of their own;
   ``--crash-trials`` times one of them, at random, is killed with SIGKILL and replaced;
   once the outbox has settled, the corrections a desk acknowledged that never landed
   (``lost``) and those that landed twice (``doubled``), against what the sandbox holds.

Numbers for the record: nothing here asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
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
PARTS = ("takeover", "requests", "crash", "lag", "store")


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
            first.kill()  # SIGKILL; on Windows TerminateProcess
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


# -- 3 to 5: the team's requests, its boards' lag, desks killed while correcting ----------------


def requests_ratio(server: str, info: dict[str, Any], day_seconds: float) -> dict[str, Any]:
    from desktop.sandbox.server import SandboxControls
    from tests.benchmarks.team_requests import one_day
    from tests.helpers.budget_day import DAY_START
    from tests.helpers.postgres import database_of_its_own

    controls = SandboxControls(info["url"])
    days: dict[str, Any] = {}
    try:
        for desks in (1, 3):
            controls.reset(seed=1, now=DAY_START.isoformat(), live=True)
            controls.time(frozen=True)
            with database_of_its_own(server) as url:
                day = one_day(url, info["sandbox"], info["worktime"], desks, day_seconds)
                days[str(desks)] = asyncio.run(day)
    finally:
        controls.close()
    one, three = days["1"]["requests"], days["3"]["requests"]
    return {"one_desk": days["1"], "three_desks": days["3"],
            "ratio": round(three / one, 3) if one else None}  # fmt: skip


def crash_trials(url: str, trials: int) -> dict[str, Any]:
    from tests.benchmarks.team_crash import crash_trials as run

    return run(url, trials)


def lag(server: str, info: dict[str, Any], key: str, args: Any) -> dict[str, Any]:
    from desktop.sandbox.server import SandboxControls
    from tests.benchmarks.sandbox_proc import NOW
    from tests.benchmarks.team_lag import board_lag
    from tests.helpers.postgres import database_of_its_own

    controls = SandboxControls(info["url"])
    try:  # the benchmark's data set again (the budget day left the small live one)
        controls.reset(seed=1, now=NOW.isoformat(), employees=args.employees, days=365,
                       max_events=args.events)  # fmt: skip
        controls.time(frozen=True)
    finally:
        controls.close()
    with database_of_its_own(server) as url:
        return board_lag(url, {"now": NOW.isoformat(), "worktime": info["worktime"]}, key,
                         args.lag_events)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", help="sandbox_proc.py's JSON line")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--day-seconds", type=float, default=60.0, help="the day, compressed")
    parser.add_argument("--crash-trials", type=int, default=50)
    parser.add_argument("--lag-events", type=int, default=100)
    parser.add_argument("--only", choices=PARTS, action="append",
                        help="run only these parts (again for more than one)")  # fmt: skip
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
        parts = set(args.only or PARTS)
        result: dict[str, Any] = {}
        try:
            key = worktime_key("read", "enterprise")
            if "takeover" in parts:
                with database_of_its_own(server) as url:
                    result["takeover"] = takeover(url, info["worktime"], key, args.trials)
            if "requests" in parts:
                result["requests"] = requests_ratio(server, info, args.day_seconds)
            if "crash" in parts:
                with database_of_its_own(server) as url:
                    result["crash"] = crash_trials(url, args.crash_trials)
            if "lag" in parts:
                result["lag"] = lag(server, info, key, args)
            if "store" in parts:
                with database_of_its_own(server) as url:
                    result["store"] = store_vs_sqlite(url, args.employees, args.events,
                                                      Path(scratch))  # fmt: skip
        finally:
            pg_cluster.remove(folder)
            watcher.wait(10)
    args.json.write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
