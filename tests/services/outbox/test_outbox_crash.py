"""The crash test: the outbox worker killed at once (SIGKILL; on Windows TerminateProcess)
at random moments, faults injected.

Each trial queues 6 to 9 clock corrections through ``CorrectionService`` on a
fresh store, injects a random mix of faults on ``POST /attendance/clock``
(answers dropped or too slow after the write landed, connections dropped and
503s before it, 503s after it) and on the day reads that settle an unknown
outcome, then starts the worker and kills it one to three times (after its
k-th clock entry, or after a random delay), restarting it each time. A last
run, with the faults cleared, must settle the outbox and exit 0. Then every
correction is on the sandbox exactly once, or its entry waits for a manager
(``needs_attention``) and it is there at most once; nothing else was added;
every entry has its audit rows, and the chain verifies.

Each trial draws everything (corrections, faults, kills) from ``Random(trial)``:
``pytest tests/services/test_outbox_crash.py -k "trial_17"`` replays one plan
(the moments the kills land at still depend on the machine).
"""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.server import SandboxControls
from desktop.services.attendance.corrections import Correction
from desktop.store import OutboxEntry
from tests.helpers.clock import TEST_NOW_ISO
from tests.helpers.killing import KILLED
from tests.helpers.outbox import (
    NY,
    Desk,
    clock_in,
    clock_out,
    epoch,
    kill,
    local,
    posts,
    start_worker,
    wait_for,
)

TRIALS = 50
CLOCK = "/attendance/clock"
FIRST, LAST = date(2026, 11, 9), date(2026, 11, 17)  # the seeded weeks' workdays
TIMEOUT = 0.4  # the worker's --timeout, in seconds
SLOW = 0.8  # a delayed answer: longer than TIMEOUT, so the worker gives up on it
SETTLE = 0.1  # the worker's --settle: every injected fault lands (or not) before it answers
BACKOFF = 0.05  # the worker's --backoff: retries at test speed
FINAL_WAIT = 45.0  # seconds for the last run to settle everything
# What a fault does to one request; "none" lets a request through, so faults spread out.
FAULTS: dict[str, dict[str, Any]] = {
    "none": {"kind": "delay", "delay": 0.0},
    "drop_after": {"kind": "drop", "after": True},
    "slow_after": {"kind": "delay", "delay": SLOW, "after": True},
    "503_after": {"kind": "status", "status": 503, "after": True},
    "drop_before": {"kind": "drop"},
    "503_before": {"kind": "status", "status": 503},
}
READ_FAULT = "read_503"  # a 503 on the day read that decides an unknown outcome
DONE_ACTIONS = {
    "sent": {("clock_correction.sent", "sent"), ("clock_correction.verified", "landed")},
    "needs_attention": {("clock_correction.verified", "needs_attention")},
}


