"""WorkTime One's webhooks, measured against the sandbox in its own process.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.webhook_bench \
        --sandbox '{"url": ..., "worktime": ...}' --json out.json

Run by ``tests/benchmarks/run.py`` (after the console's sync, before the budget day,
which resets the sandbox). In one process, offscreen Qt and a qasync loop, a
``Session`` on a temporary store with its receiver on a free loopback port (registered
with the sandbox) and the real Today page, shown:

1. latency: the full sync (``use_worktime``'s first load) starts; meanwhile 200 manual
   clock-ins are posted to the sandbox, 20-50 ms apart, for people with no record
   today (the sandbox emits ``attendance.clock_in`` from inside each request, just
   before it answers); per event, the time from that answer to the Today page's
   model showing that person "in" (and, beside it, from just before the POST: that
   adds the request's wait in the sandbox behind the sync's own requests);
2. a burst: 10,000 signed events (lock openings and clocks of real people and locks,
   dated by the session's clock) from eight concurrent clients in another process
   within a minute, with 500 forged (wrong signature) and 500 replayed (dated 10
   minutes back) among them; the responsiveness monitor on the Qt thread throughout;
   how many were applied, and how many forged or replayed left any row;
3. the free plan's simulated day (``tests/helpers/budget_day.py``) polling only and
   then with webhooks, on the same data: requests, 429s, staleness.

Numbers for the record: nothing here asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

__test__ = False

EVENTS = 200
BURST = 10_000
FORGED = REPLAYED = 500
BURST_SECONDS = 40.0
CLIENTS = 8
SETTLE_S = 120.0  # at most, for what was posted to be seen or applied


def percentile(values: list[float], fraction: float) -> float:
    from tests.benchmarks.history_stalls import percentile as nearest_rank

    return nearest_rank(values, fraction)


async def until(condition: Any, within: float, what: str) -> bool:
    """Poll until ``condition()`` holds; False after ``within`` seconds (no exception)."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            print(f"webhook_bench: timed out waiting for {what}", file=sys.stderr)
            return False
        await asyncio.sleep(0.01)
    return True


# -- 1 and 2: the console's parts, on the Qt thread ------------------------------------------


async def console_parts(info: dict[str, Any], scratch: Path) -> dict[str, Any]:
    from desktop.api import ApiError, WorkTimeClient
    from desktop.messages import MessageBus
    from desktop.sandbox import worktime_key
    from desktop.sandbox.credentials import WEBHOOK_SECRET
    from desktop.sandbox.server import SandboxControls
    from desktop.services.session import Session
    from desktop.store import Database
    from desktop.tasks import TaskRunner
    from desktop.ui.attendance.controller import AttendanceController
    from desktop.ui.responsiveness import ResponsivenessMonitor
    from desktop.ui.session_signals import SessionSignals
    from desktop.ui.today.controller import TodayController

    now0, t0 = datetime.fromisoformat(info["now"]), time.monotonic()

    def clock() -> datetime:  # the sandbox's frozen now, moving as real time does
        return now0 + timedelta(seconds=time.monotonic() - t0)

    store = scratch / "store.db"
    db = Database(store)
    session = Session(db, TaskRunner(MessageBus()), now=clock)
    signals = SessionSignals(session)
    attendance = AttendanceController(session, signals, session.runner)
    today = TodayController(session, signals, session.runner, attendance)
    page = today.page
    page.resize(1280, 800)
    page.show()
    gc.freeze()  # as the console's start-up ends (desktop/startup.py)

    posted: dict[str, float] = {}
    answered: dict[str, float] = {}
    seen: dict[str, float] = {}
    draws = 0
    show_board = page.show_board

    def shown(board: Any, names: dict[str, str]) -> None:
        nonlocal draws
        show_board(board, names)
        draws += 1
        at = time.perf_counter()
        waiting = posted.keys() - seen.keys()
        if waiting:
            for person in board.people:
                if person.employee_id in waiting and person.status == "in":
                    seen[person.employee_id] = at

    page.show_board = shown  # type: ignore[method-assign]

    controls = SandboxControls(info["url"])
    writer = WorkTimeClient(info["worktime"], worktime_key("full", "enterprise"))
    reader = WorkTimeClient(info["worktime"], worktime_key("read", "enterprise"))
    result: dict[str, Any] = {}
    try:
        org = await writer.organization()
        zone_today = clock().astimezone(ZoneInfo(org.timezone or "America/New_York")).date()
        people = [e async for e in writer.iter_employees(status="active")]
        present = {r.employee_id async for r in writer.iter_attendance(zone_today, zone_today)}
        locks = await writer.list_locks()
        candidates = [e for e in people if e.id not in present]
        random.Random(17).shuffle(candidates)

        url = session.start_receiver("127.0.0.1", 0, WEBHOOK_SECRET)
        await asyncio.to_thread(controls.webhooks, url)
        load_started = time.perf_counter()
        session.use_worktime(reader)
        first_load = session._running["workday"]  # the full sync, as the console runs it
        loaded: list[float] = []
        first_load.add_done_callback(lambda _: loaded.append(time.perf_counter()))
        during, refused = 0, 0
        pace = random.Random(18)
        stamp = now0 - timedelta(minutes=1)
        for person in candidates:
            if len(posted) == EVENTS:
                break
            before = time.perf_counter()
            posted[person.id] = before
            try:
                await writer.clock(person.id, "clock_in", stamp)
            except ApiError:
                del posted[person.id]
                refused += 1
                continue
            answered[person.id] = time.perf_counter()
            during += not first_load.done()
            await asyncio.sleep(pace.uniform(0.02, 0.05))
        await until(lambda: len(seen) == len(posted), SETTLE_S, "the clock-ins on the board")
        await until(first_load.done, SETTLE_S, "the first load")
        load_s = (loaded[0] if loaded else time.perf_counter()) - load_started
        # The sandbox emits from inside the request, just before it answers: from its
        # answer is from the emission (a row shown before the answer counts 0); from
        # before the POST adds the time the request queued in the sandbox behind the
        # sync's own requests (an upper bound, reported beside).
        latencies = [max(0.0, seen[i] - answered.get(i, seen[i])) * 1000 for i in seen]
        with_queue = [(seen[i] - posted[i]) * 1000 for i in seen]
        result["latency"] = {
            "events": len(posted),
            "seen": len(seen),
            "posted_during_sync": during,
            "clock_refused": refused,
            "first_load_s": round(load_s, 1),
            "p50_ms": round(percentile(latencies, 0.5), 1),
            "p95_ms": round(percentile(latencies, 0.95), 1),
            "max_ms": round(max(latencies, default=0.0), 1),
            "from_before_post_p50_ms": round(percentile(with_queue, 0.5), 1),
            "from_before_post_p95_ms": round(percentile(with_queue, 0.95), 1),
            "draws": draws,
        }
        result["burst"] = await burst(
            session, store, url, clock, candidates[EVENTS : EVENTS + 500] or people, locks,
            ResponsivenessMonitor(), scratch,
        )  # fmt: skip
    finally:
        today.stop()
        page.hide()
        await session.stop()
        await writer.aclose()
        await reader.aclose()
        controls.close()
        db.close()
    return result


