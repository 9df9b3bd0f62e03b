"""Desks killed while they queue corrections: none lost, none doubled (team_bench part 5).

Three desk processes over one PostgreSQL store, each a ``Session`` with its WorkTimeClient
to a sandbox of this process's own (its clock running from ``NOW`` at real speed, so what
it holds can be read at the end), queue manual clock corrections as a manager does, through
``session.corrections.queue`` (the correction dialog's path: ``CorrectionService``, the
outbox, the audit log, one transaction), one every ``QUEUE_EVERY_S``. Whichever holds the
sync lease sends them (its ``OutboxSender``). ``--trials`` times, after a random pause, one
desk chosen at random (the syncer or not) is killed with SIGKILL and a new desk process
starts in its place. Then the desks stop queueing, the outbox is left to settle (the new
syncer's crash recovery checks what a killed one was sending), and each correction a desk
acknowledged (``queue`` returned; the desk printed it) is looked up in what the sandbox
holds, by the token in its note: ``lost`` never landed, ``doubled`` landed more than once
(any correction, acknowledged or not). Numbers for the record: nothing here asserts.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

__test__ = False

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # the sandbox's start: Wednesday 10:00 NY
ZONE = "America/New_York"
QUEUE_EVERY_S = (0.1, 0.3)  # a desk's pause between two corrections (uniform)
KILL_EVERY_S = (0.5, 2.5)  # between two kills (uniform)
PER_DESK = 240  # corrections a desk process may queue (one a minute from 20:00 local)
SETTLE_WITHIN_S = 90.0  # for the outbox to settle once the desks stop queueing
TOKEN = re.compile(r"Other: (t\d+-\d+) \(by ")
DAYS = (date(2026, 11, 17), date(2026, 11, 16), date(2026, 11, 13), date(2026, 11, 12))


# -- a desk, in a process of its own ----------------------------------------------------------


async def _desk(args: Any) -> None:
    from zoneinfo import ZoneInfo

    from desktop.api import WorkTimeClient
    from desktop.messages import MessageBus
    from desktop.services.attendance.corrections import Correction, CorrectionRejected
    from desktop.services.session import Session
    from desktop.store import open_store
    from desktop.tasks import TaskRunner

    now0, wall0 = datetime.fromisoformat(args.now0), float(args.wall0)

    def clock() -> datetime:  # the sandbox's, which runs at real speed
        return now0 + timedelta(seconds=time.time() - wall0)

    manager = f"Desk {args.tag}"
    session = Session(open_store(args.desk), TaskRunner(MessageBus()), now=clock)
    session.set_zone(ZONE)
    session.sign_in(manager)
    client = WorkTimeClient(args.worktime, args.key)
    session.use_worktime(client)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    day = date.fromisoformat(args.day)
    first = datetime(day.year, day.month, day.day, 20, 0, tzinfo=ZoneInfo(ZONE))
    pace = random.Random(args.tag)
    told = False
    k = 0
    while True:
        if not told and session.team is not None and session.team.syncing:
            print(json.dumps({"syncing": time.time()}), flush=True)
            told = True
        if not stop.is_set() and k < PER_DESK:
            token = f"t{args.tag}-{k}"
            at = first + timedelta(minutes=k)
            c = Correction(employee_id=args.employee, type="clock_out", timestamp=at,
                           reason="Other", note=token)  # fmt: skip
            k += 1
            try:
                (entry,) = session.corrections.queue([c], manager, session.corrections.basis())
            except CorrectionRejected as exc:
                print(json.dumps({"refused": token, "why": str(exc.errors)}), flush=True)
            else:
                print(json.dumps({"queued": token, "entry": entry.id}), flush=True)
        await asyncio.sleep(pace.uniform(*QUEUE_EVERY_S))


def desk(args: Any) -> int:
    asyncio.run(_desk(args))
    return 0


# -- the run --------------------------------------------------------------------------------------


@dataclass
class DeskProc:
    proc: subprocess.Popen[str]
    tag: int
    queued: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)
    syncing: bool = False
    reader: threading.Thread | None = None

    def read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            said = json.loads(line)
            if "queued" in said:
                self.queued.add(said["queued"])
            elif "refused" in said:
                self.refused.append(said["why"])
            elif "syncing" in said:
                self.syncing = True


def _pairs(sandbox: Any) -> list[tuple[str, date]]:
    """(employee, day) for each desk process: active people hired before the day."""
    people = [e for e in sandbox.state.data.employees.values() if e.status == "active"]
    pairs = []
    for day in DAYS:
        start = datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()
        pairs += [(e.id, day) for e in people if e.created_at < start]
    return pairs


def _start(store: str, sandbox: Any, key: str, tag: int, pair: tuple[str, date]) -> DeskProc:
    now0 = sandbox.state.clock.now()
    wall0 = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.team_crash", "--desk", store,
         "--worktime", sandbox.url("worktime"), "--key", key, "--tag", str(tag),
         "--employee", pair[0], "--day", pair[1].isoformat(),
         "--now0", now0.isoformat(), "--wall0", repr(wall0)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    made = DeskProc(proc, tag)
    made.reader = threading.Thread(target=made.read, daemon=True)
    made.reader.start()
    return made


def _landed(sandbox: Any) -> Counter[str]:
    found: Counter[str] = Counter()
    for entries in sandbox.state.data.clocks.values():
        for e in entries:
            match = TOKEN.search(e.notes or "") if e.source == "manual" else None
            if match:
                found[match.group(1)] += 1
    return found


def _outbox(url: str) -> list[Any]:
    from desktop.store import Outbox, open_store

    db = open_store(url)
    try:
        return Outbox(db).entries(limit=100_000)
    finally:
        db.close()


def _verified(url: str) -> Counter[str]:
    """The audit log's checks of an entry whose outcome was open, by their outcome."""
    from desktop.store import open_store

    db = open_store(url)
    try:
        rows = db.conn.execute("SELECT outcome FROM audit WHERE action LIKE '%.verified'")
        return Counter(str(row[0]) for row in rows.fetchall())
    finally:
        db.close()


