"""Two ways to fetch what a full sync fetches, timed, as baselines for ``SyncService``.

    python -m tests.benchmarks.fetch_baselines --sandbox '{...}' --replay sync.json \
        --json out.json

- raw: a bare ``httpx.AsyncClient`` loop that fetches exactly the requests the sync
  made (``--replay``: the paths and queries the sandbox logged), in the same order,
  employees one page after another and then the lock histories two locks at a time
  as the sync walks them, and only reads each body: no parsing, no storing. The
  floor for what the sync does over the same sockets.
- naive: a sequential page-by-page fetch as the vendors' examples do it: one
  ``requests.get`` (a new connection) a page, the default page size (50), each body
  parsed as JSON and its rows kept, until a page comes back short; locks, every
  employee, every lock's history.

Each uses its own key (its own hourly allowance) on the enterprise plan.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import defaultdict
from typing import Any

import httpx
import requests

from desktop.sandbox import worktime_key

__test__ = False

NAIVE_PAGE = 50  # WorkTime One's default page size


async def raw(base: str, replay: list[dict[str, Any]], concurrency: int = 2) -> dict[str, Any]:
    """Fetch the logged requests again, as the sync ordered them; read the bodies only."""
    headers = {"Authorization": f"Bearer {worktime_key('read', 'enterprise')}"}
    heads = [r for r in replay if not r["collection"].startswith("history:")]
    walks: dict[str, list[str]] = defaultdict(list)
    for r in replay:
        if r["collection"].startswith("history:"):
            walks[r["collection"]].append(_target(r))
    received = 0
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
        started = time.perf_counter()
        for r in heads:
            received += len((await client.get(_target(r))).content)
        gate = asyncio.Semaphore(concurrency)

        async def walk(targets: list[str]) -> int:
            got = 0
            async with gate:
                for target in targets:
                    response = await client.get(target)
                    response.raise_for_status()
                    got += len(response.content)
            return got

        received += sum(await asyncio.gather(*(walk(t) for t in walks.values())))
        seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), "requests": len(replay), "mb": round(received / 1e6, 1)}


def _target(request: dict[str, Any]) -> str:
    """The logged path is relative to the service's base URL."""
    return request["path"].lstrip("/") + (f"?{request['query']}" if request["query"] else "")


def naive(base: str) -> dict[str, Any]:
    """Page by page with ``requests``, one connection a request, as a vendor's example."""
    headers = {"Authorization": f"Bearer {worktime_key('read_write', 'enterprise')}"}
    requests_made = 0

    def every_page(path: str) -> list[dict[str, Any]]:
        nonlocal requests_made
        rows: list[dict[str, Any]] = []
        page = 1
        while True:
            response = requests.get(base + path, params={"page": page}, headers=headers, timeout=60)
            requests_made += 1
            response.raise_for_status()
            data = response.json()["data"]
            rows.extend(data)
            if len(data) < NAIVE_PAGE:
                return rows
            page += 1

    started = time.perf_counter()
    response = requests.get(base + "/locks", headers=headers, timeout=60)
    requests_made += 1
    locks = response.json()["data"]
    employees = every_page("/employees")
    events = sum(len(every_page(f"/locks/{lock['id']}/history")) for lock in locks)
    seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 3),
        "requests": requests_made,
        "employees": len(employees),
        "events": events,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", required=True, help="sandbox_proc.py's JSON line")
    parser.add_argument("--replay", required=True, help="console_bench.py's JSON (sync.replay)")
    parser.add_argument("--json", required=True)
    args = parser.parse_args()
    info = json.loads(args.sandbox)
    with open(args.replay, encoding="utf-8") as file:
        replay = json.load(file)["sync"]["replay"]
    result = {
        "raw": asyncio.run(raw(info["worktime"] + "/", replay)),
        "naive": naive(info["worktime"]),
    }
    with open(args.json, "w", encoding="utf-8") as file:
        json.dump(result, file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