async def burst(
    session: Any,
    store: Path,
    url: str,
    clock: Any,
    people: list[Any],
    locks: list[Any],
    monitor: Any,
    scratch: Path,
) -> dict[str, Any]:
    spec = {
        "url": url,
        "now": clock().isoformat(),
        "people": [[p.id, p.name] for p in people],
        "locks": [lock.id for lock in locks],
    }
    spec_file = scratch / "flood.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    monitor.start()
    await asyncio.sleep(1.0)
    idle = list(monitor.lateness_ms)
    monitor.reset()
    started = clock()
    flood = await asyncio.to_thread(  # another process: its posting holds no GIL of ours
        subprocess.run,
        [sys.executable, "-m", "tests.benchmarks.webhook_bench", "--flood", str(spec_file)],
        capture_output=True, text=True, timeout=BURST_SECONDS * 3, check=True,
    )  # fmt: skip
    sent = json.loads(flood.stdout)

    def waiting() -> int:
        with sqlite3.connect(store) as conn:
            query = "SELECT count(*) FROM webhook_event WHERE applied_at IS NULL"
            return int(conn.execute(query).fetchone()[0])

    await until(lambda: waiting() == 0, SETTLE_S, "the burst applied")
    await asyncio.sleep(1.0)  # the board's last draw
    monitor.stop()
    lateness = list(monitor.lateness_ms)
    since = int(started.timestamp())
    with sqlite3.connect(store) as conn:
        kept, applied = conn.execute(
            "SELECT count(*), coalesce(sum(applied_at IS NOT NULL), 0) FROM webhook_event "
            "WHERE received_at >= ?",
            (since,),
        ).fetchone()
        bad_kept = conn.execute(
            "SELECT count(*) FROM webhook_event WHERE body LIKE '%FORGED%' "
            "OR body LIKE '%REPLAYED%'"
        ).fetchone()[0]
        bad_events = conn.execute(
            "SELECT count(*) FROM lock_event WHERE employee_name IN ('FORGED', 'REPLAYED')"
        ).fetchone()[0]
    return {
        **sent,
        "kept": kept,
        "applied": applied,
        "forged_or_replayed_kept": bad_kept,
        "forged_or_replayed_lock_events": bad_events,
        "refused": session.webhooks.state().refused,
        "max_stall_ms": round(max(lateness, default=0.0), 1),
        "p99_stall_ms": round(percentile(lateness, 0.99), 1),
        "over_50ms": sum(1 for ms in lateness if ms > 50.0),
        "idle_max_ms": round(max(idle, default=0.0), 1),
    }


# -- the flood, in a process of its own -------------------------------------------------------


def flood(spec_file: Path) -> dict[str, Any]:
    return asyncio.run(_flood(json.loads(spec_file.read_text(encoding="utf-8"))))


