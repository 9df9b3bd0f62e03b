"""A simulated working day of the live board on each plan, against the sandbox in its own process.

    python -m tests.benchmarks.budget_bench --sandbox '{...}' --json out.json [--plans free]

The day of ``tests/services/test_budget_day.py`` (09:00-17:00 New York, live
mode, the board's refresh loop and three clicks of a manager, the scheduler's
sleeps moving a frozen clock), run against the sandbox process that
``run.py`` started: it is reset to the test's small live data set first. For
each plan: requests spent, 429s, refreshes, and the board's median and worst
staleness (the time between two refreshes).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from desktop.sandbox.server import SERVICE_PATHS, SandboxControls
from tests.helpers.budget_day import DAY_START, PLANS, live_day

__test__ = False


class RemoteSandbox:
    """What ``live_day`` uses of a ``SandboxServer``, for one in another process."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.controls = SandboxControls(base_url)

    def url(self, service: str) -> str:
        return self.base_url + SERVICE_PATHS[service]


def day(sandbox: RemoteSandbox, plan: str) -> dict[str, Any]:
    sandbox.controls.reset(seed=1, now=DAY_START.isoformat(), live=True)
    sandbox.controls.time(frozen=True)
    result = asyncio.run(live_day(sandbox, plan))  # type: ignore[arg-type]
    return {
        "requests": result.requests,
        "429s": result.refused,
        "refreshes": result.refreshes,
        "failures": result.failures,
        "budget_interval_s": result.interval.total_seconds(),
        "median_staleness_s": result.median.total_seconds(),
        "worst_staleness_s": result.worst.total_seconds(),
        "user_waits_s": [round(w.total_seconds(), 1) for w in result.user_waits],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", required=True, help="sandbox_proc.py's JSON line")
    parser.add_argument("--plans", nargs="*", default=list(PLANS))
    parser.add_argument("--json", required=True)
    args = parser.parse_args()
    sandbox = RemoteSandbox(json.loads(args.sandbox)["url"])
    try:
        result = {plan: day(sandbox, plan) for plan in args.plans}
    finally:
        sandbox.controls.close()
    with open(args.json, "w", encoding="utf-8") as file:
        json.dump(result, file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
