"""Front Desk's benchmarks: how fast, how light, how close to the limit.

    python tests/benchmarks/run.py [--quick] [--json out.json]

Starts the sandbox in its own process (``sandbox_proc.py``: 20,000 people and
200,000 lock events; ``--quick``: 2,000 and 20,000, under a minute), then runs
each part in its own process, bounded in time, and prints one table:

- ``console_bench.py``: the console started for real (offscreen) on an empty
  store; the responsiveness monitor on its Qt thread while a full sync and then
  history filters over the synced events run; requests against the minimum;
  filter latency; memory over the idle console;
- ``fetch_baselines.py``: the same pages fetched by a bare ``httpx`` loop, and
  page by page as the vendors' examples do;
- ``webhook_bench.py``: WorkTime One's webhooks: a clock-in's way to the Today page
  during a full sync, the Qt thread during a burst of 10,000 deliveries (forged and
  replayed ones among them, none applied), the free plan's day with webhooks against
  polling only;
- ``budget_bench.py``: a simulated working day of the live board on each plan;
- ``team_bench.py``: team mode on a throwaway PostgreSQL cluster: a killed syncer's
  lease taken over by another desk, the Locks page's filters on PostgreSQL over
  SQLite with the same events, three desks' free-plan day over one desk's requests, a
  stored event's way to the other desks' Today pages, and desks killed while queueing
  corrections (none lost or doubled);
- start-up: ``python -m desktop`` on the synced store (``FRONTDESK_QUIT_WHEN_READY``
  prints a line at its first paint and quits) against ``bare_window.py``, a bare
  PySide6 window, alternating, median of several, with bytecode cached as an
  installed copy has it; the PyInstaller build (``dist/frontdesk``) the same way
  when there is one.

Every figure is a ratio against a baseline measured in the same run, or a count,
so it holds on a noisy machine. ``--json`` writes the same figures (and the
details behind them). Numbers for the record: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__test__ = False

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
BUNDLE = ROOT / "dist" / "frontdesk"
READY = "frontdesk-ready"
LOADED = "frontdesk-loaded"  # the console's second mark (the bare window has only the first)
READY_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Size:
    employees: int
    events: int
    startup_runs: int
    searches: int
    toggles: int
    plans: tuple[str, ...]
    timeout_s: float
    takeovers: int  # syncers killed, one at a time (team_bench)
    team_day_s: float  # the team's free-plan day, compressed into this many seconds
    crash_trials: int  # desks killed while queueing corrections (team_bench)
    lag_events: int  # events whose way to the other desks' boards is timed (team_bench)


FULL = Size(20_000, 200_000, 7, 4, 3, ("free", "paid", "enterprise"), 900, 3, 60, 50, 100)
QUICK = Size(2_000, 20_000, 3, 2, 1, ("free",), 120, 1, 30, 20, 60)
TEAM_EXTRA_S = 300  # team_bench's parts beside the others' bound (a day, 50 kills, a sync)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env | extra


def run_module(module: str, args: Sequence[str], timeout: float, env: dict[str, str]) -> None:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", f"tests.benchmarks.{module}", *args],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=timeout,
    )
    log(f"  {module}: {time.perf_counter() - started:.1f} s")


class Sandbox:
    """``sandbox_proc.py`` in its own process; it stops when its stdin closes."""

    def __init__(self, size: Size, env: dict[str, str]) -> None:
        command = [sys.executable, str(BENCH / "sandbox_proc.py")]
        command += ["--employees", str(size.employees), "--events", str(size.events)]
        command += ["--lifetime", str(size.timeout_s * 3)]
        self.proc = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.stop()
            raise RuntimeError("the sandbox did not start")
        self.line = line.strip()
        self.info: dict[str, Any] = json.loads(self.line)

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@dataclass
class Start:
    ready_s: float = float("nan")  # to the first frame (the ready line)
    loaded_s: float = float("nan")  # to the whole console (the loaded line), if it has one
    ready_line: str = ""
    loaded_line: str = ""

    @property
    def stall_ms(self) -> float | None:
        """The Qt thread's longest stall between the two lines, as the console says."""
        for word in self.loaded_line.split():
            if word.startswith("stall_ms="):
                return float(word.removeprefix("stall_ms="))
        return None