# -- what the trials choose from ------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """A store whose caches hold the seeded sandbox, and the corrections it accepts, by kind.

    Each group is one person's day: one correction, or an absent day's clock-in and out."""

    path: Path
    groups: dict[str, list[tuple[Correction, ...]]]


def _candidates(desk: Desk) -> dict[str, list[tuple[Correction, ...]]]:
    rows = desk.attendance.for_range(FIRST, LAST)
    groups: dict[str, list[tuple[Correction, ...]]] = {
        "forgot_out": [],
        "late_in": [],
        "absent": [],
        "undecidable": [],
    }
    for r in rows:
        ci, co = r.clock_in, r.clock_out
        if ci is not None and co is None:
            groups["forgot_out"].append((clock_out(r.employee_id, local(r.date, 17, 45)),))
        elif ci is not None and ci.astimezone(NY) > local(r.date, 9, 10):
            groups["late_in"].append((clock_in(r.employee_id, local(r.date, 8, 55)),))
        elif ci is not None and co is not None and co - ci > timedelta(hours=2):
            # An earlier clock-out leaves the day as it is: if its answer is lost,
            # the day cannot show whether it landed, and a manager must look.
            groups["undecidable"].append((clock_out(r.employee_id, co - timedelta(hours=1)),))
    seen = {(r.employee_id, r.date) for r in rows}
    for day in (FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1)):
        if day.weekday() >= 5:
            continue
        for person in desk.people.employees():
            if (person.id, day) not in seen:
                pair = (
                    clock_in(person.id, local(day, 9, 0)),
                    clock_out(person.id, local(day, 17, 30)),
                )
                groups["absent"].append(pair)
    # Valid as the console would have checked them; the undecidable ones change nothing the
    # day shows, so only a store that had not fetched the day yet would have let them in.
    return {
        kind: [g for g in found if kind == "undecidable" or not desk.corrections.check(g)]
        for kind, found in groups.items()
    }


@pytest.fixture(scope="module")
def template(sandbox_server: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Template:
    sandbox_server.controls.reset(seed=1, now=TEST_NOW_ISO)
    sandbox_server.controls.time(frozen=True, speed=1)
    path = tmp_path_factory.mktemp("crash") / "template.sqlite3"
    desk = Desk.open(path)
    desk.load(sandbox_server, FIRST, LAST)
    groups = _candidates(desk)
    desk.db.close()  # the last connection: the WAL is folded into the file, ready to copy
    assert all(len(found) >= 5 for found in groups.values()), {k: len(v) for k, v in groups.items()}
    return Template(path, groups)


@dataclass(frozen=True)
class Plan:
    corrections: list[Correction]
    undecidable: frozenset[int]  # indexes of corrections a lost answer leaves to a manager
    faults: list[str]
    kills: list[tuple[str, float, int]]  # ("post", jitter, k-th entry more) or ("after", s, 0)


def plan(trial: int, template: Template) -> Plan:
    rng = random.Random(trial)
    pool = [g for kind in ("forgot_out", "late_in", "absent") for g in template.groups[kind]]
    rng.shuffle(pool)
    if rng.random() < 0.4:
        pool.insert(rng.randrange(4), rng.choice(template.groups["undecidable"]))
    wanted = rng.randint(6, 9)
    chosen: list[Correction] = []
    days: set[tuple[str, date]] = set()
    undecidable: set[int] = set()
    for group in pool:
        day = (group[0].employee_id, group[0].day(NY))
        if day in days:
            continue
        days.add(day)
        if group in template.groups["undecidable"]:
            undecidable.add(len(chosen))
        chosen.extend(group)
        if len(chosen) >= wanted:
            break
    kinds = list(FAULTS)
    faults = [rng.choice(kinds) for _ in range(rng.randint(2, 6))]
    if rng.random() < 0.25:
        faults.append(READ_FAULT)
    kills = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.6:
            kills.append(("post", rng.uniform(0.0, 0.06), rng.randint(1, 3)))
        else:
            kills.append(("after", rng.uniform(0.25, 0.9), 0))
    return Plan(chosen, frozenset(undecidable), faults, kills)


# -- the tally printed at the end -----------------------------------------------------------


@dataclass
class Tally:
    trials: int = 0
    kills: int = 0
    mid_send: int = 0  # kills that left an entry ``sending``: its outcome unknown
    posts: int = 0
    corrections: int = 0
    needs_attention: int = 0
    max_duplicates: int = 0
    lost: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)  # verified outcomes, from the audit
    started: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        faults = ", ".join(f"{kind} {n}" for kind, n in sorted(self.faults.items()))
        checks = ", ".join(f"{kind} {n}" for kind, n in sorted(self.checks.items()))
        return (
            f"outbox crash test: {self.trials} trials, {self.corrections} corrections, "
            f"{self.kills} SIGKILLs ({self.mid_send} mid-send), {self.posts} POSTs; "
            f"faults injected: {faults}; unknown outcomes checked: {checks}; "
            f"needs attention {self.needs_attention}, lost {self.lost}, "
            f"max duplicates {self.max_duplicates}; {time.monotonic() - self.started:.1f} s"
        )


@pytest.fixture(scope="module")
def tally(request: pytest.FixtureRequest) -> Iterator[Tally]:
    found = Tally()
    yield found
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is None or capture is None or not found.trials:
        return
    with capture.global_and_fixture_disabled():  # shown without -s
        reporter.write("\n")
        reporter.write_line(found.line())


# -- one trial ------------------------------------------------------------------------------


def inject(controls: SandboxControls, faults: list[str]) -> None:
    """Faults apply in order, one request each: the n-th clock entry sent meets the n-th."""
    for name in faults:
        if name == READ_FAULT:
            controls.fault(
                "status", service="worktime", path="/attendance", method="GET", status=503
            )
        else:
            options = dict(FAULTS[name])
            kind = options.pop("kind")
            controls.fault(kind, service="worktime", path=CLOCK, method="POST", **options)


def killed_runs(sandbox: SandboxServer, desk: Desk, log: Path, p: Plan) -> tuple[int, int]:
    """Starts the worker and kills it as planned: how many kills found it running, and
    how many of those left an entry ``sending``."""
    landed = mid_send = 0
    for how, amount, more in p.kills:
        seen = len(posts(sandbox))
        worker = start_worker(
            sandbox, Path(desk.db.path), log, timeout=TIMEOUT, settle=SETTLE, backoff=BACKOFF
        )
        try:
            if how == "post":
                wait_for(_posted_or_ended(sandbox, seen + more, worker), "a clock entry")
            time.sleep(amount)
        finally:
            running = kill(worker)
        failed = f"the worker failed on its own:\n{log.read_text(encoding='utf-8')}"
        assert worker.returncode in (0, KILLED), failed
        landed += running
        mid_send += running and bool(desk.outbox.in_flight())
    return landed, mid_send


def _posted_or_ended(sandbox: SandboxServer, count: int, worker: Any) -> Callable[[], bool]:
    return lambda: worker.poll() is not None or len(posts(sandbox)) >= count


def held(sandbox: SandboxServer, c: Correction) -> int:
    """How many times the sandbox holds ``c``: its person, type and time, added by hand."""
    entries = sandbox.state.data.clocks.get((c.employee_id, c.day(NY)), [])
    ts = epoch(c.timestamp)
    return sum(e.source == "manual" and e.type == c.type and e.timestamp == ts for e in entries)


def manual_count(sandbox: SandboxServer) -> int:
    clocks = sandbox.state.data.clocks
    return sum(e.source == "manual" for entries in clocks.values() for e in entries)


def check_audit(desk: Desk, entries: list[OutboxEntry]) -> None:
    """Each entry: its queued row, and exactly one row for how it ended."""
    assert desk.audit.verify().ok, desk.audit.verify().problem
    rows = Counter(
        (row.payload.get("outbox_id"), row.action, row.outcome)
        for row in desk.audit.rows(limit=100_000)
    )
    for e in entries:
        assert rows[(e.id, "clock_correction.queued", "queued")] == 1, e
        ends = sum(rows[(e.id, a, o)] for a, o in DONE_ACTIONS[e.state])
        assert ends == 1, (e, rows)


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS), ids=lambda n: f"trial_{n}")
def test_killed_worker_leaves_each_correction_once_or_with_a_manager(
    sandbox: SandboxServer, template: Template, tally: Tally, tmp_path: Path, trial: int
) -> None:
    p = plan(trial, template)
    path, log = tmp_path / "frontdesk.sqlite3", tmp_path / "worker.log"
    shutil.copyfile(template.path, path)
    desk = Desk.open(path)
    try:
        queued = desk.queue_unseen(*p.corrections)  # some change nothing the day shows
        inject(sandbox.controls, p.faults)

        kills, mid_send = killed_runs(sandbox, desk, log, p)
        sandbox.controls.clear_faults()
        worker = start_worker(sandbox, path, log, timeout=TIMEOUT, settle=SETTLE, backoff=BACKOFF)
        try:
            assert worker.wait(FINAL_WAIT) == 0, log.read_text(encoding="utf-8")
        finally:
            kill(worker)

        entries = [desk.entry(e.id) for e in queued]
        times = [held(sandbox, c) for c in p.corrections]
        said = log.read_text(encoding="utf-8")
        story = f"trial {trial}: {p}\n{[e.state for e in entries]}\n{times}\n{said}"
        lost = sum(e.state not in DONE_ACTIONS for e in entries)
        for n, (entry, count) in enumerate(zip(entries, times, strict=True)):
            assert entry.state in DONE_ACTIONS, story  # none lost: sent or with a manager
            assert count == 1 if entry.state == "sent" else count <= 1, story  # none doubled
            if n not in p.undecidable:  # its day shows whether it landed: no manager needed
                assert entry.state == "sent", story
        assert manual_count(sandbox) == sum(times), story  # and nothing else added
        check_audit(desk, entries)
        checks = Counter(r.outcome for r in desk.audit.rows(action="clock_correction.verified"))
    finally:
        desk.db.close()

    tally.trials += 1
    tally.kills += kills
    tally.mid_send += mid_send
    tally.checks.update(checks)
    tally.posts += len(posts(sandbox))
    tally.corrections += len(entries)
    tally.needs_attention += sum(e.state == "needs_attention" for e in entries)
    tally.max_duplicates = max(tally.max_duplicates, max(times) - 1, 0)
    tally.lost += lost
    tally.faults.update(p.faults)