async def _flood(spec: dict[str, Any]) -> dict[str, Any]:
    import httpx

    from desktop.api.webhooks import SIGNATURE_HEADER, sign
    from desktop.sandbox.credentials import WEBHOOK_SECRET

    base, t0 = datetime.fromisoformat(spec["now"]), time.monotonic()
    people, locks = spec["people"], spec["locks"]
    kinds = ["good"] * BURST + ["forged"] * FORGED + ["replayed"] * REPLAYED
    random.Random(19).shuffle(kinds)
    pace = BURST_SECONDS / len(kinds)
    statuses: Counter[str] = Counter()
    failed = 0

    def body(i: int, kind: str) -> tuple[bytes, str]:
        now = base + timedelta(seconds=time.monotonic() - t0)
        stamp = now - timedelta(minutes=10) if kind == "replayed" else now
        person_id, name = people[i % len(people)]
        at = (base - timedelta(hours=3) + timedelta(seconds=i)).isoformat()
        if kind != "good":
            name = kind.upper()
        if kind == "good" and i % 5 == 0:
            event = "attendance.clock_in" if (i // 5) % 2 == 0 else "attendance.clock_out"
            data = {"employee_id": person_id, "employee_name": name, "lock_id": locks[0],
                    "timestamp": at, "method": "card"}  # fmt: skip
        else:
            event = "lock.opened"
            data = {"lock_id": locks[i % len(locks)], "employee_id": person_id,
                    "employee_name": name, "timestamp": at, "method": "card"}  # fmt: skip
        raw = json.dumps({"event": event, "timestamp": stamp.isoformat(), "data": data}).encode()
        secret = "not-the-secret" if kind == "forged" else WEBHOOK_SECRET
        return raw, sign(raw, secret)

    async def post(client: httpx.AsyncClient, worker: int) -> None:
        nonlocal failed
        for i in range(worker, len(kinds), CLIENTS):
            delay = t0 + i * pace - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            raw, signature = body(i, kinds[i])
            headers = {"content-type": "application/json", SIGNATURE_HEADER: signature}
            try:
                response = await client.post(spec["url"], content=raw, headers=headers)
            except httpx.HTTPError:
                failed += 1
            else:
                statuses[f"{kinds[i]} {response.status_code}"] += 1

    async with httpx.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(post(client, w) for w in range(CLIENTS)))
    return {
        "sent": len(kinds),
        "good": BURST,
        "forged": FORGED,
        "replayed": REPLAYED,
        "failed": failed,
        "statuses": dict(statuses),
        "seconds": round(time.monotonic() - t0, 1),
    }


# -- 3: the simulated day ---------------------------------------------------------------------


def day_parts(info: dict[str, Any]) -> dict[str, Any]:
    from tests.benchmarks.budget_bench import RemoteSandbox
    from tests.helpers.budget_day import DAY_START, live_day, webhook_day

    sandbox = RemoteSandbox(info["url"])

    def fresh() -> None:
        sandbox.controls.reset(seed=1, now=DAY_START.isoformat(), live=True)
        sandbox.controls.time(frozen=True)
        sandbox.controls.webhooks()  # (a reset forgets the URLs registered)

    try:
        fresh()
        polling = asyncio.run(live_day(sandbox, "free"))  # type: ignore[arg-type]
        fresh()
        with tempfile.TemporaryDirectory(prefix="frontdesk-hookday-") as folder:
            pushed = asyncio.run(
                webhook_day(sandbox, "free", Path(folder) / "store.db")  # type: ignore[arg-type]
            )
    finally:
        sandbox.controls.close()
    apply_ms = pushed.apply_ms or [0.0]
    return {
        "polling": {
            "requests": polling.requests,
            "429s": polling.refused,
            "refreshes": polling.refreshes,
            "median_staleness_s": polling.median.total_seconds(),
        },
        "webhooks": {
            "requests": pushed.day.requests,
            "429s": pushed.day.refused,
            "refreshes": pushed.day.refreshes,
            "failures": pushed.day.failures,
            "events": pushed.events,
            "deliveries": pushed.deliveries,
            "median_staleness_s": pushed.median.total_seconds(),
            "worst_staleness_s": max(s.total_seconds() for s in pushed.staleness or [timedelta()]),
            "receive_to_apply_ms": {
                "median": round(statistics.median(apply_ms), 1),
                "max": round(max(apply_ms), 1),
            },
        },
        "requests_ratio": round(pushed.day.requests / polling.requests, 3)
        if polling.requests
        else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", help="sandbox_proc.py's JSON line")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--flood", type=Path, help="(internal) post the burst described here")
    args = parser.parse_args()
    if args.flood:
        print(json.dumps(flood(args.flood)))
        return 0
    info = json.loads(args.sandbox)
    from tests.benchmarks.history_stalls import offscreen_loop

    loop = offscreen_loop()
    with tempfile.TemporaryDirectory(prefix="frontdesk-hooks-") as scratch:
        try:
            result = loop.run_until_complete(
                asyncio.wait_for(console_parts(info, Path(scratch)), 600)
            )
        finally:
            loop.close()
            asyncio.set_event_loop(None)
    result["day"] = day_parts(info)
    args.json.write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