def time_to_ready(command: list[str], env: dict[str, str]) -> Start:
    """Seconds from launching ``command`` to its ready line, and to its loaded line."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    start = Start()
    watchdog = threading.Timer(READY_TIMEOUT_S, proc.kill)  # one that never gets ready
    watchdog.start()
    for text in proc.stdout:
        if text.startswith(READY):
            start.ready_s, start.ready_line = time.perf_counter() - started, text.strip()
        elif text.startswith(LOADED):
            start.loaded_s, start.loaded_line = time.perf_counter() - started, text.strip()
            break
    try:
        proc.wait(READY_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    watchdog.cancel()
    return start


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def startups(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, Any]:
    """Each command once to warm up (and cache its bytecode), then ``runs`` rounds in turn."""
    ready: dict[str, list[float]] = {name: [] for name in commands}
    loaded: dict[str, list[float]] = {name: [] for name in commands}
    stalls: dict[str, list[float]] = {name: [] for name in commands}
    lines: dict[str, Start] = {
        name: time_to_ready(command, env) for name, command in commands.items()
    }
    going = {name: command for name, command in commands.items() if lines[name].ready_line}
    for _ in range(runs):
        for name, command in going.items():
            start = time_to_ready(command, env)
            if start.ready_line:
                ready[name].append(start.ready_s * 1000)
                lines[name] = start
            if start.loaded_line:
                loaded[name].append(start.loaded_s * 1000)
            if start.stall_ms is not None:
                stalls[name].append(start.stall_ms)
    return {
        name: {
            "median_ms": _median(ready[name]),
            "runs_ms": [round(x, 1) for x in ready[name]],
            "ready_line": lines[name].ready_line,
            "loaded_median_ms": _median(loaded[name]),
            "loaded_runs_ms": [round(x, 1) for x in loaded[name]],
            "loaded_line": lines[name].loaded_line,
            "stall_after_ready_ms": [round(x, 1) for x in stalls[name]],
        }
        for name in commands
    }


def folder_mb(folder: Path) -> float:
    """Bytes on disk in the folder, each file once (links inside the bundle not followed)."""
    files = (p.lstat() for p in folder.rglob("*"))
    return sum(s.st_size for s in files if not stat.S_ISLNK(s.st_mode)) / 1e6


def measure(size: Size, work: Path) -> dict[str, Any]:
    env = child_env(PYTHONPYCACHEPREFIX=str(work / "pycache"))
    home = work / "home"
    console_json, fetch_json, webhook_json, budget_json, team_json = (
        work / f"{name}.json" for name in ("console", "fetch", "webhook", "budget", "team")
    )
    log(f"Sandbox: {size.employees:,} people, {size.events:,}+ lock events…")
    started = time.perf_counter()
    sandbox = Sandbox(size, env)
    log(f"  sandbox_proc: {time.perf_counter() - started:.1f} s, {sandbox.info['events']:,} events")
    try:
        run_module(
            "console_bench",
            ["--sandbox", sandbox.line, "--home", str(home), "--json", str(console_json),
             "--searches", str(size.searches), "--toggles", str(size.toggles)],
            size.timeout_s, env,
        )  # fmt: skip
        run_module(
            "fetch_baselines",
            ["--sandbox", sandbox.line, "--replay", str(console_json), "--json", str(fetch_json)],
            size.timeout_s, env,
        )  # fmt: skip
        run_module(
            "webhook_bench",
            ["--sandbox", sandbox.line, "--json", str(webhook_json)],
            size.timeout_s + 300, env,
        )  # fmt: skip
        # (webhook_bench ends on the live day, reset as budget_bench resets it after)
        run_module(
            "budget_bench",
            ["--sandbox", sandbox.line, "--json", str(budget_json), "--plans", *size.plans],
            size.timeout_s, env,
        )  # fmt: skip
        run_module(
            "team_bench",
            ["--sandbox", sandbox.line, "--json", str(team_json), "--trials", str(size.takeovers),
             "--employees", str(size.employees), "--events", str(size.events),
             "--day-seconds", str(size.team_day_s), "--crash-trials", str(size.crash_trials),
             "--lag-events", str(size.lag_events)],
            size.timeout_s + TEAM_EXTRA_S, env,
        )  # fmt: skip
    finally:
        sandbox.stop()
    console = json.loads(console_json.read_text(encoding="utf-8"))
    fetch = json.loads(fetch_json.read_text(encoding="utf-8"))
    budget = json.loads(budget_json.read_text(encoding="utf-8"))
    webhook = json.loads(webhook_json.read_text(encoding="utf-8"))
    team = json.loads(team_json.read_text(encoding="utf-8"))

    log("Start-up: a bare PySide6 window and the console on the synced store…")
    ready_env = env | {"FRONTDESK_HOME": str(home), "FRONTDESK_QUIT_WHEN_READY": "1"}
    commands = {
        "bare": [sys.executable, str(BENCH / "bare_window.py")],
        "console": [sys.executable, "-m", "desktop"],
    }
    bundled = BUNDLE / ("frontdesk.exe" if sys.platform == "win32" else "frontdesk")
    if bundled.exists():
        commands["bundled"] = [str(bundled)]
    started = time.perf_counter()
    start = startups(commands, size.startup_runs, ready_env)
    log(f"  start-ups: {time.perf_counter() - started:.1f} s")
    return figures(size, sandbox.info, console, fetch, budget, webhook, team, start, bundled)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest rank, as ``ResponsivenessMonitor.percentile_ms``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def ratio(a: float | None, b: float | None, digits: int = 2) -> float | None:
    return round(a / b, digits) if a is not None and b else None


def figures(
    size: Size,
    sandbox: dict[str, Any],
    console: dict[str, Any],
    fetch: dict[str, Any],
    budget: dict[str, Any],
    webhook: dict[str, Any],
    team: dict[str, Any],
    start: dict[str, Any],
    bundled: Path,
) -> dict[str, Any]:
    sync, flt = console["sync"], console["filter"]
    lateness = console["sync_lateness"] + console["filter_lateness"]
    bare = start["bare"]["median_ms"]
    result: dict[str, Any] = {
        "size": {"employees": sandbox["employees"], "events": sandbox["events"]},
        "startup_ratio": ratio(start["console"]["median_ms"], bare),
        "startup_loaded_ratio": ratio(start["console"]["loaded_median_ms"], bare),
        "startup_stall_ms": _median(start["console"]["stall_after_ready_ms"]),
        "max_stall_ms": round(max(lateness, default=0.0), 1),
        "p99_stall_ms": round(percentile(lateness, 0.99), 1),
        "requests_over_minimum": ratio(sync["requests"], sync["minimum"], 3),
        "refresh_requests": max(sync["refresh_requests"].values(), default=0),
        "sync_vs_raw": ratio(sync["seconds"], fetch["raw"]["seconds"]),
        "naive_vs_ours": ratio(fetch["naive"]["seconds"], sync["seconds"]),
        "filter_p95_ms": flt["latency_p95_ms"],
        "rss_mb_over_idle": round(console["rss_loaded_mb"] - console["rss_idle_mb"], 1),
        "budget_day": {
            plan: {
                "requests": day["requests"],
                "429s": day["429s"],
                "median_staleness_s": day["median_staleness_s"],
                "worst_staleness_s": round(day["worst_staleness_s"], 1),
                "budget_interval_s": day["budget_interval_s"],
            }
            for plan, day in budget.items()
        },
        **webhook_figures(webhook),
        "team_takeover_s": team["takeover"]["max_s"],
        "team_store_vs_sqlite": team["store"]["ratio"],
        **team_figures(team),
        "bundle_mb": None,
        "bundled_startup_ratio": None,
    }
    if "bundled" in start and start["bundled"]["median_ms"] is not None:
        result["bundle_mb"] = round(folder_mb(BUNDLE), 1)
        result["bundled_startup_ratio"] = ratio(start["bundled"]["median_ms"], bare)
    elif "bundled" in start:
        result["bundle_mb"] = round(folder_mb(BUNDLE), 1)
        result["bundled_startup_ratio_reason"] = (
            f"{bundled} never printed its ready line: a build from before "
            "FRONTDESK_QUIT_WHEN_READY; rebuild with tools/build.sh"
        )
    else:
        reason = f"no PyInstaller build at {BUNDLE} (tools/build.sh makes one)"
        result["bundle_mb_reason"] = result["bundled_startup_ratio_reason"] = reason
    sync_details = {k: v for k, v in sync.items() if k != "replay"}
    result["details"] = {
        "startup": start,
        "stalls": {
            "idle_console": console["idle"],
            "sync": sync["stalls"],
            "filter": flt["stalls"],
        },
        "sync": sync_details,
        "raw": fetch["raw"],
        "naive": fetch["naive"],
        "filter": {k: v for k, v in flt.items() if k != "stalls"},
        "memory_mb": {
            "idle_console": round(console["rss_idle_mb"], 1),
            "loaded": round(console["rss_loaded_mb"], 1),
            **console["loaded"],
        },
        "budget_day": budget,
        "webhooks": webhook,
        "team": team,
    }
    return result


def webhook_figures(webhook: dict[str, Any]) -> dict[str, Any]:
    latency, burst, day = webhook["latency"], webhook["burst"], webhook["day"]
    forged = burst["forged_or_replayed_kept"] + burst["forged_or_replayed_lock_events"]
    return {
        "webhook_p95_ms": latency["p95_ms"] if latency["seen"] else None,
        "webhook_burst_max_stall_ms": burst["max_stall_ms"],
        "webhook_forged_applied": forged,
        "webhook_requests_ratio": day["requests_ratio"],
        "webhook_staleness_s": day["webhooks"]["median_staleness_s"],
    }


def team_figures(team: dict[str, Any]) -> dict[str, Any]:
    crash = team["crash"]
    trials = {key: crash[key] for key in ("trials", "lost", "doubled")}
    if crash["trials"] < FULL.crash_trials:
        trials["note"] = f"the quick run kills {crash['trials']}; the full run {FULL.crash_trials}"
    return {
        "team_requests_ratio": team["requests"]["ratio"],
        "team_board_lag_p95_ms": team["lag"]["p95_ms"] if team["lag"]["samples"] else None,
        "team_crash_trials": trials,
    }


def team_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    team = result["details"]["team"]
    takeover, store = team["takeover"], team["store"]
    one, three = team["requests"]["one_desk"], team["requests"]["three_desks"]
    lag, crash = team["lag"], team["crash"]
    trials = result["team_crash_trials"]
    return [
        ("team_takeover_s",
         f"{result['team_takeover_s']} (worst of {takeover['trials']}: {takeover['seconds']})",
         "<= 15"),
        ("team_store_vs_sqlite",
         f"{result['team_store_vs_sqlite']} (p95 {store['postgresql']['p95_ms']} ms / "
         f"{store['sqlite']['p95_ms']} ms, {store['events']:,} events)", "<= 2"),
        ("team_requests_ratio",
         f"{result['team_requests_ratio']} ({three['requests']} / {one['requests']} requests, "
         f"by desk {three['by_desk']}; 429s {three['429s']} / {one['429s']})",
         "<= 1.05, 0 429s"),
        ("team_board_lag_p95_ms",
         f"{result['team_board_lag_p95_ms']} (p50 {lag['p50_ms']}, max {lag['max_ms']}; "
         f"{lag['samples']} of {lag['events']} x {len(lag['seen'])} seen, {lag['people']:,} "
         f"people; from the delivery p95 {lag['from_delivery_p95_ms']})", "<= 500"),
        ("team_crash_trials",
         f"{trials['lost']} lost, {trials['doubled']} doubled in {trials['trials']} kills "
         f"({crash['kills']}; {crash['acknowledged']} acknowledged, {crash['landed']} landed)",
         "0 lost, 0 doubled"),
    ]  # fmt: skip


def webhook_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    hooks = result["details"]["webhooks"]
    latency, burst, day = hooks["latency"], hooks["burst"], hooks["day"]
    polling, pushed = day["polling"], day["webhooks"]
    return [
        ("webhook_p95_ms",
         f"{result['webhook_p95_ms']} (p50 {latency['p50_ms']}, max {latency['max_ms']}; "
         f"{latency['seen']}/{latency['events']} seen, {latency['posted_during_sync']} "
         f"during the sync; from before the POST p95 {latency['from_before_post_p95_ms']})",
         "<= 250"),
        ("webhook_burst_max_stall_ms",
         f"{result['webhook_burst_max_stall_ms']} (p99 {burst['p99_stall_ms']}; "
         f"{burst['applied']:,}/{burst['good']:,} applied, sent in {burst['seconds']} s)",
         "<= 50"),
        ("webhook_forged_applied",
         f"{result['webhook_forged_applied']} (of {burst['forged']} forged, "
         f"{burst['replayed']} replayed)", "0"),
        ("webhook_requests_ratio",
         f"{result['webhook_requests_ratio']} ({pushed['requests']} / {polling['requests']} "
         f"requests, 429s {pushed['429s']} / {polling['429s']})", "<= 0.2"),
        ("webhook_staleness_s",
         f"{result['webhook_staleness_s']} (polling {polling['median_staleness_s']:.0f} s; "
         f"receive->apply {pushed['receive_to_apply_ms']['median']} ms)", "<= 2"),
    ]  # fmt: skip


def table(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(figure, value, target) rows."""
    d = result["details"]
    sync, start = d["sync"], d["startup"]

    def ms(name: str, key: str = "median_ms") -> str:
        value = start.get(name, {}).get(key)
        return "-" if value is None else f"{value:.0f} ms"

    def loaded(name: str) -> str:
        return ms(name, "loaded_median_ms")

    idle, flt, raw, naive, memory = (
        d["stalls"]["idle_console"],
        d["filter"],
        d["raw"],
        d["naive"],
        d["memory_mb"],
    )
    rows = [
        ("startup_ratio", f"{result['startup_ratio']} ({ms('console')} / bare {ms('bare')})",
         "<= 1.5"),
        ("startup_loaded_ratio",
         f"{result['startup_loaded_ratio']} (the whole console: {loaded('console')})", "-"),
        ("startup_stall_ms",
         f"{result['startup_stall_ms']} (the Qt thread's longest stall from the first frame "
         "to the whole console, median of the runs)", "-"),
        ("max_stall_ms", f"{result['max_stall_ms']} (idle console {idle['max_ms']})", "<= 50"),
        ("p99_stall_ms", f"{result['p99_stall_ms']} (idle console {idle['p99_ms']})", "-"),
        ("requests_over_minimum",
         f"{result['requests_over_minimum']} ({sync['requests']} / {sync['minimum']})", "1.0"),
        ("refresh_requests", f"{result['refresh_requests']} per lock, nothing new", "1"),
        ("sync_vs_raw", f"{result['sync_vs_raw']} ({sync['seconds']} s / {raw['seconds']} s)",
         "-"),
        ("naive_vs_ours",
         f"{result['naive_vs_ours']} ({naive['seconds']} s, {naive['requests']} requests)", "-"),
        ("filter_p95_ms",
         f"{result['filter_p95_ms']} (max {flt['latency_max_ms']}, {flt['samples']} changes)",
         "<= 50"),
        ("rss_mb_over_idle",
         f"{result['rss_mb_over_idle']} (idle {memory['idle_console']} MB, "
         f"{memory['rows_in_table']:,} rows in the table)", "-"),
    ]  # fmt: skip
    for plan, day in result["budget_day"].items():
        target = "0 429s; worst <= 1.5 x interval" if plan == "free" else "0 429s"
        rows.append((
            f"budget_day.{plan}",
            f"{day['requests']} requests, {day['429s']} 429s, staleness median "
            f"{day['median_staleness_s']:.0f} s / worst {day['worst_staleness_s']:.0f} s "
            f"(interval {day['budget_interval_s']:.0f} s)",
            target,
        ))  # fmt: skip
    rows += webhook_rows(result)
    rows += team_rows(result)
    bundle = result["bundle_mb"]
    rows.append(("bundle_mb", "null" if bundle is None else f"{bundle}", "-"))
    bundled = result["bundled_startup_ratio"]
    rows.append((
        "bundled_startup_ratio",
        result.get("bundled_startup_ratio_reason", "null") if bundled is None
        else f"{bundled} ({ms('bundled')})",
        "<= 1.5",
    ))  # fmt: skip
    return rows


def print_table(result: dict[str, Any]) -> None:
    rows = table(result)
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    size = result["size"]
    print(f"\nFront Desk benchmarks ({size['employees']:,} people, {size['events']:,} events)")
    print(f"  {'figure':<{width}}  {'value':<{value_width}}  target")
    for name, value, target in rows:
        print(f"  {name:<{width}}  {value:<{value_width}}  {target}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller set, under a minute")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--keep", type=Path, default=None, help="keep the work folder here")
    args = parser.parse_args(argv)
    size = QUICK if args.quick else FULL
    started = time.perf_counter()
    if args.keep:
        shutil.rmtree(args.keep, ignore_errors=True)
        args.keep.mkdir(parents=True)
        result = measure(size, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="frontdesk-bench-") as folder:
            result = measure(size, Path(folder))
    result["wall_s"] = round(time.perf_counter() - started, 1)
    print_table(result)
    print(f"  (wall time {result['wall_s']} s)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"Wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
