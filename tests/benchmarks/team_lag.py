"""From the syncer storing an event to the other desks' Today pages showing it (team_bench
part 4).

Three desk processes over one PostgreSQL store: the syncer (a ``Session`` holding the
sync lease, its first load done from the sandbox, its webhook receiver on a free loopback
port) and two following desks, each with the real Today page (``TodayController``,
offscreen Qt on a qasync loop, shown), as the console builds it. ``EVENTS`` clock-ins of
people not in yet are delivered to the syncer's receiver, signed as WorkTime One signs
them, ``PAUSE_S`` apart; the syncer applies each to the store (its session tells
``Change.PUSHED`` once the commit is done: the moment taken as stored) and tells the team
whose rows changed (NOTIFY); the followers hear it (LISTEN), their session tells
``Change.PUSHED`` and the page redoes those people's rows, read on a worker (a full draw
under way first ends: ``show_board`` is given both). Per event and follower: the time
from stored to the page being given a board with that person in. Clocks are the
machine's (``time.time``), the same in every process. Numbers for the record: nothing here asserts.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

__test__ = False

ROOT = Path(__file__).resolve().parents[2]
ZONE = "America/New_York"
EVENTS = 100
PAUSE_S = (0.1, 0.3)  # between two deliveries (uniform)
FOLLOWERS = 2
LOAD_WITHIN_S = 600.0  # the syncer's first load (20,000 people: a few minutes at most)
SEEN_WITHIN_S = 30.0  # after the last delivery, for the followers to show it
CANDIDATES = 400


def _clock(now0: str, wall0: float) -> Any:
    start = datetime.fromisoformat(now0)

    def clock() -> datetime:  # the sandbox's frozen now, moving as real time does
        return start + timedelta(seconds=time.time() - wall0)

    return clock


def _say(**what: Any) -> None:
    print(json.dumps(what), flush=True)


async def _until(condition: Any, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"not {what} within {within} s")
        await asyncio.sleep(0.05)


# -- the syncer ---------------------------------------------------------------------------------


async def _syncer(args: Any) -> None:
    from desktop.api import WorkTimeClient
    from desktop.messages import MessageBus
    from desktop.sandbox.credentials import WEBHOOK_SECRET
    from desktop.services.changes import Change
    from desktop.services.session import Session
    from desktop.store import open_store
    from desktop.tasks import TaskRunner

    session = Session(open_store(args.desk), TaskRunner(MessageBus()),
                      now=_clock(args.now0, float(args.wall0)))  # fmt: skip
    session.set_zone(ZONE)
    session.use_worktime(WorkTimeClient(args.worktime, args.key))
    await _until(lambda: session.workday is not None, 60, "syncing")
    await session.loaded()

    def pushed(_change: Change) -> None:
        _say(stored=sorted(session.take_pushed_people()), at=time.time())

    session.changes.subscribe(pushed, Change.PUSHED)
    url = session.start_receiver("127.0.0.1", 0, WEBHOOK_SECRET)
    board = session.board_from()
    absent = [(p.employee_id, p.name) for p in board.people
              if p.active and p.status != "in" and p.clock_in is None]  # fmt: skip
    random.Random(19).shuffle(absent)
    gateways = [lock.id for lock in session.locks.locks() if lock.has_gateway]
    _say(receiver=url, absent=absent[:CANDIDATES], lock=(gateways or [None])[0],
         people=len(board.people))  # fmt: skip
    await asyncio.Event().wait()  # until it is killed


# -- a following desk, with the Today page --------------------------------------------------------


async def _follower(args: Any) -> None:
    from desktop.api import WorkTimeClient
    from desktop.messages import MessageBus
    from desktop.services.session import Session
    from desktop.store import open_store
    from desktop.tasks import TaskRunner
    from desktop.ui.attendance.controller import AttendanceController
    from desktop.ui.session_signals import SessionSignals
    from desktop.ui.today.controller import TodayController

    session = Session(open_store(args.desk), TaskRunner(MessageBus()),
                      now=_clock(args.now0, float(args.wall0)))  # fmt: skip
    session.set_zone(ZONE)
    signals = SessionSignals(session)
    attendance = AttendanceController(session, signals, session.runner)
    today = TodayController(session, signals, session.runner, attendance)
    page = today.page
    page.resize(1280, 800)
    page.show()
    draws = [0]
    show_board = page.show_board
    first = page.board  # drawn as the page was built: who was in before any event
    shown_in = {p.employee_id for p in first.people if p.status == "in"} if first else set()

    def shown(board: Any, names: dict[str, str]) -> None:
        show_board(board, names)
        at = time.time()
        draws[0] += 1
        now_in = {p.employee_id for p in board.people if p.status == "in"}
        new = sorted(now_in - shown_in)
        shown_in.update(now_in)
        if new:
            _say(shown=new, at=at)

    page.show_board = shown  # type: ignore[method-assign]
    built_ms: list[float] = []
    build = session.board

    async def timed() -> Any:  # how long each full draw's read of the store takes
        started = time.perf_counter()
        board = await build()
        built_ms.append((time.perf_counter() - started) * 1000)
        return board

    session.board = timed  # type: ignore[method-assign]
    session.use_worktime(WorkTimeClient(args.worktime, args.key))  # it follows: no requests
    team = session.team
    assert team is not None
    await _until(lambda: team.tried and page.board is not None, 120, "following")
    assert page.board is not None
    _say(ready=time.time(), syncing=team.syncing, people=len(page.board.people))
    try:
        while True:
            await asyncio.sleep(1)
            _say(draws=draws[0], built_ms=sorted(built_ms))
    finally:
        today.stop()


def desk(args: Any) -> int:
    if args.role == "syncer":
        asyncio.run(_syncer(args))
        return 0
    from tests.benchmarks.history_stalls import offscreen_loop

    offscreen_loop().run_until_complete(_follower(args))
    return 0


# -- the run --------------------------------------------------------------------------------------


@dataclass
class LagDesk:
    proc: subprocess.Popen[str]
    lines: list[dict[str, Any]] = field(default_factory=list)
    seen: dict[str, float] = field(default_factory=dict)
    reader: threading.Thread | None = None
    said: threading.Condition = field(default_factory=threading.Condition)

    def read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            said = json.loads(line)
            with self.said:
                if "shown" in said:
                    for person in said["shown"]:
                        self.seen.setdefault(person, said["at"])
                elif "stored" in said:
                    for person in said["stored"]:
                        self.seen.setdefault(person, said["at"])
                self.lines.append(said)
                self.said.notify_all()

    def wait_for(self, key: str, within: float) -> dict[str, Any]:
        deadline = time.monotonic() + within
        with self.said:
            while time.monotonic() < deadline:
                for said in self.lines:
                    if key in said:
                        return said
                if self.proc.poll() is not None:
                    break
                self.said.wait(0.5)
        raise RuntimeError(f"a desk did not say {key} within {within} s")


def _start(role: str, store: str, worktime: str, key: str, now0: str, wall0: float) -> LagDesk:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.team_lag", "--desk", store, "--role", role,
         "--worktime", worktime, "--key", key, "--now0", now0, "--wall0", repr(wall0)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    made = LagDesk(proc)
    made.reader = threading.Thread(target=made.read, daemon=True)
    made.reader.start()
    return made


async def _deliver(url: str, absent: list[Any], lock: str | None, clock: Any,
                   events: int) -> tuple[dict[str, float], int]:  # fmt: skip
    import httpx

    from tests.helpers.receiving import body, deliver

    posted: dict[str, float] = {}
    refused = 0
    pace = random.Random(20)
    async with httpx.AsyncClient() as client:
        for person, name in absent[:events]:
            at = clock()
            sent = body("attendance.clock_in", at, employee_id=person, employee_name=name,
                        lock_id=lock, timestamp=at.isoformat().replace("+00:00", "Z"),
                        method="card")  # fmt: skip
            posted[person] = time.time()
            if (await deliver(url, sent, client=client)).status_code != 200:
                refused += 1
            await asyncio.sleep(pace.uniform(*PAUSE_S))
    return posted, refused


def board_lag(store: str, info: dict[str, Any], key: str, events: int = EVENTS) -> dict[str, Any]:
    from tests.benchmarks.team_bench import percentile

    now0, wall0 = info["now"], time.time()
    clock = _clock(now0, wall0)
    desks: list[LagDesk] = []
    try:
        syncer = _start("syncer", store, info["worktime"], key, now0, wall0)
        desks.append(syncer)
        started = time.monotonic()
        ready = syncer.wait_for("receiver", LOAD_WITHIN_S)
        load_s = time.monotonic() - started
        followers = [_start("follower", store, info["worktime"], key, now0, wall0)
                     for _ in range(FOLLOWERS)]  # fmt: skip
        desks += followers
        told = [f.wait_for("ready", 120) for f in followers]
        posted, refused = asyncio.run(
            _deliver(ready["receiver"], ready["absent"], ready["lock"], clock, events)
        )
        deadline = time.monotonic() + SEEN_WITHIN_S
        while time.monotonic() < deadline:
            if all(posted.keys() <= f.seen.keys() for f in followers):
                break
            time.sleep(0.1)
    finally:
        for one in desks:
            one.proc.kill()
            one.proc.wait(10)
            if one.reader is not None:
                one.reader.join(5)
            if one.proc.stdout is not None:
                one.proc.stdout.close()
    stored = syncer.seen
    lags = [(f.seen[p] - stored[p]) * 1000 for f in followers for p in posted
            if p in f.seen and p in stored]  # fmt: skip
    from_post = [(f.seen[p] - posted[p]) * 1000 for f in followers for p in posted if p in f.seen]
    draws = [max((s["draws"] for s in f.lines if "draws" in s), default=0) for f in followers]
    built = [next((s["built_ms"] for s in reversed(f.lines) if "built_ms" in s), [])
             for f in followers]  # fmt: skip
    built_ms = sorted(ms for one in built for ms in one)
    return {
        "events": len(posted),
        "refused": refused,
        "samples": len(lags),
        "stored": sum(1 for p in posted if p in stored),
        "seen": [sum(1 for p in posted if p in f.seen) for f in followers],
        "unseen": [[i for i, p in enumerate(posted) if p not in f.seen] for f in followers],
        "p50_ms": round(percentile(lags, 0.5), 1),
        "p95_ms": round(percentile(lags, 0.95), 1),
        "max_ms": round(max(lags, default=0.0), 1),
        "from_delivery_p95_ms": round(percentile(from_post, 0.95), 1),
        "people": ready["people"],
        "followers_ready": [t["syncing"] is False for t in told],
        "first_load_s": round(load_s, 1),
        "follower_draws": draws,
        "board_read_ms_p50": round(percentile(built_ms, 0.5), 1) if built_ms else None,
    }


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in ("--desk", "--role", "--worktime", "--key", "--now0", "--wall0"):
        parser.add_argument(name)
    return desk(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