def crash_trials(url: str, trials: int, seed: int = 18) -> dict[str, Any]:
    from desktop.sandbox import SandboxServer
    from desktop.sandbox.credentials import worktime_key

    key = worktime_key("read_write", "enterprise")
    chance = random.Random(seed)
    sandbox = SandboxServer(now=NOW).start()
    desks: list[DeskProc] = []
    gone: list[DeskProc] = []
    kills: Counter[str] = Counter()
    started = time.monotonic()
    try:
        pairs = _pairs(sandbox)
        chance.shuffle(pairs)
        tags = iter(range(len(pairs)))

        def fresh() -> DeskProc:
            tag = next(tags)
            return _start(url, sandbox, key, tag, pairs[tag])

        desks = [fresh() for _ in range(3)]
        for _ in range(trials):
            time.sleep(chance.uniform(*KILL_EVERY_S))
            victim = chance.choice(desks)
            kills["syncer" if victim.syncing else "follower"] += 1
            victim.proc.kill()  # SIGKILL; on Windows TerminateProcess
            victim.proc.wait(10)
            if victim.syncing and any(e.state == "sending" for e in _outbox(url)):
                kills["syncer_mid_send"] += 1
            desks[desks.index(victim)] = fresh()
            gone.append(victim)
        killing_s = time.monotonic() - started
        for one in desks:  # no more corrections: what is queued is left to settle
            assert one.proc.stdin is not None
            one.proc.stdin.close()
        deadline = time.monotonic() + SETTLE_WITHIN_S
        while time.monotonic() < deadline:
            entries = _outbox(url)
            if not any(e.state in ("queued", "sending") for e in entries):
                break
            time.sleep(0.5)
        settle_s = time.monotonic() - started - killing_s
        entries, verified = _outbox(url), _verified(url)
    finally:
        for one in desks:
            one.proc.kill()
            one.proc.wait(10)
        for one in [*desks, *gone]:
            if one.reader is not None:
                one.reader.join(5)
            if one.proc.stdout is not None:
                one.proc.stdout.close()
        landed = _landed(sandbox)
        sandbox.stop()
    acknowledged = set().union(*(d.queued for d in [*desks, *gone]))
    notes = {TOKEN.search(str(e.payload.get("notes"))): e for e in entries}
    by_token = {m.group(1): e for m, e in notes.items() if m}
    lost = sorted(t for t in acknowledged if landed[t] == 0)
    doubled = sorted(t for t, n in landed.items() if n > 1)
    states = Counter(e.state for e in entries)
    return {
        "trials": trials,
        "lost": len(lost),
        "doubled": len(doubled),
        "acknowledged": len(acknowledged),
        "landed": sum(1 for n in landed.values() if n),
        "landed_unacknowledged": sum(1 for t, n in landed.items() if n and t not in acknowledged),
        "in_outbox": len(entries),
        "outbox_states": dict(states),
        "lost_states": dict(Counter(by_token[t].state if t in by_token else "-" for t in lost)),
        "lost_tokens": lost[:20],
        "doubled_tokens": doubled[:20],
        "refused": sum(len(d.refused) for d in [*desks, *gone]),
        "refused_first": next((d.refused[0] for d in [*desks, *gone] if d.refused), None),
        "kills": dict(kills),
        "checked_after_a_crash": dict(verified),
        "killing_s": round(killing_s, 1),
        "settle_s": round(settle_s, 1),
    }


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in ("--desk", "--worktime", "--key", "--employee", "--day", "--now0", "--wall0"):
        parser.add_argument(name)
    parser.add_argument("--tag", type=int)
    return desk(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
